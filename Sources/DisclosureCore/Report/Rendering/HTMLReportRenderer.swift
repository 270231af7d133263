/// Renders a report as one self-contained HTML page: the official table layout with merged cells (rowspan/colspan),
/// the 勾稽关系 note in section 三's top-left cell, explicit zeros, every text escaped, an embedded screen and print
/// stylesheet (A4, 宋体), and no external resource of any kind.
public enum HTMLReportRenderer {
    /// The page, ending with a newline.
    public static func render(_ report: AnnualReport) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(report.title))</title>
            <style>
            \(stylesheet)</style>
            </head>
            <body>
            <article class="report" data-edition="\(escape(report.edition.rawValue))" data-year="\(report.year)">
            <h1>\(escape(report.title))</h1>

            """
        for block in ReportBlock.blocks(of: report) {
            switch block {
            case .heading(let heading): out += "<h2>\(escape(heading))</h2>\n"
            case .paragraph(let text): out += "<p>\(escape(text))</p>\n"
            case .proactiveTable: out += table(ReportCellFormatter.proactiveGrid(report), className: "proactive")
            case .requestTable: out += table(ReportCellFormatter.requestGrid(report), className: "requests")
            case .reviewLitigationTable:
                out += table(ReportCellFormatter.reviewLitigationGrid(report), className: "review-litigation")
            }
        }
        out += "</article>\n</body>\n</html>\n"
        return out
    }

    private static func table(_ grid: ReportGrid, className: String) -> String {
        var out = "<table class=\"\(className)\">\n"
        for (index, row) in grid.rows.enumerated() {
            if index == 0, grid.headerRowCount > 0 { out += "<thead>\n" }
            if index == grid.headerRowCount { out += "<tbody>\n" }
            out += "<tr>"
            for cell in row {
                let tag = cell.isHeader ? "th" : "td"
                out += "<\(tag)"
                if cell.rowSpan > 1 { out += " rowspan=\"\(cell.rowSpan)\"" }
                if cell.columnSpan > 1 { out += " colspan=\"\(cell.columnSpan)\"" }
                if cell.text == RequestTableRow.balanceNote { out += " class=\"note\"" }
                out += ">\(escape(cell.text))</\(tag)>"
            }
            out += "</tr>\n"
            if index == grid.headerRowCount - 1 { out += "</thead>\n" }
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// Escapes text for HTML element content and attribute values (see ``HTMLText/escape(_:)``).
    public static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// The embedded stylesheet: readable on screen, A4 with official-document margins in print.
    static let stylesheet = """
        body { margin: 0; background: #f4f4f4; color: #000; }
        .report { max-width: 56em; margin: 2em auto; padding: 2.5em 3em; background: #fff;
          font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.8; }
        h1 { font-size: 1.6em; text-align: center; margin: 0 0 1em; }
        h2 { font-size: 1.15em; margin: 1.4em 0 0.6em; }
        p { text-indent: 2em; margin: 0 0 0.6em; text-align: justify; }
        table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; font-size: 0.85em; line-height: 1.4; }
        th, td { border: 1px solid #000; padding: 0.3em 0.4em; vertical-align: middle; }
        th { font-weight: normal; text-align: center; }
        td { text-align: center; font-variant-numeric: tabular-nums; }
        table.requests tbody th, table.proactive th[colspan] { text-align: left; }
        th.note { font-size: 0.9em; text-align: left; }
        @page { size: A4; margin: 2.54cm 3.18cm; }
        @media print {
          body { background: #fff; }
          .report { margin: 0; padding: 0; max-width: none; font-size: 12pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          table { break-inside: avoid; page-break-inside: avoid; }
          tr { break-inside: avoid; page-break-inside: avoid; }
        }

        """
}
