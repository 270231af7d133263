import DisclosureCore
import DisclosureStore
import Foundation

extension BatchWriter {
    /// Closes the run: builds the summary from the archive's accounting and records it with the run.
    func finish(
        seen: Set<String>, startedAt: String, seconds: Double, files: Int, source: String
    ) throws
        -> MigrationSummary
    {
        try archive.write { session in
            var summary = MigrationSummary(
                run: run, source: source, startedAt: startedAt, finishedAt: MigrationPipeline.timestamp(),
                seconds: seconds, files: files,
                actions: Dictionary(uniqueKeysWithValues: actions.map { ($0.key.rawValue, $0.value) }),
                outcomes: [:], rows: [:], itemsInArchive: 0, itemsByCategory: [:], itemsByYear: [:], failures: [],
                notItems: [], merged: [], hiddenLinks: [], encodings: [:], missingAttachments: [],
                filePlatformLinks: [], missingListedItems: [], removedFiles: [])
            try session.labelAttachmentFiles()
            try session.forEachMapping { mapping in
                let fileKey = mapping.sourceKey.components(separatedBy: "#row=").first ?? mapping.sourceKey
                let isRow = fileKey != mapping.sourceKey
                guard seen.contains(fileKey) else {
                    if !isRow { summary.removedFiles.append(mapping.file) }
                    return
                }
                let label =
                    isRow
                    ? mapping.file + "#row=" + (mapping.sourceKey.components(separatedBy: "#row=").last ?? "")
                    : mapping.file
                if isRow {
                    summary.rows[mapping.status.rawValue, default: 0] += 1
                } else {
                    summary.outcomes[mapping.status.rawValue, default: 0] += 1
                }
                let note = MigrationSummary.FileNote(
                    source: label, reason: mapping.reason ?? "", itemID: mapping.itemID?.rawValue)
                switch mapping.status {
                case .failed: summary.failures.append(note)
                case .notAnItem: summary.notItems.append(note)
                case .merged: summary.merged.append(note)
                case .imported: break
                }
            }
            try session.forEachItem(includeNonItems: true) { item in
                if let encoding = item.encoding ?? item.provenance.first?.encoding {
                    summary.encodings[encoding, default: 0] += 1
                }
                guard item.isItem else { return }
                summary.itemsInArchive += 1
                summary.itemsByCategory[item.category?.rawValue ?? "(none)", default: 0] += 1
                summary.itemsByYear[item.publishedAt.map { String($0.date.year) } ?? "(none)", default: 0] += 1
                summary.hiddenLinks += item.hiddenLinks.map { .init(itemID: item.id.rawValue, url: $0) }
                summary.missingAttachments += item.attachments.filter { $0.path == nil }.map {
                    .init(itemID: item.id.rawValue, name: $0.name, url: $0.url)
                }
            }
            summary.missingListedItems = try session.missingListedItems()
            summary.filePlatformLinks = try session.filesLinkedToItems()
            // The run keeps its counts; the lists (which grow with the site) are in the ID map and messages already.
            let json = String(decoding: try DisclosureJSON.lineEncoder().encode(summary.counts), as: UTF8.self)
            try session.finishRun(run, summary: json, at: summary.finishedAt)
            return summary
        }
    }
}
