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
        try db.execute(sql: "DELETE FROM list_links WHERE listFile = ?", arguments: [listFile])
        for (position, link) in links.enumerated() {
            try db.execute(
                sql: "INSERT INTO list_links (listFile, position, url, title, date) VALUES (?, ?, ?, ?, ?)",
                arguments: [listFile, position, link.url, link.title, link.date])
        }
    }

    /// How many distinct addresses the list pages link to.
    public func listedURLCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT url) FROM list_links") ?? 0
    }

    /// The listed links no item was published at (one per address, the first list page that names it).
    public func missingListedItems() throws -> [MissingListedItem] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT l.url AS url, MIN(l.title) AS title, MIN(l.listFile) AS listFile FROM list_links l
                WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.url = l.url)
                  AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.url = l.url)
                GROUP BY l.url ORDER BY l.url
                """
        ).map { MissingListedItem(url: $0["url"], title: $0["title"], listFile: $0["listFile"]) }
    }
}
