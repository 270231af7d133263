/// A disclosure item (政府信息): one document or page with everything the law and the bureau record about it.
///
/// The canonical JSON form (see ``DisclosureJSON``) uses the field names of the architecture contract and omits
/// absent values. An item can also stand for an input that turned out *not* to be an item (a list page, a
/// search page, an error page saved as 200): then ``isItem`` is `false` and ``diagnostics`` say why.
public struct DisclosureItem: Hashable, Sendable {
    // MARK: - Identity and catalogue entry (条例第十二条: 索引, 名称, 内容概述, 生成日期)

    /// The stable id in the archive.
    public var id: ItemID
    /// 标题 / 名称 — the title.
    public var title: String
    /// 发布日期 — when it was published on the portal.
    public var publishedAt: LocalDateTime?
    /// 成文日期 / 生成日期 — when the document was signed or formed.
    public var writtenAt: LocalDateTime?
    /// 文号 / 发文字号 — the document number.
    public var documentNumber: DocumentNumber?
    /// 索引号 — the catalogue index number.
    public var indexNumber: IndexNumber?
    /// 发布机构 — the publishing body.
    public var publisher: String?
    /// 来源 / 信息来源 — the source as the page states it.
    public var source: String?
    /// The catalogue node the item belongs to.
    public var category: CategoryID?
    /// The column the legacy portal filed it under (breadcrumb or `ColumnName`), kept verbatim.
    public var legacyColumn: String?
    /// 体裁 / 文种.
    public var kind: DocumentKind?
    /// 主题分类 — subject themes.
    public var themes: [String]
    /// 关键词 / 主题词.
    public var keywords: [String]
    /// 内容概述 — a summary (the law's catalogue entry wants one of about 100 characters).
    public var summary: String?
    /// 有效性.
    public var validity: Validity?

    // MARK: - Disclosure decision

    /// 公开属性; `nil` when the source did not say.
    public var attribute: DisclosureAttribute?
    /// The legal ground when ``attribute`` is ``DisclosureAttribute/exempt``.
    public var exemptionGround: ExemptionGround?
    /// 不公开原因 as written, when the source gave a reason in words.
    public var exemptionReason: String?
    /// 保密审查 — the confidentiality review before release.
    public var review: ConfidentialityReview?
    /// 谁制作、谁更新、谁审查、谁负责.
    public var responsibility: Responsibility?

    // MARK: - Content

    /// The body as plain text: paragraphs separated by blank lines, table rows as lines.
    public var text: String?
    /// The body as sanitized HTML (no scripts, styles, event handlers or hidden links).
    public var html: String?
    /// 附件.
    public var attachments: [Attachment]
    /// 转载来源, when the item is a repost.
    public var repost: RepostSource?
    /// Links that were hidden in the legacy body (spam injected into a hacked site): reported, never kept in
    /// ``text`` or ``html``.
    public var hiddenLinks: [String]

    // MARK: - Provenance

    /// The input file this record was read from (relative to the migrated folder when there is one).
    public var sourceFile: String?
    /// The original address of the page.
    public var url: String?
    /// The row of a register export the item came from.
    public var row: Int?
    /// The text encoding the input was decoded with.
    public var encoding: String?
    /// Every source the item was found in (several after duplicates are merged).
    public var provenance: [SourceRecord]
    /// `false` when the input is not an item (a list, search, login or error page).
    public var isItem: Bool
    /// What the importer or the archive noticed while building the record.
    public var diagnostics: [Diagnostic]

    /// Creates an item with a title; every other field starts empty.
    public init(id: ItemID, title: String) {
        self.id = id
        self.title = title
        self.themes = []
        self.keywords = []
        self.attachments = []
        self.hiddenLinks = []
        self.provenance = []
        self.isItem = true
        self.diagnostics = []
    }

    /// Whether the item is 主动公开 and its confidentiality review passed: the only items that may appear in
    /// public output.
    public var isReleasable: Bool {
        isItem && attribute == .proactive && review?.isPassed == true
    }
}
