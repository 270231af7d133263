import LibXML

/// Finds the article body of a detail page: a profile selector, Hanweb's `ContentStart`/`ContentEnd` metas, the
/// containers CMSs are known to use (in rough priority), and, failing all of them, the element holding the most
/// paragraph text.
struct BodyLocator {
    /// Where the body was found.
    struct Location {
        /// The nodes whose content is the body (children of a container, or the nodes between two markers).
        var nodes: [Node]
        /// The container, when the body is one element.
        var container: Node?
        /// How it was found: `profile`, `ContentStart`, `.TRS_Editor`, `density` …
        var origin: String
        /// Whether a known marker or container (not the density guess) found it.
        var isKnownContainer: Bool
    }

    /// Class tokens and ids of known body containers, in priority order.
    static let knownContainers: [(kind: Kind, name: String)] = [
        (.className, "TRS_UEDITOR"), (.id, "UCAP-CONTENT"), (.className, "TRS_Editor"), (.className, "trs_editor_view"),
        (.id, "zoom"), (.className, "zoom"), (.className, "article-content"), (.className, "pages_content"),
        (.className, "bt_content"), (.className, "ewb-article-detail"), (.id, "article-content"),
        (.className, "article_content"), (.className, "news_content"), (.className, "con_content"),
        (.className, "detail-content"), (.className, "xxgk_content"), (.id, "content"), (.className, "content"),
        (.id, "article"), (.className, "article"), (.className, "detail"),
    ]

    /// How a known container is named.
    enum Kind {
        /// By class token.
        case className
        /// By id.
        case id
    }

    /// Finds the body; nil when the page has no text-bearing element at all.
    func locate(_ index: PageIndex, profileSelector: String?) -> Location? {
        if let selector = profileSelector, let node = try? index.document.first(selector), node.isElement {
            return Location(nodes: node.children, container: node, origin: "profile", isKnownContainer: true)
        }
        if let hanweb = hanwebRange(index) { return hanweb }
        for (kind, name) in Self.knownContainers {
            let candidates = kind == .id ? index.elements(withID: name) : index.elements(withClass: name)
            // The first with some text; a container left empty by the CMS is skipped for a later one.
            let usable = candidates.filter { $0.localName != "body" && $0.localName != "html" }
            if let node = usable.first(where: { !TextCleaning.isBlank(index.raw($0)) || hasLinksOrImages($0) }) {
                let origin = (kind == .id ? "#" : ".") + name
                return Location(nodes: node.children, container: node, origin: origin, isKnownContainer: true)
            }
        }
        if let dense = densest(index) {
            return Location(nodes: dense.children, container: dense, origin: "density", isKnownContainer: false)
        }
        return nil
    }

    /// The nodes between `<meta name="ContentStart">` and `<meta name="ContentEnd">` (Hanweb).
    private func hanwebRange(_ index: PageIndex) -> Location? {
        guard
            let start = index.elements("meta").first(where: {
                $0.attribute("name")?.lowercased() == "contentstart"
            })
        else { return nil }
        var nodes: [Node] = []
        var current = start.nextSibling
        var ended = false
        while let node = current {
            if node.isElement, node.localName == "meta", node.attribute("name")?.lowercased() == "contentend" {
                ended = true
                break
            }
            nodes.append(node)
            current = node.nextSibling
        }
        // libxml2 may have moved the start marker into <head>; then the body is not between siblings.
        if start.parent?.localName == "head" || (!ended && nodes.isEmpty) { return nil }
        return Location(nodes: nodes, container: start.parent, origin: "ContentStart", isKnownContainer: true)
    }

    /// The element whose paragraph children (or own text runs) hold the most visible text.
    private func densest(_ index: PageIndex) -> Node? {
        var credit: [Node: Int] = [:]
        for paragraph in index.elements("p") {
            guard let parent = paragraph.parent, parent.isElement else { continue }
            let length = index.text(paragraph).count
            if length >= 8 { credit[parent, default: 0] += length }
        }
        for tag in ["div", "td"] {
            for element in index.elements(tag) {
                var own = 0
                var child = element.firstChild
                while let node = child {
                    if node.kind == .text { own += TextCleaning.trimmed(node.text).count }
                    child = node.nextSibling
                }
                if own >= 30 { credit[element, default: 0] += own }
            }
        }
        guard
            let best = credit.max(by: { ($0.value, -index.order(of: $0.key)) < ($1.value, -index.order(of: $1.key)) }),
            best.value >= 30
        else { return nil }
        return best.key
    }

    private func hasLinksOrImages(_ node: Node) -> Bool {
        (try? node.first(".//a[@href]|.//img")) != nil
    }
}
