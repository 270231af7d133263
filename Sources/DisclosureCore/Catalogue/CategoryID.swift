/// The stable identifier of a catalogue node (目录节点标识), the value of an item's `category` field.
///
/// Identifiers form an open vocabulary: a bureau may add its own nodes, and the standard nodes of a county
/// education bureau are the `static let` constants below.
///
/// The scheme:
/// - an identifier is one or more *segments* joined by `/`; the segments are the path from the root, so a child's
///   identifier is its parent's identifier plus `/` plus one more segment (`budget/special-funds`);
/// - a segment is lowercase ASCII words (`a-z`, `0-9`) joined by single hyphens, an English name of the node
///   (`work-news`, `department-final-accounts`), never pinyin and never a number that encodes an order;
/// - once published, an identifier never changes: renaming a column changes its Chinese name and keeps its
///   identifier, and an old column name becomes a synonym. If a node is ever moved, it keeps its old identifier
///   (``Catalogue/lint()`` then reports that the prefix no longer names the parent).
public struct CategoryID: StringVocabulary, CodingKeyRepresentable {
    /// The identifier text, e.g. `education-info/enrollment-policy`.
    public let rawValue: String

    /// Wraps an identifier text as it is; ``isWellFormed`` says whether it follows the scheme.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps an identifier text as it is.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The segments of the identifier, root first: `["budget", "special-funds"]`.
    public var segments: [Substring] {
        rawValue.split(separator: "/", omittingEmptySubsequences: false)
    }

    /// The identifier that the scheme gives the parent: everything before the last `/`; nil for a root identifier.
    public var prefix: CategoryID? {
        guard let slash = rawValue.lastIndex(of: "/") else { return nil }
        return CategoryID(String(rawValue[..<slash]))
    }

    /// The identifier of a child of this node with the given segment, e.g. `budget` + `special-funds`.
    public func appending(_ segment: String) -> CategoryID {
        CategoryID(rawValue + "/" + segment)
    }

    /// Whether the identifier follows the scheme: non-empty segments of lowercase ASCII words joined by hyphens.
    public var isWellFormed: Bool {
        !rawValue.isEmpty && segments.allSatisfy(CategoryID.isWellFormedSegment)
    }

    /// Whether one segment is lowercase ASCII letters and digits in words joined by single hyphens.
    static func isWellFormedSegment(_ segment: Substring) -> Bool {
        guard let first = segment.first, let last = segment.last, first != "-", last != "-" else { return false }
        var previousWasHyphen = false
        for character in segment.utf8 {
            switch character {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }
}

// MARK: - The standard nodes of a county education bureau

extension CategoryID {
    // MARK: Portal columns named in the 2018 annual report

    /// 通知公告 — notices and announcements.
    public static let notices: CategoryID = "notices"
    /// 工作动态 — work news.
    public static let workNews: CategoryID = "work-news"
    /// 教育信息 — education information, the column that carries enrollment disclosure.
    public static let educationInfo: CategoryID = "education-info"
    /// 招生信息 — enrollment information (教育信息 › 招生信息).
    public static let enrollmentInfo: CategoryID = "education-info/enrollment-info"
    /// 录取信息 — admission information (教育信息 › 录取信息).
    public static let admissionInfo: CategoryID = "education-info/admission-info"
    /// 招生政策及程序 — enrollment policy and procedure (教育信息 › 招生政策及程序).
    public static let enrollmentPolicyAndProcedure: CategoryID = "education-info/enrollment-policy"
    /// 政策文件 — policy documents (also a top-level item of the compulsory-education guideline).
    public static let policyDocuments: CategoryID = "policy-documents"
    /// 规范性文件 — normative documents.
    public static let normativeDocuments: CategoryID = "policy-documents/normative"
    /// 政策解读 — policy interpretations.
    public static let policyInterpretations: CategoryID = "policy-documents/interpretations"
    /// 教育法律 — education laws (guideline second-level item).
    public static let educationLaws: CategoryID = "policy-documents/laws"
    /// 预算公开专栏 — the budget disclosure column.
    public static let budget: CategoryID = "budget"
    /// 部门预算 — the department budget.
    public static let departmentBudget: CategoryID = "budget/department-budget"
    /// 部门决算 — the department final accounts.
    public static let departmentFinalAccounts: CategoryID = "budget/department-final-accounts"
    /// 专项资金 — special funds.
    public static let specialFunds: CategoryID = "budget/special-funds"
    /// 转移支付资金 — transfer-payment funds.
    public static let transferPayments: CategoryID = "budget/transfer-payments"
    /// 三公经费 — the "three public expenses" (official travel abroad, vehicles, receptions).
    public static let threePublicExpenses: CategoryID = "budget/three-public-expenses"
    /// 政府文件 — government documents.
    public static let governmentDocuments: CategoryID = "government-documents"
    /// 督导报告 — county education supervision reports.
    public static let supervisionReports: CategoryID = "government-documents/supervision-reports"
    /// 均衡发展督导评估反馈 — feedback of the balanced-development supervision evaluation.
    public static let balancedDevelopmentFeedback: CategoryID = "government-documents/balanced-development"
    /// 改善薄弱学校办学条件 — improving the basic conditions of weak schools (全面改薄).
    public static let schoolConditions: CategoryID = "government-documents/school-conditions"
    /// 政府信息公开年报 — annual disclosure reports.
    public static let annualReports: CategoryID = "annual-reports"
    /// 依申请公开 — disclosure on request.
    public static let onRequest: CategoryID = "on-request"
    /// 政府信息公开制度 — disclosure rules of the bureau.
    public static let disclosureRules: CategoryID = "disclosure-rules"
    /// 政府信息公开指南 — the disclosure guide.
    public static let disclosureGuide: CategoryID = "disclosure-guide"

    // MARK: Items of the compulsory-education guideline (义务教育领域基层政务公开标准指引)

    /// 教育概况 — overview of education.
    public static let educationOverview: CategoryID = "education-overview"
    /// 教育事业发展主要情况 — main facts of educational development.
    public static let developmentOverview: CategoryID = "education-overview/development"
    /// 教育统计数据 — education statistics.
    public static let educationStatistics: CategoryID = "education-overview/statistics"
    /// 义务教育学校名录 — directory of compulsory-education schools.
    public static let schoolDirectory: CategoryID = "education-overview/school-directory"
    /// 学校介绍 — school profiles.
    public static let schoolProfiles: CategoryID = "education-overview/school-profiles"
    /// 民办学校信息 — private-school information.
    public static let privateSchools: CategoryID = "private-schools"
    /// 民办学校办学基本信息 — basic information on private schools.
    public static let privateSchoolBasicInfo: CategoryID = "private-schools/basic-info"
    /// 招生管理 — enrollment management.
    public static let enrollment: CategoryID = "enrollment"
    /// 招生政策 — enrollment policy.
    public static let enrollmentPolicy: CategoryID = "enrollment/policy"
    /// 招生计划 — enrollment plan.
    public static let enrollmentPlan: CategoryID = "enrollment/plan"
    /// 招生范围 — enrollment zones.
    public static let enrollmentZones: CategoryID = "enrollment/zones"
    /// 招生程序 — enrollment procedure.
    public static let enrollmentProcedure: CategoryID = "enrollment/procedure"
    /// 招生结果 — enrollment results.
    public static let enrollmentResults: CategoryID = "enrollment/results"
    /// 咨询及申诉渠道 — enquiry and complaint channels.
    public static let enrollmentChannels: CategoryID = "enrollment/channels"
    /// 学生管理 — student affairs.
    public static let studentAffairs: CategoryID = "student-affairs"
    /// 义务教育学生资助政策 — student financial aid policy.
    public static let studentFinancialAid: CategoryID = "student-affairs/financial-aid"
    /// 学籍管理 — student registration.
    public static let studentRegistration: CategoryID = "student-affairs/registration"
    /// 教师管理 — teacher management.
    public static let teachers: CategoryID = "teachers"
    /// 教师招聘 — teacher recruitment.
    public static let teacherRecruitment: CategoryID = "teachers/recruitment"
    /// 重要政策执行情况 — implementation of important policies.
    public static let policyImplementation: CategoryID = "policy-implementation"
    /// 教育督导公开 — education supervision disclosure.
    public static let supervision: CategoryID = "supervision"
    /// 校园安全 — campus safety.
    public static let campusSafety: CategoryID = "campus-safety"
    /// 校园安全制度/应急预案 — campus safety rules and emergency plans.
    public static let campusSafetyRules: CategoryID = "campus-safety/rules"
}
