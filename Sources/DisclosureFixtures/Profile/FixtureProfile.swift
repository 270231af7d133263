/// What a generated site holds: its year, its columns and how many items each gets, and how many of the traps
/// (missing attachments, split articles, hidden spam links, OA-only documents) it plants.
///
/// ``menghai2018`` reproduces every figure of 勐海县教育局's 2018 annual report; ``proportional(pages:year:)``
/// scales the same mix to any number of detail pages.
public struct FixtureProfile: Hashable, Codable, Sendable {
    /// The profile's name as the command line spells it: `menghai-2018` or `default`.
    public var name: String
    /// The reporting year: most items are published in it.
    public var year: Int
    /// The portal's columns, parents before children.
    public var columns: [FixtureColumn]
    /// The number of items per column.
    public var quotas: [ColumnQuota]
    /// Attachment links whose file was never saved in the mirror (a broken link a migration must report).
    public var missingAttachments: Int
    /// TRS articles split over two files (`x.html` + `x_1.html`).
    public var splitArticles: Int
    /// Pages whose body hides spam links (`display:none`, 1px fonts, off-screen boxes).
    public var hiddenSpamPages: Int
    /// The share of news items, in percent, reposted from another site (来源：云南省教育厅 …).
    public var repostPercent: Int
    /// The share of items, in percent, with at least one attachment.
    public var attachmentPercent: Int
    /// OA register rows 依申请公开 (never on the portal).
    public var onRequestDocuments: Int
    /// OA register rows 不予公开 with a reason in words (never on the portal).
    public var exemptDocuments: Int
    /// OA register rows with a 密级 (classified, 不予公开; never public).
    public var classifiedDocuments: Int
    /// OA register rows 主动公开 that were never put on the portal (items without a publication date).
    public var unpublishedProactiveDocuments: Int

    /// Creates a profile.
    public init(
        name: String, year: Int, columns: [FixtureColumn], quotas: [ColumnQuota], missingAttachments: Int,
        splitArticles: Int, hiddenSpamPages: Int, repostPercent: Int, attachmentPercent: Int,
        onRequestDocuments: Int, exemptDocuments: Int, classifiedDocuments: Int, unpublishedProactiveDocuments: Int
    ) {
        self.name = name
        self.year = year
        self.columns = columns
        self.quotas = quotas
        self.missingAttachments = missingAttachments
        self.splitArticles = splitArticles
        self.hiddenSpamPages = hiddenSpamPages
        self.repostPercent = repostPercent
        self.attachmentPercent = attachmentPercent
        self.onRequestDocuments = onRequestDocuments
        self.exemptDocuments = exemptDocuments
        self.classifiedDocuments = classifiedDocuments
        self.unpublishedProactiveDocuments = unpublishedProactiveDocuments
    }

    /// The number of detail items (both years).
    public var itemCount: Int { quotas.reduce(0) { $0 + $1.total } }

    /// The quota of a column; zero items when the profile does not name it.
    public func quota(for columnKey: String) -> ColumnQuota {
        quotas.first { $0.columnKey == columnKey } ?? ColumnQuota(columnKey: columnKey, inYear: 0)
    }

    // MARK: - The bureau's 2018 site

    /// The 2018 quotas: 23 规范性文件 + 5 政策解读 + 408 others = 436 items published in 2018, of which 招生信息 2,
    /// 录取信息 1, 招生政策及程序 9; and 9 items from late 2017.
    static let menghai2018Quotas: [ColumnQuota] = [
        ColumnQuota(columnKey: "tzgg", inYear: 150, priorYear: 3, documentNumberPercent: 25),
        ColumnQuota(columnKey: "gzdt", inYear: 140, priorYear: 3),
        ColumnQuota(columnKey: "jyxx", inYear: 40, priorYear: 1),
        ColumnQuota(columnKey: "zsks", inYear: 2),
        ColumnQuota(columnKey: "lqxx", inYear: 1),
        ColumnQuota(columnKey: "zszc", inYear: 9, priorYear: 1, documentNumberPercent: 30),
        ColumnQuota(columnKey: "zfwj", inYear: 12, documentNumberPercent: 70),
        ColumnQuota(columnKey: "ddbg", inYear: 8, documentNumberPercent: 50),
        ColumnQuota(columnKey: "jhfz", inYear: 5, documentNumberPercent: 40),
        ColumnQuota(columnKey: "qmgb", inYear: 6, documentNumberPercent: 40),
        ColumnQuota(columnKey: "zcjd", inYear: 5),
        ColumnQuota(columnKey: "gfxwj", inYear: 23, priorYear: 1, documentNumberPercent: 100),
        ColumnQuota(columnKey: "yszl", inYear: 2),
        ColumnQuota(columnKey: "bmys", inYear: 3),
        ColumnQuota(columnKey: "bmjs", inYear: 2),
        ColumnQuota(columnKey: "zxzj", inYear: 15, documentNumberPercent: 20),
        ColumnQuota(columnKey: "zyzf", inYear: 10, documentNumberPercent: 20),
        ColumnQuota(columnKey: "sgjf", inYear: 2),
        ColumnQuota(columnKey: "ndbg", inYear: 1),
    ]

    /// 勐海县教育局's 2018 portal as the annual report describes it (436 items published in 2018).
    public static let menghai2018 = FixtureProfile(
        name: "menghai-2018", year: 2018, columns: FixtureColumn.menghaiColumns, quotas: menghai2018Quotas,
        missingAttachments: 3, splitArticles: 3, hiddenSpamPages: 4, repostPercent: 12, attachmentPercent: 22,
        onRequestDocuments: 6, exemptDocuments: 5, classifiedDocuments: 3, unpublishedProactiveDocuments: 4)

    // MARK: - Any size

    /// The 2018 mix scaled to about `pages` detail pages for `year`.
    ///
    /// Each column gets its share of the 2018 site, rounded; when there are enough pages every column gets at
    /// least one item so every template and key area appears; the difference from `pages` goes to 通知公告 and
    /// 工作动态. About 2% of the items fall in the year before. Trap counts scale with the size (at least one each).
    public static func proportional(pages: Int, year: Int) -> FixtureProfile {
        let pages = max(pages, 1)
        let base = menghai2018Quotas
        let baseTotal = base.reduce(0) { $0 + $1.total }
        let everyColumn = pages >= base.count * 2
        var quotas: [ColumnQuota] = base.map { quota in
            var scaled = (quota.total * pages + baseTotal / 2) / baseTotal
            if everyColumn { scaled = max(scaled, 1) }
            let prior = scaled >= 20 ? max(1, scaled / 50) : 0
            return ColumnQuota(
                columnKey: quota.columnKey, inYear: scaled - prior, priorYear: prior,
                documentNumberPercent: quota.documentNumberPercent)
        }
        var difference = pages - quotas.reduce(0) { $0 + $1.total }
        var turn = 0
        while difference != 0 {
            // Alternate between the two big news columns; never take a column below zero.
            let index = turn % 2 == 0 ? 0 : 1
            turn += 1
            if difference > 0 {
                quotas[index].inYear += 1
                difference -= 1
            } else if quotas[index].inYear > 0 {
                quotas[index].inYear -= 1
                difference += 1
            } else if turn > 4, let other = quotas.indices.first(where: { quotas[$0].inYear > 0 }) {
                quotas[other].inYear -= 1
                difference += 1
            }
        }
        func scaled(per: Int) -> Int { max(1, pages / per) }
        return FixtureProfile(
            name: "default", year: year, columns: FixtureColumn.menghaiColumns, quotas: quotas,
            missingAttachments: scaled(per: 150), splitArticles: scaled(per: 150),
            hiddenSpamPages: scaled(per: 110), repostPercent: 12, attachmentPercent: 22,
            onRequestDocuments: scaled(per: 75), exemptDocuments: scaled(per: 90),
            classifiedDocuments: scaled(per: 150), unpublishedProactiveDocuments: scaled(per: 110))
    }

    /// The profile a command-line name stands for: `menghai-2018` (its year is fixed) or `default`.
    public static func named(_ name: String, pages: Int, year: Int) -> FixtureProfile? {
        switch name {
        case "menghai-2018": menghai2018
        case "default": proportional(pages: pages, year: year)
        default: nil
        }
    }
}
