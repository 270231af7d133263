/// The stable identifier of a disclosure item in the archive.
///
/// An id never changes once given out: migrated items get an id derived from where they came from
/// (``derived(from:)``), so re-running a migration finds the same item again.
public struct ItemID: StringVocabulary {
    /// The identifier text.
    public let rawValue: String

    /// Wraps an identifier text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// An id derived from a stable key (a legacy URL, an OA register row, a 文号): `item-` and 16 hex digits of
    /// the key's SHA-256, so the same key always gives the same id.
    public static func derived(from key: String) -> ItemID {
        ItemID(rawValue: "item-" + SHA256Digest.hex(of: key).prefix(16))
    }

}
