import DisclosureCore
import DisclosureStore
import Foundation
import ImportKit

/// Writes processed files to the archive in walk order, one transaction per batch: items (merging duplicates),
/// list links, the ID map, messages, and the record that the run walked the file. A batch lands whole or not at all,
/// so a run killed between batches resumes cleanly: the files of committed batches are found unchanged, the rest are
/// processed again.
///
/// A streamed source (a register export read by a ``ImportKit/StreamingImporter``) is imported here, when its turn
/// comes, and each record is written as the importer hands it over; the file still lands whole with its batch (a
/// savepoint undoes its records if the importer fails part-way, as if it had failed before handing any over).
struct BatchWriter {
    let archive: DisclosureArchive
    let run: Int64
    let processor: FileProcessor
    private(set) var actions: [FileAction: Int] = [:]

    init(archive: DisclosureArchive, run: Int64, processor: FileProcessor) {
        self.archive = archive
        self.run = run
        self.processor = processor
    }

    mutating func write(_ batch: [FileResult]) throws {
        guard !batch.isEmpty else { return }
        for result in batch { actions[result.action, default: 0] += 1 }
        let run = self.run
        let processor = self.processor
        try archive.write { session in
            for result in batch {
                try session.recordWalked(result.input.key, run: run)
                try Self.apply(result, session: session, run: run, processor: processor)
            }
        }
    }

    // MARK: - Applying one file

    private static func apply(
        _ result: FileResult, session: ArchiveSession, run: Int64, processor: FileProcessor
    ) throws {
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
        case .streamed(let source, let importer, let confidence):
            let failure = try applyStreamed(
                source, importer: importer, result: result, session: session, run: run, processor: processor)
            if let failure {
                let failed = processor.failure(
                    failure, input: input, source: source, hash: result.contentHash ?? "", action: result.action,
                    importer: importer, confidence: confidence)
                try apply(failed, session: session, run: run, processor: processor)
            }
        case .imported(let imported, let importer):
            try session.addMessages(imported.diagnostics, run: run, sourceKey: input.key)
            switch imported.outcome {
            case .items:
                var sink = ItemSink(input: input, importer: importer, contentHash: result.contentHash, run: run)
                for item in imported.items { try sink.add(item, session: session) }
                try sink.finish(session: session)
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

    /// Imports a streamed source, writing each record as it comes, in a savepoint; returns the importer's error when
    /// it failed (its records undone).
    private static func applyStreamed(
        _ source: ImportSource, importer: any StreamingImporter, result: FileResult, session: ArchiveSession,
        run: Int64, processor: FileProcessor
    ) throws -> ImportError? {
        let input = result.input
        let hash = result.contentHash ?? ""
        let url = source.originalURL
        var importFailure: ImportError?
        try session.savepoint {
            var sink = ItemSink(input: input, importer: importer.identifier, contentHash: result.contentHash, run: run)
            var writeFailure: (any Error)?
            let imported: ImportResult
            do throws(ImportError) {
                imported = try importer.importSource(source, context: processor.context) { record in
                    guard writeFailure == nil else { return }
                    let item = processor.normalize(
                        record, input: input, url: url, hash: hash, importer: importer.identifier)
                    do { try sink.add(item, session: session) } catch { writeFailure = error }
                }
            } catch {
                importFailure = error
                return false
            }
            if let writeFailure { throw writeFailure }
            try session.addMessages(imported.diagnostics, run: run, sourceKey: input.key)
            try sink.finish(session: session)
            return true
        }
        return importFailure
    }

    private static func saveNonItems(_ items: [DisclosureItem], session: ArchiveSession, run: Int64) throws {
        for item in items where !item.isItem { try session.save(item, run: run) }
    }
}
