/// Where an item's row lies in an OA register export.
public struct TruthOARecord: Hashable, Codable, Sendable {
    /// The export's path relative to the output folder, e.g. `oa/fawen-2018-h1.csv`.
    public var file: String
    /// The data row, 1-based, not counting the title and header rows.
    public var row: Int

    /// Creates a record.
    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }
}
