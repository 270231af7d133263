/// A report table as the canonical JSON holds it: row key → column key → ``ReportCell``.
///
/// Section 三 uses the canonical row and column keys of DOMAIN.md §3 (`denied.stateSecret`, `naturalPerson`);
/// section 二 the edition's own row and column labels (`行政规范性文件`, `本年制发件数`); section 四 the group and
/// result keys (`review`, `upheld`). A row or column the table lacks reads as ``ReportCell/notFilled``.
public struct ReportTable: Hashable, Codable, Sendable {
    /// Row key → column key → cell.
    public var rows: [String: [String: ReportCell]]

    /// Creates a table from its rows.
    public init(rows: [String: [String: ReportCell]] = [:]) {
        self.rows = rows
    }

    /// A table with every given row and column filled with explicit zeros.
    public static func zeros(rows rowKeys: [String], columns columnKeys: [String]) -> ReportTable {
        var table = ReportTable()
        for row in rowKeys {
            table.rows[row] = Dictionary(uniqueKeysWithValues: columnKeys.map { ($0, ReportCell.number(0)) })
        }
        return table
    }

    /// The cell at a row and column; ``ReportCell/notFilled`` when absent.
    public subscript(row: String, column: String) -> ReportCell {
        get { rows[row]?[column] ?? .notFilled }
        set { rows[row, default: [:]][column] = newValue }
    }

    /// Whether the table has no rows.
    public var isEmpty: Bool { rows.isEmpty }

    /// Decodes the plain nested object.
    public init(from decoder: any Decoder) throws {
        rows = try decoder.singleValueContainer().decode([String: [String: ReportCell]].self)
    }

    /// Encodes the plain nested object (``DisclosureJSON`` sorts the keys).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rows)
    }
}
