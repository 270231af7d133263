import DisclosureCore
import Foundation
import Testing

@Suite struct EnrollmentChecklistTests {
    let checklist = EnrollmentChecklist.countyEducationBureau
    let catalogue = Catalogue.countyEducationBureau

    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func requirementsCoverTheSeedAndTenDisclosures() {
        let names = Set(checklist.requirements.map(\.name))
        for name in [
            "招生政策", "招生计划", "招生范围", "招生程序", "考生资格", "录取程序", "录取结果", "咨询及申诉渠道", "重大违规事件及处理结果",
            "录取新生复查结果", "招生章程", "招生资格",
        ] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(Set(checklist.requirementIDs).count == checklist.requirements.count)
    }

    @Test(arguments: [
        ("2018年勐海县义务教育阶段招生工作实施方案", ["policy"]),
        ("2018年勐海县普通高中招生计划", ["plan"]),
        ("勐海县城区小学一年级招生范围划分公告", ["zones"]),
        ("2018年秋季学期小学一年级新生入学报名时间安排", ["procedure"]),
        ("2018年中考加分考生资格审查结果公示", ["candidate-eligibility"]),
        ("2018年勐海县普通高中录取原则及录取程序", ["admission-procedure"]),
        ("勐海县第一中学2018年高一新生录取名单", ["admission-results"]),
        ("2018年招生咨询电话及申诉渠道", ["channels"]),
        ("关于2018年中考违规考生处理结果的通报", ["violations"]),
        ("2018年录取新生复查结果", ["recheck"]),
        ("勐海县职业高级中学2018年招生简章", ["charter"]),
    ])
    func classifiesTitlesByKeyword(title: String, expected: [String]) {
        let covers = checklist.classify(ChecklistCandidate(id: "e", title: title))
        #expect(covers.keys.sorted() == expected.sorted(), "\(title): \(covers.keys.sorted())")
    }

    @Test(arguments: [
        "2018年勐海县公开招聘教师报名及资格审查公告", "2018年勐海县公开招聘教师拟录取人员名单公示",
        "关于开展校园安全大检查的通知", "勐海县教育局2018年部门预算公开",
        "2018年教师资格认定复查通知",
    ])
    func ignoresTitlesOutsideEnrollment(_ title: String) {
        #expect(checklist.classify(ChecklistCandidate(id: "e", title: title)).isEmpty, "\(title)")
    }

    @Test func enrollmentColumnBringsTitlesIntoScope() {
        let filed = ChecklistCandidate(id: "e1", title: "2018年秋季学期报名须知", category: .enrollmentInfo)
        #expect(Array(checklist.classify(filed, catalogue: catalogue).keys) == ["procedure"])
        let unfiled = ChecklistCandidate(id: "e2", title: "2018年秋季学期报名须知", category: .notices)
        #expect(checklist.classify(unfiled, catalogue: catalogue).isEmpty)
    }

    @Test func explicitThenCategoryThenTitle() {
        let explicit = ChecklistCandidate(id: "e1", title: "2018年录取名单", category: .enrollmentPlan, requirement: "录取程序")
        #expect(
            checklist.classify(explicit, catalogue: catalogue)["admission-procedure"]?.first?.method == .explicitField)
        let byCategory = ChecklistCandidate(id: "e2", title: "2018年录取名单", category: .enrollmentPlan)
        #expect(
            checklist.classify(byCategory, catalogue: catalogue) == [
                "plan": [CoverageReason(dimension: "requirement", method: .category, evidence: "enrollment/plan")]
            ])
        let byTitle = ChecklistCandidate(id: "e3", title: "2018年录取名单", category: .admissionInfo)
        #expect(
            checklist.classify(byTitle, catalogue: catalogue) == [
                "admission-results": [CoverageReason(dimension: "requirement", method: .titleKeyword, evidence: "录取名单")]
            ])
    }

    @Test func seedYearCoverage() {
        // The 2018 report: 2 招生信息, 1 录取信息, 9 招生政策及程序 items in the 教育信息 column.
        let candidates = [
            ChecklistCandidate(
                id: "1", title: "2018年普通高中招生计划", category: .enrollmentInfo, publishedAt: day("2018-05-02")),
            ChecklistCandidate(
                id: "2", title: "勐海县职业高级中学2018年招生简章", category: .enrollmentInfo, publishedAt: day("2018-05-20")),
            ChecklistCandidate(
                id: "3", title: "2018年高中录取结果公示", category: .admissionInfo, publishedAt: day("2018-07-15")),
            ChecklistCandidate(
                id: "4", title: "2018年招生工作实施方案", category: .enrollmentPolicyAndProcedure, publishedAt: day("2018-04-01")
            ),
            ChecklistCandidate(
                id: "5", title: "2018年中考加分考生资格公示", category: .enrollmentPolicyAndProcedure,
                publishedAt: day("2018-05-10")),
            ChecklistCandidate(
                id: "6", title: "2018年高中录取程序", category: .enrollmentPolicyAndProcedure, publishedAt: day("2018-06-30")),
            ChecklistCandidate(
                id: "7", title: "重大违规事件查处办法", category: .enrollmentPolicyAndProcedure, publishedAt: day("2018-04-02")),
            ChecklistCandidate(
                id: "8", title: "录取新生复查结果", category: .enrollmentPolicyAndProcedure, publishedAt: day("2018-10-08")),
            ChecklistCandidate(
                id: "9", title: "关于做好2018年招生工作的通知", category: .enrollmentPolicyAndProcedure,
                publishedAt: day("2018-03-01")),
            ChecklistCandidate(id: "10", title: "2019年招生计划", category: .enrollmentInfo, publishedAt: day("2019-05-02")),
        ]
        let report = checklist.coverage(of: candidates, year: 2018, catalogue: catalogue)
        #expect(
            report.covered.map(\.requirementID) == [
                "policy", "charter", "plan", "candidate-eligibility", "admission-procedure", "admission-results",
                "violations",
                "recheck",
            ])
        #expect(report.missing.map(\.label) == ["招生资格", "招生范围", "招生程序", "咨询及申诉渠道"])
        #expect(report["plan"]?.items.map(\.itemID) == ["1"])
        #expect(report.diagnostics.isEmpty)
        #expect(report.renderText().contains("Missing:\n  - 招生资格 (institution-eligibility)\n  - 招生范围 (zones)\n"))
    }

    @Test func unknownRequirementIsReportedAndFallsBack() {
        let report = checklist.coverage(
            of: [
                ChecklistCandidate(
                    id: "e9", title: "2018年录取结果", publishedAt: day("2018-08-08"), requirement: "十公开")
            ], year: 2018)
        #expect(report["admission-results"]?.isCovered == true)
        #expect(report.diagnostics.map(\.code) == ["checklist.unknown-requirement"])
        #expect(report.diagnostics.first?.field == "requirement")
    }

    @Test func checklistRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(checklist)
        #expect(try JSONDecoder().decode(EnrollmentChecklist.self, from: data) == checklist)
    }
}
