/// What the calendar knows about one day: working day or not, and why.
public struct DayClassification: Hashable, Codable, Sendable {
    /// The reason a day is or is not a working day.
    public enum Kind: String, Hashable, Codable, Sendable {
        /// An ordinary Monday…Friday (工作日).
        case ordinaryWorkingDay
        /// A Saturday or Sunday declared a working day by the notice (调休上班).
        case makeUpWorkingDay
        /// A Saturday or Sunday with no special status (休息日).
        case weekend
        /// A public holiday (法定节假日 or a day off of the holiday arrangement), whatever the weekday.
        case holiday
    }

    /// The day.
    public var date: CivilDate
    /// Why it is or is not a working day.
    public var kind: Kind
    /// The holiday name (e.g. `国庆节`) for holidays and make-up working days.
    public var holidayName: String?
    /// Whether a loaded notice covers the day's year; when `false` the kind only reflects the weekday
    /// (or a stray entry of a neighbouring year's notice) and the year's holidays are unknown.
    public var isCovered: Bool

    /// Creates a classification.
    public init(date: CivilDate, kind: Kind, holidayName: String? = nil, isCovered: Bool) {
        self.date = date
        self.kind = kind
        self.holidayName = holidayName
        self.isCovered = isCovered
    }

    /// Whether offices work that day.
    public var isWorkingDay: Bool { kind == .ordinaryWorkingDay || kind == .makeUpWorkingDay }
}
