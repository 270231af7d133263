/// The legal ground for not disclosing (不予公开), from Articles 14–16 of the 2019 条例.
///
/// A closed set: the law names these grounds and no others. Each maps to a `denied.*` row of the annual
/// report's table 三.
public enum ExemptionGround: String, CaseIterable, Hashable, Codable, Sendable {
    /// 第十四条 属于国家秘密 — a state secret.
    case stateSecret
    /// 第十四条 其他法律行政法规禁止公开 — disclosure forbidden by another law or regulation.
    case lawForbidden
    /// 第十四条 危及"三安全一稳定" — would endanger national, public or economic security or social stability.
    case threeSecurities
    /// 第十五条 保护第三方合法权益 — a third party's trade secret or privacy.
    case thirdParty
    /// 第十六条 三类内部事务信息 — internal affairs (personnel, logistics, internal workflow).
    case internalAffairs
    /// 第十六条 四类过程性信息 — process information (discussion records, drafts, consultation letters, requests).
    case processInfo
    /// 第十六条 行政执法案卷 — administrative law-enforcement case files.
    case lawEnforcementFile

    /// The article of the 条例 that provides the ground.
    public var article: Int {
        switch self {
        case .stateSecret, .lawForbidden, .threeSecurities: 14
        case .thirdParty: 15
        case .internalAffairs, .processInfo, .lawEnforcementFile: 16
        }
    }

    /// The Chinese wording used in the annual report's table 三.
    public var chineseLabel: String {
        switch self {
        case .stateSecret: "属于国家秘密"
        case .lawForbidden: "其他法律行政法规禁止公开"
        case .threeSecurities: "危及“三安全一稳定”"
        case .thirdParty: "保护第三方合法权益"
        case .internalAffairs: "属于三类内部事务信息"
        case .processInfo: "属于四类过程性信息"
        case .lawEnforcementFile: "属于行政执法案卷"
        }
    }

    /// The key of the table-三 row that counts refusals on this ground, e.g. `denied.stateSecret`.
    public var requestRowKey: String { "denied.\(rawValue)" }
}
