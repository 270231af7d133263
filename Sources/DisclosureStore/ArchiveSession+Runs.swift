public import DisclosureCore
import Foundation
import GRDB

extension ArchiveSession {
    // MARK: - Runs

    /// Starts a run and returns its number; runs left `running` by a process that died are marked `interrupted`.
    public func beginRun(source: String?, options: String? = nil, at time: String) throws -> Int64 {
        try db.execute(sql: "UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        try db.execute(
            sql: "INSERT INTO runs (startedAt, status, source, options) VALUES (?, 'running', ?, ?)",
            arguments: [time, source, options])
        return db.lastInsertedRowID
    }

    /// Marks a run finished with its summary.
    public func finishRun(_ run: Int64, summary: String?, at time: String) throws {
        try db.execute(
            sql: "UPDATE runs SET status = 'completed', finishedAt = ?, summary = ? WHERE id = ?",
            arguments: [time, summary, run])
    }

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id").map { row in
            RunRecord(
                id: row["id"], startedAt: row["startedAt"], finishedAt: row["finishedAt"],
                status: RunRecord.Status(rawValue: row["status"]) ?? .running, source: row["source"],
                summary: row["summary"])
        }
    }

    /// Undoes a run: restores every item and ID-map entry it changed to its state before the run, removes what it
    /// created, and marks it rolled back. Only the latest run that is not rolled back can be undone (later runs may
    /// have built on it); roll back later runs first.
    public func rollback(run: Int64) throws -> (items: Int, sources: Int) {
        let latest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM runs WHERE status != 'rolledBack'")
        guard let latest else {
            throw ArchiveError(code: "archive.rollback-refused", path: path, message: "there is no run to roll back")
        }
        guard latest == run else {
            let exists = try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM runs WHERE id = ?", arguments: [run])
            throw ArchiveError(
                code: "archive.rollback-refused", path: path,
                message: exists == true
                    ? "run \(run) is not the latest run (\(latest)): roll back run \(latest) first"
                    : "there is no run \(run)")
        }
        var restoredItems = 0
        for row in try Row.fetchAll(
            db, sql: "SELECT itemID, previousJSON FROM item_history WHERE runID = ?", arguments: [run])
        {
            let id = ItemID(rawValue: row["itemID"])
            if let previous: String = row["previousJSON"] {
                try save(try decode(DisclosureItem.self, previous, what: "the history of item \(id)"))
            } else {
                try deleteItem(id)
            }
            restoredItems += 1
        }
        var restoredSources = 0
        for row in try Row.fetchAll(
            db, sql: "SELECT sourceKey, previous FROM id_map_history WHERE runID = ?", arguments: [run])
        {
            let key: String = row["sourceKey"]
            try db.execute(sql: "DELETE FROM id_map WHERE sourceKey = ?", arguments: [key])
            if let previous: String = row["previous"] {
                try insertMapping(try decode(SourceMapping.self, previous, what: "the history of source \(key)"))
            }
            restoredSources += 1
        }
        try db.execute(sql: "DELETE FROM item_history WHERE runID = ?", arguments: [run])
        try db.execute(sql: "DELETE FROM id_map_history WHERE runID = ?", arguments: [run])
        try db.execute(sql: "UPDATE runs SET status = 'rolledBack' WHERE id = ?", arguments: [run])
        return (restoredItems, restoredSources)
    }

    // MARK: - The ID map

    /// The ID-map entry of a source, if it was seen before.
    public func mapping(_ sourceKey: String) throws -> SourceMapping? {
        try Row.fetchOne(statement("SELECT * FROM id_map WHERE sourceKey = ?"), arguments: [sourceKey]).map(
            Self.mapping)
    }

    /// Whether the ID map has any entry (no source was ever migrated into the archive when it has none).
    public func hasMappings() throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM id_map)") ?? false
    }

    /// Every ID-map entry of one input file.
    public func mappings(file: String) throws -> [SourceMapping] {
        try Row.fetchAll(db, sql: "SELECT * FROM id_map WHERE file = ? ORDER BY sourceKey", arguments: [file])
            .map(Self.mapping)
    }

    /// Visits every ID-map entry in key order.
    public func forEachMapping(_ visit: (SourceMapping) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM id_map ORDER BY sourceKey")
        while let row = try cursor.next() { try visit(Self.mapping(row)) }
    }

    /// Records what became of a source, remembering the previous entry (once per run) for rollback.
    public func setMapping(_ mapping: SourceMapping) throws {
        let previous = try self.mapping(mapping.sourceKey)
        try execute(
            "INSERT OR IGNORE INTO id_map_history (runID, sourceKey, previous) VALUES (?, ?, ?)",
            [mapping.lastRun, mapping.sourceKey, try previous.map { try json($0) }])
        try insertMapping(mapping, replacing: previous != nil)
    }

    /// Removes the entries of a file's sources that are not in `keep` (rows deleted from an export, for example).
    public func removeMappings(file: String, except keep: Set<String>, run: Int64) throws -> [SourceMapping] {
        let stale = try mappings(file: file).filter { !keep.contains($0.sourceKey) }
        for mapping in stale {
            try db.execute(
                sql: "INSERT OR IGNORE INTO id_map_history (runID, sourceKey, previous) VALUES (?, ?, ?)",
                arguments: [run, mapping.sourceKey, try json(mapping)])
            try db.execute(sql: "DELETE FROM id_map WHERE sourceKey = ?", arguments: [mapping.sourceKey])
        }
        return stale
    }

    /// Removes the entries of a file's sources (its rows) that the run did not write, keeping the file's own entry
    /// `except`: the rows deleted from an export since a previous run. Returns the entries removed.
    public func removeMappings(file: String, notWrittenIn run: Int64, except fileKey: String) throws -> [SourceMapping]
    {
        let stale = try Row.fetchAll(
            statement("SELECT * FROM id_map WHERE file = ? AND lastRun != ? AND sourceKey != ? ORDER BY sourceKey"),
            arguments: [file, run, fileKey]
        ).map(Self.mapping)
        for mapping in stale {
            try execute(
                "INSERT OR IGNORE INTO id_map_history (runID, sourceKey, previous) VALUES (?, ?, ?)",
                [run, mapping.sourceKey, try json(mapping)])
            try execute("DELETE FROM id_map WHERE sourceKey = ?", [mapping.sourceKey])
        }
        return stale
    }

    /// Gives the files that items link to as attachments the reason `attachment of <item>` (they were accounted for
    /// as files that are not pages before the items linking them were read), and returns how many there are.
    @discardableResult
    public func labelAttachmentFiles() throws -> Int {
        try db.execute(
            sql: """
                UPDATE id_map SET reason = 'attachment of ' || (
                    SELECT a.itemID FROM attachments a WHERE a.path = id_map.file ORDER BY a.itemID LIMIT 1)
                WHERE status = 'notAnItem' AND sourceKey = 'file:' || file
                  AND EXISTS (SELECT 1 FROM attachments a WHERE a.path = id_map.file)
                """)
        return db.changesCount
    }

    /// How many sources ended in each status.
    public func mappingCounts() throws -> [SourceStatus: Int] {
        var counts: [SourceStatus: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM id_map GROUP BY status") {
            if let status = SourceStatus(rawValue: row["status"]) { counts[status] = row["n"] }
        }
        return counts
    }

    private func insertMapping(_ mapping: SourceMapping, replacing: Bool = false) throws {
        try execute(
            (replacing ? "INSERT OR REPLACE" : "INSERT")
                + " INTO id_map (sourceKey, file, itemID, status, reason, contentHash, importer, lastRun) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                mapping.sourceKey, mapping.file, mapping.itemID?.rawValue, mapping.status.rawValue, mapping.reason,
                mapping.contentHash, mapping.importer, mapping.lastRun,
            ])
    }

    static func mapping(_ row: Row) -> SourceMapping {
        SourceMapping(
            sourceKey: row["sourceKey"], file: row["file"],
            itemID: (row["itemID"] as String?).map(ItemID.init(rawValue:)),
            status: SourceStatus(rawValue: row["status"]) ?? .failed, reason: row["reason"],
            contentHash: row["contentHash"], importer: row["importer"], lastRun: row["lastRun"])
    }

    // MARK: - Messages

    /// Records diagnostics about a source in a run.
    public func addMessages(_ diagnostics: [Diagnostic], run: Int64, sourceKey: String?) throws {
        for diagnostic in diagnostics {
            try execute(
                "INSERT INTO messages (runID, sourceKey, severity, code, message, file, line, element, field) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    run, sourceKey, diagnostic.severity.rawValue, diagnostic.code, diagnostic.message,
                    diagnostic.file, diagnostic.line, diagnostic.element, diagnostic.field,
                ])
        }
    }

    /// The diagnostics recorded in a run, in the order they were recorded.
    public func messages(run: Int64) throws -> [Diagnostic] {
        try Row.fetchAll(db, sql: "SELECT * FROM messages WHERE runID = ? ORDER BY id", arguments: [run]).map { row in
            Diagnostic(
                Severity(rawValue: row["severity"]) ?? .info, code: row["code"], message: row["message"],
                file: row["file"], line: row["line"], element: row["element"], field: row["field"])
        }
    }

    /// Removes the messages a run recorded about a source (before it records them again on resume).
    public func removeMessages(run: Int64, sourceKey: String) throws {
        try db.execute(sql: "DELETE FROM messages WHERE runID = ? AND sourceKey = ?", arguments: [run, sourceKey])
    }
}
