public import DisclosureCore
import Foundation
import GRDB

extension ArchiveSession {
    // MARK: - The files a run walked

    /// Forgets which files the previous run walked, before a run records its own (only the latest run's are kept:
    /// they are what its accounting is made of).
    public func startWalk(run: Int64) throws {
        try execute("DELETE FROM run_files WHERE runID != ?", [run])
    }

    /// Records that the run walked a file (by its ID-map key), whether or not it changed.
    public func recordWalked(_ sourceKey: String, run: Int64) throws {
        try execute("INSERT OR REPLACE INTO run_files (sourceKey, runID) VALUES (?, ?)", [sourceKey, run])
    }

    /// How many files the run walked (as recorded so far).
    public func walkedFileCount(run: Int64) throws -> Int {
        try Int.fetchOne(statement("SELECT COUNT(*) FROM run_files WHERE runID = ?"), arguments: [run]) ?? 0
    }

    /// What the files the run walked are, by the ID map: counts by status of the files themselves and of the rows of
    /// the exports among them.
    public func walkedSourceCounts(run: Int64) throws -> (files: [SourceStatus: Int], rows: [SourceStatus: Int]) {
        var files: [SourceStatus: Int] = [:]
        var rows: [SourceStatus: Int] = [:]
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT m.status AS status, instr(m.sourceKey, '#row=') > 0 AS isRow, COUNT(*) AS n
                FROM id_map m JOIN run_files r ON r.sourceKey = \(Self.fileKeyOfSource)
                WHERE r.runID = ? GROUP BY m.status, isRow
                """,
            arguments: [run])
        while let row = try cursor.next() {
            guard let status = SourceStatus(rawValue: row["status"]) else { continue }
            if row["isRow"] as Bool {
                rows[status] = row["n"]
            } else {
                files[status] = row["n"]
            }
        }
        return (files, rows)
    }

    /// Sources in the order a person reads them: by file, then an export's rows by number (`#row=9` before
    /// `#row=10`), then by key.
    private static let readingOrder = """
        m.file, CASE WHEN instr(m.sourceKey, '#row=') > 0
        THEN CAST(substr(m.sourceKey, instr(m.sourceKey, '#row=') + 5) AS INTEGER) END, m.sourceKey
        """

    /// Visits the ID-map entries with a status among the files the run walked and their rows, by file and then row
    /// number; at most `limit` of them when one is given.
    public func forEachWalkedSource(
        run: Int64, status: SourceStatus, limit: Int? = nil, _ visit: (SourceMapping) throws -> Void
    ) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT m.* FROM id_map m JOIN run_files r ON r.sourceKey = \(Self.fileKeyOfSource)
                WHERE r.runID = ? AND m.status = ?
                ORDER BY \(Self.readingOrder)
                LIMIT ?
                """,
            arguments: [run, status.rawValue, limit ?? -1])
        while let row = try cursor.next() { try visit(Self.mapping(row)) }
    }

    /// Visits the files a previous run saw that this run did not walk (gone from the source), in key order; at most
    /// `limit` of them when one is given.
    public func forEachUnwalkedFile(run: Int64, limit: Int? = nil, _ visit: (SourceMapping) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT m.* \(Self.unwalkedFiles) ORDER BY m.sourceKey LIMIT ?", arguments: [run, limit ?? -1])
        while let row = try cursor.next() { try visit(Self.mapping(row)) }
    }

    /// How many files a previous run saw that this run did not walk.
    public func unwalkedFileCount(run: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) \(Self.unwalkedFiles)", arguments: [run]) ?? 0
    }

    /// The key of the file a source is in: the source's own key, or for a row `file:<path>#row=<n>` its file's.
    private static let fileKeyOfSource =
        "(CASE WHEN instr(m.sourceKey, '#row=') > 0 THEN substr(m.sourceKey, 1, instr(m.sourceKey, '#row=') - 1) "
        + "ELSE m.sourceKey END)"

    private static let unwalkedFiles = """
        FROM id_map m WHERE instr(m.sourceKey, '#row=') = 0
          AND NOT EXISTS (SELECT 1 FROM run_files r WHERE r.sourceKey = m.sourceKey AND r.runID = ?)
        """

    // MARK: - Figures of the archive as a whole

    /// How many records (items and records of non-item inputs) were decoded from each text encoding (the record's
    /// own, else its first source's).
    public func encodingCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT e, COUNT(*) AS n FROM (SELECT COALESCE(json_extract(json, '$.encoding'),
                    json_extract(json, '$.provenance[0].encoding')) AS e FROM items)
                WHERE e IS NOT NULL GROUP BY e
                """)
        while let row = try cursor.next() { counts[row["e"]] = row["n"] }
        return counts
    }

    /// Counts of items (not non-item records) by year of 发布日期; `nil` = no 发布日期.
    public func itemCountsByYear() throws -> [(year: Int?, count: Int)] {
        try Row.fetchAll(
            db,
            sql: "SELECT publishedYear, COUNT(*) AS n FROM items WHERE isItem = 1 GROUP BY publishedYear "
                + "ORDER BY publishedYear"
        ).map { row in (row["publishedYear"] as Int?, row["n"] as Int) }
    }

    /// Visits the hidden links removed from items' bodies, by item id then in body order; at most `limit`.
    public func forEachHiddenLink(limit: Int? = nil, _ visit: (ItemID, String) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT i.id AS id, j.value AS url FROM items i, json_each(i.json, '$.hiddenLinks') j
                WHERE i.isItem = 1 ORDER BY i.id, j.key LIMIT ?
                """,
            arguments: [limit ?? -1])
        while let row = try cursor.next() { try visit(ItemID(rawValue: row["id"]), row["url"]) }
    }

    /// How many hidden links were removed from items' bodies.
    public func hiddenLinkCount() throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM items i, json_each(i.json, '$.hiddenLinks') j WHERE i.isItem = 1") ?? 0
    }

    /// An attachment of an item whose file is not in the mirror, and where the file platform may still have it.
    public struct MissingAttachment: Hashable, Sendable {
        /// The item.
        public var itemID: ItemID
        /// The attachment's name.
        public var name: String
        /// Where it was linked.
        public var url: String?
        /// `folder/name (listing)` of a file-platform entry with the same file name, if any.
        public var platformCopy: String?
    }

    /// Visits the attachments of items that have no file in the mirror, by item id then in the item's order; at most
    /// `limit`.
    public func forEachMissingAttachment(limit: Int? = nil, _ visit: (MissingAttachment) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.itemID AS itemID, a.name AS name, a.url AS url,
                    (SELECT MIN(f.folder || '/' || f.name || ' (' || f.listFile || ')') FROM indexed_files f
                     WHERE f.name = a.name) AS copy
                FROM attachments a JOIN items i ON i.id = a.itemID
                WHERE i.isItem = 1 AND a.path IS NULL ORDER BY a.itemID, a.position LIMIT ?
                """,
            arguments: [limit ?? -1])
        while let row = try cursor.next() {
            try visit(
                MissingAttachment(
                    itemID: ItemID(rawValue: row["itemID"]), name: row["name"], url: row["url"],
                    platformCopy: row["copy"]))
        }
    }

    /// How many attachments of items have no file in the mirror.
    public func missingAttachmentCount() throws -> Int {
        try Int.fetchOne(
            db,
            sql: "SELECT COUNT(*) FROM attachments a JOIN items i ON i.id = a.itemID "
                + "WHERE i.isItem = 1 AND a.path IS NULL") ?? 0
    }
}
