import ImportKit
import OAExport
import Portal

/// Every importer the command-line tool knows, most specific first: the one place that lists them (no run-time
/// registry). `extract` and `migrate` both take their importers from here.
enum StandardImporters {
    /// The importers, with continuation pages of split portal articles supplied by `siblings`.
    static func all(siblings: SiblingPages = .none) -> [any Importer] {
        var importers: [any Importer] = [PortalImporter(siblings: siblings)]
        importers.append(contentsOf: OAExportImporters.all)
        return importers
    }

    /// The importers without access to sibling pages.
    static var all: [any Importer] { all() }

    /// The importers of a migration: all of them but the refuser of binary Office files. In a mirror, a binary
    /// `.doc` or `.xls` is an attachment (the migration links it to its item and accounts for it as such); given to
    /// `extract` on its own, it is most likely an export saved in the old format, and the refusal says what to do.
    static func migration(siblings: SiblingPages) -> [any Importer] {
        all(siblings: siblings).filter { $0.identifier != "oa-binary-office" }
    }
}
