public import DisclosureCore

/// One column of the generated portal: its name, catalogue node, template, list pages and item count.
public struct TruthColumn: Hashable, Codable, Sendable {
    /// The column key, e.g. `tzgg`.
    public var key: String
    /// The name the pages show.
    public var name: String
    /// The catalogue node.
    public var category: CategoryID
    /// The template.
    public var family: PageFamily
    /// The list pages, in page order, relative to the output folder.
    public var listPages: [String]
    /// The number of items (both years).
    public var items: Int

    /// Creates a column record.
    public init(
        key: String, name: String, category: CategoryID, family: PageFamily, listPages: [String], items: Int
    ) {
        self.key = key
        self.name = name
        self.category = category
        self.family = family
        self.listPages = listPages
        self.items = items
    }
}
