/// One broken consistency rule: which rule, where (table, row, column), what was expected and what was found.
///
/// ``finding`` turns it into the ``Finding`` recorded with a report: the rule's code, the cell as the field
/// (`requests[carriedForward][naturalPerson]`) and a message with both values.
public struct ConsistencyViolation: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public var rule: ConsistencyRule
    /// How serious it is (the rule's default unless the checker says otherwise).
    public var severity: Severity
    /// The table concerned: `proactive`, `requests`, `reviewLitigation` or `figures`.
    public var table: String
    /// The row key or label concerned, if one.
    public var row: String?
    /// The column key or label concerned, if one.
    public var column: String?
    /// The value the rule asks for.
    public var expected: ReportCell?
    /// The value in the report.
    public var found: ReportCell?
    /// How the expected value was worked out, e.g. `newReceived 3 + carriedOver 1 − totalProcessed 2`.
    public var explanation: String

    /// Creates a violation with the rule's default severity unless one is given.
    public init(
        _ rule: ConsistencyRule, severity: Severity? = nil, table: String, row: String? = nil, column: String? = nil,
        expected: ReportCell? = nil, found: ReportCell? = nil, explanation: String
    ) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        self.table = table
        self.row = row
        self.column = column
        self.expected = expected
        self.found = found
        self.explanation = explanation
    }

    /// The cell as a path: `requests[carriedForward][naturalPerson]`.
    public var location: String {
        table + (row.map { "[\($0)]" } ?? "") + (column.map { "[\($0)]" } ?? "")
    }

    /// `expected X, found Y (explanation)`, or the explanation alone when no values are compared.
    public var message: String {
        guard let expected, let found else { return explanation }
        return "expected \(expected), found \(found) (\(explanation))"
    }

    /// The finding recorded with a report.
    public var finding: Finding {
        Finding(severity, code: rule.rawValue, field: location, message: message)
    }

    /// `severity[code] location: message`.
    public var description: String { finding.description }
}
