import Foundation
import LibXML
import Testing

@Suite struct EncodingParsingTests {
    @Test func gb2312DeclaredPageWithGBKOnlyCharactersParsesFullyAsGB18030() throws {
        let bytes = Fixtures.gbk(Fixtures.countyPage(charsetMeta: "gb2312"))
        let document = try Document.html(bytes, encoding: "GB18030", baseURL: "xxgk/t20180612_1.html")
        #expect(try document.string("//title") == "关于朱镕基同志题词的通知_勐海县教育局")
        #expect(try document.string("//div[@id='zoom']/p[1]") == "一、张喆、李堃同学获奖。")
        #expect(try document.string("//div[@id='zoom']/p[2]") == "二、其余事项另行通知。")
        #expect(document.encoding == "GB18030")
        #expect(!document.messages.contains { $0.domain == "encoding" })
    }

    /// The trap this library exists to avoid: trusting `gb2312` cuts the text at the first GBK-only
    /// character, and libxml2 says so only in its messages (which we capture).
    @Test func trustingGB2312TruncatesAndIsReportedInMessages() throws {
        let bytes = Fixtures.gbk(Fixtures.countyPage(charsetMeta: "gb2312"))
        let document = try Document.html(bytes, encoding: "GB2312")
        let body = try document.string("//body")
        #expect(!body.contains("其余事项"))
        #expect(document.messages.contains { $0.domain == "encoding" })
    }

    @Test func undeclaredGBKPageParsesWithExplicitGB18030() throws {
        let bytes = Fixtures.gbk(Fixtures.countyPage(charsetMeta: nil))
        let document = try Document.html(bytes, encoding: "GB18030")
        #expect(try document.string("//div[@id='zoom']") == "一、张喆、李堃同学获奖。二、其余事项另行通知。")
    }

    @Test func utf8PageWithLyingGB2312MetaParsesWithExplicitUTF8() throws {
        let bytes = Array(Fixtures.countyPage(charsetMeta: "gb2312").utf8)
        let document = try Document.html(bytes, encoding: "UTF-8")
        #expect(try document.string("//title") == "关于朱镕基同志题词的通知_勐海县教育局")
        #expect(try document.string("//div[@id='zoom']/p[2]") == "二、其余事项另行通知。")
    }

    @Test func utf8WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<html><body><p>堃</p></body></html>".utf8)
        let document = try Document.html(bytes, encoding: "UTF-8")
        #expect(try document.string("//p") == "堃")
        #expect(!(try document.string("/")).contains("\u{FEFF}"))
    }

    @Test func utf16LittleEndianWithByteOrderMark() throws {
        let text = "<html><head><title>喆</title></head><body><p>张喆</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try Document.html(Data(bytes), encoding: "UTF-16LE")
        #expect(try document.string("//title") == "喆")
        #expect(try document.string("//p") == "张喆")
    }

    @Test func unknownEncodingNameIsAnErrorNotSilentlyIgnored() {
        let bytes = Array("<p>x</p>".utf8)
        #expect {
            try Document.html(bytes, encoding: "x-klingon")
        } throws: { error in
            (error as? LibXMLError)?.code == .unknownEncoding
        }
        #expect(throws: LibXMLError.self) { try Document.xml(bytes, encoding: "gb-2312-ish") }
    }

    @Test func emptyInputFailsWithContext() {
        do {
            _ = try Document.html([UInt8](), encoding: "UTF-8", baseURL: "empty.html")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .parseFailed)
            #expect(error.file == "empty.html")
        }
    }
}
