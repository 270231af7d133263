import LibXML

/// The text a reader sees in an element: scripts, styles and inline-hidden elements left out, line breaks and
/// block boundaries turned into a space, white space runs folded.
///
/// `Node.text` (libxml2's content) would include the text of `<script>` (a view counter's
/// `document.write(…)`) and of hidden spam; metadata values must not.
enum VisibleText {
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "select", "option", "textarea", "button", "iframe", "object",
    ]
    static let breaking: Set<String> = [
        "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "table", "ul", "ol",
    ]

    /// The visible text of the node, folded to single spaces and trimmed.
    static func of(_ node: Node) -> String {
        TextCleaning.collapsed(raw(node))
    }

    /// The visible text with ASCII white space runs folded and U+3000/U+00A0 kept, trimmed: metadata values.
    static func value(_ node: Node) -> String {
        TextCleaning.softCollapsed(raw(node))
    }

    /// The visible text of the node with block boundaries as spaces, not folded.
    static func raw(_ node: Node) -> String {
        var output = ""
        append(node, to: &output)
        return output
    }

    /// Whether an element's content is never visible (a script, a style, an inline-hidden element).
    static func isSkipped(_ node: Node, style: String?) -> Bool {
        let tag = node.localName.lowercased()
        if skipped.contains(tag) { return true }
        if let style, StyleRules.hidingReason(style: style) != nil { return true }
        return false
    }

    /// Whether an element starts and ends a line of text.
    static func breaks(_ node: Node) -> Bool {
        breaking.contains(node.localName.lowercased())
    }

    private static func append(_ node: Node, to output: inout String) {
        switch node.kind {
        case .text, .cdata:
            output += node.text
        case .element:
            let tag = node.localName.lowercased()
            if skipped.contains(tag) { return }
            if let style = node.attribute("style"), StyleRules.hidingReason(style: style) != nil { return }
            let breaks = breaking.contains(tag)
            if breaks { output += " " }
            var child = node.firstChild
            while let current = child {
                append(current, to: &output)
                child = current.nextSibling
            }
            if breaks { output += " " }
        default:
            return
        }
    }
}
