/// One migration run as the archive remembers it.
public struct RunRecord: Hashable, Codable, Sendable {
    /// The state of a run.
    public enum Status: String, Hashable, Codable, Sendable {
        /// Started and not finished: still going, or stopped with no later run yet.
        case running
        /// Stopped before it finished (killed, crashed); a later run resumed its work.
        case interrupted
        /// Finished.
        case completed
        /// Undone by a rollback.
        case rolledBack
    }

    /// The run number.
    public var id: Int64
    /// When it started (ISO 8601, UTC).
    public var startedAt: String
    /// When it finished, if it did.
    public var finishedAt: String?
    /// Its state.
    public var status: Status
    /// What it migrated (the folder given).
    public var source: String?
    /// Its summary as JSON, when it finished.
    public var summary: String?

    /// Creates a record.
    public init(
        id: Int64, startedAt: String, finishedAt: String? = nil, status: Status, source: String? = nil,
        summary: String? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.source = source
        self.summary = summary
    }
}
