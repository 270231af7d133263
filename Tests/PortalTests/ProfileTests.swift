import DisclosureCore
import Foundation
import ImportKit
import Portal
import Testing

/// Site profiles: the documented example decodes, and it fixes a page the heuristics get wrong.
@Suite struct ProfileTests {
    static let page = "fixtures/portal/profile/wenzhang.html"

    static func example() throws -> SiteProfile {
        try SiteProfile.load(
            [UInt8](Data(contentsOf: PortalFixtures.folder.appendingPathComponent("profile-example.json"))))
    }

    @Test func theExampleDecodes() throws {
        let profile = try Self.example()
        #expect(profile.site == "勐海县教育局")
        #expect(profile.selectors[.title] == "//div[@class='wzbt']")
        #expect(profile.selectors[.body] == "//div[@id='wenzhang']")
        #expect(profile.labelSynonyms["印发时间"] == .writtenAt)
        #expect(profile.columnMapping?.overrides["教育新闻"] == CategoryID.workNews)
    }

    @Test func heuristicsAloneGetThePageWrong() throws {
        let source = try PortalFixtures.source(Self.page)
        let result = try PortalImporter().importSource(source, context: ImportContext())
        let item = try #require(result.items.first)
        #expect(item.title != "勐海县2019年春季学期中小学开学工作检查情况通报")
        // The date is only guessed from the address (t20190305_…), and says so.
        #expect(item.diagnostics.contains { $0.code == "portal.date-from-address" })
        #expect(item.text?.contains("勐海县教育局是县人民政府主管全县教育工作的组成部门") == true)
    }

    @Test func theProfileFixesIt() throws {
        let source = try PortalFixtures.source(Self.page)
        let result = try PortalImporter(profile: try Self.example()).importSource(source, context: ImportContext())
        let item = try #require(result.items.first)
        #expect(item.title == "勐海县2019年春季学期中小学开学工作检查情况通报")
        #expect(item.publishedAt?.description == "2019-03-05")
        #expect(item.source == "县教育督导室")
        #expect(item.repost == nil)
        #expect(item.text == "3月1日至4日，县教育局组成4个检查组，对全县中小学开学工作进行了检查。\n\n检查结果表明，各校开学准备充分，秩序良好。")
    }

    @Test func aProfileInTheContextIsUsedToo() throws {
        let source = try PortalFixtures.source(Self.page)
        let bytes = [UInt8](try Data(contentsOf: PortalFixtures.folder.appendingPathComponent("profile-example.json")))
        let result = try PortalImporter().importSource(source, context: ImportContext(profile: bytes))
        #expect(result.items.first?.title == "勐海县2019年春季学期中小学开学工作检查情况通报")
    }

    @Test func anUnknownFieldNameIsAnError() {
        #expect(throws: (any Error).self) {
            try SiteProfile.load(Array(#"{"selectors": {"titel": "//h1"}}"#.utf8))
        }
    }

    @Test func aBrokenSelectorIsADiagnosticNotAFailure() throws {
        let source = try PortalFixtures.source(Self.page)
        let profile = SiteProfile(selectors: [.title: "//div["])
        let item = try #require(
            try PortalImporter(profile: profile).importSource(source, context: ImportContext()).items.first)
        #expect(item.diagnostics.contains { $0.code == "portal.profile-selector-invalid" && $0.field == "title" })
    }
}
