import DisclosureCore
import DisclosureStore
import Foundation
import ImportKit

/// Writes processed files to the archive in walk order, one transaction per batch: items (merging duplicates),
/// list links, the ID map and messages. A batch lands whole or not at all, so a run killed between batches resumes
/// cleanly: the files of committed batches are found unchanged, the rest are processed again.
struct BatchWriter {
    let archive: DisclosureArchive
    let run: Int64
    let layout: MirrorLayout
    private(set) var actions: [FileAction: Int] = [:]

    init(archive: DisclosureArchive, run: Int64, layout: MirrorLayout) {
        self.archive = archive
        self.run = run
        self.layout = layout
    }

    mutating func write(_ batch: [FileResult]) throws {
        guard !batch.isEmpty else { return }
        for result in batch { actions[result.action, default: 0] += 1 }
        let run = self.run
        try archive.write { session in
            for result in batch { try Self.apply(result, session: session, run: run) }
        }
    }

    // MARK: - Applying one file

    private static func apply(_ result: FileResult, session: ArchiveSession, run: Int64) throws {
        let input = result.input
        func record(_ status: SourceStatus, itemID: ItemID? = nil, reason: String?, importer: String? = nil) throws {
            try session.setMapping(
                SourceMapping(
                    sourceKey: input.key, file: input.relativePath, itemID: itemID, status: status, reason: reason,
                    contentHash: result.contentHash, importer: importer, lastRun: run))
        }
        switch result.kind {
        case .unchanged:
            return
        case .failed(let reason):
            try record(.failed, reason: reason)
            try session.addMessages(
                [Diagnostic(.error, code: "migration.file-failed", message: reason, file: input.relativePath)],
                run: run,
                sourceKey: input.key)
        case .asset(let mediaType):
            try record(.notAnItem, reason: "not a page or export (\(mediaType))")
        case .unrecognised(let mediaType, let importer, let reason):
            try record(
                .notAnItem, reason: "not a page or export (\(mediaType)); \(importer) could not read it: \(reason)")
        case .imported(let imported, let importer):
            try session.addMessages(imported.diagnostics, run: run, sourceKey: input.key)
            switch imported.outcome {
            case .items:
                try applyItems(
                    imported.items, file: input, session: session, run: run,
                    record: { status, id, reason in
                        try record(status, itemID: id, reason: reason, importer: importer)
                    })
            case .listPage:
                let links = imported.listing?.links ?? []
                try session.replaceListLinks(
                    listFile: input.relativePath,
                    links: links.map {
                        (url: MirrorLayout.normalize($0.url), title: $0.title, date: $0.date?.description)
                    })
                try saveNonItems(imported.items, session: session, run: run)
                let column = imported.listing?.column.map { " of \($0)" } ?? ""
                try record(
                    .notAnItem, reason: "column list page\(column) with \(links.count) links", importer: importer)
            case .fileIndex:
                try session.replaceIndexedFiles(
                    listFile: input.relativePath,
                    files: imported.files.map {
                        ArchiveSession.IndexedFileRecord(
                            listFile: input.relativePath, folder: $0.folder, name: $0.name, size: $0.size,
                            uploadedAt: $0.uploadedAt?.description, url: $0.url)
                    })
                try record(.notAnItem, reason: "file index listing \(imported.files.count) files", importer: importer)
            case .notAnItem(let reason):
                try saveNonItems(imported.items, session: session, run: run)
                try record(.notAnItem, itemID: imported.items.first?.id, reason: reason, importer: importer)
            }
        }
    }

    private static func saveNonItems(_ items: [DisclosureItem], session: ArchiveSession, run: Int64) throws {
        for item in items where !item.isItem { try session.save(item, run: run) }
    }

    /// Writes the items of a page or the rows of an export, each as its own source in the ID map.
    private static func applyItems(
        _ items: [DisclosureItem], file input: InputFile, session: ArchiveSession, run: Int64,
        record: (SourceStatus, ItemID?, String?) throws -> Void
    ) throws {
        let isExport = items.count > 1 || items.first?.row != nil
        var keys: Set<String> = []
        var counts: [SourceStatus: Int] = [:]
        for (index, item) in items.enumerated() {
            let key = isExport ? "\(input.key)#row=\(item.row ?? index + 1)" : input.key
            keys.insert(key)
            let (status, itemID, reason) = try place(item, session: session, run: run)
            counts[status, default: 0] += 1
            if isExport {
                try session.setMapping(
                    SourceMapping(
                        sourceKey: key, file: input.relativePath, itemID: itemID, status: status, reason: reason,
                        contentHash: item.provenance.first?.contentHash, importer: item.provenance.first?.importer,
                        lastRun: run))
                if !item.isItem { try session.addMessages(item.diagnostics, run: run, sourceKey: key) }
            } else {
                try record(status, itemID, reason)
            }
        }
        guard isExport else { return }
        keys.insert(input.key)
        _ = try session.removeMappings(file: input.relativePath, except: keys, run: run)
        let parts = SourceStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        try record(.imported, nil, "export with \(items.count) rows: " + parts.joined(separator: ", "))
    }

    /// Stores one item: as itself, or merged into the item of another source that is the same document.
    private static func place(
        _ item: DisclosureItem, session: ArchiveSession, run: Int64
    ) throws -> (SourceStatus, ItemID?, String?) {
        guard item.isItem else {
            let reason = item.diagnostics.first { $0.severity == .error }?.message ?? "not an item"
            return (.failed, nil, reason)
        }
        if let existing = try session.item(item.id) {
            try session.save(item.merging(existing), run: run)
            return (.imported, item.id, nil)
        }
        if let (target, why) = try duplicate(of: item, session: session), let existing = try session.item(target) {
            try session.save(existing.merging(item), run: run)
            return (.merged, target, why)
        }
        try session.save(item, run: run)
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
