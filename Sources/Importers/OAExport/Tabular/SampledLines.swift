/// Row numbers worth reporting (blank rows, repeated headers): a count plus the first few, so that a file
/// with a blank line every other row does not grow memory.
struct SampledLines: Sendable, CustomStringConvertible {
    /// How many numbers are kept for the message.
    static let sampleSize = 20

    private(set) var count = 0
    private var sample: [Int] = []

    /// Whether nothing was added.
    var isEmpty: Bool { count == 0 }

    /// Counts a row number, keeping it when the sample is not full.
    mutating func add(_ number: Int) {
        count += 1
        if sample.count < Self.sampleSize { sample.append(number) }
    }

    /// `rows 4, 9` or `rows 4, 9, … (25 in all)`.
    var description: String {
        let shown = sample.map(String.init).joined(separator: ", ")
        return count > sample.count ? "rows \(shown), … (\(count) in all)" : "rows \(shown)"
    }
}
