import ImportKit

/// The decoded head of a page that may hold a table (see ``ContentSignature/tablePagePrefix(_:)``), as UTF-8
/// bytes, with the byte-level searches the table sniffers need: they run on every page of a mirror that the portal
/// importer is not certain of, so they avoid Unicode-aware lower-casing and Foundation's string search.
struct TablePageText {
    /// The text's UTF-8 bytes.
    let utf8: [UInt8]

    /// The decoded head of `bytes`, or nil when the bytes already say the file holds no table.
    init?(_ bytes: [UInt8]) {
        guard let prefix = ContentSignature.tablePagePrefix(bytes) else { return nil }
        let text = TextDecoder().decode(prefix, as: EncodingDetector().detect(prefix)).text
        utf8 = Array(text.utf8)
    }

    /// Whether the text contains `needle` (ASCII, given in lower case) with ASCII letters in any case: what
    /// `text.lowercased().contains(needle)` says for an ASCII needle, without a lower-cased copy.
    func containsIgnoringCase(_ needle: String) -> Bool {
        ASCIIBytes.containsIgnoringCase(utf8, needle)
    }

    /// The text's UTF-8 bytes with every white-space character left out (what `text.filter { !$0.isWhitespace }`
    /// keeps), for finding header cells such as `>文件名<` however the page spaced them.
    ///
    /// Decided on the bytes: ASCII white space by value, and the few multi-byte White_Space scalars (U+0085, U+00A0,
    /// U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) by their lead and trail bytes.
    func withoutWhiteSpace() -> [UInt8] {
        var compact: [UInt8] = []
        compact.reserveCapacity(utf8.count)
        let count = utf8.count
        var index = 0
        while index < count {
            let lead = utf8[index]
            var length = 1
            var isSpace = false
            if lead < 0x80 {
                isSpace = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
            } else if lead >= 0xC2 && lead < 0xE0 {
                length = 2
                isSpace = lead == 0xC2 && index + 1 < count && (utf8[index + 1] == 0x85 || utf8[index + 1] == 0xA0)
            } else if lead >= 0xE0 && lead < 0xF0 {
                length = 3
                if index + 2 < count {
                    let second = utf8[index + 1]
                    let third = utf8[index + 2]
                    switch lead {
                    case 0xE1: isSpace = second == 0x9A && third == 0x80  // U+1680
                    case 0xE2:
                        isSpace =
                            (second == 0x80
                                && ((third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9
                                    || third == 0xAF))
                            || (second == 0x81 && third == 0x9F)
                    case 0xE3: isSpace = second == 0x80 && third == 0x80  // U+3000
                    default: break
                    }
                }
            } else if lead >= 0xF0 {
                length = 4
            }
            let end = min(index + length, count)
            if !isSpace { compact.append(contentsOf: utf8[index..<end]) }
            index = end
        }
        return compact
    }

    /// The text with ASCII letters lower-cased (other characters as they are).
    func asciiLowercased() -> [UInt8] {
        ASCIIBytes.lowercased(utf8)
    }

    /// The pieces of `bytes` between occurrences of `separator` (like `components(separatedBy:)`), the first piece
    /// (before the first separator) left out, at most `limit` of them.
    static func pieces(of bytes: ArraySlice<UInt8>, after separator: [UInt8], limit: Int) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start: Int?
        var index = bytes.startIndex
        while index <= bytes.endIndex - separator.count, pieces.count < limit {
            if bytes[index] == separator[0], bytes[index..<(index + separator.count)].elementsEqual(separator) {
                if let begun = start { pieces.append(bytes[begun..<index]) }
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        if let begun = start, pieces.count < limit { pieces.append(bytes[begun...]) }
        return pieces
    }

    /// The bytes before the first occurrence of `separator` (all of them when there is none).
    static func prefix(of bytes: ArraySlice<UInt8>, before separator: [UInt8]) -> ArraySlice<UInt8> {
        var index = bytes.startIndex
        while index <= bytes.endIndex - separator.count {
            if bytes[index] == separator[0], bytes[index..<(index + separator.count)].elementsEqual(separator) {
                return bytes[bytes.startIndex..<index]
            }
            index += 1
        }
        return bytes
    }
}
