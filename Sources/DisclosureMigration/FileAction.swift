/// What a run did with one input file (beside what the file *is*, which the archive's ID map records).
public enum FileAction: String, Hashable, Codable, Sendable, CaseIterable {
    /// Seen for the first time.
    case added
    /// Seen before and changed since: imported again.
    case updated
    /// Seen before with the same content: nothing to do.
    case unchanged
}
