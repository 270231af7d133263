import DisclosureCore

/// The WordprocessingML text of a report's parts (document, styles, relationships, content types, properties).
///
/// Written as strings in a fixed order so the same report always gives the same bytes. Measures are in twentieths
/// of a point (twips); an A4 page is 11906 × 16838 twips and the text block 8306 twips wide.
enum WordprocessingML {
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    /// A4 portrait (210 × 297 mm).
    static let pageWidth = 11906
    /// A4 portrait height.
    static let pageHeight = 16838
    /// Left and right margins (3.17 cm), top and bottom (2.54 cm).
    static let sideMargin = 1800
    static let topMargin = 1440
    static var textWidth: Int { pageWidth - 2 * sideMargin }

    // MARK: - Escaping

    /// Escapes text for XML content and attributes; drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - The document

    static func document(_ report: AnnualReport) -> String {
        var body = paragraph(report.title, style: "Title")
        for block in ReportBlock.blocks(of: report) {
            switch block {
            case .heading(let heading): body += paragraph(heading, style: "Heading1")
            case .paragraph(let text): body += paragraph(text, style: "BodyText")
            case .proactiveTable:
                let grid = ReportCellFormatter.proactiveGrid(report)
                let first = textWidth - (grid.columnCount - 1) * 1800
                body += table(grid, widths: [first] + Array(repeating: 1800, count: grid.columnCount - 1))
            case .requestTable:
                let data = Array(repeating: 620, count: 7)
                body += table(
                    ReportCellFormatter.requestGrid(report),
                    widths: [1000, 800, textWidth - 1800 - data.reduce(0, +)] + data)
            case .reviewLitigationTable:
                let each = textWidth / 15
                body += table(
                    ReportCellFormatter.reviewLitigationGrid(report),
                    widths: Array(repeating: each, count: 14) + [textWidth - 14 * each])
            }
        }
        body += "<w:sectPr>"
        body += "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
        body += "<w:pgMar w:top=\"\(topMargin)\" w:right=\"\(sideMargin)\" w:bottom=\"\(topMargin)\" "
        body += "w:left=\"\(sideMargin)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
        body += "</w:sectPr>"
        return declaration + "<w:document xmlns:w=\"\(mainNamespace)\"><w:body>" + body + "</w:body></w:document>\n"
    }

    static func paragraph(_ text: String, style: String, alignment: String? = nil) -> String {
        var out = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>"
        if let alignment { out += "<w:jc w:val=\"\(alignment)\"/>" }
        out += "</w:pPr>"
        if !text.isEmpty { out += "<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>" }
        return out + "</w:p>"
    }

    /// A table from a grid: `w:gridSpan` for cells wider than one column, `w:vMerge` restart/continue for cells
    /// taller than one row, header rows repeated on each page.
    static func table(_ grid: ReportGrid, widths: [Int]) -> String {
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>"
        out += "<w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        out += "<w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            out += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        out += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
        out += "</w:tblPr><w:tblGrid>"
        for width in widths { out += "<w:gridCol w:w=\"\(width)\"/>" }
        out += "</w:tblGrid>"
        for (rowIndex, slots) in grid.slotRows.enumerated() {
            out += "<w:tr><w:trPr><w:cantSplit/>"
            if rowIndex < grid.headerRowCount { out += "<w:tblHeader/>" }
            out += "</w:trPr>"
            var column = 0
            for slot in slots {
                let span: Int
                let content: String
                var merge = ""
                switch slot {
                case .start(let cell):
                    span = cell.columnSpan
                    if cell.rowSpan > 1 { merge = "<w:vMerge w:val=\"restart\"/>" }
                    // Part titles (the full width) and the row labels of a table with a header are left-aligned.
                    let isTitle = cell.columnSpan == grid.columnCount
                    let isRowLabel = grid.headerRowCount > 0 && rowIndex >= grid.headerRowCount && cell.columnSpan >= 2
                    let align = cell.isHeader && (isTitle || isRowLabel) ? "left" : "center"
                    content = paragraph(cell.text, style: "TableText", alignment: align)
                case .continuation(let columnSpan):
                    span = columnSpan
                    merge = "<w:vMerge/>"
                    content = paragraph("", style: "TableText")
                }
                let width = widths[column..<min(widths.count, column + span)].reduce(0, +)
                column += span
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if span > 1 { out += "<w:gridSpan w:val=\"\(span)\"/>" }
                out += merge + "<w:vAlign w:val=\"center\"/></w:tcPr>" + content + "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>" + paragraph("", style: "BodyText")
    }

    // MARK: - Styles

    /// 宋体 (SimSun) for East Asian text, Times New Roman for Latin; 黑体 (SimHei) for the title and headings.
    static let styles: String =
        declaration
        + "<w:styles xmlns:w=\"\(mainNamespace)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\" "
        + "w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
        + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"360\" "
        + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + style("Normal", name: "Normal", isDefault: true, paragraph: "", run: "")
        + style(
            "Title", name: "Title",
            paragraph:
                "<w:spacing w:before=\"240\" w:after=\"480\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
            run: "<w:rFonts w:eastAsia=\"SimHei\"/><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>")
        + style(
            "Heading1", name: "heading 1",
            paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:ind w:firstLineChars=\"200\" "
                + "w:firstLine=\"480\"/><w:outlineLvl w:val=\"1\"/>",
            run: "<w:rFonts w:eastAsia=\"SimHei\"/><w:b/>")
        + style(
            "BodyText", name: "Body Text",
            paragraph: "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:jc w:val=\"both\"/>", run: "")
        + style(
            "TableText", name: "Table Text", paragraph: "<w:spacing w:line=\"260\" w:lineRule=\"auto\"/>",
            run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        + "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
        + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders></w:tblPr>"
        + "</w:style></w:styles>\n"

    private static func style(
        _ id: String, name: String, isDefault: Bool = false, paragraph: String, run: String
    ) -> String {
        var out = "<w:style w:type=\"paragraph\""
        if isDefault { out += " w:default=\"1\"" }
        out += " w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if !isDefault { out += "<w:basedOn w:val=\"Normal\"/><w:qFormat/>" }
        if !paragraph.isEmpty { out += "<w:pPr>\(paragraph)</w:pPr>" }
        if !run.isEmpty { out += "<w:rPr>\(run)</w:rPr>" }
        return out + "</w:style>"
    }

    // MARK: - Package parts

    static let contentTypes =
        declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>\n"

    static let packageRelationships =
        declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" "
        + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        + "Target=\"docProps/core.xml\"/>"
        + "</Relationships>\n"

    static let documentRelationships =
        declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>\n"

    /// The core properties: title, body as creator, the report's year as subject; no dates, so bytes stay stable.
    static func coreProperties(_ report: AnnualReport) -> String {
        declaration
            + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(escape(report.title))</dc:title>"
            + "<dc:creator>\(escape(report.body))</dc:creator>"
            + "<dc:subject>政府信息公开工作年度报告 \(report.year)</dc:subject>"
            + "<dc:language>zh-CN</dc:language>"
            + "</cp:coreProperties>\n"
    }
}
