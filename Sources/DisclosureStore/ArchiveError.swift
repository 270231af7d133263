/// An archive operation that failed: what was attempted, on which archive, and why.
public struct ArchiveError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable code, e.g. `archive.open-failed` or `archive.rollback-refused`.
    public var code: String
    /// The archive file.
    public var path: String
    /// What went wrong, with the values involved.
    public var message: String

    /// Creates an error.
    public init(code: String, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message (code)`.
    public var description: String { "\(path): \(message) (\(code))" }
}
