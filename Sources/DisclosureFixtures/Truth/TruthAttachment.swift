/// An attachment of an expected item: the link text, the resolved address, the file in the output folder.
public struct TruthAttachment: Hashable, Codable, Sendable {
    /// The human file name (the link text).
    public var name: String
    /// The absolute address the link resolves to.
    public var url: String
    /// The `href` exactly as the page writes it.
    public var href: String
    /// The file's path relative to the output folder.
    public var path: String
    /// The media type of the bytes.
    public var mediaType: String
    /// The SHA-256 of the file's bytes; absent when the file is missing.
    public var sha256: String?
    /// True when the link is deliberately broken: the file is not in the mirror.
    public var missing: Bool?

    /// Creates an attachment record.
    public init(
        name: String, url: String, href: String, path: String, mediaType: String, sha256: String?, missing: Bool?
    ) {
        self.name = name
        self.url = url
        self.href = href
        self.path = path
        self.mediaType = mediaType
        self.sha256 = sha256
        self.missing = missing
    }
}
