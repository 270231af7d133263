import DisclosureCore
import DisclosureStore
import Foundation

extension BatchWriter {
    /// Closes the run: indexes the full text of the items it saved (in one statement), builds the summary from the
    /// archive's accounting (counts by queries, the first `listLimit` entries of each list) and records it with the
    /// run.
    func finish(
        startedAt: String, seconds: Double, files: Int, source: String, listLimit: Int
    ) throws -> MigrationSummary {
        try archive.write { session in
            try session.indexUnindexedText()
            try session.labelAttachmentFiles()
            let details = MigrationDetails(session: session, run: run)
            let (outcomes, rows) = try session.walkedSourceCounts(run: run)
            func named(_ counts: [SourceStatus: Int]) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
            }
            var byCategory: [String: Int] = [:]
            for (category, count) in try session.itemCountsByCategory() {
                byCategory[category?.rawValue ?? "(none)", default: 0] += count
            }
            var byYear: [String: Int] = [:]
            for (year, count) in try session.itemCountsByYear() {
                byYear[year.map(String.init) ?? "(none)", default: 0] += count
            }
            var summary = MigrationSummary(
                run: run, source: source, startedAt: startedAt, finishedAt: MigrationPipeline.timestamp(),
                seconds: seconds, files: files,
                actions: Dictionary(uniqueKeysWithValues: actions.map { ($0.key.rawValue, $0.value) }),
                outcomes: named(outcomes), rows: named(rows), itemsInArchive: try session.itemCount(),
                itemsByCategory: byCategory, itemsByYear: byYear, failures: [], notItems: [], merged: [],
                hiddenLinks: [], encodings: try session.encodingCounts(), missingAttachments: [],
                filePlatformLinks: [], missingListedItems: [], removedFiles: [], listCounts: try details.listCounts())
            try details.forEachFailure(limit: listLimit) { summary.failures.append($0) }
            try details.forEachNotItem(limit: listLimit) { summary.notItems.append($0) }
            try details.forEachMerged(limit: listLimit) { summary.merged.append($0) }
            try details.forEachHiddenLink(limit: listLimit) { summary.hiddenLinks.append($0) }
            try details.forEachMissingAttachment(limit: listLimit) { summary.missingAttachments.append($0) }
            try details.forEachFilePlatformLink(limit: listLimit) { summary.filePlatformLinks.append($0) }
            try details.forEachMissingListedItem(limit: listLimit) { summary.missingListedItems.append($0) }
            try details.forEachRemovedFile(limit: listLimit) { summary.removedFiles.append($0) }
            // The run keeps its counts; every entry of the lists is in the archive already.
            let json = String(decoding: try DisclosureJSON.lineEncoder().encode(summary.counts), as: UTF8.self)
            try session.finishRun(run, summary: json, at: summary.finishedAt)
            return summary
        }
    }
}
