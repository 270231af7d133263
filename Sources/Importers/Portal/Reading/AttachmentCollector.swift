import DisclosureCore
import LibXML

/// Collects an item's attachments (附件): links to office files, PDFs and archives, or TRS `P0…` files, in the body
/// and in the attachment areas CMSs print after it; the link text is the human file name.
struct AttachmentCollector {
    /// File extensions that make a link an attachment.
    static let extensions: Set<String> = [
        "doc", "docx", "xls", "xlsx", "pdf", "wps", "ofd", "zip", "rar", "7z", "ppt", "pptx", "et", "dps", "txt", "csv",
    ]
    /// Link texts that say "download" rather than naming the file.
    static let genericTexts: Set<String> = ["下载", "点击下载", "附件下载", "点此下载", "附件", "下载附件", "点击查看", "查看"]

    /// The hiding rules of the page.
    var styleRules: StyleRules
    /// The address links are resolved against, when known.
    var linkBase: String?

    /// Whether a link target is an attachment: a known extension, or a TRS `P0` file name with or without one.
    static func isAttachment(_ href: String) -> Bool {
        let last = URLReference.lastSegment(of: href)
        if let dot = last.lastIndex(of: "."), extensions.contains(last[last.index(after: dot)...].lowercased()) {
            return true
        }
        // Download scripts: `downfile.jsp?…&filename=1806121532456.xls`.
        for parameter in ["filename", "fileName", "file", "name"] {
            if let value = URLReference(href).query.flatMap({ query in
                query.byteSplit(separator: 0x26).first { $0.lowercased().hasPrefix(parameter.lowercased() + "=") }
            }), let dot = value.lastIndex(of: "."), extensions.contains(value[value.index(after: dot)...].lowercased())
            {
                return true
            }
        }
        let stem = last.byteSplit(separator: 0x2E).first.map(String.init) ?? last
        return stem.hasPrefix("P0") && stem.count >= 10 && stem.dropFirst(2).allSatisfy(\.isNumber)
    }

    /// The attachments among the body's links and in the areas outside it, without duplicates.
    func collect(body: SanitizedBody, areas: [Node]) -> [Attachment] {
        var result: [Attachment] = []
        var seen: Set<String> = []
        func add(text: String, href: String, title: String?) {
            guard Self.isAttachment(href), seen.insert(href).inserted else { return }
            result.append(Attachment(name: Self.name(text: text, title: title, href: href), url: href))
        }
        for link in body.links { add(text: link.text, href: link.href, title: link.title) }
        for area in areas {
            for anchor in visibleAnchors(in: area) {
                guard let raw = anchor.attribute("href") else { continue }
                let cleaned = URLReference.cleaned(raw)
                guard !cleaned.lowercased().hasPrefix("javascript:") else { continue }
                add(
                    text: VisibleText.of(anchor), href: URLReference.resolve(cleaned, against: linkBase),
                    title: anchor.attribute("title"))
            }
        }
        return result
    }

    /// The attachment areas outside a body container: elements named like one, and the next siblings of the
    /// container that mention 附件.
    static func areas(_ index: PageIndex, container: Node?) -> [Node] {
        var areas: [Node] = []
        for (token, nodes) in index.byClass
        where ["fujian", "attach", "xgfj", "appendix", "fj"].contains(where: { token.includes($0) }) {
            areas += nodes
        }
        for (id, nodes) in index.byID
        where ["fujian", "attach", "xgfj", "appendix"].contains(where: { id.includes($0) }) {
            areas += nodes
        }
        // What follows the body container (and its parent) up to the page furniture: `<p>附件：</p><p><a …>` runs.
        var anchor = container
        var level = 0
        while let current = anchor, level < 2 {
            var sibling = current.nextElementSibling
            var steps = 0
            while let node = sibling, steps < 8 {
                let text = TextCleaning.withoutSpaces(index.raw(node))
                if PageChrome.kind(ofCompactText: text) != nil || text.hasPrefix("上一") || text.hasPrefix("下一") { break }
                areas.append(node)
                sibling = node.nextElementSibling
                steps += 1
            }
            anchor = current.parent
            level += 1
        }
        if let container { areas.removeAll { index.isInside($0, container) } }
        return areas.sorted { index.order(of: $0) < index.order(of: $1) }
    }

    private func visibleAnchors(in area: Node) -> [Node] {
        var anchors: [Node] = []
        var stack = [area]
        while let node = stack.popLast() {
            guard node.isElement, styleRules.hidingReason(node) == nil,
                !BodySanitizer.droppedTags.contains(node.localName.lowercased())
            else { continue }
            if node.localName.lowercased() == "a", node.attribute("href") != nil { anchors.append(node) }
            stack.append(contentsOf: node.elementChildren.reversed())
        }
        return anchors
    }

    private static func name(text: String, title: String?, href: String) -> String {
        let trimmed = TextCleaning.collapsed(text)
        if !trimmed.isEmpty, !genericTexts.contains(TextCleaning.withoutSpaces(trimmed)) { return trimmed }
        if let title = title.map({ TextCleaning.collapsed($0) }), !title.isEmpty { return title }
        return URLReference.lastSegment(of: href)
    }
}
