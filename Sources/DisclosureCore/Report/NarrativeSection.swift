/// One narrative section of a report: its heading (e.g. `一、基本情况`) and its paragraphs, in order.
///
/// Sub-sections such as `（一）常规政务信息公开情况。…` are paragraphs that open with their own sub-heading, as
/// published reports print them. The opening paragraphs before the first section have an empty heading.
public struct NarrativeSection: Hashable, Codable, Sendable {
    /// The heading, e.g. `一、总体情况`; empty for the opening paragraphs.
    public var heading: String
    /// The paragraphs, each one line of text.
    public var paragraphs: [String]

    /// Creates a section.
    public init(heading: String, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }

    /// The paragraphs joined by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}
