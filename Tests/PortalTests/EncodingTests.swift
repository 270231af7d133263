import DisclosureCore
import Foundation
import ImportKit
import Portal
import Testing

/// The encoding traps of LEGACY-SOURCES.md §2, each on a small page and on the fixture that carries it.
@Suite struct EncodingTests {
    static func importPage(_ bytes: [UInt8], path: String = "page.html") throws -> DisclosureItem {
        let result = try PortalImporter().importSource(ImportSource(bytes: bytes, path: path), context: ImportContext())
        return try #require(result.items.first)
    }

    static func page(charset: String?, body: String) -> String {
        let meta = charset.map { #"<meta http-equiv="Content-Type" content="text/html; charset=\#($0)">"# } ?? ""
        return "<html><head>\(meta)<title>测试页面_勐海县教育局</title></head><body><h1>测试页面</h1>"
            + "<div id=\"zoom\"><p>\(body)</p></div></body></html>"
    }

    static func gb(_ text: String) -> [UInt8] {
        // GB18030 through iconv's own name in Foundation (see §2: the GBK constant returns nil on Linux).
        [UInt8](text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data())
    }

    @Test(arguments: ["gb2312", "gbk", "x-gbk", "cp936", "GB18030", "GB2312"])
    func everyGBLabelIsGB18030(_ label: String) throws {
        let item = try Self.importPage(Self.gb(Self.page(charset: label, body: "朱镕基、王喆、李堃都在名单中。")))
        #expect(item.encoding == "GB18030")
        #expect(item.text?.contains("朱镕基、王喆、李堃都在名单中。") == true)
    }

    @Test func aGBKCharacterUnderGB2312DoesNotTruncate() throws {
        let item = try Self.importPage(Self.gb(Self.page(charset: "gb2312", body: "前文镕后文仍在，直到最后一句。")))
        #expect(item.text?.hasSuffix("直到最后一句。") == true)
    }

    @Test func gbkWithoutAnyDeclarationIsNotLatin1() throws {
        let item = try Self.importPage(Self.gb(Self.page(charset: nil, body: "没有声明字符集的页面。")))
        #expect(item.encoding == "GB18030")
        #expect(item.text == "没有声明字符集的页面。")
        #expect(item.diagnostics.contains { $0.code == EncodingDetector.guessedCode })
    }

    @Test func utf8BytesUnderALyingGB2312Meta() throws {
        let item = try Self.importPage(Array(Self.page(charset: "gb2312", body: "以UTF-8保存却声明gb2312。").utf8))
        #expect(item.encoding == "UTF-8")
        #expect(item.text == "以UTF-8保存却声明gb2312。")
        #expect(item.diagnostics.contains { $0.code == EncodingDetector.contradictionCode })
    }

    @Test func anUnknownLabelIsDetectedFromTheBytes() throws {
        let item = try Self.importPage(Array(Self.page(charset: "x-no-such-charset", body: "未知字符集。").utf8))
        #expect(item.encoding == "UTF-8")
        #expect(item.text == "未知字符集。")
        #expect(item.diagnostics.contains { $0.code == EncodingDetector.unknownLabelCode })
    }

    @Test func aByteOrderMarkNeverReachesTheText() throws {
        let item = try Self.importPage([0xEF, 0xBB, 0xBF] + Array(Self.page(charset: "utf-8", body: "带BOM的页面。").utf8))
        #expect(item.text == "带BOM的页面。")
        #expect(item.title == "测试页面")
    }

    @Test func utf16WithAByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.page(charset: nil, body: "UTF-16页面。").utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let item = try Self.importPage(bytes)
        #expect(item.encoding == "UTF-16LE")
        #expect(item.text == "UTF-16页面。")
    }

    @Test func aBadByteCostsOneReplacementAndIsReported() throws {
        let page = Self.page(charset: "gb2312", body: "前@后文仍可读。")
        let halves = page.components(separatedBy: "@")
        let bytes = Self.gb(halves[0]) + [0xFF] + Self.gb(halves[1])
        let item = try Self.importPage(bytes)
        #expect(item.text == "前\u{FFFD}后文仍可读。")
        #expect(item.diagnostics.contains { $0.code == TextDecoder.replacedBytesCode })
    }

    @Test func fourByteGB18030Characters() throws {
        let item = try Self.importPage(Self.gb(Self.page(charset: "gb18030", body: "版权所有© 2018 • 勐海")))
        #expect(item.text == "版权所有© 2018 • 勐海")
    }

    @Test(arguments: [
        ("fixtures/portal/dhtml-detail-gb2312-gbkchar-teachers.html", "GB18030", "王喆"),
        ("fixtures/portal/dhtml-detail-utf8-lying-gb2312.html", "UTF-8", "控辍保学"),
        ("fixtures/portal/dhtml-detail-gbk-nometa-xueqian.html", "GB18030", "学前"),
        ("fixtures/portal/dede-detail-gb2312-gbkchar-school.html", "GB18030", "李堃"),
        ("fixtures/portal/asp-detail-gb2312-benzhan-yingyang.html", "GB18030", "营养"),
        ("fixtures/portal/meta-detail-gb18030-pubdate-dashtime.html", "GB18030", "教师节"),
        ("fixtures/portal/trs-detail-utf8-bom-zcjd.html", "UTF-8", "政策"),
    ])
    func trapFixtures(_ page: String, _ encoding: String, _ sample: String) throws {
        let item = try #require(try PortalFixtures.run(page).items.first)
        #expect(item.encoding == encoding)
        let all = (item.text ?? "") + item.title
        #expect(all.contains(sample))
        #expect(!all.contains("\u{FEFF}"))
        #expect(!all.contains("Ã") && !all.contains("Â"), "Latin-1 mojibake in \(page)")
    }
}
