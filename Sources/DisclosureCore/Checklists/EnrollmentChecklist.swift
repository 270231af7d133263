/// The enrollment disclosure checklist (招生信息公开核对清单): the county bureau's items of the 十公开 rule and of
/// the compulsory-education guideline.
///
/// Classification of a candidate:
/// 1. the explicit `requirement` field, by identifier or Chinese name; an unknown value is reported as
///    `checklist.unknown-requirement` and the next steps are tried;
/// 2. the category: the candidate's category is, or lies below, one of a requirement's `categories` (only the
///    specific guideline nodes are tied to requirements; the portal columns 招生信息, 录取信息 and 招生政策及程序
///    hold several kinds of item, so their items go on to step 3);
/// 3. title keywords: every requirement whose keyword occurs in the normalised title (an item may meet several)
///    — only when the candidate's category is in the enrollment key area or its title contains a
///    ``scopeKeywords`` entry, and its title contains no ``exclusionKeywords`` entry.
public struct EnrollmentChecklist: Hashable, Codable, Sendable {
    /// The requirements, in report order.
    public var requirements: [EnrollmentRequirement]
    /// Words a title must contain for title keywords to apply to an item filed outside the enrollment key area.
    public var scopeKeywords: [String]
    /// Words that stop title keywords from applying at all.
    public var exclusionKeywords: [String]

    /// Creates a checklist.
    public init(
        requirements: [EnrollmentRequirement], scopeKeywords: [String] = EnrollmentChecklist.defaultScopeKeywords,
        exclusionKeywords: [String] = EnrollmentChecklist.defaultExclusionKeywords
    ) {
        self.requirements = requirements
        self.scopeKeywords = scopeKeywords
        self.exclusionKeywords = exclusionKeywords
    }

    /// The default scope keywords: 招生, 录取, 入学, 中考, 小升初, 新生.
    public static let defaultScopeKeywords = ["招生", "录取", "入学", "中考", "小升初", "新生"]

    /// The default exclusion keywords: 招聘 (teacher recruitment notices also speak of 报名, 资格审查 and 拟录取).
    public static let defaultExclusionKeywords = ["招聘"]

    /// The requirements of a county education bureau, from the 2018 report's list, 十公开 and the guideline:
    ///
    /// | id | requirement | basis | category | keywords |
    /// |---|---|---|---|---|
    /// | `policy` | 招生政策 | 十公开, 指引 | `enrollment/policy` | 招生政策, 入学政策, 招生工作方案, 招生工作实施方案, 招生实施方案, 招生方案, 招生工作意见, 招生办法, 招生入学工作 |
    /// | `institution-eligibility` | 招生资格 | 2018年报 | — | 招生资格 |
    /// | `charter` | 招生章程 | 2018年报 | — | 招生章程, 招生简章 |
    /// | `plan` | 招生计划 | 十公开, 指引 | `enrollment/plan` | 招生计划, 计划数, 招生人数, 招生规模 |
    /// | `zones` | 招生范围 | 指引 | `enrollment/zones` | 招生范围, 划片, 学区, 服务区, 片区 |
    /// | `procedure` | 招生程序 | 指引 | `enrollment/procedure` | 招生程序, 招生流程, 入学流程, 报名, 时间安排 |
    /// | `candidate-eligibility` | 考生资格 | 十公开 | — | 考生资格, 报考资格, 报考条件, 加分, 照顾, 资格审查, 资格审核 |
    /// | `admission-procedure` | 录取程序 | 十公开 | — | 录取程序, 录取办法, 录取原则, 录取流程, 录取工作 |
    /// | `admission-results` | 录取结果 | 十公开 | `enrollment/results` | 录取结果, 录取名单, 录取情况, 拟录取, 录取公示, 招生结果 |
    /// | `channels` | 咨询及申诉渠道 | 十公开, 指引 | `enrollment/channels` | 咨询电话, 咨询及申诉, 申诉, 举报电话, 监督电话, 咨询方式 |
    /// | `violations` | 重大违规事件及处理结果 | 十公开 | — | 违规, 违纪, 查处, 舞弊, 作弊 |
    /// | `recheck` | 录取新生复查结果 | 十公开 | — | 复查 |
    public static let countyRequirements = [
        EnrollmentRequirement(
            id: "policy", name: "招生政策", basis: ["十公开", "义务教育指引"], categories: [.enrollmentPolicy],
            keywords: [
                "招生政策", "入学政策", "招生工作方案", "招生工作实施方案", "招生实施方案", "招生方案", "招生工作意见", "招生办法",
                "招生入学工作",
            ]),
        EnrollmentRequirement(id: "institution-eligibility", name: "招生资格", basis: ["2018年报"], keywords: ["招生资格"]),
        EnrollmentRequirement(id: "charter", name: "招生章程", basis: ["2018年报"], keywords: ["招生章程", "招生简章"]),
        EnrollmentRequirement(
            id: "plan", name: "招生计划", basis: ["十公开", "义务教育指引"], categories: [.enrollmentPlan],
            keywords: ["招生计划", "计划数", "招生人数", "招生规模"]),
        EnrollmentRequirement(
            id: "zones", name: "招生范围", basis: ["义务教育指引"], categories: [.enrollmentZones],
            keywords: ["招生范围", "划片", "学区", "服务区", "片区"]),
        EnrollmentRequirement(
            id: "procedure", name: "招生程序", basis: ["义务教育指引"], categories: [.enrollmentProcedure],
            keywords: ["招生程序", "招生流程", "入学流程", "报名", "时间安排"]),
        EnrollmentRequirement(
            id: "candidate-eligibility", name: "考生资格", basis: ["十公开"],
            keywords: ["考生资格", "报考资格", "报考条件", "加分", "照顾", "资格审查", "资格审核"]),
        EnrollmentRequirement(
            id: "admission-procedure", name: "录取程序", basis: ["十公开"],
            keywords: ["录取程序", "录取办法", "录取原则", "录取流程", "录取工作"]),
        EnrollmentRequirement(
            id: "admission-results", name: "录取结果", basis: ["十公开"], categories: [.enrollmentResults],
            keywords: ["录取结果", "录取名单", "录取情况", "拟录取", "录取公示", "招生结果"]),
        EnrollmentRequirement(
            id: "channels", name: "咨询及申诉渠道", basis: ["十公开", "义务教育指引"], categories: [.enrollmentChannels],
            keywords: ["咨询电话", "咨询及申诉", "申诉", "举报电话", "监督电话", "咨询方式"]),
        EnrollmentRequirement(
            id: "violations", name: "重大违规事件及处理结果", basis: ["十公开"],
            keywords: ["违规", "违纪", "查处", "舞弊", "作弊"]),
        EnrollmentRequirement(id: "recheck", name: "录取新生复查结果", basis: ["十公开"], keywords: ["复查"]),
    ]

    /// The checklist of a county education bureau: ``countyRequirements``.
    public static let countyEducationBureau = EnrollmentChecklist(requirements: countyRequirements)

    /// The identifiers of the requirements in report order.
    public var requirementIDs: [String] { requirements.map(\.id) }

    // MARK: - Coverage

    /// The coverage of one year: the candidates published in `year` that meet each requirement.
    ///
    /// Pass the catalogue the candidates' categories come from, so that items filed below a requirement's node
    /// count and the enrollment key area is known; without it, only exact categories count.
    public func coverage(of candidates: [ChecklistCandidate], year: Int, catalogue: Catalogue? = nil) -> CoverageReport
    {
        var diagnostics: [Diagnostic] = []
        let matching = ChecklistMatching(catalogue: catalogue)
        let classified = candidates.filter { $0.publishedAt == nil || $0.publishedAt?.year == year }.map {
            ($0, classify($0, matching: matching, diagnostics: &diagnostics))
        }
        return CoverageReport.build(
            checklist: "enrollment", title: "招生信息公开", year: year,
            requirements: requirements.map { ($0.id, $0.name) }, classified: classified, diagnostics: diagnostics)
    }

    /// One report per year in which any candidate was published, oldest first.
    public func yearlyCoverage(of candidates: [ChecklistCandidate], catalogue: Catalogue? = nil) -> [CoverageReport] {
        ChecklistMatching.publicationYears(of: candidates).map {
            coverage(of: candidates, year: $0, catalogue: catalogue)
        }
    }

    /// The requirements one candidate meets (by identifier), with the reasons; empty when it meets none.
    /// Ignores the publication date.
    public func classify(_ candidate: ChecklistCandidate, catalogue: Catalogue? = nil) -> [String: [CoverageReason]] {
        var ignored: [Diagnostic] = []
        return ChecklistMatching.reasonsByRequirement(
            classify(candidate, matching: ChecklistMatching(catalogue: catalogue), diagnostics: &ignored))
    }

    private func classify(
        _ candidate: ChecklistCandidate, matching: ChecklistMatching, diagnostics: inout [Diagnostic]
    ) -> [(requirementID: String, reasons: [CoverageReason])] {
        if let explicit = candidate.requirement, !explicit.allSatisfy(\.isWhitespace) {
            if let requirement = requirements.first(where: { matching.names(explicit, id: $0.id, name: $0.name) }) {
                return [
                    (
                        requirement.id,
                        [CoverageReason(dimension: "requirement", method: .explicitField, evidence: explicit)]
                    )
                ]
            }
            diagnostics.append(
                Diagnostic(
                    .warning, code: "checklist.unknown-requirement",
                    message: "'\(explicit)' is not a requirement of the enrollment checklist; "
                        + "classifying '\(candidate.title)' by category and title instead",
                    element: candidate.id, field: "requirement"))
        }
        if let category = candidate.category {
            let byCategory = requirements.filter { requirement in
                requirement.categories.contains { matching.category(category, isWithin: $0) }
            }
            if !byCategory.isEmpty {
                return byCategory.map {
                    ($0.id, [CoverageReason(dimension: "requirement", method: .category, evidence: category.rawValue)])
                }
            }
        }
        guard
            matching.inScope(
                candidate, area: .enrollment, scopeKeywords: scopeKeywords, exclusionKeywords: exclusionKeywords)
        else { return [] }
        return requirements.compactMap { requirement in
            matching.firstKeyword(requirement.keywords, in: candidate.title).map {
                (requirement.id, [CoverageReason(dimension: "requirement", method: .titleKeyword, evidence: $0)])
            }
        }
    }
}
