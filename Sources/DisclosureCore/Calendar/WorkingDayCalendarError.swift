/// Why a working-day calendar could not answer: unreadable or malformed data, or a date its data does not cover.
public struct WorkingDayCalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure; an open set of codes so new ones do not break clients.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable machine-readable code.
        public var rawValue: String

        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The calendar file or the bundled resource could not be read.
        public static let unreadableFile = Code(rawValue: "calendar.unreadable-file")
        /// The bytes are not a holiday calendar in the holiday-cn JSON form.
        public static let malformedData = Code(rawValue: "calendar.malformed-data")
        /// The date lies in a year no loaded notice covers, so its holidays are unknown.
        public static let yearNotCovered = Code(rawValue: "calendar.year-not-covered")

        /// The raw code.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The file or label of the data concerned, when the failure is about data.
    public var source: String?
    /// The date asked about, when the failure is about a date.
    public var date: CivilDate?
    /// Why, in a sentence for a person.
    public var reason: String

    /// Creates an error.
    public init(_ code: Code, source: String? = nil, date: CivilDate? = nil, reason: String) {
        self.code = code
        self.source = source
        self.date = date
        self.reason = reason
    }

    /// One line: `calendar.year-not-covered 2027-01-04: …`.
    public var description: String {
        var place = ""
        if let source { place += " \(source)" }
        if let date { place += " \(date)" }
        return "\(code)\(place): \(reason)"
    }
}
