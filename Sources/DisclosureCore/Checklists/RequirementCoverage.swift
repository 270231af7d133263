/// One requirement of a checklist (one fund × stage cell, or one enrollment item) and the items that cover it.
public struct RequirementCoverage: Hashable, Codable, Sendable {
    /// The requirement's stable identifier, e.g. `special-funds/allocation` or `admission-results`.
    public var requirementID: String
    /// The Chinese label, e.g. `专项资金 · 分配结果`.
    public var label: String
    /// The items that cover it, oldest first.
    public var items: [CoverageEvidence]

    /// Creates a requirement's coverage.
    public init(requirementID: String, label: String, items: [CoverageEvidence] = []) {
        self.requirementID = requirementID
        self.label = label
        self.items = items
    }

    /// Whether at least one item covers the requirement.
    public var isCovered: Bool { !items.isEmpty }
}
