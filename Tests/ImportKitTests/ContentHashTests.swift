import DisclosureCore
import Testing

@testable import ImportKit

/// The C content hash gives the FIPS 180-4 digests, the same as DisclosureCore's pure-Swift SHA256Digest, for every
/// length around the block and padding boundaries and however the bytes are fed.
@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func knownDigests(_ text: String, _ expected: String) {
        #expect(ContentHash.hex(of: Array(text.utf8)) == expected)
        #expect(ContentHash.hex(of: text.utf8) == expected)
    }

    @Test func aMillionAs() {
        let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(
            ContentHash.hex(of: bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func agreesWithThePureSwiftDigestAtEveryLengthAndSplit() {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        for length in 0...300 {
            if bytes.count < length { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
            let expected = SHA256Digest.hex(of: bytes)
            #expect(ContentHash.hex(of: bytes) == expected, "length \(length)")
            // Fed in two pieces cut at every place of a few lengths, and byte by byte.
            if length % 37 == 0 {
                for cut in 0...length {
                    var hash = ContentHash()
                    hash.update(bytes[..<cut])
                    hash.update(bytes[cut...])
                    #expect(hash.finalizeHex() == expected, "length \(length), cut \(cut)")
                }
                var single = ContentHash()
                for byte in bytes { single.update([byte]) }
                #expect(single.finalizeHex() == expected)
            }
        }
        let large = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        #expect(ContentHash.hex(of: large) == SHA256Digest.hex(of: large))
    }

    @Test func thePortableCodeGivesTheSameDigests() {
        let lengths = [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1_000, 65_536 + 7]
        let inputs = lengths.map { length in (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }
        let accelerated = inputs.map { ContentHash.hex(of: $0) }
        ContentHash.preferPortable(true)
        defer { ContentHash.preferPortable(false) }
        #expect(!ContentHash.isAccelerated)
        for (input, digest) in zip(inputs, accelerated) {
            #expect(ContentHash.hex(of: input) == digest)
            #expect(ContentHash.hex(of: input) == SHA256Digest.hex(of: input))
        }
    }

    @Test func aSourceCarriesAHashItsCallerComputed() {
        let bytes = Array("<html></html>".utf8)
        let source = ImportSource(bytes: bytes, path: "a.html", contentHash: ContentHash.hex(of: bytes))
        #expect(source.contentHash == SHA256Digest.hex(of: bytes))
        #expect(ImportSource(bytes: bytes, path: "a.html").contentHash == nil)
    }
}
