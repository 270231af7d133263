#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes bytes in a legacy encoding to UTF-8 through the C library's iconv, replacing what cannot be
/// decoded with U+FFFD and counting each replacement.
///
/// Foundation's GB18030 decoder returns nil for the whole input at the first bad byte, which would lose a
/// page for one damaged character; iconv reports where the bad byte is, so decoding goes on after it.
enum Iconv {
    /// The reasons iconv decoding can fail outright (as opposed to replacing bytes).
    enum Failure: Error {
        /// iconv has no converter from this encoding.
        case unsupportedEncoding(String)
    }

    /// Decodes `bytes` from `encoding` to a String; each undecodable byte (or truncated sequence at the end)
    /// becomes one U+FFFD.
    static func decode(_ bytes: [UInt8], from encoding: String) throws(Failure) -> (text: String, replaced: Int) {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, Int(bitPattern: converter) != -1 else {
            throw .unsupportedEncoding(encoding)
        }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replaced = 0
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var input = bytes
        let total = input.count
        input.withUnsafeMutableBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                var consumed = 0
                while consumed < total {
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        inputBuffer.baseAddress! + consumed
                    ).assumingMemoryBound(to: CChar.self)
                    var inLeft = total - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = chunkBuffer.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: chunkBuffer[0..<(chunkBuffer.count - outLeft)])
                    consumed = total - inLeft
                    switch failure {
                    case 0, E2BIG:
                        continue
                    case EILSEQ:
                        // An invalid sequence: replace one byte and resynchronise on the next.
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        replaced += 1
                        consumed += 1
                    default:
                        // EINVAL: an incomplete sequence at the end of the input.
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        replaced += 1
                        consumed = total
                    }
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), replaced)
    }

    /// Whether the bytes decode from `encoding` with no replacement at all.
    static func decodesCleanly(_ bytes: [UInt8], from encoding: String) -> Bool {
        guard let (_, replaced) = try? decode(bytes, from: encoding) else { return false }
        return replaced == 0
    }
}
