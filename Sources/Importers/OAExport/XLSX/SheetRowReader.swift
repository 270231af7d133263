import DisclosureCore
import LibXML

/// Turns the events of a streamed worksheet (`xl/worksheets/sheetN.xml`) into rows of cell texts.
///
/// Shared strings are looked up, inline strings (`t="inlineStr"`, rich runs joined, phonetic runs skipped)
/// read, numbers in a date style converted to `YYYY-MM-DD` (with the time when there is one), booleans
/// written `TRUE`/`FALSE`. A row's number is its `r` attribute (the sheet row), so skipped empty rows keep
/// the numbering Excel shows.
struct SheetRowReader {
    /// The largest column index Excel allows (XFD).
    static let maxColumn = 16_383

    private let strings: SharedStrings
    private let styles: CellStyles
    private let uses1904: Bool

    private var rowNumber = 0
    private var cells: [String] = []
    private var inRow = false
    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var valueText = ""
    private var inlineText = ""
    private var inValue = false
    private var inInline = false
    private var textDepth = 0
    private var phoneticDepth = 0
    private var nextColumn = 0
    /// Problems met (a shared-string index out of range), as `(row, column, message)`.
    private(set) var problems: [(row: Int, column: Int, message: String)] = []

    init(strings: SharedStrings, styles: CellStyles, uses1904: Bool) {
        self.strings = strings
        self.styles = styles
        self.uses1904 = uses1904
    }

    /// Consumes events; returns the rows they completed.
    mutating func consume(_ events: [XMLStreamEvent]) -> [TabularRow] {
        var rows: [TabularRow] = []
        for event in events {
            switch event {
            case .start(let element):
                start(element)
            case .end(let name, _):
                if let row = end(name) { rows.append(row) }
            case .text(let text):
                if inValue {
                    valueText += text
                } else if inInline, textDepth > 0, phoneticDepth == 0 {
                    inlineText += text
                }
            }
        }
        return rows
    }

    private mutating func start(_ element: XMLStreamElement) {
        switch element.localName {
        case "row":
            inRow = true
            rowNumber = element.attribute("r").flatMap(Int.init) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            nextColumn = 0
        case "c" where inRow:
            let reference = element.attribute("r")
            cellColumn = reference.flatMap { TabularRow.columnIndex(reference: $0) } ?? nextColumn
            cellType = element.attribute("t") ?? "n"
            cellStyle = element.attribute("s").flatMap(Int.init) ?? 0
            valueText = ""
            inlineText = ""
        case "v": inValue = true
        case "is": inInline = true
        case "t": textDepth += 1
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    private mutating func end(_ name: String) -> TabularRow? {
        switch name {
        case "v": inValue = false
        case "is": inInline = false
        case "t": textDepth -= 1
        case "rPh": phoneticDepth -= 1
        case "c" where inRow:
            nextColumn = cellColumn + 1
            guard cellColumn >= 0, cellColumn <= Self.maxColumn else { return nil }
            let value = cellValue()
            guard !value.isEmpty else { return nil }
            if cells.count <= cellColumn {
                cells.append(contentsOf: repeatElement("", count: cellColumn + 1 - cells.count))
            }
            cells[cellColumn] = value
        case "row":
            inRow = false
            return TabularRow(number: rowNumber, cells: cells)
        default: break
        }
        return nil
    }

    private mutating func cellValue() -> String {
        switch cellType {
        case "s":
            guard let index = Int(HeaderLabel.trimmed(valueText)) else { return "" }
            guard let text = strings[index] else {
                problems.append(
                    (rowNumber, cellColumn, "shared string \(index) does not exist (table of \(strings.count))"))
                return ""
            }
            return text
        case "inlineStr": return inlineText
        case "str", "e", "d": return valueText
        case "b": return valueText == "1" ? "TRUE" : "FALSE"
        default:
            let raw = HeaderLabel.trimmed(valueText)
            if styles.isDate(style: cellStyle), let serial = Double(raw),
                let date = ExcelDate.dateTime(serial: serial, uses1904: uses1904)
            {
                return date.description
            }
            return raw
        }
    }
}
