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
/// - Memory stays flat: at most a window of parsed files is held at a time, the records of a large export are written
///   as its importer hands them over (``ImportKit/StreamingImporter``), and whatever must span the run (which files
///   were walked, merge keys, list links) is in the archive, not in memory.
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

    /// Runs the migration, reporting progress after each file is written, and returns its summary.
    ///
    /// Parsing runs in ``MigrationOptions/parallelism`` tasks at once; the archive is written by one thread of its
    /// own (``WriterThread``), in walk order, so both proceed together. The parsing side holds back when it is a
    /// window of files ahead of the writer, which bounds the memory of a run whatever the size of the site.
    public func run(
        progress: @escaping @Sendable (MigrationProgress) -> Void = { _ in }
    ) async throws
        -> MigrationSummary
    {
        let clock = ContinuousClock.now
        let startedAt = Self.timestamp()
        let layout = MirrorLayout(root: options.siteDirectory, baseURL: options.baseURL)
        let walker = SourceWalker(root: options.siteDirectory)
        let total = walker.count() + options.extraFiles.count
        let (run, knowsSources) = try archive.write { session in
            try session.saveCatalogue(options.catalogue)
            let run = try session.beginRun(source: options.siteDirectory.path, at: startedAt)
            try session.startWalk(run: run)
            return (run, try session.hasMappings())
        }
        let processor = FileProcessor(
            importers: importers, archive: archive, options: options, layout: layout, knowsSources: knowsSources)
        let writer = WriterThread(
            writer: BatchWriter(archive: archive, run: run, processor: processor), batchSize: options.batchSize
        ) { result, done in
            progress(
                MigrationProgress(
                    done: done, total: total, file: result.input.relativePath, elapsed: Self.seconds(since: clock)))
        }
        var inputs = InputSequence(walker: walker.makeIterator(), extras: options.extraFiles)
        let running = options.parallelism
        let ahead = 2 * options.batchSize + options.parallelism * 8
        var submitted = 0
        do {
            try await withThrowingTaskGroup(of: (Int, FileResult).self) { group in
                var launched = 0
                var inFlight = 0
                var exhausted = false
                var ready: [Int: FileResult] = [:]
                while true {
                    while !exhausted, inFlight < running, launched - writer.writtenCount < ahead {
                        guard let input = inputs.next() else {
                            exhausted = true
                            break
                        }
                        let index = launched
                        launched += 1
                        inFlight += 1
                        group.addTask { (index, processor.process(input)) }
                    }
                    if inFlight == 0 {
                        if exhausted { break }
                        // Far enough ahead of the writer: wait for it to catch up.
                        try await writer.waitUntilWritten(atLeast: launched - ahead + 1)
                        continue
                    }
                    guard let (index, result) = try await group.next() else { break }
                    inFlight -= 1
                    ready[index] = result
                    while let next = ready.removeValue(forKey: submitted) {
                        writer.submit(next)
                        submitted += 1
                    }
                    try writer.checkFailure()
                }
            }
        } catch {
            _ = try? await writer.finish()
            throw error
        }
        let batchWriter = try await writer.finish()
        return try batchWriter.finish(
            startedAt: startedAt, seconds: Self.seconds(since: clock), files: submitted,
            source: options.siteDirectory.path, listLimit: options.listLimit)
    }

    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
