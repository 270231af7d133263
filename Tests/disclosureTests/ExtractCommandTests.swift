import DisclosureCore
import Foundation
import Testing

/// `disclosure extract` through the built executable, as a user runs it.
@Suite struct ExtractCommandTests {
    static let page = "fixtures/portal/trs-detail-gbk-p0-attachments-spam.html"
    static let url = "http://www.ynmh.gov.cn/jyj/xxgk/yjsgk/201806/t20180612_123471.html"

    @Test func onePageGivesTheGoldenLine() throws {
        let result = try CommandLineRunner.run(["extract", "--url", Self.url, Self.page])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(
            contentsOf: CommandLineRunner.repositoryRoot.appendingPathComponent(
                "fixtures/portal/trs-detail-gbk-p0-attachments-spam.expected.jsonl"), encoding: .utf8)
        #expect(result.stdout == golden)
        let items = try DisclosureJSON.decodeLines(DisclosureItem.self, from: result.stdout)
        #expect(items.count == 1)
        #expect(items.first?.sourceFile == Self.page)
        #expect(items.first?.attachments.first?.url?.hasPrefix("http://www.ynmh.gov.cn/") == true)
    }

    @Test func withoutAnAddressLinksStayRelative() throws {
        let result = try CommandLineRunner.run(["extract", Self.page])
        #expect(result.status == 0)
        let item = try #require(try DisclosureJSON.decodeLines(DisclosureItem.self, from: result.stdout).first)
        #expect(item.attachments.first?.url == "./P020180612389472150186")
        #expect(item.url == nil)
    }

    @Test func aSplitArticleIsMergedFromItsFolder() throws {
        let result = try CommandLineRunner.run([
            "extract", "--url", "http://www.ynmh.gov.cn/jyj/xxgk/zfwj/201806/t20180612_123456.html",
            "fixtures/portal/trs-t20180612_123456.html",
        ])
        let item = try #require(try DisclosureJSON.decodeLines(DisclosureItem.self, from: result.stdout).first)
        #expect(item.provenance.count == 3)
        #expect(item.writtenAt?.description == "2018-06-08")
        #expect(item.text?.contains("于2018年7月31日前完成整改") == true)
    }

    @Test func everyFileGivesALineAndAFailureExitsOne() throws {
        let result = try CommandLineRunner.run([
            "extract", "fixtures/portal/trs-list-index.html", "fixtures/portal/no-such-page.html",
            "fixtures/portal/dhtml-login.html",
        ])
        #expect(result.status == 1)
        let items = try DisclosureJSON.decodeLines(DisclosureItem.self, from: result.stdout)
        #expect(
            items.map(\.sourceFile) == [
                "fixtures/portal/trs-list-index.html", "fixtures/portal/no-such-page.html",
                "fixtures/portal/dhtml-login.html",
            ])
        #expect(items.allSatisfy { !$0.isItem })
        #expect(items[1].diagnostics.first?.code == "extract.unreadable")
        #expect(items[1].diagnostics.first?.severity == .error)
        #expect(items[2].diagnostics.contains { $0.message.contains("login page") })
    }

    @Test func anUnknownFileKindIsAFailureLine() throws {
        let result = try CommandLineRunner.run(["extract", "schema/disclosure-item.schema.json"])
        #expect(result.status == 1)
        let item = try #require(try DisclosureJSON.decodeLines(DisclosureItem.self, from: result.stdout).first)
        #expect(item.isItem == false)
        #expect(item.diagnostics.first?.code == "extract.no-importer")
    }

    @Test func aProfileAndPrettyOutput() throws {
        let result = try CommandLineRunner.run([
            "extract", "--pretty", "--profile", "fixtures/portal/profile-example.json",
            "fixtures/portal/profile/wenzhang.html",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  \"title\" : \"勐海县2019年春季学期中小学开学工作检查情况通报\""))
    }

    @Test func urlNeedsASingleFile() throws {
        let result = try CommandLineRunner.run(["extract", "--url", "http://x.example/", Self.page, Self.page])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--url"))
    }
}
