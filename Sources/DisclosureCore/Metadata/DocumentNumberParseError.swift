/// Why a text could not be read as a 文号 (document number), naming the text and what is wrong with it.
///
/// `description` is one line for a person, e.g.
/// `cannot read "勐教发〔18〕12号" as a document number (文号): the year "18" is not 4 digits`.
public struct DocumentNumberParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable kind of failure, extensible without breaking clients (compare with `==`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case empty, noIssuerCode, noYear, yearNotFourDigits, noSerial, serialIsZero, unexpectedText
        }

        private let base: Base

        /// The text is empty or only white space and a label.
        public static let empty = Code(base: .empty)
        /// No issuer code (机关代字) comes before the year.
        public static let noIssuerCode = Code(base: .noIssuerCode)
        /// No year follows the issuer code.
        public static let noYear = Code(base: .noYear)
        /// The year is not written with exactly 4 digits.
        public static let yearNotFourDigits = Code(base: .yearNotFourDigits)
        /// No serial number (序号) follows the year.
        public static let noSerial = Code(base: .noSerial)
        /// The serial number is 0.
        public static let serialIsZero = Code(base: .serialIsZero)
        /// Something other than `号` and white space follows the serial, or brackets are unbalanced.
        public static let unexpectedText = Code(base: .unexpectedText)

        /// The code as a short identifier, e.g. `yearNotFourDigits`.
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

    /// `cannot read "<input>" as a document number (文号): <reason>`.
    public var description: String {
        "cannot read \"\(input)\" as a document number (文号): \(reason)"
    }
}
