/// Builds an annual report for a body and a year from the archive and the year's registers.
///
/// Inputs: the items (the whole archive: section 二 counts documents in force across years), the catalogue, the
/// request statistics (section 三; converted to the edition's rows), the review and litigation cases (section 四),
/// the figures the archive cannot give (``SuppliedFigures``) and the user's ``NarrativeTemplate``. Counting rules
/// are those of ``ProactiveCounts``.
///
/// Placeholders the template can use:
/// - text: `body`, `year`, `item.<id>.title`, `item.<id>.writtenAt`, `item.<id>.publishedAt` (dates as
///   `2018年1月16日`; 主动公开 items only);
/// - `proactive.total`, `proactive.normativeDocuments`, `proactive.policyInterpretations`, `proactive.others`;
///   `proactive.category.<category id>` (a node with its subtree), `proactive.keyArea.<key area>`;
/// - `normative.made`, `normative.published`, `normative.totalPublished`, `normative.inForce`,
///   `normative.repealed` (规范性文件 for section 二);
/// - `requests.<row key>.<column key>` (every cell of section 三, e.g. `requests.newReceived.total`);
/// - `reviewLitigation.<group>.<column>` (e.g. `reviewLitigation.review.total`);
/// - `table2.<row label>.<column label>` (every cell of section 二 in the tabular editions);
/// - `fees.informationProcessing` (信息处理费 collected; `0元` unless supplied).
public struct ReportBuilder: Sendable {
    /// The reporting body, e.g. `勐海县教育局`.
    public var body: String
    /// The year reported on.
    public var year: Int
    /// The edition to write.
    public var edition: ReportEdition
    /// The catalogue items are counted against.
    public var catalogue: Catalogue
    /// Whether items with no 公开属性 count as 主动公开 (off by default; see ``ProactiveCounts``).
    public var countsUnknownAttribute: Bool

    /// Creates a builder; the edition defaults to the one in force for the year.
    public init(
        body: String, year: Int, edition: ReportEdition? = nil, catalogue: Catalogue = .countyEducationBureau,
        countsUnknownAttribute: Bool = false
    ) {
        self.body = body
        self.year = year
        self.edition = edition ?? .forYear(year)
        self.catalogue = catalogue
        self.countsUnknownAttribute = countsUnknownAttribute
    }

    /// Builds the report; throws when the template names an unknown placeholder or heading.
    public func build(
        items: [DisclosureItem], requests: RequestStatistics, reviewLitigation cases: [ReviewLitigationCase] = [],
        supplied: SuppliedFigures = SuppliedFigures(), template: NarrativeTemplate, previous: AnnualReport? = nil
    ) throws(NarrativeTemplateError) -> ReportBuild {
        let counts = ProactiveCounts(
            items: items, year: year, catalogue: catalogue, countsUnknownAttribute: countsUnknownAttribute)
        var diagnostics = counts.diagnostics
        var report = AnnualReport(body: body, year: year, edition: edition)
        let repealed = repealedNormativeDocuments(counts, supplied, previous, &diagnostics)
        report.proactive = proactiveTable(counts, supplied, repealed: repealed)
        report.requests = requestTable(requests, &diagnostics)
        report.reviewLitigation = reviewLitigationTable(cases)

        var values = templateValues(report: report, counts: counts, items: items, supplied: supplied)
        values["normative.repealed"] = .figure(.number(repealed))
        let filled = try template.render(edition: edition, values: values)
        if let title = filled.title { report.title = title }
        report.narrative = filled.sections
        report.figures = filled.figures
        report.findings = ReportConsistency(previous: previous).findings(in: report)
        return ReportBuild(report: report, diagnostics: diagnostics)
    }

    // MARK: - Section 二

    private func repealedNormativeDocuments(
        _ counts: ProactiveCounts, _ supplied: SuppliedFigures, _ previous: AnnualReport?,
        _ diagnostics: inout [Diagnostic]
    ) -> Int {
        if let value = supplied.normativeDocumentsRepealed { return value }
        typealias L = ProactiveTableLayout
        if let previous, previous.year == year - 1, previous.edition == .edition2021,
            let before = previous.proactive[L.normativeDocuments2021, L.inForce].number
        {
            let derived = max(0, before + counts.normative.made - counts.normative.inForce)
            diagnostics.append(
                Diagnostic(
                    .info, code: "report.repealed-derived",
                    message: "本年废止件数 \(derived) worked out from \(previous.year)'s 现行有效件数 \(before) + "
                        + "本年制发件数 \(counts.normative.made) − 现行有效件数 \(counts.normative.inForce)",
                    field: "normativeDocumentsRepealed"))
            return derived
        }
        if edition == .edition2021 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "report.repealed-unknown",
                    message: "items carry no repeal date: 本年废止件数 is written as 0; supply "
                        + "normativeDocumentsRepealed or last year's report", field: "normativeDocumentsRepealed"))
        }
        return 0
    }

    private func proactiveTable(_ counts: ProactiveCounts, _ supplied: SuppliedFigures, repealed: Int) -> ReportTable {
        typealias L = ProactiveTableLayout
        let layout = ProactiveTableLayout.forEdition(edition)
        var table = ReportTable()
        for part in layout.parts {
            for row in part.rows {
                for column in part.columns {
                    switch column.kind {
                    case .amount(let unit): table[row, column.label] = .amount(Amount.zero(in: unit ?? .yuan))
                    case .count, .change: table[row, column.label] = .number(0)
                    }
                }
            }
        }
        func matter(_ row: String, _ figures: SuppliedFigures.Matter?, decisions column: String) {
            guard let figures else { return }
            if let value = figures.previousCount, edition == .edition2019 {
                table[row, L.previousYearCount] = .number(value)
            }
            if let value = figures.change, edition == .edition2019 { table[row, L.change] = .number(value) }
            if let value = figures.decisions, layout.column(column, inRow: row) != nil {
                table[row, column] = .number(value)
            }
        }
        switch edition {
        case .narrative2018:
            table[L.proactiveTotal, L.publishedCount] = .number(counts.total)
            table[L.normativeDocuments2019, L.publishedCount] = .number(counts.normativeDocuments)
            table[L.policyInterpretations, L.publishedCount] = .number(counts.policyInterpretations)
            table[L.otherItems, L.publishedCount] = .number(counts.others)
            for category in catalogue.categories where category.keyArea != nil {
                table[category.name, L.publishedCount] = .number(counts.count(in: category.id))
            }
        case .edition2021:
            table[L.rules, L.madeThisYear] = .number(counts.rules.made)
            table[L.rules, L.repealedThisYear] = .number(supplied.rulesRepealed ?? 0)
            table[L.rules, L.inForce] = .number(counts.rules.inForce)
            table[L.normativeDocuments2021, L.madeThisYear] = .number(counts.normative.made)
            table[L.normativeDocuments2021, L.repealedThisYear] = .number(repealed)
            table[L.normativeDocuments2021, L.inForce] = .number(counts.normative.inForce)
            matter(L.licensing, supplied.licensing, decisions: L.decisionsThisYear)
            matter(L.penalties, supplied.penalties, decisions: L.decisionsThisYear)
            matter(L.coercion, supplied.coercion, decisions: L.decisionsThisYear)
            if let amount = supplied.fees?.amount {
                table[L.fees, L.feeAmountThisYear] = .amount(amount.converted(to: .tenThousandYuan))
            }
        case .edition2019:
            for (row, figures) in [(L.rules, counts.rules), (L.normativeDocuments2019, counts.normative)] {
                table[row, L.newlyMade] = .number(figures.made)
                table[row, L.newlyPublished] = .number(figures.published)
                table[row, L.totalPublished] = .number(figures.publishedByYearEnd)
            }
            matter(L.licensing, supplied.licensing, decisions: L.decisions)
            matter(L.otherServices, supplied.otherServices, decisions: L.decisions)
            matter(L.penalties, supplied.penalties, decisions: L.decisions)
            matter(L.coercion, supplied.coercion, decisions: L.decisions)
            matter(L.fees, supplied.fees, decisions: L.decisions)
            if let projects = supplied.procurement?.projects {
                table[L.procurement, L.procurementProjects] = .number(projects)
            }
            if let amount = supplied.procurement?.amount { table[L.procurement, L.procurementAmount] = .amount(amount) }
        }
        return table
    }

    // MARK: - Sections 三 and 四

    private func requestTable(_ statistics: RequestStatistics, _ diagnostics: inout [Diagnostic]) -> ReportTable {
        let tableEdition = edition.requestTableEdition
        var table = ReportTable.zeros(rows: tableEdition.rowKeys, columns: RequestTableEdition.columnKeys)
        if statistics.year != year {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "report.statistics-year",
                    message: "the request statistics are for \(statistics.year), the report for \(year)",
                    field: "requests"))
        }
        for (row, columns) in statistics.table.sorted(by: { $0.key < $1.key }) {
            let target = RequestOutcome(rawValue: row)?.tableRow(in: tableEdition) ?? row
            guard tableEdition.rowKeys.contains(target) else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: "report.statistics-row-unknown",
                        message: "the request statistics have a row \"\(row)\" that the table lacks; not counted",
                        field: "requests"))
                continue
            }
            for (column, count) in columns.sorted(by: { $0.key < $1.key }) {
                guard RequestTableEdition.columnKeys.contains(column) else {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: "report.statistics-column-unknown",
                            message: "the request statistics have a column \"\(column)\" that the table lacks",
                            field: "requests"))
                    continue
                }
                table[target, column] = .number((table[target, column].number ?? 0) + count)
            }
        }
        return table
    }

    private func reviewLitigationTable(_ cases: [ReviewLitigationCase]) -> ReportTable {
        var table = ReportTable.zeros(
            rows: ReviewLitigationGroup.allCases.map(\.rawValue),
            columns: ReviewLitigationColumn.allCases.map(\.rawValue))
        for record in cases {
            guard let column = record.column(in: year) else { continue }
            for key in [column.rawValue, ReviewLitigationColumn.total.rawValue] {
                table[record.proceeding.rawValue, key] = .number(
                    (table[record.proceeding.rawValue, key].number ?? 0) + 1)
            }
        }
        return table
    }

    // MARK: - Placeholders

    private func templateValues(
        report: AnnualReport, counts: ProactiveCounts, items: [DisclosureItem], supplied: SuppliedFigures
    ) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [
            "body": .text(body),
            "year": .text(String(year)),
            "proactive.total": .figure(.number(counts.total)),
            "proactive.normativeDocuments": .figure(.number(counts.normativeDocuments)),
            "proactive.policyInterpretations": .figure(.number(counts.policyInterpretations)),
            "proactive.others": .figure(.number(counts.others)),
            "normative.made": .figure(.number(counts.normative.made)),
            "normative.published": .figure(.number(counts.normative.published)),
            "normative.totalPublished": .figure(.number(counts.normative.publishedByYearEnd)),
            "normative.inForce": .figure(.number(counts.normative.inForce)),
            "fees.informationProcessing": .figure(
                .amount(supplied.informationProcessingFees ?? Amount.zero(in: .yuan))),
        ]
        for category in catalogue.categories {
            values["proactive.category.\(category.id.rawValue)"] = .figure(.number(counts.count(in: category.id)))
            if let area = category.keyArea {
                values["proactive.keyArea.\(area.rawValue)"] = .figure(.number(counts.byKeyArea[area] ?? 0))
            }
        }
        for (row, columns) in report.requests.rows {
            for (column, cell) in columns { values["requests.\(row).\(column)"] = .figure(cell) }
        }
        for (group, columns) in report.reviewLitigation.rows {
            for (column, cell) in columns { values["reviewLitigation.\(group).\(column)"] = .figure(cell) }
        }
        if edition.isTabular {
            for (row, columns) in report.proactive.rows {
                for (column, cell) in columns { values["table2.\(row).\(column)"] = .figure(cell) }
            }
        }
        for item in items where item.isItem && item.attribute == .proactive {
            let prefix = "item.\(item.id.rawValue)."
            values[prefix + "title"] = .text(item.title)
            if let date = item.writtenAt?.date { values[prefix + "writtenAt"] = .text(Self.chineseDate(date)) }
            if let date = item.publishedAt?.date { values[prefix + "publishedAt"] = .text(Self.chineseDate(date)) }
        }
        return values
    }

    /// A date as Chinese prose writes it: `2018年1月16日`.
    public static func chineseDate(_ date: CivilDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日"
    }
}
