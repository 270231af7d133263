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
    let byTag: [String: [Node]]
    /// Elements by lower-cased class token, in document order.
    let byClass: [String: [Node]]
    /// Elements by lower-cased id, in document order.
    let byID: [String: [Node]]
    /// Comments, in document order.
    let comments: [Node]
    /// `<meta name=… content=…>` by lower-cased name (the first one wins); `http-equiv` metas under
    /// `http-equiv:` plus the lower-cased value.
    let meta: [String: String]
    /// How many elements the page has.
    let elementCount: Int
    /// The visible text of the page (``VisibleText/raw(_:)`` of the root) as UTF-8, built in the one walk.
    private let textBytes: [UInt8]
    /// Where each element's visible text starts and ends in ``textBytes``, by the element's ``LibXML/Node/mark``;
    /// -1 for an element the walk did not reach with visible text (inside a skipped one) and for comments.
    private let textStarts: [Int]
    private let textEnds: [Int]
    /// The last mark inside each numbered node's subtree (marks are given in document order, so a subtree's
    /// marks are one run): what makes "is this inside that" two comparisons.
    private let subtreeEnds: [Int]
    /// Visible texts made into strings on first use, by mark.
    private var rawTexts: [String?]
    /// Folded visible texts made on first use, by mark.
    private var foldedTexts: [String?]
    /// The text of each `<script>` in document order (read once: the classifier, the pagination and split-article
    /// readers all look into scripts).
    private(set) lazy var scriptTexts: [String] = elements("script").map(\.text)
    /// ``scriptTexts`` joined by line breaks.
    private(set) lazy var scripts: String = scriptTexts.joined(separator: "\n")
    /// The rules of the page's own stylesheets that hide elements (read once: the body and the attachment areas
    /// are both judged by them).
    private(set) lazy var styleRules = StyleRules.memoized(styleSheets: elements("style").map(\.text))
    /// ``StyleRules/hidingReason(style:)`` by style text: pages repeat the same few inline styles.
    private var styleReasons: [String: String?] = [:]

    /// Walks the document once, numbering its elements and comments in document order (their ``LibXML/Node/mark``),
    /// so that everything filed per node lives in arrays rather than in dictionaries keyed by node.
    init(_ document: Document) {
        self.document = document
        var filing = Filing()
        if let root = document.root { filing.visit(root, visible: true) }
        var byTag: [String: [Node]] = [:]
        for (slot, name) in filing.listNames.enumerated() { byTag[name] = filing.tagLists[slot] }
        self.byTag = byTag
        byClass = filing.byClass
        byID = filing.byID
        comments = filing.comments
        meta = filing.meta
        elementCount = filing.elementCount
        textBytes = filing.textBytes
        textStarts = filing.textStarts
        textEnds = filing.textEnds
        subtreeEnds = filing.subtreeEnds
        styleReasons = filing.styleReasons
        rawTexts = Array(repeating: nil, count: filing.textStarts.count)
        foldedTexts = rawTexts
    }

    /// ``StyleRules/hidingReason(style:)``, cached per style text for this page.
    func hidingReason(style: String) -> String? {
        Filing.hidingReason(style: style, cache: &styleReasons)
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

    // MARK: - Lookups

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
