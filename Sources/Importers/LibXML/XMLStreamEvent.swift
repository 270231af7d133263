/// One event of a streamed XML document (see ``XMLPushParser``): an element opens, closes, or text arrives.
///
/// Adjacent text of one element may arrive as several ``text(_:)`` events; concatenate them.
public enum XMLStreamEvent: Hashable, Sendable {
    /// An element opens.
    case start(XMLStreamElement)
    /// An element closes: its local name and namespace URI.
    case end(localName: String, namespaceURI: String?)
    /// Character data (text or CDATA), with predefined entities and character references resolved.
    case text(String)
}

/// An element as it opens in a streamed document: names, attributes and the source line.
public struct XMLStreamElement: Hashable, Sendable {
    /// The local name, e.g. `c` for `<c r="A1">` in a worksheet.
    public var localName: String
    /// The namespace URI, if the element has one.
    public var namespaceURI: String?
    /// The attributes in source order, with qualified names (`r:id`) and resolved values.
    public var attributes: [Attribute]
    /// The 1-based line the element starts on.
    public var line: Int

    /// Creates an element event.
    public init(localName: String, namespaceURI: String?, attributes: [Attribute], line: Int) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.line = line
    }

    /// The value of the attribute with this qualified name (or, failing that, this local name).
    public func attribute(_ name: String) -> String? {
        if let exact = attributes.first(where: { $0.name == name }) { return exact.value }
        return attributes.first { $0.name.split(separator: ":").last.map(String.init) == name }?.value
    }
}
