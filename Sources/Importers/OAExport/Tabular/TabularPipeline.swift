import DisclosureCore
import ImportKit

/// The part every table-shaped register shares: find the header among the first rows (title rows such as
/// `发文登记簿` or `导出时间 …` above it, a header over two rows with merged cells), then map each data row.
///
/// Rows go in one at a time with ``accept(_:)`` and records come out as soon as they are known; at most
/// ``searchRows`` rows are held while the header is being looked for.
struct TabularPipeline {
    private let importer: String
    private let file: String
    private let encoding: String?
    private let synonyms: FieldSynonyms
    private let searchRows: Int
    private let sheet: String?
    private var pending: [TabularRow] = []
    private var mapper: RowMapper?
    private var blankLines = SampledLines()
    private var repeatedHeaderLines = SampledLines()
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var itemCount = 0
    private(set) var rowErrorCount = 0

    /// Creates a pipeline for one file.
    init(importer: String, file: String, encoding: String?, context: ImportContext, sheet: String? = nil) {
        self.importer = importer
        self.sheet = sheet
        self.file = file
        self.encoding = encoding
        var profile: OAProfile?
        if let bytes = context.profile {
            do {
                profile = try OAProfile(profileJSON: bytes)
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "oa.profile-unreadable",
                        message: "the profile's OA section does not decode (\(error)); built-in labels only", file: file
                    ))
            }
        }
        self.synonyms = FieldSynonyms(profile: profile)
        self.searchRows = max(2, profile?.headerSearchRows ?? 20)
    }

    /// Takes the next row; returns the records it completed (more than one when the header was just found).
    mutating func accept(_ row: TabularRow) -> [OARecord] {
        guard let mapper else {
            pending.append(row)
            if pending.count >= searchRows, findHeader() { return flush() }
            return []
        }
        return map(row, with: mapper).map { [$0] } ?? []
    }

    /// Ends the table: maps what is still held, or throws when no header was ever found.
    mutating func finish() throws(ImportError) -> [OARecord] {
        var records: [OARecord] = []
        if mapper == nil {
            guard findHeader() else {
                let sheetNote = sheet.map { " of sheet '\($0)'" } ?? ""
                let known = FieldSynonyms.builtIn[.title, default: []].joined(separator: "/")
                throw ImportError(
                    code: "oa.header-not-found", file: file,
                    message: "no header row naming a title column (\(known)) and one other known column "
                        + "in the first \(searchRows) rows\(sheetNote); add the labels to the profile's synonyms")
            }
            records = flush()
        }
        if !blankLines.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .info, code: "oa.blank-rows-skipped",
                    message: "skipped \(blankLines.count) blank row(s): \(blankLines)", file: file))
        }
        if !repeatedHeaderLines.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .info, code: "oa.repeated-header-skipped",
                    message: "skipped \(repeatedHeaderLines.count) repeated header row(s): \(repeatedHeaderLines)",
                    file: file))
        }
        return records
    }

    // MARK: - Header

    /// How many cells of a row are known labels, and whether one of them is the title.
    private func score(_ row: TabularRow) -> (count: Int, hasTitle: Bool) {
        var fields: Set<OAField> = []
        for cell in row.cells {
            if let hit = synonyms.field(for: cell) { fields.insert(hit.field) }
        }
        return (fields.count, fields.contains(.title))
    }

    /// Looks for the header among the held rows; on success sets the mapper and drops the header rows.
    private mutating func findHeader() -> Bool {
        var best: (index: Int, count: Int)?
        for (index, row) in pending.enumerated() {
            let (count, _) = score(row)
            if count >= 2, count > (best?.count ?? 0) { best = (index, count) }
        }
        guard let chosen = best else { return false }
        let header = pending[chosen.index]
        var labels: [Int: String] = [:]
        for (column, cell) in header.cells.enumerated() {
            let label = HeaderLabel.singleLine(cell)
            if !label.isEmpty { labels[column] = label }
        }
        var headerRows = [header.number]
        var dataStart = chosen.index + 1
        if chosen.index + 1 < pending.count, addsSubLabels(pending[chosen.index + 1], under: header) {
            // Two header rows (a group label merged across sub-columns, or labels merged downwards): the lower
            // row's known labels win; its blanks take the upper row's label.
            let lower = pending[chosen.index + 1]
            for (column, cell) in lower.cells.enumerated() {
                let label = HeaderLabel.singleLine(cell)
                guard !label.isEmpty else { continue }
                if synonyms.field(for: label) != nil || labels[column] == nil { labels[column] = label }
            }
            headerRows.append(lower.number)
            dataStart += 1
        } else if chosen.index > 0 {
            // Labels merged downwards from a row above the header show only in that row.
            let upper = pending[chosen.index - 1]
            if upper.cells.filter({ !HeaderLabel.trimmed($0).isEmpty }).count >= 2 {
                for (column, cell) in upper.cells.enumerated() where labels[column] == nil {
                    let label = HeaderLabel.singleLine(cell)
                    if !label.isEmpty, synonyms.field(for: label) != nil { labels[column] = label }
                }
            }
        }
        let columns = ColumnMap(labels: labels, synonyms: synonyms, headerRows: headerRows)
        guard columns.fieldColumns[.title] != nil else { return false }
        mapper = RowMapper(importer: importer, file: file, encoding: encoding, columns: columns, sheet: sheet)
        let above = pending[..<chosen.index].filter { !$0.isBlank }
        if !above.isEmpty {
            let texts = above.map { row in
                row.cells.map(HeaderLabel.singleLine).filter { !$0.isEmpty }.joined(separator: " ")
            }
            diagnostics.append(
                Diagnostic(
                    .info, code: "oa.rows-above-header",
                    message: "skipped \(above.count) row(s) above the header: " + texts.joined(separator: " | "),
                    file: file, line: above.first?.number))
        }
        let mapped = columns.columns.values.sorted { $0.index < $1.index }
            .map { "\(TabularRow.columnLetter($0.index))=\($0.label)\($0.field.map { "→\($0.rawValue)" } ?? "")" }
        diagnostics.append(
            Diagnostic(
                .info, code: "oa.header",
                message: "header on row \(headerRows.map(String.init).joined(separator: "–")): "
                    + mapped.joined(separator: ", "), file: file, line: headerRows.first))
        pending.removeFirst(dataStart)
        return true
    }

    /// Whether a row under the header is a second header row: it has a known label where the header row is
    /// blank or carries a label that names no field (a group label).
    private func addsSubLabels(_ lower: TabularRow, under header: TabularRow) -> Bool {
        for (column, cell) in lower.cells.enumerated() {
            guard let hit = synonyms.field(for: cell) else { continue }
            let above = header.cell(column)
            if HeaderLabel.trimmed(above).isEmpty || synonyms.field(for: above)?.field != hit.field {
                if synonyms.field(for: above) == nil { return true }
            }
        }
        return false
    }

    private mutating func flush() -> [OARecord] {
        guard let mapper else { return [] }
        let rows = pending
        pending = []
        return rows.compactMap { map($0, with: mapper) }
    }

    private mutating func map(_ row: TabularRow, with mapper: RowMapper) -> OARecord? {
        if row.isBlank {
            blankLines.add(row.number)
            return nil
        }
        // A repeated header (exports that print it on every page): its title cell is a short label.
        if let titleColumn = mapper.columns.fieldColumns[.title], row.cell(titleColumn).utf8.count <= 40,
            synonyms.field(for: row.cell(titleColumn))?.field == .title,
            score(row).count >= 2
        {
            repeatedHeaderLines.add(row.number)
            return nil
        }
        let record = mapper.map(row)
        if record.item != nil { itemCount += 1 } else { rowErrorCount += 1 }
        return record
    }
}
