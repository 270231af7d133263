public import DisclosureCore

/// An importer that hands over the records of a source as it reads them, so that a register export of 100,000 rows
/// is never held as 100,000 items: the migration writes them to the archive in bounded batches as they come.
///
/// A streamed import always has the outcome ``ImportResult/Outcome/items``: the records handed over are the items
/// (row errors included, as records with `isItem == false`), in source order. The result it returns carries what
/// concerns the source as a whole (encoding, diagnostics) and no items.
///
/// ``Importer/importSource(_:context:)`` comes for free: it collects every record into the result's `items`, for
/// callers that want them all at once (`disclosure extract`, tests).
public protocol StreamingImporter: Importer {
    /// Reads the source and calls `body` with each record in source order; returns the result without its items.
    ///
    /// - Throws: ``ImportError`` when nothing usable can come out of the source. A migration then discards the
    ///   records already handed over: the source as a whole failed, as it would have without streaming.
    func importSource(
        _ source: ImportSource, context: ImportContext, records body: (DisclosureItem) -> Void
    ) throws(ImportError) -> ImportResult
}

extension StreamingImporter {
    /// Reads every record into one result (`outcome == .items`).
    public func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        var records: [DisclosureItem] = []
        var result = try importSource(source, context: context) { records.append($0) }
        result.items = records
        return result
    }
}
