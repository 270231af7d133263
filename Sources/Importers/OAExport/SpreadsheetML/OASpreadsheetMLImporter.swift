import DisclosureCore
public import ImportKit
import LibXML

/// Reads an OA register saved as Excel 2003 XML (SpreadsheetML, usually named `.xls`): the
/// `<?mso-application progid="Excel.Sheet"?>` workbook in the `urn:schemas-microsoft-com:office:spreadsheet`
/// namespace, with `ss:Index` gaps in rows and cells, `ss:MergeAcross`/`ss:MergeDown` merged cells, typed
/// `DateTime` data and numbers in date styles. Importer identifier `oa-spreadsheetml`.
///
/// The XML is parsed without entities, DTDs or network; a DOCTYPE declaring any entity is refused.
public struct OASpreadsheetMLImporter: OAStreamingImporter {
    /// `oa-spreadsheetml`.
    public let identifier = "oa-spreadsheetml"
    /// The SpreadsheetML namespace.
    public static let namespace = "urn:schemas-microsoft-com:office:spreadsheet"

    /// Creates the importer.
    public init() {}

    /// Certain when the first bytes hold the `mso-application` Excel instruction or the SpreadsheetML namespace.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        // Cheap refusal first (every file of a mirror is asked): the signatures are ASCII in any 8-bit encoding.
        let prefix = Array(source.bytes.prefix(8192))
        let isUTF16 = prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
        let lowered = ASCIIBytes.lowercased(prefix)
        guard
            isUTF16 || ASCIIBytes.containsAny(lowered, ["excel.sheet", "urn:schemas-microsoft-com:office:spreadsheet"])
        else { return .no }
        let head = ContentSignature.headText(source.bytes, count: 8192)
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("<") else { return .no }
        if head.contains("progid=\"Excel.Sheet\"") || head.contains(Self.namespace) { return .certain }
        return .no
    }

    /// Streams the rows of every worksheet that has a header.
    public func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary {
        let file = source.path
        let (document, detected) = try XMLInput.parse(source.bytes, file: file)
        document.registerNamespace("ss", uri: Self.namespace)
        let dateStyles = Self.dateStyles(document)
        let sheets = (try? document.xpath("/ss:Workbook/ss:Worksheet")) ?? []
        var summary = OAStreamSummary(importer: identifier, encoding: detected.name, diagnostics: detected.diagnostics)
        var failures: [ImportError] = []
        for sheet in sheets {
            let name = sheet.attribute("ss:Name") ?? "Sheet"
            var pipeline = TabularPipeline(
                importer: identifier, file: file, encoding: detected.name, context: context,
                sheet: sheets.count > 1 ? name : nil)
            var rowNumber = 0
            var downFills: [Int: (value: String, rows: Int)] = [:]
            for row in (try? sheet.xpath("ss:Table/ss:Row")) ?? [] {
                rowNumber = row.attribute("ss:Index").flatMap(Int.init) ?? rowNumber + 1
                var cells: [String] = []
                var column = 0
                var nextFills: [Int: (value: String, rows: Int)] = [:]
                func put(_ value: String, at index: Int) {
                    guard index >= 0, index <= SheetRowReader.maxColumn else { return }
                    if cells.count <= index {
                        cells.append(contentsOf: repeatElement("", count: index + 1 - cells.count))
                    }
                    cells[index] = value
                }
                for (index, fill) in downFills { put(fill.value, at: index) }
                for cell in (try? row.xpath("ss:Cell")) ?? [] {
                    if let index = cell.attribute("ss:Index").flatMap(Int.init) { column = index - 1 }
                    let across = cell.attribute("ss:MergeAcross").flatMap(Int.init) ?? 0
                    let down = cell.attribute("ss:MergeDown").flatMap(Int.init) ?? 0
                    let value = Self.value(of: cell, dateStyles: dateStyles)
                    put(value, at: column)
                    if down > 0 { nextFills[column] = (value, down) }
                    column += 1 + max(0, across)
                }
                for (index, fill) in downFills where fill.rows > 1 { nextFills[index] = (fill.value, fill.rows - 1) }
                downFills = nextFills
                for record in pipeline.accept(TabularRow(number: rowNumber, cells: cells)) { body(record) }
            }
            do {
                for record in try pipeline.finish() { body(record) }
            } catch {
                failures.append(error)
                if sheets.count > 1 {
                    summary.diagnostics.append(
                        Diagnostic(.warning, code: error.code, message: error.message, file: file, element: name))
                }
                continue
            }
            summary.itemCount += pipeline.itemCount
            summary.rowErrorCount += pipeline.rowErrorCount
            summary.diagnostics += pipeline.diagnostics
        }
        if sheets.isEmpty || failures.count == sheets.count {
            throw failures.first
                ?? ImportError(
                    code: "oa.spreadsheetml-no-sheets", file: file, message: "the workbook has no ss:Worksheet")
        }
        return summary
    }

    // MARK: - Cells

    /// The IDs of styles whose number format shows a date (`Short Date`, `yyyy/m/d` …).
    private static func dateStyles(_ document: Document) -> Set<String> {
        var ids: Set<String> = []
        for style in (try? document.xpath("/ss:Workbook/ss:Styles/ss:Style")) ?? [] {
            guard let id = style.attribute("ss:ID"),
                let format = (try? style.first("ss:NumberFormat"))??.attribute("ss:Format")
            else { continue }
            let named = ["Short Date", "General Date", "Medium Date", "Long Date"]
            if named.contains(format) || ExcelDate.isDateFormat(id: 0, code: format) { ids.insert(id) }
        }
        return ids
    }

    private static func value(of cell: Node, dateStyles: Set<String>) -> String {
        guard let data = (try? cell.first("ss:Data")) ?? nil else { return "" }
        let text = data.text
        switch data.attribute("ss:Type") {
        case "DateTime":
            // `2018-06-12T00:00:00.000`: the date, and the time when it is not midnight.
            let trimmed = HeaderLabel.trimmed(text)
            if trimmed.hasSuffix("T00:00:00.000") || trimmed.hasSuffix("T00:00:00") {
                return String(trimmed.prefix { $0 != "T" })
            }
            return trimmed
        case "Number":
            if let style = cell.attribute("ss:StyleID"), dateStyles.contains(style),
                let serial = Double(HeaderLabel.trimmed(text)),
                let date = ExcelDate.dateTime(serial: serial, uses1904: false)
            {
                return date.description
            }
            return HeaderLabel.trimmed(text)
        case "Boolean":
            return HeaderLabel.trimmed(text) == "1" ? "TRUE" : "FALSE"
        default:
            return text
        }
    }
}
