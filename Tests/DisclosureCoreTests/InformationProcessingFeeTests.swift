import DisclosureCore
import Testing

@Suite struct InformationProcessingFeeTests {
    // (the request's ordinal in the applicant's month, its fee in 元)
    @Test(arguments: [
        (1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400), (61, 500),
    ])
    func perRequestUnitPrice(ordinal: Int, fee: Int) throws {
        let result = try InformationProcessingFee.perRequest(ordinalInMonth: ordinal)
        #expect(result.amount == fee)
        #expect(result.method == .perRequest)
        #expect(InformationProcessingFee.requestUnitPrice(ordinal) == fee)
    }

    // (requests of one applicant in a month, the month's total in 元): 20 × 100 for 11–30, then 10 × 200 …
    @Test(arguments: [
        (0, 0), (10, 0), (11, 100), (30, 2000), (31, 2200), (40, 4000), (41, 4300), (45, 5500), (50, 7000),
    ])
    func perRequestMonthlyTotal(count: Int, total: Int) throws {
        #expect(try InformationProcessingFee.perRequest(monthlyCount: count).amount == total)
    }

    // (pages, fee in 元): 31–100 at 10, 101–200 at 20, 201+ at 40, progressively.
    @Test(arguments: [
        (0, 0), (30, 0), (31, 10), (100, 700), (101, 720), (200, 2700), (201, 2740), (350, 8700),
    ])
    func perVolume(pages: Int, fee: Int) throws {
        #expect(try InformationProcessingFee.perVolume(pages: pages).amount == fee)
    }

    @Test func breakdownExplainsTheBands() throws {
        let fee = try InformationProcessingFee.perVolume(pages: 350)
        #expect(fee.bands.map(\.amount) == [0, 700, 2000, 6000])
        #expect(
            fee.explanation
                == "按量 (per volume) 350 pages: 1–30: free; 31–100: 70 × 10元 = 700元; "
                + "101–200: 100 × 20元 = 2000元; 201–350: 150 × 40元 = 6000元; total 8700元")
        let month = try InformationProcessingFee.perRequest(monthlyCount: 43)
        #expect(
            month.explanation
                == "按件 (per request) 43 requests of the applicant this month: 1–10: free; "
                + "11–30: 20 × 100元 = 2000元; 31–40: 10 × 200元 = 2000元; 41–43: 3 × 300元 = 900元; total 4900元")
        let single = try InformationProcessingFee.perRequest(ordinalInMonth: 35)
        #expect(
            single.explanation
                == "按件 (per request) request no. 35 of the applicant this month: 35: 1 × 200元 = 200元; total 200元")
    }

    @Test func refusesImpossibleQuantities() {
        #expect(throws: FeeInputError.self) { try InformationProcessingFee.perVolume(pages: -1) }
        #expect(throws: FeeInputError.self) { try InformationProcessingFee.perRequest(ordinalInMonth: 0) }
        #expect(throws: FeeInputError.self) { try InformationProcessingFee.perRequest(monthlyCount: -2) }
    }
}
