/// A non-fatal observation made while reading or checking input: a replaced byte, a skipped row, a guessed field.
///
/// Diagnostics travel with the result instead of being thrown, so one bad page or row never stops the rest.
/// The location fields say where to look: the file, the line or row, the element or column, and the field.
public struct Diagnostic: Hashable, Codable, Sendable, CustomStringConvertible {
    /// How serious it is.
    public var severity: Severity
    /// A stable machine-readable code, e.g. `encoding.replaced-bytes` or `date.unparseable`.
    public var code: String
    /// A sentence for a person.
    public var message: String
    /// The input file (a path as given, or a URL), when known.
    public var file: String?
    /// The 1-based line (text inputs) or row (spreadsheets), when known.
    public var line: Int?
    /// The element (an XPath or CSS-like path) or column name, when known.
    public var element: String?
    /// The canonical item field concerned, e.g. `publishedAt`, when known.
    public var field: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, code: String, message: String, file: String? = nil, line: Int? = nil,
        element: String? = nil, field: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.element = element
        self.field = field
    }

    /// One line: `severity[code] file:line element field: message`, leaving out what is unknown.
    public var description: String {
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        if let element { place += place.isEmpty ? element : " \(element)" }
        if let field { place += place.isEmpty ? field : " [\(field)]" }
        return place.isEmpty
            ? "\(severity.rawValue)[\(code)]: \(message)" : "\(severity.rawValue)[\(code)] \(place): \(message)"
    }
}
