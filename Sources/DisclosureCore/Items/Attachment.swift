/// 附件 — a file attached to an item: a Word document, a spreadsheet, a PDF.
public struct Attachment: Hashable, Codable, Sendable {
    /// The human file name, usually the link text (`2018年部门预算.xls`).
    public var name: String
    /// Where the file was published (absolute when the page's address was known, else as written).
    public var url: String?
    /// Where the file lives in the archive or the mirror, relative to its root, once resolved.
    public var path: String?
    /// The media type, e.g. `application/pdf`, once known.
    public var mediaType: String?
    /// The SHA-256 of the file's bytes (lower-case hex), once the file was found.
    public var sha256: String?

    /// Creates an attachment.
    public init(name: String, url: String? = nil, path: String? = nil, mediaType: String? = nil, sha256: String? = nil)
    {
        self.name = name
        self.url = url
        self.path = path
        self.mediaType = mediaType
        self.sha256 = sha256
    }
}
