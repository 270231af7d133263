/// Cheap byte-level tests for sniffing: importers look at the first few kilobytes of every file of a mirror, so
/// these avoid decoding text and Swift's grapheme-aware string search.
public enum ASCIIBytes {
    /// The bytes with ASCII letters lower-cased (other bytes, including every byte of a multi-byte character,
    /// unchanged).
    public static func lowercased(_ bytes: some Collection<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Whether `haystack` contains the bytes of `needle` (compared as given: lower-case both sides first for a
    /// case-insensitive test).
    public static func contains(_ haystack: [UInt8], _ needle: some StringProtocol) -> Bool {
        contains(haystack, bytes: Array(needle.utf8))
    }

    /// Whether `haystack` contains the byte sequence `pattern` (for needles in another encoding, e.g. GB18030).
    public static func contains(_ haystack: [UInt8], bytes pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= haystack.count else { return pattern.isEmpty }
        return haystack.withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { pat in
                let last = hay.count - pat.count
                var index = 0
                while index <= last {
                    if hay[index] == first {
                        var matched = 1
                        while matched < pat.count, hay[index + matched] == pat[matched] { matched += 1 }
                        if matched == pat.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// Whether `haystack` contains any of the needles.
    public static func containsAny(_ haystack: [UInt8], _ needles: [String]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }
}
