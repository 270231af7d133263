/// The table that maps column labels to ``OAField``s: built-in synonyms, plus any a profile adds.
///
/// Labels are matched by ``HeaderLabel/key(_:)``, so `文　　号：` matches `文号`. When two columns of one export
/// map to the same field (`成文日期` and `签发日期`), the one whose label comes first in the field's list wins
/// the field and the other is kept in `extraFields`, so nothing is lost.
public struct FieldSynonyms: Sendable {
    /// The built-in labels for each field, in priority order.
    public static let builtIn: [OAField: [String]] = [
        .title: ["标题", "文件标题", "题名", "文件名称", "公文标题", "文件题名", "名称"],
        .documentNumber: ["文号", "发文字号", "文件编号", "发文文号", "文件字号", "来文字号", "来文文号", "文件字", "发文号"],
        .publisher: ["发文机关", "发文单位", "发文机构", "责任者", "来文单位", "来文机关", "拟稿部门", "拟稿单位"],
        .writtenAt: ["成文日期", "签发日期", "发文日期", "文件日期", "形成日期", "日期"],
        .publishedAt: ["发布日期", "公开日期", "发布时间"],
        .attribute: ["公开属性", "信息公开", "公开方式", "公开类型", "信息公开属性", "公开选项"],
        .exemptionReason: ["不公开原因", "不予公开原因", "不予公开理由", "不公开理由", "不公开依据", "免予公开理由"],
        .secrecy: ["密级", "秘密等级", "保密等级", "文件密级"],
        .secrecyPeriod: ["保密期限"],
        .urgency: ["紧急程度", "缓急", "缓急程度", "紧急度"],
        .keywords: ["主题词", "关键词", "关键字"],
        .attachments: ["附件", "附件说明", "附件名称", "附件列表"],
        .kind: ["文种", "文件种类", "文件类型", "公文种类"],
        .summary: ["内容概述", "摘要", "内容摘要", "内容提要"],
        .indexNumber: ["索引号", "信息索引号"],
        .themes: ["主题分类", "信息分类"],
        .legacyID: ["档号", "登记号", "流水号", "收文编号", "收文号", "电子文件号"],
        .producer: ["拟稿人", "起草人", "经办人"],
        .reviewer: ["核稿人", "审核人"],
        .accountable: ["签发人"],
        .validity: ["有效性", "时效", "效力状态"],
    ]

    private var table: [String: (field: OAField, priority: Int)]

    /// The built-in table with a profile's additions (which come after the built-in labels in priority).
    public init(profile: OAProfile? = nil) {
        table = [:]
        for (field, labels) in Self.builtIn {
            for (priority, label) in labels.enumerated() { table[HeaderLabel.key(label)] = (field, priority) }
        }
        for (field, labels) in profile?.synonyms ?? [:] {
            for (offset, label) in labels.enumerated() where table[HeaderLabel.key(label)] == nil {
                table[HeaderLabel.key(label)] = (field, 100 + offset)
            }
        }
    }

    /// The field a column label names and its priority (lower wins), or nil for an unknown label.
    public func field(for label: String) -> (field: OAField, priority: Int)? {
        let key = HeaderLabel.key(label)
        if let hit = table[key] { return hit }
        if let bare = HeaderLabel.noteStripped(key: key), let hit = table[bare] { return hit }
        return nil
    }
}
