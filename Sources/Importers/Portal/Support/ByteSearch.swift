import Foundation

/// Substring search on UTF-8 bytes: the hot paths ask "does this text mention X" many times per page, and a byte
/// search is far cheaper than `String.contains`, which compares grapheme clusters.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in needle.withUTF8 { pattern in contains(text, pattern) } }
    }

    /// Whether any of the needles occurs in `haystack`.
    static func containsAny(_ haystack: String, _ needles: [String]) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { text in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { contains(text, $0) }
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.isEmpty || firstOffset(of: needle, in: haystack) != nil
    }

    /// The offset of the first occurrence of a non-empty `needle` in `haystack`, or nil.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count, let base = haystack.baseAddress else {
            return nil
        }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            // memchr finds the candidates a vector at a time.
            guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var offset = 1
            while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` (bytes searched for a byte array).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { contains(haystack, $0) }
    }

    /// Whether `needle` occurs in `haystack` (byte arrays).
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { contains(text, $0) } }
    }

    /// `text` with every occurrence of `target` replaced by `replacement`, left to right, as bytes; nil when a byte
    /// replacement might differ from Foundation's `replacingOccurrences(of:with:)`, which matches by canonical
    /// equivalence on character boundaries.
    ///
    /// Both texts must be made only of scalars that are their own sole canonical equivalent and never combine
    /// with a neighbour: printable ASCII, tab and line feed (not `\r`, which pairs with `\n`), Latin-1 signs
    /// U+00A0–U+00BF, × and ÷, general punctuation U+2010–U+2027 and U+2030–U+205E (quotes, dashes, …), enclosed
    /// numbers U+2460–U+24FF, box drawing and geometric shapes U+2500–U+257F and U+25A0–U+25FF, CJK symbols and
    /// punctuation U+3000–U+3029 and U+3030–U+303F (not the tone marks between, which combine), CJK unified ideographs U+3400–U+4DBF and U+4E00–U+9FFF, and full-width forms
    /// U+FF01–U+FF60 (not the compatibility ideographs, which decompose). Then a byte match is exactly a character
    /// match and nothing else can match.
    static func replacingPlain(_ text: String, _ target: String, with replacement: String) -> String? {
        var text = text
        var target = target
        return text.withUTF8 { bytes -> String? in
            target.withUTF8 { needle -> String? in
                guard !needle.isEmpty, isPlain(bytes), isPlain(needle) else { return nil }
                guard bytes.count >= needle.count else { return String(decoding: bytes, as: UTF8.self) }
                var output: [UInt8] = []
                output.reserveCapacity(bytes.count)
                let first = needle[0]
                let last = bytes.count - needle.count
                var runStart = 0
                var index = 0
                while index <= last {
                    if bytes[index] == first {
                        var offset = 1
                        while offset < needle.count && bytes[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count {
                            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                            output.append(contentsOf: replacement.utf8)
                            index += needle.count
                            runStart = index
                            continue
                        }
                    }
                    index += 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
                return String(decoding: output, as: UTF8.self)
            }
        }
    }

    /// Whether well-formed UTF-8 holds only the scalars listed for ``replacingPlain(_:_:with:)``.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard (lead >= 0x20 && lead < 0x7F) || lead == 0x09 || lead == 0x0A else { return false }
                index += 1
                continue
            }
            if lead >= 0xC2, lead < 0xE0, index + 1 < count {
                let scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard (scalar >= 0xA0 && scalar <= 0xBF) || scalar == 0xD7 || scalar == 0xF7 else { return false }
                index += 2
                continue
            }
            guard lead >= 0xE0, lead < 0xF0, index + 2 < count else { return false }
            let scalar =
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            switch scalar {
            case 0x2010...0x2027, 0x2030...0x205E, 0x2460...0x24FF, 0x2500...0x257F, 0x25A0...0x25FF,
                0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
                index += 3
            default:
                return false
            }
        }
        return true
    }
}
