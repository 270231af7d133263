/// A fund disclosed in the budget column (预算公开专栏的资金类别), e.g. 专项资金.
public struct BudgetFund: Hashable, Codable, Sendable {
    /// The stable identifier, used in requirement identifiers (`special-funds/allocation`).
    public var id: String
    /// The Chinese name, e.g. `专项资金`.
    public var name: String
    /// The catalogue node items about this fund are filed under, if any.
    public var category: CategoryID?
    /// Title keywords that mean an item is about this fund.
    public var keywords: [String]
    /// The identifiers of the stages disclosed for this fund: nil means every stage of the checklist; an empty
    /// list means the fund is disclosed as a whole (one requirement, no stages), as 部门预算 and 部门决算 are.
    public var stageIDs: [String]?

    /// Creates a fund.
    public init(
        id: String, name: String, category: CategoryID? = nil, keywords: [String] = [], stageIDs: [String]? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.keywords = keywords
        self.stageIDs = stageIDs
    }
}
