/// How an input ended in a migration: the accounting every source file (and every row of an export) gets.
public enum SourceStatus: String, CaseIterable, Hashable, Codable, Sendable {
    /// It became a new item, or updated the item it had become before.
    case imported
    /// It was the same document as an item from another source and was merged into it (provenance kept).
    case merged
    /// It is not an item (a list page, a search or error page, a file index), with the reason.
    case notAnItem
    /// It could not be read or imported, with the reason.
    case failed
}
