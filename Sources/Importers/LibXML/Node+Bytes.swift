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

    /// Whether the node is an element whose local name is exactly `name` (compared as UTF-8 bytes, no String
    /// built). HTML element names are lower-case after parsing.
    public func isElement(named name: StaticString) -> Bool {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let own = pointer.pointee.name else { return false }
        let expected = name.utf8Start
        let count = name.utf8CodeUnitCount
        for offset in 0..<count where own[offset] != expected[offset] { return false }
        return own[count] == 0
    }
}
