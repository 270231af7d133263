import ImportKit
import Portal

/// Every importer the command-line tool knows, most specific first: the one place that lists them (no run-time
/// registry). `extract` and `migrate` both take their importers from here.
enum StandardImporters {
    /// The importers, with continuation pages of split portal articles supplied by `siblings`.
    static func all(siblings: SiblingPages = .none) -> [any Importer] {
        [PortalImporter(siblings: siblings)]
    }

    /// The importers without access to sibling pages.
    static var all: [any Importer] { all() }
}
