import DisclosureCore
import DisclosureMigration
import DisclosureStore
import Foundation
import ImportKit
import Testing

/// Exports read by a streaming importer are written to the archive row by row as the importer hands them over,
/// never collected into one result; the file still lands whole or not at all.
@Suite struct MigrationStreamingTests {
    func migrate(
        _ site: TestSite, into archive: DisclosureArchive, with streaming: StreamingRowsImporter, batchSize: Int = 3
    ) async throws -> MigrationSummary {
        let options = MigrationOptions(siteDirectory: site.root, parallelism: 2, batchSize: batchSize)
        let importers: [any Importer] = [LineImporter(), streaming]
        return try await MigrationPipeline(importers: importers, archive: archive, options: options).run()
    }

    @Test func aLargeExportIsWrittenRowByRowWithoutBeingCollected() async throws {
        let site = try TestSite([
            "h/a.html": "ITEM\ntitle: 页面\ndate: 2018-06-12\nnumber: 测〔2018〕7号",
            "oa/register.txt": "STRM\ncount: 2000",
        ])
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let streaming = StreamingRowsImporter()
        let summary = try await migrate(site, into: archive, with: streaming)
        #expect(streaming.collected.count == 0)
        #expect(summary.accountsForEveryFile)
        #expect(summary.outcomes == ["imported": 2])
        // Row 7 has the page's 文号: merged into it; the other 1,999 rows are items of their own.
        #expect(summary.rows == ["imported": 1_999, "merged": 1])
        #expect(summary.itemsInArchive == 2_000)
        let export = try #require(try archive.read { try $0.mapping("file:oa/register.txt") })
        #expect(export.reason == "export with 2000 rows: 1999 imported, 1 merged")
        #expect(try archive.read { try $0.mapping("file:oa/register.txt#row=2001") }?.status == .imported)
        let messages = try archive.read { try $0.messages(run: summary.run) }
        #expect(messages.contains { $0.code == "stream.read" })
        // The full text of streamed rows is indexed when the run ends.
        #expect(try archive.read { try $0.search("行 1234") }.count == 1)
    }

    @Test func anExportThatBreaksPartWayLeavesNoRowBehind() async throws {
        let site = try TestSite([
            "h/a.html": "ITEM\ntitle: 页面\ndate: 2018-06-12",
            "oa/broken.txt": "STRM\ncount: 50\nfail-after: 20",
        ])
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive, with: StreamingRowsImporter())
        #expect(summary.accountsForEveryFile)
        #expect(summary.outcomes == ["imported": 1, "failed": 1])
        #expect(summary.rows.isEmpty)
        #expect(summary.failures.map(\.source) == ["oa/broken.txt"])
        #expect(summary.failures.first?.reason.contains("row 21 is cut") == true)
        #expect(summary.itemsInArchive == 1)
        #expect(try archive.read { try $0.mappings(file: "oa/broken.txt") }.map(\.sourceKey) == ["file:oa/broken.txt"])
    }

    @Test func anExportWithNoRowsIsAccountedForAsNotAnItem() async throws {
        let site = try TestSite(["oa/empty.txt": "STRM\ncount: 0", "h/a.html": "ITEM\ntitle: 页面"])
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive, with: StreamingRowsImporter())
        #expect(summary.accountsForEveryFile)
        #expect(summary.notItems.map(\.source) == ["oa/empty.txt"])
        #expect(summary.notItems.first?.reason == "stream-rows found no records in it")
    }

    @Test func rowsDeletedFromAnExportLeaveTheIDMapAndAreRolledBack() async throws {
        let site = try TestSite(["oa/register.txt": "STRM\ncount: 30"])
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let streaming = StreamingRowsImporter()
        _ = try await migrate(site, into: archive, with: streaming)
        try site.write("oa/register.txt", "STRM\ncount: 25")
        let second = try await migrate(site, into: archive, with: streaming)
        #expect(second.actions == ["updated": 1])
        #expect(second.rows == ["imported": 25])
        #expect(try archive.read { try $0.mappings(file: "oa/register.txt") }.count == 26)
        _ = try archive.write { try $0.rollback(run: second.run) }
        #expect(try archive.read { try $0.mappings(file: "oa/register.txt") }.count == 31)
        let third = try await migrate(site, into: archive, with: streaming)
        #expect(third.actions == ["updated": 1])
        #expect(streaming.collected.count == 0)
    }
}
