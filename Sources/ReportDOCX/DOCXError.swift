/// Why a DOCX package could not be written: the part being written and the underlying reason.
public struct DOCXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The part of the package, e.g. `word/document.xml`.
    public var part: String
    /// What went wrong, as the ZIP library reported it.
    public var reason: String

    /// Creates an error.
    public init(part: String, reason: String) {
        self.part = part
        self.reason = reason
    }

    /// `DOCX part: reason`.
    public var description: String { "DOCX \(part): \(reason)" }
}
