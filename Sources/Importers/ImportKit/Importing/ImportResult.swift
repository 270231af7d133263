public import DisclosureCore

/// What an importer made of one source: the records it holds, what the source is, and what was noticed.
///
/// Every source ends as one of the ``Outcome`` cases, so a migration can account for every input file.
public struct ImportResult: Sendable {
    /// What the source turned out to be.
    public enum Outcome: Hashable, Sendable {
        /// It holds disclosure items (a detail page: one; a register export: one per data row).
        case items
        /// It is a column list page: its links are in ``listing``.
        case listPage
        /// It is an index of files (a file-platform folder listing): its entries are in ``files``.
        case fileIndex
        /// It is not an item (a search page, an error page saved as 200, a login page, a redirect stub), and why.
        case notAnItem(reason: String)
    }

    /// What the source turned out to be.
    public var outcome: Outcome
    /// The records: items, and for a page that is not an item one record with `isItem == false`.
    public var items: [DisclosureItem]
    /// The links and pagination of a list page.
    public var listing: ColumnListing?
    /// The entries of a file index.
    public var files: [IndexedFile]
    /// The encoding the source was decoded with (`UTF-8`, `GB18030`, …), when it is text.
    public var encoding: String?
    /// Diagnostics about the source as a whole (per-item ones travel in each item's `diagnostics`).
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(
        outcome: Outcome, items: [DisclosureItem] = [], listing: ColumnListing? = nil, files: [IndexedFile] = [],
        encoding: String? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.outcome = outcome
        self.items = items
        self.listing = listing
        self.files = files
        self.encoding = encoding
        self.diagnostics = diagnostics
    }
}
