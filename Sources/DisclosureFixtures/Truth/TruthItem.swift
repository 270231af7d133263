public import DisclosureCore

/// One item a correct migration yields, with the fields it must read and where they come from.
///
/// Field names follow the canonical item JSON of the architecture where they overlap. Dates: `publishedAt` is
/// to the second for ".dhtml" pages (their info line gives the time) and to the day for TRS pages (theirs does
/// not); `writtenAt` is the 成文日期 of the metadata table, else the signature date under the body, and absent
/// when the page shows neither.
public struct TruthItem: Hashable, Codable, Sendable {
    /// A stable id: `portal-<news_id>` for ".dhtml" pages, `portal-t<id>` for TRS pages, `oa-<n>` for OA-only rows.
    public var id: String
    /// `portal` for items with a page (their 文号 rows merge into them), `oa` for register rows with no page.
    public var origin: String
    /// The full title.
    public var title: String
    /// The catalogue node; absent for OA-only rows (a register has no column).
    public var category: CategoryID?
    /// The column name as the page shows it.
    public var legacyColumn: String?
    /// 体裁 / 文种: 规范性文件, 政策解读, or the official type at the end of the title; absent for news.
    public var kind: DocumentKind?
    /// 发布时间; absent for items never published on the portal.
    public var publishedAt: LocalDateTime?
    /// 成文日期.
    public var writtenAt: LocalDateTime?
    /// 文号, normalised.
    public var documentNumber: DocumentNumber?
    /// 索引号, on post-2017 template pages.
    public var indexNumber: String?
    /// 发布机构.
    public var publisher: String?
    /// 来源 as the info line states it.
    public var source: String?
    /// 公开属性.
    public var attribute: DisclosureAttribute
    /// 不公开原因 as the register writes it.
    public var exemptionReason: String?
    /// 密级 as the register writes it (`机密★1年`).
    public var secrecy: String?
    /// 有效性, when the page shows it.
    public var validity: Validity?
    /// The attachments, missing ones flagged.
    public var attachments: [TruthAttachment]
    /// 转载来源 of a repost.
    public var repost: RepostSource?
    /// Spam links hidden in the body: reported, never kept.
    public var hiddenLinks: [String]
    /// The page file, relative to the output folder.
    public var sourceFile: String?
    /// Every file of the page when the article is split (`x.html`, `x_1.html`).
    public var pages: [String]?
    /// The page's original address.
    public var url: String?
    /// The encoding to decode the page with (`GB18030` or `UTF-8`).
    public var encoding: String?
    /// The charset the page declares.
    public var declaredCharset: String?
    /// The page template.
    public var family: PageFamily?
    /// The item's row in an OA register export, when it has one.
    public var oa: TruthOARecord?
    /// The budget fund (`special-funds`, `transfer-payments`) of a fund item.
    public var budgetFund: String?
    /// The budget stage (`rules`, `application`, `review`, `allocation`, `performance`) of a fund item.
    public var budgetStage: String?
    /// True when the item counts in the year's report: 主动公开 and published on the portal in the year.
    public var countedInYear: Bool

    /// Creates an item record.
    public init(id: String, origin: String, title: String, attribute: DisclosureAttribute, countedInYear: Bool) {
        self.id = id
        self.origin = origin
        self.title = title
        self.attribute = attribute
        self.attachments = []
        self.hiddenLinks = []
        self.countedInYear = countedInYear
    }
}
