public import DisclosureCore

/// One column (栏目) of the generated portal: its name as the pages show it, the catalogue node it maps to, and
/// the template it is rendered with.
public struct FixtureColumn: Hashable, Codable, Sendable {
    /// A short ASCII key, e.g. `tzgg` (通知公告).
    public var key: String
    /// The column name printed in breadcrumbs, list titles and `ColumnName` metas, e.g. `通知公告`.
    public var name: String
    /// The catalogue node a correct migration files the column's items under.
    public var category: CategoryID
    /// The page template.
    public var family: PageFamily
    /// The channel number of a ".dhtml" column (`75206`), or 0 for a TRS column.
    public var channel: Int
    /// The folder of a TRS column below the site root (`gzdt`, `xxgk/zcjd`); empty for ".dhtml" columns.
    public var folder: String
    /// The key of the parent column shown before it in breadcrumbs, if any.
    public var parentKey: String?

    /// Creates a column.
    public init(
        key: String, name: String, category: CategoryID, family: PageFamily, channel: Int = 0, folder: String = "",
        parentKey: String? = nil
    ) {
        self.key = key
        self.name = name
        self.category = category
        self.family = family
        self.channel = channel
        self.folder = folder
        self.parentKey = parentKey
    }

    /// The mirror path of the column's list page `page` (1-based), relative to the site folder.
    public func listPath(page: Int) -> String {
        switch family {
        case .dhtml, .dhtmlMeta:
            page == 1 ? "mwx/\(channel).news.list.dhtml" : "mwx/\(channel).news.list.dhtml?pageNum=\(page)"
        case .trs:
            page == 1 ? "\(folder)/index.html" : "\(folder)/index_\(page - 1).html"
        }
    }
}

extension FixtureColumn {
    /// The columns of 勐海县教育局's portal as the generator renders them, parents before children.
    ///
    /// Most columns use the classic ".dhtml" template; the document columns (政府文件, 规范性文件, 年报) use the
    /// post-2017 template with metas and a metadata table; 工作动态 and 政策解读 were moved to a TRS-style
    /// static section during a redesign. Several names are the portal's own words, not the catalogue's
    /// (招生考试, 义务教育均衡发展, 全面改薄): they map through the catalogue's synonyms.
    public static let menghaiColumns: [FixtureColumn] = [
        FixtureColumn(key: "tzgg", name: "通知公告", category: .notices, family: .dhtml, channel: 75206),
        FixtureColumn(key: "gzdt", name: "工作动态", category: .workNews, family: .trs, folder: "gzdt"),
        FixtureColumn(key: "jyxx", name: "教育信息", category: .educationInfo, family: .dhtml, channel: 75207),
        FixtureColumn(
            key: "zsks", name: "招生考试", category: .enrollmentInfo, family: .dhtml, channel: 75208, parentKey: "jyxx"
        ),
        FixtureColumn(
            key: "lqxx", name: "录取信息", category: .admissionInfo, family: .dhtml, channel: 75209, parentKey: "jyxx"),
        FixtureColumn(
            key: "zszc", name: "招生政策及程序", category: .enrollmentPolicyAndProcedure, family: .dhtml,
            channel: 75214, parentKey: "jyxx"),
        FixtureColumn(
            key: "zfwj", name: "政府文件", category: .governmentDocuments, family: .dhtmlMeta, channel: 75210),
        FixtureColumn(
            key: "ddbg", name: "督导报告", category: .supervisionReports, family: .dhtmlMeta, channel: 75215,
            parentKey: "zfwj"),
        FixtureColumn(
            key: "jhfz", name: "义务教育均衡发展", category: .balancedDevelopmentFeedback, family: .dhtmlMeta,
            channel: 75216, parentKey: "zfwj"),
        FixtureColumn(
            key: "qmgb", name: "全面改薄", category: .schoolConditions, family: .dhtmlMeta, channel: 75217,
            parentKey: "zfwj"),
        FixtureColumn(key: "zcjd", name: "政策解读", category: .policyInterpretations, family: .trs, folder: "xxgk/zcjd"),
        FixtureColumn(
            key: "gfxwj", name: "规范性文件", category: .normativeDocuments, family: .dhtmlMeta, channel: 75213),
        FixtureColumn(key: "yszl", name: "预算公开专栏", category: .budget, family: .dhtml, channel: 75212),
        FixtureColumn(
            key: "bmys", name: "部门预算", category: .departmentBudget, family: .dhtml, channel: 75218, parentKey: "yszl"),
        FixtureColumn(
            key: "bmjs", name: "部门决算", category: .departmentFinalAccounts, family: .dhtml, channel: 75219,
            parentKey: "yszl"),
        FixtureColumn(
            key: "zxzj", name: "专项资金", category: .specialFunds, family: .dhtml, channel: 75221, parentKey: "yszl"),
        FixtureColumn(
            key: "zyzf", name: "转移支付资金", category: .transferPayments, family: .dhtml, channel: 75222,
            parentKey: "yszl"),
        FixtureColumn(
            key: "sgjf", name: "三公经费", category: .threePublicExpenses, family: .dhtml, channel: 75223,
            parentKey: "yszl"),
        FixtureColumn(
            key: "ndbg", name: "政府信息公开年报", category: .annualReports, family: .dhtmlMeta, channel: 75224),
    ]
}
