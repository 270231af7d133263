import DisclosureCore
import DisclosureMigration
import DisclosureStore
import Foundation
import ImportKit
import Testing

/// Files larger than what is read whole at once are sniffed from their head: an attachment nobody imports is only
/// hashed, a file an importer wants is read whole; either way the content hash is the whole file's.
@Suite struct MigrationReadingTests {
    @Test func largeFilesAreHashedWholeAndImportedWhole() async throws {
        let padding = String(repeating: "教育", count: 400_000)
        let asset = "%PDF-1.4\n" + padding
        let page = "ITEM\ntitle: 很长的通知\ndate: 2018-06-12\ntext: " + padding
        let site = try TestSite(["h/big.pdf": asset, "h/big.html": page, "h/small.css": "p {}"])
        defer { site.remove() }
        #expect(asset.utf8.count > 2_000_000)
        let archive = try DisclosureArchive()
        let options = MigrationOptions(siteDirectory: site.root, parallelism: 2, batchSize: 2)
        let pipeline = MigrationPipeline(importers: [LineImporter()], archive: archive, options: options)
        let summary = try await pipeline.run()
        #expect(summary.accountsForEveryFile)
        #expect(summary.outcomes == ["imported": 1, "notAnItem": 2])
        let pdf = try #require(try archive.read { try $0.mapping("file:h/big.pdf") })
        #expect(pdf.contentHash == SHA256Digest.hex(of: asset))
        #expect(pdf.reason == "not a page or export (application/pdf)")
        let html = try #require(try archive.read { try $0.mapping("file:h/big.html") })
        #expect(html.contentHash == SHA256Digest.hex(of: page))
        let itemID = try #require(html.itemID)
        let item = try #require(try archive.read { try $0.item(itemID) })
        #expect(item.text == padding)
        #expect(item.provenance.first?.contentHash == SHA256Digest.hex(of: page))
        // Unchanged on a second run, large files included.
        let again = try await pipeline.run()
        #expect(again.changedNothing)
        #expect(again.actions == ["unchanged": 3])
    }
}
