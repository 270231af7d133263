/// Normalises column labels and cell text the way OA exports need: full-width forms folded, white space
/// (U+3000 and U+00A0 included) removed or trimmed, and decorations such as `*` and a trailing colon dropped.
public enum HeaderLabel {
    /// The key a label is matched by: full-width ASCII folded to ASCII, all white space removed, `*` and
    /// a trailing `：`/`:` dropped, ASCII lower-cased. `文　　号：` and `文号` give the same key.
    public static func key(_ label: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in label.unicodeScalars {
            let folded = fold(scalar)
            if isSpace(folded) || folded == "*" { continue }
            scalars.append(folded)
        }
        while let last = scalars.last, last == ":" { scalars.removeLast() }
        return String(scalars).lowercased()
    }

    /// The key without a trailing parenthesised note: `成文日期(YYYYMMDD)` → `成文日期`; nil if there is none.
    public static func keyWithoutNote(_ label: String) -> String? {
        noteStripped(key: key(label))
    }

    /// A key without its trailing parenthesised note, or nil.
    static func noteStripped(key: String) -> String? {
        guard key.hasSuffix(")"), let open = key.lastIndex(of: "("), open != key.startIndex else { return nil }
        return String(key[..<open])
    }

    /// The text with leading and trailing white space removed (U+3000, U+00A0 and line breaks included).
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) }) ?? first
        return String(scalars[first...last])
    }

    /// A single-line form of a cell: line breaks (from quoted CSV fields or wrapped spreadsheet cells) are
    /// dropped, except between two Latin words or numbers where they become one space; the ends are trimmed.
    public static func singleLine(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return trimmed(text) }
        let pieces = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { trimmed(String($0)) }
            .filter { !$0.isEmpty }
        guard var result = pieces.first else { return "" }
        for piece in pieces.dropFirst() {
            // A space only between two Latin words or numbers; Chinese text wraps without one.
            let needsSpace =
                (result.unicodeScalars.last.map(isLatinWordScalar) ?? false)
                && (piece.unicodeScalars.first.map(isLatinWordScalar) ?? false)
            result += needsSpace ? " " + piece : piece
        }
        return result
    }

    private static func isLatinWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// Full-width ASCII (U+FF01…U+FF5E) folded to ASCII, the ideographic space to a space.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0xFF01, value <= 0xFF5E, let ascii = Unicode.Scalar(value - 0xFEE0) { return ascii }
        if value == 0x3000 { return " " }
        return scalar
    }

    /// Whether the scalar is white space, including U+3000, U+00A0 and U+FEFF (a stray byte-order mark).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
