import LibXML

/// Finds the heading of a detail page: `h1`, elements whose class or id names a title, then `h2`/`h3`, preferring
/// one whose text is part of the page's `<title>` (a logo in `h1` is not the article's title).
struct TitleFinder {
    /// The indexed page.
    var index: PageIndex
    /// The body's nodes (a heading inside the body counts only after the others).
    var excluded: [Node]

    /// The best heading, or nil.
    func heading(matching pageTitle: String) -> FieldValue? {
        var candidates: [Node] = index.elements("h1")
        for (token, nodes) in index.byClass where token.includes("title") || token == "bt" || token == "biaoti" {
            candidates += nodes
        }
        for (id, nodes) in index.byID where id.includes("title") {
            candidates += nodes
        }
        candidates.sort { index.order(of: $0) < index.order(of: $1) }
        candidates += index.elements("h2") + index.elements("h3")
        let titleKey = TextCleaning.withoutSpaces(pageTitle)
        var fallback: FieldValue?
        for node in candidates {
            let tag = node.localName.lowercased()
            guard tag != "title", tag != "meta", tag != "a" || node.parent == nil else { continue }
            guard index.rawLength(node) <= 1200 else { continue }
            let text = index.text(node)
            let count = text.count
            guard count >= 4, count <= 200 else { continue }
            let key = TextCleaning.withoutSpaces(text)
            let value = FieldValue(text: text, origin: "heading", element: ElementPath.describe(node))
            if !titleKey.isEmpty, titleKey.includes(key) || key.includes(titleKey) { return value }
            if fallback == nil, titleKey.isEmpty, tag == "h1" || tag == "h2" { fallback = value }
        }
        return fallback
    }
}
