public import DisclosureCore

/// What an importer may know besides the source itself: the catalogue to file items under, the site's own
/// column mapping, and options of the run.
public struct ImportContext: Sendable {
    /// The catalogue items are filed under.
    public var catalogue: Catalogue
    /// The site's own column names and overrides (from a site profile).
    public var columnMapping: ColumnMapping
    /// The address of the site root when the mirror does not say (`--base-url`), used to resolve relative links.
    public var baseURL: String?
    /// The year to give dates that are written without one (list pages' `06-12`), when known.
    public var contextYear: Int?
    /// A site profile's raw JSON, for importers that read their own section of it.
    public var profile: [UInt8]?

    /// Creates a context.
    public init(
        catalogue: Catalogue = .countyEducationBureau, columnMapping: ColumnMapping = ColumnMapping(),
        baseURL: String? = nil, contextYear: Int? = nil, profile: [UInt8]? = nil
    ) {
        self.catalogue = catalogue
        self.columnMapping = columnMapping
        self.baseURL = baseURL
        self.contextYear = contextYear
        self.profile = profile
    }
}
