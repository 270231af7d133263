/// Why a report input (DATA.json) could not be turned into a report's sources: the field, the entry and the reason.
public struct ReportInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input field concerned, e.g. `requests` or `itemsFile`.
    public var field: String
    /// The entry concerned (a request id, a file path, a line), when there is one.
    public var entry: String?
    /// What was wrong.
    public var reason: String

    /// Creates an error.
    public init(field: String, entry: String? = nil, reason: String) {
        self.field = field
        self.entry = entry
        self.reason = reason
    }

    /// `field[entry]: reason`.
    public var description: String {
        field + (entry.map { "[\($0)]" } ?? "") + ": " + reason
    }
}
