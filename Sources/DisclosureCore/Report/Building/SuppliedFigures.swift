/// Figures a report needs that the archive does not hold: decisions of 行政许可/行政处罚/行政强制, fees, procurement,
/// and repeals of 规范性文件 (the item model has no repeal date).
///
/// A figure not supplied is written as an explicit 0 in generated tables (and the builder says so in its
/// diagnostics for the repeal counts, which it can sometimes derive instead).
public struct SuppliedFigures: Hashable, Codable, Sendable {
    /// The figures of one matter row of section 二 (行政许可, 行政处罚, …); each may be absent.
    public struct Matter: Hashable, Codable, Sendable {
        /// 上一年项目数量 — the number of matters last year (2019 edition).
        public var previousCount: Int?
        /// 本年增/减 — the signed change this year (2019 edition).
        public var change: Int?
        /// 本年处理决定数量 / 处理决定数量 — decisions made this year.
        public var decisions: Int?
        /// 本年收费金额 — the amount collected (行政事业性收费).
        public var amount: Amount?

        /// Creates the figures of a matter.
        public init(previousCount: Int? = nil, change: Int? = nil, decisions: Int? = nil, amount: Amount? = nil) {
            self.previousCount = previousCount
            self.change = change
            self.decisions = decisions
            self.amount = amount
        }
    }

    /// 政府集中采购 — centralised procurement (2019 edition, 第二十条第（九）项).
    public struct Procurement: Hashable, Codable, Sendable {
        /// 采购项目数量 — the number of projects.
        public var projects: Int?
        /// 采购总金额 — the total amount.
        public var amount: Amount?

        /// Creates the procurement figures.
        public init(projects: Int? = nil, amount: Amount? = nil) {
            self.projects = projects
            self.amount = amount
        }
    }

    /// 行政许可 — administrative licensing.
    public var licensing: Matter?
    /// 其他对外管理服务事项 — other external services (2019 edition).
    public var otherServices: Matter?
    /// 行政处罚 — administrative penalties.
    public var penalties: Matter?
    /// 行政强制 — administrative coercion.
    public var coercion: Matter?
    /// 行政事业性收费 — administrative fees.
    public var fees: Matter?
    /// 政府集中采购 — centralised procurement.
    public var procurement: Procurement?
    /// 本年废止件数 of 行政规范性文件, when known from the bureau's clean-up notices.
    public var normativeDocumentsRepealed: Int?
    /// 本年废止件数 of 规章.
    public var rulesRepealed: Int?
    /// 信息处理费 collected in the year (reported in section 六 of the 2021 edition).
    public var informationProcessingFees: Amount?

    /// Creates supplied figures; everything absent by default.
    public init(
        licensing: Matter? = nil, otherServices: Matter? = nil, penalties: Matter? = nil, coercion: Matter? = nil,
        fees: Matter? = nil, procurement: Procurement? = nil, normativeDocumentsRepealed: Int? = nil,
        rulesRepealed: Int? = nil, informationProcessingFees: Amount? = nil
    ) {
        self.licensing = licensing
        self.otherServices = otherServices
        self.penalties = penalties
        self.coercion = coercion
        self.fees = fees
        self.procurement = procurement
        self.normativeDocumentsRepealed = normativeDocumentsRepealed
        self.rulesRepealed = rulesRepealed
        self.informationProcessingFees = informationProcessingFees
    }
}
