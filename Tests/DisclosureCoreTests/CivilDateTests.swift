import DisclosureCore
import Testing

@Suite struct CivilDateTests {
    @Test func epochArithmeticRoundTrips() throws {
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilDate(daysSinceEpoch: offset)
            #expect(date.daysSinceEpoch == offset)
        }
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
    }

    @Test func weekdaysMatchTheCalendar() throws {
        let date = try #require(CivilDate(year: 2019, month: 9, day: 20))
        #expect(date.weekday == .friday)
        #expect(try #require(CivilDate(year: 2018, month: 6, day: 12)).weekday == .tuesday)
        #expect(try #require(CivilDate(year: 2000, month: 2, day: 29)).weekday == .tuesday)
    }

    @Test func rejectsImpossibleDays() {
        #expect(CivilDate(year: 2018, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2018, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2018, month: 4, day: 31) == nil)
        #expect(CivilDate(iso: "2018-6-12") == nil)
        #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
    }

    @Test func localDateTimeKeepsItsPrecision() throws {
        let day = try #require(LocalDateTime("2018-06-12"))
        #expect(day.precision == .day)
        #expect(day.description == "2018-06-12")
        let minute = try #require(LocalDateTime("2018-06-12T10:20"))
        #expect(minute.precision == .minute)
        #expect(minute.description == "2018-06-12T10:20:00")
        #expect(LocalDateTime("2018-06-12T25:00") == nil)
        #expect(day < minute)
    }
}
