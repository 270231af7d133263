/// What a page is, as the importer judged it from its content.
enum PageClassification: Hashable, Sendable {
    /// An item's detail page.
    case detail
    /// A column list page.
    case list
    /// Not an item: a search page, an error page saved as 200, a login page, a redirect stub, an empty page.
    case notAnItem(reason: String)
}
