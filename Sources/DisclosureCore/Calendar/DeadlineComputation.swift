/// A due date counted in working days, with everything needed to explain how it was reached.
///
/// The starting day (the day of receipt) is not counted (民法典 Art. 201: 开始的当日不计入); day 1 is the
/// first working day after it and the due date is the N-th working day. ``explanation`` says so in words.
public struct DeadlineComputation: Hashable, Codable, Sendable {
    /// A run of consecutive holiday days with one name, e.g. 2019-10-01…07 (国庆节).
    public struct HolidayRange: Hashable, Codable, Sendable, CustomStringConvertible {
        /// The holiday name, e.g. `国庆节`.
        public var name: String
        /// The first skipped day of the run.
        public var first: CivilDate
        /// The last skipped day of the run.
        public var last: CivilDate

        /// Creates a range.
        public init(name: String, first: CivilDate, last: CivilDate) {
            self.name = name
            self.first = first
            self.last = last
        }

        /// The number of days in the run.
        public var dayCount: Int { first.days(to: last) + 1 }

        /// `2019-10-01…07 (国庆节)`, shortening the end to what differs from the start.
        public var description: String { "\(DeadlineComputation.rangeText(first, last)) (\(name))" }
    }

    /// The day the count starts from (not counted itself): the receipt day, or the day a supplement arrived.
    public var start: CivilDate
    /// What the start day is, as quoted in the explanation, e.g. `receipt`.
    public var startLabel: String
    /// What the calendar knows of the start day (a request may arrive on a holiday or a weekend).
    public var startDay: DayClassification
    /// The number of working days counted.
    public var workingDays: Int
    /// The N-th working day after the start: the last day of the period.
    public var dueDate: CivilDate
    /// The holidays skipped between the start and the due date, as named runs.
    public var skippedHolidays: [HolidayRange]
    /// The ordinary Saturdays and Sundays skipped.
    public var skippedWeekendDays: [CivilDate]
    /// The Saturdays and Sundays counted because the notice made them working days (调休).
    public var countedMakeUpDays: [CivilDate]
    /// The working days not counted because they fell in a paused interval, with the interval's reason.
    public var pausedWorkingDays: [PausedDay]
    /// The years crossed for which no holiday notice was loaded (only weekends were skipped there).
    public var uncoveredYears: [Int]
    /// Warnings about the computation, e.g. an uncovered year.
    public var diagnostics: [Diagnostic]
    /// Further facts a caller adds to the explanation, e.g. how the number of working days was made up.
    public var notes: [String] = []

    /// A working day that did not count because the clock was stopped.
    public struct PausedDay: Hashable, Codable, Sendable {
        /// The day.
        public var date: CivilDate
        /// Why the clock was stopped.
        public var reason: String

        /// Creates a paused day.
        public init(date: CivilDate, reason: String) {
            self.date = date
            self.reason = reason
        }
    }

    /// Creates a computation; ``WorkingDayCalendar/dueDate(from:workingDays:excluding:startLabel:)`` makes them.
    public init(
        start: CivilDate, startLabel: String, startDay: DayClassification, workingDays: Int, dueDate: CivilDate,
        skippedHolidays: [HolidayRange], skippedWeekendDays: [CivilDate], countedMakeUpDays: [CivilDate],
        pausedWorkingDays: [PausedDay], uncoveredYears: [Int], diagnostics: [Diagnostic]
    ) {
        self.start = start
        self.startLabel = startLabel
        self.startDay = startDay
        self.workingDays = workingDays
        self.dueDate = dueDate
        self.skippedHolidays = skippedHolidays
        self.skippedWeekendDays = skippedWeekendDays
        self.countedMakeUpDays = countedMakeUpDays
        self.pausedWorkingDays = pausedWorkingDays
        self.uncoveredYears = uncoveredYears
        self.diagnostics = diagnostics
    }

    /// Whether the due date rests on an assumption: a crossed year had no holiday notice loaded.
    public var isProvisional: Bool { !uncoveredYears.isEmpty }

    /// One sentence, e.g. `due 2019-10-23: 20 working days after receipt on Fri 2019-09-20, receipt day not
    /// counted; skipped the holidays 2019-10-01…07 (国庆节); …; counted the make-up working days Sun 2019-09-29
    /// and Sat 2019-10-12`.
    public var explanation: String {
        var startText = "\(start.weekday.shortName) \(start)"
        if startDay.kind == .holiday, let name = startDay.holidayName {
            startText += " (a holiday, \(name))"
        } else if startDay.kind == .weekend {
            startText += " (a weekend day)"
        }
        guard workingDays > 0 else {
            return "due \(dueDate): on the day of \(startLabel) itself, \(startText) (0 working days)"
        }
        let unit = workingDays == 1 ? "working day" : "working days"
        var parts = [
            "due \(dueDate): \(workingDays) \(unit) after \(startLabel) on \(startText), \(startLabel) day not counted"
        ]
        if !skippedHolidays.isEmpty {
            let noun = skippedHolidays.count == 1 && skippedHolidays[0].dayCount == 1 ? "holiday" : "holidays"
            parts.append("skipped the \(noun) \(Self.list(skippedHolidays.map(\.description)))")
        }
        if !skippedWeekendDays.isEmpty {
            let count = skippedWeekendDays.count
            parts.append("skipped \(count) weekend \(count == 1 ? "day" : "days")")
        }
        if !countedMakeUpDays.isEmpty {
            let noun = countedMakeUpDays.count == 1 ? "day" : "days"
            let days = countedMakeUpDays.map { "\($0.weekday.shortName) \($0)" }
            parts.append("counted the make-up working \(noun) \(Self.list(days))")
        }
        var reasons: [String] = []
        for day in pausedWorkingDays where !reasons.contains(day.reason) { reasons.append(day.reason) }
        for reason in reasons {
            let days = pausedWorkingDays.filter { $0.reason == reason }.map(\.date)
            let noun = days.count == 1 ? "working day" : "working days"
            parts.append(
                "did not count \(days.count) \(noun) \(Self.rangeText(days[0], days[days.count - 1])) (\(reason))")
        }
        parts.append(contentsOf: notes)
        if isProvisional {
            let years = uncoveredYears.map(String.init).joined(separator: ", ")
            parts.append("PROVISIONAL: no holiday notice loaded for \(years), only weekends were skipped there")
        }
        return parts.joined(separator: "; ")
    }

    // MARK: - Text helpers

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// `2019-10-01`, `2019-10-01…07`, `2019-04-29…05-01` or `2018-12-30…2019-01-01`.
    static func rangeText(_ first: CivilDate, _ last: CivilDate) -> String {
        if first == last { return first.description }
        if first.year != last.year { return "\(first)…\(last)" }
        if first.month != last.month {
            return "\(first)…\(CivilDate.pad(last.month, 2))-\(CivilDate.pad(last.day, 2))"
        }
        return "\(first)…\(CivilDate.pad(last.day, 2))"
    }
}
