internal import CSHA256

/// The SHA-256 content hash of a file or page, as lower-case hexadecimal: what provenance, the ID map and attachment
/// checksums record.
///
/// The same digest as `DisclosureCore`'s ``DisclosureCore/SHA256Digest``, computed by C code that uses the
/// processor's SHA extensions where it has them: a migration hashes every byte of a site, and the portable
/// computation was the costliest single step of reading a long page.
public struct ContentHash: Sendable {
    private var context = csha256_context()

    /// Starts an empty hash.
    public init() {
        csha256_init(&context)
    }

    /// The hash of `bytes` in one call.
    public static func hex(of bytes: some Collection<UInt8>) -> String {
        var hash = ContentHash()
        hash.update(bytes)
        return hash.finalizeHex()
    }

    /// Whether the processor's SHA extensions are used (else portable C code).
    public static var isAccelerated: Bool { csha256_accelerated() != 0 }

    /// Makes every hash use the portable code (`true`) or the SHA extensions where present (`false`): for tests of
    /// the portable code. The digests are the same either way.
    static func preferPortable(_ prefer: Bool) {
        csha256_prefer_portable(prefer ? 1 : 0)
    }

    /// Adds bytes.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            csha256_update(&context, buffer.baseAddress, buffer.count)
        }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { csha256_update(&context, $0.baseAddress, $0.count) }
        }
    }

    /// Finishes the hash: 64 lower-case hexadecimal digits.
    public mutating func finalizeHex() -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            csha256_final(&context, base)
        }
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 64) { output in
            for (index, byte) in digest.enumerated() {
                output[2 * index] = digits[Int(byte >> 4)]
                output[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
            return 64
        }
    }
}
