import Foundation

/// Renders a report as Markdown: `#` title, `##` sections, pipe tables (merged cells written out in full labels).
public enum MarkdownReportRenderer {
    /// The Markdown text, ending with a newline.
    public static func render(_ report: AnnualReport) -> String {
        var out = "# \(escape(report.title))\n"
        for block in ReportBlock.blocks(of: report) {
            out += "\n"
            switch block {
            case .heading(let heading): out += "## \(escape(heading))\n"
            case .paragraph(let text): out += escape(text) + "\n"
            case .proactiveTable: out += proactive(report)
            case .requestTable: out += requests(report)
            case .reviewLitigationTable: out += reviewLitigation(report)
            }
        }
        return out
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    private static func proactive(_ report: AnnualReport) -> String {
        var out = ""
        for (index, part) in report.proactiveLayout.parts.enumerated() {
            if index > 0 { out += "\n" }
            out += "### \(escape(part.title))\n\n"
            let rows = part.rows.map { row in
                [row] + part.columns.map { ReportCellFormatter.text(report.proactive[row, $0.label], kind: $0.kind) }
            }
            out += table([ProactiveTableLayout.contentColumnLabel] + part.columns.map(\.label), rows)
        }
        return out
    }

    private static func requests(_ report: AnnualReport) -> String {
        let columns = RequestTableEdition.columnKeys
        let header =
            ["项目"]
            + ApplicantType.allCases.enumerated().map { index, type in
                index == 0 ? type.label : "\(RequestTableRow.organisationsLabel)·\(type.label)"
            } + [RequestTableRow.totalColumnLabel]
        let rows = report.requestRows.map { row in
            [row.fullLabel] + columns.map { ReportCellFormatter.text(report.requests[row.key, $0]) }
        }
        return "\(escape(RequestTableRow.balanceNote))\n\n" + table(header, rows)
    }

    private static func reviewLitigation(_ report: AnnualReport) -> String {
        let rows = ReviewLitigationGroup.allCases.map { group in
            [group == .review ? group.label : "\(ReportCellFormatter.reviewLitigationLabel)·\(group.label)"]
                + ReviewLitigationColumn.allCases.map {
                    ReportCellFormatter.text(report.reviewLitigation[group.rawValue, $0.rawValue])
                }
        }
        return table(["类别"] + ReviewLitigationColumn.allCases.map(\.label), rows)
    }

    /// Escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for (index, character) in text.enumerated() {
            if "\\`*_[]<>|".contains(character) || (index == 0 && "#+-".contains(character)) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: " ")
    }
}
