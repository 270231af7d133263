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
    func withoutWhiteSpace() -> [UInt8] {
        var compact: [UInt8] = []
        compact.reserveCapacity(utf8.count)
        String(decoding: utf8, as: UTF8.self).unicodeScalars.forEach { scalar in
            guard !scalar.properties.isWhitespace else { return }
            compact.append(contentsOf: UTF8.encode(scalar)!)
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
