/// The catalogue node a legacy column name maps to, and how it was found.
public struct ColumnMatch: Hashable, Codable, Sendable {
    /// How a column text matched a catalogue term, strongest first.
    public enum Method: String, Hashable, Codable, Sendable, CaseIterable {
        /// A configured override of the ``ColumnMapping`` (exactly, or after normalisation).
        case override
        /// The text is the node's name exactly (after trimming surrounding whitespace).
        case exactName
        /// The text is one of the node's synonyms or the mapping's extra synonyms exactly.
        case synonym
        /// The text equals a name or synonym after ``ColumnMatcher/normalizedKey(_:)``: whitespace, punctuation and
        /// symbols removed, full-width forms folded (NFKC), letters lowercased.
        case normalized
    }

    /// The node.
    public var category: CategoryID
    /// How the term matched.
    public var method: Method
    /// The catalogue term (name, synonym or override key) that matched, as spelled in the catalogue or mapping.
    public var term: String
    /// The breadcrumb segment that matched when the whole text did not: the last segment that names a column
    /// (`政策解读` in `首页 > 信息公开 > 政策解读`); nil when the whole text matched.
    public var breadcrumbSegment: String?

    /// Creates a match.
    public init(category: CategoryID, method: Method, term: String, breadcrumbSegment: String? = nil) {
        self.category = category
        self.method = method
        self.term = term
        self.breadcrumbSegment = breadcrumbSegment
    }
}
