public import DisclosureCore

/// The figures of the year's annual report that a correct migration of the generated site reproduces.
///
/// For the `menghai-2018` profile they are the seed report's: 436 items, 23 规范性文件, 5 政策解读, 408 others;
/// 招生信息 2, 录取信息 1, 招生政策及程序 9; no requests; the work plan issued on 2018-01-16.
public struct ReportFigures: Hashable, Codable, Sendable {
    /// The reporting year.
    public var year: Int
    /// Items proactively published on the portal in the year (主动公开政府信息).
    public var proactiveTotal: Int
    /// Of which 规范性文件.
    public var normativeDocuments: Int
    /// Of which 政策解读.
    public var policyInterpretations: Int
    /// The others (通知公告, 工作动态, 教育信息 …).
    public var others: Int
    /// 招生信息 items.
    public var enrollmentInfo: Int
    /// 录取信息 items.
    public var admissionInfo: Int
    /// 招生政策及程序 items.
    public var enrollmentPolicyAndProcedure: Int
    /// Items of the 预算公开专栏 and its sub-columns.
    public var budgetItems: Int
    /// 依申请公开 requests received (the site has none).
    public var requestsReceived: Int
    /// When the year's 政务公开工作要点 was issued, when the site has it.
    public var workPlanIssuedAt: CivilDate?

    /// Creates the figures.
    public init(
        year: Int, proactiveTotal: Int, normativeDocuments: Int, policyInterpretations: Int, others: Int,
        enrollmentInfo: Int, admissionInfo: Int, enrollmentPolicyAndProcedure: Int, budgetItems: Int,
        requestsReceived: Int, workPlanIssuedAt: CivilDate?
    ) {
        self.year = year
        self.proactiveTotal = proactiveTotal
        self.normativeDocuments = normativeDocuments
        self.policyInterpretations = policyInterpretations
        self.others = others
        self.enrollmentInfo = enrollmentInfo
        self.admissionInfo = admissionInfo
        self.enrollmentPolicyAndProcedure = enrollmentPolicyAndProcedure
        self.budgetItems = budgetItems
        self.requestsReceived = requestsReceived
        self.workPlanIssuedAt = workPlanIssuedAt
    }
}
