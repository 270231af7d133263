/// How many detail pages a generated column gets, and how many of them carry a 文号.
public struct ColumnQuota: Hashable, Codable, Sendable {
    /// The column's ``FixtureColumn/key``.
    public var columnKey: String
    /// Items published in the profile's year (counted in that year's report).
    public var inYear: Int
    /// Items published in the year before (present in the mirror, not counted).
    public var priorYear: Int
    /// The share of items, in percent, that are the bureau's own documents with a 文号 (and an OA register row).
    public var documentNumberPercent: Int

    /// Creates a quota.
    public init(columnKey: String, inYear: Int, priorYear: Int = 0, documentNumberPercent: Int = 0) {
        self.columnKey = columnKey
        self.inYear = inYear
        self.priorYear = priorYear
        self.documentNumberPercent = documentNumberPercent
    }

    /// Every item of the column, both years.
    public var total: Int { inYear + priorYear }
}
