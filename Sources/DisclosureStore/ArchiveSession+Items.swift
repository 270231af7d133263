public import DisclosureCore
import Foundation
import GRDB

extension ArchiveSession {
    // MARK: - Reading items

    /// The item with this id, if the archive holds it.
    public func item(_ id: ItemID) throws -> DisclosureItem? {
        guard
            let text = try String.fetchOne(
                statement("SELECT json FROM items WHERE id = ?"), arguments: [id.rawValue])
        else { return nil }
        return try decode(DisclosureItem.self, text, what: "item \(id)")
    }

    /// Visits items in id order without loading them all: optionally only one year's (by 发布日期), only items that
    /// are not records of non-item pages, and only those that may be public (主动公开 with a passed review).
    public func forEachItem(
        year: Int? = nil, publicOnly: Bool = false, includeNonItems: Bool = false,
        _ visit: (DisclosureItem) throws -> Void
    ) throws {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let year {
            conditions.append("publishedYear = ?")
            arguments.append(year)
        }
        if publicOnly { conditions.append("releasable = 1") }
        if !includeNonItems || publicOnly { conditions.append("isItem = 1") }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let cursor = try String.fetchCursor(
            db, sql: "SELECT json FROM items\(whereClause) ORDER BY id", arguments: StatementArguments(arguments))
        while let text = try cursor.next() {
            try visit(try decode(DisclosureItem.self, text, what: "an item"))
        }
    }

    /// A year's items (by 发布日期), items only, in id order.
    public func items(year: Int? = nil, publicOnly: Bool = false) throws -> [DisclosureItem] {
        var items: [DisclosureItem] = []
        try forEachItem(year: year, publicOnly: publicOnly) { items.append($0) }
        return items
    }

    /// How many records the archive holds: items, and records of inputs that were not items.
    public func itemCount(includeNonItems: Bool = false) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items" + (includeNonItems ? "" : " WHERE isItem = 1")) ?? 0
    }

    /// The id of an item with this 文号, if any.
    public func itemID(documentNumber: DocumentNumber) throws -> ItemID? {
        try String.fetchOne(
            statement("SELECT id FROM items WHERE documentNumber = ? AND isItem = 1 ORDER BY id LIMIT 1"),
            arguments: [documentNumber.normalized]
        ).map(ItemID.init(rawValue:))
    }

    /// The id of an item with this normalised title published on this day, if any.
    public func itemID(normalizedTitle: String, publishedOn date: CivilDate) throws -> ItemID? {
        try String.fetchOne(
            statement(
                "SELECT id FROM items WHERE normalizedTitle = ? AND substr(publishedAt, 1, 10) = ? AND isItem = 1 "
                    + "ORDER BY id LIMIT 1"),
            arguments: [normalizedTitle, date.description]
        ).map(ItemID.init(rawValue:))
    }

    /// The id of an item published at this address, if any.
    public func itemID(url: String) throws -> ItemID? {
        try String.fetchOne(
            statement("SELECT id FROM items WHERE url = ? AND isItem = 1 ORDER BY id LIMIT 1"), arguments: [url]
        ).map(ItemID.init(rawValue:))
    }

    // MARK: - Writing items

    /// Inserts or replaces an item with its attachments, provenance and full-text entry. With a `run`, the item's
    /// previous state is remembered (once per run) so ``rollback(run:)`` can restore it.
    ///
    /// With `indexingText: false` the item's full-text entry is left for ``indexUnindexedText()`` to make: a
    /// migration indexes all its items in one statement at its end, which costs less than one at a time.
    public func save(_ item: DisclosureItem, run: Int64? = nil, indexingText: Bool = true) throws {
        let previous = try String.fetchOne(
            statement("SELECT json FROM items WHERE id = ?"), arguments: [item.id.rawValue])
        if let run {
            try execute(
                "INSERT OR IGNORE INTO item_history (runID, itemID, previousJSON) VALUES (?, ?, ?)",
                [run, item.id.rawValue, previous])
        }
        let json = try self.json(item)
        if previous == json { return }
        // A new item has no attachments, sources or full-text row to remove.
        if previous != nil { try removeDependents(of: item.id) }
        try execute(
            """
            INSERT INTO items (id, title, url, publishedAt, publishedYear, writtenAt, category, kind,
                attribute, reviewResult, documentNumber, indexNumber, normalizedTitle, isItem, releasable, json,
                createdRun, updatedRun)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, url = excluded.url,
                publishedAt = excluded.publishedAt, publishedYear = excluded.publishedYear,
                writtenAt = excluded.writtenAt, category = excluded.category, kind = excluded.kind,
                attribute = excluded.attribute, reviewResult = excluded.reviewResult,
                documentNumber = excluded.documentNumber, indexNumber = excluded.indexNumber,
                normalizedTitle = excluded.normalizedTitle, isItem = excluded.isItem,
                releasable = excluded.releasable, json = excluded.json, updatedRun = excluded.updatedRun
            """,
            [
                item.id.rawValue, item.title, item.url, item.publishedAt?.description, item.publishedAt?.date.year,
                item.writtenAt?.description, item.category?.rawValue, item.kind?.rawValue, item.attribute?.rawValue,
                item.review?.result.rawValue, item.documentNumber?.normalized, item.indexNumber?.rawValue,
                ColumnMatcher.normalizedKey(item.title), item.isItem, item.isReleasable, json, run, run,
            ])
        for (position, attachment) in item.attachments.enumerated() {
            try execute(
                "INSERT INTO attachments (itemID, position, name, url, path, mediaType, sha256) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    item.id.rawValue, position, attachment.name, attachment.url, attachment.path,
                    attachment.mediaType, attachment.sha256,
                ])
        }
        for (position, source) in item.provenance.enumerated() {
            try execute(
                "INSERT INTO sources (itemID, position, importer, file, url, row, contentHash, legacyID) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    item.id.rawValue, position, source.importer, source.file, source.url, source.row,
                    source.contentHash, source.legacyID,
                ])
        }
        if item.isItem, indexingText {
            // The full-text row shares the item row's rowid (kept by the upsert), so it is found without a scan.
            try execute(
                "INSERT INTO items_fts (rowid, itemID, title, body) SELECT rowid, id, ?, ? FROM items WHERE id = ?",
                [item.title, item.text ?? "", item.id.rawValue])
        }
    }

    /// Makes the full-text entries of the items that have none (saved with `indexingText: false`, by this run or by
    /// an interrupted one); returns how many.
    @discardableResult
    public func indexUnindexedText() throws -> Int {
        try db.execute(
            sql: """
                INSERT INTO items_fts (rowid, itemID, title, body)
                    SELECT rowid, id, title, COALESCE(json_extract(json, '$.text'), '') FROM items i
                    WHERE isItem = 1 AND NOT EXISTS (SELECT 1 FROM items_fts f WHERE f.rowid = i.rowid)
                """)
        return db.changesCount
    }

    /// Removes an item (remembering it for rollback when a `run` is given).
    public func deleteItem(_ id: ItemID, run: Int64? = nil) throws {
        if let run {
            let previous = try String.fetchOne(db, sql: "SELECT json FROM items WHERE id = ?", arguments: [id.rawValue])
            try db.execute(
                sql: "INSERT OR IGNORE INTO item_history (runID, itemID, previousJSON) VALUES (?, ?, ?)",
                arguments: [run, id.rawValue, previous])
        }
        try removeDependents(of: id)
        try db.execute(sql: "DELETE FROM items WHERE id = ?", arguments: [id.rawValue])
    }

    private func removeDependents(of id: ItemID) throws {
        try execute("DELETE FROM attachments WHERE itemID = ?", [id.rawValue])
        try execute("DELETE FROM sources WHERE itemID = ?", [id.rawValue])
        try execute("DELETE FROM items_fts WHERE rowid = (SELECT rowid FROM items WHERE id = ?)", [id.rawValue])
    }

    // MARK: - The catalogue in use

    /// Records the catalogue the archive's categories refer to (replacing the previous one).
    public func saveCatalogue(_ catalogue: Catalogue) throws {
        try db.execute(sql: "DELETE FROM categories")
        for (position, category) in catalogue.depthFirst.enumerated() {
            try db.execute(
                sql: "INSERT INTO categories (id, name, parent, position) VALUES (?, ?, ?, ?)",
                arguments: [category.id.rawValue, category.name, category.parent?.rawValue, position])
        }
    }

    /// Counts of items (not non-item records) by category for a year, categories in id order; `nil` = no category.
    public func itemCountsByCategory(year: Int? = nil) throws -> [(category: CategoryID?, count: Int)] {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT category, COUNT(*) AS n FROM items WHERE isItem = 1"
                + (year == nil ? "" : " AND publishedYear = ?") + " GROUP BY category ORDER BY category",
            arguments: year.map { [$0] } ?? [])
        return rows.map { row in
            ((row["category"] as String?).map(CategoryID.init(rawValue:)), row["n"] as Int)
        }
    }
}
