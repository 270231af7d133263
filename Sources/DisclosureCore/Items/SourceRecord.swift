/// Provenance: one source an item was read from — a portal page, an OA register row, an archive package.
///
/// A merged item keeps every source it was found in, so nothing about its origin is lost.
public struct SourceRecord: Hashable, Codable, Sendable {
    /// The importer that read it, e.g. `portal` or `oa-csv`.
    public var importer: String
    /// The input file, relative to the migrated folder when there is one.
    public var file: String?
    /// The original address of the page.
    public var url: String?
    /// The 1-based row (spreadsheet row, or physical line for CSV) the item came from.
    public var row: Int?
    /// SHA-256 of the input the item was built from, to see whether it changed since the last run.
    public var contentHash: String?
    /// The legacy system's own identifier (`news_id=326553`, a TRS document id, an OA serial).
    public var legacyID: String?
    /// The text encoding the input was decoded with, e.g. `GB18030`.
    public var encoding: String?
    /// Columns or fields the importer did not map, kept verbatim so nothing is lost (`拟稿人` → `张三`).
    public var extraFields: [String: String]?

    /// Creates a source record.
    public init(
        importer: String, file: String? = nil, url: String? = nil, row: Int? = nil, contentHash: String? = nil,
        legacyID: String? = nil, encoding: String? = nil, extraFields: [String: String]? = nil
    ) {
        self.importer = importer
        self.file = file
        self.url = url
        self.row = row
        self.contentHash = contentHash
        self.legacyID = legacyID
        self.encoding = encoding
        self.extraFields = extraFields
    }
}
