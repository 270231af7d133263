import DisclosureCore
import Testing

/// One deliberately wrong table and the violation it must produce.
struct BrokenTable: CustomTestStringConvertible, Sendable {
    var name: String
    var rule: ConsistencyRule
    var table: String
    var row: String?
    var column: String?
    var expected: ReportCell?
    var found: ReportCell?
    var change: @Sendable (inout AnnualReport) -> Void

    var testDescription: String { name }
}

@Suite struct ReportConsistencyTests {
    @Test func balancedReportPasses() {
        let violations = ReportConsistency().violations(in: ReportFixtures.balanced2021)
        #expect(violations.isEmpty, "\(violations)")
    }

    static let broken: [BrokenTable] = [
        BrokenTable(
            name: "rule 1: carriedForward off by one", rule: .requestBalance, table: "requests",
            row: "carriedForward", column: "naturalPerson", expected: .number(1), found: .number(2)
        ) { report in
            report.requests["carriedForward", "naturalPerson"] = .number(2)
            report.requests["carriedForward", "total"] = .number(2)
        },
        BrokenTable(
            name: "rule 2: an outcome not in the total", rule: .requestOutcomeSum, table: "requests",
            row: "totalProcessed", column: "commercial", expected: .number(2), found: .number(1)
        ) { report in
            report.requests["denied.stateSecret", "commercial"] = .number(1)
            report.requests["denied.stateSecret", "total"] = .number(1)
        },
        BrokenTable(
            name: "rule 3: a row total that is not the sum", rule: .requestRowTotal, table: "requests",
            row: "granted", column: "total", expected: .number(2), found: .number(3)
        ) { report in
            report.requests["granted", "total"] = .number(3)
        },
        BrokenTable(
            name: "rule 4: a review total that is not the sum", rule: .reviewLitigationTotal,
            table: "reviewLitigation", row: "litigationDirect", column: "total", expected: .number(1),
            found: .number(0)
        ) { report in
            report.reviewLitigation["litigationDirect", "pending"] = .number(1)
        },
        BrokenTable(
            name: "rule 6: the prose quotes another number", rule: .narrativeFigures, table: "requests",
            row: "newReceived", column: "total", expected: .number(3), found: .number(4)
        ) { report in
            report.figures["requests.newReceived.total"] = .number(4)
        },
        BrokenTable(
            name: "rule 6: the prose quotes another 规范性文件 count", rule: .narrativeFigures, table: "proactive",
            row: "行政规范性文件", column: "本年制发件数", expected: .number(5), found: .number(3)
        ) { report in
            report.proactive["行政规范性文件", "本年制发件数"] = .number(5)
        },
        BrokenTable(
            name: "shape: a row the edition lacks", rule: .tableShape, table: "requests", row: "other",
            column: nil, expected: nil, found: nil
        ) { report in
            report.requests["other", "total"] = .number(0)
        },
        BrokenTable(
            name: "shape: a missing cell", rule: .tableShape, table: "reviewLitigation", row: "review",
            column: "corrected", expected: nil, found: nil
        ) { report in
            report.reviewLitigation.rows["review"]?["corrected"] = nil
        },
        BrokenTable(
            name: "unfilled cells are noted", rule: .unfilledCells, table: "requests", row: nil, column: nil,
            expected: nil, found: nil
        ) { report in
            report.requests["denied.processInfo", "legal"] = .notFilled
        },
    ]

    @Test(arguments: broken)
    func catchesBrokenTable(_ case: BrokenTable) throws {
        var report = ReportFixtures.balanced2021
        `case`.change(&report)
        let violations = ReportConsistency().violations(in: report)
        let hit = try #require(violations.first { $0.rule == `case`.rule }, "\(violations)")
        #expect(hit.table == `case`.table)
        #expect(hit.row == `case`.row)
        #expect(hit.column == `case`.column)
        #expect(hit.expected == `case`.expected)
        #expect(hit.found == `case`.found)
        #expect(hit.severity == `case`.rule.severity || `case`.rule == .tableShape)
        let finding = hit.finding
        #expect(finding.code == `case`.rule.rawValue)
        #expect(finding.field == hit.location)
        if let expected = `case`.expected, let found = `case`.found {
            #expect(finding.message.contains("expected \(expected), found \(found)"))
        }
    }

    @Test func notFilledCountsAsZeroInSums() {
        var report = ReportFixtures.balanced2021
        report.requests["denied.processInfo", "legal"] = .notFilled
        report.requests["denied.processInfo", "total"] = .notFilled
        let rules = Set(ReportConsistency().violations(in: report).map(\.rule))
        #expect(rules == [.unfilledCells])
    }

    @Test func crossYearCarriedOver() throws {
        var previous = ReportFixtures.balanced2021
        previous.year = 2020
        previous.proactive["行政规范性文件", "现行有效件数"] = .number(18)
        let current = {
            var report = ReportFixtures.balanced2021
            report.year = 2021
            return report
        }()
        // 2020 carried 1 natural person's request forward; 2021 says 1 came over: fine.
        #expect(ReportConsistency(previous: previous).violations(in: current).isEmpty)
        previous.requests["carriedForward", "naturalPerson"] = .number(2)
        previous.requests["carriedForward", "total"] = .number(2)
        let hits = ReportConsistency(previous: previous).violations(in: current).filter {
            $0.rule == .crossYearCarriedOver
        }
        #expect(hits.map(\.column) == ["naturalPerson", "total"])
        #expect(hits.allSatisfy { $0.severity == .warning && $0.row == "carriedOver" && $0.found == .number(1) })
        #expect(hits.first?.expected == .number(2))
    }

    @Test func crossYearNormativeDocuments() throws {
        var previous = ReportFixtures.balanced2021
        previous.year = 2020
        // 2020: 18 in force; 2021: +3 made, −1 repealed = 20. Fine.
        previous.proactive["行政规范性文件", "现行有效件数"] = .number(18)
        #expect(ReportConsistency(previous: previous).violations(in: ReportFixtures.balanced2021).isEmpty)
        previous.proactive["行政规范性文件", "现行有效件数"] = .number(19)
        let hit = try #require(
            ReportConsistency(previous: previous).violations(in: ReportFixtures.balanced2021).first {
                $0.rule == .crossYearNormativeDocuments
            })
        #expect(hit.row == "行政规范性文件")
        #expect(hit.column == "现行有效件数")
        #expect(hit.expected == .number(21))
        #expect(hit.found == .number(20))
        #expect(hit.severity == .warning)
    }

    @Test func narrativeTotal() throws {
        var report = AnnualReport(body: "勐海县教育局", year: 2018, edition: .narrative2018)
        report.proactive["主动公开政府信息", "本年主动公开条数"] = .number(436)
        report.proactive["规范性文件", "本年主动公开条数"] = .number(23)
        report.proactive["政策解读", "本年主动公开条数"] = .number(5)
        report.proactive["其他信息", "本年主动公开条数"] = .number(407)
        let hit = try #require(ReportConsistency().violations(in: report).first { $0.rule == .proactiveTotal })
        #expect(hit.expected == .number(435))
        #expect(hit.found == .number(436))
    }
}
