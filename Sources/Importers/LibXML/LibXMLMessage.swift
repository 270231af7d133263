/// One warning or error that libxml2 reported, captured instead of being printed to standard error.
///
/// LibXML depends on nothing but libxml2, so it cannot use `DisclosureCore.Diagnostic`; importers turn
/// these into diagnostics (`level` maps onto `Severity`, `domain` and `code` onto the diagnostic code).
public struct LibXMLMessage: Hashable, Sendable, CustomStringConvertible {
    /// How serious libxml2 considered it.
    public enum Level: String, Hashable, Sendable {
        /// A warning: the input is odd but was read as intended.
        case warning
        /// An error: the parser recovered, possibly losing or guessing content.
        case error
        /// A fatal error: the parser stopped (for HTML with recovery, it may still return a document).
        case fatal
    }

    /// How serious it is.
    public var level: Level
    /// The libxml2 module that reported it: `parser`, `html`, `encoding`, `xpath`, `io`, `tree`, `namespace`,
    /// `output`, or `domain-N` for others.
    public var domain: String
    /// libxml2's error number (`xmlParserErrors`).
    public var code: Int
    /// libxml2's message, without the trailing newline.
    public var message: String
    /// The file or base URL libxml2 was reading, when known.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?

    /// Creates a message.
    public init(
        level: Level, domain: String, code: Int, message: String, file: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.level = level
        self.domain = domain
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// One line: `level domain/code file:line:column: message`.
    public var description: String {
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        if let column, line != nil { place += ":\(column)" }
        return "\(level.rawValue) \(domain)/\(code)" + (place.isEmpty ? ": " : " \(place): ") + message
    }
}
