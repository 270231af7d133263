import LibXML

/// A parsed page filed once, in one walk of the tree: elements by tag, class token and id, the meta tags,
/// the comments and the document order, so that the extraction chains look things up instead of running
/// XPath over the whole tree for every field.
///
/// Like the ``Document`` it indexes, an index is used within one call and never shared between threads.
final class PageIndex {
    /// The page.
    let document: Document
    /// Elements by lower-cased tag name, in document order.
    private(set) var byTag: [String: [Node]] = [:]
    /// Elements by lower-cased class token, in document order.
    private(set) var byClass: [String: [Node]] = [:]
    /// Elements by lower-cased id, in document order.
    private(set) var byID: [String: [Node]] = [:]
    /// Comments, in document order.
    private(set) var comments: [Node] = []
    /// `<meta name=… content=…>` by lower-cased name (the first one wins); `http-equiv` metas under
    /// `http-equiv:` plus the lower-cased value.
    private(set) var meta: [String: String] = [:]
    /// The position of every element and comment in document order.
    private(set) var position: [Node: Int] = [:]
    /// How many elements the page has.
    private(set) var elementCount = 0
    /// Every element's attributes, names lower-cased (read once: each libxml2 attribute read builds strings).
    private(set) var attributeMaps: [Node: [String: String]] = [:]
    /// The visible text of the page (``VisibleText/raw(_:)`` of the root) as UTF-8, built in the one walk.
    private var textBytes: [UInt8] = []
    /// Where each element's visible text lies in ``textBytes`` (elements inside a skipped one have none).
    private var textRanges: [Node: Range<Int>] = [:]
    /// Visible texts made into strings, on first use.
    private var rawTexts: [Node: String] = [:]
    /// Folded visible texts, cached on first use.
    private var foldedTexts: [Node: String] = [:]
    /// Lower-cased tag names by interned name, so that each distinct name is made into a string once.
    private var tagNames: [NameToken: String] = [:]
    /// ``StyleRules/hidingReason(style:)`` by style text: pages repeat the same few inline styles.
    private var styleReasons: [String: String?] = [:]

    /// Walks the document once.
    init(_ document: Document) {
        self.document = document
        guard let root = document.root else { return }
        var counter = 0
        visit(root, visible: true, counter: &counter)
    }

    /// Files the node and its subtree in document order and, while `visible`, appends their visible text (the
    /// rules of ``VisibleText``) to ``textBytes``.
    private func visit(_ node: Node, visible: Bool, counter: inout Int) {
        counter += 1
        switch node.kind {
        case .element:
            break
        case .comment:
            position[node] = counter
            comments.append(node)
            return
        case .text, .cdata:
            if visible { node.appendOwnContent(to: &textBytes) }
            return
        default:
            return
        }
        position[node] = counter
        elementCount += 1
        let tag = tagName(node)
        file(node, tag: tag)
        let start = textBytes.count
        var childrenVisible = false
        var breaks = false
        if visible {
            childrenVisible = !isSkipped(tag: tag, style: attributeMaps[node]?["style"])
            breaks = childrenVisible && VisibleText.breaking.contains(tag)
        }
        if breaks { textBytes.append(0x20) }
        var child = node.firstChild
        while let current = child {
            visit(current, visible: childrenVisible, counter: &counter)
            child = current.nextSibling
        }
        if breaks { textBytes.append(0x20) }
        if visible { textRanges[node] = start..<textBytes.count }
    }

    /// The lower-cased tag name of an element, made once per distinct name.
    private func tagName(_ element: Node) -> String {
        let token = element.nameToken
        if let known = tagNames[token] { return known }
        let name = element.localName.lowercased()
        tagNames[token] = name
        return name
    }

    /// ``VisibleText/isSkipped(_:style:)`` with the tag already known and the style's verdict cached.
    private func isSkipped(tag: String, style: String?) -> Bool {
        if VisibleText.skipped.contains(tag) { return true }
        if let style, hidingReason(style: style) != nil { return true }
        return false
    }

    /// ``StyleRules/hidingReason(style:)``, cached per style text for this page.
    func hidingReason(style: String) -> String? {
        if let known = styleReasons[style] { return known }
        let reason = StyleRules.hidingReason(style: style)
        styleReasons[style] = reason
        return reason
    }

    // MARK: - Texts

    /// The visible text of an element with block boundaries as spaces, not folded (``VisibleText/raw(_:)``).
    func raw(_ node: Node) -> String {
        if let cached = rawTexts[node] { return cached }
        guard let range = textRanges[node] else { return VisibleText.raw(node) }
        let text = textBytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
        rawTexts[node] = text
        return text
    }

    /// Runs `body` over the UTF-8 bytes of the element's visible text (``raw(_:)``) without making a string;
    /// nil for a node the walk did not reach with visible text (inside a script or a hidden element).
    func withRawBytes<R>(_ node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let range = textRanges[node] else { return nil }
        return textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The visible text of an element, white space folded (``VisibleText/of(_:)``).
    func text(_ node: Node) -> String {
        if let cached = foldedTexts[node] { return cached }
        let folded = TextCleaning.collapsed(raw(node))
        foldedTexts[node] = folded
        return folded
    }

    /// The visible text as a metadata value (``VisibleText/value(_:)``).
    func value(_ node: Node) -> String {
        TextCleaning.softCollapsed(raw(node))
    }

    /// The visible text's length in UTF-8 bytes, without building anything (0 for an unknown node).
    func rawLength(_ node: Node) -> Int {
        textRanges[node]?.count ?? 0
    }

    private func file(_ element: Node, tag: String) {
        byTag[tag, default: []].append(element)
        var map: [String: String] = [:]
        for attribute in element.attributes {
            let name = attribute.name.lowercased()
            if map[name] == nil { map[name] = attribute.value }
            switch name {
            case "class":
                for token in attribute.value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                    byClass[token.lowercased(), default: []].append(element)
                }
            case "id":
                let id = TextCleaning.trimmed(attribute.value).lowercased()
                if !id.isEmpty { byID[id, default: []].append(element) }
            default:
                break
            }
        }
        if !map.isEmpty { attributeMaps[element] = map }
        if tag == "meta" {
            let content = map["content"] ?? ""
            if let name = map["name"] {
                let key = TextCleaning.trimmed(name).lowercased()
                if meta[key] == nil { meta[key] = content }
            } else if let equiv = map["http-equiv"] {
                let key = "http-equiv:" + TextCleaning.trimmed(equiv).lowercased()
                if meta[key] == nil { meta[key] = content }
            }
        }
    }

    // MARK: - Lookups

    /// An attribute of an element of this page (name lower-case), from the map read once.
    func attribute(_ name: String, of node: Node) -> String? {
        attributeMaps[node]?[name]
    }

    /// Elements with this tag name (lower-case), in document order.
    func elements(_ tag: String) -> [Node] { byTag[tag] ?? [] }

    /// Elements carrying this class token (compared lower-cased).
    func elements(withClass token: String) -> [Node] { byClass[token.lowercased()] ?? [] }

    /// Elements with this id (compared lower-cased).
    func elements(withID id: String) -> [Node] { byID[id.lowercased()] ?? [] }

    /// The content of a named meta tag (name compared lower-cased), trimmed; nil when absent or empty.
    func metaContent(_ name: String) -> String? {
        guard let value = meta[name.lowercased()] else { return nil }
        let trimmed = TextCleaning.trimmed(value)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The document-order position of an element or comment (0 when unknown, e.g. a node made later).
    func order(of node: Node) -> Int { position[node] ?? 0 }

    /// Whether `node` lies inside `ancestor` (or is it).
    static func isInside(_ node: Node, _ ancestor: Node) -> Bool {
        var current: Node? = node
        while let candidate = current {
            if candidate == ancestor { return true }
            current = candidate.parent
        }
        return false
    }
}
