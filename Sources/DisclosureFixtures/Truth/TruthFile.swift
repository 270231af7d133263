/// One file of the generated output and what a correct migration makes of it.
public struct TruthFile: Hashable, Codable, Sendable {
    /// The path relative to the output folder, e.g. `mhjyj.ynmh.gov.cn/mwx/75206.news.list.dhtml?pageNum=2`.
    public var path: String
    /// What the file is.
    public var role: TruthFileRole
    /// The id of the item the file belongs to (item pages, continuations, attachments).
    public var item: String?
    /// Why the file is not an item, or what kind of list it is (`home page`, `search page`, `truncated` …).
    public var reason: String?
    /// The column key of a list page.
    public var column: String?
    /// The page number of a list page (1-based).
    public var page: Int?
    /// The encoding a correct reader decodes a text file with (`GB18030` for every GB label, or `UTF-8`).
    public var encoding: String?
    /// The charset the page declares in its meta, when it declares one.
    public var declaredCharset: String?

    /// Creates a file record.
    public init(
        path: String, role: TruthFileRole, item: String? = nil, reason: String? = nil, column: String? = nil,
        page: Int? = nil, encoding: String? = nil, declaredCharset: String? = nil
    ) {
        self.path = path
        self.role = role
        self.item = item
        self.reason = reason
        self.column = column
        self.page = page
        self.encoding = encoding
        self.declaredCharset = declaredCharset
    }
}
