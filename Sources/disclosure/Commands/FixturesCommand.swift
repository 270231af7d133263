import ArgumentParser
import DisclosureFixtures
import Foundation

/// `disclosure fixtures`: deterministic test data (a legacy site mirror, OA exports and their ground truth).
struct FixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixtures",
        abstract: "Generate realistic, deterministic test data for migrations.",
        subcommands: [Generate.self]
    )

    /// `disclosure fixtures generate`: write a generated site, its OA exports and `ground-truth.json`.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Write a legacy-site mirror, OA exports and ground-truth.json into a folder.",
            discussion: """
                The folder receives mhjyj.ynmh.gov.cn/ (the mirror as wget --mirror saves it), oa/ (a GBK CSV and a \
                SpreadsheetML .xls 发文 register, a 永硕E盘-style listing) and ground-truth.json. The same options give \
                the same bytes. --profile menghai-2018 reproduces the bureau's 2018 report figures (its year and size \
                are fixed: --year and --pages are ignored); --profile default scales the same mix to --pages.
                """
        )

        @Option(help: "The output folder (created if missing).")
        var out: String

        @Option(help: "The reporting year (default profile).")
        var year: Int = 2018

        @Option(help: "About how many detail pages to generate (default profile).")
        var pages: Int = 445

        @Option(help: "The seed of every random choice.")
        var seed: UInt64 = SiteGenerator.committedSeed

        @Option(help: "menghai-2018 or default.")
        var profile: String = "default"

        func validate() throws {
            guard pages >= 1 else { throw ValidationError("--pages must be at least 1") }
            guard (1990...2100).contains(year) else { throw ValidationError("--year must be a four-digit year") }
            guard FixtureProfile.named(profile, pages: pages, year: year) != nil else {
                throw ValidationError("--profile must be menghai-2018 or default, not '\(profile)'")
            }
        }

        func run() throws {
            guard let chosen = FixtureProfile.named(profile, pages: pages, year: year) else { return }
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            let summary = try SiteGenerator(profile: chosen, seed: seed).generate(into: folder)
            let megabytes = Double(summary.bytes) / 1_048_576
            let line =
                "fixtures: wrote \(summary.files) files, \(summary.bytes) bytes (\(String(format: "%.2f", megabytes)) MB) "
                + "into \(out): \(summary.items) items (\(summary.portalItems) on the portal, \(summary.countedInYear) "
                + "counted in \(chosen.year)); profile \(chosen.name), seed \(seed)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
