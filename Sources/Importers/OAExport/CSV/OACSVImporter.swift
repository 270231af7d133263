internal import CSV
import DisclosureCore
public import ImportKit

/// Reads an OA register exported as CSV (or as tab-separated "Unicode text"): GBK without a BOM, UTF-8 with
/// or without a BOM, UTF-16LE with a BOM; quoted fields with line breaks, commas and doubled quotes; title
/// rows above the header. Importer identifier `oa-csv`.
///
/// Fields are split by yaslab's CSV.swift; this importer only decides the encoding and the delimiter, and
/// counts the line breaks inside quoted fields so that every record's `row` is the physical line it starts on.
public struct OACSVImporter: OAStreamingImporter {
    /// `oa-csv`.
    public let identifier = "oa-csv"

    /// Creates the importer.
    public init() {}

    /// Certain when a line of delimited text holds two or more known register labels; possible for other
    /// delimited text; no for markup, JSON, archives and binary files.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        let bytes = source.bytes
        guard !bytes.isEmpty, !ContentSignature.isBinaryOrMarkup(bytes) else { return .no }
        let detected = EncodingDetector().detect(Array(bytes.prefix(16 * 1024)))
        let text = TextDecoder().decode(Array(bytes.prefix(16 * 1024)), as: detected).text
        let synonyms = FieldSynonyms()
        var sawDelimited = false
        for line in text.split(whereSeparator: \.isNewline).prefix(30) {
            let cells = line.split(whereSeparator: { $0 == "," || $0 == "\t" || $0 == ";" })
            guard cells.count >= 2 else { continue }
            sawDelimited = true
            let known = Set(
                cells.compactMap { synonyms.field(for: String($0.filter { $0 != "\"" }))?.field })
            if known.count >= 2 && known.contains(.title) { return .certain }
        }
        return sawDelimited ? .possible : .no
    }

    /// Streams the rows of the CSV, each as an item or a row error.
    public func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary {
        if ContentSignature.isOLE2(source.bytes) { throw ContentSignature.binaryOfficeError(source.path) }
        let detected = EncodingDetector().detect(source)
        let decoded = TextDecoder().decode(source.bytes, as: detected, file: source.path)
        var fileDiagnostics = detected.diagnostics + decoded.diagnostics
        let delimiter = Self.delimiter(in: decoded.text)
        if delimiter != "," {
            fileDiagnostics.append(
                Diagnostic(
                    .info, code: "oa.csv-delimiter",
                    message: "fields are separated by \(delimiter == "\t" ? "tabs" : "'\(delimiter)'")",
                    file: source.path))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: decoded.text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw ImportError(code: "oa.csv-unreadable", file: source.path, message: "the CSV reader failed: \(error)")
        }
        var pipeline = TabularPipeline(
            importer: identifier, file: source.path, encoding: decoded.encoding, context: context)
        var line = 1
        while let cells = reader.next() {
            let row = TabularRow(number: line, cells: cells)
            line += 1 + cells.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            for record in pipeline.accept(row) { body(record) }
        }
        if let error = reader.error {
            fileDiagnostics.append(
                Diagnostic(
                    .error, code: "oa.csv-stopped", message: "the CSV reader stopped early: \(error)",
                    file: source.path, line: line))
        }
        for record in try pipeline.finish() { body(record) }
        return OAStreamSummary(
            importer: identifier, encoding: decoded.encoding, itemCount: pipeline.itemCount,
            rowErrorCount: pipeline.rowErrorCount, diagnostics: fileDiagnostics + pipeline.diagnostics)
    }

    // MARK: - Internals

    /// Line breaks inside a field: LF, CR LF and a lone CR each count once.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { count += 1 }
                previousCR = false
            } else if scalar == "\r" {
                count += 1
                previousCR = true
            } else {
                previousCR = false
            }
        }
        return count
    }

    /// The delimiter of the first lines: the most frequent of comma, tab and semicolon outside quotes.
    static func delimiter(in text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, "\t": 0, ";": 0]
        var inQuotes = false
        var lines = 0
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                inQuotes.toggle()
            } else if !inQuotes, counts[scalar] != nil {
                counts[scalar, default: 0] += 1
            } else if !inQuotes, scalar == "\n" {
                lines += 1
                if lines >= 30 { break }
            }
        }
        let tabs = counts["\t"] ?? 0
        let commas = counts[","] ?? 0
        let semicolons = counts[";"] ?? 0
        if tabs > commas && tabs >= semicolons { return "\t" }
        if semicolons > commas && semicolons > tabs { return ";" }
        return ","
    }
}
