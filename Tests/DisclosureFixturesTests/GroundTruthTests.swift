import DisclosureCore
import DisclosureFixtures
import Foundation
import Testing

@Suite("Ground truth of the 2018 site")
struct GroundTruthTests {
    @Test("counting the items by category reproduces every figure of the 2018 report")
    func reportFigures() throws {
        let truth = try FixtureSupport.committedTruth()
        let catalogue = Catalogue.countyEducationBureau
        let counted = truth.items.filter(\.countedInYear)
        var byCategory: [CategoryID: Int] = [:]
        for item in counted {
            #expect(item.attribute == .proactive)
            #expect(item.publishedAt?.date.year == 2018)
            if let category = item.category { byCategory[category, default: 0] += 1 }
        }
        let normative = catalogue.ids(withRole: .normativeDocument).reduce(0) { $0 + (byCategory[$1] ?? 0) }
        let interpretations = catalogue.ids(withRole: .policyInterpretation).reduce(0) { $0 + (byCategory[$1] ?? 0) }
        #expect(counted.count == 436)
        #expect(normative == 23)
        #expect(interpretations == 5)
        #expect(counted.count - normative - interpretations == 408)
        #expect(byCategory[.enrollmentInfo] == 2)
        #expect(byCategory[.admissionInfo] == 1)
        #expect(byCategory[.enrollmentPolicyAndProcedure] == 9)
        #expect(truth.report.proactiveTotal == 436)
        #expect(truth.report.others == 408)
        #expect(truth.report.workPlanIssuedAt == CivilDate(year: 2018, month: 1, day: 16))
        #expect(truth.report.requestsReceived == 0)
        let workPlan = counted.filter { $0.title.contains("政务公开政务服务工作要点") }
        #expect(workPlan.count == 1)
        #expect(workPlan.first?.writtenAt?.date == CivilDate(year: 2018, month: 1, day: 16))
    }

    @Test("every 规范性文件 carries a 文号, and items from 2017 are present but not counted")
    func normativeNumbersAndPriorYear() throws {
        let truth = try FixtureSupport.committedTruth()
        let normative = truth.items.filter { $0.category == .normativeDocuments }
        #expect(normative.allSatisfy { $0.documentNumber != nil && $0.kind == .normativeDocument })
        let prior = truth.items.filter { $0.origin == "portal" && $0.publishedAt?.date.year == 2017 }
        #expect(!prior.isEmpty)
        #expect(prior.allSatisfy { !$0.countedInYear })
        let numbers = truth.items.compactMap(\.documentNumber)
        #expect(Set(numbers).count == numbers.count, "document numbers are unique")
    }

    @Test("the special funds and transfer payments are disclosed across all five stages")
    func budgetStages() throws {
        let truth = try FixtureSupport.committedTruth()
        for fund in ["special-funds", "transfer-payments"] {
            let stages = Set(truth.items.filter { $0.budgetFund == fund }.compactMap(\.budgetStage))
            #expect(stages == ["rules", "application", "review", "allocation", "performance"])
        }
    }

    @Test("every file of the output folder is accounted for exactly once")
    func accounting() throws {
        let truth = try FixtureSupport.committedTruth()
        let onDisk = Set(try FixtureSupport.hashes(of: FixtureSupport.committedFixture).keys)
        let listed = truth.files.map(\.path)
        #expect(Set(listed).count == listed.count)
        #expect(Set(listed).union(["ground-truth.json"]) == onDisk)
        let roles = Dictionary(grouping: truth.files, by: \.role).mapValues(\.count)
        #expect(roles[.item] == truth.totals.portalItems)
        #expect(roles[.itemContinuation] == 3)
        #expect((roles[.nonItem] ?? 0) >= 4)
        #expect(roles[.broken] == 2)
        #expect((roles[.asset] ?? 0) >= 5)
        #expect(roles[.oaExport] == 2)
        #expect(roles[.fileIndex] == 1)
    }

    @Test("every portal item with a 文号 has a register row; nothing not 主动公开 reaches the portal")
    func registerMerges() throws {
        let truth = try FixtureSupport.committedTruth()
        let numbered = truth.items.filter { $0.origin == "portal" && $0.documentNumber != nil }
        #expect(numbered.count > 23)
        #expect(numbered.allSatisfy { $0.oa != nil })
        let register = try FixtureSupport.bytes("oa/fawen-register-h1.csv", in: FixtureSupport.committedFixture)
        #expect(!FixtureSupport.isUTF8(register))
        let csv = try #require(String(data: Data(register), encoding: String.Encoding(rawValue: 0x8000_0632)))
        let xml = String(
            decoding: try FixtureSupport.bytes("oa/fawen-register-h2.xls", in: FixtureSupport.committedFixture),
            as: UTF8.self)
        #expect(xml.contains("<?mso-application progid=\"Excel.Sheet\"?>"))
        for item in numbered {
            let number = try #require(item.documentNumber)
            let inCSV = csv.contains("\(number.issuerCode)[\(number.year)]\(number.serial)号")
            let inXML = xml.contains(number.normalized)
            #expect(inCSV || inXML, "\(number) is in a register")
        }
        let oaOnly = truth.items.filter { $0.origin == "oa" }
        #expect(oaOnly.contains { $0.attribute == .onRequest })
        #expect(oaOnly.contains { $0.attribute == .exempt && $0.exemptionReason != nil })
        #expect(oaOnly.filter { $0.secrecy != nil }.allSatisfy { $0.attribute == .exempt })
        #expect(truth.items.filter { $0.origin == "portal" }.allSatisfy { $0.attribute == .proactive })
    }
}
