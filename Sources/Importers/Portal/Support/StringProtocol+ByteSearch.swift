extension StringProtocol {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes (``ByteSearch``).
    ///
    /// The extraction asks this many times per page. `contains` from the standard library compares characters and
    /// Foundation's `range(of:)` goes through `NSString`; both cost far more than a byte scan. For the needles used
    /// here (ASCII markup and whole CJK words) the answers differ only when a combining mark follows the match.
    func includes(_ needle: String) -> Bool {
        byteRange(of: needle) != nil
    }

    /// The range of the first occurrence of `needle`, found by comparing UTF-8 bytes; nil when absent or empty.
    func byteRange(of needle: String) -> Range<Index>? {
        var needle = needle
        let offset = needle.withUTF8 { pattern -> Int? in
            guard !pattern.isEmpty else { return nil }
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.firstOffset(of: pattern, in: $0) }) {
                return found
            }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.firstOffset(of: pattern, in: $0) }
        }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The pieces between occurrences of a non-empty `separator`, found by comparing UTF-8 bytes (what
    /// Foundation's `components(separatedBy:)` gives for these texts, without going through `NSString`).
    func byteComponents(separatedBy separator: String) -> [String] {
        var pieces: [String] = []
        var rest = self[...]
        while let range = rest.byteRange(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}

extension StringProtocol where SubSequence == Substring {
    /// Whether the text starts with `prefix`, compared as UTF-8 bytes (String's `hasPrefix` falls back to comparing
    /// characters for any non-ASCII text, which made it show up in profiles).
    func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the text ends with `suffix`, compared as UTF-8 bytes.
    func hasByteSuffix(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// The pieces between `separator` bytes (an ASCII byte: it never occurs inside a multi-byte scalar), as
    /// `split(separator:maxSplits:omittingEmptySubsequences:)` gives them for the same character, without finding
    /// grapheme boundaries.
    func byteSplit(separator: UInt8, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true) -> [Substring] {
        utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
            .map { self[$0.startIndex..<$0.endIndex] }
    }

    /// The pieces between ASCII white space (space, tab, line feed, form feed, carriage return): the tokens of a
    /// `class` attribute.
    func asciiWhitespaceTokens() -> [Substring] {
        utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D })
            .map { self[$0.startIndex..<$0.endIndex] }
    }
}
