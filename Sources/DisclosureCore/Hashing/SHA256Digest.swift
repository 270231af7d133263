/// A SHA-256 digest (FIPS 180-4), computed in pure Swift so `DisclosureCore` stays free of C and packages.
///
/// Used for content hashes (did a page change since the last run?) and attachment checksums. Feed data
/// incrementally with ``update(_:)`` to hash large files without holding them in memory.
public struct SHA256Digest: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// Starts an empty digest.
    public init() {
        pending.reserveCapacity(64)
    }

    /// Hashes bytes in one call and returns the lower-case hexadecimal digest.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var digest = SHA256Digest()
        digest.update(bytes)
        return digest.finalizeHex()
    }

    /// Hashes the UTF-8 bytes of a string and returns the lower-case hexadecimal digest.
    public static func hex(of text: String) -> String {
        hex(of: text.utf8)
    }

    /// Adds bytes to the digest.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        // Fast path for contiguous input: whole 64-byte blocks are compressed straight from the buffer.
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            var offset = 0
            while offset < buffer.count, !pending.isEmpty {
                pending.append(buffer[offset])
                offset += 1
                if pending.count == 64 {
                    compress(pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            while buffer.count - offset >= 64 {
                compress(UnsafeBufferPointer(rebasing: buffer[offset..<(offset + 64)]))
                offset += 64
            }
            pending.append(contentsOf: buffer[offset...])
            length &+= UInt64(buffer.count)
        }
        if handled != nil { return }
        for byte in bytes {
            pending.append(byte)
            if pending.count == 64 {
                compress(pending)
                pending.removeAll(keepingCapacity: true)
            }
            length &+= 1
        }
    }

    /// Finishes the digest and returns its 32 bytes.
    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        pending.append(0x80)
        while pending.count % 64 != 56 { pending.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            pending.append(UInt8(truncatingIfNeeded: bitLength >> shift))
        }
        for start in stride(from: 0, to: pending.count, by: 64) { compress(Array(pending[start..<start + 64])) }
        pending.removeAll()
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    /// Finishes the digest and returns it as 64 lower-case hexadecimal digits.
    public mutating func finalizeHex() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private mutating func compress(_ block: [UInt8]) {
        block.withUnsafeBufferPointer { compress($0) }
    }

    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
        // The message schedule lives on the stack; the constants and the block are read without bounds checks
        // (the block is always exactly 64 bytes, the schedule and constants 64 words).
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            Self.roundConstants.withUnsafeBufferPointer { k in
                compress(UnsafeRawBufferPointer(block), schedule: w, constants: k)
            }
        }
    }

    @inline(__always)
    private mutating func compress(
        _ block: UnsafeRawBufferPointer, schedule w: UnsafeMutableBufferPointer<UInt32>,
        constants k: UnsafeBufferPointer<UInt32>
    ) {
        guard let input = block.baseAddress, let w = w.baseAddress, let k = k.baseAddress else { return }
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
        }
        for i in 16..<64 {
            let w15 = w[i - 15]
            let w2 = w[i - 2]
            let s0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ (w15 >> 3)
            let s1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ (w2 >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        // Eight rounds per pass with the working variables renamed instead of shifted.
        var i = 0
        while i < 64 {
            Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
            Self.round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
            Self.round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
            Self.round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
            Self.round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
            Self.round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
            Self.round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
            Self.round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
            i += 8
        }
        state = (
            state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g,
            state.7 &+ h
        )
    }

    /// One round: `d` becomes the new `e` and `h` the new `a` (the caller renames the rest).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ constantPlusWord: UInt32
    ) {
        let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
        let choice = (e & f) ^ (~e & g)
        let t1 = h &+ s1 &+ choice &+ constantPlusWord
        let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        d = d &+ t1
        h = t1 &+ s0 &+ majority
    }
}

extension UInt32 {
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
