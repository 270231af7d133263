/// One OA register export of the generated output.
public struct TruthOAFile: Hashable, Codable, Sendable {
    /// The path relative to the output folder.
    public var path: String
    /// `csv` (GBK, a title row before the header) or `spreadsheetml-2003` (an XML ".xls").
    public var format: String
    /// The encoding of the bytes.
    public var encoding: String
    /// The number of data rows.
    public var rows: Int

    /// Creates an export record.
    public init(path: String, format: String, encoding: String, rows: Int) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.rows = rows
    }
}
