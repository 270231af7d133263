/// Who asked (申请人类型): the six applicant columns of table 三 of the annual report.
///
/// The raw values are the canonical column keys of the report JSON.
public enum ApplicantType: String, CaseIterable, Hashable, Codable, Sendable {
    /// 自然人 — a natural person.
    case naturalPerson
    /// 法人或其他组织 · 商业企业 — a commercial enterprise.
    case commercial
    /// 法人或其他组织 · 科研机构 — a research institution.
    case research
    /// 法人或其他组织 · 社会公益组织 — a social or public-welfare organisation.
    case social
    /// 法人或其他组织 · 法律服务机构 — a legal-services organisation.
    case legal
    /// 法人或其他组织 · 其他 — any other legal person or organisation.
    case other

    /// The column label as printed in the report, e.g. `自然人` or `商业企业`.
    public var label: String {
        switch self {
        case .naturalPerson: "自然人"
        case .commercial: "商业企业"
        case .research: "科研机构"
        case .social: "社会公益组织"
        case .legal: "法律服务机构"
        case .other: "其他"
        }
    }

    /// The key of the total column that follows the six applicant columns.
    public static let totalColumnKey = "total"
}
