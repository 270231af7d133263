/// One row of a register as a table reader sees it: its number in the file and its cells by column.
struct TabularRow: Sendable {
    /// The 1-based physical line (CSV, HTML tables) or sheet row (spreadsheets) where the row starts.
    var number: Int
    /// The cell texts, index 0 = column A. Missing cells are empty strings.
    var cells: [String]

    /// Whether every cell is empty or white space.
    var isBlank: Bool { cells.allSatisfy { HeaderLabel.trimmed($0).isEmpty } }

    /// The cell at a 0-based column, or an empty string.
    func cell(_ column: Int) -> String { column < cells.count ? cells[column] : "" }

    /// The spreadsheet letter of a 0-based column: 0 → A, 25 → Z, 26 → AA.
    static func columnLetter(_ column: Int) -> String {
        var number = column + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    /// The 0-based column of a letter reference (`B`, `AA`, or a cell reference such as `B7`), or nil.
    static func columnIndex(reference: some StringProtocol) -> Int? {
        var value = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90: value = value * 26 + Int(scalar.value - 64)
            case 97...122: value = value * 26 + Int(scalar.value - 96)
            default:
                guard sawLetter else { return nil }
                return value - 1
            }
            sawLetter = true
        }
        return sawLetter ? value - 1 : nil
    }
}
