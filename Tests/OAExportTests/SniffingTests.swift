import Foundation
import ImportKit
import OAExport
import Testing

/// The table-page sniffers decide from the bytes of a page's head; these pin the decisions that their byte-level
/// searches must keep: tags in any case, labels however spaced, GBK and UTF-8 alike.
@Suite struct SniffingTests {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func source(_ html: String, gbk: Bool = false, path: String = "page.html") -> ImportSource {
        let bytes = gbk ? [UInt8](html.data(using: gb18030)!) : Array(html.utf8)
        return ImportSource(bytes: bytes, path: path)
    }

    @Test func aRegisterTableIsCertainWhateverTheCaseOfItsTags() {
        let page = """
            <HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=gb2312"></HEAD><BODY>
            <TABLE border=1><TR><TD>发文登记</TD></TR>
            <TR><TH>序号</TH><TH>标　题</TH><Th>文 号</Th><TD>成文日期</TD></TR>
            <TR><TD>1</TD><TD>关于做好招生工作的通知</TD><TD>勐教发〔2018〕12号</TD><TD>2018-06-12</TD></TR>
            </TABLE></BODY></HTML>
            """
        #expect(OAHTMLTableImporter().sniff(Self.source(page, gbk: true)) == .certain)
        #expect(OAHTMLTableImporter().sniff(Self.source(page)) == .certain)
        #expect(FileListingImporter().sniff(Self.source(page)) == .no)
    }

    @Test func aLayoutTableIsNotARegister() {
        let page = """
            <html><body><table><tr><td>首页</td><td>信息公开</td><td>通知公告</td></tr>
            <tr><td>标题</td><td>关于召开工作会议的通知</td></tr></table></body></html>
            """
        #expect(OAHTMLTableImporter().sniff(Self.source(page)) == .no)
        #expect(FileListingImporter().sniff(Self.source(page)) == .no)
        #expect(OAHTMLTableImporter().sniff(Self.source("<html><body><p>标题 文号 成文日期</p></body></html>")) == .no)
    }

    @Test func aListingIsFoundHoweverItsHeaderIsSpaced() {
        let page = """
            <html><head><meta charset="gbk"></head><body><TABLE id="filelist">
            <tr class="head"><td> 文 件 名 </td><td>大&#x20;小</td><td>上传时间</td></tr>
            <tr><td><a href="#">附件1.doc</a></td><td>12.0 KB</td><td>2018-06-12 10:00</td></tr></TABLE></body></html>
            """
        // `大&#x20;小` is not 大小 (entities are not decoded here); the file-size label must be there as text.
        #expect(FileListingImporter().sniff(Self.source(page, gbk: true)) == .no)
        let spaced = page.replacingOccurrences(of: "大&#x20;小", with: "大\n\t小")
        #expect(FileListingImporter().sniff(Self.source(spaced, gbk: true)) == .certain)
        #expect(FileListingImporter().sniff(Self.source(spaced)) == .certain)
        #expect(OAHTMLTableImporter().sniff(Self.source(spaced)) == .no)
    }

    @Test func aFileThatOnlyStartsLikeAZipIsRefusedWithItsReason() {
        // A mirror's broken `.xlsx`: the local-header signature, then nothing a zip needs.
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 22)
        bytes += Array("[Content_Types].xml".utf8)
        let source = ImportSource(bytes: bytes, path: "upload/broken.xlsx")
        #expect(OAEEPImporter().sniff(source) == .no)
        #expect(throws: ImportError.self) { try OAXLSXImporter().importSource(source, context: ImportContext()) }
        do {
            _ = try OAEEPImporter().importSource(source, context: ImportContext())
            Issue.record("a broken zip was read")
        } catch {
            #expect(error.code == "zip.unreadable")
            #expect(error.message.contains("missingEndOfCentralDirectoryRecord"))
        }
    }
}
