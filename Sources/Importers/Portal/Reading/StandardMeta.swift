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
    /// 关键词 (only trusted on pages with the article-level tags; elsewhere it is a site-wide list).
    var keywords: String?
    /// 摘要 (as for ``keywords``).
    var description: String?
    /// The page's own address.
    var url: String?
    /// 作者.
    var author: String?

    /// Whether the page carries article-level standard tags (`ArticleTitle`, `PubDate` or `ColumnName`).
    var isStandard: Bool { articleTitle != nil || pubDate != nil || columnName != nil }

    /// Reads the tags of an indexed page.
    init(_ index: PageIndex) {
        siteName = index.metaContent("SiteName")
        columnName = index.metaContent("ColumnName")
        articleTitle = index.metaContent("ArticleTitle")
        pubDate = index.metaContent("PubDate") ?? index.metaContent("PublishDate")
        contentSource = index.metaContent("ContentSource")
        url = index.metaContent("Url")
        author = index.metaContent("Author")
        let standard = articleTitle != nil || pubDate != nil || columnName != nil
        keywords = standard ? index.metaContent("Keywords") : nil
        description = standard ? index.metaContent("Description") : nil
    }
}
