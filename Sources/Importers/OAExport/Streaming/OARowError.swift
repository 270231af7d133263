public import DisclosureCore

/// A data row of an OA export that could not become an item (no title, say): where it is and why.
///
/// In JSON Lines output a row error is the canonical record ``record``: an item object with `isItem: false`,
/// `sourceFile`, `row`, an `id` derived from file and row, an empty `title`, the provenance of the row, and
/// the error as its single `diagnostics` entry (severity `error`, the code, the file, the line and the column
/// in `element`). Consumers that want only items filter on `isItem`.
public struct OARowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The error as a diagnostic: code, message, file, row (`line`), column (`element`) and field.
    public var diagnostic: Diagnostic
    /// The provenance of the row (importer, file, row, content hash, encoding, its cells by column label).
    public var provenance: SourceRecord

    /// Creates a row error.
    public init(diagnostic: Diagnostic, provenance: SourceRecord) {
        self.diagnostic = diagnostic
        self.provenance = provenance
    }

    /// The file the row is in.
    public var file: String? { diagnostic.file }
    /// The 1-based row (physical line for text formats).
    public var row: Int? { diagnostic.line }
    /// The column concerned, e.g. `column B (标题)`.
    public var column: String? { diagnostic.element }

    /// The canonical non-item record standing for this row in JSON Lines output.
    public var record: DisclosureItem {
        let key = "oa-row-error:\(provenance.file ?? "")#\(provenance.row ?? 0)"
        var record = DisclosureItem(id: .derived(from: key), title: "")
        record.isItem = false
        record.sourceFile = provenance.file
        record.row = provenance.row
        record.encoding = provenance.encoding
        record.provenance = [provenance]
        record.diagnostics = [diagnostic]
        return record
    }

    /// The diagnostic's one-line form.
    public var description: String { diagnostic.description }
}
