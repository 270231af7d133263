import DisclosureCore
import Foundation
import Testing

@Suite struct WorkingDayCalendarTests {
    let calendar: WorkingDayCalendar

    init() throws {
        calendar = try WorkingDayCalendar.bundled()
    }

    // MARK: - Loading

    @Test func bundledCalendarCoversEveryShippedYear() {
        #expect(calendar.coveredYears == Set(2007...2026))
        #expect(calendar.coverageDescription == "2007–2026")
        #expect(calendar.sources.count == 20)
    }

    @Test func classifiesHolidaysWeekendsAndMakeUpDays() throws {
        // 2019-10-01 Tue: 国庆节. 2019-09-29 Sun and 2019-10-12 Sat: 调休 working days. 2019-10-13 Sun: weekend.
        #expect(try calendar.isWorkingDay(day("2019-10-01")) == false)
        #expect(calendar.classify(day("2019-10-01")).holidayName == "国庆节")
        #expect(try calendar.isWorkingDay(day("2019-09-29")) == true)
        #expect(calendar.classify(day("2019-10-12")).kind == .makeUpWorkingDay)
        #expect(try calendar.isWorkingDay(day("2019-10-13")) == false)
        #expect(try calendar.isWorkingDay(day("2019-10-08")) == true)
        // 2020-02-03 is listed as "not off" but is a Monday: an ordinary working day, not a make-up day.
        #expect(calendar.classify(day("2020-02-03")).kind == .ordinaryWorkingDay)
    }

    @Test func neighbouringYearDaysComeFromTheNextYearsFile() throws {
        // 2018-12-29 (Sat) is a make-up day fixed by the 2019 notice, and only 2019.json lists it.
        #expect(try calendar.isWorkingDay(day("2018-12-29")) == true)
        let only2018 = try WorkingDayCalendar().adding(data: Self.bundledBytes(2018), source: "2018.json")
        #expect(try only2018.isWorkingDay(day("2018-12-29")) == false)
        #expect(only2018.coveredYears == [2018])
    }

    @Test func laterDataOverridesEarlierForTheSameDate() throws {
        let json = #"{"year": 2019, "days": [{"name": "测试", "date": "2019-10-08", "isOffDay": true}]}"#
        let amended = try calendar.adding(data: Array(json.utf8), source: "amendment")
        #expect(try amended.isWorkingDay(day("2019-10-08")) == false)
        #expect(amended.classify(day("2019-10-08")).holidayName == "测试")
        #expect(try amended.isWorkingDay(day("2019-10-01")) == false)
        #expect(amended.sources.last == "amendment")
    }

    @Test func malformedAndMissingFilesFailWithContext() {
        #expect {
            _ = try WorkingDayCalendar().adding(data: Array("{\"days\": []}".utf8), source: "bad.json")
        } throws: { error in
            let error = error as? WorkingDayCalendarError
            return error?.code == .malformedData && error?.source == "bad.json"
        }
        #expect {
            _ = try WorkingDayCalendar().adding(file: "/nonexistent/2030.json")
        } throws: { error in
            (error as? WorkingDayCalendarError)?.code == .unreadableFile
        }
    }

    // MARK: - Uncovered years

    @Test func uncoveredYearIsAnErrorForIsWorkingDay() {
        #expect {
            _ = try calendar.isWorkingDay(day("2027-01-04"))
        } throws: { error in
            guard let error = error as? WorkingDayCalendarError else { return false }
            return error.code == .yearNotCovered && error.date == day("2027-01-04")
                && error.description.contains("2007–2026")
        }
        #expect(throws: WorkingDayCalendarError.self) {
            _ = try calendar.workingDays(from: day("2026-12-20"), to: day("2027-01-10"))
        }
    }

    @Test func dueDateIntoAnUncoveredYearIsProvisionalAndSaysSo() {
        // 2026-12-30 Wed + 5: 12-31 (1), then 2027 is unknown: Fri 01-01 (2), Mon 01-04 (3) … Wed 01-06 (5).
        let result = calendar.dueDate(from: day("2026-12-30"), workingDays: 5)
        #expect(result.dueDate == day("2027-01-06"))
        #expect(result.isProvisional)
        #expect(result.uncoveredYears == [2027])
        #expect(result.diagnostics.map(\.code) == ["calendar.year-not-covered"])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.explanation.contains("PROVISIONAL: no holiday notice loaded for 2027"))
    }

    @Test func userSuppliedFutureYearFileIsUsed() throws {
        // An invented 2027 notice for the test: 元旦 on Fri 2027-01-01 only.
        let json = """
            {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("calendar-test-2027.json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let extended = try calendar.adding(file: path)
        #expect(extended.coveredYears.contains(2027))
        // 2026-12-30 Wed + 5: Thu 12-31 (1), 01-01 holiday, 01-02/03 weekend, Mon 01-04 (2) … Thu 01-07 (5).
        let result = extended.dueDate(from: day("2026-12-30"), workingDays: 5)
        #expect(result.dueDate == day("2027-01-07"))
        #expect(!result.isProvisional)
        #expect(result.diagnostics.isEmpty)
        #expect(try extended.isWorkingDay(day("2027-01-01")) == false)
    }

    // MARK: - Due dates across the real calendars

    @Test func nationalDay2019() {
        // Fri 09-20 received. Mon 09-23…Fri 09-27 = 1…5; Sat 09-28 weekend; Sun 09-29 make-up = 6; Mon 09-30 = 7;
        // 10-01…07 国庆节; Tue 10-08…Fri 10-11 = 8…11; Sat 10-12 make-up = 12; Sun 10-13 weekend;
        // 10-14…18 = 13…17; 10-19/20 weekend; Mon 10-21 = 18, Tue 10-22 = 19, Wed 10-23 = 20.
        let result = calendar.dueDate(from: day("2019-09-20"), workingDays: 20)
        #expect(result.dueDate == day("2019-10-23"))
        #expect(
            result.skippedHolidays == [.init(name: "国庆节", first: day("2019-10-01"), last: day("2019-10-07"))])
        #expect(result.countedMakeUpDays == [day("2019-09-29"), day("2019-10-12")])
        // 09-21, 09-22, 09-28, 10-13, 10-19, 10-20.
        #expect(result.skippedWeekendDays.count == 6)
        #expect(
            result.explanation
                == "due 2019-10-23: 20 working days after receipt on Fri 2019-09-20, receipt day not counted; "
                + "skipped the holidays 2019-10-01…07 (国庆节); skipped 6 weekend days; "
                + "counted the make-up working days Sun 2019-09-29 and Sat 2019-10-12")
    }

    @Test func springFestival2019() {
        // Thu 01-31 received. Fri 02-01 = 1; Sat 02-02 and Sun 02-03 make-up = 2, 3; 02-04…10 春节;
        // 02-11…15 = 4…8; 02-18…22 = 9…13; 02-25…03-01 = 14…18; Mon 03-04 = 19; Tue 03-05 = 20.
        let result = calendar.dueDate(from: day("2019-01-31"), workingDays: 20)
        #expect(result.dueDate == day("2019-03-05"))
        #expect(result.skippedHolidays.map(\.description) == ["2019-02-04…10 (春节)"])
        #expect(result.countedMakeUpDays == [day("2019-02-02"), day("2019-02-03")])
    }

    @Test func springFestival2024() {
        // Fri 02-02 received. Sat 02-03 weekend; Sun 02-04 make-up = 1; 02-05…09 = 2…6; 02-10…17 春节;
        // Sun 02-18 make-up = 7; 02-19 = 8, 02-20 = 9, Wed 02-21 = 10.
        let result = calendar.dueDate(from: day("2024-02-02"), workingDays: 10)
        #expect(result.dueDate == day("2024-02-21"))
        #expect(result.countedMakeUpDays == [day("2024-02-04"), day("2024-02-18")])
    }

    @Test func nationalDay2024() {
        // Fri 09-27 received. Sat 09-28 weekend; Sun 09-29 make-up = 1; Mon 09-30 = 2; 10-01…07 国庆节;
        // 10-08…11 = 3…6; Sat 10-12 make-up = 7; 10-14…18 = 8…12; 10-21…25 = 13…17; 10-28…30 = 18…20.
        let result = calendar.dueDate(from: day("2024-09-27"), workingDays: 20)
        #expect(result.dueDate == day("2024-10-30"))
    }

    @Test func yearBoundaryUsesTheMakeUpDayFrom2019File() {
        // Fri 2018-12-28 received. Sat 12-29 is a make-up day (2019.json) = 1; 12-30…01-01 元旦; Wed 01-02 = 2.
        let result = calendar.dueDate(from: day("2018-12-28"), workingDays: 2)
        #expect(result.dueDate == day("2019-01-02"))
        #expect(result.countedMakeUpDays == [day("2018-12-29")])
        #expect(result.skippedHolidays.map(\.description) == ["2018-12-30…2019-01-01 (元旦)"])
        #expect(result.explanation.contains("skipped the holidays 2018-12-30…2019-01-01 (元旦)"))
    }

    @Test func requestReceivedOnAHoliday() {
        // Thu 2019-10-03 (国庆节) received. 10-04…07 holidays; 10-08…11 = 1…4; Sat 10-12 make-up = 5;
        // 10-14…18 = 6…10; 10-21…25 = 11…15; 10-28…31 = 16…19; Fri 11-01 = 20.
        let result = calendar.dueDate(from: day("2019-10-03"), workingDays: 20)
        #expect(result.dueDate == day("2019-11-01"))
        #expect(result.startDay.kind == .holiday)
        #expect(
            result.explanation.contains("after receipt on Thu 2019-10-03 (a holiday, 国庆节), receipt day not counted"))
        #expect(result.skippedHolidays.map(\.description) == ["2019-10-04…07 (国庆节)"])
    }

    @Test func zeroAndOneWorkingDay() {
        #expect(calendar.dueDate(from: day("2019-09-20"), workingDays: 0).dueDate == day("2019-09-20"))
        // Fri 2019-04-04 + 1: Fri 04-05 清明节, weekend, Mon 04-08.
        let one = calendar.dueDate(from: day("2019-04-04"), workingDays: 1)
        #expect(one.dueDate == day("2019-04-08"))
        #expect(one.explanation.hasPrefix("due 2019-04-08: 1 working day after receipt on Thu 2019-04-04"))
        #expect(one.explanation.contains("skipped the holiday 2019-04-05 (清明节)"))
    }

    // MARK: - Pauses and counting

    @Test func pausedIntervalsDoNotCount() {
        // As nationalDay2019, with Mon 10-14…Fri 10-18 paused: the 5 days move the due date from Wed 10-23 to
        // Wed 10-30 (10-24, 10-25, 10-28, 10-29, 10-30).
        let pause = PausedInterval(first: day("2019-10-14"), last: day("2019-10-18"), reason: "consultation")
        let result = calendar.dueDate(from: day("2019-09-20"), workingDays: 20, excluding: [pause])
        #expect(result.dueDate == day("2019-10-30"))
        #expect(result.pausedWorkingDays.count == 5)
        #expect(result.explanation.contains("did not count 5 working days 2019-10-14…18 (consultation)"))
        #expect(
            (try? calendar.workingDays(from: day("2019-09-20"), to: day("2019-10-30"), excluding: [pause])) == 20)
    }

    @Test func workingDaysIsTheInverseOfDueDate() throws {
        for start in ["2019-01-31", "2019-09-20", "2018-12-28", "2024-02-02", "2020-01-20"] {
            for n in [1, 7, 15, 20, 40] {
                let due = calendar.dueDate(from: day(start), workingDays: n).dueDate
                #expect(try calendar.workingDays(from: day(start), to: due) == n, "\(start) + \(n)")
            }
        }
        #expect(try calendar.workingDays(from: day("2019-10-23"), to: day("2019-09-20")) == 0)
    }

    static func bundledBytes(_ year: Int) throws -> [UInt8] {
        // The test reads the same folder the library ships, relative to this source file.
        let here = URL(fileURLWithPath: #filePath)
        let file = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/DisclosureCore/Resources/holidays-cn/\(year).json")
        return [UInt8](try Data(contentsOf: file))
    }
}
