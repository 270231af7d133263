import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation

/// `disclosure check --store DB`: the release rules over every item of the archive.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the release rules over the archive; exit 1 on any error-level finding."
    )

    @OptionGroup var archive: ArchiveOption

    @Option(help: "Judge dates against this day (YYYY-MM-DD) instead of today.")
    var today: String?

    @Option(help: "Only items published in this year.")
    var year: Int?

    @Flag(help: "Print the findings as JSON Lines.")
    var json = false

    func run() throws {
        let store = try archive.open()
        let day = try today.map { try CivilDate.parseOption($0) } ?? CivilDate.today()
        let rules = ReleaseRules(
            today: day, catalogue: .countyEducationBureau, calendar: try? WorkingDayCalendar.bundled())
        let items = try store.read { try $0.items(year: year) }
        let findings = rules.check(items)
        var bySeverity: [Severity: Int] = [:]
        var byCode: [String: Int] = [:]
        for finding in findings {
            print(json ? try DisclosureJSON.line(finding) : finding.description)
            bySeverity[finding.severity, default: 0] += 1
            byCode[finding.code, default: 0] += 1
        }
        var closing =
            "\(items.count) items checked: \(bySeverity[.error] ?? 0) errors, \(bySeverity[.warning] ?? 0) warnings"
        if !byCode.isEmpty {
            closing +=
                "\n" + byCode.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }.joined(separator: "\n")
        }
        FileHandle.standardError.write(Data((closing + "\n").utf8))
        if (bySeverity[.error] ?? 0) > 0 { throw ExitCode(1) }
    }
}
