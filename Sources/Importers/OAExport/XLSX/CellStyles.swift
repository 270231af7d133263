import ImportKit
import LibXML

/// Which cell styles of a workbook show dates (`xl/styles.xml`: `cellXfs` and custom `numFmts`).
struct CellStyles {
    private var dateStyles: [Bool] = []

    /// Whether the style index shows a date.
    func isDate(style: Int) -> Bool { style >= 0 && style < dateStyles.count && dateStyles[style] }

    /// No styles (every number is a number).
    init() {}

    /// Reads the styles part.
    init(bytes: [UInt8], file: String, part: String) throws(ImportError) {
        let document: Document
        do {
            document = try Document.xml(bytes, encoding: "UTF-8", baseURL: "\(file)!/\(part)")
        } catch {
            throw XLSXError.xml(error, file: file, part: part)
        }
        var codes: [Int: String] = [:]
        let formats = (try? document.xpath("//*[local-name()='numFmts']/*[local-name()='numFmt']")) ?? []
        for format in formats {
            if let id = format.attribute("numFmtId").flatMap(Int.init) { codes[id] = format.attribute("formatCode") }
        }
        let styles = (try? document.xpath("//*[local-name()='cellXfs']/*[local-name()='xf']")) ?? []
        dateStyles = styles.map { style in
            let id = style.attribute("numFmtId").flatMap(Int.init) ?? 0
            return ExcelDate.isDateFormat(id: id, code: codes[id])
        }
    }
}
