public import DisclosureCore

/// One file of a file-platform listing (永硕E盘-style folders): an attachment the migration can link to items.
public struct IndexedFile: Hashable, Codable, Sendable {
    /// The folder path on the platform, e.g. `2018年/招生`.
    public var folder: String
    /// The file name.
    public var name: String
    /// The size in bytes, when the listing gives it (sizes like `1.2 MB` are converted).
    public var size: Int?
    /// When it was uploaded, when the listing says.
    public var uploadedAt: LocalDateTime?
    /// The download address, when the listing has one.
    public var url: String?

    /// Creates an entry.
    public init(folder: String, name: String, size: Int? = nil, uploadedAt: LocalDateTime? = nil, url: String? = nil) {
        self.folder = folder
        self.name = name
        self.size = size
        self.uploadedAt = uploadedAt
        self.url = url
    }
}
