/// ``TextCleaning/isSpace(_:)`` on UTF-8 bytes: the white-space helpers run over a string's bytes instead of
/// decoding and re-appending every scalar, which is what made them show up in profiles.
enum UTF8Space {
    /// The length in bytes of the white-space scalar starting at `index`, or 0 when the scalar there is not
    /// white space (the set of ``TextCleaning/isSpace(_:)``). `bytes` must be well-formed UTF-8.
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return (lead >= 0x09 && lead <= 0x0D) || lead == 0x20 ? 1 : 0 }
        let count = bytes.count
        switch lead {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            let second = bytes[index + 1]
            return second == 0x85 || second == 0xA0 ? 2 : 0
        case 0xE1:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
                // U+2000…U+200B, U+2028, U+2029, U+202F.
                return (third >= 0x80 && third <= 0x8B) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0  // U+205F
        case 0xE3:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0  // U+3000
        case 0xEF:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0  // U+FEFF
        default:
            return 0
        }
    }

    /// Runs `body` over the scalars of well-formed UTF-8 bytes that are not white space, in order, until it gives
    /// an answer; that answer, or false when it never gave one.
    static func scanNonSpaceScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Bool?) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let space = length(at: index, in: bytes)
            if space > 0 {
                index += space
                continue
            }
            let size = min(scalarLength(bytes[index]), count - index)
            var value = size == 1 ? UInt32(bytes[index]) : UInt32(bytes[index]) & (0xFF >> (size + 1))
            for offset in 1..<max(size, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            if let answer = body(Unicode.Scalar(value) ?? "\u{FFFD}") { return answer }
            index += size
        }
        return false
    }

    /// The length of the scalar whose lead byte is `lead` (1 for a stray continuation byte).
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Runs `body` over the UTF-8 bytes of `text`, copying only when the text has no contiguous storage.
    @inline(__always)
    static func withBytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(text)
        return copy.withUTF8(body)
    }

    /// A string made of at most `capacity` bytes written by `body`, which returns how many it wrote.
    @inline(__always)
    static func string(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity, initializingUTF8With: body)
    }

    /// The scalars as a string, their UTF-8 written straight into its storage (appending scalars to a
    /// `String.UnicodeScalarView` one by one costs several times more).
    static func string(of scalars: some Collection<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { output in
            var written = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0..<0x80:
                    output[written] = UInt8(value)
                    written += 1
                case 0x80..<0x800:
                    output[written] = UInt8(0xC0 | value >> 6)
                    output[written + 1] = UInt8(0x80 | value & 0x3F)
                    written += 2
                case 0x800..<0x1_0000:
                    output[written] = UInt8(0xE0 | value >> 12)
                    output[written + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    output[written + 2] = UInt8(0x80 | value & 0x3F)
                    written += 3
                default:
                    output[written] = UInt8(0xF0 | value >> 18)
                    output[written + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    output[written + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    output[written + 3] = UInt8(0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
    }
}
