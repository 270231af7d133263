import DisclosureCore
import ImportKit
import OAExport
import Testing

/// Nothing imported from an OA export is ever releasable: 密级 rows and 不予公开/依申请公开 rows are non-public,
/// and no import ever records a passed confidentiality review.
@Suite struct ReleaseSafetyTests {
    static let registers = [
        "fawen-2018-gbk.csv", "shouwen-2018-utf8-bom.csv", "fawen-2018-utf16le.csv", "fawen-2018.xlsx",
        "shouwen-2018-spreadsheetml.xls", "fawen-2018-html.xls", "eep-2018-026.xml", "eep-2018-gbk.xml",
        "eep-2018-package.zip",
    ]

    static func items(_ fixture: String) throws -> [DisclosureItem] {
        let source = try Fixtures.source(fixture)
        let importer = try #require(OAExportImporters.importer(for: source))
        return try importer.importSource(source, context: ImportContext()).items.filter(\.isItem)
    }

    @Test(arguments: registers)
    func noImportedItemIsReleasable(fixture: String) throws {
        let items = try Self.items(fixture)
        #expect(!items.isEmpty)
        let rules = ReleaseRules(today: CivilDate(year: 2019, month: 1, day: 31)!)
        #expect(rules.releasable(items).isEmpty)
        for item in items {
            #expect(!item.isReleasable)
            #expect(item.review == nil)
        }
    }

    @Test func secretRowsAreExemptOnStateSecretEvenWhenMarkedProactive() throws {
        let items = try Self.items("fawen-2018-gbk.csv")
        let secret = try #require(items.first { $0.documentNumber?.normalized == "勐教发〔2018〕52号" })
        #expect(secret.attribute == .exempt)
        #expect(secret.exemptionGround == .stateSecret)
        #expect(secret.exemptionReason == "密级：机密★1年")
        #expect(secret.diagnostics.map(\.code) == ["oa.secrecy-overrides-attribute"])
        // Even after a reviewer passes it by mistake, the attribute keeps it out of public output.
        var reviewed = secret
        reviewed.review = ConfidentialityReview(result: .passed)
        #expect(!reviewed.isReleasable)
        let rules = ReleaseRules(today: CivilDate(year: 2019, month: 1, day: 31)!)
        #expect(rules.releasable([reviewed]).isEmpty)
    }

    @Test func exemptRowsKeepTheirReasonAndGround() throws {
        let csv = try Self.items("fawen-2018-gbk.csv")
        let privacy = try #require(csv.first { $0.documentNumber?.normalized == "勐教请〔2018〕7号" })
        #expect(privacy.attribute == .exempt)
        #expect(privacy.exemptionReason == "涉及个人隐私（条例第十五条）")
        #expect(privacy.exemptionGround == .thirdParty)
        let onRequest = try #require(csv.first { $0.documentNumber?.normalized == "勐教发〔2018〕45号" })
        #expect(onRequest.attribute == .onRequest)

        let html = try Self.items("fawen-2018-html.xls")
        let personnel = try #require(html.first { $0.documentNumber?.normalized == "勐教请〔2018〕12号" })
        #expect(personnel.exemptionReason == "人事管理，内部事务信息")
        #expect(personnel.exemptionGround == .internalAffairs)

        let eep = try Self.items("eep-2018-gbk.xml")
        #expect(eep.first?.attribute == .exempt)
        #expect(eep.first?.exemptionReason == "密级：秘密★10年")
    }

    @Test(arguments: [
        ("秘密", true), ("机密★1年", true), ("绝密★长期", true), ("内部", true), ("工作秘密", true), ("无", false),
        ("非密", false), ("", false),
    ])
    func secrecyMarkings(marking: String, nonPublic: Bool) throws {
        let csv = "标题,文号,密级,公开属性\n关于测试的通知,勐教发〔2018〕1号,\(marking),主动公开\n"
        let result = try OACSVImporter().importSource(
            ImportSource(bytes: Array(csv.utf8), path: "t.csv"), context: ImportContext())
        let item = try #require(result.items.first)
        #expect((item.attribute != .proactive) == nonPublic)
    }

    @Test(arguments: [
        ("属于国家秘密", ExemptionGround.stateSecret), ("危及社会稳定", .threeSecurities), ("涉及商业秘密", .thirdParty),
        ("属于行政执法案卷", .lawEnforcementFile), ("讨论记录，过程稿", .processInfo), ("后勤管理", .internalAffairs),
        ("法律、行政法规禁止公开", .lawForbidden),
    ])
    func groundsNamedInReasons(reason: String, ground: ExemptionGround) {
        #expect(ExemptionGroundMatcher.ground(in: reason) == ground)
    }

    @Test func ambiguousReasonNamesNoGround() {
        #expect(ExemptionGroundMatcher.ground(in: "依据条例第十四条") == nil)
    }
}
