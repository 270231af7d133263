import Testing

@testable import ImportKit

/// The table-driven GB18030 decoding gives exactly what iconv gives, and leaves everything else to iconv.
@Suite struct GB18030PairsTests {
    @Test func everyPairDecodesAsIconvDecodesIt() throws {
        var mapped = 0
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE {
                let bytes = [lead, trail]
                let reference = try Iconv.decode(bytes, from: "GB18030")
                let fast = GB18030Pairs.decode(bytes)
                if reference.replaced == 0 && reference.text.unicodeScalars.count == 1 {
                    #expect(fast == reference.text, "\(String(lead, radix: 16)) \(String(trail, radix: 16))")
                    mapped += 1
                } else {
                    #expect(fast == nil, "\(String(lead, radix: 16)) \(String(trail, radix: 16))")
                }
            }
        }
        #expect(mapped > 20_000)
    }

    @Test func mixedTextDecodesAsIconvDecodesIt() throws {
        var generator = SplitMix(seed: 42)
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 300) {
                if generator.next() % 3 == 0 {
                    bytes.append(UInt8(0x20 + generator.next() % 0x5F))
                } else {
                    // A pair from the GB2312 block, which every GB18030 decoder maps.
                    bytes.append(UInt8(0xB0 + generator.next() % 0x27))
                    bytes.append(UInt8(0xA1 + generator.next() % 0x5E))
                }
            }
            let reference = try Iconv.decode(bytes, from: "GB18030")
            #expect(reference.replaced == 0)
            #expect(GB18030Pairs.decode(bytes) == reference.text)
        }
    }

    @Test(
        arguments: [
            [0x81, 0x30, 0x81, 0x30],  // a four-byte sequence
            [0x41, 0xB0],  // a lead byte at the end
            [0x80],  // no lead byte
            [0xFF, 0x41],
            [0xB0, 0x7F],  // no trail byte
            [0xB0, 0x20],
        ] as [[UInt8]])
    func whatTheTableCannotAnswerGoesToIconv(_ bytes: [UInt8]) throws {
        #expect(GB18030Pairs.decode(bytes) == nil)
        // And the decoder as a whole still gives iconv's answer, replacements counted.
        let reference = try Iconv.decode(bytes, from: "GB18030")
        let decoded = TextDecoder().decode(bytes[...], encoding: "GBK")
        #expect(decoded.text == reference.text)
        #expect(decoded.replacedCount == reference.replaced)
    }

    @Test func asciiAndEmptyInput() {
        #expect(GB18030Pairs.decode([UInt8]()) == "")
        #expect(GB18030Pairs.decode(Array("<html>".utf8)) == "<html>")
    }
}

/// A small deterministic generator for test inputs.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
