/// The unit an amount of money is written in (金额单位).
public enum AmountUnit: String, CaseIterable, Hashable, Codable, Sendable {
    /// 元 — yuan.
    case yuan = "元"
    /// 万元 — ten thousand yuan.
    case tenThousandYuan = "万元"

    /// How many yuan one unit is.
    public var yuanPerUnit: Int {
        switch self {
        case .yuan: 1
        case .tenThousandYuan: 10_000
        }
    }
}
