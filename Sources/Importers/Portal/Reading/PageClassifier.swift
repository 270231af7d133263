import LibXML

/// Tells detail pages, list pages and pages that are not items apart, from signals of the content (never the
/// file extension): password fields, refresh stubs, error texts, search forms, dated link rows, pagination, body
/// containers, standard meta tags, metadata tables and info lines.
struct PageClassifier {
    /// The page's address, to resolve a redirect target.
    var pageURL: String?

    /// The signals gathered from a page.
    struct Signals {
        /// The visible text of the body, white space folded: the whole of it, or at least its first
        /// ``headLength`` scalars and one more (nothing further is looked at).
        var visibleHead: String
        var title: String
        var address: LegacyAddress
        var hasPassword: Bool
        var redirectTarget: String?
        var hasSearchForm: Bool
        /// The dated link rows and whether the page shows pagination, read only when the judgement needs them
        /// (finding a page's rows is one of the costlier readings, and most detail pages are told without it).
        var listEvidence: () -> (datedRows: Int, hasPagination: Bool)
        var hasDatastore: Bool
        var hasKnownBody: Bool
        /// The body text's length in characters, counted up to ``bodyTextLengthCap`` only.
        var bodyTextLength: Int
        var hasArticleMeta: Bool
        var metadataFields: Int
        var infoLineFields: Int

        /// Where counting the body text stops: no judgement looks at more characters than this.
        static let bodyTextLengthCap = 200
        /// How many scalars of the visible text the judgement reads.
        static let headLength = 3000
    }

    /// Error texts of pages saved with status 200.
    static let errorMarkers = [
        "404", "页面不存在", "页面未找到", "找不到该页面", "找不到页面", "您访问的页面", "无法找到", "页面已删除", "信息不存在", "该信息已删除",
        "文章不存在", "出错了", "系统错误", "访问出错", "Not Found", "not found", "403 Forbidden", "500 Internal", "服务器错误",
        "页面错误", "错误页面", "资源不存在", "已被删除", "已撤销",
    ]
    /// Search page texts.
    static let searchMarkers = ["搜索结果", "检索结果", "查询结果", "站内搜索", "全文检索", "高级检索", "搜索关键词", "找到相关结果", "条结果"]

    /// The judgement.
    func classify(_ s: Signals) -> PageClassification {
        // Bounded: only "short or not" matters, and counting a long page's characters is not free.
        let head = String(s.visibleHead.unicodeScalars.prefix(Signals.headLength))
        let textLength = head.unicodeScalars.count
        let detailScore =
            (s.hasKnownBody && s.bodyTextLength >= 1 ? 3 : 0) + (s.bodyTextLength >= 200 ? 2 : 0)
            + (s.hasArticleMeta ? 3 : 0) + (s.metadataFields >= 2 ? 3 : 0) + (s.infoLineFields >= 1 ? 2 : 0)
            + (s.address.family != nil && s.address.date != nil ? 2 : 0)
        var evidence: (datedRows: Int, hasPagination: Bool)?
        func listEvidence() -> (datedRows: Int, hasPagination: Bool) {
            if let evidence { return evidence }
            let read = s.listEvidence()
            evidence = read
            return read
        }
        func listScore() -> Int {
            let (rows, pagination) = listEvidence()
            return (rows >= 5 ? 3 : 0) + (rows >= 10 ? 2 : 0) + (s.hasDatastore ? 4 : 0)
                + (pagination && rows >= 3 ? 2 : 0)
        }
        // The highest list score the page could have: above it, the rows cannot outweigh the detail evidence.
        let listScoreBound = s.hasDatastore ? 11 : 7
        if s.hasDatastore && detailScore < 5 { return .list }
        if TextCleaning.isBlank(s.visibleHead) && s.redirectTarget == nil {
            return .notAnItem(reason: "an empty page: no visible text")
        }
        if let target = s.redirectTarget, textLength < 300, detailScore < 5 {
            return .notAnItem(reason: "a redirect stub to \(URLReference.resolve(target, against: pageURL))")
        }
        if s.hasPassword, detailScore < 5, listScore() < 3 {
            return .notAnItem(reason: "a login page (it has a password field)")
        }
        let titleAndHead = s.title + " " + String(head.unicodeScalars.prefix(400))
        if textLength < 1500, detailScore < 5,
            let marker = Self.errorMarkers.first(where: { ByteSearch.contains(titleAndHead, $0) })
        {
            return .notAnItem(reason: "an error page saved as a normal page ('\(marker)')")
        }
        if detailScore < 5, s.hasSearchForm || ByteSearch.containsAny(titleAndHead, Self.searchMarkers),
            ByteSearch.containsAny(head, Self.searchMarkers) || ByteSearch.containsAny(s.title, Self.searchMarkers)
        {
            return .notAnItem(reason: "a search page")
        }
        if detailScore <= listScoreBound, listScore() >= 3, listScore() >= detailScore { return .list }
        // The last page of a column may list a single item: at a list address, dated rows and no article
        // metadata (no ArticleTitle meta, metadata table or info line) make a list page, however short.
        if !s.hasArticleMeta, s.metadataFields < 2, s.infoLineFields == 0, s.address.isListAddress,
            listEvidence().datedRows >= 1
        {
            return .list
        }
        if detailScore >= 2 || s.bodyTextLength >= 30 { return .detail }
        if listScore() > 0 { return .list }
        return .notAnItem(reason: "no article body, metadata or list of items was found")
    }
}
