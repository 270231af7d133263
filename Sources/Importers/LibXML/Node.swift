internal import CLibXML2

/// A node of a parsed document: an element, text, comment, attribute …, holding its document alive.
///
/// Nodes are cheap handles: copying one copies a reference, and two handles to the same libxml2 node are
/// equal. A node removed with ``remove()`` stays valid (detached) until its document is freed. Like its
/// document, a node is not `Sendable`; see ``Document`` for the threading rules.
public struct Node: Hashable, CustomStringConvertible {
    /// The document this node belongs to; kept alive by the node.
    public let document: Document
    let pointer: xmlNodePtr

    init(document: Document, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    /// Two handles are equal when they point at the same libxml2 node.
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.pointer == rhs.pointer }

    /// Hashes the node's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    // MARK: - What it is

    /// What kind of node this is.
    public var kind: NodeKind {
        let type = pointer.pointee.type
        switch type {
        case XML_ELEMENT_NODE: return .element
        case XML_ATTRIBUTE_NODE: return .attribute
        case XML_TEXT_NODE: return .text
        case XML_CDATA_SECTION_NODE: return .cdata
        case XML_COMMENT_NODE: return .comment
        case XML_PI_NODE: return .processingInstruction
        case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE: return .document
        case XML_DTD_NODE, XML_DOCUMENT_TYPE_NODE: return .documentType
        default: return .other(Int(type.rawValue))
        }
    }

    /// Whether this is an element.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The local name (`div`, `Row`); `text`, `comment` … for other kinds, empty for the document node.
    public var localName: String {
        guard !isDocumentNode, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The qualified name: `prefix:local` for a prefixed XML element or attribute, else ``localName``.
    public var name: String {
        guard let prefix = namespace?.pointee.prefix else { return localName }
        return String(cString: prefix) + ":" + localName
    }

    /// The namespace URI of an XML element or attribute, if it has one.
    public var namespaceURI: String? {
        namespace?.pointee.href.map { String(cString: $0) }
    }

    /// The 1-based source line libxml2 recorded for the node, when known.
    public var line: Int? {
        let line = xmlGetLineNo(pointer)
        return line > 0 ? Int(line) : nil
    }

    /// Whether ``remove()`` unlinked this node (or it was otherwise detached from the tree).
    public var isDetached: Bool { !isDocumentNode && pointer.pointee.parent == nil }

    // MARK: - Text and attributes

    /// The text content: all descendant text concatenated (the value, for an attribute).
    public var text: String {
        let type = pointer.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE || type == XML_COMMENT_NODE {
            // What xmlNodeGetContent would copy for these kinds, read in place.
            return pointer.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { clx_free(content) }
        return String(cString: content)
    }

    /// The element's attributes in source order; empty for other kinds of node.
    public var attributes: [Attribute] {
        guard isElement else { return [] }
        var result: [Attribute] = []
        var current = pointer.pointee.properties
        while let attribute = current {
            result.append(Attribute(name: Self.qualifiedName(attribute), value: value(of: attribute)))
            current = attribute.pointee.next
        }
        return result
    }

    /// Whether the node is an element with at least one attribute.
    public var hasAttributes: Bool { isElement && pointer.pointee.properties != nil }

    /// The value of the attribute with this qualified name (or, failing that, this local name).
    ///
    /// HTML attribute names are lower-case after parsing: ask for `href`, not `HREF`. Names are compared as bytes
    /// in place, so a lookup builds no string but the value it returns.
    public func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        var name = name
        return name.withUTF8 { wanted -> String? in
            var fallback: xmlAttrPtr?
            var current = pointer.pointee.properties
            while let attribute = current {
                if Self.hasQualifiedName(attribute, wanted) { return value(of: attribute) }
                if fallback == nil, let local = attribute.pointee.name, Self.equals(local, wanted) {
                    fallback = attribute
                }
                current = attribute.pointee.next
            }
            return fallback.map { value(of: $0) }
        }
    }

    // MARK: - Navigation

    /// The parent: an element, or the document node for the root element; nil when detached.
    public var parent: Node? { wrap(pointer.pointee.parent) }

    /// All children in order, text and comments included.
    public var children: [Node] {
        var result: [Node] = []
        var current = pointer.pointee.children
        while let child = current {
            result.append(Node(document: document, pointer: child))
            current = child.pointee.next
        }
        return result
    }

    /// The child elements in order.
    public var elementChildren: [Node] { children.filter(\.isElement) }

    /// How many child elements the node has, counted no further than `limit` (no array is built).
    public func elementChildCount(upTo limit: Int) -> Int {
        var count = 0
        var current = pointer.pointee.children
        while let child = current, count < limit {
            if child.pointee.type == XML_ELEMENT_NODE { count += 1 }
            current = child.pointee.next
        }
        return count
    }

    /// The first child, of any kind.
    public var firstChild: Node? { wrap(pointer.pointee.children) }

    /// The next sibling, of any kind.
    public var nextSibling: Node? { wrap(pointer.pointee.next) }

    /// The previous sibling, of any kind.
    public var previousSibling: Node? { wrap(pointer.pointee.prev) }

    /// The next sibling that is an element.
    public var nextElementSibling: Node? {
        var current = pointer.pointee.next
        while let node = current, node.pointee.type != XML_ELEMENT_NODE { current = node.pointee.next }
        return wrap(current)
    }

    /// The previous sibling that is an element.
    public var previousElementSibling: Node? {
        var current = pointer.pointee.prev
        while let node = current, node.pointee.type != XML_ELEMENT_NODE { current = node.pointee.prev }
        return wrap(current)
    }

    // MARK: - Changing the tree

    /// Removes the node (and its subtree) from the tree: gone from text, serialisation and later XPath.
    ///
    /// The memory is kept until the document is freed, so handles to the node or its descendants stay
    /// valid. Not thread-safe: nothing else may use the document meanwhile.
    /// - Returns: false if the node was already removed or is the document node.
    @discardableResult
    public func remove() -> Bool {
        document.detach(pointer)
    }

    // MARK: - Helpers

    private var isDocumentNode: Bool {
        let type = pointer.pointee.type
        return type == XML_DOCUMENT_NODE || type == XML_HTML_DOCUMENT_NODE
    }

    /// The node's namespace; only elements and attributes have one (`ns` is not a document field).
    private var namespace: xmlNsPtr? {
        let type = pointer.pointee.type
        guard type == XML_ELEMENT_NODE || type == XML_ATTRIBUTE_NODE else { return nil }
        return pointer.pointee.ns
    }

    private func wrap(_ node: xmlNodePtr?) -> Node? {
        node.map { Node(document: document, pointer: $0) }
    }

    private func value(of attribute: xmlAttrPtr) -> String {
        // The usual attribute holds one text node: read it in place instead of having libxml2 copy it.
        if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
            return child.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard let value = xmlNodeListGetString(document.pointer, attribute.pointee.children, 1) else { return "" }
        defer { clx_free(value) }
        return String(cString: value)
    }

    private static func qualifiedName(_ attribute: xmlAttrPtr) -> String {
        let local = attribute.pointee.name.map { String(cString: $0) } ?? ""
        guard let prefix = attribute.pointee.ns?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    /// Whether the attribute's qualified name (`prefix:local`, or `local`) is the UTF-8 `name`.
    private static func hasQualifiedName(_ attribute: xmlAttrPtr, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let local = attribute.pointee.name else { return name.isEmpty }
        guard let prefix = attribute.pointee.ns?.pointee.prefix else { return equals(local, name) }
        let prefixLength = Int(xmlStrlen(prefix))
        guard name.count > prefixLength, name[prefixLength] == UInt8(ascii: ":") else { return false }
        return equals(prefix, UnsafeBufferPointer(rebasing: name[..<prefixLength]))
            && equals(local, UnsafeBufferPointer(rebasing: name[(prefixLength + 1)...]))
    }

    /// Whether a NUL-terminated libxml2 string is exactly the bytes `name`.
    private static func equals(_ string: UnsafePointer<xmlChar>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<name.count where string[offset] != name[offset] { return false }
        return string[name.count] == 0
    }
}
