/// The post-2017 standard meta tags of government sites (`SiteName`, `ColumnName`, `ArticleTitle`, `PubDate`,
/// `ContentSource`, `Keywords`, `Description`, `Url` …), read case-insensitively whatever the attribute order.
struct StandardMeta {
    /// 站点名称.
    var siteName: String?
    /// 栏目名称.
    var columnName: String?
    /// 文章标题.
    var articleTitle: String?
    /// 发布日期.
    var pubDate: String?
    /// 信息来源.
    var contentSource: String?
    /// 关键词 (see ``articleKeywords(siteName:title:)``: on older pages it is often a site-wide list).
    var keywords: String?
    /// 摘要 (see ``articleDescription(siteName:title:)``).
    var description: String?
    /// The page's own address.
    var url: String?
    /// 作者.
    var author: String?

    /// Whether the page carries article-level standard tags (`ArticleTitle`, `PubDate` or `ColumnName`).
    var isStandard: Bool { articleTitle != nil || pubDate != nil || columnName != nil }

    /// Words that mark a site-wide keyword list or description rather than the article's.
    static let siteWideMarkers = ["门户", "网站", "信息网", "官网", "主页"]

    /// The keywords when they describe the article: not naming the site, not a portal's generic list.
    func articleKeywords(siteName: String?, title: String?) -> String? {
        guard let keywords else { return nil }
        if isStandard { return keywords }
        if let siteName, !siteName.isEmpty, keywords.contains(siteName) { return nil }
        if Self.siteWideMarkers.contains(where: keywords.contains) { return nil }
        return keywords
    }

    /// The description when it summarises the article: not the title again, not the site's own description.
    func articleDescription(siteName: String?, title: String?) -> String? {
        guard let description, description != title, description != siteName else { return nil }
        if !isStandard, Self.siteWideMarkers.contains(where: description.contains) { return nil }
        if let title, !isStandard, description.hasPrefix(title) || title.hasPrefix(description) { return nil }
        return description
    }

    /// Reads the tags of an indexed page.
    init(_ index: PageIndex) {
        siteName = index.metaContent("SiteName")
        columnName = index.metaContent("ColumnName")
        articleTitle = index.metaContent("ArticleTitle")
        pubDate = index.metaContent("PubDate") ?? index.metaContent("PublishDate")
        contentSource = index.metaContent("ContentSource")
        url = index.metaContent("Url")
        author = index.metaContent("Author")
        keywords = index.metaContent("Keywords")
        description = index.metaContent("Description")
    }
}
