#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fast path for decoding GB18030 (GBK, GB2312) text made of ASCII and two-byte characters, which is nearly every
/// legacy page: each two-byte character is looked up in a table that iconv itself filled once per process, so the
/// result is exactly what iconv gives, several times faster than calling iconv over the page.
///
/// Anything else (a four-byte sequence, a byte that starts no two-byte character, a pair iconv does not map, a
/// truncated end) makes ``decode(_:)`` answer nil, and the caller decodes the whole input through iconv as before,
/// with its replacements counted.
enum GB18030Pairs {
    /// The UTF-8 of every two-byte character: up to four bytes packed little-endian, 0 when iconv maps none.
    /// Indexed by `(lead - 0x81) * 191 + (trail - 0x40)`.
    private static let table: [UInt32]? = build()

    private static let leadRange: ClosedRange<UInt8> = 0x81...0xFE
    private static let trailRange: ClosedRange<UInt8> = 0x40...0xFE
    private static let trailCount = Int(trailRange.upperBound - trailRange.lowerBound) + 1

    /// The text, or nil when the bytes need iconv (see the type's description).
    static func decode(_ bytes: some Collection<UInt8>) -> String? {
        guard let table else { return nil }
        let decoded = bytes.withContiguousStorageIfAvailable { input in
            table.withUnsafeBufferPointer { pairs in decode(input, pairs: pairs) }
        }
        guard let decoded = decoded ?? nil else { return nil }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The UTF-8 of the bytes, written into storage of the largest size it can take (a pair gives at most 4 bytes,
    /// twice its own), or nil at the first byte the table cannot answer.
    private static func decode(_ input: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt32>) -> [UInt8]? {
        var failed = false
        let count = input.count
        let output = [UInt8](unsafeUninitializedCapacity: 2 * count + 4) { buffer, initialized in
            var written = 0
            var index = 0
            while index < count {
                let lead = input[index]
                if lead < 0x80 {
                    buffer[written] = lead
                    written += 1
                    index += 1
                    continue
                }
                guard lead &- 0x81 < 0x7E, index + 1 < count else {
                    failed = true
                    break
                }
                let trail = input[index + 1]
                guard trail &- 0x40 < 0xBF else {
                    failed = true
                    break
                }
                var packed = pairs[Int(lead &- 0x81) &* trailCount &+ Int(trail &- 0x40)]
                guard packed != 0 else {
                    failed = true
                    break
                }
                repeat {
                    buffer[written] = UInt8(truncatingIfNeeded: packed)
                    written += 1
                    packed >>= 8
                } while packed != 0
                index += 2
            }
            initialized = failed ? 0 : written
        }
        return failed ? nil : output
    }

    /// Asks iconv for every two-byte sequence once; nil when iconv has no GB18030 converter.
    private static func build() -> [UInt32]? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        let leads = Int(leadRange.upperBound - leadRange.lowerBound) + 1
        var table = [UInt32](repeating: 0, count: leads * trailCount)
        var input: [UInt8] = [0, 0]
        var output = [UInt8](repeating: 0, count: 8)
        for lead in leadRange {
            for trail in trailRange where trail != 0x7F {
                input[0] = lead
                input[1] = trail
                let written = input.withUnsafeMutableBufferPointer { inBuffer in
                    output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                        _ = iconv(converter, nil, nil, nil, nil)  // a fresh state for each pair
                        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                            .assumingMemoryBound(to: CChar.self)
                        var inLeft = 2
                        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                            .assumingMemoryBound(to: CChar.self)
                        var outLeft = outBuffer.count
                        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                        return result == -1 || inLeft != 0 ? 0 : outBuffer.count - outLeft
                    }
                }
                // A pair must give one scalar of 2 to 4 bytes (never ASCII, never nothing).
                guard written >= 2, written <= 4, output[0] >= 0xC2 else { continue }
                var packed: UInt32 = 0
                for offset in (0..<written).reversed() { packed = packed << 8 | UInt32(output[offset]) }
                table[Int(lead - leadRange.lowerBound) * trailCount + Int(trail - trailRange.lowerBound)] = packed
            }
        }
        return table
    }
}
