import DisclosureCore
import Foundation

/// Composes the words of planned items and documents from their own random streams, so that composing one item
/// never depends on another and every pass over the site (pages, lists, OA rows, ground truth) sees the same text.
struct ContentComposer: Sendable {
    /// The site host, e.g. `mhjyj.ynmh.gov.cn`.
    static let host = "mhjyj.ynmh.gov.cn"
    /// The bureau's name.
    static let bureau = "勐海县教育局"
    /// The bureau's organisation code used in 索引号.
    static let organizationCode = "015261135"

    let plan: SitePlan

    /// The values a template's placeholders take for one item.
    struct Fill {
        var year: Int
        var topic: String
        var school: String
        var town: String
        var activity: String
        var event: String
        var office: String
        var person: String
        var rule: String
        var fund: String
        var month: Int
        var day: Int
        var holiday: String
        var step: String
    }

    // MARK: - Items

    /// The words of one portal item.
    func content(column columnIndex: Int, ordinal: Int) -> ItemContent {
        let item = plan.item(column: columnIndex, ordinal: ordinal)
        let column = plan.profile.columns[columnIndex]
        var rng = plan.root.derived(SitePlan.Stream.compose.rawValue, UInt64(columnIndex), UInt64(ordinal))
        let year = item.published.date.year
        var fill = makeFill(year: year, rng: &rng, gbkOnlyPerson: item.encoding == .gb2312WithGBKCharacters)
        fill.month = item.published.date.month
        fill.day = item.published.date.day

        var kind: DocumentKind?
        var budgetStage: String?
        var budgetFund: String?
        var validity: Validity?
        let title: String
        var paragraphs: [String]
        var table: [[String]]?

        switch column.category {
        case .normativeDocuments:
            let rule = ruleTitle(ordinal: ordinal, rng: &rng)
            fill.rule = rule.stem
            title = "勐海县教育局关于印发《\(rule.full)》的通知"
            kind = .normativeDocument
            validity = .effective
            paragraphs = ["各乡（镇）中心学校、县直各学校："]
            paragraphs.append("现将《\(rule.full)》印发给你们，请认真贯彻执行。")
            for (n, article) in ContentVocabulary.ruleArticles.enumerated() {
                paragraphs.append("第\(Self.chineseNumber(n + 1))条　" + fillTemplate(article, fill, &rng))
            }
        case .policyInterpretations:
            let rule = ruleTitle(ordinal: ordinal, rng: &rng)
            fill.rule = rule.stem
            title = "《\(rule.full)》政策解读"
            kind = .policyInterpretation
            paragraphs = ContentVocabulary.interpretationSentences.map { fillTemplate($0, fill, &rng) }
        case .specialFunds, .transferPayments:
            let funds =
                column.category == .specialFunds ? ContentVocabulary.specialFunds : ContentVocabulary.transferFunds
            fill.fund = funds[(ordinal / 5) % funds.count]
            let stage = ordinal % 5
            title = fillTemplate(ContentVocabulary.budgetStageTitles[stage], fill, &rng)
            budgetStage = ContentVocabulary.budgetStageIDs[stage]
            budgetFund = column.category == .specialFunds ? "special-funds" : "transfer-payments"
            paragraphs = ContentVocabulary.budgetSentences.map { fillTemplate($0, fill, &rng) }
            if stage == 2 || stage == 3 { table = moneyTable(fill: fill, rng: &rng) }
        default:
            if item.pin == .workPlan {
                title = "勐海县教育局关于印发《\(year)年勐海县教育局政务公开政务服务工作要点》的通知"
                paragraphs = [
                    "各股室、各乡（镇）中心学校、县直各学校：",
                    "现将《\(year)年勐海县教育局政务公开政务服务工作要点》印发给你们，请结合实际认真抓好落实。",
                    "一、加强组织领导。局政务公开工作领导小组负责统筹全局政务公开工作，办公室负责日常工作。",
                    "二、严格保密审查。信息发布前须填写《勐海县教育局\(year)年互联网网站信息发布保密审查表》，做到先审查、后公开。",
                    "三、明确公开属性。拟文时即确定每件公文的公开属性，主动公开、依申请公开和不予公开分类处理。",
                ]
            } else if item.pin == .annualReport {
                title = "勐海县教育局\(year - 1)年政府信息公开工作年度报告"
                paragraphs = [
                    "根据《中华人民共和国政府信息公开条例》要求，现公布勐海县教育局\(year - 1)年政府信息公开工作年度报告。",
                    "一、基本情况。全年通过门户网站主动公开政府信息，及时发布通知公告、工作动态和教育信息。",
                    "二、依申请公开情况。本年度未收到政府信息公开申请。",
                    "三、存在的问题及改进措施。信息公开工作人员为兼职，下一步将加强培训。",
                ]
            } else {
                let templates = Self.titleTemplates(for: column.category)
                title = fillTemplate(rng.pick(templates), fill, &rng)
                paragraphs = body(for: column.category, fill: fill, rng: &rng)
                if [CategoryID.enrollmentInfo, .admissionInfo, .enrollmentPolicyAndProcedure].contains(column.category)
                    || (column.category == .educationInfo && rng.chance(30))
                {
                    table = enrollmentTable(fill: fill, rng: &rng)
                } else if column.category.rawValue.hasPrefix("budget") {
                    table = moneyTable(fill: fill, rng: &rng)
                }
            }
            kind = DocumentKind.officialType(inTitle: title)
            if column.family == .dhtmlMeta && column.category != .annualReports { validity = .effective }
        }

        var signature: (issuer: String, date: String)?
        if let written = item.written, SitePlan.signs(column.category) || item.pin == .workPlan {
            let date =
                item.documentNumber != nil
                ? Self.chineseDate(written) : "\(written.year)年\(written.month)月\(written.day)日"
            signature = (Self.bureau, date)
        }
        var repost: RepostSource?
        var source = rng.pick(ContentVocabulary.offices)
        if column.category == .workNews { source = rng.chance(50) ? fill.school : Self.bureau }
        if item.isRepost {
            let origin = rng.pick(ContentVocabulary.repostSources)
            let path =
                "/\(year)\(Self.pad(fill.month))/t\(year)\(Self.pad(fill.month))\(Self.pad(fill.day))_\(rng.int(in: 300_000...899_999)).html"
            repost = RepostSource(
                site: origin.site, url: "http://\(origin.host)\(path)", at: item.published,
                department: origin.department)
            source = origin.site
        }
        let hidden: [(url: String, text: String)] =
            item.hasSpam ? SitePlan.choose(2, from: ContentVocabulary.spamLinks, rng: &rng) : []
        let reviewer = rng.pick(ContentVocabulary.plainNames)
        let editorLine = "（撰稿：\(fill.person)　审核：\(reviewer)）"
        let attachments = (0..<item.attachmentCount).map { index in
            attachment(index: index, item: item, column: column, fill: fill, rng: &rng)
        }
        var indexNumber: IndexNumber?
        if let serial = item.indexSerial {
            let generator = try? IndexNumberGenerator(
                template: "{org}/{year}-{serial:5}", organizationCode: Self.organizationCode)
            indexNumber = try? generator?.number(year: year, serial: serial)
        }
        return ItemContent(
            title: title, kind: kind, source: source, author: column.family == .trs ? nil : fill.person,
            paragraphs: paragraphs, table: table, signature: signature, editor: fill.person, editorLine: editorLine,
            attachments: attachments,
            repost: repost, hiddenLinks: hidden, publisher: Self.bureau, indexNumber: indexNumber, validity: validity,
            theme: Self.theme(for: column.category), budgetStage: budgetStage, budgetFund: budgetFund)
    }

    /// The name of the rule a normative document issues, and the interpretation of it refers to.
    private func ruleTitle(ordinal: Int, rng: inout SplitMix64) -> (stem: String, full: String) {
        let names = ContentVocabulary.ruleNames
        let stem = names[ordinal % names.count]
        let kinds = ContentVocabulary.ruleKinds
        let kind = kinds[(ordinal / names.count + stem.unicodeScalars.count) % kinds.count]
        let revision = ordinal >= names.count ? "（第\(ordinal / names.count + 1)次修订）" : ""
        return (stem, "勐海县\(stem)\(kind)\(revision)")
    }

    private func body(for category: CategoryID, fill: Fill, rng: inout SplitMix64) -> [String] {
        switch category {
        case .workNews, .educationInfo:
            // The dated opening sentence first, then a few of the others in order.
            let all = ContentVocabulary.newsSentences
            let sentences = [all[0]] + SitePlan.choose(rng.int(in: 3...5), from: Array(all.dropFirst()), rng: &rng)
            return sentences.map { fillTemplate($0, fill, &rng) }
        case .governmentDocuments, .supervisionReports, .balancedDevelopmentFeedback, .schoolConditions:
            return ContentVocabulary.governmentSentences.map { fillTemplate($0, fill, &rng) }
        case let id where id.rawValue.hasPrefix("budget"):
            return ContentVocabulary.budgetSentences.map { fillTemplate($0, fill, &rng) }
        default:
            var lines = ["各乡（镇）中心学校、县直各学校：", fillTemplate(rng.pick(ContentVocabulary.noticeOpenings), fill, &rng)]
            let points = SitePlan.choose(rng.int(in: 3...5), from: ContentVocabulary.noticePoints, rng: &rng)
            for (n, point) in points.enumerated() {
                lines.append("\(Self.chineseNumber(n + 1))、" + fillTemplate(point, fill, &rng))
            }
            return lines
        }
    }

    private func enrollmentTable(fill: Fill, rng: inout SplitMix64) -> [[String]] {
        var rows = [["学校", "招生类别", "班数", "计划人数"]]
        let schools = SitePlan.choose(rng.int(in: 2...4), from: ContentVocabulary.schools, rng: &rng)
        var total = 0
        for school in schools {
            let classes = rng.int(in: 2...10)
            total += classes * 50
            rows.append([school, rng.pick(["统招", "民族班", "寄宿生", "定向生"]), String(classes), String(classes * 50)])
        }
        rows.append(["合计", "", "", String(total)])
        return rows
    }

    private func moneyTable(fill: Fill, rng: inout SplitMix64) -> [[String]] {
        var rows = [["序号", "单位", "金额（万元）", "备注"]]
        let schools = SitePlan.choose(rng.int(in: 3...5), from: ContentVocabulary.schools, rng: &rng)
        for (n, school) in schools.enumerated() {
            let amount = rng.int(in: 50...9_000)
            rows.append([String(n + 1), school, "\(amount / 100).\(Self.pad(amount % 100))", ""])
        }
        return rows
    }

    private func attachment(
        index: Int, item: PlannedItem, column: FixtureColumn, fill: Fill, rng: inout SplitMix64
    ) -> AttachmentSpec {
        let types: [String]
        if column.category.rawValue.hasPrefix("budget") {
            types = ["xls", "xls", "pdf", "xlsx"]
        } else if column.category == .normativeDocuments {
            types = ["doc", "pdf", "wps"]
        } else {
            types = ["doc", "doc", "xls", "pdf", "docx", "wps", "zip", "rar"]
        }
        let type = rng.pick(types)
        let stems = [
            "\(fill.year)年\(fill.topic)工作统计表", "\(fill.school)\(fill.year)年\(fill.topic)情况汇总表", "\(fill.topic)工作实施方案",
            "\(fill.year)年\(fill.topic)报名表", "勐海县\(fill.year)年\(fill.topic)名单", "\(fill.topic)回执",
        ]
        let stem =
            column.category.rawValue.hasPrefix("budget")
            ? "\(fill.year)年\(fill.fund.isEmpty ? "部门预算" : fill.fund)明细表" : rng.pick(stems)
        let name = (item.attachmentCount > 1 ? "附件\(index + 1)：" : "") + stem + "." + type
        let date = item.published.date
        let ymd = "\(date.year)\(Self.pad(date.month))\(Self.pad(date.day))"
        let missing = item.missingAttachment && index == item.attachmentCount - 1
        switch column.family {
        case .trs:
            let bare = rng.chance(20)
            let file = "P0\(ymd)\(item.legacyID)\(index)\(Self.pad(rng.below(100)))" + (bare ? "" : "." + type)
            let folder = "\(column.folder)/\(date.year)\(Self.pad(date.month))"
            return AttachmentSpec(
                name: name, type: type, href: "./\(file)", url: "http://\(Self.host)/\(folder)/\(file)",
                mirrorPath: "\(Self.host)/\(folder)/\(file)", missing: missing)
        case .dhtml, .dhtmlMeta:
            let stamp =
                "\(ymd)\(Self.pad(item.published.hour))\(Self.pad(item.published.minute))\(Self.pad(item.published.second))"
            let file =
                "upload/\(date.year)/\(Self.pad(date.month))/\(Self.pad(date.day))/\(stamp)\(Self.pad(item.legacyID % 1000, 3))\(index).\(type)"
            let href: String
            switch rng.below(5) {
            case 0, 1: href = "http://\(Self.host)/\(file)"
            case 2, 3: href = "/\(file)"
            default: href = "../\(file)"
            }
            return AttachmentSpec(
                name: name, type: type, href: href, url: "http://\(Self.host)/\(file)",
                mirrorPath: "\(Self.host)/\(file)",
                missing: missing)
        }
    }

    // MARK: - OA-only documents

    /// The title of an OA-only document, its 公开属性 and, when not public, the reason and 密级.
    func document(
        _ index: Int
    ) -> (title: String, attribute: DisclosureAttribute, reason: String?, secrecy: String?, office: String) {
        let document = plan.documents[index]
        var rng = plan.root.derived(
            SitePlan.Stream.documents.rawValue, 7, UInt64(document.status.rawValue), UInt64(document.ordinal))
        let fill = makeFill(year: document.written.year, rng: &rng, gbkOnlyPerson: false)
        let office = rng.pick(ContentVocabulary.offices)
        switch document.status {
        case .onRequest:
            let title = fillTemplate(
                rng.pick([
                    "勐海县教育局关于{S}{TOPIC}经费使用情况的函", "勐海县教育局关于{T}{Y}年{TOPIC}工作情况的复函",
                    "勐海县教育局关于{S}校舍维修项目结算情况的说明",
                ]), fill, &rng)
            return (title, .onRequest, nil, nil, office)
        case .exempt:
            let choices: [(String, String)] = [
                ("勐海县教育局关于{P}等同志职务任免的通知", "属于人事管理类内部事务信息"),
                ("勐海县教育局关于申请追加{Y}年{TOPIC}工作经费的请示", "属于过程性信息（请示报告）"),
                ("关于{S}学生意外伤害事故调查处理情况的报告", "涉及第三方个人隐私"),
            ]
            let choice = rng.pick(choices)
            return (fillTemplate(choice.0, fill, &rng), .exempt, choice.1, nil, office)
        case .classified:
            let choices: [(String, String)] = [
                ("关于做好{Y}年初中学业水平考试试卷保密管理工作的通知", "秘密★考试结束"),
                ("勐海县{Y}年教育系统维护稳定工作预案", "机密★1年"),
                ("关于{Y}年全县学校安全风险排查情况的报告", "秘密★6个月"),
            ]
            let choice = rng.pick(choices)
            return (fillTemplate(choice.0, fill, &rng), .exempt, "涉密文件", choice.1, office)
        case .unpublished:
            let title = fillTemplate(
                rng.pick(["勐海县教育局关于调整{TOPIC}工作领导小组成员的通知", "勐海县教育局关于{Y}年{TOPIC}工作的安排意见"]), fill,
                &rng)
            return (title, .proactive, nil, nil, office)
        }
    }

    // MARK: - Templates

    private func makeFill(year: Int, rng: inout SplitMix64, gbkOnlyPerson: Bool) -> Fill {
        let school = rng.pick(ContentVocabulary.schools)
        let town = ContentVocabulary.towns.first { school.hasPrefix($0) } ?? rng.pick(ContentVocabulary.towns)
        let person =
            gbkOnlyPerson || rng.chance(10)
            ? rng.pick(ContentVocabulary.gbkOnlyNames) : rng.pick(ContentVocabulary.plainNames)
        return Fill(
            year: year, topic: rng.pick(ContentVocabulary.topics), school: school, town: town,
            activity: rng.pick(ContentVocabulary.activities), event: rng.pick(ContentVocabulary.countyEvents),
            office: rng.pick(ContentVocabulary.offices), person: person, rule: rng.pick(ContentVocabulary.ruleNames),
            fund: "", month: rng.int(in: 1...12), day: rng.int(in: 1...28),
            holiday: rng.pick(ContentVocabulary.holidays),
            step: rng.pick(ContentVocabulary.recruitmentSteps))
    }

    /// Fills a template's placeholders.
    func fillTemplate(_ template: String, _ fill: Fill, _ rng: inout SplitMix64) -> String {
        guard template.contains("{") else { return template }
        var text = template
        let amount = rng.int(in: 20...900)
        let pairs: [(String, String)] = [
            ("{Y0}", String(fill.year - 1)), ("{Y}", String(fill.year)), ("{S}", fill.school), ("{T}", fill.town),
            ("{ACT}", fill.activity), ("{EVENT}", fill.event), ("{TOPIC}", fill.topic), ("{OFFICE}", fill.office),
            ("{P}", fill.person), ("{RULE}", fill.rule), ("{FUND}", fill.fund), ("{M}", String(fill.month)),
            ("{D}", String(fill.day)), ("{HOLIDAY}", fill.holiday), ("{STEP}", fill.step),
            ("{AMOUNT2}", String(amount / 2)), ("{AMOUNT}", String(amount)), ("{N}", String(rng.int(in: 21...98))),
        ]
        for (key, value) in pairs where text.contains(key) {
            text = text.replacingOccurrences(of: key, with: value)
        }
        return text
    }

    static func titleTemplates(for category: CategoryID) -> [String] {
        switch category {
        case .notices: ContentVocabulary.noticeTitles
        case .workNews: ContentVocabulary.newsTitles
        case .educationInfo: ContentVocabulary.educationInfoTitles
        case .enrollmentInfo: ContentVocabulary.enrollmentInfoTitles
        case .admissionInfo: ContentVocabulary.admissionTitles
        case .enrollmentPolicyAndProcedure: ContentVocabulary.enrollmentPolicyTitles
        case .governmentDocuments: ContentVocabulary.governmentDocumentTitles
        case .supervisionReports: ContentVocabulary.supervisionTitles
        case .balancedDevelopmentFeedback: ContentVocabulary.balancedTitles
        case .schoolConditions: ContentVocabulary.schoolConditionTitles
        case .departmentBudget: ContentVocabulary.departmentBudgetTitles
        case .departmentFinalAccounts: ContentVocabulary.finalAccountTitles
        case .threePublicExpenses: ContentVocabulary.threeExpensesTitles
        case .budget: ContentVocabulary.budgetColumnTitles
        default: ContentVocabulary.noticeTitles
        }
    }

    static func theme(for category: CategoryID) -> String {
        switch category {
        case .normativeDocuments, .policyInterpretations: "政策文件"
        case .annualReports: "政府信息公开年报"
        case let id where id.rawValue.hasPrefix("budget"): "财政信息"
        default: "教育督导"
        }
    }

    // MARK: - Numbers and dates

    /// Two-digit (or wider) zero padding.
    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// 1 → 一, 12 → 十二, 23 → 二十三 (up to 99).
    static func chineseNumber(_ value: Int) -> String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value >= 10 else { return digits[value] }
        let tens = value / 10
        let ones = value % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }

    /// A signature date in Chinese numerals: 2018-03-05 → 二〇一八年三月五日.
    static func chineseDate(_ date: CivilDate) -> String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let year = String(date.year).compactMap { $0.wholeNumberValue }.map { digits[$0] }.joined()
        return "\(year)年\(chineseNumber(date.month))月\(chineseNumber(date.day))日"
    }
}
