import DisclosureCore

/// Realistic items shared by the model and rule tests: what a migrated 勐海县教育局 archive holds.
enum SampleItems {
    static func date(_ text: String) -> LocalDateTime {
        guard let value = LocalDateTime(text) else { fatalError("bad sample date \(text)") }
        return value
    }

    /// A 规范性文件 with every field the architecture names.
    static var normativeDocument: DisclosureItem {
        var item = DisclosureItem(id: "item-5f1c2a9e0b7d4c31", title: "勐海县教育局关于印发《勐海县中小学招生入学工作实施方案》的通知")
        item.publishedAt = date("2018-06-12T10:20:00")
        item.writtenAt = date("2018-06-08")
        item.documentNumber = try? DocumentNumber(parsing: "勐教发〔2018〕12号")
        item.indexNumber = IndexNumber(rawValue: "01526039-0-/2018-1109011")
        item.publisher = "勐海县教育局"
        item.source = "勐海县教育局"
        item.category = .normativeDocuments
        item.legacyColumn = "政策文件"
        item.kind = .normativeDocument
        item.themes = ["教育"]
        item.keywords = ["招生", "入学"]
        item.summary = "印发2018年全县中小学招生入学工作实施方案，明确招生范围、程序和时间安排。"
        item.validity = .effective
        item.attribute = .proactive
        item.review = ConfidentialityReview(
            result: .passed, reviewer: "党政办公室", date: CivilDate(year: 2018, month: 6, day: 11), reference: "保审〔2018〕31号"
        )
        item.responsibility = Responsibility(producer: "基础教育股", updater: "党政办公室", reviewer: "岩温", accountable: "局长")
        item.text = "各乡（镇）中心学校、县直各学校：\n\n现将《勐海县中小学招生入学工作实施方案》印发给你们，请认真贯彻执行。"
        item.html = "<p>各乡（镇）中心学校、县直各学校：</p><p>现将《勐海县中小学招生入学工作实施方案》印发给你们，请认真贯彻执行。</p>"
        item.attachments = [
            Attachment(
                name: "勐海县中小学招生入学工作实施方案.doc",
                url: "http://mhjyj.ynmh.gov.cn/upload/2018/06/12/P020180612.doc",
                path: "attachments/P020180612.doc", mediaType: "application/msword",
                sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        ]
        item.encoding = "GB18030"
        item.sourceFile = "mhjyj.ynmh.gov.cn/mwx/75206.news.detail.dhtml?news_id=326553"
        item.url = "http://mhjyj.ynmh.gov.cn/mwx/75206.news.detail.dhtml?news_id=326553"
        item.provenance = [
            SourceRecord(
                importer: "portal", file: item.sourceFile, url: item.url,
                contentHash: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", legacyID: "326553",
                encoding: "GB18030")
        ]
        return item
    }

    /// A news item reposted from the provincial department, with a hidden spam link found in the legacy body.
    static var repost: DisclosureItem {
        var item = DisclosureItem(id: "item-0a4d2f6b9c1e8d70", title: "云南省教育厅关于做好2018年普通高校招生录取工作的通知")
        item.publishedAt = date("2018-07-02")
        item.category = "education-info/enrollment-policy"
        item.legacyColumn = "教育信息"
        item.kind = .notice
        item.attribute = .proactive
        item.review = ConfidentialityReview(result: .passed)
        item.repost = RepostSource(
            site: "云南省教育厅", url: "http://jyt.yn.gov.cn/news/2018/0701.html", at: date("2018-07-02T09:00:00"),
            department: "高校学生处")
        item.hiddenLinks = ["http://spam.example/casino"]
        item.diagnostics = [
            Diagnostic(
                .warning, code: "html.hidden-link", message: "removed a link hidden with display:none",
                element: "div.TRS_Editor/div[3]/a", field: "html")
        ]
        return item
    }

    /// An OA register row that is not to be disclosed.
    static var exempt: DisclosureItem {
        var item = DisclosureItem(id: "item-77e1b3d05a2c9f18", title: "关于2018年教师职称评审有关人员情况的请示")
        item.writtenAt = date("2018-03-05")
        item.documentNumber = try? DocumentNumber(parsing: "勐教请[2018]3号")
        item.kind = .requestForInstructions
        item.attribute = .exempt
        item.exemptionGround = .processInfo
        item.exemptionReason = "过程性信息（请示）"
        item.sourceFile = "oa/发文登记2018.csv"
        item.row = 14
        item.provenance = [
            SourceRecord(
                importer: "oa-csv", file: "oa/发文登记2018.csv", row: 14, encoding: "GB18030",
                extraFields: ["拟稿人": "张三", "紧急程度": "加急"])
        ]
        return item
    }

    /// A saved search page: not an item.
    static var notAnItem: DisclosureItem {
        var item = DisclosureItem(id: "item-c3a9e1d2b4f60718", title: "站内搜索")
        item.isItem = false
        item.sourceFile = "mhjyj.ynmh.gov.cn/search.dhtml?q=招生"
        item.diagnostics = [
            Diagnostic(.info, code: "page.not-an-item", message: "a site search result page, not a disclosure item")
        ]
        return item
    }

    static var all: [DisclosureItem] { [normativeDocument, repost, exempt, notAnItem] }
}
