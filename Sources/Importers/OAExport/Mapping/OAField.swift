/// A field of an OA register that the importers recognise, whatever its column is called in the export.
///
/// Most fields map onto a ``DisclosureCore/DisclosureItem`` property; a few are recognised so that they are
/// named consistently but have no item property (紧急程度, 保密期限) and are kept in the provenance's
/// `extraFields` under their column label.
public enum OAField: String, CaseIterable, Hashable, Codable, Sendable {
    /// 标题 / 文件标题 / 题名.
    case title
    /// 文号 / 发文字号 / 文件编号.
    case documentNumber
    /// 发文机关 / 发文单位 / 责任者 / 来文单位 / 拟稿部门 → `publisher`.
    case publisher
    /// 成文日期 / 签发日期 / 日期 → `writtenAt`.
    case writtenAt
    /// 发布日期 / 公开日期 → `publishedAt`.
    case publishedAt
    /// 公开属性 / 信息公开 / 公开方式 → `attribute`.
    case attribute
    /// 不公开原因 / 不予公开理由 → `exemptionReason` (and `exemptionGround` when it names one).
    case exemptionReason
    /// 密级 / 秘密等级: any state-secret level makes the row 不予公开.
    case secrecy
    /// 保密期限 (kept in `extraFields`; also quoted in the reason of a 密级 row).
    case secrecyPeriod
    /// 紧急程度 / 缓急 (kept in `extraFields`: the item has no such property).
    case urgency
    /// 主题词 / 关键词 → `keywords`.
    case keywords
    /// 附件 / 附件说明 → `attachments` (one per listed file name).
    case attachments
    /// 文种 / 文件种类 → `kind`.
    case kind
    /// 内容概述 / 摘要 → `summary`.
    case summary
    /// 索引号 → `indexNumber`.
    case indexNumber
    /// 主题分类 / 信息分类 → `themes`.
    case themes
    /// 档号 / 登记号 / 流水号 → the provenance's `legacyID`.
    case legacyID
    /// 拟稿人 / 起草人 → `responsibility.producer`.
    case producer
    /// 核稿人 / 审核人 → `responsibility.reviewer`.
    case reviewer
    /// 签发人 → `responsibility.accountable`.
    case accountable
    /// 有效性 / 时效 → `validity`.
    case validity

    /// Whether the field has no item property and is kept in `extraFields` under its column label.
    public var isKeptAsExtra: Bool {
        self == .urgency || self == .secrecyPeriod
    }

    /// Whether the field holds a date (so Excel serial numbers in it are read as dates).
    public var isDate: Bool {
        self == .writtenAt || self == .publishedAt
    }
}
