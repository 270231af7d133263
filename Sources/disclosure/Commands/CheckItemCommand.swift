import ArgumentParser
import DisclosureCore
import Foundation

/// `disclosure check-item FILE`: the release rules over items given as JSON Lines.
struct CheckItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-item",
        abstract: "Check items (canonical JSON, one per line) against the release rules.",
        discussion: """
            Prints one finding per line (severity[rule] item field: message) and a closing count. \
            Exits 1 when any finding is an error, 2 when the input cannot be read.
            """
    )

    @Argument(help: "A JSON Lines file of items; - reads standard input.")
    var file: String

    @Option(help: "Judge dates against this day (YYYY-MM-DD) instead of today.")
    var today: String?

    @Option(help: "A catalogue JSON file to check categories against (default: the standard catalogue).")
    var catalogue: String?

    @Flag(help: "Print the findings as JSON Lines.")
    var json = false

    func run() throws {
        let text = try InputFile.readText(file)
        let items = try DisclosureJSON.decodeLines(DisclosureItem.self, from: text, file: file)
        let day = try today.map { try CivilDate.parseOption($0) } ?? CivilDate.today()
        let chosen = try catalogue.map { try CatalogueLoader.load($0) } ?? Catalogue.countyEducationBureau
        let rules = ReleaseRules(today: day, catalogue: chosen, calendar: try? WorkingDayCalendar.bundled())
        let findings = rules.check(items)
        for finding in findings {
            print(json ? try DisclosureJSON.line(finding) : finding.description)
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == Severity.warning }.count
        FileHandle.standardError.write(
            Data("\(items.count) items checked: \(errors) errors, \(warnings) warnings\n".utf8))
        if errors > 0 { throw ExitCode(1) }
    }
}
