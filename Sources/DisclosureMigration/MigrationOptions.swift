public import DisclosureCore
public import Foundation

/// What a migration reads and how: the mirror folder, extra export files, the site's address, its profile.
public struct MigrationOptions: Sendable {
    /// The folder holding the mirror and any exports (each file is sniffed; nothing is assumed from names).
    public var siteDirectory: URL
    /// Export files kept elsewhere (`--oa`), imported after the folder.
    public var extraFiles: [URL]
    /// The address of the site root when the mirror's first folder is not its host name.
    public var baseURL: String?
    /// The catalogue items are filed under.
    public var catalogue: Catalogue
    /// The site's own column names (from a profile).
    public var columnMapping: ColumnMapping
    /// A site profile's raw JSON, passed to the importers.
    public var profile: [UInt8]?
    /// How many files are parsed at once (default: the number of cores).
    public var parallelism: Int
    /// How many files are written per transaction.
    public var batchSize: Int
    /// How many entries of each list (failures, files that are not items, merges, …) the summary a run returns
    /// holds; the rest are counted, and read from the archive when wanted (``MigrationDetails``).
    public var listLimit: Int

    /// Creates options with the defaults.
    public init(
        siteDirectory: URL, extraFiles: [URL] = [], baseURL: String? = nil,
        catalogue: Catalogue = .countyEducationBureau, columnMapping: ColumnMapping = ColumnMapping(),
        profile: [UInt8]? = nil, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 100,
        listLimit: Int = 100
    ) {
        self.siteDirectory = siteDirectory
        self.extraFiles = extraFiles
        self.baseURL = baseURL
        self.catalogue = catalogue
        self.columnMapping = columnMapping
        self.profile = profile
        self.parallelism = max(1, parallelism)
        self.batchSize = max(1, batchSize)
        self.listLimit = max(0, listLimit)
    }
}
