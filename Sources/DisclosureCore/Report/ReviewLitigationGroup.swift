/// The three groups of columns of section 四 (政府信息公开行政复议、行政诉讼情况); raw values are the JSON keys.
public enum ReviewLitigationGroup: String, CaseIterable, Hashable, Codable, Sendable {
    /// 行政复议 — administrative review.
    case review
    /// 行政诉讼 · 未经复议直接起诉 — litigation brought directly, without review first.
    case litigationDirect
    /// 行政诉讼 · 复议后起诉 — litigation brought after a review.
    case litigationAfterReview

    /// The printed label of the group, e.g. `行政复议`, `未经复议直接起诉`.
    public var label: String {
        switch self {
        case .review: "行政复议"
        case .litigationDirect: "未经复议直接起诉"
        case .litigationAfterReview: "复议后起诉"
        }
    }
}
