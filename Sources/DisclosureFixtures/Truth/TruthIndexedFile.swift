public import DisclosureCore

/// One entry of the generated file-platform listing (永硕E盘-style): a folder, a file name, a size, an upload time.
public struct TruthIndexedFile: Hashable, Codable, Sendable {
    /// The folder path on the platform, e.g. `2018年/通知公告`.
    public var folder: String
    /// The file name.
    public var name: String
    /// The size in bytes as the listing states it (`35.5 KB` → 36352).
    public var size: Int
    /// When it was uploaded.
    public var uploadedAt: LocalDateTime

    /// Creates an entry.
    public init(folder: String, name: String, size: Int, uploadedAt: LocalDateTime) {
        self.folder = folder
        self.name = name
        self.size = size
        self.uploadedAt = uploadedAt
    }
}
