/// A report table laid out as the official format prints it: rows of cells with their row and column spans.
///
/// The HTML and DOCX renderers draw the same grids (rowspan/colspan; `w:vMerge`/`w:gridSpan`), so the merged
/// header cells of sections 二, 三 and 四 are laid out once, here.
public struct ReportGrid: Hashable, Sendable {
    /// One cell that starts at its place in a row and covers `rowSpan` × `columnSpan` grid places.
    public struct Cell: Hashable, Sendable {
        /// The text of the cell.
        public var text: String
        /// The number of rows it covers.
        public var rowSpan: Int
        /// The number of grid columns it covers.
        public var columnSpan: Int
        /// Whether it is a header cell (labels) rather than a figure.
        public var isHeader: Bool

        /// Creates a cell.
        public init(_ text: String, rowSpan: Int = 1, columnSpan: Int = 1, isHeader: Bool = false) {
            self.text = text
            self.rowSpan = rowSpan
            self.columnSpan = columnSpan
            self.isHeader = isHeader
        }
    }

    /// What occupies one grid place of a row, for renderers that need every place (DOCX).
    public enum Slot: Hashable, Sendable {
        /// A cell starts here.
        case start(Cell)
        /// The place lies under a cell that started in an earlier row, `columnSpan` columns wide.
        case continuation(columnSpan: Int)
    }

    /// The number of grid columns.
    public var columnCount: Int
    /// The number of leading rows that are headers.
    public var headerRowCount: Int
    /// The rows, each listing only the cells that start in it, left to right.
    public var rows: [[Cell]]

    /// Creates a grid.
    public init(columnCount: Int, headerRowCount: Int, rows: [[Cell]]) {
        self.columnCount = columnCount
        self.headerRowCount = headerRowCount
        self.rows = rows
    }

    /// Every row as slots from left to right: the cells that start in it and the continuations of cells from rows
    /// above (a vertically merged cell continues in each row it covers).
    public var slotRows: [[Slot]] {
        var covered: [[Int?]] = Array(repeating: Array(repeating: nil, count: columnCount), count: rows.count)
        var result: [[Slot]] = []
        for (rowIndex, row) in rows.enumerated() {
            var slots: [Slot] = []
            var column = 0
            var cells = row[...]
            while column < columnCount {
                if let span = covered[rowIndex][column] {
                    slots.append(.continuation(columnSpan: span))
                    column += span
                    continue
                }
                guard let cell = cells.popFirst() else { break }
                slots.append(.start(cell))
                if cell.rowSpan > 1 {
                    for below in (rowIndex + 1)..<min(rows.count, rowIndex + cell.rowSpan) {
                        covered[below][column] = cell.columnSpan
                    }
                }
                column += cell.columnSpan
            }
            result.append(slots)
        }
        return result
    }
}
