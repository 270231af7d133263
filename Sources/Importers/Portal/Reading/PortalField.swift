/// A field the portal importer reads from a page; the raw values are the canonical JSON names, which is also how
/// site profiles name fields (`"selectors": {"publishedAt": "//span[@class='time']"}`).
public enum PortalField: String, Hashable, Codable, Sendable, CaseIterable {
    /// 标题.
    case title
    /// 发布日期.
    case publishedAt
    /// 成文日期 / 生成日期.
    case writtenAt
    /// 文号.
    case documentNumber
    /// 索引号.
    case indexNumber
    /// 发布机构.
    case publisher
    /// 来源 / 信息来源.
    case source
    /// The legacy column (栏目, 所属目录, 信息分类); mapped to a catalogue category.
    case legacyColumn
    /// 主题分类.
    case themes
    /// 体裁 / 文种.
    case kind
    /// 关键词 / 主题词.
    case keywords
    /// 内容概述 / 摘要.
    case summary
    /// 有效性 / 时效.
    case validity
    /// 公开方式 / 公开属性.
    case attribute
    /// The article body (a profile selector names its container).
    case body
    /// The breadcrumb (a profile selector names its element).
    case breadcrumb
    /// The info line (a profile selector names its element).
    case infoLine
    /// 原文链接 — the address a repost was taken from.
    case repostURL
    /// 作者 — the author as printed (kept as an extra field).
    case author
    /// 公开范围 — kept as an extra field.
    case disclosureScope
    /// 浏览次数 — a view counter (filled by scripts; ignored).
    case views
}
