/// The budget column's checklist (预算公开专栏核对清单): each fund × the stages disclosed for it.
///
/// The 2018 report says the bureau disclosed its 部门预算 and 部门决算, and disclosed 专项资金 and 转移支付资金
/// across five stages: 制度办法 · 申报流程 · 评审公示 · 分配结果 · 绩效评价. ``standard`` encodes exactly that;
/// funds, stages and keywords are data, so a bureau can change them (and a site profile can carry them as JSON).
///
/// Classification of a candidate, per dimension (fund, then stage):
/// 1. the explicit field (`fund` / `stage`), by identifier or Chinese name; an unknown value is reported as
///    `checklist.unknown-fund` / `checklist.unknown-stage` and the next steps are tried;
/// 2. the category: the candidate's category is, or lies below, the fund's (stage's) `category`;
/// 3. title keywords: every fund (stage) whose keyword occurs in the normalised title — only when the
///    candidate's category is in the budget key area or its title contains a ``scopeKeywords`` entry, and its
///    title contains no ``exclusionKeywords`` entry.
///
/// A candidate with a fund but no stage, for a fund that has stages, counts for nothing and is reported as
/// `checklist.no-stage` (info).
public struct BudgetChecklist: Hashable, Codable, Sendable {
    /// The funds, in report order.
    public var funds: [BudgetFund]
    /// The stages, in report order.
    public var stages: [BudgetStage]
    /// Words a title must contain for title keywords to apply to an item filed outside the budget key area.
    public var scopeKeywords: [String]
    /// Words that stop title keywords from applying at all; none by default.
    public var exclusionKeywords: [String]

    /// Creates a checklist.
    public init(
        funds: [BudgetFund], stages: [BudgetStage], scopeKeywords: [String] = BudgetChecklist.defaultScopeKeywords,
        exclusionKeywords: [String] = []
    ) {
        self.funds = funds
        self.stages = stages
        self.scopeKeywords = scopeKeywords
        self.exclusionKeywords = exclusionKeywords
    }

    /// The default scope keywords: 预算, 决算, 资金, 经费, 转移支付, 财政.
    public static let defaultScopeKeywords = ["预算", "决算", "资金", "经费", "转移支付", "财政"]

    /// The five stages of the 2018 report with their title keywords:
    ///
    /// | id | stage | keywords |
    /// |---|---|---|
    /// | `rules` | 制度办法 | 制度, 办法, 细则, 规定 |
    /// | `application` | 申报流程 | 申报, 申请, 流程, 指南 |
    /// | `review` | 评审公示 | 评审, 审核结果, 拟立项, 拟安排, 入围 |
    /// | `allocation` | 分配结果 | 分配, 下达, 拨付, 安排情况, 使用情况 |
    /// | `performance` | 绩效评价 | 绩效 |
    public static let standardStages = [
        BudgetStage(id: "rules", name: "制度办法", keywords: ["制度", "办法", "细则", "规定"]),
        BudgetStage(id: "application", name: "申报流程", keywords: ["申报", "申请", "流程", "指南"]),
        BudgetStage(id: "review", name: "评审公示", keywords: ["评审", "审核结果", "拟立项", "拟安排", "入围"]),
        BudgetStage(id: "allocation", name: "分配结果", keywords: ["分配", "下达", "拨付", "安排情况", "使用情况"]),
        BudgetStage(id: "performance", name: "绩效评价", keywords: ["绩效"]),
    ]

    /// The four funds of the 2018 report with their categories and title keywords:
    ///
    /// | id | fund | category | stages | keywords |
    /// |---|---|---|---|---|
    /// | `department-budget` | 部门预算 | `budget/department-budget` | none (disclosed whole) | 部门预算, 单位预算, 部门预决算, 预算公开, 预决算公开 |
    /// | `department-final-accounts` | 部门决算 | `budget/department-final-accounts` | none | 部门决算, 单位决算, 部门预决算, 决算公开, 预决算公开 |
    /// | `special-funds` | 专项资金 | `budget/special-funds` | all five | 专项资金, 专项经费, 专项补助, 项目资金 |
    /// | `transfer-payments` | 转移支付资金 | `budget/transfer-payments` | all five | 转移支付 |
    public static let standardFunds = [
        BudgetFund(
            id: "department-budget", name: "部门预算", category: .departmentBudget,
            keywords: ["部门预算", "单位预算", "部门预决算", "预算公开", "预决算公开"], stageIDs: []),
        BudgetFund(
            id: "department-final-accounts", name: "部门决算", category: .departmentFinalAccounts,
            keywords: ["部门决算", "单位决算", "部门预决算", "决算公开", "预决算公开"], stageIDs: []),
        BudgetFund(
            id: "special-funds", name: "专项资金", category: .specialFunds,
            keywords: ["专项资金", "专项经费", "专项补助", "项目资金"]),
        BudgetFund(id: "transfer-payments", name: "转移支付资金", category: .transferPayments, keywords: ["转移支付"]),
    ]

    /// The checklist of the 2018 report: ``standardFunds`` × ``standardStages``.
    public static let standard = BudgetChecklist(funds: standardFunds, stages: standardStages)

    /// The identifiers of the requirements in report order: a stage-less fund alone (`department-budget`), else
    /// one per stage (`special-funds/allocation`, labelled `专项资金 · 分配结果` in reports).
    public var requirementIDs: [String] { requirements.map(\.id) }

    private var requirements: [(id: String, label: String)] {
        funds.flatMap { fund -> [(id: String, label: String)] in
            let applicable = stages(of: fund)
            if applicable.isEmpty { return [(fund.id, fund.name)] }
            return applicable.map { ("\(fund.id)/\($0.id)", "\(fund.name) · \($0.name)") }
        }
    }

    /// The stages disclosed for a fund, in checklist order.
    public func stages(of fund: BudgetFund) -> [BudgetStage] {
        guard let ids = fund.stageIDs else { return stages }
        return stages.filter { ids.contains($0.id) }
    }

    // MARK: - Coverage

    /// The coverage of one year: the candidates published in `year` that count for each requirement.
    ///
    /// Pass the catalogue the candidates' categories come from, so that items filed below a fund's node count
    /// and the budget key area is known; without it, only exact categories count.
    public func coverage(of candidates: [ChecklistCandidate], year: Int, catalogue: Catalogue? = nil) -> CoverageReport
    {
        var diagnostics: [Diagnostic] = []
        let classified = candidates.map { candidate in
            (
                candidate,
                classify(candidate, matching: ChecklistMatching(catalogue: catalogue), diagnostics: &diagnostics)
            )
        }
        return CoverageReport.build(
            checklist: "budget", title: "预算公开专栏", year: year, requirements: requirements,
            classified: classified.filter { $0.0.publishedAt == nil || $0.0.publishedAt?.year == year },
            diagnostics: diagnostics)
    }

    /// One report per year in which any candidate was published, oldest first.
    public func yearlyCoverage(of candidates: [ChecklistCandidate], catalogue: Catalogue? = nil) -> [CoverageReport] {
        ChecklistMatching.publicationYears(of: candidates).map {
            coverage(of: candidates, year: $0, catalogue: catalogue)
        }
    }

    /// The requirements one candidate counts for (by identifier), with the reasons; empty when it counts for none.
    /// Ignores the publication date.
    public func classify(_ candidate: ChecklistCandidate, catalogue: Catalogue? = nil) -> [String: [CoverageReason]] {
        var ignored: [Diagnostic] = []
        return ChecklistMatching.reasonsByRequirement(
            classify(candidate, matching: ChecklistMatching(catalogue: catalogue), diagnostics: &ignored))
    }

    private func classify(
        _ candidate: ChecklistCandidate, matching: ChecklistMatching, diagnostics: inout [Diagnostic]
    ) -> [(requirementID: String, reasons: [CoverageReason])] {
        let inScope = matching.inScope(
            candidate, area: .budget, scopeKeywords: scopeKeywords, exclusionKeywords: exclusionKeywords)
        let fundMatches = decide(
            "fund", entries: funds.map { ($0.id, $0.name, $0.category, $0.keywords) }, explicit: candidate.fund,
            candidate: candidate, inScope: inScope, matching: matching, diagnostics: &diagnostics)
        guard !fundMatches.isEmpty else { return [] }
        let stageMatches = decide(
            "stage", entries: stages.map { ($0.id, $0.name, $0.category, $0.keywords) }, explicit: candidate.stage,
            candidate: candidate, inScope: inScope, matching: matching, diagnostics: &diagnostics)
        var covers: [(requirementID: String, reasons: [CoverageReason])] = []
        for (fundID, fundReason) in fundMatches {
            guard let fund = funds.first(where: { $0.id == fundID }) else { continue }
            let applicable = stages(of: fund)
            if applicable.isEmpty {
                covers.append((fund.id, [fundReason]))
                continue
            }
            let matched = applicable.compactMap { stage in
                stageMatches.first { $0.id == stage.id }.map { (stage, $0.reason) }
            }
            if matched.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .info, code: "checklist.no-stage",
                        message: "'\(candidate.title)' is about \(fund.name) but names none of its stages",
                        element: candidate.id, field: "stage"))
            }
            for (stage, stageReason) in matched {
                covers.append(("\(fund.id)/\(stage.id)", [fundReason, stageReason]))
            }
        }
        return covers
    }

    /// Decides one dimension: explicit field, else category, else title keywords (when in scope).
    private func decide(
        _ dimension: String, entries: [(id: String, name: String, category: CategoryID?, keywords: [String])],
        explicit: String?, candidate: ChecklistCandidate, inScope: Bool, matching: ChecklistMatching,
        diagnostics: inout [Diagnostic]
    ) -> [(id: String, reason: CoverageReason)] {
        if let explicit, !explicit.allSatisfy(\.isWhitespace) {
            if let entry = entries.first(where: { matching.names(explicit, id: $0.id, name: $0.name) }) {
                return [(entry.id, CoverageReason(dimension: dimension, method: .explicitField, evidence: explicit))]
            }
            diagnostics.append(
                Diagnostic(
                    .warning, code: "checklist.unknown-\(dimension)",
                    message: "'\(explicit)' is not a \(dimension) of the budget checklist; "
                        + "classifying '\(candidate.title)' by category and title instead",
                    element: candidate.id, field: dimension))
        }
        if let category = candidate.category {
            let byCategory = entries.filter { entry in
                entry.category.map { matching.category(category, isWithin: $0) } ?? false
            }
            if !byCategory.isEmpty {
                return byCategory.map {
                    ($0.id, CoverageReason(dimension: dimension, method: .category, evidence: category.rawValue))
                }
            }
        }
        guard inScope else { return [] }
        return entries.compactMap { entry in
            matching.firstKeyword(entry.keywords, in: candidate.title).map {
                (entry.id, CoverageReason(dimension: dimension, method: .titleKeyword, evidence: $0))
            }
        }
    }
}
