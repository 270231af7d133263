/// 有效性 / 时效 — whether a document is still in force.
public enum Validity: String, CaseIterable, Hashable, Codable, Sendable {
    /// 有效 — in force.
    case effective
    /// 失效 — expired (its period ended).
    case expired
    /// 废止 — repealed by a later decision.
    case repealed

    /// The Chinese label.
    public var chineseLabel: String {
        switch self {
        case .effective: "有效"
        case .expired: "失效"
        case .repealed: "废止"
        }
    }

    /// Reads a label as found on a page (`有效`, `现行有效`, `失效`, `已失效`, `废止`, `已废止`, or the canonical value).
    public init?(label: String) {
        let compact = label.filter { !$0.isWhitespace }
        if let canonical = Validity(rawValue: compact) {
            self = canonical
            return
        }
        switch compact {
        case "有效", "现行有效", "是": self = .effective
        case "失效", "已失效", "过期": self = .expired
        case "废止", "已废止", "废除": self = .repealed
        default: return nil
        }
    }
}
