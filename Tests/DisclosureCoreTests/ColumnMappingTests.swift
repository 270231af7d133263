import DisclosureCore
import Foundation
import Testing

@Suite struct ColumnMappingTests {
    let matcher: ColumnMatcher

    init() throws {
        matcher = try ColumnMatcher(catalogue: .countyEducationBureau)
    }

    @Test(arguments: [
        ("通知公告", CategoryID.notices),
        ("工作动态", .workNews),
        ("教育信息", .educationInfo),
        ("招生信息", .enrollmentInfo),
        ("录取信息", .admissionInfo),
        ("招生政策及程序", .enrollmentPolicyAndProcedure),
        ("规范性文件", .normativeDocuments),
        ("政策解读", .policyInterpretations),
        ("预算公开专栏", .budget),
        ("部门预算", .departmentBudget),
        ("部门决算", .departmentFinalAccounts),
        ("专项资金", .specialFunds),
        ("转移支付资金", .transferPayments),
        ("政府文件", .governmentDocuments),
        ("督导报告", .supervisionReports),
        ("政府信息公开年报", .annualReports),
        ("依申请公开", .onRequest),
        ("政府信息公开指南", .disclosureGuide),
        ("招生计划", .enrollmentPlan),
        ("  校园安全 ", .campusSafety),
    ])
    func exactNames(column: String, expected: CategoryID) throws {
        let match = try #require(matcher.match(column))
        #expect(match.category == expected)
        #expect(match.method == .exactName)
        #expect(match.breadcrumbSegment == nil)
    }

    @Test(arguments: [
        ("公告通知", CategoryID.notices),
        ("通知通告", .notices),
        ("公示公告", .notices),
        ("教育动态", .workNews),
        ("招生考试", .enrollmentInfo),
        ("录取结果", .admissionInfo),
        ("财政预决算", .budget),
        ("预决算公开", .budget),
        ("财务信息", .budget),
        ("相关政策解读", .policyInterpretations),
        ("行政规范性文件", .normativeDocuments),
        ("转移支付", .transferPayments),
        ("全面改薄", .schoolConditions),
        ("政府信息公开年度报告", .annualReports),
        ("依申请公开指南", .disclosureGuide),
        ("学生资助", .studentFinancialAid),
    ])
    func synonyms(column: String, expected: CategoryID) throws {
        let match = try #require(matcher.match(column))
        #expect(match.category == expected)
        #expect(match.method == .synonym)
        #expect(match.term == column)
    }

    @Test(arguments: [
        ("通 知 公 告", CategoryID.notices, String?("通知公告")),
        ("通　知　公　告", .notices, "通知公告"),
        ("【通知公告】", .notices, "通知公告"),
        ("通知·公告", .notices, "通知公告"),
        ("政策\u{00A0}解读", .policyInterpretations, "政策解读"),
        ("“三公”经费", .threePublicExpenses, "三公经费"),
        ("招生政策 及 程序", .enrollmentPolicyAndProcedure, "招生政策及程序"),
        ("规 范 性 文 件\n", .normativeDocuments, "规范性文件"),
        ("预算公开专栏：", .budget, "预算公开专栏"),
    ])
    func normalizedMatches(column: String, expected: CategoryID, term: String?) throws {
        let match = try #require(matcher.match(column), "\(column)")
        #expect(match.category == expected)
        #expect(match.method == .normalized)
        if let term { #expect(match.term == term) }
    }

    @Test(arguments: [
        ("首页 > 信息公开 > 政策解读", CategoryID.policyInterpretations, "政策解读", ColumnMatch.Method.exactName),
        ("当前位置：首页 > 通知公告 > 正文", .notices, "通知公告", .exactName),
        ("您现在的位置：首页>>教育信息>>招生信息", .enrollmentInfo, "招生信息", .exactName),
        ("首页 » 政务公开 » 公告通知", .notices, "公告通知", .synonym),
        ("网站首页 / 预算公开专栏 / 专项资金 / 详情", .specialFunds, "专项资金", .exactName),
        ("首页＞政府信息公开＞政府信息公开年报", .annualReports, "政府信息公开年报", .exactName),
        ("首页 - 工作 动态", .workNews, "工作 动态", .normalized),
        ("位置：政府文件", .governmentDocuments, "政府文件", .exactName),
    ])
    func breadcrumbs(column: String, expected: CategoryID, segment: String, method: ColumnMatch.Method) throws {
        let match = try #require(matcher.match(column), "\(column)")
        #expect(match.category == expected)
        #expect(match.breadcrumbSegment == segment)
        #expect(match.method == method)
    }

    @Test(arguments: [
        "", "   ", "首页", "首页 > 信息公开", "首页 > 通知公告 > 2018年", "学校风采", "党建工作", "领导之窗",
        "信息公开", "政务公开", "通知公告2", "招生", "其他", "当前位置：首页 > 正文",
    ])
    func unknownColumnsMatchNothing(_ column: String) {
        #expect(matcher.match(column) == nil)
    }

    @Test func overridesWinOverTheCatalogue() throws {
        let mapping = ColumnMapping(
            synonyms: [.specialFunds: ["项目资金"]],
            overrides: ["教育信息": .workNews, "首页 > 部门信息 > 其他": .notices, "最新 动态": .workNews])
        let matcher = try ColumnMatcher(catalogue: .countyEducationBureau, mapping: mapping)
        #expect(matcher.match("教育信息") == ColumnMatch(category: .workNews, method: .override, term: "教育信息"))
        #expect(matcher.match("首页 > 部门信息 > 其他")?.category == .notices)
        #expect(matcher.match("最新动态") == ColumnMatch(category: .workNews, method: .override, term: "最新 动态"))
        #expect(matcher.match("项目资金") == ColumnMatch(category: .specialFunds, method: .synonym, term: "项目资金"))
        #expect(matcher.match("首页 > 教育信息")?.method == .override)
        #expect(matcher.match("首页 > 教育信息")?.breadcrumbSegment == "教育信息")
    }

    @Test func mappingNamingAnUnknownNodeIsRejected() {
        let error = #expect(throws: CatalogueError.self) {
            try ColumnMatcher(catalogue: .countyEducationBureau, mapping: ColumnMapping(overrides: ["公告": "notice"]))
        }
        #expect(error?.code == .unknownMappingTarget)
        #expect(error?.category == "notice")
        #expect(error?.message.contains("公告") == true)
        let synonymError = #expect(throws: CatalogueError.self) {
            try ColumnMatcher(catalogue: .countyEducationBureau, mapping: ColumnMapping(synonyms: ["budgets": ["预算"]]))
        }
        #expect(synonymError?.category == "budgets")
    }

    @Test func ambiguousTermsMatchNothing() throws {
        let catalogue = try Catalogue(categories: [
            Category(id: "notices", name: "通知公告", synonyms: ["公告"]),
            Category(id: "tenders", name: "招标公告", synonyms: ["公告"]),
        ])
        let matcher = try ColumnMatcher(catalogue: catalogue)
        #expect(matcher.match("公告") == nil)
        #expect(matcher.match("首页 > 公告") == nil)
        #expect(matcher.match("通知公告")?.category == "notices")
        let disambiguated = try ColumnMatcher(
            catalogue: catalogue, mapping: ColumnMapping(overrides: ["公告": "tenders"]))
        #expect(disambiguated.match("公告")?.category == "tenders")
    }

    @Test func mappingRoundTripsThroughJSONAndDefaultsMissingKeys() throws {
        let mapping = ColumnMapping(
            synonyms: [.notices: ["最新公告"]], overrides: ["教育信息": .workNews], ignoredTrailingSegments: ["正文"])
        let data = try JSONEncoder().encode(mapping)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains(#""notices":["最新公告"]"#))
        #expect(try JSONDecoder().decode(ColumnMapping.self, from: data) == mapping)
        let minimal = try JSONDecoder().decode(
            ColumnMapping.self, from: Data(#"{"overrides": {"公告": "notices"}}"#.utf8))
        #expect(minimal.overrides == ["公告": .notices])
        #expect(minimal.synonyms.isEmpty)
        #expect(minimal.ignoredTrailingSegments == ColumnMapping.defaultIgnoredTrailingSegments)
        #expect(minimal.breadcrumbSeparators == ColumnMapping.defaultBreadcrumbSeparators)
    }

    @Test(arguments: [
        ("【通 知 公 告】", "通知公告"),
        ("ＡＢＣ１２３", "abc123"),
        ("招生政策（2018）", "招生政策2018"),
        ("“三公”经费", "三公经费"),
        ("\t政策\u{3000}解读\r\n", "政策解读"),
    ])
    func normalizedKeys(text: String, key: String) {
        #expect(ColumnMatcher.normalizedKey(text) == key)
    }

    @Test func breadcrumbSegmentsSplitOnEverySeparator() {
        #expect(matcher.breadcrumbSegments("当前位置：首页 >> 教育信息 » 招生信息") == ["当前位置", "首页", "教育信息", "招生信息"])
    }
}
