internal import CLibXML2

extension Node {
    // MARK: - Reading without building Strings

    /// Appends the node's own content as UTF-8 to `buffer`: the text of a text, CDATA or comment node, exactly
    /// the bytes ``text`` would decode, without allocating a string; nothing for any other kind of node.
    ///
    /// The bytes are read in place from libxml2's tree (no copy is made and nothing needs freeing).
    public func appendOwnContent(to buffer: inout [UInt8]) {
        let type = pointer.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE || type == XML_COMMENT_NODE,
            let content = pointer.pointee.content
        else { return }
        let count = Int(xmlStrlen(content))
        buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: count))
    }

    /// An identity of the node's interned name: equal tokens mean equal names (libxml2 keeps one copy of each
    /// element name per document), so a caller can cache what it derives from a name instead of rebuilding it.
    ///
    /// Different tokens may still spell the same name; only equality is promised, not its converse.
    public var nameToken: NameToken {
        NameToken(address: pointer.pointee.name.map { UInt(bitPattern: $0) } ?? 0)
    }

    /// Runs `body` over the UTF-8 bytes of the node's local name, read in place (empty when it has none).
    public func withLocalNameBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard pointer.pointee.type != XML_DOCUMENT_NODE, pointer.pointee.type != XML_HTML_DOCUMENT_NODE,
            let name = pointer.pointee.name
        else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
    }

    /// Whether the node is an element whose local name is exactly `name` (compared as UTF-8 bytes, no String
    /// built). HTML element names are lower-case after parsing.
    public func isElement(named name: StaticString) -> Bool {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let own = pointer.pointee.name else { return false }
        let expected = name.utf8Start
        let count = name.utf8CodeUnitCount
        for offset in 0..<count where own[offset] != expected[offset] { return false }
        return own[count] == 0
    }

    /// A number the caller may attach to the node (0 until set), kept in libxml2's application field of the node.
    ///
    /// It lets a reader file nodes in plain arrays instead of hashing handles: number the nodes in one walk, then
    /// look things up by ``mark``. Only the code that owns the document may set it; nothing in this module reads
    /// it. Setting it is a write to the tree, with the same threading rules as ``remove()``.
    public var mark: Int {
        get { Int(bitPattern: pointer.pointee._private) }
        nonmutating set { pointer.pointee._private = UnsafeMutableRawPointer(bitPattern: newValue) }
    }
}
