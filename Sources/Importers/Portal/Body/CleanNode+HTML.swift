extension CleanNode {
    /// Renders sanitized nodes as HTML: kept attributes only, text escaped, a line break after each block.
    static func html(_ nodes: [CleanNode]) -> String {
        var output: [UInt8] = []
        render(nodes, into: &output)
        while output.last == 0x0A { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    private static func render(_ nodes: [CleanNode], into output: inout [UInt8]) {
        for (index, node) in nodes.enumerated() {
            switch node {
            case .text(let text):
                // White space between blocks is layout of the old page, not content.
                let neighbourIsBlock =
                    (index > 0 && nodes[index - 1].isBlock) || (index + 1 < nodes.count && nodes[index + 1].isBlock)
                if (neighbourIsBlock || index == 0 || index == nodes.count - 1) && TextCleaning.isBlank(text) {
                    continue
                }
                appendEscapedText(text, to: &output)
            case .element(let tag, let attributes, let children):
                output.append(0x3C)  // <
                output.append(contentsOf: tag.utf8)
                for attribute in attributes {
                    output.append(0x20)
                    output.append(contentsOf: attribute.name.utf8)
                    output.append(contentsOf: "=\"".utf8)
                    appendEscapedAttribute(attribute.value, to: &output)
                    output.append(0x22)
                }
                output.append(0x3E)  // >
                let isBlock = blockTags.contains(tag)
                if voidTags.contains(tag) {
                    if isBlock || tag == "br" { output.append(0x0A) }
                    continue
                }
                if isBlock && children.contains(where: \.isBlock) { output.append(0x0A) }
                render(children, into: &output)
                output.append(contentsOf: "</".utf8)
                output.append(contentsOf: tag.utf8)
                output.append(0x3E)
                if isBlock { output.append(0x0A) }
            }
        }
    }

    /// Escapes `&`, `<`, `>` and folds runs of ASCII white space (source indentation) to one space.
    static func escapeText(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscapedText(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``escapeText(_:)`` appending UTF-8 to a buffer: runs of bytes that need nothing are copied whole.
    private static func appendEscapedText(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var lastWasSpace = false
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let replacement: StaticString
                switch byte {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x20, 0x0A, 0x0D, 0x09:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    if !lastWasSpace { output.append(0x20) }
                    lastWasSpace = true
                    index += 1
                    runStart = index
                    continue
                default:
                    lastWasSpace = false
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(
                    contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                lastWasSpace = false
                index += 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }

    /// Escapes an attribute value for double quotes.
    static func escapeAttribute(_ value: String) -> String {
        var output: [UInt8] = []
        appendEscapedAttribute(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``escapeAttribute(_:)`` appending UTF-8 to a buffer.
    private static func appendEscapedAttribute(_ value: String, to output: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            default: output.append(byte)
            }
        }
    }
}
