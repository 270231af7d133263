import DisclosureCore
import Testing

@Suite struct SHA256DigestTests {
    // Test vectors from FIPS 180-4 examples and well-known values.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(input: String, expected: String) {
        #expect(SHA256Digest.hex(of: input) == expected)
    }

    @Test func millionAsMatchesTheStandardVector() {
        var digest = SHA256Digest()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { digest.update(chunk) }
        #expect(digest.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalEqualsOneShot() {
        let text = "勐海县教育局2018年政府信息公开工作年度报告" + String(repeating: "x", count: 200)
        var digest = SHA256Digest()
        let bytes = Array(text.utf8)
        digest.update(bytes[0..<7])
        digest.update(bytes[7..<130])
        digest.update(bytes[130...])
        #expect(digest.finalizeHex() == SHA256Digest.hex(of: text))
    }
}
