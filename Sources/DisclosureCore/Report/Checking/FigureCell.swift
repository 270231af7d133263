/// Where a figure quoted in the prose lives in the tables, so rule 6 can compare the two.
struct FigureCell: Hashable, Sendable {
    /// `proactive`, `requests` or `reviewLitigation`.
    var table: String
    /// The row key or label.
    var row: String
    /// The column key or label.
    var column: String

    /// The cell a figure name refers to in a report of an edition, if any.
    ///
    /// - `requests.<row>.<column>` (the row key may contain dots: the column is the last segment);
    /// - `reviewLitigation.<group>.<column>`;
    /// - `table2.<row label>.<column label>` (section 二 by its labels);
    /// - `proactive.total`, `proactive.normativeDocuments`, `proactive.policyInterpretations`, `proactive.others`
    ///   (the narrative report's rows; in the 2019 edition `proactive.normativeDocuments` is 规范性文件 本年新公开数量);
    /// - `normative.made`, `normative.repealed`, `normative.inForce` (the 规范性文件 row of section 二).
    static func forFigure(_ name: String, edition: ReportEdition) -> FigureCell? {
        func splitLast(_ rest: Substring) -> (String, String)? {
            guard let dot = rest.lastIndex(of: "."), dot != rest.startIndex else { return nil }
            return (String(rest[..<dot]), String(rest[rest.index(after: dot)...]))
        }
        if name.hasPrefix("requests.") {
            guard let (row, column) = splitLast(name.dropFirst("requests.".count)) else { return nil }
            return FigureCell(table: "requests", row: row, column: column)
        }
        if name.hasPrefix("reviewLitigation.") {
            guard let (row, column) = splitLast(name.dropFirst("reviewLitigation.".count)) else { return nil }
            return FigureCell(table: "reviewLitigation", row: row, column: column)
        }
        if name.hasPrefix("table2.") {
            let rest = name.dropFirst("table2.".count)
            guard let dot = rest.firstIndex(of: ".") else { return nil }
            return FigureCell(
                table: "proactive", row: String(rest[..<dot]), column: String(rest[rest.index(after: dot)...]))
        }
        typealias L = ProactiveTableLayout
        switch (edition, name) {
        case (.narrative2018, "proactive.total"):
            return FigureCell(table: "proactive", row: L.proactiveTotal, column: L.publishedCount)
        case (.narrative2018, "proactive.normativeDocuments"):
            return FigureCell(table: "proactive", row: L.normativeDocuments2019, column: L.publishedCount)
        case (.narrative2018, "proactive.policyInterpretations"):
            return FigureCell(table: "proactive", row: L.policyInterpretations, column: L.publishedCount)
        case (.narrative2018, "proactive.others"):
            return FigureCell(table: "proactive", row: L.otherItems, column: L.publishedCount)
        case (.edition2019, "proactive.normativeDocuments"):
            return FigureCell(table: "proactive", row: L.normativeDocuments2019, column: L.newlyPublished)
        case (.edition2019, "normative.made"):
            return FigureCell(table: "proactive", row: L.normativeDocuments2019, column: L.newlyMade)
        case (.edition2021, "normative.made"):
            return FigureCell(table: "proactive", row: L.normativeDocuments2021, column: L.madeThisYear)
        case (.edition2021, "normative.repealed"):
            return FigureCell(table: "proactive", row: L.normativeDocuments2021, column: L.repealedThisYear)
        case (.edition2021, "normative.inForce"):
            return FigureCell(table: "proactive", row: L.normativeDocuments2021, column: L.inForce)
        default:
            return nil
        }
    }
}
