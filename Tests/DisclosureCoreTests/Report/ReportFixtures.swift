import DisclosureCore
import Foundation

/// Reports and inputs shared by the report tests.
enum ReportFixtures {
    /// The package root (for fixtures/ and schema/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func day(_ text: String) -> CivilDate {
        guard let date = CivilDate(iso: text) else { fatalError("bad date \(text)") }
        return date
    }

    /// A balanced 2021-edition report: 3 + 1 requests in, 3 processed, 1 forward; one review upheld.
    static var balanced2021: AnnualReport {
        var report = AnnualReport(body: "勐海县教育局", year: 2021, edition: .edition2021)
        report.requests = .zeros(rows: RequestTableEdition.edition2021.rowKeys, columns: RequestTableEdition.columnKeys)
        func set(_ row: String, _ column: String, _ value: Int) {
            report.requests[row, column] = .number(value)
            let total = ApplicantType.allCases.reduce(0) { $0 + (report.requests[row, $1.rawValue].number ?? 0) }
            report.requests[row, "total"] = .number(total)
        }
        set("newReceived", "naturalPerson", 2)
        set("newReceived", "commercial", 1)
        set("carriedOver", "naturalPerson", 1)
        set("granted", "naturalPerson", 2)
        set("unableToProvide.notHeld", "commercial", 1)
        set("totalProcessed", "naturalPerson", 2)
        set("totalProcessed", "commercial", 1)
        set("carriedForward", "naturalPerson", 1)
        report.reviewLitigation = .zeros(
            rows: ReviewLitigationGroup.allCases.map(\.rawValue),
            columns: ReviewLitigationColumn.allCases.map(\.rawValue))
        report.reviewLitigation["review", "upheld"] = .number(1)
        report.reviewLitigation["review", "total"] = .number(1)
        typealias L = ProactiveTableLayout
        for part in L.edition2021.parts {
            for row in part.rows {
                for column in part.columns { report.proactive[row, column.label] = .number(0) }
            }
        }
        report.proactive[L.fees, L.feeAmountThisYear] = .amount(Amount(text: "0万元")!)
        report.proactive[L.normativeDocuments2021, L.madeThisYear] = .number(3)
        report.proactive[L.normativeDocuments2021, L.repealedThisYear] = .number(1)
        report.proactive[L.normativeDocuments2021, L.inForce] = .number(20)
        report.figures = ["requests.newReceived.total": .number(3), "normative.made": .number(3)]
        return report
    }
}
