/// The few facts about a disclosure item that a key-area checklist looks at (清单核对的输入).
///
/// A small value of its own so the checklists do not depend on the full item type: the item type provides
/// a `checklistCandidate` that fills it. Classification uses, in this order: the explicit fields (`fund`,
/// `stage`, `requirement`), then `category`, then keywords in `title` (see ``BudgetChecklist`` and
/// ``EnrollmentChecklist`` for the tables).
public struct ChecklistCandidate: Hashable, Codable, Sendable {
    /// The item's stable identifier.
    public var id: String
    /// The item's title (标题).
    public var title: String
    /// The catalogue node the item is filed under, when known.
    public var category: CategoryID?
    /// The publication date (发布日期); the coverage year is its year. Undated items count in no year.
    public var publishedAt: CivilDate?
    /// The budget fund the item is about, when recorded: a ``BudgetFund`` identifier or Chinese name.
    public var fund: String?
    /// The budget stage the item discloses, when recorded: a ``BudgetStage`` identifier or Chinese name.
    public var stage: String?
    /// The enrollment requirement the item meets, when recorded: an ``EnrollmentRequirement`` identifier or name.
    public var requirement: String?

    /// Creates a candidate.
    public init(
        id: String, title: String, category: CategoryID? = nil, publishedAt: CivilDate? = nil, fund: String? = nil,
        stage: String? = nil, requirement: String? = nil
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.publishedAt = publishedAt
        self.fund = fund
        self.stage = stage
        self.requirement = requirement
    }
}
