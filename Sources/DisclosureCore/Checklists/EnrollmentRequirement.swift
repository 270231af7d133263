/// One item a county education bureau must disclose about enrollment (招生信息公开事项), e.g. 录取结果.
public struct EnrollmentRequirement: Hashable, Codable, Sendable {
    /// The stable identifier, e.g. `admission-results`.
    public var id: String
    /// The Chinese name, e.g. `录取结果`.
    public var name: String
    /// Where the requirement comes from, e.g. `十公开` or `义务教育指引`.
    public var basis: [String]
    /// Catalogue nodes whose items meet this requirement (the node or anything below it).
    public var categories: [CategoryID]
    /// Title keywords that mean an item meets this requirement.
    public var keywords: [String]

    /// Creates a requirement.
    public init(
        id: String, name: String, basis: [String] = [], categories: [CategoryID] = [], keywords: [String] = []
    ) {
        self.id = id
        self.name = name
        self.basis = basis
        self.categories = categories
        self.keywords = keywords
    }
}
