import DisclosureCore
import Foundation
import Testing

/// The fixtures of fixtures/reports/: each input is built again and every output compared with its golden file byte
/// for byte. On a difference the failure names the file, the first line that differs and both versions of it.
@Suite struct ReportGoldenTests {
    static let fixtures = ["2018-narrative", "2021"]

    static func folder(_ name: String) -> URL {
        ReportFixtures.root.appendingPathComponent("fixtures/reports/\(name)")
    }

    static func build(_ name: String) throws -> ReportBuild {
        let folder = folder(name)
        let input = try JSONDecoder().decode(
            ReportInput.self, from: Data(contentsOf: folder.appendingPathComponent("input.json")))
        let sources = try input.sources(calendar: try WorkingDayCalendar.bundled()) { path in
            try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return try input.builder().build(sources)
    }

    /// `nil` when equal, else where and how the two texts first differ.
    static func difference(_ actual: String, _ golden: String, file: String) -> String? {
        guard actual != golden else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let g = golden.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, g.count) {
            let left = index < a.count ? String(a[index]) : "(end of output)"
            let right = index < g.count ? String(g[index]) : "(end of golden)"
            if left != right {
                return "\(file):\(index + 1) differs\n  golden: \(right.prefix(200))\n  output: \(left.prefix(200))"
            }
        }
        return "\(file): differs in line endings"
    }

    @Test(arguments: fixtures)
    func outputsMatchGoldens(name: String) throws {
        let report = try Self.build(name).report
        let outputs = [
            ("expected.md", MarkdownReportRenderer.render(report)),
            ("expected.html", HTMLReportRenderer.render(report)),
            ("expected.report.json", try JSONReportRenderer.render(report)),
        ]
        for (file, output) in outputs {
            let golden = try String(contentsOf: Self.folder(name).appendingPathComponent(file), encoding: .utf8)
            let difference = Self.difference(output, golden, file: "fixtures/reports/\(name)/\(file)")
            #expect(difference == nil, "\(difference ?? "")")
        }
    }

    @Test(arguments: fixtures)
    func goldenReportsPassEveryRuleAndRoundTrip(name: String) throws {
        let data = try Data(contentsOf: Self.folder(name).appendingPathComponent("expected.report.json"))
        let report = try JSONDecoder().decode(AnnualReport.self, from: data)
        #expect(ReportConsistency().violations(in: report).isEmpty)
        #expect(report.findings.isEmpty)
        #expect(try JSONReportRenderer.render(report) == String(decoding: data, as: UTF8.self))
    }

    @Test func seedItemsFixtureIsTheTestDataset() throws {
        let text = try String(
            contentsOf: Self.folder("2018-narrative").appendingPathComponent("items.jsonl"), encoding: .utf8)
        let items = try DisclosureJSON.decodeLines(DisclosureItem.self, from: text)
        #expect(items == SeedDataset.items)
    }

    @Test func fixture2021IsBalancedWithRequestsReviewsAndFees() throws {
        let build = try Self.build("2021")
        let report = build.report
        #expect(report.requests["newReceived", "total"] == .number(5))
        #expect(report.requests["carriedOver", "total"] == .number(1))
        #expect(report.requests["other.overdueFee", "naturalPerson"] == .number(1))
        #expect(report.reviewLitigation["review", "upheld"] == .number(1))
        #expect(report.reviewLitigation["litigationDirect", "pending"] == .number(1))
        #expect(report.figures["fees.informationProcessing"] == .amount(Amount(text: "100元")!))
        #expect(report.proactive["行政规范性文件", "现行有效件数"] == .number(3))
        #expect(report.figures["proactive.total"] == .number(11))  // the exempt item is not counted
        #expect(build.diagnostics.isEmpty, "\(build.diagnostics)")
    }
}
