import DisclosureCore
import Foundation
import Testing

@Suite struct ReportBuilderTests {
    static let seedTemplate = ReportFixtures.root.appendingPathComponent("fixtures/reports/2018-narrative/template.md")
    /// The seed report (勐海县教育局's published 2018 report, the requirements document), kept with the fixtures so
    /// the test needs nothing outside the repository.
    static let seedFile = ReportFixtures.root.appendingPathComponent("fixtures/reports/2018-narrative/seed-report.txt")

    func buildSeed(countsUnknownAttribute: Bool = false) throws -> ReportBuild {
        let template = NarrativeTemplate(markdown: try String(contentsOf: Self.seedTemplate, encoding: .utf8))
        let calendar = try WorkingDayCalendar.bundled()
        let builder = ReportBuilder(
            body: "勐海县教育局", year: 2018, edition: .narrative2018, countsUnknownAttribute: countsUnknownAttribute)
        return try builder.build(
            items: SeedDataset.items, requests: RequestStatistics(year: 2018, requests: [], calendar: calendar),
            template: template)
    }

    @Test func seedDatasetHasTheSeedsShape() {
        let items = SeedDataset.items.filter { $0.isItem && $0.attribute == .proactive }
        #expect(items.filter { $0.publishedAt?.date.year == 2018 }.count == 436)
    }

    @Test func reproducesEveryFigureOfTheSeed() throws {
        let build = try buildSeed()
        let report = build.report
        #expect(report.edition == .narrative2018)
        #expect(report.title == "勐海县教育局2018年政府信息公开工作年度报告")
        #expect(report.findings.isEmpty, "\(report.findings)")
        let basic = try #require(report.section("一、基本情况")).text
        for phrase in [
            "主动公开政府信息共436条", "主动公开规范性文件23条", "政策解读稿件发布5篇", "教育信息等408条",
            "公开发布招生信息2条、录取信息1条、招生政策及程序9条", "截至目前，无依申请公开申请。", "发布政策解读信息5条",
            "于2018年1月16日印发了《2018年勐海县教育局政务公开政务服务工作要点》", "截至2018年12月31日",
        ] {
            #expect(basic.contains(phrase), "missing: \(phrase)")
        }
        let opening = try #require(report.opening).text
        #expect(opening.contains("统计期限自2018年1月1日起至2018年12月31日止"))
        // The figures behind the prose, and the narrative table they are checked against.
        #expect(report.figures["proactive.total"] == .number(436))
        #expect(report.figures["proactive.normativeDocuments"] == .number(23))
        #expect(report.figures["proactive.policyInterpretations"] == .number(5))
        #expect(report.figures["proactive.others"] == .number(408))
        #expect(report.figures["requests.newReceived.total"] == .number(0))
        #expect(report.proactive["主动公开政府信息", "本年主动公开条数"] == .number(436))
        #expect(report.proactive["招生政策及程序", "本年主动公开条数"] == .number(9))
        #expect(report.proactive["预算公开专栏", "本年主动公开条数"] == .number(12))
        #expect(report.requests["totalProcessed", "total"] == .number(0))
        #expect(report.requests.rows.count == 23)
        // The item with no 公开属性 is not counted, and the builder says so.
        #expect(build.diagnostics.map(\.code).contains("report.attribute-unknown"))
    }

    @Test func textIsTheSeedWordForWord() throws {
        guard FileManager.default.fileExists(atPath: Self.seedFile.path) else {
            Issue.record("the seed is not at \(Self.seedFile.path)")
            return
        }
        let seed = try String(contentsOf: Self.seedFile, encoding: .utf8)
        let report = try buildSeed().report
        var text = report.title
        for section in report.narrative { text += section.heading + section.paragraphs.joined() }
        let squeeze = { (text: String) in text.filter { !$0.isWhitespace } }
        #expect(squeeze(text) == squeeze(seed))
    }

    @Test func unknownAttributeCountsWhenAskedTo() throws {
        let build = try buildSeed(countsUnknownAttribute: true)
        #expect(build.report.figures["proactive.total"] == .number(437))
        #expect(!build.diagnostics.map(\.code).contains("report.attribute-unknown"))
    }

    @Test func unknownPlaceholderIsNamed() throws {
        let template = NarrativeTemplate(
            markdown: "开头\n\n## 一、基本情况\n共{{proactive.total}}条，另有{{proactive.tota1}}条。\n## 二、主要做法\n## 三、存在的问题及努力方向\n")
        let builder = ReportBuilder(body: "勐海县教育局", year: 2018)
        let calendar = try WorkingDayCalendar.bundled()
        let error = try #require(throws: NarrativeTemplateError.self) {
            try builder.build(
                items: [], requests: RequestStatistics(year: 2018, requests: [], calendar: calendar), template: template
            )
        }
        #expect(error.kind == .unknownPlaceholder)
        #expect(error.subject == "proactive.tota1")
        #expect(error.line == 4)
        #expect(error.description == "template line 4: unknown placeholder {{proactive.tota1}}")
    }

    @Test(arguments: [
        ("## 一、基本情况\n## 二、主要做法\n", NarrativeTemplateError.Kind.missingHeading, "三、存在的问题及努力方向"),
        ("## 一、基本情况\n## 二、主要做法\n## 三、存在的问题\n", .unknownHeading, "三、存在的问题"),
        ("## 一、基本情况\n## 一、基本情况\n", .duplicateHeading, "一、基本情况"),
        ("{{year\n## 一、基本情况\n## 二、主要做法\n## 三、存在的问题及努力方向\n", .malformedPlaceholder, "year"),
        ("{{body|0=无}}\n## 一、基本情况\n## 二、主要做法\n## 三、存在的问题及努力方向\n", .choiceOnText, "body"),
    ])
    func templateErrors(markdown: String, kind: NarrativeTemplateError.Kind, subject: String) throws {
        let template = NarrativeTemplate(markdown: markdown)
        let error = try #require(throws: NarrativeTemplateError.self) {
            try template.render(edition: .narrative2018, values: ["year": .text("2018"), "body": .text("局")])
        }
        #expect(error.kind == kind)
        #expect(error.subject == subject)
    }

    @Test func choiceForms() throws {
        let template = NarrativeTemplate(
            markdown: "{{n|0=无申请|收到#件}}；{{m|0=无申请|收到#件}}；{{m}}件；{{fee|0=未收费}}\n"
                + "## 一、基本情况\n## 二、主要做法\n## 三、存在的问题及努力方向\n")
        let result = try template.render(
            edition: .narrative2018,
            values: [
                "n": .figure(.number(0)), "m": .figure(.number(3)),
                "fee": .figure(.amount(Amount.zero(in: .yuan))),
            ])
        #expect(result.sections.first?.text == "无申请；收到3件；3件；未收费")
        #expect(result.figures["m"] == .number(3))
        #expect(result.sections.map(\.heading) == ["", "一、基本情况", "二、主要做法", "三、存在的问题及努力方向"])
    }

    @Test func edition2021FromRegisters() throws {
        let calendar = try WorkingDayCalendar.bundled()
        let day = ReportFixtures.day
        var entries = [
            RequestRegisterEntry(
                id: "2021-001", received: day("2021-03-01"), applicant: .naturalPerson,
                events: [.replied(on: day("2021-03-15"), outcome: .granted)]),
            RequestRegisterEntry(
                id: "2021-002", received: day("2021-06-01"), applicant: .commercial,
                events: [.replied(on: day("2021-06-08"), outcome: .deniedThirdParty)]),
            RequestRegisterEntry(id: "2021-003", received: day("2021-12-27"), applicant: .naturalPerson),
        ]
        var input = ReportInput(body: "勐海县教育局", year: 2021)
        input.requests = entries
        let statistics = try input.requestStatistics(edition: .edition2021, calendar: calendar)
        var normative = SeedDataset.item(
            "item-2021-n1", "规范性文件", category: .normativeDocuments, kind: .normativeDocument, day: 30, year: 2021)
        normative.validity = .effective
        var old = SeedDataset.item(
            "item-2020-n1", "旧规范性文件", category: .normativeDocuments, kind: .normativeDocument, day: 30, year: 2020)
        old.validity = .repealed
        let template = NarrativeTemplate(
            markdown: """
                ## 一、总体情况
                本年新收申请{{requests.newReceived.total}}件，制发规范性文件{{normative.made}}件，复议{{reviewLitigation.review.total}}件。
                ## 五、存在的主要问题及改进情况
                无。
                ## 六、其他需要报告的事项
                收取信息处理费{{fees.informationProcessing}}。
                """)
        let build = try ReportBuilder(body: "勐海县教育局", year: 2021).build(
            items: [normative, old], requests: statistics,
            reviewLitigation: [
                ReviewLitigationCase(
                    id: "复议-1", proceeding: .review, filedOn: day("2021-05-06"), concludedOn: day("2021-07-01"),
                    result: .upheld),
                ReviewLitigationCase(id: "诉讼-1", proceeding: .litigationDirect, filedOn: day("2021-11-02")),
                ReviewLitigationCase(
                    id: "复议-2020", proceeding: .review, filedOn: day("2020-03-02"), concludedOn: day("2020-05-01"),
                    result: .corrected),
            ],
            supplied: SuppliedFigures(
                licensing: .init(decisions: 2), fees: .init(amount: Amount(text: "1200元")),
                normativeDocumentsRepealed: 1, informationProcessingFees: Amount(text: "100元")),
            template: template)
        let report = build.report
        #expect(report.edition == .edition2021)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.requests.rows.count == 25)
        #expect(report.requests["newReceived", "total"] == .number(3))
        #expect(report.requests["denied.thirdParty", "commercial"] == .number(1))
        #expect(report.requests["carriedForward", "naturalPerson"] == .number(1))
        #expect(report.reviewLitigation["review", "upheld"] == .number(1))
        #expect(report.reviewLitigation["review", "total"] == .number(1))
        #expect(report.reviewLitigation["litigationDirect", "pending"] == .number(1))
        #expect(report.proactive["行政规范性文件", "本年制发件数"] == .number(1))
        #expect(report.proactive["行政规范性文件", "本年废止件数"] == .number(1))
        #expect(report.proactive["行政规范性文件", "现行有效件数"] == .number(1))
        #expect(report.proactive["行政许可", "本年处理决定数量"] == .number(2))
        #expect(report.proactive["行政处罚", "本年处理决定数量"] == .number(0))
        #expect(report.proactive["行政事业性收费", "本年收费金额（单位：万元）"] == .amount(Amount(text: "0.12万元")!))
        #expect(report.section("一、总体情况")?.text == "本年新收申请3件，制发规范性文件1件，复议1件。")
        #expect(report.section("六、其他需要报告的事项")?.text == "收取信息处理费100元。")
        // An impossible register entry is named.
        entries[0].events = [.replied(on: day("2021-02-01"), outcome: .granted)]
        input.requests = entries
        let error = try #require(throws: ReportInputError.self) {
            try input.requestStatistics(edition: .edition2021, calendar: calendar)
        }
        #expect(error.entry == "2021-001")
    }

    @Test func repealCountDerivedFromLastYear() throws {
        var previous = AnnualReport(body: "勐海县教育局", year: 2020, edition: .edition2021)
        previous.proactive["行政规范性文件", "现行有效件数"] = .number(4)
        var current = SeedDataset.item(
            "item-2021-n1", "规范性文件", category: .normativeDocuments, kind: .normativeDocument, day: 30, year: 2021)
        current.validity = .effective
        let template = NarrativeTemplate(
            markdown: "## 一、总体情况\n废止{{normative.repealed}}件。\n## 五、存在的主要问题及改进情况\n## 六、其他需要报告的事项\n")
        let calendar = try WorkingDayCalendar.bundled()
        let build = try ReportBuilder(body: "局", year: 2021).build(
            items: [current], requests: RequestStatistics(year: 2021, requests: [], calendar: calendar),
            template: template, previous: previous)
        // 4 in force last year + 1 made − 1 in force now = 4 repealed.
        #expect(build.report.proactive["行政规范性文件", "本年废止件数"] == .number(4))
        #expect(build.diagnostics.map(\.code).contains("report.repealed-derived"))
        #expect(build.report.findings.isEmpty, "\(build.report.findings)")
    }
}
