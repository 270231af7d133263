/// 保密审查 — the confidentiality review recorded (on a 保密审查表) before an item is released on the web.
public struct ConfidentialityReview: Hashable, Codable, Sendable {
    /// The outcome of a review.
    public enum Result: String, CaseIterable, Hashable, Codable, Sendable {
        /// 审查通过 — cleared for release.
        case passed
        /// 审查未通过 — not to be released.
        case failed
        /// 待审查 — not reviewed yet.
        case pending
    }

    /// The outcome.
    public var result: Result
    /// Who reviewed it.
    public var reviewer: String?
    /// When it was reviewed.
    public var date: CivilDate?
    /// The reference of the review form or record (保密审查表编号), or a note on how the result is known.
    public var reference: String?

    /// Creates a review record.
    public init(result: Result, reviewer: String? = nil, date: CivilDate? = nil, reference: String? = nil) {
        self.result = result
        self.reviewer = reviewer
        self.date = date
        self.reference = reference
    }

    /// Whether the review cleared the item for release.
    public var isPassed: Bool { result == .passed }
}
