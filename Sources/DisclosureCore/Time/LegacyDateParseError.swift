/// Why a text could not be read as a date by ``LegacyDateParser``, naming the text and the reason.
///
/// `description` is one line for a person, e.g.
/// `cannot read "2018-02-30" as a date: day 30 does not exist in 2018-02 (it has 28 days)`.
public struct LegacyDateParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable kind of failure, extensible without breaking clients (compare with `==`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case empty, notADate, impossibleDate, impossibleTime, yearOutOfRange, missingYear, missingDay
            case unexpectedText
        }

        private let base: Base

        /// The text is empty or only white space.
        public static let empty = Code(base: .empty)
        /// No date form was recognised in the text.
        public static let notADate = Code(base: .notADate)
        /// The month or day does not exist, e.g. month 13 or 2018-02-30.
        public static let impossibleDate = Code(base: .impossibleDate)
        /// The time of day does not exist, e.g. hour 25 or minute 60.
        public static let impossibleTime = Code(base: .impossibleTime)
        /// The year is outside the parser's ``LegacyDateParser/plausibleYears``.
        public static let yearOutOfRange = Code(base: .yearOutOfRange)
        /// A month and day without a year (`06-12`, `6月12日`) and no context year was given.
        public static let missingYear = Code(base: .missingYear)
        /// A year and month without a day (`2018-06`, `2018年6月`).
        public static let missingDay = Code(base: .missingDay)
        /// Digits outside the date (a second date, a stray number) make the text ambiguous.
        public static let unexpectedText = Code(base: .unexpectedText)

        /// The code as a short identifier, e.g. `impossibleDate`.
        public var description: String { base.rawValue }
    }

    /// The text as it was given to the parser.
    public let input: String
    /// The kind of failure.
    public let code: Code
    /// What is wrong, in words, quoting the offending part of the input.
    public let reason: String

    /// Creates an error for `input`.
    public init(input: String, code: Code, reason: String) {
        self.input = input
        self.code = code
        self.reason = reason
    }

    /// `cannot read "<input>" as a date: <reason>`.
    public var description: String {
        "cannot read \"\(input)\" as a date: \(reason)"
    }
}
