/// Checks an annual report against the consistency rules (勾稽关系) of DOMAIN.md §3.
///
/// Every rule of ``ConsistencyRule`` runs; each broken one gives a ``ConsistencyViolation`` naming the rule, the
/// table, row and column, the expected and the found value. A cell not filled counts as 0 in the sums (published
/// reports leave zeros blank) and is noted once per table by ``ConsistencyRule/unfilledCells``. The cross-year
/// rules run only when last year's report is given.
public struct ReportConsistency: Sendable {
    /// Last year's report, for the cross-year rules; `nil` skips them.
    public var previous: AnnualReport?

    /// Creates a checker.
    public init(previous: AnnualReport? = nil) {
        self.previous = previous
    }

    /// Every violation in the report, in rule order.
    public func violations(in report: AnnualReport) -> [ConsistencyViolation] {
        var found: [ConsistencyViolation] = []
        found += checkShape(report)
        found += checkRequests(report)
        found += checkReviewLitigation(report)
        found += checkProactiveTotal(report)
        found += checkFigures(report)
        if let previous { found += checkCrossYear(report, previous: previous) }
        found += checkUnfilled(report)
        return found
    }

    /// Every violation as a ``Finding``.
    public func findings(in report: AnnualReport) -> [Finding] {
        violations(in: report).map(\.finding)
    }

    // MARK: - Shape

    private func checkShape(_ report: AnnualReport) -> [ConsistencyViolation] {
        var found: [ConsistencyViolation] = []
        func compare(_ table: String, _ actual: ReportTable, rows: [String], columns: (String) -> [String]) {
            for (row, cells) in actual.rows.sorted(by: { $0.key < $1.key }) {
                guard rows.contains(row) else {
                    if !(table == "proactive" && report.edition == .narrative2018) {
                        found.append(
                            ConsistencyViolation(
                                .tableShape, table: table, row: row,
                                explanation: "the \(report.edition.rawValue) edition has no such row"))
                    }
                    continue
                }
                let known = columns(row)
                for column in cells.keys.sorted() where !known.contains(column) {
                    found.append(
                        ConsistencyViolation(
                            .tableShape, table: table, row: row, column: column,
                            explanation: "the \(report.edition.rawValue) edition has no such column in this row"))
                }
            }
            for row in rows {
                for column in columns(row) where actual.rows[row]?[column] == nil {
                    found.append(
                        ConsistencyViolation(
                            .tableShape, severity: .warning, table: table, row: row, column: column,
                            explanation: "the cell is missing; it reads as not filled"))
                }
            }
        }
        let layout = report.proactiveLayout
        compare("proactive", report.proactive, rows: layout.rowLabels) { row in
            layout.part(containing: row)?.columns.map(\.label) ?? []
        }
        let requestEdition = report.edition.requestTableEdition
        compare("requests", report.requests, rows: requestEdition.rowKeys) { _ in RequestTableEdition.columnKeys }
        compare(
            "reviewLitigation", report.reviewLitigation, rows: ReviewLitigationGroup.allCases.map(\.rawValue)
        ) { _ in ReviewLitigationColumn.allCases.map(\.rawValue) }
        return found
    }

    // MARK: - Section 三 (rules 1–3)

    private func checkRequests(_ report: AnnualReport) -> [ConsistencyViolation] {
        let table = report.requests
        let edition = report.edition.requestTableEdition
        func value(_ row: String, _ column: String) -> Int { table[row, column].countValue ?? 0 }
        var found: [ConsistencyViolation] = []
        for column in RequestTableEdition.columnKeys {
            let newReceived = value("newReceived", column)
            let carriedOver = value("carriedOver", column)
            let processed = value("totalProcessed", column)
            let forward = value("carriedForward", column)
            let expectedForward = newReceived + carriedOver - processed
            if forward != expectedForward {
                found.append(
                    ConsistencyViolation(
                        .requestBalance, table: "requests", row: "carriedForward", column: column,
                        expected: .number(expectedForward), found: .number(forward),
                        explanation:
                            "newReceived \(newReceived) + carriedOver \(carriedOver) − totalProcessed \(processed)"))
            }
            let outcomes = edition.outcomeRowKeys.map { ($0, value($0, column)) }
            let sum = outcomes.reduce(0) { $0 + $1.1 }
            if sum != processed {
                let nonZero = outcomes.filter { $0.1 != 0 }.map { "\($0.0) \($0.1)" }
                found.append(
                    ConsistencyViolation(
                        .requestOutcomeSum, table: "requests", row: "totalProcessed", column: column,
                        expected: .number(sum), found: .number(processed),
                        explanation: "sum of the outcome rows"
                            + (nonZero.isEmpty ? ", all 0" : ": " + nonZero.joined(separator: " + "))))
            }
        }
        for row in edition.rowKeys {
            let parts = ApplicantType.allCases.map { ($0.rawValue, value(row, $0.rawValue)) }
            let sum = parts.reduce(0) { $0 + $1.1 }
            let total = value(row, ApplicantType.totalColumnKey)
            if sum != total {
                found.append(
                    ConsistencyViolation(
                        .requestRowTotal, table: "requests", row: row, column: ApplicantType.totalColumnKey,
                        expected: .number(sum), found: .number(total),
                        explanation: "sum of the six applicant columns: "
                            + parts.map { "\($0.0) \($0.1)" }.joined(separator: " + ")))
            }
        }
        return found
    }

    // MARK: - Section 四 (rule 4)

    private func checkReviewLitigation(_ report: AnnualReport) -> [ConsistencyViolation] {
        var found: [ConsistencyViolation] = []
        for group in ReviewLitigationGroup.allCases {
            let parts = ReviewLitigationColumn.results.map {
                ($0.rawValue, report.reviewLitigation[group.rawValue, $0.rawValue].countValue ?? 0)
            }
            let sum = parts.reduce(0) { $0 + $1.1 }
            let total = report.reviewLitigation[group.rawValue, ReviewLitigationColumn.total.rawValue].countValue ?? 0
            if sum != total {
                found.append(
                    ConsistencyViolation(
                        .reviewLitigationTotal, table: "reviewLitigation", row: group.rawValue,
                        column: ReviewLitigationColumn.total.rawValue, expected: .number(sum), found: .number(total),
                        explanation: parts.map { "\($0.0) \($0.1)" }.joined(separator: " + ")))
            }
        }
        return found
    }

    // MARK: - The narrative report's own sum

    private func checkProactiveTotal(_ report: AnnualReport) -> [ConsistencyViolation] {
        guard report.edition == .narrative2018 else { return [] }
        typealias L = ProactiveTableLayout
        func value(_ row: String) -> Int { report.proactive[row, L.publishedCount].countValue ?? 0 }
        let parts = [L.normativeDocuments2019, L.policyInterpretations, L.otherItems].map { ($0, value($0)) }
        let sum = parts.reduce(0) { $0 + $1.1 }
        let total = value(L.proactiveTotal)
        guard sum != total else { return [] }
        return [
            ConsistencyViolation(
                .proactiveTotal, table: "proactive", row: L.proactiveTotal, column: L.publishedCount,
                expected: .number(sum), found: .number(total),
                explanation: parts.map { "\($0.0) \($0.1)" }.joined(separator: " + "))
        ]
    }

    // MARK: - Prose against tables (rule 6)

    private func checkFigures(_ report: AnnualReport) -> [ConsistencyViolation] {
        var found: [ConsistencyViolation] = []
        for (name, figure) in report.figures.sorted(by: { $0.key < $1.key }) {
            guard let place = FigureCell.forFigure(name, edition: report.edition) else { continue }
            let table: ReportTable
            switch place.table {
            case "requests": table = report.requests
            case "reviewLitigation": table = report.reviewLitigation
            default: table = report.proactive
            }
            let cell = table[place.row, place.column]
            let same: Bool
            switch (cell, figure) {
            case (.amount(let a), .amount(let b)): same = a.isSameSum(as: b)
            default: same = (cell.countValue ?? -1) == (figure.countValue ?? -2) || cell == figure
            }
            if !same {
                found.append(
                    ConsistencyViolation(
                        .narrativeFigures, table: place.table, row: place.row, column: place.column,
                        expected: cell, found: figure,
                        explanation: "the prose quotes {{\(name)}} as \(figure), the table says \(cell)"))
            }
        }
        return found
    }

    // MARK: - Cross-year (rule 5)

    private func checkCrossYear(_ report: AnnualReport, previous: AnnualReport) -> [ConsistencyViolation] {
        var found: [ConsistencyViolation] = []
        guard previous.year == report.year - 1 else {
            return [
                ConsistencyViolation(
                    .crossYearCarriedOver, severity: .info, table: "requests",
                    explanation: "last year's report is for \(previous.year), not \(report.year - 1): not compared")
            ]
        }
        if !previous.requests.isEmpty {
            for column in RequestTableEdition.columnKeys {
                let before = previous.requests["carriedForward", column].countValue ?? 0
                let now = report.requests["carriedOver", column].countValue ?? 0
                if before != now {
                    found.append(
                        ConsistencyViolation(
                            .crossYearCarriedOver, table: "requests", row: "carriedOver", column: column,
                            expected: .number(before), found: .number(now),
                            explanation: "carriedForward of \(previous.year)"))
                }
            }
        }
        typealias L = ProactiveTableLayout
        switch (previous.edition, report.edition) {
        case (.edition2021, .edition2021):
            for row in [L.rules, L.normativeDocuments2021] {
                let before = previous.proactive[row, L.inForce].countValue ?? 0
                let made = report.proactive[row, L.madeThisYear].countValue ?? 0
                let repealed = report.proactive[row, L.repealedThisYear].countValue ?? 0
                let now = report.proactive[row, L.inForce].countValue ?? 0
                if before + made - repealed != now {
                    found.append(
                        ConsistencyViolation(
                            .crossYearNormativeDocuments, table: "proactive", row: row, column: L.inForce,
                            expected: .number(before + made - repealed), found: .number(now),
                            explanation: "\(previous.year) \(L.inForce) \(before) + \(L.madeThisYear) \(made) − "
                                + "\(L.repealedThisYear) \(repealed)"))
                }
            }
        case (.edition2019, .edition2019):
            for row in [L.rules, L.normativeDocuments2019] {
                let before = previous.proactive[row, L.totalPublished].countValue ?? 0
                let published = report.proactive[row, L.newlyPublished].countValue ?? 0
                let now = report.proactive[row, L.totalPublished].countValue ?? 0
                if before + published != now {
                    found.append(
                        ConsistencyViolation(
                            .crossYearNormativeDocuments, table: "proactive", row: row, column: L.totalPublished,
                            expected: .number(before + published), found: .number(now),
                            explanation:
                                "\(previous.year) \(L.totalPublished) \(before) + \(L.newlyPublished) \(published)"))
                }
            }
        default:
            found.append(
                ConsistencyViolation(
                    .crossYearNormativeDocuments, severity: .info, table: "proactive",
                    explanation: "editions \(previous.edition.rawValue) and \(report.edition.rawValue) count "
                        + "normative documents differently: not compared"))
        }
        return found
    }

    // MARK: - Unfilled cells

    private func checkUnfilled(_ report: AnnualReport) -> [ConsistencyViolation] {
        var found: [ConsistencyViolation] = []
        for (name, table) in [
            ("proactive", report.proactive), ("requests", report.requests),
            ("reviewLitigation", report.reviewLitigation),
        ] {
            let unfilled = table.rows.values.reduce(0) { $0 + $1.values.filter { !$0.isFilled }.count }
            if unfilled > 0 {
                found.append(
                    ConsistencyViolation(
                        .unfilledCells, table: name,
                        explanation: "\(unfilled) cells are not filled; they count as 0 in the sums"))
            }
        }
        return found
    }
}
