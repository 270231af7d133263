import Foundation
import ImportKit
import Testing

@testable import Portal

/// Addresses are split at ASCII bytes (not characters): the parts must be what RFC 3986 appendix B gives, also for
/// addresses with Chinese, escapes, white space and backslashes, and the memo and the visible-text head must give
/// what computing afresh gives.
@Suite struct AddressBytesTests {
    @Test(
        arguments: [
            (
                "HTTP://www.ynmh.gov.cn:80/jyj/通知/t1.html?a=1&b=2#段落", "http", "www.ynmh.gov.cn:80", "/jyj/通知/t1.html",
                "a=1&b=2", "段落"
            ),
            ("mailto:jyj@ynmh.gov.cn", "mailto", nil, "jyj@ynmh.gov.cn", nil, nil),
            ("./P0201806.pdf", nil, nil, "./P0201806.pdf", nil, nil),
            ("//b.gov.cn", nil, "b.gov.cn", "", nil, nil),
            ("1a:b", nil, nil, "1a:b", nil, nil),
            ("附件:说明.doc", nil, nil, "附件:说明.doc", nil, nil),
            ("#top", nil, nil, "", nil, "top"),
            ("?x=1#y?z", nil, nil, "", "x=1", "y?z"),
            ("", nil, nil, "", nil, nil),
            (" \t/a\\b\n.html ", nil, nil, "/a/b.html", nil, nil),
            ("\u{3000}/jyj/index.html\u{3000}", nil, nil, "/jyj/index.html", nil, nil),
        ] as [(String, String?, String?, String, String?, String?)])
    func partsOfAReference(
        _ text: String, _ scheme: String?, _ authority: String?, _ path: String, _ query: String?, _ fragment: String?
    ) {
        let reference = URLReference(text)
        #expect(reference.scheme == scheme)
        #expect(reference.authority == authority)
        #expect(reference.path == path)
        #expect(reference.query == query)
        #expect(reference.fragment == fragment)
    }

    @Test func dotSegmentsAndLastSegments() {
        #expect(URLReference.removingDotSegments("/a/b/../c/./d.html") == "/a/c/d.html")
        #expect(URLReference.removingDotSegments("/教育/./通知/../公告/") == "/教育/公告/")
        #expect(URLReference.removingDotSegments("a/..") == "")
        #expect(URLReference.removingDotSegments("/a/b/..") == "/a/")
        #expect(URLReference.removingDotSegments("/a.b/c") == "/a.b/c")
        #expect(URLReference.lastSegment(of: "http://a.gov.cn/x/通知.html?id=1") == "通知.html")
        #expect(URLReference.lastSegment(of: "index.html") == "index.html")
        #expect(URLReference.normalized("HTTP://A.gov.cn:80?x#f") == "http://a.gov.cn/?x")
    }

    @Test func queryValuesByName() {
        #expect(LegacyAddress.queryValue(named: "ArticleID", in: "Show.asp?articleid=456&x=1") == "456")
        #expect(LegacyAddress.queryValue(named: "id", in: "a.dhtml?cate=5;id=77-b_c!x#id=9") == "77-b_c")
        #expect(LegacyAddress.queryValue(named: "id", in: "a.dhtml?id=&id=3") == nil)
        #expect(LegacyAddress.queryValue(named: "pageNum", in: "index.html?uid=1&&pageNum=4") == "4")
        #expect(LegacyAddress.queryValue(named: "id", in: "no-query.html") == nil)
    }

    @Test(
        arguments: [
            ("fixtures/t20180612_123456.html", "html", "t20180612_123456", true),
            ("jyj/tzgg/t20180612_123456_3.SHTML", "shtml", "t20180612_123456", true),
            ("t2018061_123456.html", "html", nil, false),
            ("通知/t20180612_12a.html", "html", nil, false),
            ("75206.news.list.dhtml", "dhtml", nil, false),
            ("a/b/index_2.html?x=1", "html", nil, false),
            ("附件.文档", nil, nil, false),
        ] as [(String, String?, String?, Bool)])
    func shapesOfMirrorNames(_ path: String, _ ext: String?, _ stem: String?, _ trs: Bool) {
        let address = LegacyAddress(path)
        #expect(address.pathExtension == ext)
        #expect(address.stem == stem)
        #expect((address.family == .trs) == trs)
    }

    @Test(arguments: [
        ("75206.news.list.dhtml", true), ("col/col87/index.html", true), ("tzgg/index_12.html", true),
        ("a/list_5_2.html", true), ("tzgg/index_x.html", false), ("tzgg/t20180612_1.html", false),
        ("index.html%3Fpage=2", true),
    ])
    func listAddresses(_ path: String, _ expected: Bool) {
        #expect(LegacyAddress(path).isListAddress == expected)
    }

    @Test func aMemoAnswersAsTheFunctionDoesAndStaysBounded() {
        let memo = BoundedMemo<String, Int>(capacity: 3)
        var computed = 0
        func length(_ text: String) -> Int {
            memo.value(for: text) { key in
                computed += 1
                return key.utf8.count
            }
        }
        #expect(length("通知") == 6)
        #expect(length("通知") == 6)
        #expect(computed == 1)
        for word in ["a", "bb", "ccc", "dddd"] { _ = length(word) }
        #expect(memo.count <= 3)
        #expect(length("通知") == 6)
    }

    @Test func theVisibleHeadOfALongBodyStartsLikeTheWholeText() throws {
        let paragraph = "<p>　　为进一步做好义务教育招生入学工作，   根据有关法律法规。</p>\n"
        let html = "<html><body>" + String(repeating: paragraph, count: 400) + "</body></html>"
        let page = try ParsedPage(ImportSource(bytes: Array(html.utf8), path: "long.html"))
        let body = try #require(page.index.elements("body").first)
        let head = PortalImporter.visibleHead(page.index, body)
        let whole = page.index.text(body)
        #expect(head.unicodeScalars.count > PageClassifier.Signals.headLength)
        #expect(head.unicodeScalars.count < whole.unicodeScalars.count)
        #expect(whole.hasPrefix(head))
        // A short body is given whole.
        let short = try ParsedPage(
            ImportSource(bytes: Array("<html><body><p>通知</p></body></html>".utf8), path: "s.html"))
        #expect(PortalImporter.visibleHead(short.index, try #require(short.index.elements("body").first)) == "通知")
    }
}
