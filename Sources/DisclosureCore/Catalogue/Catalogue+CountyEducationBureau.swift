extension Catalogue {
    /// The standard catalogue of a county education bureau (县级教育局政府信息公开目录).
    ///
    /// Built from two sources:
    /// - the portal columns named in 勐海县教育局's 2018 annual report: 通知公告, 工作动态, 教育信息 (招生信息,
    ///   录取信息, 招生政策及程序), 政策文件 (规范性文件, 政策解读), 预算公开专栏 (部门预算, 部门决算, 专项资金,
    ///   转移支付资金, 三公经费), 政府文件 (督导报告, 均衡发展督导评估反馈, 改善薄弱学校办学条件),
    ///   政府信息公开年报, 依申请公开, 政府信息公开制度, 政府信息公开指南;
    /// - the first- and second-level items of the compulsory-education guideline (义务教育领域基层政务公开标准指引,
    ///   2019): 政策文件 (shared with the portal column; adds 教育法律), 教育概况, 民办学校信息, 财务信息 (a synonym of
    ///   预算公开专栏, where the bureau discloses it), 招生管理, 学生管理, 教师管理, 重要政策执行情况, 教育督导公开,
    ///   校园安全. Second-level items marked unverified in DOMAIN.md §4 are included and say so in their description.
    ///
    /// Roles: 规范性文件 carries ``CategoryRole/normativeDocument``, 政策解读 ``CategoryRole/policyInterpretation``.
    /// Key areas: 预算公开专栏 is ``KeyArea/budget``; 招生信息, 录取信息, 招生政策及程序 and 招生管理 are
    /// ``KeyArea/enrollment`` (教育信息 itself is not: it also carries general news).
    public static let countyEducationBureau: Catalogue = {
        do {
            return try Catalogue(name: "县级教育局政府信息公开目录", categories: countyEducationBureauCategories)
        } catch {
            fatalError("the built-in county education bureau catalogue is invalid: \(error)")
        }
    }()

    private static let unverified = "Guideline second-level item not verified against the published text."

    private static var countyEducationBureauCategories: [Category] {
        [
            // MARK: Portal columns of the 2018 report
            Category(
                id: .notices, name: "通知公告",
                synonyms: ["公告通知", "通知通告", "通知公示", "公示公告", "公告公示", "通知", "公告", "公示", "通告"]),
            Category(
                id: .workNews, name: "工作动态",
                synonyms: ["工作信息", "教育动态", "教育新闻", "新闻动态", "动态信息", "要闻动态", "工作要闻", "部门动态"]),
            Category(
                id: .educationInfo, name: "教育信息", synonyms: ["教育资讯"],
                description: "The column through which the bureau publishes enrollment information (招生\"阳光工程\")."),
            Category(
                id: .enrollmentInfo, name: "招生信息", parent: .educationInfo,
                synonyms: ["招生考试", "招生工作", "招考信息", "招生公告"], keyArea: .enrollment),
            Category(
                id: .admissionInfo, name: "录取信息", parent: .educationInfo,
                synonyms: ["录取结果", "录取公示", "录取名单"], keyArea: .enrollment),
            Category(
                id: .enrollmentPolicyAndProcedure, name: "招生政策及程序", parent: .educationInfo,
                synonyms: ["招生政策与程序", "招生政策和程序"], keyArea: .enrollment),
            Category(
                id: .policyDocuments, name: "政策文件", synonyms: ["政策法规", "政策文件专栏"],
                description: "A portal column and the guideline's first-level item 政策文件."),
            Category(
                id: .normativeDocuments, name: "规范性文件", parent: .policyDocuments,
                synonyms: ["行政规范性文件", "规范文件", "规范性文件专栏"], roles: [.normativeDocument]),
            Category(
                id: .policyInterpretations, name: "政策解读", parent: .policyDocuments,
                synonyms: ["相关政策解读", "政策解答", "解读", "文件解读", "解读回应", "政策解读与回应"],
                roles: [.policyInterpretation]),
            Category(
                id: .educationLaws, name: "教育法律", parent: .policyDocuments,
                synonyms: ["教育法律法规", "法律法规", "法规"]),
            Category(
                id: .budget, name: "预算公开专栏",
                synonyms: [
                    "预算公开", "财政预决算", "财政预决算公开", "预决算公开", "预决算", "预决算信息", "财政信息", "财政资金",
                    "财务信息",
                ],
                description: "Budget and final accounts, and the funds disclosed stage by stage; also the guideline's "
                    + "财务信息.",
                keyArea: .budget),
            Category(
                id: .departmentBudget, name: "部门预算", parent: .budget, synonyms: ["部门预算公开", "预算信息"]),
            Category(
                id: .departmentFinalAccounts, name: "部门决算", parent: .budget, synonyms: ["部门决算公开", "决算信息"]),
            Category(
                id: .specialFunds, name: "专项资金", parent: .budget,
                synonyms: ["专项资金公开", "专项经费", "专项资金管理"]),
            Category(
                id: .transferPayments, name: "转移支付资金", parent: .budget, synonyms: ["转移支付", "转移支付资金公开"]),
            Category(
                id: .threePublicExpenses, name: "三公经费", parent: .budget, synonyms: ["三公经费公开", "三公经费预决算"]),
            Category(id: .governmentDocuments, name: "政府文件", synonyms: ["政府文件专栏", "政府文件公开"]),
            Category(
                id: .supervisionReports, name: "督导报告", parent: .governmentDocuments,
                synonyms: ["教育督导报告", "县级教育督导报告", "督导评估报告"]),
            Category(
                id: .balancedDevelopmentFeedback, name: "均衡发展督导评估反馈", parent: .governmentDocuments,
                synonyms: ["义务教育均衡发展督导评估反馈意见", "均衡发展督导评估反馈意见", "义务教育均衡发展", "均衡发展"]),
            Category(
                id: .schoolConditions, name: "改善薄弱学校办学条件", parent: .governmentDocuments,
                synonyms: [
                    "全面改善贫困地区义务教育薄弱学校基本办学条件", "改善贫困地区义务教育薄弱学校基本办学条件",
                    "改善薄弱学校基本办学条件", "全面改薄", "改薄",
                ]),
            Category(
                id: .annualReports, name: "政府信息公开年报",
                synonyms: ["政府信息公开年度报告", "政府信息公开工作年度报告", "信息公开年报", "年度报告", "公开年报", "年报"]),
            Category(id: .onRequest, name: "依申请公开", synonyms: ["依申请", "申请公开"]),
            Category(
                id: .disclosureRules, name: "政府信息公开制度", synonyms: ["信息公开制度", "公开制度", "政务公开制度"]),
            Category(
                id: .disclosureGuide, name: "政府信息公开指南",
                synonyms: ["信息公开指南", "公开指南", "政务公开指南", "依申请公开指南"]),

            // MARK: Compulsory-education guideline items
            Category(id: .educationOverview, name: "教育概况", synonyms: ["教育基本情况"]),
            Category(
                id: .developmentOverview, name: "教育事业发展主要情况", parent: .educationOverview,
                synonyms: ["教育事业发展情况", "事业发展"]),
            Category(
                id: .educationStatistics, name: "教育统计数据", parent: .educationOverview,
                synonyms: ["教育统计", "统计数据", "统计信息"]),
            Category(
                id: .schoolDirectory, name: "义务教育学校名录", parent: .educationOverview, synonyms: ["学校名录"]),
            Category(
                id: .schoolProfiles, name: "学校介绍", parent: .educationOverview, synonyms: ["学校简介", "学校概况"],
                description: "Placed under 教育概况 by this library; the guideline's placement is not verified."),
            Category(id: .privateSchools, name: "民办学校信息", synonyms: ["民办教育", "民办学校"]),
            Category(
                id: .privateSchoolBasicInfo, name: "民办学校办学基本信息", parent: .privateSchools,
                synonyms: ["民办学校基本信息"]),
            Category(
                id: .enrollment, name: "招生管理", synonyms: ["招生入学", "义务教育招生", "招生入学工作"],
                keyArea: .enrollment),
            Category(id: .enrollmentPolicy, name: "招生政策", parent: .enrollment, synonyms: ["入学政策"]),
            Category(id: .enrollmentPlan, name: "招生计划", parent: .enrollment),
            Category(
                id: .enrollmentZones, name: "招生范围", parent: .enrollment, synonyms: ["划片范围", "学区划分", "招生片区"]),
            Category(
                id: .enrollmentProcedure, name: "招生程序", parent: .enrollment,
                synonyms: ["招生流程", "入学流程", "报名流程"], description: unverified),
            Category(
                id: .enrollmentResults, name: "招生结果", parent: .enrollment, synonyms: ["入学结果"],
                description: unverified),
            Category(
                id: .enrollmentChannels, name: "咨询及申诉渠道", parent: .enrollment,
                synonyms: ["咨询申诉渠道", "招生咨询"], description: unverified),
            Category(id: .studentAffairs, name: "学生管理"),
            Category(
                id: .studentFinancialAid, name: "义务教育学生资助政策", parent: .studentAffairs,
                synonyms: ["学生资助政策", "学生资助", "资助政策"]),
            Category(id: .studentRegistration, name: "学籍管理", parent: .studentAffairs, description: unverified),
            Category(id: .teachers, name: "教师管理", synonyms: ["教师队伍"]),
            Category(
                id: .teacherRecruitment, name: "教师招聘", parent: .teachers, synonyms: ["教师招考", "招聘信息", "人事招聘"],
                description: unverified),
            Category(id: .policyImplementation, name: "重要政策执行情况", synonyms: ["政策执行情况"]),
            Category(id: .supervision, name: "教育督导公开", synonyms: ["教育督导", "督导公开"]),
            Category(id: .campusSafety, name: "校园安全", synonyms: ["平安校园"]),
            Category(
                id: .campusSafetyRules, name: "校园安全制度", parent: .campusSafety,
                synonyms: ["校园安全应急预案", "应急预案"], description: unverified),
        ]
    }
}
