import DisclosureCore
import Foundation
import ImportKit
import Portal
import Testing

@testable import Portal

/// The small readers the chains are built from: addresses, labels, info lines, pagination, titles.
@Suite struct ReadingTests {
    @Test(arguments: [
        ("./P0201806.pdf", "http://a.gov.cn/x/y/t.html", "http://a.gov.cn/x/y/P0201806.pdf"),
        ("../up/a.doc", "http://a.gov.cn/x/y/t.html", "http://a.gov.cn/x/up/a.doc"),
        ("/mwx/a.dhtml?news_id=1", "http://a.gov.cn/x/t.html", "http://a.gov.cn/mwx/a.dhtml?news_id=1"),
        ("?pageNum=2", "http://a.gov.cn/col/index.html?uid=1", "http://a.gov.cn/col/index.html?pageNum=2"),
        ("//b.gov.cn/z", "https://a.gov.cn/", "https://b.gov.cn/z"),
        ("index_1.html", "http://a.gov.cn/tzgg/", "http://a.gov.cn/tzgg/index_1.html"),
        ("a\\b.html", "http://a.gov.cn/x/", "http://a.gov.cn/x/a/b.html"),
    ])
    func addressesResolve(_ reference: String, _ base: String, _ expected: String) {
        #expect(URLReference.resolve(reference, against: base) == expected)
    }

    @Test func aReferenceStaysAsWrittenWithoutABase() {
        #expect(URLReference.resolve(" ./P02018.doc ", against: nil) == "./P02018.doc")
    }

    @Test(
        arguments: [
            ("http://www.ynmh.gov.cn/jyj/201806/t20180612_123456.html", "t20180612_123456", "2018-06-12", 0),
            ("t20180612_123456_2.html", "t20180612_123456", "2018-06-12", 2),
            ("/art/2020/3/11/art_87_72162.html", "72162", "2020-03-11", 0),
            ("/mwx/75206.news.detail.dhtml?news_id=326553", "326553", nil, 0),
            ("75206.news.detail.dhtml@news_id=326553.html", "326553", nil, 0),
            ("http://www.mhyz.net/a/2018/0612/123.html", "123", "2018-06-12", 0),
            ("ShowArticle.asp?ArticleID=456", "456", nil, 0),
            ("/jyj/2018-06/12/content_4521.htm", "4521", nil, 0),
        ] as [(String, String, String?, Int)])
    func legacyAddresses(_ address: String, _ id: String, _ date: String?, _ page: Int) {
        let facts = LegacyAddress(address)
        #expect(facts.legacyID == id)
        #expect(facts.date?.description == date)
        #expect(facts.pageIndex == page)
    }

    @Test func paddedLabelsMatch() {
        let vocabulary = LabelVocabulary()
        #expect(vocabulary.field(forLabel: "索 引 号：") == .indexNumber)
        #expect(vocabulary.field(forLabel: "文\u{3000}\u{3000}号") == .documentNumber)
        #expect(vocabulary.field(forLabel: "标\u{A0}\u{A0}题:") == .title)
        #expect(vocabulary.field(forLabel: "发文字号") == .documentNumber)
        #expect(vocabulary.field(forLabel: "所属目录") == .legacyColumn)
        #expect(LabelVocabulary(extra: ["印发时间": .writtenAt]).field(forLabel: "印发时间") == .writtenAt)
    }

    @Test func anInfoLineSplits() {
        let line = InfoLine(
            "发布时间：2018-06-12 10:20:00\u{3000}\u{3000}来源：县教育局\u{A0}\u{A0}作者：勐遮镇中心小学\u{3000}岩温香  浏览次数：  【字号：大 中 小】",
            vocabulary: LabelVocabulary())
        #expect(line.value(.publishedAt) == "2018-06-12 10:20:00")
        #expect(line.value(.source) == "县教育局")
        #expect(line.value(.author) == "勐遮镇中心小学\u{3000}岩温香")
        #expect(line.value(.views) == nil)
    }

    @Test func createPageHTMLSkipsTheFunctionDefinition() {
        let script = """
            function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){ }
            createPageHTML(5, 2, "index", "html");
            """
        let call = PaginationReader.createPageHTML(in: script)
        #expect(call?.count == 5)
        #expect(call?.current == 2)
        #expect(call?.name == "index")
    }

    @Test(arguments: [("共 8 页", 8), ("第1页/共5页", 5), ("页次：2/6 每页8条", 6), ("没有页数", nil)] as [(String, Int?)])
    func statedPageCounts(_ text: String, _ count: Int?) {
        #expect(PaginationReader.statedPageCount(text) == count)
    }

    @Test func titleSuffixes() {
        let suffix = TitleSuffix(profile: SiteProfile(), siteName: nil, column: nil)
        #expect(suffix.strip("关于2018-2019学年校历的通知-勐海县教育局").title == "关于2018-2019学年校历的通知")
        #expect(suffix.strip("关于2018-2019学年校历的通知-勐海县教育局").site == "勐海县教育局")
        #expect(suffix.strip("勐遮镇中心小学--我校召开营养改善计划会议").title == "我校召开营养改善计划会议")
        #expect(suffix.strip("关于2018-2019学年校历的通知").title == "关于2018-2019学年校历的通知")
        #expect(suffix.strip("勐海县第一中学招生简章_招生信息_勐海县第一中学").site == "勐海县第一中学")
    }

    @Test func furnitureIsRecognised() {
        #expect(PageChrome.kind(ofCompactText: "【打印本页】【关闭窗口】") == "toolbar")
        #expect(PageChrome.kind(ofCompactText: "【字号：大中小】") == "toolbar")
        #expect(PageChrome.kind(ofCompactText: "上一篇：关于…的通知") == "previous/next link")
        #expect(PageChrome.kind(ofCompactText: "首页上一页12下一页尾页共5页") == "pager")
        #expect(PageChrome.kind(ofCompactText: "请打印报名表并于6月20日前交到学校。") == nil)
    }

    @Test func repostsAndOwnSources() {
        let detector = RepostDetector(siteName: "勐海县教育局", publisher: nil, breadcrumb: nil)
        #expect(detector.isOwn("本站"))
        #expect(detector.isOwn("县教育局计划财务股"))
        #expect(detector.isOwn("基础教育股"))
        #expect(!detector.isOwn("云南省教育厅"))
        #expect(!detector.isOwn("西双版纳州教育体育局"))
        #expect(RepostDetector.split("云南省教育厅基础教育处") == ("云南省教育厅", "基础教育处"))
    }
}
