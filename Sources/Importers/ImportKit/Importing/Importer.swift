import DisclosureCore

/// A plug-in that turns one kind of legacy input into disclosure records: portal pages, OA register exports,
/// archival packages, file-platform listings.
///
/// Importers are values registered explicitly by the composition root (the CLI, the migration); there is no
/// run-time registry. An importer never fetches anything from the network and never reads files other than the
/// source it is given: everything it needs arrives in the ``ImportSource`` and the ``ImportContext``.
///
/// Errors: a source the importer cannot read at all throws an ``ImportError`` naming the file and why; everything
/// less than that (a bad row, an unparseable date, a replaced byte) is a `Diagnostic` in the ``ImportResult``, and
/// the rest of the source is still imported.
public protocol Importer: Sendable {
    /// A stable identifier recorded in every item's provenance, e.g. `portal` or `oa-csv`.
    var identifier: String { get }

    /// How sure the importer is that it reads this source, judged from the bytes (never from the file extension).
    ///
    /// Judge from at most the first ``ImportSource/sniffingLength`` bytes, unless the source is a zip archive (whose
    /// directory is at its end): a migration reads a large file that is not a zip only that far before it knows
    /// whether any importer wants it, so that a large attachment is never held whole.
    func sniff(_ source: ImportSource) -> ImportConfidence

    /// Reads the source into records, with diagnostics and provenance.
    func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult
}

extension Importer {
    /// Whether the importer reads this source at all (``sniff(_:)`` is better than ``ImportConfidence/no``).
    public func canImport(_ source: ImportSource) -> Bool {
        sniff(source) > .no
    }
}
