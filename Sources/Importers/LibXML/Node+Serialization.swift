internal import CLibXML2

extension Node {
    /// The node and its subtree as markup, in UTF-8, unformatted (whitespace as in the tree).
    ///
    /// HTML documents use libxml2's HTML serialiser (`<br>`, no XML declaration); XML documents the XML
    /// one. Non-ASCII text is written as characters, not character references.
    public var outerHTML: String {
        serialize(pointer)
    }

    /// The children of the node serialised one after another, as in ``outerHTML``.
    public var innerHTML: String {
        var result = ""
        var current = pointer.pointee.children
        while let child = current {
            result += serialize(child)
            current = child.pointee.next
        }
        return result
    }

    /// The node as markup (``outerHTML``).
    public var description: String { outerHTML }

    private func serialize(_ node: xmlNodePtr) -> String {
        let collector = MessageCollector()
        return collector.capture {
            // No encoder: the buffer receives UTF-8, libxml2's internal encoding.
            guard let output = xmlAllocOutputBuffer(nil) else { return "" }
            defer { xmlOutputBufferClose(output) }
            switch document.kind {
            case .html:
                htmlNodeDumpFormatOutput(output, document.pointer, node, "UTF-8", 0)
            case .xml:
                xmlNodeDumpOutput(output, document.pointer, node, 0, 0, "UTF-8")
            }
            xmlOutputBufferFlush(output)
            guard let content = xmlOutputBufferGetContent(output) else { return "" }
            let size = Int(xmlOutputBufferGetSize(output))
            return String(decoding: UnsafeBufferPointer(start: content, count: size), as: UTF8.self)
        }
    }
}
