/// The five columns of each group of section 四; raw values are the JSON keys.
public enum ReviewLitigationColumn: String, CaseIterable, Hashable, Codable, Sendable {
    /// 结果维持 — the decision was upheld.
    case upheld
    /// 结果纠正 — the decision was corrected.
    case corrected
    /// 其他结果 — another result (withdrawn, dismissed, …).
    case other
    /// 尚未审结 — not concluded at the end of the year.
    case pending
    /// 总计 — the total of the four.
    case total

    /// The printed label, e.g. `结果维持`.
    public var label: String {
        switch self {
        case .upheld: "结果维持"
        case .corrected: "结果纠正"
        case .other: "其他结果"
        case .pending: "尚未审结"
        case .total: "总计"
        }
    }

    /// The four result columns whose sum is ``total``.
    public static let results: [ReviewLitigationColumn] = [.upheld, .corrected, .other, .pending]
}
