/// An item that covers a checklist requirement, with the reasons it counts.
public struct CoverageEvidence: Hashable, Codable, Sendable {
    /// The item's identifier.
    public var itemID: String
    /// The item's title.
    public var title: String
    /// The item's publication date.
    public var publishedAt: CivilDate?
    /// Why it counts, one reason per dimension decided.
    public var reasons: [CoverageReason]

    /// Creates evidence.
    public init(itemID: String, title: String, publishedAt: CivilDate?, reasons: [CoverageReason]) {
        self.itemID = itemID
        self.title = title
        self.publishedAt = publishedAt
        self.reasons = reasons
    }
}
