import DisclosureCore
import Testing

@Suite struct RequestStatisticsTests {
    let calendar: WorkingDayCalendar
    let register: [DisclosureRequest]

    init() throws {
        let calendar = try WorkingDayCalendar.bundled()
        self.calendar = calendar
        func make(
            _ id: String, _ received: String, _ type: ApplicantType, _ events: [RequestEvent]
        ) throws -> DisclosureRequest {
            var r = DisclosureRequest(
                id: id, receipt: RequestReceipt(channel: .internet, date: day(received)), applicantType: type,
                subject: "s")
            for event in events { try r.apply(event, calendar: calendar) }
            return r
        }
        register = [
            // Received Mon 2020-12-21, replied Mon 2021-01-04: 12-22…25, 12-28…31, (01-01…03 元旦), 01-04 = 9.
            try make("carried", "2020-12-21", .naturalPerson, [.replied(on: day("2021-01-04"), outcome: .granted)]),
            // Closed in 2020: not part of 2021.
            try make("old", "2020-11-02", .naturalPerson, [.replied(on: day("2020-11-20"), outcome: .granted)]),
            // Mon 2021-03-01 → Mon 03-15: 03-02…05, 03-08…12, 03-15 = 10.
            try make("granted", "2021-03-01", .commercial, [.replied(on: day("2021-03-15"), outcome: .granted)]),
            try make(
                "unpaid", "2021-03-01", .naturalPerson,
                [.feeNoticed(on: day("2021-03-10"), amount: 200), .feeOverdue(on: day("2021-04-09"))]),
            try make("open", "2021-12-20", .research, []),
            try make("withdrawn", "2021-05-10", .legal, [.withdrawn(on: day("2021-05-12"))]),
            // Tue 2021-06-01 → Tue 06-08: 06-02, 03, 04, 07, 08 = 5.
            try make("partial", "2021-06-01", .social, [.replied(on: day("2021-06-08"), outcome: .partialGrant)]),
            // Received 2021, replied 2022: open at the end of 2021.
            try make(
                "late", "2021-12-28", .naturalPerson,
                [.replied(on: day("2022-01-10"), outcome: .unableToProvideNotHeld)]),
            try make("next", "2022-01-05", .other, []),
        ]
    }

    @Test func table2021() {
        let stats = RequestStatistics(year: 2021, requests: register, calendar: calendar)
        #expect(stats.edition == .edition2021)
        #expect(stats.count(row: "newReceived", column: "total") == 6)
        #expect(stats.count(row: "carriedOver", column: "naturalPerson") == 1)
        #expect(stats.count(row: "granted", column: "total") == 2)
        #expect(stats.count(row: "granted", column: "commercial") == 1)
        #expect(stats.count(row: "partialGrant", column: "social") == 1)
        #expect(stats.count(row: "other.overdueFee", column: "naturalPerson") == 1)
        #expect(stats.count(row: "other.otherReasons", column: "legal") == 1)
        #expect(stats.count(row: "totalProcessed", column: "total") == 5)
        #expect(stats.count(row: "carriedForward", column: "total") == 2)
        #expect(stats.count(row: "carriedForward", column: "research") == 1)
        // 6 + 1 = 5 + 2, and so in every column.
        #expect(stats.unbalancedColumns.isEmpty)
        // Every row and column is present with explicit zeros.
        #expect(stats.table.count == RequestTableEdition.edition2021.rowKeys.count)
        #expect(stats.table.values.allSatisfy { $0.count == 7 })
        #expect(stats.count(row: "denied.stateSecret", column: "total") == 0)
    }

    @Test func replyTimes() {
        let stats = RequestStatistics(year: 2021, requests: register, calendar: calendar)
        // Replies closed in 2021: 9, 10 and 5 working days.
        #expect(stats.replyTimes.count == 3)
        #expect(stats.replyTimes.median == 9)
        #expect(stats.replyTimes.average == 8)
        #expect(stats.replyTimes.maximum == 10)
        #expect(RequestStatistics.ReplyTimes([4, 1, 3, 2]).median == 2.5)
        #expect(RequestStatistics.ReplyTimes([]).median == nil)
    }

    @Test func edition2019FoldsOtherRows() {
        let stats = RequestStatistics(year: 2021, requests: register, calendar: calendar, edition: .edition2019)
        #expect(stats.count(row: "other", column: "total") == 2)
        #expect(stats.table["other.overdueFee"] == nil)
        #expect(stats.unbalancedColumns.isEmpty)
    }

    @Test func carriedForwardBecomesNextYearsCarriedOver() {
        let y2021 = RequestStatistics(year: 2021, requests: register, calendar: calendar)
        let y2022 = RequestStatistics(year: 2022, requests: register, calendar: calendar)
        #expect(y2022.count(row: "carriedOver", column: "total") == y2021.count(row: "carriedForward", column: "total"))
        #expect(y2022.count(row: "unableToProvide.notHeld", column: "naturalPerson") == 1)
        #expect(y2022.unbalancedColumns.isEmpty)
    }

    @Test func anEmptyRegisterStillGivesAFullTable() {
        // The seed bureau received no request in 2018: the table is all zeros, and it balances.
        let stats = RequestStatistics(year: 2018, requests: [], calendar: calendar)
        #expect(stats.edition == .edition2019)
        #expect(stats.table.values.allSatisfy { $0.values.allSatisfy { $0 == 0 } })
        #expect(stats.unbalancedColumns.isEmpty)
        #expect(stats.replyTimes.count == 0)
    }
}
