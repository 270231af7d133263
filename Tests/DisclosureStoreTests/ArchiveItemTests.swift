import DisclosureCore
import DisclosureStore
import Foundation
import Testing

@Suite struct ArchiveItemTests {
    @Test func savesAndReadsBackAnItemExactly() throws {
        let archive = try DisclosureArchive()
        var item = StoreSamples.item("a1", "关于做好2018年秋季学期义务教育招生工作的通知", text: "各学校：招生工作按划片就近入学原则进行。")
        item.documentNumber = try DocumentNumber(parsing: "勐教发[2018]12号")
        item.attachments = [Attachment(name: "附件1.doc", url: "http://x/a.doc")]
        try archive.write { try $0.save(item, run: nil) }
        let loaded = try archive.read { try $0.item("a1") }
        #expect(loaded == item)
        #expect(try archive.read { try $0.itemID(documentNumber: try DocumentNumber(parsing: "勐教发〔2018〕12号")) } == "a1")
        #expect(try archive.read { try $0.itemID(url: "http://mhjyj.ynmh.gov.cn/a1.html") } == "a1")
    }

    @Test func findsItemsByNormalisedTitleAndDay() throws {
        let archive = try DisclosureArchive()
        try archive.write {
            try $0.save(StoreSamples.item("a1", "关于 2018年 招生工作的通知", published: "2018-06-12T10:00:00"), run: nil)
        }
        let found = try archive.read {
            try $0.itemID(
                normalizedTitle: ColumnMatcher.normalizedKey("关于2018年招生工作的通知"),
                publishedOn: CivilDate(year: 2018, month: 6, day: 12)!)
        }
        #expect(found == "a1")
    }

    @Test func yearAndPublicFiltersApply() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            try session.save(StoreSamples.item("a1", "甲", published: "2018-01-02"), run: nil)
            try session.save(StoreSamples.item("a2", "乙", published: "2019-01-02"), run: nil)
            try session.save(StoreSamples.item("a3", "丙", published: "2018-03-02", reviewed: false), run: nil)
            try session.save(StoreSamples.item("a4", "丁", published: "2018-03-02", attribute: .onRequest), run: nil)
            var page = StoreSamples.item("p1", "站内搜索", published: nil)
            page.isItem = false
            try session.save(page, run: nil)
        }
        try archive.read { (session) throws in
            #expect(try session.items(year: 2018).map(\.id) == ["a1", "a3", "a4"])
            #expect(try session.items(year: 2018, publicOnly: true).map(\.id) == ["a1"])
            #expect(try session.items().count == 4)
            #expect(try session.itemCount() == 4)
            #expect(try session.itemCount(includeNonItems: true) == 5)
            let byCategory = try session.itemCountsByCategory(year: 2018)
            #expect(byCategory.count == 1)
            #expect(byCategory.first?.count == 3)
        }
    }

    @Test func anArchiveFilePersistsAcrossOpenings() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let archive = try DisclosureArchive(path: path)
            try archive.write { try $0.save(StoreSamples.item("a1", "工作动态"), run: nil) }
        }
        let reopened = try DisclosureArchive(path: path)
        #expect(try reopened.read { try $0.item("a1")?.title } == "工作动态")
        #expect(reopened.fileSize() > 0)
    }

    @Test func anUnopenableArchiveNamesItsPath() {
        let error = #expect(throws: ArchiveError.self) {
            _ = try DisclosureArchive(path: "/nonexistent-dir/x/archive.sqlite")
        }
        #expect(error?.description.contains("/nonexistent-dir/x/archive.sqlite") == true)
    }

    @Test func requestsRoundTrip() throws {
        let archive = try DisclosureArchive()
        let receipt = RequestReceipt(channel: .internet, date: CivilDate(year: 2021, month: 3, day: 5)!)
        let request = DisclosureRequest(
            id: "2021-001", receipt: receipt, applicantType: .naturalPerson, subject: "招生计划")
        try archive.write { try $0.save(request) }
        #expect(try archive.read { try $0.request("2021-001") } == request)
        #expect(try archive.read { try $0.requests().count } == 1)
    }
}
