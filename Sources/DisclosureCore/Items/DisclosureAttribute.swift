/// 公开属性 — whether and how an item may be disclosed, decided when the document is drafted.
///
/// Only ``proactive`` items may appear in any public output, and only after a passed confidentiality
/// review (see ``ReleaseRules``).
public enum DisclosureAttribute: String, CaseIterable, Hashable, Codable, Sendable {
    /// 主动公开 — published proactively.
    case proactive
    /// 依申请公开 — disclosed only to an applicant who asks.
    case onRequest
    /// 不予公开 — not disclosed, on a legal ground (``ExemptionGround``).
    case exempt

    /// The Chinese label used on pages and in registers.
    public var chineseLabel: String {
        switch self {
        case .proactive: "主动公开"
        case .onRequest: "依申请公开"
        case .exempt: "不予公开"
        }
    }

    /// Reads a label as found in a page or register: `主动公开`, `依申请公开`, `不予公开`, `不公开`, `免予公开`,
    /// or the canonical English value; `nil` when the text names none of them.
    public init?(label: String) {
        let compact = label.filter { !$0.isWhitespace }
        if let canonical = DisclosureAttribute(rawValue: compact) {
            self = canonical
            return
        }
        switch compact {
        case "主动公开", "主动", "公开": self = .proactive
        case "依申请公开", "依申请", "申请公开": self = .onRequest
        case "不予公开", "不公开", "免予公开", "不宜公开", "不予": self = .exempt
        default: return nil
        }
    }
}
