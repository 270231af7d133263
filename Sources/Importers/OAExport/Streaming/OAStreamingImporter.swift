public import DisclosureCore
public import ImportKit

/// An OA-export importer that hands over its records one row at a time, so that memory does not grow with
/// the number of rows (a 100,000-row register is read with the items discarded as they go).
///
/// The ImportKit streaming import (``ImportKit/StreamingImporter/importSource(_:context:records:)``, what a migration
/// uses) and ``Importer/importSource(_:context:)`` come for free: the records of ``stream(_:context:_:)`` in row order,
/// row errors included as records with `isItem == false` (see ``OARowError/record``).
public protocol OAStreamingImporter: StreamingImporter {
    /// Reads the source and calls `body` with each record in row order.
    ///
    /// - Throws: ``ImportKit/ImportError`` when nothing usable can come out of the source (no header, a
    ///   refused entity declaration, a hostile zip); rows already handed over stay valid.
    func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary
}

extension OAStreamingImporter {
    /// Streams every record as its canonical item (`outcome == .items`, no items in the result).
    public func importSource(
        _ source: ImportSource, context: ImportContext, records body: (DisclosureItem) -> Void
    ) throws(ImportError) -> ImportResult {
        let summary = try stream(source, context: context) { body($0.canonical) }
        return ImportResult(outcome: .items, encoding: summary.encoding, diagnostics: summary.diagnostics)
    }
}
