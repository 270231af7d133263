import DisclosureCore
import Foundation
import Testing

@Suite struct CatalogueTests {
    let standard = Catalogue.countyEducationBureau

    // MARK: - Identifiers

    @Test(arguments: [
        "notices", "work-news", "education-info/enrollment-policy", "budget/special-funds", "a1/b-2/c3",
    ])
    func wellFormedIdentifiers(_ text: String) {
        #expect(CategoryID(text).isWellFormed)
    }

    @Test(arguments: [
        "", "Notices", "work_news", "work--news", "-news", "news-", "budget/", "/budget", "budget//funds", "通知公告",
        "budget special", "tongzhi gonggao",
    ])
    func malformedIdentifiers(_ text: String) {
        #expect(!CategoryID(text).isWellFormed)
    }

    @Test func identifierPrefixAndSegments() {
        #expect(CategoryID.specialFunds.prefix == .budget)
        #expect(CategoryID.notices.prefix == nil)
        #expect(CategoryID.budget.appending("special-funds") == .specialFunds)
        #expect(CategoryID.enrollmentPolicyAndProcedure.segments == ["education-info", "enrollment-policy"])
    }

    // MARK: - The standard catalogue

    @Test func standardCatalogueIsCleanAndComplete() {
        #expect(standard.lint() == [])
        #expect(
            standard.roots.map(\.name).prefix(10) == [
                "通知公告", "工作动态", "教育信息", "政策文件", "预算公开专栏", "政府文件", "政府信息公开年报", "依申请公开",
                "政府信息公开制度", "政府信息公开指南",
            ])
        for category in standard.categories {
            #expect(category.id.isWellFormed, "\(category.id)")
        }
    }

    @Test(arguments: [
        (CategoryID.enrollmentInfo, "招生信息", CategoryID.educationInfo),
        (.admissionInfo, "录取信息", .educationInfo),
        (.enrollmentPolicyAndProcedure, "招生政策及程序", .educationInfo),
        (.normativeDocuments, "规范性文件", .policyDocuments),
        (.policyInterpretations, "政策解读", .policyDocuments),
        (.departmentBudget, "部门预算", .budget),
        (.departmentFinalAccounts, "部门决算", .budget),
        (.specialFunds, "专项资金", .budget),
        (.transferPayments, "转移支付资金", .budget),
        (.supervisionReports, "督导报告", .governmentDocuments),
        (.balancedDevelopmentFeedback, "均衡发展督导评估反馈", .governmentDocuments),
        (.schoolConditions, "改善薄弱学校办学条件", .governmentDocuments),
        (.enrollmentPlan, "招生计划", .enrollment),
        (.enrollmentZones, "招生范围", .enrollment),
        (.schoolDirectory, "义务教育学校名录", .educationOverview),
        (.studentFinancialAid, "义务教育学生资助政策", .studentAffairs),
    ])
    func seedAndGuidelineNodesSitUnderTheirParents(id: CategoryID, name: String, parent: CategoryID) throws {
        let category = try #require(standard[id])
        #expect(category.name == name)
        #expect(category.parent == parent)
        #expect(standard.children(of: parent).contains(category))
    }

    @Test(arguments: ["政策文件", "教育概况", "民办学校信息", "招生管理", "学生管理", "教师管理", "重要政策执行情况", "教育督导公开", "校园安全"])
    func guidelineTopLevelItemsAreRoots(_ name: String) {
        #expect(standard.roots.contains { $0.name == name })
    }

    @Test func guidelineFinanceItemIsTheBudgetColumn() {
        #expect(standard.matchColumn("财务信息")?.category == .budget)
    }

    @Test func rolesAndKeyAreasAreInherited() {
        #expect(standard.ids(withRole: .normativeDocument) == [.normativeDocuments])
        #expect(standard.ids(withRole: .policyInterpretation) == [.policyInterpretations])
        #expect(standard.roles(of: .policyDocuments).isEmpty)
        #expect(standard.keyArea(of: .specialFunds) == .budget)
        #expect(standard.keyArea(of: .educationInfo) == nil)
        #expect(standard.keyArea(of: .admissionInfo) == .enrollment)
        #expect(standard.keyArea(of: .notices) == nil)
        let budget = standard.ids(inKeyArea: .budget)
        #expect(budget.contains(.budget) && budget.contains(.transferPayments) && !budget.contains(.notices))
        let enrollment = standard.ids(inKeyArea: .enrollment)
        #expect(
            enrollment.isSuperset(of: [.enrollmentInfo, .admissionInfo, .enrollmentPolicyAndProcedure, .enrollmentPlan])
        )
        #expect(!enrollment.contains(.educationInfo))
    }

    @Test func pathsAndWalks() throws {
        #expect(standard.path(to: .specialFunds).map(\.id) == [.budget, .specialFunds])
        #expect(standard.displayPath(of: .enrollmentInfo) == "教育信息 › 招生信息")
        #expect(standard.path(to: "no-such-node").isEmpty)
        #expect(standard.parent(of: .admissionInfo)?.id == .educationInfo)
        #expect(standard.parent(of: .notices) == nil)
        #expect(standard.isWithin(.specialFunds, .budget))
        #expect(!standard.isWithin(.notices, .budget))

        var visited: [(CategoryID, Int)] = []
        standard.walk { visited.append(($0.id, $1)) }
        #expect(visited.count == standard.count)
        let budgetIndex = try #require(visited.firstIndex { $0.0 == .budget })
        #expect(visited[budgetIndex].1 == 0)
        #expect(visited[budgetIndex + 1].0 == .departmentBudget)
        #expect(visited[budgetIndex + 1].1 == 1)
        #expect(standard.depthFirst.map(\.id) == visited.map(\.0))
        #expect(standard.subtree(of: .educationInfo).map(\.name) == ["教育信息", "招生信息", "录取信息", "招生政策及程序"])
        #expect(standard.outline().contains("\n  budget/special-funds  专项资金"))
    }

    // MARK: - Validation

    @Test func rejectsAnUnknownParentNamingTheNode() {
        let error = #expect(throws: CatalogueError.self) {
            try Catalogue(categories: [
                Category(id: "budget", name: "预算公开专栏"),
                Category(id: "budget/special-funds", name: "专项资金", parent: "budgets"),
            ])
        }
        #expect(error?.code == .unknownParent)
        #expect(error?.category == "budget/special-funds")
        #expect(error?.position == 1)
        #expect(error?.message.contains("budgets") == true)
    }

    @Test func rejectsDuplicateIdentifiers() {
        let error = #expect(throws: CatalogueError.self) {
            try Catalogue(categories: [Category(id: "notices", name: "通知公告"), Category(id: "notices", name: "公告")])
        }
        #expect(error?.code == .duplicateID)
        #expect(error?.position == 1)
        #expect(error?.message.contains("通知公告") == true)
    }

    @Test func rejectsMalformedIdentifiersAndEmptyNames() {
        let malformed = #expect(throws: CatalogueError.self) {
            try Catalogue(categories: [Category(id: "Tong_Zhi", name: "通知公告")])
        }
        #expect(malformed?.code == .malformedID)
        let unnamed = #expect(throws: CatalogueError.self) {
            try Catalogue(categories: [Category(id: "notices", name: "  ")])
        }
        #expect(unnamed?.code == .emptyName)
    }

    @Test func rejectsCycles() {
        let error = #expect(throws: CatalogueError.self) {
            try Catalogue(categories: [
                Category(id: "a", name: "甲", parent: "b"), Category(id: "b", name: "乙", parent: "a"),
            ])
        }
        #expect(error?.code == .cycle)
    }

    @Test func acceptsAChildBeforeItsParentAndKeepsSiblingOrder() throws {
        let catalogue = try Catalogue(categories: [
            Category(id: "budget/z", name: "乙", parent: "budget"),
            Category(id: "budget", name: "预算"),
            Category(id: "budget/a", name: "甲", parent: "budget"),
        ])
        #expect(catalogue.children(of: "budget").map(\.id) == ["budget/z", "budget/a"])
        #expect(catalogue.depthFirst.map(\.id) == ["budget", "budget/z", "budget/a"])
    }

    @Test func lintReportsMovedNodesAndSharedTerms() throws {
        let catalogue = try Catalogue(categories: [
            Category(id: "notices", name: "通知公告"),
            Category(id: "news", name: "工作动态", synonyms: ["通知 公告"]),
            Category(id: "budget/special-funds", name: "专项资金", parent: "news"),
        ])
        let findings = catalogue.lint()
        #expect(findings.map(\.code).sorted() == ["catalogue.id-prefix", "catalogue.shared-term"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.contains { $0.element == "budget/special-funds" && $0.field == "parent" })
    }

    // MARK: - JSON

    @Test func standardCatalogueRoundTripsThroughJSON() throws {
        let data = try standard.jsonData()
        let decoded = try Catalogue(jsonData: data)
        #expect(decoded == standard)
        #expect(decoded.categories.map(\.roles) == standard.categories.map(\.roles))
        let again = try decoded.jsonData()
        #expect(again == data)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"id\" : \"budget/special-funds\""))
        #expect(text.contains("\"formatVersion\" : 1"))
    }

    @Test func decodesABureauCatalogue() throws {
        let json = """
            {
              "name": "勐海县教育局政府信息公开目录",
              "categories": [
                {"id": "notices", "name": "通知公告", "synonyms": ["公告通知"]},
                {"id": "budget", "name": "预算公开专栏", "keyArea": "budget"},
                {"id": "budget/school-meals", "parent": "budget", "name": "营养改善计划资金",
                 "description": "农村义务教育学生营养改善计划", "roles": ["mealFund"]}
              ]
            }
            """
        let catalogue = try Catalogue(jsonData: Data(json.utf8))
        #expect(catalogue.name == "勐海县教育局政府信息公开目录")
        #expect(catalogue.count == 3)
        #expect(catalogue.keyArea(of: "budget/school-meals") == .budget)
        #expect(catalogue.roles(of: "budget/school-meals") == [CategoryRole(rawValue: "mealFund")])
        #expect(catalogue["notices"]?.synonyms == ["公告通知"])
    }

    @Test func decodingAnUnknownParentNamesTheNode() {
        let json = """
            {"categories": [{"id": "notices", "name": "通知公告"},
                            {"id": "budget/special-funds", "parent": "budget", "name": "专项资金"}]}
            """
        let error = #expect(throws: CatalogueError.self) { try Catalogue(jsonData: Data(json.utf8)) }
        #expect(error?.code == .unknownParent)
        #expect(error?.category == "budget/special-funds")
        #expect(error?.description.contains("budget/special-funds #1") == true)
    }

    @Test(arguments: [
        #"{"categories": [{"id": "notices"}]}"#,
        #"{"categories": {"id": "notices", "name": "通知公告"}}"#,
        #"{"formatVersion": 2, "categories": []}"#,
        #"not json"#,
    ])
    func rejectsJSONThatIsNotACatalogue(_ json: String) {
        let error = #expect(throws: CatalogueError.self) { try Catalogue(jsonData: Data(json.utf8)) }
        #expect(error?.code == .invalidJSON)
    }

    @Test func jsonDecoderReportsTheValidationErrorAsUnderlying() {
        let json = #"{"categories": [{"id": "a", "name": "甲", "parent": "b"}]}"#
        do {
            _ = try JSONDecoder().decode(Catalogue.self, from: Data(json.utf8))
            Issue.record("decoding should fail")
        } catch let DecodingError.dataCorrupted(context) {
            #expect((context.underlyingError as? CatalogueError)?.code == .unknownParent)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
