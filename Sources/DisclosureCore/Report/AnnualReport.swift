/// 政府信息公开工作年度报告 — the annual disclosure report of a body for a year, in one of three editions.
///
/// The tables use the canonical keys of DOMAIN.md §3:
/// - ``proactive`` is section 二 keyed by the edition's own row and column labels (``ProactiveTableLayout``); in
///   the narrative edition it holds the proactive-publication figures the prose quotes;
/// - ``requests`` is section 三 keyed by row key (`newReceived`, `denied.stateSecret`, …) and column key
///   (`naturalPerson` … `total`), with every row of ``ReportEdition/requestTableEdition``;
/// - ``reviewLitigation`` is section 四 keyed by ``ReviewLitigationGroup`` and ``ReviewLitigationColumn``.
///
/// ``narrative`` holds the prose sections by heading, ``figures`` every figure the prose quotes (so the prose can be
/// checked against the tables) and ``findings`` the consistency findings (勾稽关系) at the time the report was made.
/// The canonical JSON form is described in `AnnualReport+Codable.swift` and `schema/annual-report.schema.json`.
public struct AnnualReport: Hashable, Sendable {
    /// The reporting body (报告主体), e.g. `勐海县教育局`.
    public var body: String
    /// The year reported on; the statistical period is 1 January to 31 December of it.
    public var year: Int
    /// The shape of the report.
    public var edition: ReportEdition
    /// The title, e.g. `勐海县教育局2018年政府信息公开工作年度报告`.
    public var title: String
    /// Section 二 (or the narrative report's proactive figures): row label → column label → cell.
    public var proactive: ReportTable
    /// Section 三: row key → column key → cell.
    public var requests: ReportTable
    /// Section 四: group key → column key → cell.
    public var reviewLitigation: ReportTable
    /// The prose sections in printed order; the first may be the opening paragraphs with an empty heading.
    public var narrative: [NarrativeSection]
    /// Every figure the prose quotes, by placeholder name (`proactive.total`, `requests.newReceived.total`).
    public var figures: [String: ReportCell]
    /// The consistency findings (勾稽关系) recorded with the report.
    public var findings: [Finding]

    /// Creates a report with empty tables and no prose.
    public init(body: String, year: Int, edition: ReportEdition, title: String? = nil) {
        self.body = body
        self.year = year
        self.edition = edition
        self.title = title ?? AnnualReport.standardTitle(body: body, year: year)
        self.proactive = ReportTable()
        self.requests = ReportTable()
        self.reviewLitigation = ReportTable()
        self.narrative = []
        self.figures = [:]
        self.findings = []
    }

    /// The usual title: `<body><year>年政府信息公开工作年度报告`.
    public static func standardTitle(body: String, year: Int) -> String {
        "\(body)\(year)年政府信息公开工作年度报告"
    }

    /// The layout of section 二 in this report's edition.
    public var proactiveLayout: ProactiveTableLayout { .forEdition(edition) }

    /// The rows of section 三 in this report's edition.
    public var requestRows: [RequestTableRow] { RequestTableRow.rows(for: edition.requestTableEdition) }

    /// The narrative section with a heading (compared after removing spaces), if any.
    public func section(_ heading: String) -> NarrativeSection? {
        let wanted = heading.filter { !$0.isWhitespace }
        return narrative.first { $0.heading.filter { !$0.isWhitespace } == wanted }
    }

    /// The opening paragraphs (the section with an empty heading), if any.
    public var opening: NarrativeSection? { narrative.first { $0.heading.isEmpty } }
}
