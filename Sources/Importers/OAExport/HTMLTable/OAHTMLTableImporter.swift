import DisclosureCore
import Foundation
public import ImportKit
import LibXML

/// Reads an OA register saved as an HTML table — what many OA systems export as `.xls` or `.doc` (Excel or
/// Word open it), usually GBK with a `<meta charset=gb2312>`. Importer identifier `oa-html-table`.
///
/// The encoding is decided from the bytes (a lying meta is overridden) and given to libxml2 explicitly. The
/// table whose header names the most known columns is imported; `colspan`/`rowspan` are laid out on a grid
/// and each record's `row` is the source line of its `<tr>`.
public struct OAHTMLTableImporter: OAStreamingImporter {
    /// `oa-html-table`.
    public let identifier = "oa-html-table"

    /// Creates the importer.
    public init() {}

    /// Certain for HTML with a table row of at least three known register labels (including a title label)
    /// that make up most of the row; no for other pages, which the portal importer reads.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        // Tags are found in the text with its ASCII letters lower-cased (labels are matched by HeaderLabel keys,
        // which lower-case the rest), by byte searches: every page the portal importer is unsure of comes here.
        guard let page = TablePageText(source.bytes) else { return .no }
        let lower = page.asciiLowercased()
        guard ASCIIBytes.contains(lower, "<table"),
            !ASCIIBytes.contains(lower, "urn:schemas-microsoft-com:office:spreadsheet")
        else { return .no }
        let synonyms = FieldSynonyms()
        for row in TablePageText.pieces(of: lower[...], after: Array("<tr".utf8), limit: 40) {
            let fragments = TablePageText.pieces(
                of: TablePageText.prefix(of: row, before: Array("</tr".utf8)), after: Array("<t".utf8), limit: .max)
            let cells = fragments.map { Self.stripTags(String(decoding: $0, as: UTF8.self)) }.filter { !$0.isEmpty }
            guard cells.count >= 3 else { continue }
            let fields = cells.compactMap { synonyms.field(for: $0)?.field }
            if Set(fields).count >= 3, fields.contains(.title), fields.count * 10 >= cells.count * 6 { return .certain }
        }
        return .no
    }

    /// Streams the rows of the best table.
    public func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary {
        let file = source.path
        if ContentSignature.isOLE2(source.bytes) { throw ContentSignature.binaryOfficeError(file) }
        let detected = EncodingDetector().detect(source)
        let document: Document
        do {
            document = try Document.html(source.bytes, encoding: detected.name, baseURL: file)
        } catch {
            throw ImportError(code: "oa.html-unreadable", file: file, message: "the HTML could not be parsed: \(error)")
        }
        let synonyms = FieldSynonyms()
        var best: (rows: [TabularRow], score: Int)?
        for table in (try? document.xpath("//table")) ?? [] {
            let rows = HTMLTableGrid.rows(of: table)
            let score =
                rows.prefix(20).map { row in Set(row.cells.compactMap { synonyms.field(for: $0)?.field }).count }
                .max() ?? 0
            if score > (best?.score ?? 1) { best = (rows, score) }
        }
        guard let best else {
            throw ImportError(
                code: "oa.header-not-found", file: file,
                message: "no <table> has a header row with 标题 and another known column")
        }
        var pipeline = TabularPipeline(importer: identifier, file: file, encoding: detected.name, context: context)
        for row in best.rows {
            for record in pipeline.accept(row) { body(record) }
        }
        for record in try pipeline.finish() { body(record) }
        return OAStreamSummary(
            importer: identifier, encoding: detected.name, itemCount: pipeline.itemCount,
            rowErrorCount: pipeline.rowErrorCount, diagnostics: detected.diagnostics + pipeline.diagnostics)
    }

    /// The text of a `<td …>…` fragment: tags removed, entities for spaces folded, trimmed.
    private static func stripTags(_ fragment: String) -> String {
        guard let close = fragment.firstIndex(of: ">") else { return "" }
        var text = ""
        var inTag = false
        for character in fragment[fragment.index(after: close)...] {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return HeaderLabel.trimmed(text.replacingOccurrences(of: "&nbsp;", with: " "))
    }
}
