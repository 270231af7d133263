extension CleanNode {
    /// Renders sanitized nodes as HTML: kept attributes only, text escaped, a line break after each block.
    static func html(_ nodes: [CleanNode]) -> String {
        var output = ""
        render(nodes, into: &output)
        while output.last == "\n" { output.removeLast() }
        return output
    }

    private static func render(_ nodes: [CleanNode], into output: inout String) {
        for (index, node) in nodes.enumerated() {
            switch node {
            case .text(let text):
                // White space between blocks is layout of the old page, not content.
                let neighbourIsBlock =
                    (index > 0 && nodes[index - 1].isBlock) || (index + 1 < nodes.count && nodes[index + 1].isBlock)
                if TextCleaning.isBlank(text) && (neighbourIsBlock || index == 0 || index == nodes.count - 1) {
                    continue
                }
                output += escapeText(text)
            case .element(let tag, let attributes, let children):
                output += "<" + tag
                for attribute in attributes {
                    output += " " + attribute.name + "=\"" + escapeAttribute(attribute.value) + "\""
                }
                output += ">"
                if voidTags.contains(tag) {
                    if blockTags.contains(tag) || tag == "br" { output += "\n" }
                    continue
                }
                if blockTags.contains(tag) && children.contains(where: \.isBlock) { output += "\n" }
                render(children, into: &output)
                output += "</" + tag + ">"
                if blockTags.contains(tag) { output += "\n" }
            }
        }
    }

    /// Escapes `&`, `<`, `>` and folds runs of ASCII white space (source indentation) to one space.
    static func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case " ", "\n", "\r", "\t":
                if !lastWasSpace { result += " " }
                lastWasSpace = true
                continue
            default: result.unicodeScalars.append(scalar)
            }
            lastWasSpace = false
        }
        return result
    }

    /// Escapes an attribute value for double quotes.
    static func escapeAttribute(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
