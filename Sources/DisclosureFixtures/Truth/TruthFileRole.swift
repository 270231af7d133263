/// What a file of the generated output is, for the migration's accounting.
public enum TruthFileRole: String, Hashable, Codable, Sendable, CaseIterable {
    /// A detail page holding one item.
    case item
    /// The second file of an article split over two pages (`x_1.html`): part of its item, not an item itself.
    case itemContinuation
    /// A column list page or the home page.
    case list
    /// A page that is not an item: a search page, an error page saved as 200, a login page, a redirect stub.
    case nonItem
    /// A file that cannot be read as a page: truncated or garbage bytes.
    case broken
    /// An attachment linked from an item.
    case attachment
    /// A style sheet, script, image or robots.txt.
    case asset
    /// An OA register export.
    case oaExport
    /// A file-platform listing (永硕E盘-style): an index of files, not items.
    case fileIndex
}
