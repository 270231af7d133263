/// A value of an open vocabulary spelled as a string: an item id, a category id, a document kind, a role.
///
/// Conforming types declare only `rawValue` and `init(rawValue:)`; the protocol gives them string literals, a
/// description, ordering by the text, and a JSON form that is the plain string (the default `Codable` of a
/// `RawRepresentable` with a `String` raw value).
public protocol StringVocabulary: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String, StringLiteralType == String {
    /// Wraps a text as it is.
    init(rawValue: String)
}

extension StringVocabulary {
    /// Wraps a literal text.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The text.
    public var description: String { rawValue }

    /// Orders values by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
