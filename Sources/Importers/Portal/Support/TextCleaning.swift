/// White-space handling for text taken from legacy pages, where U+3000, U+00A0 and runs of blanks pad
/// labels, values and paragraphs.
enum TextCleaning {
    /// Whether the scalar is white space as legacy pages use it (ASCII blanks, line breaks, U+00A0, U+3000,
    /// the typographic spaces, the zero-width space and the BOM).
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

    /// The text with every run of white space made one ASCII space, and trimmed.
    static func collapsed(_ text: some StringProtocol) -> String {
        UTF8Space.withBytes(text) { bytes in
            UTF8Space.string(capacity: bytes.count) { output in
                var written = 0
                var pendingSpace = false
                var index = 0
                let count = bytes.count
                while index < count {
                    let space = UTF8Space.length(at: index, in: bytes)
                    if space > 0 {
                        pendingSpace = written > 0
                        index += space
                        continue
                    }
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    let end = min(index + UTF8Space.scalarLength(bytes[index]), count)
                    while index < end {
                        output[written] = bytes[index]
                        written += 1
                        index += 1
                    }
                }
                return written
            }
        }
    }

    /// The text with runs of ASCII white space (source line breaks and indentation) made one space and trimmed;
    /// U+3000 and U+00A0 inside the text are kept (`县教育局办公室　刀建华`).
    static func softCollapsed(_ text: some StringProtocol) -> String {
        UTF8Space.withBytes(text) { bytes in
            let (start, end) = trimmedBounds(bytes)
            return UTF8Space.string(capacity: end - start) { output in
                var written = 0
                var pendingSpace = false
                for index in start..<end {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                        pendingSpace = true
                    } else {
                        if pendingSpace {
                            output[written] = 0x20
                            written += 1
                            pendingSpace = false
                        }
                        output[written] = byte
                        written += 1
                    }
                }
                return written
            }
        }
    }

    /// The text with all white space deleted: how labels such as `索 引 号` or `文　　号` are compared.
    static func withoutSpaces(_ text: some StringProtocol) -> String {
        UTF8Space.withBytes(text) { bytes in
            UTF8Space.string(capacity: bytes.count) { output in
                var written = 0
                var index = 0
                let count = bytes.count
                while index < count {
                    let space = UTF8Space.length(at: index, in: bytes)
                    if space > 0 {
                        index += space
                        continue
                    }
                    output[written] = bytes[index]
                    written += 1
                    index += 1
                }
                return written
            }
        }
    }

    /// The text without white space at either end.
    static func trimmed(_ text: some StringProtocol) -> String {
        UTF8Space.withBytes(text) { bytes in
            let (start, end) = trimmedBounds(bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// Whether a scalar is a digit or other number (what `Character.isNumber` says of a one-scalar character).
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// The lines of a text (split at line breaks: `\n`, `\r`, U+2028 …), trimmed, empty ones left out.
    ///
    /// The breaks (`\n` … `\r`, U+0085 as C2 85, U+2028 and U+2029 as E2 80 A8/A9) are found in the UTF-8 bytes,
    /// which is what splitting by characters gives for line breaks (`\r\n` only adds an empty piece, left out)
    /// without finding every grapheme boundary of the text.
    static func nonEmptyLines(_ text: String) -> [String] {
        UTF8Space.withBytes(text) { bytes in
            var lines: [String] = []
            var lineStart = 0
            var index = 0
            let count = bytes.count
            func close(at end: Int) {
                guard end > lineStart else { return }
                let piece = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                let (start, stop) = trimmedBounds(piece)
                if stop > start {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: piece[start..<stop]), as: UTF8.self))
                }
            }
            while index < count {
                let byte = bytes[index]
                var breakLength = 0
                if byte >= 0x0A && byte <= 0x0D {
                    breakLength = 1
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 {
                    breakLength = 2
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                {
                    breakLength = 3
                }
                if breakLength > 0 {
                    close(at: index)
                    index += breakLength
                    lineStart = index
                } else {
                    index += 1
                }
            }
            close(at: count)
            return lines
        }
    }

    /// `min(text.count, limit + 1)`: the characters of the text, counted no further than one past `limit`.
    ///
    /// Counting characters means finding grapheme boundaries, which costs over a hundred instructions a character.
    /// Printable ASCII, line feeds, CJK ideographs, CJK punctuation (the combining tone marks U+302A…U+302F aside)
    /// and full-width forms are never joined to their neighbours by Unicode's grapheme rules, so a text made only
    /// of them has as many characters as scalars; any other scalar sends the count to the standard library.
    static func characterCount(_ text: some StringProtocol, upTo limit: Int) -> Int {
        var scalars = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                scalars += 1
                if scalars > limit { return limit + 1 }
            default:
                return text.prefix(limit + 1).count
            }
        }
        return scalars
    }

    /// `text.count <= limit`, without counting further than the limit (``characterCount(_:upTo:)``).
    static func hasAtMost(_ limit: Int, characters text: some StringProtocol) -> Bool {
        text.utf8.count <= limit || characterCount(text, upTo: limit) <= limit
    }

    /// Whether the text has nothing but white space.
    static func isBlank(_ text: some StringProtocol) -> Bool {
        UTF8Space.withBytes(text) { isBlank(bytes: $0) }
    }

    /// Whether UTF-8 bytes hold nothing but white space.
    static func isBlank(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let space = UTF8Space.length(at: index, in: bytes)
            if space == 0 { return false }
            index += space
        }
        return true
    }

    /// The byte offsets of the first non-space scalar and of the end of the last one (equal when all blank).
    private static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
        var index = 0
        var start = -1
        var end = 0
        let count = bytes.count
        while index < count {
            let space = UTF8Space.length(at: index, in: bytes)
            if space > 0 {
                index += space
                continue
            }
            if start < 0 { start = index }
            index = min(index + UTF8Space.scalarLength(bytes[index]), count)
            end = index
        }
        return start < 0 ? (0, 0) : (start, end)
    }

    /// The brackets legacy values are wrapped in, opener to closer.
    private static let valuePairs: [Unicode.Scalar: Unicode.Scalar] = [
        "[": "]", "【": "】", "(": ")", "（": "）", "〔": "〕", "［": "］",
    ]
    private static let valueClosers = Set(valuePairs.values)
    /// The separators trimmed from either end of a value.
    private static let valueSeparators: Set<Unicode.Scalar> = ["|", "｜", "：", ":", "/", "，", ",", "；", ";"]
    /// Every scalar ``trimmedValue(_:)`` may remove from an end, white space aside.
    private static let valueEdges = ScalarSet(valueClosers.union(valuePairs.keys).union(valueSeparators))

    /// The text trimmed of white space and of the brackets and separators legacy values are wrapped in
    /// (`[2018-06-12]`, `【县教育局】`, a trailing `|`); a bracket pair inside the value
    /// (`县教育局（办公室）`, `勐教发〔2018〕12号`) is kept.
    static func trimmedValue(_ text: some StringProtocol) -> String {
        let trimmed = trimmed(text)
        // Most values start and end with neither a bracket nor a separator: nothing more to do.
        if let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last,
            !valueEdges.contains(first), !valueEdges.contains(last)
        {
            return trimmed
        }
        let pairs = valuePairs
        let closers = valueClosers
        let separators = valueSeparators
        var scalars = Array(trimmed.unicodeScalars)
        var changed = true
        while changed, let first = scalars.first, let last = scalars.last {
            changed = false
            if let closer = pairs[first], last == closer, scalars.count >= 2,
                !scalars.dropFirst().dropLast().contains(closer)
            {
                scalars.removeFirst()
                scalars.removeLast()
                changed = true
            } else if separators.contains(first) || closers.contains(first) || isSpace(first)
                || (pairs[first].map { !scalars.contains($0) } ?? false)
            {
                scalars.removeFirst()
                changed = true
            } else if separators.contains(last) || pairs[last] != nil || isSpace(last)
                || (closers.contains(last) && !pairs.contains { $0.value == last && scalars.contains($0.key) })
            {
                scalars.removeLast()
                changed = true
            }
        }
        return UTF8Space.string(of: scalars)
    }

    /// Whether a title-like text was cut short by the CMS (`关于做好2018年…`, `…工作的通...`).
    static func looksTruncated(_ text: String) -> Bool {
        let trimmed = trimmed(text)
        return trimmed.hasSuffix("...") || trimmed.hasSuffix("…") || trimmed.hasSuffix("..") || trimmed.hasSuffix("。。。")
    }

    /// The text with a trailing truncation mark removed.
    static func withoutTruncationMark(_ text: String) -> String {
        var result = trimmed(text)
        for mark in ["...", "…", "..", "。。。"] where result.hasSuffix(mark) {
            result.removeLast(mark.count)
            break
        }
        return trimmed(result)
    }
}
