import DisclosureCore
import Foundation
import ImportKit
import Testing

@testable import OAExport

/// The CSV importer: encodings, physical lines across quoted line breaks, title rows, row errors, profiles.
@Suite struct CSVTests {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static let register =
        "导出时间 2018-12-31,,\r\n标题,文号,成文日期\r\n\"关于做好\r\n2018年招生工作的通知\",\"勐教发〔2018〕12号\",2018-03-05\r\n"
        + "关于李堃同志任职的通知,勐教发[2018]13号,20180612\r\n\r\n\"关于表彰\"\"优秀教师\"\"，\n以及\n其他的决定\",,2018年6月1日\r\n"

    static func encoded(_ text: String, as encoding: String) -> [UInt8] {
        switch encoding {
        case "GB18030": return [UInt8](text.data(using: gb18030)!)
        case "UTF-8 BOM": return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "UTF-16LE": return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        default: return Array(text.utf8)
        }
    }

    @Test(arguments: ["GB18030", "UTF-8 BOM", "UTF-8", "UTF-16LE"])
    func everyEncodingGivesTheSameRows(encoding: String) throws {
        let source = ImportSource(bytes: Self.encoded(Self.register, as: encoding), path: "t.csv")
        #expect(OACSVImporter().sniff(source) == .certain)
        var records: [OARecord] = []
        let summary = try OACSVImporter().stream(source, context: ImportContext()) { records.append($0) }
        #expect(summary.encoding == (encoding == "UTF-8 BOM" ? "UTF-8" : encoding))
        #expect(records.map(\.canonical.row) == [3, 5, 7])
        #expect(
            records.map(\.canonical.title) == [
                "关于做好2018年招生工作的通知", "关于李堃同志任职的通知", "关于表彰\"优秀教师\"，以及其他的决定",
            ])
        #expect(records[1].item?.documentNumber?.normalized == "勐教发〔2018〕13号")
        #expect(records[1].item?.writtenAt?.description == "2018-06-12")
        #expect(summary.diagnostics.contains { $0.code == "oa.rows-above-header" && $0.line == 1 })
        #expect(summary.diagnostics.contains { $0.code == "oa.blank-rows-skipped" && $0.message.contains("rows 6") })
    }

    @Test func lineBreaksInsideFieldsAreCounted() {
        #expect(OACSVImporter.lineBreaks(in: "a\r\nb\nc\rd") == 3)
        #expect(OACSVImporter.lineBreaks(in: "no break") == 0)
    }

    @Test func delimiterIsDetectedOutsideQuotes() {
        #expect(OACSVImporter.delimiter(in: "标题\t文号\n\"a,b,c\"\tx\n") == "\t")
        #expect(OACSVImporter.delimiter(in: "标题,文号\n\"a\tb\",x\n") == ",")
    }

    @Test func rowErrorNamesFileRowAndColumnAndBecomesANonItemLine() throws {
        let csv = "标题,文号\n,勐教发〔2018〕5号\n关于测试的通知,不是文号\n"
        let result = try OACSVImporter().importSource(
            ImportSource(bytes: Array(csv.utf8), path: "oa/fawen.csv"), context: ImportContext())
        #expect(result.outcome == .items)
        let error = try #require(result.items.first)
        #expect(!error.isItem)
        #expect(error.sourceFile == "oa/fawen.csv")
        #expect(error.row == 2)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "oa.title-missing")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.file == "oa/fawen.csv")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.element == "column A (标题)")
        // The rejected row's cells are kept, so nothing is lost.
        #expect(error.provenance.first?.extraFields?["文号"] == "勐教发〔2018〕5号")
        let line = try DisclosureJSON.line(error)
        #expect(line.contains("\"isItem\":false"))
        // The next row is still imported; its unreadable 文号 is kept verbatim with a warning.
        let item = result.items[1]
        #expect(item.isItem)
        #expect(item.documentNumber == nil)
        #expect(item.provenance.first?.extraFields?["文号"] == "不是文号")
        #expect(item.diagnostics.first?.code == "oa.document-number-unparseable")
        #expect(item.diagnostics.first?.element == "column B (文号)")
    }

    @Test func unknownHeaderThrowsAndAProfileAddsLabels() throws {
        let csv = "公文名称,字号\n关于测试的通知,勐教发〔2018〕5号\n"
        let source = ImportSource(bytes: Array(csv.utf8), path: "x.csv")
        let error = #expect(throws: ImportError.self) {
            try OACSVImporter().importSource(source, context: ImportContext())
        }
        #expect(error?.code == "oa.header-not-found")
        let profile = #"{"oaExport": {"synonyms": {"title": ["公文名称"], "documentNumber": ["字号"]}}}"#
        let result = try OACSVImporter().importSource(source, context: ImportContext(profile: Array(profile.utf8)))
        #expect(result.items.first?.title == "关于测试的通知")
        #expect(result.items.first?.documentNumber?.normalized == "勐教发〔2018〕5号")
        let bad = #"{"synonyms": {"notAField": ["x"]}}"#
        #expect(throws: (any Error).self) { try OAProfile(profileJSON: Array(bad.utf8)) }
    }

    @Test func labelsAreNormalised() throws {
        #expect(HeaderLabel.key("文　　号：") == "文号")
        #expect(HeaderLabel.key(" *标 题 ") == "标题")
        #expect(FieldSynonyms().field(for: "成文日期（YYYYMMDD）")?.field == .writtenAt)
        #expect(FieldSynonyms().field(for: "ＳＷ") == nil)
    }

    @Test func theSameRowsStreamAsTheyAreCollected() throws {
        var text = "标题,文号,成文日期,公开属性\n"
        for index in 1...3000 {
            text += "关于第\(index)项工作的通知,勐教发〔2018〕\(index)号,2018-06-12,主动公开\n"
        }
        let source = ImportSource(bytes: Array(text.utf8), path: "big.csv")
        var count = 0
        var lastRow = 0
        let summary = try OACSVImporter().stream(source, context: ImportContext()) { record in
            count += 1
            lastRow = record.canonical.row ?? 0
        }
        #expect(count == 3000)
        #expect(summary.itemCount == 3000)
        #expect(lastRow == 3001)
        #expect(try OACSVImporter().importSource(source, context: ImportContext()).items.count == 3000)
    }
}
