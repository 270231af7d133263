/// A JSON Lines input that could not be read: which file, which line, and why.
public struct JSONLinesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, when known.
    public var file: String?
    /// The 1-based line number.
    public var line: Int
    /// What was wrong.
    public var reason: String

    /// `file:line: reason`.
    public var description: String { "\(file ?? "input"):\(line): \(reason)" }
}
