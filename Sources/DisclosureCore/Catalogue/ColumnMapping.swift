/// A site's own column vocabulary (栏目映射): extra synonyms and overrides applied on top of a catalogue.
///
/// Codable so a site profile can carry it:
///
/// ```json
/// {
///   "synonyms": { "notices": ["最新公告"], "budget/special-funds": ["项目资金"] },
///   "overrides": { "教育信息": "work-news", "首页 > 部门信息 > 其他": "notices" },
///   "ignoredTrailingSegments": ["正文"]
/// }
/// ```
///
/// - `synonyms`: more names for a node, matched like the node's own synonyms.
/// - `overrides`: a legacy column (whole text, or a breadcrumb segment) that must map to a node whatever the
///   catalogue says; checked before everything else, exactly and then after normalisation.
/// - `ignoredTrailingSegments`: breadcrumb segments that name the page rather than the column (`正文`, `详情`);
///   absent means ``defaultIgnoredTrailingSegments``.
/// - `breadcrumbSeparators`: the characters that split a breadcrumb; absent means ``defaultBreadcrumbSeparators``.
public struct ColumnMapping: Hashable, Codable, Sendable {
    /// Extra names for catalogue nodes.
    public var synonyms: [CategoryID: [String]]
    /// Legacy column texts that map to a node regardless of the catalogue's names.
    public var overrides: [String: CategoryID]
    /// Trailing breadcrumb segments to skip before taking the last one.
    public var ignoredTrailingSegments: [String]
    /// The characters that separate breadcrumb segments.
    public var breadcrumbSeparators: [String]

    /// Segments that end a detail page's breadcrumb without naming a column.
    public static let defaultIgnoredTrailingSegments = [
        "正文", "详情", "内容", "详细内容", "信息详情", "文章详情", "新闻详情", "详细信息", "浏览", "阅读", "查看",
    ]

    /// Breadcrumb separators seen on legacy portals, including the colon after `当前位置`.
    public static let defaultBreadcrumbSeparators = [
        ">", "＞", "»", "›", "→", "/", "／", "|", "｜", "\\", "-", "—", "－", ":", "：", "〉", "》",
    ]

    /// Creates a mapping; the defaults add nothing to the catalogue.
    public init(
        synonyms: [CategoryID: [String]] = [:], overrides: [String: CategoryID] = [:],
        ignoredTrailingSegments: [String] = ColumnMapping.defaultIgnoredTrailingSegments,
        breadcrumbSeparators: [String] = ColumnMapping.defaultBreadcrumbSeparators
    ) {
        self.synonyms = synonyms
        self.overrides = overrides
        self.ignoredTrailingSegments = ignoredTrailingSegments
        self.breadcrumbSeparators = breadcrumbSeparators
    }

    private enum CodingKeys: String, CodingKey {
        case synonyms, overrides, ignoredTrailingSegments, breadcrumbSeparators
    }

    /// Decodes a mapping; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        synonyms = try container.decodeIfPresent([CategoryID: [String]].self, forKey: .synonyms) ?? [:]
        overrides = try container.decodeIfPresent([String: CategoryID].self, forKey: .overrides) ?? [:]
        ignoredTrailingSegments =
            try container.decodeIfPresent([String].self, forKey: .ignoredTrailingSegments)
            ?? ColumnMapping.defaultIgnoredTrailingSegments
        breadcrumbSeparators =
            try container.decodeIfPresent([String].self, forKey: .breadcrumbSeparators)
            ?? ColumnMapping.defaultBreadcrumbSeparators
    }
}
