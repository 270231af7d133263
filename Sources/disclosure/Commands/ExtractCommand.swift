import ArgumentParser
import DisclosureCore
import Foundation
import ImportKit
import Portal

/// `disclosure extract FILE ...`: what the importers make of single files, as canonical JSON Lines.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract items from saved pages (and other legacy inputs) as JSON Lines.",
        discussion: """
            Prints one canonical JSON object per input file (one per item when a file holds several), with \
            `sourceFile` set. The most confident importer reads each file, judged from its bytes. Pages that are \
            not items (lists, search, error, login pages) give a line with `isItem: false` and the reason; so does \
            a file that cannot be read or parsed, and then the exit status is 1. Articles split over several pages \
            are merged when the continuation pages are on the command line or in the page's folder. Nothing is \
            fetched from the network.
            """
    )

    @Argument(help: "Saved pages or other inputs.")
    var files: [String]

    @Option(help: "The page's original address, to resolve relative links (only with a single FILE).")
    var url: String?

    @Option(help: "A site profile (JSON): selectors, label synonyms, column mapping, title suffixes.")
    var profile: String?

    @Option(help: "The year of dates printed without one (list pages' `06-12`).")
    var year: Int?

    @Flag(help: "Indent the JSON (one object per file, no longer one per line).")
    var pretty = false

    func validate() throws {
        if url != nil && files.count != 1 { throw ValidationError("--url applies to a single FILE") }
        if files.isEmpty { throw ValidationError("give at least one FILE") }
    }

    func run() throws {
        var siteProfile = SiteProfile()
        var profileBytes: [UInt8]?
        if let profile {
            let bytes = [UInt8](try InputFile.readBytes(profile))
            do {
                siteProfile = try SiteProfile.load(bytes)
            } catch {
                throw ValidationError("\(profile): not a site profile (\(DisclosureJSON.describe(error)))")
            }
            profileBytes = bytes
        }
        let siblings = SiblingFiles(commandLine: files)
        let importers: [any Importer] =
            [PortalImporter(profile: siteProfile, siblings: siblings.provider)]
            + StandardImporters.all(siblings: siblings.provider).filter { $0.identifier != PortalImporter.identifier }
        var context = ImportContext(contextYear: year, profile: profileBytes)
        if let mapping = siteProfile.columnMapping { context.columnMapping = mapping }
        let encoder = pretty ? DisclosureJSON.prettyEncoder() : DisclosureJSON.lineEncoder()
        var failed = false
        for file in files {
            let items = Extraction(importers: importers, context: context).extract(file, url: url)
            if items.contains(where: { !$0.isItem && $0.diagnostics.contains { $0.severity == .error } }) {
                failed = true
            }
            for item in items {
                let data = try encoder.encode(item)
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
