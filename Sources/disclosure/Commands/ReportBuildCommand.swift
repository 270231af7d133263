import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation
import ReportDOCX

/// `disclosure report [build] --input DATA.json`: build a year's report and write it in one format.
struct ReportBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a year's report from an archive or an input file; write Markdown, HTML, JSON, DOCX or text.",
        discussion: """
            --store DB takes the items and the request register from an archive (`disclosure migrate`, \
            `disclosure requests`). DATA.json names the items, requests, review and litigation cases, supplied \
            figures and the narrative template (see ReportInput in DisclosureCore and fixtures/reports/); paths \
            inside it are relative to it. Given both, the archive's items and requests replace the input's. \
            Without a narrative the library's default for the edition is used. \
            Builder notes and consistency findings go to standard error; the exit status is 1 when a finding is an \
            error (the report is still written), 2 when the input cannot be used.
            """
    )

    /// The output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case md, html, json, docx, text
    }

    @Option(name: .long, help: "The input file (DATA.json).")
    var input: String?

    @Option(name: .customLong("store"), help: "An archive to take the items and the request register from.")
    var store: String?

    @Option(help: "The reporting body (default: the input's, else the usual 发布机构 of the year's items).")
    var body: String?

    @Option(help: "The narrative template (Markdown with {{placeholders}}; default: the input's or the library's).")
    var narrative: String?

    @Option(help: "A holiday calendar file (holiday-cn JSON) added to the bundled one (repeatable).")
    var calendar: [String] = []

    @Option(help: "The year reported on (default: the input's).")
    var year: Int?

    @Option(help: "narrative2018, 2019 or 2021 (default: the input's, else the edition in force for the year).")
    var edition: String?

    @Option(help: "md, html, json, docx or text.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: "The output file (default: standard output; required for docx).")
    var output: String?

    func validate() throws {
        if input == nil, store == nil { throw ValidationError("give --store DB or --input DATA.json") }
        if input == nil, year == nil { throw ValidationError("give the year to report on: --year YYYY") }
        if let edition, ReportEdition(rawValue: edition) == nil {
            throw ValidationError(
                "unknown edition \"\(edition)\": use " + ReportEdition.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if format == .docx, output == nil { throw ValidationError("--format docx needs -o FILE") }
    }

    func run() throws {
        var data = try input.map(ReportFiles.input) ?? ReportInput(body: "", year: year ?? 0)
        if let year { data.year = year }
        if let body { data.body = body }
        if let narrative {
            data.narrative = String(decoding: try InputFile.readBytes(narrative), as: UTF8.self)
            data.narrativeFile = nil
        }
        let chosen = edition.flatMap(ReportEdition.init(rawValue:))
        var calendar = try WorkingDayCalendar.bundled()
        for file in self.calendar { calendar = try calendar.adding(file: file) }
        let build: ReportBuild
        do {
            var sources = try data.sources(
                edition: chosen, calendar: calendar,
                readingFilesWith: input.map { ReportFiles.reader(relativeTo: $0) } ?? {
                    try Data(contentsOf: URL(fileURLWithPath: $0))
                })
            if let store {
                let archive = try ArchiveOption.open(store)
                let (items, requests) = try archive.read { session in (try session.items(), try session.requests()) }
                sources.items = items
                sources.requests = RequestStatistics(
                    year: data.year, requests: requests, calendar: calendar,
                    edition: data.resolvedEdition(chosen).requestTableEdition)
                for diagnostic in sources.requests.diagnostics { ReportFiles.note(diagnostic.description) }
                if data.body.isEmpty { data.body = Self.usualPublisher(of: items, in: data.year) }
            }
            build = try data.builder(edition: chosen).build(sources)
        } catch let error as NarrativeTemplateError {
            throw ReportFiles.failure("\(narrative ?? input ?? "narrative"): \(error.description)")
        } catch let error as ReportInputError {
            throw ReportFiles.failure("\(input ?? "input"): \(error.description)")
        } catch let error as JSONLinesError {
            throw ReportFiles.failure("\(input ?? "input"): \(error)")
        }
        for diagnostic in build.diagnostics { ReportFiles.note(diagnostic.description) }
        for finding in build.report.findings { ReportFiles.note(finding.description) }
        let bytes: Data
        switch format {
        case .md: bytes = Data(MarkdownReportRenderer.render(build.report).utf8)
        case .html: bytes = Data(HTMLReportRenderer.render(build.report).utf8)
        case .text: bytes = Data(TextReportRenderer.render(build.report).utf8)
        case .json: bytes = Data(try JSONReportRenderer.render(build.report).utf8)
        case .docx: bytes = try DOCXReportRenderer.render(build.report)
        }
        try ReportFiles.write(bytes, to: output)
        if build.report.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// The 发布机构 most of the year's proactive items name (ties broken by name), or `本机关` when none does.
    static func usualPublisher(of items: [DisclosureItem], in year: Int) -> String {
        var counts: [String: Int] = [:]
        for item in items where item.isItem && item.publishedAt?.date.year == year {
            if let publisher = item.publisher, !publisher.isEmpty { counts[publisher, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "本机关"
    }
}
