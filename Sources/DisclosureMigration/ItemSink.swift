import DisclosureCore
import DisclosureStore
import Foundation

/// The items of one file, written one at a time as they come (from a page, or streamed from an export), each placed
/// as a new item or merged into the item of another source that is the same document, and accounted for.
///
/// A file whose first record has a row number, or that holds more than one record, is an export: each record is its
/// own source in the ID map (`file:<path>#row=<n>`) and the file itself is recorded as an export with its counts. A
/// file with one record and no row is a page: the file is that record's source. The decision waits for the second
/// record, so at most one record is held back.
struct ItemSink {
    let input: InputFile
    let importer: String
    let contentHash: String?
    let run: Int64
    private var held: DisclosureItem?
    private var isExport = false
    private var count = 0
    private var counts: [SourceStatus: Int] = [:]

    init(input: InputFile, importer: String, contentHash: String?, run: Int64) {
        self.input = input
        self.importer = importer
        self.contentHash = contentHash
        self.run = run
    }

    /// Takes the next record of the file.
    mutating func add(_ item: DisclosureItem, session: ArchiveSession) throws {
        count += 1
        if count == 1, item.row == nil {
            held = item
            return
        }
        if count == 1 || held != nil { isExport = true }
        if let first = held {
            held = nil
            try write(first, index: 0, session: session)
        }
        try write(item, index: count - 1, session: session)
    }

    /// Ends the file: writes a record still held back (the file is a page), or records the export with its counts.
    mutating func finish(session: ArchiveSession) throws {
        if let page = held {
            held = nil
            try write(page, index: 0, session: session)
            return
        }
        guard count > 0 else {
            try record(.notAnItem, itemID: nil, reason: "\(importer) found no records in it", session: session)
            return
        }
        // Rows this run did not write are rows deleted from the export since a previous run.
        _ = try session.removeMappings(file: input.relativePath, notWrittenIn: run, except: input.key)
        let parts = SourceStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        try record(
            .imported, itemID: nil, reason: "export with \(count) rows: " + parts.joined(separator: ", "),
            session: session)
    }

    // MARK: - One record

    private mutating func write(_ item: DisclosureItem, index: Int, session: ArchiveSession) throws {
        let (status, itemID, reason) = try Self.place(item, session: session, run: run)
        counts[status, default: 0] += 1
        guard isExport else {
            try record(status, itemID: itemID, reason: reason, session: session)
            return
        }
        let key = "\(input.key)#row=\(item.row ?? index + 1)"
        try session.setMapping(
            SourceMapping(
                sourceKey: key, file: input.relativePath, itemID: itemID, status: status, reason: reason,
                contentHash: item.provenance.first?.contentHash, importer: item.provenance.first?.importer,
                lastRun: run))
        if !item.isItem { try session.addMessages(item.diagnostics, run: run, sourceKey: key) }
    }

    private func record(_ status: SourceStatus, itemID: ItemID?, reason: String?, session: ArchiveSession) throws {
        try session.setMapping(
            SourceMapping(
                sourceKey: input.key, file: input.relativePath, itemID: itemID, status: status, reason: reason,
                contentHash: contentHash, importer: importer, lastRun: run))
    }

    /// Stores one item: as itself, or merged into the item of another source that is the same document. Its
    /// full-text entry is made when the run ends (``BatchWriter/finish(startedAt:seconds:files:source:listLimit:)``).
    private static func place(
        _ item: DisclosureItem, session: ArchiveSession, run: Int64
    ) throws -> (SourceStatus, ItemID?, String?) {
        guard item.isItem else {
            let reason = item.diagnostics.first { $0.severity == .error }?.message ?? "not an item"
            return (.failed, nil, reason)
        }
        if let existing = try session.item(item.id) {
            try session.save(item.merging(existing), run: run, indexingText: false)
            return (.imported, item.id, nil)
        }
        if let (target, why) = try duplicate(of: item, session: session), let existing = try session.item(target) {
            try session.save(existing.merging(item), run: run, indexingText: false)
            return (.merged, target, why)
        }
        try session.save(item, run: run, indexingText: false)
        return (.imported, item.id, nil)
    }

    /// The item that is the same document as `item`, and why: the same address, the same 文号, or the same
    /// normalised title published on the same day with the same text (two notices of one day can share a title:
    /// `关于召开工作会议的通知` — their bodies tell them apart).
    private static func duplicate(of item: DisclosureItem, session: ArchiveSession) throws -> (ItemID, String)? {
        if let url = item.url, let id = try session.itemID(url: url), id != item.id {
            return (id, "the same page as \(id) (\(url))")
        }
        if let number = item.documentNumber, let id = try session.itemID(documentNumber: number), id != item.id {
            return (id, "the same 文号 \(number.normalized) as \(id)")
        }
        if let date = item.publishedAt?.date {
            let title = ColumnMatcher.normalizedKey(item.title)
            if !title.isEmpty, let id = try session.itemID(normalizedTitle: title, publishedOn: date), id != item.id,
                let existing = try session.item(id), sameBody(existing, item)
            {
                return (id, "the same title, 发布日期 \(date) and text as \(id)")
            }
        }
        return nil
    }

    /// Whether two items say the same thing: their texts match once white space and punctuation are ignored, or one
    /// of them has no text to compare (an OA row, a page whose body could not be read).
    private static func sameBody(_ a: DisclosureItem, _ b: DisclosureItem) -> Bool {
        guard let first = a.text, let second = b.text, !first.isEmpty, !second.isEmpty else { return true }
        return ColumnMatcher.normalizedKey(first) == ColumnMatcher.normalizedKey(second)
    }
}
