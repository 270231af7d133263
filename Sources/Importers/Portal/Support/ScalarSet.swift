/// A set of Unicode scalars answered by one bit test for the Basic Multilingual Plane (where every label, mark and
/// CJK character of these pages lies), and by a `Set` for the scalars beyond it.
///
/// The readers ask "is this scalar one of those" for nearly every scalar of a candidate text; a `Set<Unicode.Scalar>`
/// hashes the scalar each time, which made such tests the costliest part of splitting an info line.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// One bit per BMP scalar, allocated only when the set has any.
    private var bits: [UInt64] = []
    private var beyond: Set<Unicode.Scalar> = []

    /// A set of these scalars.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { insert(scalar) }
    }

    /// A set of the literal's scalars.
    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    /// Adds a scalar.
    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = Int(scalar.value)
        guard value < 0x1_0000 else {
            beyond.insert(scalar)
            return
        }
        if bits.isEmpty { bits = Array(repeating: 0, count: 0x1_0000 / 64) }
        bits[value >> 6] |= 1 << UInt64(value & 63)
    }

    /// Whether the scalar is in the set.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        guard value < 0x1_0000 else { return beyond.contains(scalar) }
        return !bits.isEmpty && bits[value >> 6] & (1 << UInt64(value & 63)) != 0
    }
}
