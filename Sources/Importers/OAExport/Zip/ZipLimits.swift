/// Limits applied to every zip input (`.xlsx`, zipped EEP packages) before and while anything is extracted.
///
/// The defaults suit a county bureau's registers and archival packages with attachments while stopping zip
/// bombs: a declared or actual size over the limits, too many entries, or an entry that expands more than
/// ``maxCompressionRatio`` times (once it is over ``ratioCheckThreshold`` bytes) is refused with an
/// `ImportError` before its bytes are used.
public struct ZipLimits: Hashable, Sendable {
    /// The most entries an archive may have.
    public var maxEntries: Int
    /// The most bytes one entry may expand to.
    public var maxEntrySize: UInt64
    /// The most bytes all entries together may expand to.
    public var maxTotalSize: UInt64
    /// The largest uncompressed/compressed ratio allowed for an entry larger than ``ratioCheckThreshold``.
    public var maxCompressionRatio: UInt64
    /// Entries at most this large are not ratio-checked (tiny files compress absurdly well).
    public var ratioCheckThreshold: UInt64

    /// Creates limits; the defaults: 10,000 entries, 256 MiB per entry, 1 GiB in all, ratio 200 above 1 MiB.
    public init(
        maxEntries: Int = 10_000, maxEntrySize: UInt64 = 256 << 20, maxTotalSize: UInt64 = 1 << 30,
        maxCompressionRatio: UInt64 = 200, ratioCheckThreshold: UInt64 = 1 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
    }
}
