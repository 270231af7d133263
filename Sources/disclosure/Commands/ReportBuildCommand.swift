import ArgumentParser
import DisclosureCore
import Foundation
import ReportDOCX

/// `disclosure report [build] --input DATA.json`: build a year's report and write it in one format.
struct ReportBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a year's report from an input file and write it as Markdown, HTML, JSON, DOCX or text.",
        discussion: """
            DATA.json names the items, requests, review and litigation cases, supplied figures and the narrative \
            template (see ReportInput in DisclosureCore and fixtures/reports/). Paths inside it are relative to it. \
            Builder notes and consistency findings go to standard error; the exit status is 1 when a finding is an \
            error (the report is still written), 2 when the input cannot be used.
            """
    )

    /// The output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case md, html, json, docx, text
    }

    @Option(name: .long, help: "The input file (DATA.json).")
    var input: String

    @Option(help: "The year reported on (default: the input's).")
    var year: Int?

    @Option(help: "narrative2018, 2019 or 2021 (default: the input's, else the edition in force for the year).")
    var edition: String?

    @Option(help: "md, html, json, docx or text.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: "The output file (default: standard output; required for docx).")
    var output: String?

    func validate() throws {
        if let edition, ReportEdition(rawValue: edition) == nil {
            throw ValidationError(
                "unknown edition \"\(edition)\": use " + ReportEdition.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if format == .docx, output == nil { throw ValidationError("--format docx needs -o FILE") }
    }

    func run() throws {
        var data = try ReportFiles.input(input)
        if let year { data.year = year }
        let chosen = edition.flatMap(ReportEdition.init(rawValue:))
        let build: ReportBuild
        do {
            let sources = try data.sources(
                edition: chosen, calendar: try WorkingDayCalendar.bundled(),
                readingFilesWith: ReportFiles.reader(relativeTo: input))
            build = try data.builder(edition: chosen).build(sources)
        } catch let error as NarrativeTemplateError {
            throw ReportFiles.failure("\(input): \(error.description)")
        } catch let error as ReportInputError {
            throw ReportFiles.failure("\(input): \(error.description)")
        } catch let error as JSONLinesError {
            throw ReportFiles.failure("\(input): \(error)")
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
}
