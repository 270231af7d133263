/// The official working-day calendar (工作日历): weekends, public holidays and make-up working days (调休).
///
/// The rules are data: every State Council notice becomes a ``HolidayCalendarData``. A date is
/// *covered* when a notice for its year was loaded; for an uncovered date the calendar refuses to answer
/// ``isWorkingDay(_:)`` and deadline computations say loudly that they assumed weekends only.
/// Later data overrides earlier data for the same date, so a bureau can correct or extend the bundled years.
public struct WorkingDayCalendar: Hashable, Sendable {
    /// Every day a loaded notice names, by date (the latest loaded entry wins).
    public private(set) var specialDays: [CivilDate: HolidayCalendarData.Day]
    /// The years for which a notice was loaded.
    public private(set) var coveredYears: Set<Int>
    /// Where the data came from, in load order (file names or labels).
    public private(set) var sources: [String]

    /// A calendar with no notices: it covers no year.
    public init() {
        self.specialDays = [:]
        self.coveredYears = []
        self.sources = []
    }

    /// A calendar built from notices, later ones overriding earlier ones for the same date.
    public init(_ notices: [HolidayCalendarData]) {
        self.init()
        for notice in notices { self = adding(notice) }
    }

    /// This calendar with one more year's notice; its entries override existing entries for the same dates.
    public func adding(_ notice: HolidayCalendarData, source: String? = nil) -> WorkingDayCalendar {
        var copy = self
        for day in notice.days { copy.specialDays[day.date] = day }
        copy.coveredYears.insert(notice.year)
        copy.sources.append(source ?? "\(notice.year) notice")
        return copy
    }

    /// This calendar with one more year's notice decoded from holiday-cn JSON bytes.
    public func adding(
        data bytes: [UInt8], source: String = "supplied data"
    ) throws(WorkingDayCalendarError)
        -> WorkingDayCalendar
    {
        adding(try HolidayCalendarData(json: bytes, source: source), source: source)
    }

    /// This calendar with one more year's notice read from a holiday-cn JSON file (e.g. next year's notice).
    public func adding(file path: String) throws(WorkingDayCalendarError) -> WorkingDayCalendar {
        adding(try HolidayCalendarData(json: try Self.readFile(path), source: path), source: path)
    }

    /// The covered years as a readable list of ranges, e.g. `2007–2026`.
    public var coverageDescription: String {
        let years = coveredYears.sorted()
        guard var start = years.first else { return "no year" }
        var parts: [String] = []
        var previous = start
        for year in years.dropFirst() {
            if year == previous + 1 {
                previous = year
                continue
            }
            parts.append(start == previous ? "\(start)" : "\(start)–\(previous)")
            start = year
            previous = year
        }
        parts.append(start == previous ? "\(start)" : "\(start)–\(previous)")
        return parts.joined(separator: ", ")
    }

    // MARK: - Asking about a day

    /// Whether a loaded notice covers the date's year.
    public func covers(_ date: CivilDate) -> Bool { coveredYears.contains(date.year) }

    /// Classifies a day without failing: for an uncovered year the answer rests on the weekday alone
    /// and says so through ``DayClassification/isCovered``.
    public func classify(_ date: CivilDate) -> DayClassification {
        let covered = covers(date)
        if let special = specialDays[date] {
            // A "working" entry on a weekday (2020-02-03 after the extended Spring Festival) is an ordinary day.
            let kind: DayClassification.Kind =
                special.isOffDay ? .holiday : date.weekday.isWeekend ? .makeUpWorkingDay : .ordinaryWorkingDay
            return DayClassification(date: date, kind: kind, holidayName: special.name, isCovered: covered)
        }
        return DayClassification(
            date: date, kind: date.weekday.isWeekend ? .weekend : .ordinaryWorkingDay, isCovered: covered)
    }

    /// Whether offices work on the date; throws when no loaded notice covers the date's year.
    public func isWorkingDay(_ date: CivilDate) throws(WorkingDayCalendarError) -> Bool {
        let day = classify(date)
        guard day.isCovered else { throw uncoveredError(date) }
        return day.isWorkingDay
    }

    func uncoveredError(_ date: CivilDate) -> WorkingDayCalendarError {
        WorkingDayCalendarError(
            .yearNotCovered, date: date,
            reason: "no holiday notice for \(date.year) is loaded (covered: \(coverageDescription)); "
                + "add the \(date.year) calendar with adding(file:) before counting working days in it")
    }
}
