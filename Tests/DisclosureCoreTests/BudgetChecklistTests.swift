import DisclosureCore
import Foundation
import Testing

@Suite struct BudgetChecklistTests {
    let checklist = BudgetChecklist.standard
    let catalogue = Catalogue.countyEducationBureau

    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func standardRequirementsFollowTheSeed() {
        #expect(checklist.requirementIDs.count == 2 + 2 * 5)
        #expect(
            checklist.requirementIDs.prefix(4) == [
                "department-budget", "department-final-accounts", "special-funds/rules", "special-funds/application",
            ])
        #expect(checklist.requirementIDs.last == "transfer-payments/performance")
        #expect(BudgetChecklist.standardStages.map(\.name) == ["制度办法", "申报流程", "评审公示", "分配结果", "绩效评价"])
    }

    @Test(arguments: [
        ("勐海县教育局2018年部门预算公开", ["department-budget"]),
        ("勐海县教育局2017年度部门决算公开说明", ["department-final-accounts"]),
        ("勐海县教育局2018年部门预决算公开", ["department-budget", "department-final-accounts"]),
        ("勐海县教育专项资金管理办法", ["special-funds/rules"]),
        ("关于申报2018年教育专项资金项目的通知", ["special-funds/application"]),
        ("2018年学前教育专项资金项目评审结果公示", ["special-funds/review"]),
        ("2018年义务教育薄弱学校改造专项资金分配结果公示", ["special-funds/allocation"]),
        ("2017年度专项资金绩效评价报告", ["special-funds/performance"]),
        ("关于下达2018年中央转移支付资金的通知", ["transfer-payments/allocation"]),
        ("2018年转移支付资金绩效自评报告", ["transfer-payments/performance"]),
        ("2018年城乡义务教育补助经费转移支付资金分配及绩效目标表", ["transfer-payments/allocation", "transfer-payments/performance"]),
    ])
    func classifiesTitlesByKeyword(title: String, expected: [String]) {
        let covers = checklist.classify(ChecklistCandidate(id: "x", title: title))
        #expect(covers.keys.sorted() == expected.sorted(), "\(title)")
        #expect(covers.values.allSatisfy { $0.allSatisfy { $0.method == .titleKeyword } })
    }

    @Test(arguments: [
        "关于召开2018年教育工作会议的通知", "勐海县第一中学2018年招生计划", "2018年学校安全工作方案", "绩效工资发放办法",
        "关于2018年专项资金的说明",
    ])
    func ignoresItemsThatAreNotAFundStage(_ title: String) {
        #expect(checklist.classify(ChecklistCandidate(id: "x", title: title)).isEmpty, "\(title)")
    }

    @Test func explicitFieldsWinOverCategoryAndTitle() throws {
        let candidate = ChecklistCandidate(
            id: "b1", title: "2018年专项资金分配结果公示", category: .specialFunds, fund: "转移支付资金", stage: "review")
        let covers = checklist.classify(candidate, catalogue: catalogue)
        #expect(Array(covers.keys) == ["transfer-payments/review"])
        let reasons = try #require(covers["transfer-payments/review"])
        #expect(
            reasons == [
                CoverageReason(dimension: "fund", method: .explicitField, evidence: "转移支付资金"),
                CoverageReason(dimension: "stage", method: .explicitField, evidence: "review"),
            ])
    }

    @Test func categoryDecidesTheFundWhenNoFieldSaysSo() throws {
        let catalogue = try Catalogue(
            categories: catalogue.categories + [
                Category(id: "budget/special-funds/2018", name: "2018年专项资金", parent: .specialFunds)
            ])
        let candidate = ChecklistCandidate(id: "b2", title: "学前教育项目分配结果", category: "budget/special-funds/2018")
        let covers = checklist.classify(candidate, catalogue: catalogue)
        #expect(
            covers["special-funds/allocation"] == [
                CoverageReason(dimension: "fund", method: .category, evidence: "budget/special-funds/2018"),
                CoverageReason(dimension: "stage", method: .titleKeyword, evidence: "分配"),
            ])
        // Without the catalogue the nested category is unknown, and the title alone is out of scope.
        #expect(checklist.classify(candidate).isEmpty)
    }

    @Test func coverageReportListsWhatIsMissingPerYear() throws {
        let candidates = [
            ChecklistCandidate(
                id: "b1", title: "勐海县教育局2018年部门预算公开", category: .departmentBudget, publishedAt: day("2018-02-11")),
            ChecklistCandidate(
                id: "b2", title: "勐海县教育专项资金管理办法", category: .specialFunds, publishedAt: day("2018-03-01")),
            ChecklistCandidate(id: "b3", title: "2018年专项资金分配结果公示", publishedAt: day("2018-09-20")),
            ChecklistCandidate(id: "b4", title: "2018年第二批专项资金分配结果", publishedAt: day("2018-06-01")),
            ChecklistCandidate(id: "b5", title: "2017年度部门决算公开", publishedAt: day("2017-09-01")),
            ChecklistCandidate(id: "b6", title: "2018年转移支付资金分配", publishedAt: day("2018-05-05"), fund: "专项"),
            ChecklistCandidate(id: "b7", title: "2018年专项资金绩效评价报告"),
            ChecklistCandidate(id: "n1", title: "关于召开全县教育工作会议的通知", category: .notices, publishedAt: day("2018-01-05")),
        ]
        let report = checklist.coverage(of: candidates, year: 2018, catalogue: catalogue)
        #expect(report.year == 2018)
        #expect(
            report.covered.map(\.requirementID) == [
                "department-budget", "special-funds/rules", "special-funds/allocation", "transfer-payments/allocation",
            ])
        #expect(report.missing.count == 12 - 4)
        #expect(report["department-final-accounts"]?.isCovered == false)
        #expect(report["special-funds/allocation"]?.items.map(\.itemID) == ["b4", "b3"])
        #expect(report.diagnostics.map(\.code).sorted() == ["checklist.undated", "checklist.unknown-fund"])
        #expect(report.diagnostics.first { $0.code == "checklist.unknown-fund" }?.element == "b6")

        let years = checklist.yearlyCoverage(of: candidates, catalogue: catalogue)
        #expect(years.map(\.year) == [2017, 2018])
        #expect(years[0].covered.map(\.requirementID) == ["department-final-accounts"])
    }

    @Test func fundWithoutStageIsReported() {
        let report = checklist.coverage(
            of: [ChecklistCandidate(id: "b1", title: "关于2018年专项资金的说明", publishedAt: day("2018-04-04"))], year: 2018)
        #expect(report.covered.isEmpty)
        #expect(report.diagnostics.map(\.code) == ["checklist.no-stage"])
        #expect(report.diagnostics.first?.severity == .info)
    }

    @Test func aBureauCanConfigureFundsAndStages() throws {
        let json = """
            {
              "funds": [{"id": "meals", "name": "营养改善计划资金", "keywords": ["营养改善"], "stageIDs": ["allocation"]}],
              "stages": [{"id": "allocation", "name": "分配结果", "keywords": ["分配"]}],
              "scopeKeywords": ["资金"],
              "exclusionKeywords": []
            }
            """
        let custom = try JSONDecoder().decode(BudgetChecklist.self, from: Data(json.utf8))
        #expect(custom.requirementIDs == ["meals/allocation"])
        let report = custom.coverage(
            of: [ChecklistCandidate(id: "m1", title: "2018年营养改善计划资金分配表", publishedAt: day("2018-10-10"))], year: 2018)
        #expect(report.missing.isEmpty)
        #expect(report.requirements.first?.label == "营养改善计划资金 · 分配结果")
    }

    @Test func reportRoundTripsThroughJSONAndRendersForATerminal() throws {
        let report = checklist.coverage(
            of: [
                ChecklistCandidate(id: "b3", title: "2018年专项资金分配结果公示", publishedAt: day("2018-09-20"))
            ], year: 2018)
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["missing"] as? [String])?.count == 11)
        #expect(try JSONDecoder().decode(CoverageReport.self, from: data) == report)

        let text = report.renderText()
        #expect(text.hasPrefix("预算公开专栏 (budget) 2018: 1 of 12 covered, 11 missing\n"))
        #expect(text.contains("  [x] 专项资金 · 分配结果  (special-funds/allocation)  1 item\n"))
        #expect(
            text.contains(
                "        2018-09-20  b3  2018年专项资金分配结果公示  [fund by titleKeyword '专项资金'; stage by titleKeyword '分配']"))
        #expect(text.contains("  [ ] 部门预算  (department-budget)  missing\n"))
        #expect(text.contains("Missing:\n  - 部门预算 (department-budget)\n"))
    }
}
