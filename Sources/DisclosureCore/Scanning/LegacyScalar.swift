/// How the hand-written scanners of legacy text classify and fold single Unicode scalars.
///
/// Legacy pages mix half- and full-width forms (`２０１８`, `／`, `：`) and pad with U+3000 or U+00A0.
/// The scanners fold each scalar once, up front, so their grammar only ever sees ASCII digits and
/// ASCII punctuation. Nothing here allocates.
enum LegacyScalar {
    /// The value of an ASCII or full-width decimal digit, else `nil`.
    @inline(__always)
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    /// Whether the scalar is an ASCII digit (call after ``fold(_:)``).
    @inline(__always)
    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether the scalar is white space as legacy pages use it: ASCII blanks and line breaks,
    /// U+00A0, U+3000, the typographic spaces U+2000…U+200B, U+202F, U+205F and the BOM.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
            0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Folds full-width ASCII variants (U+FF01…U+FF5E) to ASCII and the dash family
    /// (U+2010…U+2015, U+2212) to `-`; every other scalar is returned unchanged.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if (v >= 0x2010 && v <= 0x2015) || v == 0x2212 { return "-" }
        return scalar
    }

    /// The scalars of `text`, folded with ``fold(_:)``, in one contiguous buffer.
    static func folded(_ text: some StringProtocol) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return result
    }
}
