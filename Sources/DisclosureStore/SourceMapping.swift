public import DisclosureCore

/// One entry of the ID map (source → item): what became of a source in the last run that saw it.
///
/// The key is stable across runs (`file:<path>` for a page, `file:<path>#row=<n>` for a row of an export), so a
/// re-run recognises a source it has seen, and its content hash tells whether it changed.
public struct SourceMapping: Hashable, Codable, Sendable {
    /// The stable key of the source.
    public var sourceKey: String
    /// The input file the source is in (relative to the migrated folder).
    public var file: String
    /// The item it became or was merged into, if any.
    public var itemID: ItemID?
    /// How it ended.
    public var status: SourceStatus
    /// Why, for `notAnItem` and `failed` (and which item, for `merged`).
    public var reason: String?
    /// SHA-256 of the source's bytes when it was last processed.
    public var contentHash: String?
    /// The importer that read it.
    public var importer: String?
    /// The run that last processed it.
    public var lastRun: Int64

    /// Creates an entry.
    public init(
        sourceKey: String, file: String, itemID: ItemID? = nil, status: SourceStatus, reason: String? = nil,
        contentHash: String? = nil, importer: String? = nil, lastRun: Int64
    ) {
        self.sourceKey = sourceKey
        self.file = file
        self.itemID = itemID
        self.status = status
        self.reason = reason
        self.contentHash = contentHash
        self.importer = importer
        self.lastRun = lastRun
    }
}
