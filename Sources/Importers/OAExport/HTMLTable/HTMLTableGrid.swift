import LibXML

/// The rows of an HTML `<table>` laid out on a grid: `colspan` moves the following cells right, `rowspan`
/// repeats a cell's text in the rows below (a 发文单位 written once for several rows belongs to each).
/// Each row's number is the source line of its `<tr>`. Nested tables are left out of the outer table's cells.
enum HTMLTableGrid {
    /// The rows of a table, in order.
    static func rows(of table: Node) -> [TabularRow] {
        let rows = (try? table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")) ?? []
        var result: [TabularRow] = []
        var spans: [Int: (value: String, rows: Int)] = [:]
        var previousLine = 0
        for row in rows {
            var cells: [String] = []
            var column = 0
            var nextSpans: [Int: (value: String, rows: Int)] = [:]
            func skipSpanned() {
                while let span = spans[column] {
                    put(span.value, at: column)
                    if span.rows > 1 { nextSpans[column] = (span.value, span.rows - 1) }
                    column += 1
                }
            }
            func put(_ value: String, at index: Int) {
                guard index <= SheetRowReader.maxColumn else { return }
                if cells.count <= index { cells.append(contentsOf: repeatElement("", count: index + 1 - cells.count)) }
                cells[index] = value
            }
            for cell in row.elementChildren where cell.localName == "td" || cell.localName == "th" {
                skipSpanned()
                let value = text(of: cell)
                let colspan = min(max(1, cell.attribute("colspan").flatMap { Int($0) } ?? 1), 1000)
                let rowspan = min(max(1, cell.attribute("rowspan").flatMap { Int($0) } ?? 1), 100_000)
                put(value, at: column)
                if rowspan > 1 { nextSpans[column] = (value, rowspan - 1) }
                column += colspan
            }
            skipSpanned()
            for (index, span) in spans where index >= column {
                put(span.value, at: index)
                if span.rows > 1 { nextSpans[index] = (span.value, span.rows - 1) }
            }
            spans = nextSpans
            let line = row.line ?? previousLine + 1
            previousLine = line
            result.append(TabularRow(number: line, cells: cells))
        }
        return result
    }

    /// A cell's text on one line, without the text of tables nested in it; `<br>` counts as a line break.
    static func text(of cell: Node) -> String {
        var pieces: [String] = []
        func walk(_ node: Node) {
            for child in node.children {
                switch child.kind {
                case .text, .cdata: pieces.append(child.text)
                case .element:
                    if child.localName == "table" || child.localName == "script" || child.localName == "style" {
                        continue
                    }
                    if child.localName == "br" || child.localName == "p" || child.localName == "div" {
                        pieces.append("\n")
                    }
                    walk(child)
                default: break
                }
            }
        }
        walk(cell)
        return HeaderLabel.singleLine(pieces.joined())
    }
}
