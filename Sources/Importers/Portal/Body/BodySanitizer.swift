import LibXML

/// Turns the body of a legacy page into whitelisted content: no scripts, styles, frames, objects, forms, event
/// handlers or `javascript:` addresses; no hidden elements (their links are reported instead); no toolbars,
/// pagers or previous/next links.
///
/// Whitelist, not blacklist: an element not listed here is unwrapped (its children are kept, the tag is not),
/// and an element of the dropped list goes with everything inside it.
struct BodySanitizer {
    /// Hiding rules of the page (inline styles always count; the page's own stylesheet adds classes and ids).
    var styleRules: StyleRules
    /// The address links and images are resolved against; nil keeps them as written.
    var baseURL: String?
    /// The page's index, whose attribute maps spare reading attributes from libxml2 again.
    var index: PageIndex?

    /// Elements removed with their content.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "frame", "frameset", "noframes", "object", "embed", "applet",
        "param", "input", "button", "select", "option", "optgroup", "textarea", "link", "meta", "title", "head",
        "template", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "area", "base", "xml",
        "datastore", "bgsound", "basefont",
    ]

    /// Elements kept (with the attributes of ``keptAttributes`` only).
    static let keptTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "a", "img", "strong", "b", "em", "i",
        "u", "sub", "sup", "s", "strike", "del", "ins", "small", "big", "code",
    ]

    /// Attributes kept per element.
    static let keptAttributes: [String: Set<String>] = [
        "a": ["href", "title"], "img": ["src", "alt", "title", "width", "height"], "td": ["colspan", "rowspan"],
        "th": ["colspan", "rowspan"],
    ]

    /// Elements written under another name (`center` is a paragraph, `font` and `span` are unwrapped).
    static let renamedTags: [String: String] = ["center": "p", "h7": "p"]

    /// Schemes a link or image may use; anything else (`javascript:`, `vbscript:`, `data:`) loses the attribute.
    static let allowedSchemes: Set<String> = ["http", "https", "ftp", "mailto"]

    /// Sanitizes the given roots (one container, or the nodes between Hanweb's `ContentStart` and `ContentEnd`).
    func sanitize(_ roots: [Node]) -> SanitizedBody {
        var body = SanitizedBody()
        for root in roots {
            body.nodes += clean(root, into: &body)
        }
        return body
    }

    /// Sanitizes the children of a container (the container's own tag is not kept).
    func sanitize(childrenOf container: Node) -> SanitizedBody {
        sanitize(container.children)
    }

    // MARK: - Walking

    private func clean(_ node: Node, into body: inout SanitizedBody) -> [CleanNode] {
        switch node.kind {
        case .text, .cdata:
            let text = node.text
            return text.isEmpty ? [] : [.text(text)]
        case .element:
            break
        default:
            return []
        }
        let tag = node.localName.lowercased()
        if Self.droppedTags.contains(tag) { return [] }
        if let reason = styleRules.hidingReason(node, index: index) {
            collectHiddenLinks(in: node, reason: reason, into: &body)
            return []
        }
        var children: [CleanNode] = []
        let linkCount = body.links.count
        var child = node.firstChild
        while let current = child {
            children += clean(current, into: &body)
            child = current.nextSibling
        }
        let name = Self.renamedTags[tag] ?? tag
        if name != "a", name != "img", name != "br", name != "hr" {
            if let short = CleanNode.shortPlainText(children, limit: PageChrome.maximumLength * 2),
                let kind = PageChrome.kind(ofCompactText: TextCleaning.withoutSpaces(short)),
                !children.contains(where: Self.hasImage)
            {
                body.removedChrome.append("\(kind) at \(ElementPath.describe(node))")
                body.links.removeSubrange(linkCount...)
                return []
            }
        }
        guard Self.keptTags.contains(name) else { return children }
        var attributes: [CleanAttribute] = []
        let allowed = Self.keptAttributes[name] ?? []
        if !allowed.isEmpty {
            for attribute in node.attributes {
                let key = attribute.name.lowercased()
                guard allowed.contains(key) else { continue }
                if key == "href" || key == "src" {
                    guard let resolved = safeAddress(attribute.value) else { continue }
                    attributes.append(CleanAttribute(name: key, value: resolved))
                } else {
                    attributes.append(CleanAttribute(name: key, value: attribute.value))
                }
            }
        }
        if name == "a" {
            // The kept `href` is already the safe, resolved address: resolve once.
            let kept = allowed.contains("href") ? attributes.first { $0.name == "href" }?.value : nil
            if let href = node.attribute("href"), let resolved = kept ?? safeAddress(href) {
                let text = TextCleaning.collapsed(children.map(\.plainText).joined())
                body.links.append(
                    SanitizedBody.Link(text: text, rawHref: href, href: resolved, title: node.attribute("title")))
            }
            // An anchor without a usable target is only its text.
            if !attributes.contains(where: { $0.name == "href" }) { return children }
        }
        if name == "img" && !attributes.contains(where: { $0.name == "src" }) { return [] }
        if (name == "p" || name == "div" || name == "span") && !children.contains(where: \.hasContent)
            && !children.contains(where: Self.hasBreak)
        {
            return []
        }
        return [.element(tag: name, attributes: attributes, children: children)]
    }

    private static func hasImage(_ node: CleanNode) -> Bool {
        guard case .element(let tag, _, let children) = node else { return false }
        return tag == "img" || children.contains(where: hasImage)
    }

    private static func hasBreak(_ node: CleanNode) -> Bool {
        if case .element("br", _, _) = node { return true }
        return false
    }

    private func collectHiddenLinks(in node: Node, reason: String, into body: inout SanitizedBody) {
        var stack = [node]
        while let current = stack.popLast() {
            if current.isElement, current.localName.lowercased() == "a", let href = current.attribute("href"),
                !TextCleaning.isBlank(href)
            {
                let target = URLReference.resolve(href, against: baseURL)
                body.hiddenLinks.append(
                    SanitizedBody.HiddenLink(href: target, reason: reason, element: ElementPath.describe(current)))
            }
            var children: [Node] = []
            var child = current.firstChild
            while let next = child {
                children.append(next)
                child = next.nextSibling
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    /// The address resolved against the page, or nil when its scheme is not allowed.
    private func safeAddress(_ raw: String) -> String? {
        let cleaned = URLReference.cleaned(raw)
        guard !cleaned.isEmpty else { return nil }
        let reference = URLReference(cleaned)
        if let scheme = reference.scheme, !Self.allowedSchemes.contains(scheme) { return nil }
        // `javascript :` with a space, or an entity-obscured scheme that survived parsing.
        let lowered = TextCleaning.withoutSpaces(cleaned).lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("data:") {
            return nil
        }
        return URLReference.resolve(cleaned, against: baseURL)
    }
}
