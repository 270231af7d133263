/// A consistency rule (勾稽关系) of the annual report; the raw value is the finding code.
///
/// Rules 1–6 of DOMAIN.md §3, plus the shape of the tables, the narrative report's own sum and a note on cells
/// left unfilled.
public enum ConsistencyRule: String, CaseIterable, Hashable, Codable, Sendable {
    /// Every row and column of the edition's tables, and no other (unknown keys are errors, missing ones warnings).
    case tableShape = "report.table-shape"
    /// Rule 1, per column of section 三: newReceived + carriedOver = totalProcessed + carriedForward.
    case requestBalance = "report.requests.balance"
    /// Rule 2, per column of section 三: totalProcessed = the sum of every outcome row.
    case requestOutcomeSum = "report.requests.outcome-sum"
    /// Rule 3, per row of section 三: total = the six applicant columns.
    case requestRowTotal = "report.requests.row-total"
    /// Rule 4, per group of section 四: upheld + corrected + other + pending = total.
    case reviewLitigationTotal = "report.review-litigation.total"
    /// Rule 5 (warning): this year's carriedOver = last year's carriedForward, per column.
    case crossYearCarriedOver = "report.cross-year.carried-over"
    /// Rule 5 (warning): last year's in-force count + made − repealed = this year's in-force count (2021 edition);
    /// last year's published total + newly published = this year's published total (2019 edition).
    case crossYearNormativeDocuments = "report.cross-year.normative-documents"
    /// Rule 6: every figure the prose quotes equals the table cell it names.
    case narrativeFigures = "report.narrative.figures"
    /// The narrative report's total of proactive items = 规范性文件 + 政策解读 + others.
    case proactiveTotal = "report.proactive.total"
    /// Cells left unfilled (info): a generated report writes explicit zeros.
    case unfilledCells = "report.unfilled-cells"

    /// The default severity of a violation of the rule.
    public var severity: Severity {
        switch self {
        case .crossYearCarriedOver, .crossYearNormativeDocuments: .warning
        case .unfilledCells: .info
        default: .error
        }
    }

    /// What the rule says, in a sentence.
    public var summary: String {
        switch self {
        case .tableShape: "the tables have exactly the rows and columns of the edition"
        case .requestBalance: "newReceived + carriedOver = totalProcessed + carriedForward in every column"
        case .requestOutcomeSum: "totalProcessed = the sum of the outcome rows in every column"
        case .requestRowTotal: "total = the six applicant columns in every row"
        case .reviewLitigationTotal: "upheld + corrected + other + pending = total in every group"
        case .crossYearCarriedOver: "carriedOver = last year's carriedForward"
        case .crossYearNormativeDocuments: "last year's count + this year's change = this year's count"
        case .narrativeFigures: "figures quoted in the prose equal the tables"
        case .proactiveTotal: "the proactive total = 规范性文件 + 政策解读 + others"
        case .unfilledCells: "every cell is filled"
        }
    }
}
