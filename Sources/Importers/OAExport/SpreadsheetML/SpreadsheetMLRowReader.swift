import DisclosureCore
import LibXML

/// Turns the events of a streamed SpreadsheetML workbook into worksheets and rows of cell texts, reading
/// what the tree reading read: `ss:Workbook/ss:Worksheet/ss:Table/ss:Row/ss:Cell` and each cell's first
/// `ss:Data` child, whose text is all the text inside it (rich-text `<Font>`/`<B>` runs joined); a cell's
/// `ss:Comment` is left out.
///
/// Row numbers follow `ss:Index` gaps; a cell's `ss:Index` moves to its column and `ss:MergeAcross` skips the
/// columns it covers; a value merged down (`ss:MergeDown`) is repeated in the rows below. `DateTime` data
/// keeps its date (and the time when not midnight), a `Number` in a date style becomes a date, a `Boolean`
/// `TRUE`/`FALSE`.
struct SpreadsheetMLRowReader {
    /// What the events completed, in document order.
    enum Output {
        /// A worksheet opens, with its `ss:Name` (`Sheet` when it has none).
        case worksheet(name: String)
        /// A row of the open worksheet ends.
        case row(TabularRow)
        /// The open worksheet ends.
        case worksheetEnd
    }

    private let dateStyles: Set<String>

    private var depth = 0
    private var rootIsWorkbook = false
    private var inWorksheet = false
    private var inTable = false
    private var inRow = false
    private var inCell = false
    /// The depth of the cell's first `ss:Data` while it is open.
    private var dataDepth: Int?
    private var cellHasData = false

    private var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var downFills: [Int: (value: String, rows: Int)] = [:]
    private var nextFills: [Int: (value: String, rows: Int)] = [:]

    private var cellStyle: String?
    private var cellAcross = 0
    private var cellDown = 0
    private var dataType: String?
    private var dataText = ""

    init(dateStyles: Set<String>) {
        self.dateStyles = dateStyles
    }

    /// Consumes events; returns what they completed.
    mutating func consume(_ events: [XMLStreamEvent]) -> [Output] {
        var outputs: [Output] = []
        for event in events {
            switch event {
            case .start(let element):
                depth += 1
                if let output = start(element) { outputs.append(output) }
            case .end:
                if let output = end() { outputs.append(output) }
                depth -= 1
            case .text(let text):
                if dataDepth != nil { dataText += text }
            }
        }
        return outputs
    }

    private mutating func start(_ element: XMLStreamElement) -> Output? {
        guard element.namespaceURI == OASpreadsheetMLImporter.namespace else { return nil }
        switch (depth, element.localName) {
        case (1, "Workbook"):
            rootIsWorkbook = true
        case (2, "Worksheet") where rootIsWorkbook:
            inWorksheet = true
            rowNumber = 0
            downFills = [:]
            return .worksheet(name: element.attribute("ss:Name") ?? "Sheet")
        case (3, "Table") where inWorksheet:
            inTable = true
        case (4, "Row") where inTable:
            inRow = true
            rowNumber = element.attribute("ss:Index").flatMap(Int.init) ?? rowNumber + 1
            cells = []
            column = 0
            nextFills = [:]
            for (index, fill) in downFills { put(fill.value, at: index) }
        case (5, "Cell") where inRow:
            inCell = true
            if let index = element.attribute("ss:Index").flatMap(Int.init) { column = index - 1 }
            cellAcross = element.attribute("ss:MergeAcross").flatMap(Int.init) ?? 0
            cellDown = element.attribute("ss:MergeDown").flatMap(Int.init) ?? 0
            cellStyle = element.attribute("ss:StyleID")
            cellHasData = false
            dataType = nil
            dataText = ""
        case (6, "Data") where inCell && !cellHasData:
            cellHasData = true
            dataDepth = depth
            dataType = element.attribute("ss:Type")
        default:
            break
        }
        return nil
    }

    /// Closes the element at the current depth (each flag belongs to exactly one depth, so the depth alone
    /// says which one is closing).
    private mutating func end() -> Output? {
        if depth == dataDepth {
            dataDepth = nil
            return nil
        }
        switch depth {
        case 5 where inCell:
            inCell = false
            let value = cellHasData ? cellValue() : ""
            put(value, at: column)
            if cellDown > 0 { nextFills[column] = (value, cellDown) }
            column += 1 + max(0, cellAcross)
        case 4 where inRow:
            inRow = false
            for (index, fill) in downFills where fill.rows > 1 { nextFills[index] = (fill.value, fill.rows - 1) }
            downFills = nextFills
            return .row(TabularRow(number: rowNumber, cells: cells))
        case 3 where inTable:
            inTable = false
        case 2 where inWorksheet:
            inWorksheet = false
            return .worksheetEnd
        case 1:
            rootIsWorkbook = false
        default:
            break
        }
        return nil
    }

    private mutating func put(_ value: String, at index: Int) {
        guard index >= 0, index <= SheetRowReader.maxColumn else { return }
        if cells.count <= index {
            cells.append(contentsOf: repeatElement("", count: index + 1 - cells.count))
        }
        cells[index] = value
    }

    private func cellValue() -> String {
        switch dataType {
        case "DateTime":
            // `2018-06-12T00:00:00.000`: the date, and the time when it is not midnight.
            let trimmed = HeaderLabel.trimmed(dataText)
            if trimmed.hasSuffix("T00:00:00.000") || trimmed.hasSuffix("T00:00:00") {
                return String(trimmed.prefix { $0 != "T" })
            }
            return trimmed
        case "Number":
            if let style = cellStyle, dateStyles.contains(style), let serial = Double(HeaderLabel.trimmed(dataText)),
                let date = ExcelDate.dateTime(serial: serial, uses1904: false)
            {
                return date.description
            }
            return HeaderLabel.trimmed(dataText)
        case "Boolean":
            return HeaderLabel.trimmed(dataText) == "1" ? "TRUE" : "FALSE"
        default:
            return dataText
        }
    }
}
