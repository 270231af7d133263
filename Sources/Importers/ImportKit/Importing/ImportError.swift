/// A source an importer could not read at all: which file, where in it, which field, and why.
///
/// Thrown only when nothing usable can come out of the source (unreadable bytes, an unsupported binary format, a
/// refused XML entity declaration). Problems with single rows or fields are diagnostics instead.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable code, e.g. `oa.binary-xls-unsupported` or `xml.entity-declaration`.
    public var code: String
    /// The file.
    public var file: String
    /// The line or row, when known.
    public var line: Int?
    /// The element or column, when known.
    public var element: String?
    /// The field, when known.
    public var field: String?
    /// What went wrong, and what the user can do about it.
    public var message: String

    /// Creates an error.
    public init(
        code: String, file: String, line: Int? = nil, element: String? = nil, field: String? = nil, message: String
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.element = element
        self.field = field
        self.message = message
    }

    /// `file:line element [field]: message (code)`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let element { place += " \(element)" }
        if let field { place += " [\(field)]" }
        return "\(place): \(message) (\(code))"
    }
}
