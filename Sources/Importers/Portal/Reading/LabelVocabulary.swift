/// The labels legacy pages print before their metadata values (`索 引 号：`, `发文字号`, `信息来源`) and the field
/// each one means.
///
/// Labels are compared after deleting all white space (U+3000 and U+00A0 included) and any trailing colon, so
/// `文　　号` and `标&nbsp;&nbsp;题：` match `文号` and `标题`. A site profile adds or overrides entries.
struct LabelVocabulary: Sendable {
    private var fields: [String: PortalField]
    /// Every scalar that occurs in a known label, plus the leading marks ``key(_:)`` strips: a text holding any
    /// other scalar is no label, so a reader walking back from a colon can stop there.
    private(set) var labelScalars: ScalarSet

    /// The last scalar of every label naming a field an info line carries (``InfoLineLocator/lineFields``): a text
    /// is an info line only if one of them comes just before a colon.
    private(set) var lineLabelEndings: ScalarSet = []

    /// The built-in synonyms, plus a profile's own (which win).
    init(extra: [String: PortalField] = [:]) {
        guard !extra.isEmpty else {
            // Every page of a run without a profile uses the same vocabulary: derive it once.
            self = Self.builtIn
            return
        }
        var fields = Self.standard
        for (label, field) in extra { fields[Self.key(label)] = field }
        self.init(fields: fields)
    }

    private init(fields: [String: PortalField]) {
        self.fields = fields
        longestLabel = fields.keys.map(\.count).max() ?? 0
        labelScalars = ScalarSet(fields.keys.flatMap(\.unicodeScalars) + ["【", "[", "·", "•"])
        labelStarts = ScalarSet(fields.keys.compactMap(\.unicodeScalars.first))
        lineLabelEndings = ScalarSet(
            fields.filter { InfoLineLocator.lineFields.contains($0.value) }.compactMap(\.key.unicodeScalars.last))
    }

    /// The built-in vocabulary.
    private static let builtIn = LabelVocabulary(fields: standard)

    /// The field a label names, or nil.
    func field(forLabel label: some StringProtocol) -> PortalField? {
        // The key starts with the first scalar that is neither white space nor a leading mark: most texts asked
        // about are no label, and that scalar tells at once.
        guard let first = label.unicodeScalars.first(where: { !TextCleaning.isSpace($0) && !Self.isLeadingMark($0) }),
            labelStarts.contains(first)
        else { return nil }
        let key = Self.key(label)
        guard !key.isEmpty else { return nil }
        return fields[key]
    }

    /// The field named by a label given as scalars with no white space among them (what a reader walking back from a
    /// colon has collected): ``field(forLabel:)`` without making the label a string first, unless it may be one.
    ///
    /// A text whose first scalar starts no label (after the leading marks ``key(_:)`` strips) is answered at once.
    func field(forCompactScalars scalars: some BidirectionalCollection<Unicode.Scalar>) -> PortalField? {
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isTrailingMark(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        while start < end, Self.isLeadingMark(scalars[start]) { start = scalars.index(after: start) }
        guard start < end, labelStarts.contains(scalars[start]) else { return nil }
        return fields[UTF8Space.string(of: scalars[start..<end])]
    }

    /// The first scalar of every label.
    private let labelStarts: ScalarSet

    @inline(__always)
    private static func isTrailingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":" || scalar == "】" || scalar == "]"
    }

    @inline(__always)
    private static func isLeadingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "【" || scalar == "[" || scalar == "·" || scalar == "•"
    }

    /// The comparison key: white space deleted, wrapping brackets and a trailing colon removed.
    static func key(_ label: some StringProtocol) -> String {
        var compact = TextCleaning.withoutSpaces(label)
        while let last = compact.last, last == "：" || last == ":" || last == "】" || last == "]" { compact.removeLast() }
        while let first = compact.first, first == "【" || first == "[" || first == "·" || first == "•" {
            compact.removeFirst()
        }
        return compact
    }

    /// The longest label the vocabulary knows, in characters (a longer text is never a label).
    let longestLabel: Int

    private static let standard: [String: PortalField] = {
        let groups: [(PortalField, [String])] = [
            (.title, ["标题", "名称", "信息名称", "文件名称", "文章标题", "文件标题", "题名", "标题名称"]),
            (.indexNumber, ["索引号", "信息索引号", "索取号", "编号"]),
            (.themes, ["主题分类", "组配分类", "主题"]),
            (.legacyColumn, ["信息分类", "公开目录", "所属目录", "信息类别", "所属栏目", "栏目", "所属分类", "分类", "目录"]),
            (.kind, ["体裁分类", "体裁", "文种", "信息体裁", "文件类型"]),
            (.publisher, ["发布机构", "发文机构", "发文机关", "责任部门", "发布单位", "发布部门", "公开责任部门", "发文单位", "制发机关"]),
            (.source, ["信息来源", "来源", "文章来源", "稿件来源", "来源单位"]),
            (.documentNumber, ["文号", "发文字号", "文件编号", "发文文号", "文件字号"]),
            (.writtenAt, ["生成日期", "成文日期", "产生日期", "发文日期", "成文时间", "生成时间", "印发日期"]),
            (.publishedAt, ["发布日期", "公开日期", "发布时间", "发表时间", "公开时间", "发表日期", "日期", "时间", "更新时间", "上传时间"]),
            (.keywords, ["主题词", "关键词", "关键字"]),
            (.attribute, ["公开方式", "公开属性", "公开形式", "公开类型"]),
            (.disclosureScope, ["公开范围"]),
            (.validity, ["时效", "有效性", "效力状态", "是否有效", "时效性", "有效期"]),
            (.summary, ["内容概述", "摘要", "内容摘要", "概述", "内容简介"]),
            (.author, ["作者", "撰稿", "撰稿人", "编辑", "责任编辑", "发布人"]),
            (.views, ["浏览次数", "点击数", "阅读次数", "访问次数", "浏览量", "点击率", "访问量", "阅读数", "点击"]),
            (.repostURL, ["原文链接", "原文地址"]),
        ]
        var table: [String: PortalField] = [:]
        for (field, labels) in groups {
            for label in labels { table[label] = field }
        }
        return table
    }()
}
