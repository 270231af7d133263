import DisclosureCore
import DisclosureMigration
import DisclosureStore
import Foundation
import ImportKit
import Testing

/// A run's summary holds counts and the first entries of each list; every entry is in the archive, and the JSON and
/// HTML written through ``MigrationDetails`` list them all.
@Suite struct MigrationSummaryTests {
    func migrate(_ site: TestSite, into archive: DisclosureArchive, listLimit: Int) async throws -> MigrationSummary {
        let options = MigrationOptions(siteDirectory: site.root, parallelism: 2, batchSize: 2, listLimit: listLimit)
        return try await MigrationPipeline(importers: [LineImporter()], archive: archive, options: options).run()
    }

    static func site(extraAssets: Int) throws -> TestSite {
        var files = MigrationPipelineTests.files
        for index in 0..<extraAssets { files["mhjyj.ynmh.gov.cn/images/\(index).css"] = "p { margin: \(index)px }" }
        return try TestSite(files)
    }

    @Test func theSummaryStaysBoundedAndStillAccountsForEveryFile() async throws {
        let site = try Self.site(extraAssets: 40)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive, listLimit: 5)
        #expect(summary.files == 47)
        #expect(summary.accountsForEveryFile)
        #expect(summary.outcomes == ["imported": 3, "notAnItem": 43, "failed": 1])
        #expect(summary.notItems.count == 5)
        #expect(summary.listCounts.notItems == 43)
        #expect(summary.listCounts.merged == 1)
        #expect(summary.listCounts.missingAttachments == 1)
        #expect(!summary.listsAreComplete)
        // The first entries, in key order.
        #expect(summary.notItems.first?.source == "mhjyj.ynmh.gov.cn/images/0.css")
        #expect(summary.renderText().split(separator: "\n").contains { $0.hasSuffix("(adds up to 47)") })

        // The JSON and the page written with the archive's details hold every entry.
        var json = ""
        try archive.read { session in
            try summary.writeJSON(details: MigrationDetails(session: session, run: summary.run)) { json += $0 }
        }
        let whole = try JSONDecoder().decode(MigrationSummary.self, from: Data(json.utf8))
        #expect(whole.notItems.count == 43)
        #expect(whole.listsAreComplete)
        #expect(whole.notItems.prefix(5) == summary.notItems[...])
        #expect(Set(whole.notItems.map(\.source)).count == 43)
        #expect(whole.counts == summary.counts)
        var page = ""
        try archive.read { session in
            try MigrationReportPage.write(summary, details: MigrationDetails(session: session, run: summary.run)) {
                page += $0
            }
        }
        #expect(page.contains("images/39.css"))
        #expect(!page.contains("more, in the archive"))
        // Without details, the page says what it leaves out.
        let short = MigrationReportPage.render(summary)
        #expect(!short.contains("images/39.css"))
        #expect(short.contains("… and 38 more, in the archive"))
    }

    @Test func aSummaryWithItsListsWholeIsWrittenAsItIs() async throws {
        let site = try Self.site(extraAssets: 0)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive, listLimit: 100)
        #expect(summary.listsAreComplete)
        var json = ""
        try summary.writeJSON(details: nil) { json += $0 }
        // Every field of the summary is written (a field added to it and not to the writer fails here).
        #expect(try JSONDecoder().decode(MigrationSummary.self, from: Data(json.utf8)) == summary)
        let encoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(summary)) as? [String: Any]
        let written = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(encoded.map { Set($0.keys) } == written.map { Set($0.keys) })
        #expect(MigrationReportPage.render(summary).contains("mhjyj.ynmh.gov.cn/style.css"))
    }

    @Test func filesGoneSinceTheLastRunAreListedFromTheArchive() async throws {
        let site = try Self.site(extraAssets: 3)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        _ = try await migrate(site, into: archive, listLimit: 1)
        for index in 0..<3 {
            try FileManager.default.removeItem(
                at: site.root.appendingPathComponent("mhjyj.ynmh.gov.cn/images/\(index).css"))
        }
        let second = try await migrate(site, into: archive, listLimit: 1)
        #expect(second.listCounts.removedFiles == 3)
        #expect(second.removedFiles == ["mhjyj.ynmh.gov.cn/images/0.css"])
        #expect(!second.changedNothing)
        let lines = second.renderText().split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("gone since the last run") && $0.hasSuffix(" 3") })
        var gone: [String] = []
        try archive.read { session in
            try MigrationDetails(session: session, run: second.run).forEachRemovedFile { gone.append($0) }
        }
        #expect(gone.count == 3)
    }
}
