import ArgumentParser
import DisclosureCore
import Foundation

/// `disclosure report check REPORT.json`: run every consistency rule (勾稽关系) on a report in canonical JSON.
struct ReportCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a report in canonical JSON against every consistency rule (勾稽关系).",
        discussion: """
            Prints one finding per line (severity[rule] table[row][column]: expected X, found Y (…)) and a closing \
            count on standard error. Exits 1 when a finding is an error, 2 when the report cannot be read.
            """
    )

    @Argument(help: "The report (canonical JSON, e.g. written by `disclosure report --format json`).")
    var report: String

    @Option(help: "Last year's report, for the cross-year rules.")
    var previous: String?

    @Flag(help: "Print the findings as JSON Lines.")
    var json = false

    func run() throws {
        let current = try ReportFiles.report(report)
        let last = try previous.map(ReportFiles.report)
        let findings = ReportConsistency(previous: last).findings(in: current)
        for finding in findings {
            print(json ? try DisclosureJSON.line(finding) : finding.description)
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        ReportFiles.note("\(report): \(errors) errors, \(warnings) warnings")
        if errors > 0 { throw ExitCode(1) }
    }
}
