import DisclosureCore
import Testing

@Suite struct HolidayCalendarDataTests {
    @Test func decodesTheHolidayCnFormIgnoringSchemaFields() throws {
        let data = try HolidayCalendarData(json: WorkingDayCalendarTests.bundledBytes(2019), source: "2019.json")
        #expect(data.year == 2019)
        #expect(data.papers.count == 2)
        // The 2019 notice starts with the 元旦 days of 2018: the make-up Saturday 2018-12-29 first.
        #expect(data.days.first == .init(name: "元旦", date: day("2018-12-29"), isOffDay: false))
        #expect(data.days.contains(.init(name: "国庆节", date: day("2019-10-12"), isOffDay: false)))
    }

    @Test func papersMayBeMissing() throws {
        let json = #"{"year": 2030, "days": [{"name": "元旦", "date": "2030-01-01", "isOffDay": true}]}"#
        let data = try HolidayCalendarData(json: Array(json.utf8))
        #expect(data.papers.isEmpty)
        #expect(data.days.count == 1)
    }

    @Test func rejectsBadDatesAndYears() {
        let badDate = #"{"year": 2030, "days": [{"name": "元旦", "date": "2030-1-1", "isOffDay": true}]}"#
        #expect(throws: WorkingDayCalendarError.self) {
            _ = try HolidayCalendarData(json: Array(badDate.utf8), source: "x.json")
        }
        let badYear = #"{"year": 30, "days": []}"#
        #expect(throws: WorkingDayCalendarError.self) {
            _ = try HolidayCalendarData(json: Array(badYear.utf8), source: "y.json")
        }
    }
}
