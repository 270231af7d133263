/// A date found inside a longer text by ``LegacyDateParser``: its value, where it is, and how it was written.
///
/// Not `Codable`: the range is only meaningful together with the string that was searched.
public struct LegacyDateMatch: Hashable, Sendable {
    /// The date (day precision) or date and time (minute precision).
    public var value: LocalDateTime
    /// Where the date is in the searched string, from its first digit to its last digit or `日`.
    public var range: Range<String.Index>
    /// The matched text exactly as it appears in the searched string, e.g. `二〇一八年六月十二日`.
    public var text: String

    /// Creates a match.
    public init(value: LocalDateTime, range: Range<String.Index>, text: String) {
        self.value = value
        self.range = range
        self.text = text
    }
}
