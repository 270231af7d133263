/// A plain-text table for the terminal: columns padded to the widest cell, counting CJK characters as two columns.
struct TextTable {
    /// The header cells.
    var header: [String]
    /// The body rows.
    var rows: [[String]] = []
    /// The columns aligned to the right (numbers).
    var rightAligned: Set<Int> = []

    /// The table as lines, with a rule under the header.
    func render() -> String {
        let all = [header] + rows
        let count = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], Self.width(cell)) }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for index in 0..<count {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - Self.width(cell))
                parts.append(rightAligned.contains(index) ? padding + cell : cell + padding)
            }
            return String(parts.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// The display width of a text: East Asian wide and full-width characters take two columns.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
