import DisclosureCore
import Foundation
import ReportDOCX
import Testing

/// The DOCX goldens of fixtures/reports/: rebuilt from their inputs and compared byte for byte; on a difference the
/// failure names the file and the package part that differs.
@Suite struct DOCXGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(arguments: ["2018-narrative", "2021"])
    func docxMatchesGolden(name: String) throws {
        let folder = Self.root.appendingPathComponent("fixtures/reports/\(name)")
        let input = try JSONDecoder().decode(
            ReportInput.self, from: Data(contentsOf: folder.appendingPathComponent("input.json")))
        let sources = try input.sources(calendar: try WorkingDayCalendar.bundled()) { path in
            try Data(contentsOf: folder.appendingPathComponent(path))
        }
        let report = try input.builder().build(sources).report
        let output = try DOCXReportRenderer.render(report)
        let golden = try Data(contentsOf: folder.appendingPathComponent("expected.docx"))
        guard output != golden else { return }
        let mine = try DOCXReportRendererTests.entries(output)
        let theirs = try DOCXReportRendererTests.entries(golden)
        let parts = Set(mine.keys).union(theirs.keys).sorted().filter { mine[$0] != theirs[$0] }
        var place = "(the ZIP container itself)"
        if let part = parts.first {
            let a = mine[part] ?? Data()
            let b = theirs[part] ?? Data()
            let offset = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            place = "part \(part) at byte \(offset)"
        }
        Issue.record("fixtures/reports/\(name)/expected.docx differs: \(place)")
    }
}
