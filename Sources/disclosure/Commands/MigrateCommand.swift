import ArgumentParser
import DisclosureCore
import DisclosureMigration
import DisclosureStore
import Foundation

/// `disclosure migrate SITE_DIR --store DB`: a whole legacy site mirror and its exports into the archive.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Migrate a legacy site mirror and its OA exports into an archive.",
        discussion: """
            Walks SITE_DIR (a `wget --mirror` folder; exports may sit in it too), sniffs every file, imports it with \
            the most confident importer, merges duplicates (same address, 文号, or title and date) and writes the \
            archive. Every file ends as imported, merged, not an item, or failed, with a reason. Re-running over \
            unchanged input changes nothing; a run that was killed resumes where it stopped. Progress goes to \
            standard error, the summary to standard output.
            """
    )

    @Argument(help: "The mirror folder (may also hold OA exports).")
    var siteDirectory: String?

    @OptionGroup var archive: ArchiveOption

    @Option(name: .customLong("oa"), help: "An export file kept outside the folder (repeatable).")
    var exports: [String] = []

    @Option(help: "The site's address when the mirror's first folder is not its host name.")
    var baseURL: String?

    @Option(help: "A site profile (JSON) with selectors, label synonyms and column mapping for this site.")
    var profile: String?

    @Option(help: "Write the accounting as JSON to this file.")
    var summary: String?

    @Option(help: "Write a self-contained HTML migration report to this file.")
    var reportHtml: String?

    @Option(help: "Files parsed at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Files written per transaction.")
    var batchSize: Int = 100

    @Option(help: "Undo run RUN (the latest one) instead of migrating.")
    var rollback: Int64?

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        if rollback == nil, siteDirectory == nil { throw ValidationError("give the mirror folder SITE_DIR") }
        if let siteDirectory, rollback == nil {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: siteDirectory, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { throw ValidationError("\(siteDirectory): no such folder") }
        }
        for file in exports where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("\(file): no such file (--oa)")
        }
    }

    func run() async throws {
        if let rollback {
            let store = try archive.open()
            let undone = try store.write { try $0.rollback(run: rollback) }
            print("rolled back run \(rollback): \(undone.items) items and \(undone.sources) sources restored")
            return
        }
        let store = try archive.open(mustExist: false)
        let profileBytes = try profile.map { [UInt8](try InputFile.readBytes($0)) }
        var options = MigrationOptions(
            siteDirectory: URL(fileURLWithPath: siteDirectory ?? "."),
            extraFiles: exports.map(URL.init(fileURLWithPath:)),
            baseURL: baseURL, profile: profileBytes, batchSize: batchSize)
        if let jobs { options.parallelism = max(1, jobs) }
        let reporter = ProgressReporter(quiet: quiet)
        let pipeline = MigrationPipeline(
            importers: StandardImporters.migration(siblings: MirrorSiblingFiles.provider(root: options.siteDirectory)),
            archive: store, options: options)
        let result = try await pipeline.run { reporter.report($0) }
        print(result.renderText())
        // The summary holds the first entries of each list; the files get every entry, read back from the archive.
        if let summary {
            try Self.write(to: summary) { output in
                try store.read { session in
                    try result.writeJSON(details: MigrationDetails(session: session, run: result.run), to: output)
                }
            }
        }
        if let reportHtml {
            let names = Dictionary(
                uniqueKeysWithValues: options.catalogue.depthFirst.map { ($0.id.rawValue, $0.name) })
            try Self.write(to: reportHtml) { output in
                try store.read { session in
                    try MigrationReportPage.write(
                        result, details: MigrationDetails(session: session, run: result.run), categoryNames: names,
                        to: output)
                }
            }
        }
    }

    /// Writes a file piece by piece, through a buffer.
    static func write(to path: String, _ body: ((String) throws -> Void) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CommandFailure("\(path): cannot be written") }
        defer { try? handle.close() }
        var buffer = Data()
        try body { text in
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 64 * 1024 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
    }
}
