public import DisclosureCore

/// A column list page: the items it links to and how the column is paginated, so a migration can check that it
/// found every page and every item of a column.
public struct ColumnListing: Hashable, Codable, Sendable {
    /// One linked item.
    public struct Link: Hashable, Codable, Sendable {
        /// The full title (the anchor's `title` attribute over a truncated text).
        public var title: String
        /// The link target, resolved against the page address when that is known.
        public var url: String
        /// The date printed next to the link, when there is one.
        public var date: LocalDateTime?

        /// Creates a link.
        public init(title: String, url: String, date: LocalDateTime? = nil) {
            self.title = title
            self.url = url
            self.date = date
        }
    }

    /// How the column's pages are numbered.
    public struct Pagination: Hashable, Codable, Sendable {
        /// The scheme: `createPageHTML`, `index_N`, `pageNum`, `query`, or another name an importer documents.
        public var scheme: String
        /// How many pages the column has, when the page says.
        public var pageCount: Int?
        /// Which page this is (1-based), when the page says.
        public var currentPage: Int?
        /// The addresses of every page of the column, when they can be derived.
        public var pageURLs: [String]

        /// Creates a pagination description.
        public init(scheme: String, pageCount: Int? = nil, currentPage: Int? = nil, pageURLs: [String] = []) {
            self.scheme = scheme
            self.pageCount = pageCount
            self.currentPage = currentPage
            self.pageURLs = pageURLs
        }
    }

    /// The column's name as the page shows it.
    public var column: String?
    /// The linked items, in page order.
    public var links: [Link]
    /// The pagination, when the page has any.
    public var pagination: Pagination?

    /// Creates a listing.
    public init(column: String? = nil, links: [Link] = [], pagination: Pagination? = nil) {
        self.column = column
        self.links = links
        self.pagination = pagination
    }
}
