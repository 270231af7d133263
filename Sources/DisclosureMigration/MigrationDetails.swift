import DisclosureCore
public import DisclosureStore
import Foundation

/// Every entry of a migration's lists (failures, files that are not items, merges, hidden links, missing
/// attachments, links to the file platform, listed items the mirror lacks, files gone since the last run), read from
/// the archive one at a time, so that a site of any size is reported whole without holding its lists in memory.
///
/// Use it inside a transaction of the archive the run wrote, before another run starts (the archive keeps the walk
/// of its latest run only):
///
/// ```swift
/// try archive.read { session in
///     try MigrationDetails(session: session, run: summary.run).forEachFailure { print($0.source, $0.reason) }
/// }
/// ```
public struct MigrationDetails {
    /// The run reported on.
    public let run: Int64
    private let session: ArchiveSession

    /// Reads the details of `run` through a session of its archive.
    public init(session: ArchiveSession, run: Int64) {
        self.session = session
        self.run = run
    }

    /// The files (and export rows) of the run that failed, in key order; at most `limit`.
    public func forEachFailure(limit: Int? = nil, _ visit: (MigrationSummary.FileNote) throws -> Void) throws {
        try forEachNote(.failed, limit: limit, visit)
    }

    /// The files (and export rows) of the run that are not items, in key order; at most `limit`.
    public func forEachNotItem(limit: Int? = nil, _ visit: (MigrationSummary.FileNote) throws -> Void) throws {
        try forEachNote(.notAnItem, limit: limit, visit)
    }

    /// The sources of the run merged into the item of another source, in key order; at most `limit`.
    public func forEachMerged(limit: Int? = nil, _ visit: (MigrationSummary.FileNote) throws -> Void) throws {
        try forEachNote(.merged, limit: limit, visit)
    }

    /// The hidden links removed from items' bodies, by item; at most `limit`.
    public func forEachHiddenLink(limit: Int? = nil, _ visit: (MigrationSummary.HiddenLink) throws -> Void) throws {
        try session.forEachHiddenLink(limit: limit) { id, url in
            try visit(MigrationSummary.HiddenLink(itemID: id.rawValue, url: url))
        }
    }

    /// The attachments whose files the mirror lacks, by item; at most `limit`.
    public func forEachMissingAttachment(
        limit: Int? = nil, _ visit: (MigrationSummary.MissingAttachment) throws -> Void
    ) throws {
        try session.forEachMissingAttachment(limit: limit) { missing in
            try visit(
                MigrationSummary.MissingAttachment(
                    itemID: missing.itemID.rawValue, name: missing.name, url: missing.url,
                    platformCopy: missing.platformCopy))
        }
    }

    /// The attachments the file platform's listings also hold, by item; at most `limit`.
    public func forEachFilePlatformLink(
        limit: Int? = nil, _ visit: (ArchiveSession.LinkedFile) throws -> Void
    ) throws {
        try session.forEachFileLinkedToItems(limit: limit, visit)
    }

    /// The items list pages link to that no page or row of the mirror is, by address; at most `limit`.
    public func forEachMissingListedItem(
        limit: Int? = nil, _ visit: (ArchiveSession.MissingListedItem) throws -> Void
    ) throws {
        try session.forEachMissingListedItem(limit: limit, visit)
    }

    /// The files a previous run saw that this run did not walk, in key order; at most `limit`.
    public func forEachRemovedFile(limit: Int? = nil, _ visit: (String) throws -> Void) throws {
        try session.forEachUnwalkedFile(run: run, limit: limit) { try visit($0.file) }
    }

    /// How many entries each list has.
    public func listCounts() throws -> MigrationSummary.ListCounts {
        let (files, rows) = try session.walkedSourceCounts(run: run)
        func both(_ status: SourceStatus) -> Int { (files[status] ?? 0) + (rows[status] ?? 0) }
        var counts = MigrationSummary.ListCounts()
        counts.failures = both(.failed)
        counts.notItems = both(.notAnItem)
        counts.merged = both(.merged)
        counts.hiddenLinks = try session.hiddenLinkCount()
        counts.missingAttachments = try session.missingAttachmentCount()
        counts.filePlatformLinks = try session.fileLinkedToItemsCount()
        counts.missingListedItems = try session.missingListedItemCount()
        counts.removedFiles = try session.unwalkedFileCount(run: run)
        return counts
    }

    private func forEachNote(
        _ status: SourceStatus, limit: Int?, _ visit: (MigrationSummary.FileNote) throws -> Void
    ) throws {
        try session.forEachWalkedSource(run: run, status: status, limit: limit) { mapping in
            let parts = mapping.sourceKey.components(separatedBy: "#row=")
            let label = parts.count > 1 ? mapping.file + "#row=" + (parts.last ?? "") : mapping.file
            try visit(
                MigrationSummary.FileNote(source: label, reason: mapping.reason ?? "", itemID: mapping.itemID?.rawValue)
            )
        }
    }
}
