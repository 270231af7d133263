/// One attribute of an element: its qualified name and its value with character references resolved.
public struct Attribute: Hashable, Sendable {
    /// The qualified name, `prefix:local` when the attribute has a namespace prefix.
    public var name: String
    /// The value.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
