public import DisclosureCore
import Foundation
import GRDB

extension ArchiveSession {
    /// One full-text search result.
    public struct SearchHit: Hashable, Codable, Sendable {
        /// The item found.
        public var itemID: ItemID
        /// Its title.
        public var title: String
        /// Its 发布日期, when known.
        public var publishedAt: String?
        /// A short extract of the body around the match, with the match in 【】.
        public var snippet: String
    }

    /// Finds items whose title or body contains the query, best matches first.
    ///
    /// Chinese has no spaces between words, so the index is SQLite FTS5 with the trigram tokenizer: any substring
    /// of three or more characters is found without word segmentation. A query of one or two characters (招生, 督导)
    /// cannot use trigrams and falls back to a substring scan. Every query is matched as a literal phrase, so
    /// FTS syntax in user input (`AND`, `*`, quotes) has no effect. Only items are searched (no non-item records);
    /// `publicOnly` limits the search to what may be published.
    public func search(_ query: String, limit: Int = 20, publicOnly: Bool = false) throws -> [SearchHit] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        let visibility = publicOnly ? " AND i.releasable = 1" : ""
        let rows: [Row]
        if trimmed.count >= 3 {
            let phrase = "\"" + trimmed.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT i.id AS id, i.title AS title, i.publishedAt AS publishedAt,
                        snippet(items_fts, 2, '【', '】', '…', 16) AS snippet
                    FROM items_fts JOIN items i ON i.id = items_fts.itemID
                    WHERE items_fts MATCH ?\(visibility) ORDER BY rank, i.id LIMIT ?
                    """,
                arguments: [phrase, limit])
        } else {
            let pattern =
                "%"
                + trimmed.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT i.id AS id, i.title AS title, i.publishedAt AS publishedAt,
                        substr(items_fts.body, max(1, instr(items_fts.body, ?) - 16), 40) AS snippet
                    FROM items_fts JOIN items i ON i.id = items_fts.itemID
                    WHERE (items_fts.title LIKE ? ESCAPE '\\' OR items_fts.body LIKE ? ESCAPE '\\')\(visibility)
                    ORDER BY (items_fts.title LIKE ? ESCAPE '\\') DESC, i.publishedAt DESC, i.id LIMIT ?
                    """,
                arguments: [trimmed, pattern, pattern, pattern, limit])
        }
        return rows.map { row in
            SearchHit(
                itemID: ItemID(rawValue: row["id"]), title: row["title"], publishedAt: row["publishedAt"],
                snippet: (row["snippet"] as String?) ?? "")
        }
    }
}
