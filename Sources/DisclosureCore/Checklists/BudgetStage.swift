/// A stage of a fund's disclosure (资金公开环节), e.g. 分配结果.
public struct BudgetStage: Hashable, Codable, Sendable {
    /// The stable identifier, used in requirement identifiers (`special-funds/allocation`).
    public var id: String
    /// The Chinese name, e.g. `分配结果`.
    public var name: String
    /// The catalogue node items of this stage are filed under, if a site has one.
    public var category: CategoryID?
    /// Title keywords that mean an item discloses this stage.
    public var keywords: [String]

    /// Creates a stage.
    public init(id: String, name: String, category: CategoryID? = nil, keywords: [String] = []) {
        self.id = id
        self.name = name
        self.category = category
        self.keywords = keywords
    }
}
