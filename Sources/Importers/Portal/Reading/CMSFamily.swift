/// The content-management system a legacy portal page was produced by, as far as the page shows it.
///
/// Each family has its own markup habits (where the body is, how the info line reads, how lists paginate);
/// the importer tries every heuristic regardless and uses the family to order them and to explain results.
public enum CMSFamily: String, Hashable, Codable, Sendable, CaseIterable {
    /// TRS WCM static pages: `t20180612_123456.html`, `.TRS_Editor`, `createPageHTML`.
    case trs
    /// 大汉 Hanweb JCMS: `/art/2020/3/11/art_87_72162.html`, `ContentStart` metas, `<datastore>` lists.
    case hanweb
    /// Java portals with `.dhtml` addresses and `news_id=` queries (the 勐海 sites).
    case javaDhtml
    /// gov.cn-style 信息公开目录 pages: `content_NNNN.htm` and a metadata table.
    case govCatalogue
    /// Old DedeCMS or ASP sites: `/a/2018/0612/123.html`, `list_12_2.html`.
    case dedeCMS
    /// A page of any CMS carrying the post-2017 standard meta tags (`SiteName`, `ArticleTitle`, `PubDate` …).
    case standardMeta
    /// Nothing identifies the CMS.
    case unknown
}
