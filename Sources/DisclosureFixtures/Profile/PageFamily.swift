/// The page template (CMS family) a generated column is rendered with; see LEGACY-SOURCES.md §1.
public enum PageFamily: String, Hashable, Codable, Sendable, CaseIterable {
    /// The 勐海 Java ".dhtml" portal: `/mwx/75206.news.detail.dhtml?news_id=326553`, query-string paging.
    case dhtml
    /// The same portal after its post-2017 redesign: standard meta tags (`ColumnName`, `ArticleTitle`, `PubDate`,
    /// `ContentSource`) and a 信息公开 metadata table (索引号, 文号, 发布机构, 成文日期, 有效性); UTF-8.
    case dhtmlMeta = "dhtml-meta"
    /// TRS WCM static pages: `./201806/t20180612_123456.html`, `index_N.html` lists with `createPageHTML`, long
    /// articles split as `x.html` + `x_1.html`.
    case trs
}
