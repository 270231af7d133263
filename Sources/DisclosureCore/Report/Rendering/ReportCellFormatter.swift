/// How cells and tables of a report are printed: figures, signed changes, amounts in a column's stated unit, and the
/// official grids of sections 二, 三 and 四.
public enum ReportCellFormatter {
    /// The text of a cell in a column of a kind: `增15`/`减4` for changes, the value alone for amounts in a column
    /// whose header states the unit (converted to it), `—` for a cell not filled.
    public static func text(_ cell: ReportCell, kind: ProactiveTableLayout.ColumnKind = .count) -> String {
        switch (cell, kind) {
        case (.notFilled, _): return "—"
        case (.number(let value), .change): return value > 0 ? "增\(value)" : value < 0 ? "减\(-value)" : "0"
        case (.number(let value), _): return String(value)
        case (.amount(let amount), .amount(let unit?)): return amount.converted(to: unit).valueText
        case (.amount(let amount), _): return amount.description
        }
    }

    // MARK: - The official grids

    /// Section 二: each part as a title row, a header row and its rows; a part with fewer columns than the widest
    /// stretches its last column.
    public static func proactiveGrid(_ report: AnnualReport) -> ReportGrid {
        let layout = report.proactiveLayout
        let width = layout.dataColumnCount + 1
        var rows: [[ReportGrid.Cell]] = []
        for part in layout.parts {
            rows.append([ReportGrid.Cell(part.title, columnSpan: width, isHeader: true)])
            var header = [ReportGrid.Cell(ProactiveTableLayout.contentColumnLabel, isHeader: true)]
            for (index, column) in part.columns.enumerated() {
                let span = index == part.columns.count - 1 ? width - part.columns.count : 1
                header.append(ReportGrid.Cell(column.label, columnSpan: span, isHeader: true))
            }
            rows.append(header)
            for row in part.rows {
                var cells = [ReportGrid.Cell(row, isHeader: true)]
                for (index, column) in part.columns.enumerated() {
                    let span = index == part.columns.count - 1 ? width - part.columns.count : 1
                    cells.append(
                        ReportGrid.Cell(text(report.proactive[row, column.label], kind: column.kind), columnSpan: span))
                }
                rows.append(cells)
            }
        }
        return ReportGrid(columnCount: width, headerRowCount: 0, rows: rows)
    }

    /// Section 三: the 勾稽关系 note top left over three label columns, 申请人情况 over the seven data columns, the
    /// outcome rows under a row-spanning `三、本年度办理结果` and their groups in row-spanning cells.
    public static func requestGrid(_ report: AnnualReport) -> ReportGrid {
        let columns = RequestTableEdition.columnKeys
        var rows: [[ReportGrid.Cell]] = [
            [
                ReportGrid.Cell(RequestTableRow.balanceNote, rowSpan: 3, columnSpan: 3, isHeader: true),
                ReportGrid.Cell(RequestTableRow.applicantsLabel, columnSpan: 7, isHeader: true),
            ],
            [
                ReportGrid.Cell(ApplicantType.naturalPerson.label, rowSpan: 2, isHeader: true),
                ReportGrid.Cell(RequestTableRow.organisationsLabel, columnSpan: 5, isHeader: true),
                ReportGrid.Cell(RequestTableRow.totalColumnLabel, rowSpan: 2, isHeader: true),
            ],
            ApplicantType.allCases.dropFirst().map { ReportGrid.Cell($0.label, isHeader: true) },
        ]
        let tableRows = report.requestRows
        let sectionSize = tableRows.filter { $0.section != nil }.count
        var sectionStarted = false
        var groupsStarted: Set<String> = []
        for row in tableRows {
            var cells: [ReportGrid.Cell] = []
            if let section = row.section {
                if !sectionStarted {
                    cells.append(ReportGrid.Cell(section, rowSpan: sectionSize, isHeader: true))
                    sectionStarted = true
                }
                if let group = row.group {
                    if groupsStarted.insert(group).inserted {
                        let size = tableRows.filter { $0.group == group }.count
                        cells.append(ReportGrid.Cell(group, rowSpan: size, isHeader: true))
                    }
                    cells.append(ReportGrid.Cell(row.label, isHeader: true))
                } else {
                    cells.append(ReportGrid.Cell(row.label, columnSpan: 2, isHeader: true))
                }
            } else {
                cells.append(ReportGrid.Cell(row.label, columnSpan: 3, isHeader: true))
            }
            cells += columns.map { ReportGrid.Cell(text(report.requests[row.key, $0])) }
            rows.append(cells)
        }
        return ReportGrid(columnCount: 10, headerRowCount: 3, rows: rows)
    }

    /// Section 四: 行政复议 and 行政诉讼 over their groups, the five result columns of each, one row of 15 figures.
    public static func reviewLitigationGrid(_ report: AnnualReport) -> ReportGrid {
        let results = ReviewLitigationColumn.allCases
        let litigation = [ReviewLitigationGroup.litigationDirect, .litigationAfterReview]
        var figures: [ReportGrid.Cell] = []
        for group in ReviewLitigationGroup.allCases {
            figures += results.map { ReportGrid.Cell(text(report.reviewLitigation[group.rawValue, $0.rawValue])) }
        }
        let rows: [[ReportGrid.Cell]] = [
            [
                ReportGrid.Cell(ReviewLitigationGroup.review.label, columnSpan: 5, isHeader: true),
                ReportGrid.Cell(reviewLitigationLabel, columnSpan: 10, isHeader: true),
            ],
            results.map { ReportGrid.Cell($0.label, rowSpan: 2, isHeader: true) }
                + litigation.map { ReportGrid.Cell($0.label, columnSpan: 5, isHeader: true) },
            litigation.flatMap { _ in results.map { ReportGrid.Cell($0.label, isHeader: true) } },
            figures,
        ]
        return ReportGrid(columnCount: 15, headerRowCount: 3, rows: rows)
    }

    /// 行政诉讼 — the label over the two litigation groups.
    public static let reviewLitigationLabel = "行政诉讼"
}
