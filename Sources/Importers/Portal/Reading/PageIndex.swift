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
    /// How many elements the page has.
    private(set) var elementCount = 0
    /// The visible text of the page (``VisibleText/raw(_:)`` of the root) as UTF-8, built in the one walk.
    private var textBytes: [UInt8] = []
    /// Where each element's visible text starts and ends in ``textBytes``, by the element's ``LibXML/Node/mark``;
    /// -1 for an element the walk did not reach with visible text (inside a skipped one) and for comments.
    private var textStarts: [Int] = [0]
    private var textEnds: [Int] = [-1]
    /// The last mark inside each numbered node's subtree (marks are given in document order, so a subtree's
    /// marks are one run): what makes "is this inside that" two comparisons.
    private var subtreeEnds: [Int] = [0]
    /// Visible texts made into strings on first use, by mark.
    private var rawTexts: [String?] = [nil]
    /// Folded visible texts made on first use, by mark.
    private var foldedTexts: [String?] = [nil]
    /// Elements of each distinct tag name in document order, while walking (``byTag`` is made from them).
    private var tagLists: [[Node]] = []
    /// The lower-cased tag name of each list in ``tagLists``.
    private var listNames: [String] = []
    /// Whether the tag of each list hides its content (``VisibleText/skipped``) or breaks text
    /// (``VisibleText/breaking``), decided once per tag.
    private var listSkipped: [Bool] = []
    private var listBreaking: [Bool] = []
    /// Each spelling of a tag name seen, as UTF-8, with the list its elements go to.
    private var spellings: [(bytes: [UInt8], slot: Int)] = []
    /// Indices into ``spellings`` by a hash of the spelling (libxml2's HTML parser copies each element's name,
    /// so names are told apart by their bytes, not their addresses).
    private var spellingsByHash: [UInt64: [Int]] = [:]
    /// The text of each `<script>` in document order (read once: the classifier, the pagination and split-article
    /// readers all look into scripts).
    private(set) lazy var scriptTexts: [String] = elements("script").map(\.text)
    /// ``scriptTexts`` joined by line breaks.
    private(set) lazy var scripts: String = scriptTexts.joined(separator: "\n")
    /// The rules of the page's own stylesheets that hide elements (read once: the body and the attachment areas
    /// are both judged by them).
    private(set) lazy var styleRules = StyleRules(styleSheets: elements("style").map(\.text))
    /// ``StyleRules/hidingReason(style:)`` by style text: pages repeat the same few inline styles.
    private var styleReasons: [String: String?] = [:]

    /// Walks the document once, numbering its elements and comments in document order (their ``LibXML/Node/mark``),
    /// so that everything filed per node lives in arrays rather than in dictionaries keyed by node.
    init(_ document: Document) {
        self.document = document
        guard let root = document.root else { return }
        visit(root, visible: true)
        for (slot, name) in listNames.enumerated() { byTag[name] = tagLists[slot] }
        tagLists = []
    }

    /// Gives the node the next mark and room in the per-node arrays.
    private func number(_ node: Node) -> Int {
        let mark = textStarts.count
        node.mark = mark
        textStarts.append(-1)
        textEnds.append(-1)
        subtreeEnds.append(mark)
        rawTexts.append(nil)
        foldedTexts.append(nil)
        return mark
    }

    /// Files the node and its subtree in document order and, while `visible`, appends their visible text (the
    /// rules of ``VisibleText``) to ``textBytes``.
    private func visit(_ node: Node, visible: Bool) {
        switch node.kind {
        case .element:
            break
        case .comment:
            _ = number(node)
            comments.append(node)
            return
        case .text, .cdata:
            if visible { node.appendOwnContent(to: &textBytes) }
            return
        default:
            return
        }
        let mark = number(node)
        elementCount += 1
        let slot = file(node)
        let start = textBytes.count
        var childrenVisible = false
        var breaks = false
        if visible {
            childrenVisible = !listSkipped[slot] && !isHidden(style: node.attribute("style"))
            breaks = childrenVisible && listBreaking[slot]
        }
        if breaks { textBytes.append(0x20) }
        var child = node.firstChild
        while let current = child {
            visit(current, visible: childrenVisible)
            child = current.nextSibling
        }
        if breaks { textBytes.append(0x20) }
        subtreeEnds[mark] = textStarts.count - 1
        if visible {
            textStarts[mark] = start
            textEnds[mark] = textBytes.count
        }
    }

    /// Whether an inline style hides the element (the verdict cached per style text).
    private func isHidden(style: String?) -> Bool {
        guard let style else { return false }
        return hidingReason(style: style) != nil
    }

    /// ``StyleRules/hidingReason(style:)``, cached per style text for this page.
    func hidingReason(style: String) -> String? {
        if let known = styleReasons[style] { return known }
        let reason = StyleRules.hidingReason(style: style)
        styleReasons[style] = reason
        return reason
    }

    /// The visible-text range of an indexed node, or nil.
    private func textRange(_ node: Node) -> Range<Int>? {
        let mark = node.mark
        guard mark > 0, mark < textStarts.count, node.document === document, textEnds[mark] >= 0 else { return nil }
        return textStarts[mark]..<textEnds[mark]
    }

    /// The mark of a node of this index, or nil for a node it did not number.
    private func slot(_ node: Node) -> Int? {
        let mark = node.mark
        return mark > 0 && mark < textStarts.count && node.document === document ? mark : nil
    }

    // MARK: - Texts

    /// The visible text of an element with block boundaries as spaces, not folded (``VisibleText/raw(_:)``).
    func raw(_ node: Node) -> String {
        guard let mark = slot(node), let range = textRange(node) else { return VisibleText.raw(node) }
        if let cached = rawTexts[mark] { return cached }
        let text = textBytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
        rawTexts[mark] = text
        return text
    }

    /// Runs `body` over the UTF-8 bytes of the element's visible text (``raw(_:)``) without making a string;
    /// nil for a node the walk did not reach with visible text (inside a script or a hidden element).
    func withRawBytes<R>(_ node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let range = textRange(node) else { return nil }
        return textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The visible text of an element, white space folded (``VisibleText/of(_:)``).
    func text(_ node: Node) -> String {
        guard let mark = slot(node) else { return TextCleaning.collapsed(raw(node)) }
        if let cached = foldedTexts[mark] { return cached }
        let folded = TextCleaning.collapsed(raw(node))
        foldedTexts[mark] = folded
        return folded
    }

    /// The visible text as a metadata value (``VisibleText/value(_:)``).
    func value(_ node: Node) -> String {
        TextCleaning.softCollapsed(raw(node))
    }

    /// The visible text's length in UTF-8 bytes, without building anything (0 for an unknown node).
    func rawLength(_ node: Node) -> Int {
        textRange(node)?.count ?? 0
    }

    /// Files an element under its tag, class tokens, id and (for `<meta>`) name; returns the slot of its tag.
    private func file(_ element: Node) -> Int {
        let slot = element.withLocalNameBytes { spelling -> Int in
            var hash = 0xcbf2_9ce4_8422_2325 as UInt64
            for byte in spelling { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            if let known = spellingsByHash[hash]?.first(where: { spellings[$0].bytes.elementsEqual(spelling) }) {
                return spellings[known].slot
            }
            // A new spelling; another spelling of a known name (`DIV` and `div`) shares its list.
            let name = String(decoding: spelling, as: UTF8.self).lowercased()
            let slot = listNames.firstIndex(of: name) ?? listNames.count
            if slot == listNames.count {
                listNames.append(name)
                listSkipped.append(VisibleText.skipped.contains(name))
                listBreaking.append(VisibleText.breaking.contains(name))
                tagLists.append([])
            }
            spellingsByHash[hash, default: []].append(spellings.count)
            spellings.append((Array(spelling), slot))
            return slot
        }
        tagLists[slot].append(element)
        guard element.hasAttributes else { return slot }
        if let classes = element.attribute("class") {
            for token in classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                byClass[token.lowercased(), default: []].append(element)
            }
        }
        if let id = element.attribute("id").map({ TextCleaning.trimmed($0).lowercased() }), !id.isEmpty {
            byID[id, default: []].append(element)
        }
        if listNames[slot] == "meta" {
            let content = element.attribute("content") ?? ""
            if let name = element.attribute("name") {
                let key = TextCleaning.trimmed(name).lowercased()
                if meta[key] == nil { meta[key] = content }
            } else if let equiv = element.attribute("http-equiv") {
                let key = "http-equiv:" + TextCleaning.trimmed(equiv).lowercased()
                if meta[key] == nil { meta[key] = content }
            }
        }
        return slot
    }

    // MARK: - Lookups

    /// An attribute of an element of this page (name lower-case: libxml2's HTML parser lower-cases them).
    func attribute(_ name: String, of node: Node) -> String? {
        node.attribute(name)
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
    func order(of node: Node) -> Int { slot(node) ?? 0 }

    /// Whether `node` lies inside `ancestor` (or is it): by their marks when both are numbered nodes of this page,
    /// else by walking up from `node`.
    func isInside(_ node: Node, _ ancestor: Node) -> Bool {
        if let mark = slot(node), let top = slot(ancestor) { return top <= mark && mark <= subtreeEnds[top] }
        return Self.isInside(node, ancestor)
    }

    /// The elements with this tag inside `node` (not `node` itself), in document order; nil when `node` is not a
    /// numbered element of this page.
    func elements(_ tag: String, inside node: Node) -> [Node]? {
        guard let top = slot(node) else { return nil }
        let end = subtreeEnds[top]
        return elements(tag).filter { element in
            let mark = element.mark
            return mark > top && mark <= end
        }
    }

    /// Whether `node` lies inside `ancestor` (or is it), walking up the tree.
    static func isInside(_ node: Node, _ ancestor: Node) -> Bool {
        var current: Node? = node
        while let candidate = current {
            if candidate == ancestor { return true }
            current = candidate.parent
        }
        return false
    }
}
