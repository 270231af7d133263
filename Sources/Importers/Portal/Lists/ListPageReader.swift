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
            let text = VisibleText.of(row.anchor)
            let titleAttribute = row.anchor.attribute("title").map { TextCleaning.collapsed($0) } ?? ""
            let title = titleAttribute.isEmpty ? text : titleAttribute
            if titleAttribute.isEmpty, TextCleaning.looksTruncated(text) {
                diagnostics.append(
                    Diagnostic(
                        .info, code: "portal.list-title-truncated",
                        message: "the link text '\(text)' is cut short and has no title attribute", file: file,
                        element: ElementPath.describe(row.anchor), field: "title"))
            }
            let href = URLReference.resolve(row.anchor.attribute("href") ?? "", against: linkBase)
            let date = (try? parser.parse(row.dateText)) ?? parser.firstDate(in: row.dateText)?.value
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
        let visible = page.index.elements("body").first.map { VisibleText.of($0) } ?? ""
        let pagination = PaginationReader(pageURL: pageURL, selfReference: pageURL ?? sourcePath)
            .read(page.index, visibleText: visible)
        return (ColumnListing(column: column, links: links, pagination: pagination), diagnostics)
    }

    /// The dated rows of a page, looking inside Hanweb `<record>` CDATA blocks too.
    static func rows(_ page: ParsedPage) -> ListRows {
        let direct = ListRows(page.index.elements("a"))
        let records = page.index.elements("record")
        guard !records.isEmpty else { return direct }
        // libxml2's HTML parser keeps the CDATA markup as text: parse it once as a fragment.
        let markup = records.map(\.text).joined(separator: "\n")
        guard markup.contains("<a"),
            let fragment = try? Document.html(Array(("<html><body><ul>" + markup + "</ul></body></html>").utf8), encoding: "UTF-8")
        else { return direct }
        let inner = ListRows((try? fragment.xpath("//a")) ?? [])
        return inner.rows.count > direct.rows.count ? inner : direct
    }
}
