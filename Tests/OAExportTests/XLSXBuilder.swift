import Foundation
import ZIPFoundation

/// Builds small `.xlsx` workbooks in memory for tests (the fixtures on disk are made by `generate.py`).
enum XLSXBuilder {
    /// A workbook with one sheet: header 标题 | 文号 | 成文日期 and one row whose date is a serial in a date style.
    static func workbook(date1904: Bool, serial: Double) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts: [(String, String)] = [
            (
                "xl/workbook.xml",
                "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><workbookPr date1904=\"\(date1904 ? 1 : 0)\"/>"
                    + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>"
            ),
            (
                "xl/styles.xml",
                "<styleSheet xmlns=\"\(main)\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
            ),
            (
                "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>文号</t></is></c>"
                    + "<c r=\"C1\" t=\"inlineStr\"><is><t>成文日期</t></is></c></row><row r=\"2\">"
                    + "<c r=\"A2\" t=\"inlineStr\"><is><t>关于测试的通知</t></is></c>"
                    + "<c r=\"C2\" s=\"1\"><v>\(serial)</v></c></row></sheetData></worksheet>"
            ),
        ]
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        } catch {
            return []
        }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try? archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return [UInt8](archive.data ?? Data())
    }
}
