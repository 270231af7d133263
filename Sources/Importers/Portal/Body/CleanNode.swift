/// A node of a sanitized body: only whitelisted elements with whitelisted attributes, and text.
///
/// The sanitizer builds this small tree from the page; the HTML and the plain text of an item are both
/// rendered from it, so they can never disagree about what was kept.
indirect enum CleanNode: Hashable, Sendable {
    /// Text, as written (character references already resolved).
    case text(String)
    /// An element with its lower-case tag, kept attributes in order, and children.
    case element(tag: String, attributes: [CleanAttribute], children: [CleanNode])

    /// Elements rendered as blocks: a paragraph break before and after in the text.
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    ]

    /// Elements that have no content (`<br>`, `<img>`, `<hr>`).
    static let voidTags: Set<String> = ["br", "img", "hr"]

    /// The plain text of the subtree, concatenated, without any layout.
    var plainText: String {
        switch self {
        case .text(let text): return text
        case .element(let tag, _, let children):
            if tag == "br" { return "\n" }
            return children.map(\.plainText).joined()
        }
    }

    /// The plain text of the nodes when it has at most `limit` UTF-8 bytes, else nil (without building it all).
    static func shortPlainText(_ nodes: [CleanNode], limit: Int) -> String? {
        var result = ""
        func add(_ node: CleanNode) -> Bool {
            switch node {
            case .text(let text):
                result += text
            case .element(let tag, _, let children):
                if tag == "br" { result += "\n" }
                for child in children where !add(child) { return false }
            }
            return result.utf8.count <= limit
        }
        for node in nodes where !add(node) { return nil }
        return result
    }

    /// Whether the subtree has anything to show: non-blank text or an image.
    var hasContent: Bool {
        switch self {
        case .text(let text): return !TextCleaning.isBlank(text)
        case .element(let tag, _, let children):
            return tag == "img" || tag == "hr" || children.contains { $0.hasContent }
        }
    }

    /// Whether this is a block element.
    var isBlock: Bool {
        if case .element(let tag, _, _) = self { return Self.blockTags.contains(tag) }
        return false
    }
}
