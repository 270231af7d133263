import DisclosureCore
import DisclosureStore
import Foundation

extension MigrationSummary {
    /// Writes the summary as one JSON object (keys sorted, one list entry per line) piece by piece to `output`, every
    /// list whole: read from the archive through `details` as it is written, so a summary of any size is never held
    /// (without details, the lists as the summary holds them). Decodes as a ``MigrationSummary``.
    public func writeJSON(details: MigrationDetails?, to output: (String) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in try writeJSON(details: details, escaping: output) }
    }

    private func writeJSON(details: MigrationDetails?, escaping output: @escaping (String) throws -> Void) throws {
        let encoder = DisclosureJSON.lineEncoder()
        func json(_ value: some Encodable) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        var first = true
        func key(_ name: String) throws {
            try output((first ? "{\n" : ",\n") + "  \"\(name)\": ")
            first = false
        }
        func value(_ name: String, _ value: some Encodable) throws {
            try key(name)
            try output(try json(value))
        }
        func list<T: Encodable>(_ name: String, _ held: [T], _ stream: (((T) throws -> Void) throws -> Void)?) throws {
            try key(name)
            var count = 0
            let element = { (entry: T) throws in
                try output((count == 0 ? "[\n    " : ",\n    ") + (try json(entry)))
                count += 1
            }
            if let stream {
                try stream(element)
            } else {
                for entry in held { try element(entry) }
            }
            try output(count == 0 ? "[]" : "\n  ]")
        }
        // In the order of the keys, as the encoders of DisclosureJSON sort them.
        try value("actions", actions)
        try value("encodings", encodings)
        try list("failures", failures, details.map { details in { try details.forEachFailure($0) } })
        try list(
            "filePlatformLinks", filePlatformLinks,
            details.map { details in { try details.forEachFilePlatformLink($0) } })
        try value("files", files)
        try value("finishedAt", finishedAt)
        try list("hiddenLinks", hiddenLinks, details.map { details in { try details.forEachHiddenLink($0) } })
        try value("itemsByCategory", itemsByCategory)
        try value("itemsByYear", itemsByYear)
        try value("itemsInArchive", itemsInArchive)
        try value("listCounts", listCounts)
        try list("merged", merged, details.map { details in { try details.forEachMerged($0) } })
        try list(
            "missingAttachments", missingAttachments,
            details.map { details in { try details.forEachMissingAttachment($0) } })
        try list(
            "missingListedItems", missingListedItems,
            details.map { details in { try details.forEachMissingListedItem($0) } })
        try list("notItems", notItems, details.map { details in { try details.forEachNotItem($0) } })
        try value("outcomes", outcomes)
        try list("removedFiles", removedFiles, details.map { details in { try details.forEachRemovedFile($0) } })
        try value("rows", rows)
        try value("run", run)
        try value("seconds", seconds)
        try value("source", source)
        try value("startedAt", startedAt)
        try output("\n}\n")
    }
}
