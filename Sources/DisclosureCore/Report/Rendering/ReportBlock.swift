/// One block of a report in printed order, after the title: every renderer walks the same list.
public enum ReportBlock: Hashable, Sendable {
    /// A section heading, e.g. `一、总体情况`.
    case heading(String)
    /// A paragraph of prose.
    case paragraph(String)
    /// The table of section 二.
    case proactiveTable
    /// The table of section 三 (with its 勾稽关系 note).
    case requestTable
    /// The table of section 四.
    case reviewLitigationTable

    /// The blocks of a report: the opening paragraphs, then the narrative sections; in the tabular editions the
    /// headings and tables of sections 二 to 四 come after 一、总体情况. A section without paragraphs prints `无。`.
    public static func blocks(of report: AnnualReport) -> [ReportBlock] {
        var blocks: [ReportBlock] = report.opening?.paragraphs.map(ReportBlock.paragraph) ?? []
        let sections = report.narrative.filter { !$0.heading.isEmpty }
        for (index, section) in sections.enumerated() {
            blocks.append(.heading(section.heading))
            blocks += (section.paragraphs.isEmpty ? ["无。"] : section.paragraphs).map(ReportBlock.paragraph)
            if index == 0, report.edition.isTabular {
                let headings = report.edition.tableHeadings
                blocks += [
                    .heading(headings[0]), .proactiveTable, .heading(headings[1]), .requestTable,
                    .heading(headings[2]), .reviewLitigationTable,
                ]
            }
        }
        return blocks
    }
}
