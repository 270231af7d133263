/// One administrative review or lawsuit about the bureau's disclosure decisions (政府信息公开行政复议、行政诉讼案件):
/// the input section 四 is counted from.
///
/// A case is counted in the year it was filed and in every later year it was still open at the start of; in each
/// year it counts under its result if it was concluded that year, else under 尚未审结 (pending).
public struct ReviewLitigationCase: Hashable, Codable, Sendable {
    /// The register's id of the case.
    public var id: String
    /// Review, direct litigation, or litigation after review.
    public var proceeding: ReviewLitigationGroup
    /// The day the application or suit was filed.
    public var filedOn: CivilDate
    /// The day it was concluded, if it was.
    public var concludedOn: CivilDate?
    /// The result once concluded.
    public var result: ReviewLitigationResult?

    /// Creates a case.
    public init(
        id: String, proceeding: ReviewLitigationGroup, filedOn: CivilDate, concludedOn: CivilDate? = nil,
        result: ReviewLitigationResult? = nil
    ) {
        self.id = id
        self.proceeding = proceeding
        self.filedOn = filedOn
        self.concludedOn = concludedOn
        self.result = result
    }

    /// The column the case counts in for a year, or `nil` when the case does not belong to that year (filed later,
    /// or concluded in an earlier year).
    public func column(in year: Int) -> ReviewLitigationColumn? {
        guard filedOn.year <= year else { return nil }
        guard let concludedOn else { return .pending }
        if concludedOn.year < year { return nil }
        if concludedOn.year > year { return .pending }
        return result?.column ?? .other
    }
}
