import DisclosureCore
import ImportKit
import LibXML

/// Reads a column list page: its linked items with full titles and dates, its column name and its pagination.
struct ListPageReader {
    /// The year for `06-12` dates.
    var contextYear: Int?
    /// The address links are resolved against, when known.
    var linkBase: String?
    /// The page's address, when known.
    var pageURL: String?
    /// The source path (for the current page number when the address is unknown).
    var sourcePath: String

    /// The listing and the diagnostics about it.
    func read(_ page: ParsedPage, column: String?, file: String) -> (ColumnListing, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let rows = Self.rows(page)
        let parser = LegacyDateParser(contextYear: contextYear)
        var links: [ColumnListing.Link] = []
        var undated = 0
        for row in rows.rows {
            let text = rows.index?.text(row.anchor) ?? VisibleText.of(row.anchor)
            let titleAttribute = row.anchor.attribute("title").map { TextCleaning.collapsed($0) } ?? ""
            let title = titleAttribute.isEmpty ? text : titleAttribute
            if titleAttribute.isEmpty, TextCleaning.looksTruncated(text) {
                diagnostics.append(
                    Diagnostic(
                        .info, code: "portal.list-title-truncated",
                        message: "the link text '\(text)' is cut short and has no title attribute", file: file,
                        element: ElementPath.describe(row.anchor), field: "title"))
            }
            let rawHref = row.anchor.attribute("href") ?? ""
            let href = URLReference.resolve(rawHref, against: linkBase)
            // A month-and-day date takes its year from the link's own address (`/a/2017/1228/95.html`) first.
            let linkDate = LegacyAddress(href).date
            let rowParser = linkDate.map { LegacyDateParser(contextYear: $0.date.year) } ?? parser
            let date = (try? rowParser.parse(row.dateText)) ?? rowParser.firstDate(in: row.dateText)?.value

            if date == nil { undated += 1 }
            links.append(ColumnListing.Link(title: title, url: href, date: date))
        }
        if undated > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "portal.list-date-without-year",
                    message: "\(undated) list dates have no year and no context year was given", file: file,
                    field: "publishedAt"))
        }
        let visible = page.index.elements("body").first.map { page.index.text($0) } ?? ""
        let pagination = PaginationReader(pageURL: pageURL, selfReference: pageURL ?? sourcePath)
            .read(page.index, visibleText: visible, datastore: page.datastore)
        return (ColumnListing(column: column, links: links, pagination: pagination), diagnostics)
    }

    /// Headings that name a sidebar or a block, not the column.
    static let genericHeadings: Set<String> = [
        "栏目导航", "相关链接", "热点信息", "最新信息", "友情链接", "当前位置", "信息公开", "网站导航", "导航", "热门文章", "推荐阅读",
    ]

    /// The column heading printed just before the list (`<div class="r_title"><span>通知公告</span></div>`): the
    /// nearest short element named like a title that precedes the first row.
    static func heading(_ page: ParsedPage) -> String? {
        let rows = page.directListRows.rows
        let store = page.datastore
        // For Hanweb the rows live in a script: the script holding the datastore marks where the list is.
        let listStart: Int
        if let first = rows.first {
            listStart = page.index.order(of: first.row)
        } else if store != nil,
            let script = page.index.elements("script").first(where: { $0.text.includes("<datastore") })
        {
            listStart = page.index.order(of: script)
        } else {
            return nil
        }
        var best: (order: Int, text: String)?
        for (token, nodes) in page.index.byClass where token.includes("title") || token.hasPrefix("lm") {
            for node in nodes {
                let order = page.index.order(of: node)
                guard order < listStart, best == nil || order > best!.order else { continue }
                let text = page.index.text(node)
                guard (2...12).contains(text.count), !genericHeadings.contains(text) else { continue }
                best = (order, text)
            }
        }
        return best?.text
    }

    /// The dated rows of a page, looking inside Hanweb `<record>` CDATA blocks too.
    static func rows(_ page: ParsedPage) -> ListRows {
        page.listRows
    }

    /// Finds the rows for ``rows(_:)``; ``ParsedPage`` keeps the result.
    static func readRows(_ page: ParsedPage) -> ListRows {
        let direct = page.directListRows
        guard let store = page.datastore, !store.records.isEmpty else { return direct }
        // The records are markup inside CDATA: parse them once as a fragment.
        let markup = store.records.joined(separator: "\n")
        guard markup.includes("<a"),
            let fragment = try? Document.html(
                Array(("<html><body><ul>" + markup + "</ul></body></html>").utf8), encoding: "UTF-8")
        else { return direct }
        let inner = ListRows((try? fragment.xpath("//a")) ?? [], index: nil)
        return inner.rows.count > direct.rows.count ? inner : direct
    }
}
