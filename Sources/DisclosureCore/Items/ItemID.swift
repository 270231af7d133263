/// The stable identifier of a disclosure item in the archive.
///
/// An id never changes once given out: migrated items get an id derived from where they came from
/// (``derived(from:)``), so re-running a migration finds the same item again.
public struct ItemID: RawRepresentable, Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The identifier text.
    public let rawValue: String

    /// Wraps an identifier text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps an identifier literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// An id derived from a stable key (a legacy URL, an OA register row, a 文号): `item-` and 16 hex digits of
    /// the key's SHA-256, so the same key always gives the same id.
    public static func derived(from key: String) -> ItemID {
        ItemID(rawValue: "item-" + SHA256Digest.hex(of: key).prefix(16))
    }

    /// The identifier text.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: ItemID, rhs: ItemID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes the identifier from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
