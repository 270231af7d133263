/// What a generator run wrote.
public struct GenerationSummary: Hashable, Sendable {
    /// Files written, `ground-truth.json` included.
    public var files: Int
    /// Bytes written.
    public var bytes: Int
    /// Expected items (portal and OA-only).
    public var items: Int
    /// Items with a portal page.
    public var portalItems: Int
    /// Items counted in the year's report.
    public var countedInYear: Int

    /// Creates a summary.
    public init(files: Int, bytes: Int, items: Int, portalItems: Int, countedInYear: Int) {
        self.files = files
        self.bytes = bytes
        self.items = items
        self.portalItems = portalItems
        self.countedInYear = countedInYear
    }
}
