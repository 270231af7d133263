/// A small, fast, seeded pseudo-random generator (SplitMix64) whose sequence is the same on every platform.
///
/// Fixtures must be byte-for-byte reproducible, so the generator never touches `SystemRandomNumberGenerator`
/// or the clock. Independent streams (one per item, one per page) come from ``derived(_:)``, so the content of one
/// item does not depend on how many numbers other items drew.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    /// The current state; the next output is a mix of the state after adding the golden-ratio increment.
    public private(set) var state: UInt64

    /// Starts a stream at a seed.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// An independent stream for a sub-task, keyed by numbers (a column, an item index, a purpose tag).
    public func derived(_ keys: UInt64...) -> SplitMix64 {
        var value = Self.mix(state ^ 0xD1B5_4A32_D192_ED03)
        for key in keys {
            value = Self.mix(value ^ Self.mix(key &+ 0x632B_E59B_D9B4_E019))
        }
        return SplitMix64(seed: value)
    }

    /// A uniform integer in `0..<bound` (0 when the bound is 0 or less).
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// A uniform integer in a closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with a probability of `percent` in 100.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ choices: [T]) -> T {
        choices[below(choices.count)]
    }

    /// The SplitMix64 finaliser (Stafford's variant 13).
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
