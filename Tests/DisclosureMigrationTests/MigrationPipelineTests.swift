import DisclosureCore
import DisclosureMigration
import DisclosureStore
import Foundation
import ImportKit
import Testing

@Suite struct MigrationPipelineTests {
    static let files: [String: String] = [
        "mhjyj.ynmh.gov.cn/tzgg/a.html":
            "ITEM\ntitle: 关于做好招生工作的通知\ndate: 2018-06-12\nnumber: 勐教发〔2018〕12号\nattachment: files/plan.doc",
        "mhjyj.ynmh.gov.cn/tzgg/files/plan.doc": "%PDF-1.4 not really",
        "mhjyj.ynmh.gov.cn/tzgg/b.html": "ITEM\ntitle: 工作动态一则\ndate: 2018-07-01\nattachment: missing.pdf",
        "mhjyj.ynmh.gov.cn/tzgg/index.html":
            "LIST\nhttp://mhjyj.ynmh.gov.cn/tzgg/a.html\nhttp://mhjyj.ynmh.gov.cn/tzgg/gone.html",
        "mhjyj.ynmh.gov.cn/tzgg/broken.html": "BAD\n",
        "mhjyj.ynmh.gov.cn/style.css": "body { color: red }",
        "oa/register.csv": "ROWS\n关于做好招生工作的通知|勐教发[2018]12号\n关于职称评审的请示|勐教请〔2018〕3号",
    ]

    func migrate(
        _ site: TestSite, into archive: DisclosureArchive, parallelism: Int = 2
    ) async throws
        -> MigrationSummary
    {
        let options = MigrationOptions(siteDirectory: site.root, parallelism: parallelism, batchSize: 2)
        return try await MigrationPipeline(importers: [LineImporter()], archive: archive, options: options).run()
    }

    @Test func everyFileIsAccountedFor() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive)
        #expect(summary.files == 7)
        #expect(summary.accountsForEveryFile)
        #expect(summary.outcomes == ["imported": 3, "notAnItem": 3, "failed": 1])
        #expect(summary.rows == ["merged": 1, "imported": 1])
        #expect(summary.failures.map(\.source) == ["mhjyj.ynmh.gov.cn/tzgg/broken.html"])
        #expect(summary.failures.first?.reason.contains("deliberately bad") == true)
        #expect(
            Set(summary.notItems.map(\.source)) == [
                "mhjyj.ynmh.gov.cn/style.css", "mhjyj.ynmh.gov.cn/tzgg/files/plan.doc",
                "mhjyj.ynmh.gov.cn/tzgg/index.html",
            ])
        #expect(summary.missingListedItems.map(\.url) == ["http://mhjyj.ynmh.gov.cn/tzgg/gone.html"])
        let attachment = summary.notItems.first { $0.source.hasSuffix("plan.doc") }
        #expect(attachment?.reason == "attachment of \(ItemID.derived(from: "http://mhjyj.ynmh.gov.cn/tzgg/a.html"))")
        #expect(summary.missingAttachments.map(\.name) == ["附件"])
        #expect(summary.itemsInArchive == 3)
    }

    @Test func anOARowWithTheSameDocumentNumberIsMergedIntoThePageAndKeepsItNonPublic() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive)
        let merged = try #require(summary.merged.first)
        #expect(merged.source == "oa/register.csv#row=2")
        #expect(merged.reason.contains("勐教发〔2018〕12号"))
        let item = try #require(try archive.read { try $0.item(ItemID(rawValue: merged.itemID ?? "")) })
        #expect(item.provenance.map(\.file) == ["mhjyj.ynmh.gov.cn/tzgg/a.html", "oa/register.csv"])
        #expect(item.attribute == .exempt)
        #expect(item.diagnostics.contains { $0.code == "merge.attribute-conflict" })
        #expect(item.url == "http://mhjyj.ynmh.gov.cn/tzgg/a.html")
        let attachment = try #require(item.attachments.first)
        #expect(attachment.path == "mhjyj.ynmh.gov.cn/tzgg/files/plan.doc")
        #expect(attachment.mediaType == "application/pdf")
        #expect(attachment.sha256 == SHA256Digest.hex(of: "%PDF-1.4 not really"))
    }

    @Test func aSecondRunOverUnchangedInputChangesNothing() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let first = try await migrate(site, into: archive)
        let before = try archive.read { try $0.items() }
        let second = try await migrate(site, into: archive)
        #expect(second.changedNothing)
        #expect(second.actions == ["unchanged": 7])
        #expect(second.outcomes == first.outcomes)
        #expect(try archive.read { try $0.items() } == before)
    }

    @Test func aChangedPageUpdatesItsItem() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        _ = try await migrate(site, into: archive)
        try site.write("mhjyj.ynmh.gov.cn/tzgg/b.html", "ITEM\ntitle: 工作动态（更正）\ndate: 2018-07-02")
        let second = try await migrate(site, into: archive)
        #expect(second.actions == ["unchanged": 6, "updated": 1])
        #expect(!second.changedNothing)
        let id = ItemID.derived(from: "http://mhjyj.ynmh.gov.cn/tzgg/b.html")
        #expect(try archive.read { try $0.item(id)?.title } == "工作动态（更正）")
    }

    @Test func aRunCanBeRolledBack() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let archive = try DisclosureArchive()
        _ = try await migrate(site, into: archive)
        let snapshot = try archive.read { try $0.items() }
        try site.write("mhjyj.ynmh.gov.cn/tzgg/c.html", "ITEM\ntitle: 新增的通知\ndate: 2018-08-01")
        let second = try await migrate(site, into: archive)
        #expect(try archive.read { try $0.itemCount() } == 4)
        _ = try archive.write { try $0.rollback(run: second.run) }
        #expect(try archive.read { try $0.items() } == snapshot)
        // The rolled-back file is new again to the next run.
        let third = try await migrate(site, into: archive)
        #expect(third.actions["added"] == 1)
    }

    @Test func parallelismDoesNotChangeTheArchive() async throws {
        var files = Self.files
        for index in 0..<40 {
            files["mhjyj.ynmh.gov.cn/gzdt/\(index).html"] =
                "ITEM\ntitle: 工作动态\(index % 7)\ndate: 2018-03-0\(index % 9 + 1)"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let serial = try DisclosureArchive()
        let parallel = try DisclosureArchive()
        let one = try await migrate(site, into: serial, parallelism: 1)
        let many = try await migrate(site, into: parallel, parallelism: 8)
        #expect(one.outcomes == many.outcomes)
        #expect(one.merged == many.merged)
        #expect(try serial.read { try $0.items() } == parallel.read { try $0.items() })
    }

    @Test func pagesWithTheSameTitleAndDayAreMergedOnlyWhenTheirTextsAgree() async throws {
        let site = try TestSite([
            "h/a.html": "ITEM\ntitle: 关于召开工作会议的通知\ndate: 2018-03-01\ntext: 定于3月5日召开全县教育工作会议。",
            "h/b.html": "ITEM\ntitle: 关于召开工作会议的通知\ndate: 2018-03-01\ntext: 定于3月9日召开安全工作会议。",
            "h/c.html": "ITEM\ntitle: 关于召开 工作会议的通知\ndate: 2018-03-01\ntext: 定于3月5日召开全县教育工作会议",
        ])
        defer { site.remove() }
        let archive = try DisclosureArchive()
        let summary = try await migrate(site, into: archive)
        #expect(summary.itemsInArchive == 2)
        #expect(summary.merged.map(\.source) == ["h/c.html"])
        #expect(summary.merged.first?.reason.contains("the same title, 发布日期 2018-03-01 and text") == true)
    }
}
