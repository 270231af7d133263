import DisclosureCore
import DisclosureStore
import Testing

@Suite struct ArchiveSearchTests {
    let archive: DisclosureArchive

    init() throws {
        archive = try DisclosureArchive()
        try archive.write { (session) throws in
            try session.save(
                StoreSamples.item("a1", "勐海县2018年义务教育招生工作方案", text: "全县小学一年级招生实行划片就近入学。"), run: nil)
            try session.save(
                StoreSamples.item("a2", "2018年教育督导评估报告", text: "县人民政府教育督导室对全县学校开展督导评估。"), run: nil)
            try session.save(
                StoreSamples.item("a3", "未审查的招生通知", text: "招生工作安排", reviewed: false), run: nil)
        }
    }

    @Test func findsChineseSubstringsWithTrigrams() throws {
        let hits = try archive.read { try $0.search("划片就近") }
        #expect(hits.map(\.itemID) == ["a1"])
        #expect(hits.first?.snippet.contains("【划片就近】") == true)
        #expect(try archive.read { try $0.search("督导评估") }.map(\.itemID) == ["a2"])
    }

    @Test func twoCharacterQueriesFallBackToASubstringScan() throws {
        let hits = try archive.read { try $0.search("招生") }
        #expect(Set(hits.map(\.itemID)) == ["a1", "a3"])
        #expect(try archive.read { try $0.search("督导") }.map(\.itemID) == ["a2"])
    }

    @Test func publicOnlySearchHidesUnreleasedItems() throws {
        #expect(try archive.read { try $0.search("招生", publicOnly: true) }.map(\.itemID) == ["a1"])
    }

    @Test func queryOperatorsAreLiteral() throws {
        #expect(try archive.read { try $0.search("招生 OR 督导") }.isEmpty)
        #expect(try archive.read { try $0.search("\"*") }.isEmpty)
        #expect(try archive.read { try $0.search("%") }.isEmpty)
    }

    @Test func anUpdatedItemIsSearchedByItsNewText() throws {
        try archive.write { try $0.save(StoreSamples.item("a2", "2018年教育督导评估报告", text: "改为营养改善计划的内容"), run: nil) }
        #expect(try archive.read { try $0.search("督导评估") }.map(\.itemID) == ["a2"])
        #expect(try archive.read { try $0.search("对全县学校") }.isEmpty)
        #expect(try archive.read { try $0.search("营养改善") }.map(\.itemID) == ["a2"])
    }
}
