import DisclosureCore
public import ImportKit
import LibXML

/// Reads an OA register saved as Excel 2003 XML (SpreadsheetML, usually named `.xls`): the
/// `<?mso-application progid="Excel.Sheet"?>` workbook in the `urn:schemas-microsoft-com:office:spreadsheet`
/// namespace, with `ss:Index` gaps in rows and cells, `ss:MergeAcross`/`ss:MergeDown` merged cells, typed
/// `DateTime` data and numbers in date styles. Importer identifier `oa-spreadsheetml`.
///
/// The XML is streamed (never built as a tree) without entities, DTDs or network; a DOCTYPE declaring any
/// entity is refused.
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
        let prefix = source.bytes.prefix(8192)
        let isUTF16 = prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
        guard
            isUTF16
                || ASCIIBytes.containsAnyIgnoringCase(
                    prefix, ["excel.sheet", "urn:schemas-microsoft-com:office:spreadsheet"])
        else { return .no }
        let head = ContentSignature.headText(source.bytes, count: 8192)
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("<") else { return .no }
        if head.contains("progid=\"Excel.Sheet\"") || head.contains(Self.namespace) { return .certain }
        return .no
    }

    /// Streams the rows of every worksheet that has a header.
    ///
    /// The workbook is read twice as a stream of XML events, never as a tree, so memory does not grow with
    /// the number of rows. The first pass (``SpreadsheetMLOutline``) counts the worksheets (records name
    /// their sheet only when there are several, which must be known before the first row is handed over),
    /// collects the date styles and proves the document well-formed and free of entity declarations, so a
    /// broken or hostile file hands over nothing. The second (``SpreadsheetMLRowReader``) hands the rows
    /// over as they complete. Because the first pass reads the whole document, `ss:Styles` is honoured
    /// wherever it stands: Excel writes it before the worksheets, and a file that puts it after them needs
    /// no tree either.
    public func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary {
        let file = source.path
        let detected = EncodingDetector().detect(source.bytes, file: file)
        var outline = SpreadsheetMLOutline()
        try XMLInput.stream(source.bytes, encoding: detected.name, file: file) { outline.consume($0) }

        let several = outline.worksheetCount > 1
        var summary = OAStreamSummary(importer: identifier, encoding: detected.name, diagnostics: detected.diagnostics)
        var failures: [ImportError] = []
        var reader = SpreadsheetMLRowReader(dateStyles: outline.dateStyles)
        var sheetName = ""
        var pipeline: TabularPipeline?
        try XMLInput.stream(source.bytes, encoding: detected.name, file: file) { events in
            for output in reader.consume(events) {
                switch output {
                case .worksheet(let name):
                    sheetName = name
                    pipeline = TabularPipeline(
                        importer: identifier, file: file, encoding: detected.name, context: context,
                        sheet: several ? name : nil)
                case .row(let row):
                    for record in pipeline?.accept(row) ?? [] { body(record) }
                case .worksheetEnd:
                    guard var finishing = pipeline else { continue }
                    pipeline = nil
                    do throws(ImportError) {
                        for record in try finishing.finish() { body(record) }
                    } catch {
                        failures.append(error)
                        if several {
                            summary.diagnostics.append(
                                Diagnostic(
                                    .warning, code: error.code, message: error.message, file: file,
                                    element: sheetName))
                        }
                        continue
                    }
                    summary.itemCount += finishing.itemCount
                    summary.rowErrorCount += finishing.rowErrorCount
                    summary.diagnostics += finishing.diagnostics
                }
            }
        }
        if outline.worksheetCount == 0 || failures.count == outline.worksheetCount {
            throw failures.first
                ?? ImportError(
                    code: "oa.spreadsheetml-no-sheets", file: file, message: "the workbook has no ss:Worksheet")
        }
        return summary
    }
}
