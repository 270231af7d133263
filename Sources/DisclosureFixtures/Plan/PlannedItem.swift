import DisclosureCore

/// The skeleton of one generated portal item, decided when the site is planned: where it sits, when it was
/// published, its 文号 and which traps it carries. Its words are composed later from its own random stream.
struct PlannedItem: Hashable, Sendable {
    /// A fixed item the annual report names.
    enum Pin: Hashable, Sendable {
        /// The year's 政务公开工作要点, issued 16 January.
        case workPlan
        /// The previous year's 政府信息公开工作年度报告, published in January.
        case annualReport
    }

    /// The index of the column in the profile.
    var columnIndex: Int
    /// The position of the item in its column, oldest first.
    var ordinal: Int
    /// 发布时间, to the second.
    var published: LocalDateTime
    /// 成文日期, when the page shows one (metadata table or signature).
    var written: CivilDate?
    /// The CMS's id: `news_id` of a ".dhtml" page, the number of a TRS `t…_N.html` file.
    var legacyID: Int = 0
    /// The serial of the page's 索引号 within its year (post-2017 template pages only).
    var indexSerial: Int?
    /// The bureau's issuer code when the item is its own document with a 文号.
    var issuerCode: String?
    /// The 文号, assigned once every numbered document of the year is known.
    var documentNumber: DocumentNumber?
    /// The page's encoding.
    var encoding: PageEncoding
    /// How many attachments the body links to.
    var attachmentCount: Int
    /// Whether the last attachment's file is missing from the mirror.
    var missingAttachment = false
    /// Whether the article is split over two TRS files.
    var isSplit = false
    /// Whether the body hides spam links.
    var hasSpam = false
    /// Whether the item is reposted from another site.
    var isRepost: Bool
    /// A fixed item, if this is one.
    var pin: Pin?
}
