/// Checks and decodes the Unicode encodings without Foundation, counting every replaced sequence.
enum UnicodeValidation {
    /// Whether the bytes are well-formed UTF-8, and whether any byte is outside ASCII.
    static func checkUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (valid: Bool, hasNonASCII: Bool) {
        // Contiguous bytes (the usual case) go through the standard library's validator, which is far faster than
        // parsing scalar by scalar; both follow Unicode's definition of well-formed UTF-8.
        if let result = bytes.withContiguousStorageIfAvailable({ buffer -> (valid: Bool, hasNonASCII: Bool) in
            guard buffer.contains(where: { $0 >= 0x80 }) else { return (true, false) }
            return (String(validating: buffer, as: UTF8.self) != nil, true)
        }) {
            return result
        }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var nonASCII = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { nonASCII = true }
            case .error:
                return (false, true)
            case .emptyInput:
                return (true, nonASCII)
            }
        }
    }

    /// Decodes UTF-8, replacing each maximal ill-formed subsequence with U+FFFD, and counts them.
    static func decodeUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (text: String, replaced: Int) {
        // Well-formed input (nearly every page) is copied whole; only damaged input is decoded scalar by scalar.
        if let valid = bytes.withContiguousStorageIfAvailable({ String(validating: $0, as: UTF8.self) }),
            let text = valid
        {
            return (text, 0)
        }
        return decode(bytes.makeIterator(), as: Unicode.UTF8.self, capacity: bytes.count)
    }

    /// Decodes UTF-16 in the given byte order; a trailing odd byte counts as one replacement.
    static func decodeUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes, bigEndian: Bool) -> (text: String, replaced: Int)
    {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        var odd = false
        while let first = iterator.next() {
            guard let second = iterator.next() else {
                odd = true
                break
            }
            units.append(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first))
        }
        var (text, replaced) = decode(units.makeIterator(), as: Unicode.UTF16.self, capacity: units.count)
        if odd {
            text.unicodeScalars.append("\u{FFFD}")
            replaced += 1
        }
        return (text, replaced)
    }

    private static func decode<Codec: UnicodeCodec, Units: IteratorProtocol>(
        _ units: Units, as codec: Codec.Type, capacity: Int
    ) -> (text: String, replaced: Int) where Units.Element == Codec.CodeUnit {
        var iterator = units
        var decoder = Codec()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(capacity)
        var replaced = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            case .emptyInput:
                return (String(scalars), replaced)
            }
        }
    }
}
