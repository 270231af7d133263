import DisclosureCore
import ImportKit
import OAExport
import Testing

/// Workbooks: Excel date serials, merged headers, inline and shared strings, SpreadsheetML specifics.
@Suite struct SpreadsheetTests {
    static func items(_ fixture: String) throws -> [DisclosureItem] {
        let source = try Fixtures.source(fixture)
        let importer = try #require(OAExportImporters.importer(for: source))
        return try importer.importSource(source, context: ImportContext()).items
    }

    @Test func xlsxMergedTwoRowHeaderAndCellKinds() throws {
        let items = try Self.items("fawen-2018.xlsx")
        #expect(items.map(\.row) == [4, 5, 7, 8, 9])
        // 日期 merged over 成文日期 | 签发日期: the first wins the field, the second is kept.
        #expect(items[0].writtenAt?.description == "2018-03-18")
        #expect(items[0].provenance.first?.extraFields?["签发日期"] == "2018-03-19")
        // Rich text runs joined, phonetic run dropped; an inline string 文号.
        #expect(items[1].title == "关于表彰2018年度优秀教师的决定")
        #expect(items[1].documentNumber?.normalized == "勐教发〔2018〕20号")
        // A custom 年月日 date style; a General number 20180815; a serial with a time.
        #expect(items[1].writtenAt?.description == "2018-04-04")
        #expect(items[2].writtenAt?.description == "2018-08-15")
        #expect(items[3].writtenAt?.description == "2018-10-01T12:00:00")
        // Serial 60 is Excel's phantom 1900-02-29.
        #expect(items[4].writtenAt == nil)
        #expect(items[4].diagnostics.first?.message.contains("1900-02-29") == true)
    }

    @Test(arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (43263.0, "2018-06-12"),
        (43263.75, "2018-06-12T18:00:00"),
    ])
    func excelSerials1900(serial: Double, expected: String) {
        #expect(ExcelDateProbe.date(serial: serial, uses1904: false) == expected)
    }

    @Test func excelSerialPhantomAnd1904() {
        #expect(ExcelDateProbe.date(serial: 60, uses1904: false) == nil)
        #expect(ExcelDateProbe.date(serial: 0, uses1904: true) == "1904-01-01")
        #expect(ExcelDateProbe.date(serial: 41801, uses1904: true) == "2018-06-12")
    }

    @Test func spreadsheetMLIndexGapsMergesAndTypes() throws {
        let items = try Self.items("shouwen-2018-spreadsheetml.xls")
        #expect(items.map(\.row) == [4, 5, 6, 8])
        #expect(items[0].writtenAt?.description == "2018-03-20")
        #expect(items[0].provenance.first?.extraFields?["收文日期"] == "2018-03-30")
        #expect(items[0].provenance.first?.extraFields?["份数"] == "3")
        #expect(items[1].title.hasPrefix("西双版纳州关于"))
        #expect(items[2].publisher == "西双版纳州人民政府教育督导室")
        #expect(items[2].writtenAt?.description == "2018-04-20")
    }

    @Test func htmlTableWithLyingGB2312MetaKeepsGBKOnlyCharacters() throws {
        let items = try Self.items("fawen-2018-html.xls")
        #expect(items.first?.title == "关于表彰朱镕基奖教金获得者李堃、张喆同志的通报")
        #expect(items.first?.encoding == "GB18030")
        #expect(items.map(\.row) == [10, 11, 12])
        // rowspan repeats the 发文机关 in the row below; <br> inside a title is joined.
        #expect(items[1].publisher == "勐海县教育局")
        #expect(items[1].title == "关于做好2018年冬季学校消防安全工作的通知")
    }
}

/// Reads Excel serials through a one-row CSV whose date column holds the serial, which is how the public API
/// sees them (`ExcelDate` is internal).
enum ExcelDateProbe {
    static func date(serial: Double, uses1904: Bool) -> String? {
        if uses1904 { return date1904(serial) }
        let text = serial == serial.rounded() ? String(Int(serial)) : String(serial)
        let csv = "标题,文号,成文日期\n关于测试的通知,勐教发〔2018〕1号,\(text)\n"
        let result = try? OACSVImporter().importSource(
            ImportSource(bytes: Array(csv.utf8), path: "s.csv"), context: ImportContext())
        return result?.items.first?.writtenAt?.description
    }

    /// A minimal workbook with `date1904="1"` and one date-styled serial, built in memory.
    static func date1904(_ serial: Double) -> String? {
        let workbook = XLSXBuilder.workbook(date1904: true, serial: serial)
        let result = try? OAXLSXImporter().importSource(
            ImportSource(bytes: workbook, path: "d.xlsx"), context: ImportContext())
        return result?.items.first?.writtenAt?.description
    }
}
