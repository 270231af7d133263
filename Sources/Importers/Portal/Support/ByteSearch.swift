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
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` (bytes searched for a byte array).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { contains(haystack, $0) }
    }

    /// Whether `needle` occurs in `haystack` (byte arrays).
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { contains(text, $0) } }
    }
}
