import DisclosureCore
public import DisclosureStore
import Foundation
public import ImportKit

/// The migration: walks a legacy site mirror (and export files), runs the importers on every file, merges
/// duplicates, writes the archive in batched transactions, and accounts for every input.
///
/// - Files are walked lazily in a fixed order and parsed concurrently (``MigrationOptions/parallelism``), but their
///   results are written in walk order, so a run is reproducible and an interrupted run, restarted, ends in the
///   same archive as an uninterrupted one.
/// - A file whose content hash matches the ID map is not imported again: a second run over unchanged input changes
///   nothing and says so; a changed file updates its items.
/// - Memory stays flat: at most a window of parsed files is held at a time.
public struct MigrationPipeline: Sendable {
    /// The importers, most specific first; each file goes to the most confident one.
    public let importers: [any Importer]
    /// The archive written to.
    public let archive: DisclosureArchive
    /// What to migrate and how.
    public let options: MigrationOptions

    /// Creates a pipeline.
    public init(importers: [any Importer], archive: DisclosureArchive, options: MigrationOptions) {
        self.importers = importers
        self.archive = archive
        self.options = options
    }

    /// Runs the migration, reporting progress after each file, and returns its summary.
    public func run(progress: @Sendable (MigrationProgress) -> Void = { _ in }) async throws -> MigrationSummary {
        let clock = ContinuousClock.now
        let startedAt = Self.timestamp()
        let layout = MirrorLayout(root: options.siteDirectory, baseURL: options.baseURL)
        let walker = SourceWalker(root: options.siteDirectory)
        let total = walker.count() + options.extraFiles.count
        let run = try archive.write { session in
            try session.saveCatalogue(options.catalogue)
            return try session.beginRun(source: options.siteDirectory.path, at: startedAt)
        }
        var inputs = InputSequence(walker: walker.makeIterator(), extras: options.extraFiles)
        var writer = BatchWriter(archive: archive, run: run, layout: layout)
        var done = 0
        var seen: Set<String> = []

        try await withThrowingTaskGroup(of: (Int, FileResult).self) { group in
            var launched = 0
            var ready: [Int: FileResult] = [:]
            var nextToWrite = 0
            var batch: [FileResult] = []
            func launch() {
                guard let input = inputs.next() else { return }
                let index = launched
                launched += 1
                group.addTask { (index, self.process(input, layout: layout)) }
            }
            for _ in 0..<(options.parallelism * 8) { launch() }
            while let (index, result) = try await group.next() {
                ready[index] = result
                while let next = ready.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    batch.append(next)
                    if batch.count >= options.batchSize {
                        try writer.write(batch)
                        for written in batch {
                            done += 1
                            seen.insert(written.input.key)
                            progress(
                                MigrationProgress(
                                    done: done, total: total, file: written.input.relativePath,
                                    elapsed: Self.seconds(since: clock)))
                        }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                launch()
            }
            try writer.write(batch)
            for written in batch {
                done += 1
                seen.insert(written.input.key)
                progress(
                    MigrationProgress(
                        done: done, total: total, file: written.input.relativePath, elapsed: Self.seconds(since: clock))
                )
            }
        }
        return try writer.finish(
            seen: seen, startedAt: startedAt, seconds: Self.seconds(since: clock), files: done,
            source: options.siteDirectory.path)
    }

    // MARK: - One file (runs concurrently)

    func process(_ input: InputFile, layout: MirrorLayout) -> FileResult {
        let bytes: [UInt8]
        do {
            bytes = try input.read()
        } catch {
            return FileResult(input: input, contentHash: nil, action: .added, kind: .failed("cannot be read: \(error)"))
        }
        let hash = SHA256Digest.hex(of: bytes)
        let previous = try? archive.read { try $0.mapping(input.key) }
        if let previous, previous.contentHash == hash {
            return FileResult(input: input, contentHash: hash, action: .unchanged, kind: .unchanged)
        }
        let action: FileAction = previous == nil ? .added : .updated
        let url = input.isExtra ? nil : layout.url(ofFile: input.relativePath)
        let source = ImportSource(bytes: bytes, path: input.relativePath, originalURL: url)
        guard let (importer, confidence) = importers.mostConfident(for: source) else {
            let type = MediaType.guess(bytes: bytes.prefix(16), name: input.relativePath)
            return FileResult(
                input: input, contentHash: hash, action: action, kind: .asset(mediaType: type))
        }
        let context = ImportContext(
            catalogue: options.catalogue, columnMapping: options.columnMapping, baseURL: options.baseURL,
            profile: options.profile)
        do {
            var result = try importer.importSource(source, context: context)
            result.items = result.items.map {
                normalize($0, input: input, url: url, hash: hash, importer: importer, layout: layout)
            }
            return FileResult(
                input: input, contentHash: hash, action: action, kind: .imported(result, importer: importer.identifier))
        } catch {
            // An importer that only thought the file *might* be its input (any delimited text, any HTML) and then
            // could not read it has found a file that is not an item — a style sheet, a script, a data file —
            // rather than a broken export. The reason keeps what the importer said.
            guard confidence == .certain else {
                let type = MediaType.guess(bytes: bytes.prefix(16), name: input.relativePath)
                return FileResult(
                    input: input, contentHash: hash, action: action,
                    kind: .unrecognised(mediaType: type, importer: importer.identifier, reason: error.message))
            }
            return FileResult(input: input, contentHash: hash, action: action, kind: .failed(error.description))
        }
    }

    /// Gives an item what the migration knows and the importer may not: the file, the address, provenance, and
    /// attachments resolved to files of the mirror (with checksum and media type).
    func normalize(
        _ item: DisclosureItem, input: InputFile, url: String?, hash: String, importer: any Importer,
        layout: MirrorLayout
    ) -> DisclosureItem {
        var item = item
        item.sourceFile = input.relativePath
        if item.url == nil { item.url = url }
        item.url = item.url.map(MirrorLayout.normalize)
        if item.provenance.isEmpty {
            item.provenance = [
                SourceRecord(
                    importer: importer.identifier, file: input.relativePath, url: item.url, row: item.row,
                    contentHash: hash, encoding: item.encoding)
            ]
        }
        guard !input.isExtra else { return item }
        item.attachments = item.attachments.map { attachment in
            var attachment = attachment
            guard attachment.path == nil, let link = attachment.url,
                let file = layout.file(forLink: link, pageURL: item.url, pagePath: input.relativePath),
                let data = FileManager.default.contents(atPath: options.siteDirectory.appendingPathComponent(file).path)
            else { return attachment }
            attachment.path = file
            attachment.sha256 = SHA256Digest.hex(of: data)
            attachment.mediaType =
                attachment.mediaType ?? MediaType.guess(bytes: Array(data.prefix(16))[...], name: file)
            return attachment
        }
        return item
    }

    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
