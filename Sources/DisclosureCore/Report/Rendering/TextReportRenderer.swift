/// Renders a report as plain text: the title, headings and paragraphs, and each table row as one line of
/// `label：column value，column value…`.
public enum TextReportRenderer {
    /// The text, ending with a newline.
    public static func render(_ report: AnnualReport) -> String {
        var out = report.title + "\n"
        for block in ReportBlock.blocks(of: report) {
            out += "\n"
            switch block {
            case .heading(let heading): out += heading + "\n"
            case .paragraph(let text): out += text + "\n"
            case .proactiveTable:
                out += report.proactiveLayout.parts.map { part in
                    part.title + "\n"
                        + part.rows.map { row in
                            row + "："
                                + part.columns.map {
                                    "\($0.label) "
                                        + ReportCellFormatter.text(report.proactive[row, $0.label], kind: $0.kind)
                                }.joined(separator: "，") + "\n"
                        }.joined()
                }.joined()
            case .requestTable:
                out += RequestTableRow.balanceNote + "\n"
                for row in report.requestRows {
                    out += row.fullLabel + "："
                    out +=
                        RequestTableEdition.columnKeys.map {
                            "\(RequestTableRow.columnLabel($0)) \(ReportCellFormatter.text(report.requests[row.key, $0]))"
                        }.joined(separator: "，") + "\n"
                }
            case .reviewLitigationTable:
                for group in ReviewLitigationGroup.allCases {
                    out +=
                        (group == .review ? group.label : "\(ReportCellFormatter.reviewLitigationLabel) \(group.label)")
                    out += "："
                    out +=
                        ReviewLitigationColumn.allCases.map {
                            "\($0.label) \(ReportCellFormatter.text(report.reviewLitigation[group.rawValue, $0.rawValue]))"
                        }.joined(separator: "，") + "\n"
                }
            }
        }
        return out
    }
}
