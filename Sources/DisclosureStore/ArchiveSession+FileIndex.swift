import GRDB

extension ArchiveSession {
    /// One entry of a file-platform listing (永硕E盘-style folders) as the archive keeps it.
    public struct IndexedFileRecord: Hashable, Codable, Sendable {
        /// The listing page it was read from.
        public var listFile: String
        /// The folder path on the platform.
        public var folder: String
        /// The file name.
        public var name: String
        /// The size in bytes, when the listing gives it.
        public var size: Int?
        /// When it was uploaded, as the listing says.
        public var uploadedAt: String?
        /// The download address, when the listing has one.
        public var url: String?

        /// Creates a record.
        public init(
            listFile: String, folder: String, name: String, size: Int? = nil, uploadedAt: String? = nil,
            url: String? = nil
        ) {
            self.listFile = listFile
            self.folder = folder
            self.name = name
            self.size = size
            self.uploadedAt = uploadedAt
            self.url = url
        }
    }

    /// An item's attachment and the file-platform entry with the same file name.
    public struct LinkedFile: Hashable, Codable, Sendable {
        /// The item.
        public var itemID: String
        /// The attachment's name.
        public var attachment: String
        /// Where the platform keeps it: `folder/name` in `listFile`.
        public var location: String
        /// Whether the mirror lacks the attachment's file (the platform may be the only copy).
        public var missingFromMirror: Bool
    }

    /// Replaces what the archive knows a file-platform listing page holds.
    public func replaceIndexedFiles(listFile: String, files: [IndexedFileRecord]) throws {
        try execute("DELETE FROM indexed_files WHERE listFile = ?", [listFile])
        for (position, file) in files.enumerated() {
            try execute(
                "INSERT INTO indexed_files (listFile, position, folder, name, size, uploadedAt, url) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [listFile, position, file.folder, file.name, file.size, file.uploadedAt, file.url])
        }
    }

    /// The attachments of items whose file name is also on the file platform: the links between the platform's
    /// listings and the portal's items, by item and attachment.
    public func filesLinkedToItems() throws -> [LinkedFile] {
        var links: [LinkedFile] = []
        try forEachFileLinkedToItems { links.append($0) }
        return links
    }

    /// Visits the attachments of items whose file name is also on the file platform, by item and attachment; at most
    /// `limit` of them when one is given.
    public func forEachFileLinkedToItems(limit: Int? = nil, _ visit: (LinkedFile) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.itemID AS itemID, a.name AS attachment, a.path AS path,
                    MIN(f.folder || '/' || f.name || ' (' || f.listFile || ')') AS location
                FROM attachments a JOIN indexed_files f ON f.name = a.name
                GROUP BY a.itemID, a.position ORDER BY a.itemID, a.position LIMIT ?
                """,
            arguments: [limit ?? -1])
        while let row = try cursor.next() {
            try visit(
                LinkedFile(
                    itemID: row["itemID"], attachment: row["attachment"], location: row["location"],
                    missingFromMirror: (row["path"] as String?) == nil))
        }
    }

    /// How many attachments of items have a file name that is also on the file platform.
    public func fileLinkedToItemsCount() throws -> Int {
        try Int.fetchOne(
            db,
            sql: "SELECT COUNT(*) FROM attachments a WHERE EXISTS (SELECT 1 FROM indexed_files f WHERE f.name = a.name)"
        ) ?? 0
    }
}
