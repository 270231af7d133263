/// One input of an import, as found: its bytes exactly as stored, where it was read from, and where it
/// was originally published.
///
/// The bytes are kept undecoded so that encoding detection, hashing and golden tests see what is on disk.
public struct ImportSource: Hashable, Sendable {
    /// The content exactly as stored.
    public var bytes: [UInt8]
    /// The path the bytes were read from, as given (relative to the mirror root when walking a mirror).
    public var path: String
    /// The original URL of the page or file, when known (from the mirror layout or a `--base-url`).
    ///
    /// A string, not `Foundation.URL`: legacy mirrors hold addresses that `URL` rejects or rewrites, and the
    /// importers resolve links against it with their own rules.
    public var originalURL: String?
    /// The SHA-256 of ``bytes`` (``ContentHash``) when the caller has computed it already (a migration hashes every
    /// file it reads), so that an importer need not hash the bytes again; nil when not known.
    ///
    /// Whoever sets it vouches that it is the hash of exactly these bytes; change it with them.
    public var contentHash: String?

    /// How far into a source (not a zip archive) sniffing may look: 64 KiB (see ``Importer/sniff(_:)``).
    public static let sniffingLength = 64 * 1024

    /// Creates a source.
    public init(bytes: [UInt8], path: String, originalURL: String? = nil, contentHash: String? = nil) {
        self.bytes = bytes
        self.path = path
        self.originalURL = originalURL
        self.contentHash = contentHash
    }
}
