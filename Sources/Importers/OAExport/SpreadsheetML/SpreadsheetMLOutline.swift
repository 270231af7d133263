import LibXML

/// What a first streamed pass over a SpreadsheetML workbook learns before any row is handed over: how many
/// worksheets it has (records name their sheet only when there are several) and which styles show dates.
///
/// Counts what the tree reading counted: `ss:Worksheet` children of an `ss:Workbook` root, and the
/// `ss:Style` children of its `ss:Styles` whose first `ss:NumberFormat` has a date `ss:Format`, wherever
/// `ss:Styles` stands (Excel writes it before the worksheets; a file that puts it after them is read the
/// same). The pass also proves the document well-formed, so nothing is handed over from a broken one.
struct SpreadsheetMLOutline {
    /// The number of `ss:Worksheet` elements under the root.
    private(set) var worksheetCount = 0
    /// The IDs of styles whose number format shows a date (`Short Date`, `yyyy/m/d` …).
    private(set) var dateStyles: Set<String> = []

    private var depth = 0
    private var rootIsWorkbook = false
    private var inStyles = false
    private var styleID: String?
    private var styleSawNumberFormat = false

    /// Consumes the events of the next chunk.
    mutating func consume(_ events: [XMLStreamEvent]) {
        for event in events {
            switch event {
            case .start(let element):
                depth += 1
                start(element)
            case .end:
                if depth == 2 { inStyles = false }
                if depth == 3 { styleID = nil }
                depth -= 1
            case .text:
                break
            }
        }
    }

    private mutating func start(_ element: XMLStreamElement) {
        let named = { (local: String) in
            element.localName == local && element.namespaceURI == OASpreadsheetMLImporter.namespace
        }
        switch depth {
        case 1:
            rootIsWorkbook = named("Workbook")
        case 2 where rootIsWorkbook:
            if named("Worksheet") { worksheetCount += 1 }
            inStyles = named("Styles")
        case 3 where inStyles && named("Style"):
            styleID = element.attribute("ss:ID")
            styleSawNumberFormat = false
        case 4 where styleID != nil && !styleSawNumberFormat && named("NumberFormat"):
            styleSawNumberFormat = true
            guard let id = styleID, let format = element.attribute("ss:Format") else { return }
            if Self.namedDateFormats.contains(format) || ExcelDate.isDateFormat(id: 0, code: format) {
                dateStyles.insert(id)
            }
        default:
            break
        }
    }

    private static let namedDateFormats: Set<String> = ["Short Date", "General Date", "Medium Date", "Long Date"]
}
