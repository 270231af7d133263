public import DisclosureCore

/// What a streamed import says about the source as a whole, once every row was handed over.
public struct OAStreamSummary: Hashable, Sendable {
    /// What the source is: ``ImportKit/ImportResult/Outcome/items`` for registers.
    public var importer: String
    /// The encoding the source was decoded with.
    public var encoding: String?
    /// How many items were handed over.
    public var itemCount: Int
    /// How many row errors were handed over.
    public var rowErrorCount: Int
    /// Diagnostics about the file: encoding, the header found, rows skipped above it, blank rows, a
    /// profile that did not decode.
    public var diagnostics: [Diagnostic]

    /// Creates a summary.
    public init(
        importer: String, encoding: String?, itemCount: Int = 0, rowErrorCount: Int = 0,
        diagnostics: [Diagnostic] = []
    ) {
        self.importer = importer
        self.encoding = encoding
        self.itemCount = itemCount
        self.rowErrorCount = rowErrorCount
        self.diagnostics = diagnostics
    }
}
