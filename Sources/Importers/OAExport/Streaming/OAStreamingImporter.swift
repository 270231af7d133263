import DisclosureCore
public import ImportKit

/// An OA-export importer that hands over its records one row at a time, so that memory does not grow with
/// the number of rows (a 100,000-row register is read with the items discarded as they go).
///
/// ``Importer/importSource(_:context:)`` comes for free: it collects every record of ``stream(_:context:_:)``
/// into an ``ImportKit/ImportResult`` whose `items` are the records in row order, row errors included as
/// records with `isItem == false` (see ``OARowError/record``).
public protocol OAStreamingImporter: Importer {
    /// Reads the source and calls `body` with each record in row order.
    ///
    /// - Throws: ``ImportKit/ImportError`` when nothing usable can come out of the source (no header, a
    ///   refused entity declaration, a hostile zip); rows already handed over stay valid.
    func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary
}

extension OAStreamingImporter {
    /// Reads every record into a result (`outcome == .items`).
    public func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        var records: [DisclosureItem] = []
        let summary = try stream(source, context: context) { records.append($0.canonical) }
        return ImportResult(
            outcome: .items, items: records, encoding: summary.encoding, diagnostics: summary.diagnostics)
    }
}
