/// A failure of libxml2 or of this wrapper, with the context needed to find its cause.
///
/// Like GRDB's `DatabaseError`, it carries what a person debugging an import needs: what went wrong
/// (`code`), libxml2's own error number when there is one, libxml2's message, and where (file, line).
public struct LibXMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; an open set so new kinds do not break clients.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unknownEncoding = "unknown-encoding"
            case inputTooLarge = "input-too-large"
            case parseFailed = "parse-failed"
            case entityDeclarationRefused = "entity-declaration-refused"
            case invalidXPath = "invalid-xpath"
            case outOfMemory = "out-of-memory"
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// libxml2 has no converter for the encoding name given (it would silently ignore it).
        public static let unknownEncoding = Code(.unknownEncoding)
        /// The input is larger than libxml2 can take in one call (2 GiB).
        public static let inputTooLarge = Code(.inputTooLarge)
        /// libxml2 could not build a document from the input.
        public static let parseFailed = Code(.parseFailed)
        /// An XML document declares entities in its DOCTYPE; such documents are refused (billion laughs, XXE).
        public static let entityDeclarationRefused = Code(.entityDeclarationRefused)
        /// An XPath expression did not compile or evaluate.
        public static let invalidXPath = Code(.invalidXPath)
        /// libxml2 could not allocate memory.
        public static let outOfMemory = Code(.outOfMemory)

        /// The stable kebab-case name, e.g. `unknown-encoding`.
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// libxml2's error number (`xmlParserErrors`), when libxml2 reported one.
    public var libxml2Code: Int?
    /// A sentence for a person, usually libxml2's own message.
    public var message: String
    /// The 1-based line in the input, when known.
    public var line: Int?
    /// The file or base URL of the input, when known.
    public var file: String?
    /// Everything libxml2 reported while failing, in order.
    public var messages: [LibXMLMessage]

    /// Creates an error.
    public init(
        _ code: Code, message: String, libxml2Code: Int? = nil, line: Int? = nil, file: String? = nil,
        messages: [LibXMLMessage] = []
    ) {
        self.code = code
        self.message = message
        self.libxml2Code = libxml2Code
        self.line = line
        self.file = file
        self.messages = messages
    }

    /// One line: `libxml[code] file:line: message (libxml2 error N)`.
    public var description: String {
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        var text = "libxml[\(code)]" + (place.isEmpty ? ": " : " \(place): ") + message
        if let libxml2Code { text += " (libxml2 error \(libxml2Code))" }
        return text
    }
}
