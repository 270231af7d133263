/// Why an ``IndexNumberGenerator`` could not be configured or could not produce a number.
///
/// `description` is one line for a person, e.g.
/// `index number template "{org}/{yr}-{serial:5}": unknown placeholder {yr} at offset 6`.
public struct IndexNumberGeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable kind of failure, extensible without breaking clients (compare with `==`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case emptyTemplate, unbalancedBrace, unknownPlaceholder, invalidWidth, missingPlaceholder
            case repeatedPlaceholder, ambiguousSerial, missingOrganizationCode, invalidArgument, serialOverflow
        }

        private let base: Base

        /// The template is empty.
        public static let emptyTemplate = Code(base: .emptyTemplate)
        /// A `{` is not closed, or a `}` was never opened.
        public static let unbalancedBrace = Code(base: .unbalancedBrace)
        /// A placeholder other than `{org}`, `{year}`, `{month}`, `{serial}`, `{serial:N}`.
        public static let unknownPlaceholder = Code(base: .unknownPlaceholder)
        /// The width in `{serial:N}` is not a number from 1 to 12, or a width is given to another placeholder.
        public static let invalidWidth = Code(base: .invalidWidth)
        /// The template has no `{serial}` or no `{year}`.
        public static let missingPlaceholder = Code(base: .missingPlaceholder)
        /// The template has more than one `{serial}`.
        public static let repeatedPlaceholder = Code(base: .repeatedPlaceholder)
        /// A digit or a number placeholder directly follows `{serial}`, so the serial's end cannot be found.
        public static let ambiguousSerial = Code(base: .ambiguousSerial)
        /// The template uses `{org}` but the organisation code is empty.
        public static let missingOrganizationCode = Code(base: .missingOrganizationCode)
        /// A year, month or first serial given to the generator is out of range, or `{month}` needs a month.
        public static let invalidArgument = Code(base: .invalidArgument)
        /// The serial has more digits than the template's `{serial:N}` allows.
        public static let serialOverflow = Code(base: .serialOverflow)

        /// The code as a short identifier, e.g. `unknownPlaceholder`.
        public var description: String { base.rawValue }
    }

    /// The generator's template.
    public let template: String
    /// The kind of failure.
    public let code: Code
    /// What is wrong, in words.
    public let reason: String

    /// Creates an error about `template`.
    public init(template: String, code: Code, reason: String) {
        self.template = template
        self.code = code
        self.reason = reason
    }

    /// `index number template "<template>": <reason>`.
    public var description: String {
        "index number template \"\(template)\": \(reason)"
    }
}
