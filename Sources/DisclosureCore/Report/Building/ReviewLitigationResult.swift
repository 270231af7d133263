/// How a concluded administrative review or lawsuit about disclosure ended (复议、诉讼结果).
public enum ReviewLitigationResult: String, CaseIterable, Hashable, Codable, Sendable {
    /// 结果维持 — the bureau's decision was upheld.
    case upheld
    /// 结果纠正 — the decision was corrected (revoked, changed, ordered to act).
    case corrected
    /// 其他结果 — any other ending (withdrawn, dismissed, settled).
    case other

    /// The column of section 四 the result is counted in.
    public var column: ReviewLitigationColumn {
        switch self {
        case .upheld: .upheld
        case .corrected: .corrected
        case .other: .other
        }
    }
}
