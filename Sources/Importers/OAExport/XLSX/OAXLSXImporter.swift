import DisclosureCore
public import ImportKit
import LibXML

/// Reads an OA register saved as an Excel workbook (`.xlsx`, Office Open XML): shared and inline strings,
/// dates stored as serial numbers in a date style (1900 system with its phantom 29 February, or 1904),
/// header rows with merged cells. Importer identifier `oa-xlsx`.
///
/// The zip is checked against ``ZipLimits`` (entry count, sizes, compression ratio, path traversal) before
/// anything is inflated, and every XML part is parsed without entities or DTDs. Worksheets are streamed:
/// rows are mapped and handed over as they are parsed, never held all at once. Every worksheet with a
/// recognisable header is imported; a record's `row` is the sheet row, and for workbooks with several sheets
/// the sheet name is kept in `extraFields["工作表"]`.
public struct OAXLSXImporter: OAStreamingImporter {
    /// `oa-xlsx`.
    public let identifier = "oa-xlsx"
    /// The limits applied to the zip.
    public var limits: ZipLimits

    /// Creates the importer.
    public init(limits: ZipLimits = ZipLimits()) {
        self.limits = limits
    }

    /// Certain for a zip whose entries include `xl/workbook.xml`; no otherwise.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        guard ContentSignature.isZip(source.bytes) else { return .no }
        let marker = Array("xl/workbook.xml".utf8)
        let bytes = source.bytes
        // The central directory at the end names every entry; the first local header usually names one too.
        let tail = bytes.suffix(256 * 1024)
        return tail.firstRange(of: marker) != nil || bytes.prefix(64 * 1024).firstRange(of: marker) != nil
            ? .certain : .no
    }

    /// Streams every worksheet's rows, each as an item or a row error.
    public func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary {
        let file = source.path
        if ContentSignature.isOLE2(source.bytes) { throw ContentSignature.binaryOfficeError(file) }
        let zip = try SafeZip(bytes: source.bytes, file: file, limits: limits)
        guard zip.contains(WorkbookInfo.workbookPath) else {
            throw ImportError(
                code: "oa.xlsx-not-a-workbook", file: file,
                message: "the zip has no xl/workbook.xml: it is not an Excel workbook")
        }
        let workbook = try WorkbookInfo(zip: zip, file: file)
        let strings =
            try workbook.sharedStringsPath.map { path throws(ImportError) in
                try SharedStrings(zip: zip, path: path, file: file)
            } ?? SharedStrings()
        let styles =
            try workbook.stylesPath.map { path throws(ImportError) in
                try CellStyles(bytes: try zip.read(path), file: file, part: path)
            } ?? CellStyles()

        var summary = OAStreamSummary(importer: identifier, encoding: "UTF-8")
        var headerErrors: [ImportError] = []
        let several = workbook.sheets.count > 1
        for sheet in workbook.sheets {
            var pipeline = TabularPipeline(
                importer: identifier, file: file, encoding: "UTF-8", context: context,
                sheet: several ? sheet.name : nil)
            var reader = SheetRowReader(strings: strings, styles: styles, uses1904: workbook.uses1904)
            let parser: XMLPushParser
            do {
                parser = try XMLPushParser(encoding: "UTF-8", baseURL: "\(file)!/\(sheet.path)")
            } catch {
                throw XLSXError.xml(error, file: file, part: sheet.path)
            }
            try zip.stream(sheet.path) { chunk throws(ImportError) in
                do throws(LibXMLError) {
                    for row in reader.consume(try parser.feed(chunk)) {
                        for record in pipeline.accept(row) { body(record) }
                    }
                } catch {
                    throw XLSXError.xml(error, file: file, part: sheet.path)
                }
            }
            do {
                for row in reader.consume(try parser.finish()) {
                    for record in pipeline.accept(row) { body(record) }
                }
            } catch {
                throw XLSXError.xml(error, file: file, part: sheet.path)
            }
            do {
                for record in try pipeline.finish() { body(record) }
            } catch {
                if several {
                    headerErrors.append(error)
                    summary.diagnostics.append(
                        Diagnostic(.warning, code: error.code, message: error.message, file: file, element: sheet.name))
                    continue
                }
                throw error
            }
            for problem in reader.problems {
                summary.diagnostics.append(
                    Diagnostic(
                        .warning, code: "oa.xlsx-bad-cell", message: problem.message, file: file, line: problem.row,
                        element: "\(sheet.name)!\(TabularRow.columnLetter(problem.column))\(problem.row)"))
            }
            summary.itemCount += pipeline.itemCount
            summary.rowErrorCount += pipeline.rowErrorCount
            summary.diagnostics += pipeline.diagnostics
        }
        if workbook.sheets.isEmpty || headerErrors.count == workbook.sheets.count {
            throw headerErrors.first
                ?? ImportError(code: "oa.xlsx-no-sheets", file: file, message: "the workbook has no worksheet")
        }
        return summary
    }
}
