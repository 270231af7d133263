import DisclosureCore
import Foundation
import ImportKit
import OAExport
import Testing

/// SpreadsheetML read as a stream: the corners where a streamed reading could drift from reading the whole
/// tree (styles after the sheets, rich text, comments, sheet names with `&`, DTD attribute defaults,
/// UTF-16, malformed documents).
@Suite struct SpreadsheetMLStreamingTests {
    static let header = """
        <Row><Cell><Data ss:Type="String">收文号</Data></Cell><Cell><Data ss:Type="String">题名</Data></Cell>\
        <Cell><Data ss:Type="String">来文字号</Data></Cell><Cell><Data ss:Type="String">来文单位</Data></Cell>\
        <Cell><Data ss:Type="String">成文日期</Data></Cell></Row>
        """

    static func row(_ number: String, title: String = "关于测试的通知", date: String = "") -> String {
        """
        <Row><Cell><Data ss:Type="String">\(number)</Data></Cell><Cell><Data ss:Type="String">\(title)</Data>\
        </Cell><Cell><Data ss:Type="String">勐教发〔2018〕1号</Data></Cell>\
        <Cell><Data ss:Type="String">勐海县教育局</Data></Cell>\(date)</Row>
        """
    }

    static func workbook(_ body: String, doctype: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <?mso-application progid="Excel.Sheet"?>\(doctype)
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
         xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
        \(body)
        </Workbook>
        """
    }

    static func items(_ bytes: [UInt8]) throws -> [DisclosureItem] {
        let source = ImportSource(bytes: bytes, path: "register.xls")
        return try OASpreadsheetMLImporter().importSource(source, context: ImportContext()).items
    }

    static func items(_ text: String) throws -> [DisclosureItem] { try items(Array(text.utf8)) }

    @Test func stylesAfterTheWorksheetsStillMakeDates() throws {
        let items = try Self.items(
            Self.workbook(
                """
                <Worksheet ss:Name="收文"><Table>\(Self.header)
                \(Self.row("SW-1", date: #"<Cell ss:StyleID="d"><Data ss:Type="Number">43189</Data></Cell>"#))
                </Table></Worksheet>
                <Styles><Style ss:ID="d"><NumberFormat ss:Format="yyyy/m/d"/></Style></Styles>
                """))
        #expect(items.count == 1)
        #expect(items.first?.writtenAt?.description == "2018-03-30")
    }

    @Test func richTextIsJoinedAndCommentsAreLeftOut() throws {
        let title =
            "<html:Font>关于</html:Font> <html:B>测试</html:B><![CDATA[的]]>通知</Data>"
            + "<Comment><Data>批注不算</Data></Comment><Data>第二个不算"
        let items = try Self.items(
            Self.workbook("<Worksheet><Table>\(Self.header)\(Self.row("SW-1", title: title))</Table></Worksheet>"))
        #expect(items.map(\.title) == ["关于 测试的通知"])
    }

    @Test func sheetNamesKeepTheirAmpersands() throws {
        let items = try Self.items(
            Self.workbook(
                """
                <Worksheet ss:Name="收文&amp;发文"><Table>\(Self.header)\(Self.row("SW-1"))</Table></Worksheet>
                <Worksheet ss:Name="A&#38;B"><Table>\(Self.header)\(Self.row("SW-2"))</Table></Worksheet>
                """))
        #expect(items.map { $0.provenance.first?.extraFields?["工作表"] } == ["收文&发文", "A&B"])
    }

    @Test func attributeDefaultsOfAnInternalSubsetAreNotApplied() throws {
        let doctype = #"<!DOCTYPE Workbook [<!ATTLIST Cell ss:Index CDATA "1" ss:MergeDown CDATA "5">]>"#
        let items = try Self.items(
            Self.workbook(
                "<Worksheet><Table>\(Self.header)\(Self.row("SW-1"))\(Self.row("SW-2"))</Table></Worksheet>",
                doctype: doctype))
        #expect(items.map(\.title) == ["关于测试的通知", "关于测试的通知"])
        #expect(items.map(\.publisher) == ["勐海县教育局", "勐海县教育局"])
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let text = Self.workbook("<Worksheet><Table>\(Self.header)\(Self.row("SW-1"))</Table></Worksheet>")
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let items = try Self.items(bytes)
        #expect(items.map(\.title) == ["关于测试的通知"])
        #expect(items.first?.encoding == "UTF-16LE")
    }

    @Test func gb18030DeclaredIsRead() throws {
        let text = Self.workbook("<Worksheet><Table>\(Self.header)\(Self.row("SW-1"))</Table></Worksheet>")
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"GB18030\"")
        let bytes = text.flatMap { character in
            Self.gb18030[character] ?? Array(String(character).utf8)
        }
        let items = try Self.items(bytes)
        #expect(items.map(\.title) == ["关于测试的通知"])
        #expect(items.map(\.publisher) == ["勐海县教育局"])
        #expect(items.first?.encoding == "GB18030")
    }

    /// The GB18030 bytes of the characters of ``header`` and ``row(_:title:date:)``.
    static let gb18030: [Character: [UInt8]] = [
        "〔": [0xA1, 0xB2], "〕": [0xA1, 0xB3], "于": [0xD3, 0xDA], "位": [0xCE, 0xBB], "关": [0xB9, 0xD8],
        "勐": [0xDB, 0xC2], "单": [0xB5, 0xA5], "县": [0xCF, 0xD8], "发": [0xB7, 0xA2], "号": [0xBA, 0xC5],
        "名": [0xC3, 0xFB], "字": [0xD7, 0xD6], "局": [0xBE, 0xD6], "成": [0xB3, 0xC9], "收": [0xCA, 0xD5],
        "教": [0xBD, 0xCC], "文": [0xCE, 0xC4], "日": [0xC8, 0xD5], "期": [0xC6, 0xDA], "来": [0xC0, 0xB4],
        "测": [0xB2, 0xE2], "海": [0xBA, 0xA3], "的": [0xB5, 0xC4], "知": [0xD6, 0xAA], "育": [0xD3, 0xFD],
        "试": [0xCA, 0xD4], "通": [0xCD, 0xA8], "题": [0xCC, 0xE2],
    ]

    @Test func malformedDocumentHandsOverNoRow() throws {
        let rows = (1...50).map { Self.row("SW-\($0)") }.joined()
        let text = Self.workbook("<Worksheet><Table>\(Self.header)\(rows)</Table></Worksheet>")
            .replacingOccurrences(of: "</Workbook>", with: "<Broken></Workbook>")
        var handed = 0
        let error = #expect(throws: ImportError.self) {
            _ = try OASpreadsheetMLImporter().stream(
                ImportSource(bytes: Array(text.utf8), path: "register.xls"), context: ImportContext()
            ) { _ in handed += 1 }
        }
        #expect(error?.code == "xml.malformed")
        #expect(handed == 0)
    }

    @Test func rowsOfSeveralTablesAndMergesAcrossThem() throws {
        let merged = #"<Row><Cell ss:Index="4" ss:MergeDown="2"><Data ss:Type="String">合并单位</Data></Cell></Row>"#
        let items = try Self.items(
            Self.workbook(
                """
                <Worksheet><Table>\(Self.header)\(merged)</Table>
                <Table><Row ss:Index="7"><Cell><Data ss:Type="String">SW-1</Data></Cell>\
                <Cell><Data ss:Type="String">关于测试的通知</Data></Cell></Row></Table></Worksheet>
                """))
        // Row 2 (only the merged 来文单位) is a row error; row 7 of the second table still gets the value.
        #expect(items.map(\.row) == [2, 7])
        #expect(items.map(\.publisher) == [nil, "合并单位"])
    }
}
