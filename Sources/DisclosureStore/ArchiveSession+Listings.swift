import DisclosureCore
import GRDB

extension ArchiveSession {
    /// A link of a column list page whose target no item in the archive was published at.
    public struct MissingListedItem: Hashable, Codable, Sendable {
        /// The link's address.
        public var url: String
        /// The title the list gives.
        public var title: String
        /// The list page that links to it.
        public var listFile: String
    }

    /// Replaces what the archive knows a list page links to.
    public func replaceListLinks(listFile: String, links: [(url: String, title: String, date: String?)]) throws {
        try execute("DELETE FROM list_links WHERE listFile = ?", [listFile])
        for (position, link) in links.enumerated() {
            try execute(
                "INSERT INTO list_links (listFile, position, url, title, date) VALUES (?, ?, ?, ?, ?)",
                [listFile, position, link.url, link.title, link.date])
        }
    }

    /// How many distinct addresses the list pages link to.
    public func listedURLCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT url) FROM list_links") ?? 0
    }

    /// The listed links no item was published at (one per address, the first list page that names it).
    public func missingListedItems() throws -> [MissingListedItem] {
        var missing: [MissingListedItem] = []
        try forEachMissingListedItem { missing.append($0) }
        return missing
    }

    /// Visits the listed links no item was published at, by address; at most `limit` of them when one is given.
    public func forEachMissingListedItem(limit: Int? = nil, _ visit: (MissingListedItem) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: "SELECT l.url AS url, MIN(l.title) AS title, MIN(l.listFile) AS listFile \(Self.missingListed) "
                + "GROUP BY l.url ORDER BY l.url LIMIT ?",
            arguments: [limit ?? -1])
        while let row = try cursor.next() {
            try visit(MissingListedItem(url: row["url"], title: row["title"], listFile: row["listFile"]))
        }
    }

    /// How many listed addresses no item was published at.
    public func missingListedItemCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT l.url) \(Self.missingListed)") ?? 0
    }

    private static let missingListed = """
        FROM list_links l
        WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.url = l.url)
          AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.url = l.url)
        """
}
