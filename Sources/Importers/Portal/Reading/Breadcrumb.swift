import DisclosureCore
import Foundation
import LibXML

/// The breadcrumb of a page (`当前位置：首页 > 信息公开 > 通知公告`) and the column it names.
struct Breadcrumb {
    /// The breadcrumb text without its `当前位置：` label, white space folded.
    var text: String
    /// The last segment that names a column (not `首页`, not `正文`), when there is one.
    var column: String?
    /// Where it was found.
    var element: String

    /// Labels that open a breadcrumb.
    static let labels = ["当前位置", "您现在的位置", "您的位置", "所在位置", "现在位置", "您当前的位置", "当前的位置", "位置"]
    /// Class or id fragments of breadcrumb containers.
    static let containerHints = [
        "position", "crumb", "location", "dqwz", "weizhi", "curpos", "current", "path", "daohang",
    ]
    /// First segments that name the home page.
    static let homeSegments: Set<String> = ["首页", "网站首页", "主页", "返回首页", "home", "Home", "首 页"]

    /// Finds the breadcrumb: a profile selector, a container named like one, or an element opening with a label.
    static func find(_ index: PageIndex, selector: String?, matcher: MemoizedColumnMatcher?) -> Breadcrumb? {
        if let selector, let node = try? index.document.first(selector) {
            return make(index.text(node), node: node, element: selector, matcher: matcher, index: index)
        }
        let classes = index.byClass.sorted(by: { $0.key < $1.key })
        let ids = index.byID.sorted(by: { $0.key < $1.key })
        for hint in containerHints {
            for (token, nodes) in classes where token.includes(hint) {
                for node in nodes {
                    let text = index.text(node)
                    if looksLikeBreadcrumb(text),
                        let crumb = make(
                            text, node: node, element: ElementPath.describe(node), matcher: matcher, index: index)
                    {
                        return crumb
                    }
                }
            }
            for (id, nodes) in ids where id.includes(hint) {
                for node in nodes {
                    let text = index.text(node)
                    if looksLikeBreadcrumb(text),
                        let crumb = make(
                            text, node: node, element: ElementPath.describe(node), matcher: matcher, index: index)
                    {
                        return crumb
                    }
                }
            }
        }
        for tag in ["div", "td", "span", "p", "li"] {
            for node in index.elements(tag) where index.rawLength(node) <= 800 {
                let text = index.text(node)
                guard TextCleaning.hasAtMost(200, characters: text), labels.contains(where: { text.hasBytePrefix($0) })
                else {
                    continue
                }
                if let crumb = make(
                    text, node: node, element: ElementPath.describe(node), matcher: matcher, index: index)
                {
                    return crumb
                }
            }
        }
        return nil
    }

    private static func looksLikeBreadcrumb(_ text: String) -> Bool {
        guard !text.isEmpty, TextCleaning.hasAtMost(200, characters: text) else { return false }
        return labels.contains { text.hasBytePrefix($0) } || text.includes(">") || text.includes("＞")
            || text.includes("»")
            || text.includes("→")
    }

    private static func make(
        _ raw: String, node: Node, element: @autoclosure () -> String, matcher: MemoizedColumnMatcher?, index: PageIndex
    ) -> Breadcrumb? {
        var text = TextCleaning.collapsed(raw)
        for label in labels where text.hasBytePrefix(label) {
            text = String(text[text.utf8.index(text.startIndex, offsetBy: label.utf8.count)...])
            while let first = text.first, first == "：" || first == ":" || first == " " { text.removeFirst() }
            break
        }
        guard !text.isEmpty else { return nil }
        let mapping = matcher?.mapping ?? ColumnMapping()
        var segments = [text]
        for separator in mapping.breadcrumbSeparators
        where !separator.isEmpty && separator != "-" && separator != ":" && text.includes(separator) {
            segments = segments.flatMap { $0.byteComponents(separatedBy: separator) }
        }
        segments = segments.map { TextCleaning.trimmed($0) }.filter { !$0.isEmpty }
        let ignored = Set(mapping.ignoredTrailingSegments)
        while let last = segments.last, ignored.contains(TextCleaning.withoutSpaces(last)) { segments.removeLast() }
        if let first = segments.first,
            homeSegments.contains(first) || homeSegments.contains(TextCleaning.withoutSpaces(first))
        {
            segments.removeFirst()
        }
        // A last crumb that only filters the column before it (`…list.dhtml` then `…list.dhtml?cate=5`) is not a column.
        let anchors = (index.elements("a", inside: node) ?? (try? node.xpath(".//a")) ?? []).compactMap {
            $0.attribute("href")
        }
        if segments.count >= 2, anchors.count >= 2, let last = anchors.last, let question = last.firstIndex(of: "?") {
            let path = last[..<question]
            if anchors.dropLast().contains(where: { $0 == path }) { segments.removeLast() }
        }
        return Breadcrumb(text: segments.joined(separator: " > "), column: segments.last, element: element())
    }
}
