import Foundation

/// Cheap byte-level tests for sniffing: importers look at the first few kilobytes of every file of a mirror, so
/// these avoid decoding text and Swift's grapheme-aware string search, and work on contiguous buffers directly.
public enum ASCIIBytes {
    /// The bytes with ASCII letters lower-cased (other bytes, including every byte of a multi-byte character,
    /// unchanged).
    public static func lowercased(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let fast = bytes.withContiguousStorageIfAvailable { buffer in
            [UInt8](unsafeUninitializedCapacity: buffer.count) { output, initialized in
                for index in 0..<buffer.count { output[index] = lower(buffer[index]) }
                initialized = buffer.count
            }
        }
        return fast ?? bytes.map(lower)
    }

    /// Whether `haystack` contains the bytes of `needle` (compared as given: lower-case both sides first for a
    /// case-insensitive test, or use ``containsIgnoringCase(_:_:)``).
    public static func contains(_ haystack: [UInt8], _ needle: some StringProtocol) -> Bool {
        contains(haystack, bytes: Array(needle.utf8))
    }

    /// Whether `haystack` contains the byte sequence `pattern` (for needles in another encoding, e.g. GB18030).
    public static func contains(_ haystack: [UInt8], bytes pattern: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { pat in search(hay, pat, foldingCase: false) }
        }
    }

    /// Whether `haystack` contains any of the needles.
    public static func containsAny(_ haystack: [UInt8], _ needles: [String]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    /// Whether `haystack` contains `needle` with ASCII letters compared without regard to case (`<TABLE` matches
    /// `<table`), without making a lower-cased copy of the haystack. Give the needle in lower case.
    public static func containsIgnoringCase(_ haystack: some Collection<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8).map(lower)
        let found = haystack.withContiguousStorageIfAvailable { hay in
            pattern.withUnsafeBufferPointer { pat in search(hay, pat, foldingCase: true) }
        }
        if let found { return found }
        return Array(haystack).withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { pat in search(hay, pat, foldingCase: true) }
        }
    }

    /// Whether `haystack` contains any of the needles, ASCII letters compared without regard to case.
    public static func containsAnyIgnoringCase(_ haystack: some Collection<UInt8>, _ needles: [String]) -> Bool {
        needles.contains { containsIgnoringCase(haystack, $0) }
    }

    /// Whether two byte sequences are equal with ASCII letters compared without regard to case (`ArticleID` and
    /// `articleid`); other bytes must match exactly.
    public static func equalsIgnoringCase(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { lower($0) == lower($1) }
    }

    // MARK: - Internals

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// A forward search (when case matters, `memchr` finds each candidate first byte and `memcmp` the rest);
    /// `pattern` is lower-case when `foldingCase` is set.
    private static func search(
        _ hay: UnsafeBufferPointer<UInt8>, _ pat: UnsafeBufferPointer<UInt8>, foldingCase: Bool
    ) -> Bool {
        guard let first = pat.first else { return true }
        guard pat.count <= hay.count else { return false }
        if !foldingCase, let start = hay.baseAddress, let needle = pat.baseAddress {
            let last = hay.count - pat.count
            var index = 0
            while index <= last {
                guard let found = memchr(start + index, Int32(first), last - index + 1) else { return false }
                let position = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(start + position + 1, needle + 1, pat.count - 1) == 0 { return true }
                index = position + 1
            }
            return false
        }
        let last = hay.count - pat.count
        var index = 0
        while index <= last {
            let byte = foldingCase ? lower(hay[index]) : hay[index]
            if byte == first {
                var matched = 1
                while matched < pat.count {
                    let next = foldingCase ? lower(hay[index + matched]) : hay[index + matched]
                    guard next == pat[matched] else { break }
                    matched += 1
                }
                if matched == pat.count { return true }
            }
            index += 1
        }
        return false
    }
}
