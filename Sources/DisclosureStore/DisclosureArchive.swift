import DisclosureCore
import Foundation
import GRDB

/// The embedded archive: one SQLite file holding items, attachments, provenance, the catalogue, requests, and the
/// bookkeeping of migrations (runs, the source→item ID map, per-source messages, history for rollback).
///
/// The schema is created and evolved by versioned migrations when the archive is opened. Writes happen in
/// transactions through ``write(_:)``, so a batch of items lands whole or not at all — which is what makes an
/// interrupted migration resumable. The type is safe to share between tasks: there is one writer at a time, and
/// reads (of a file archive) run beside it on snapshots, so parsing tasks never wait for a batch being written.
public final class DisclosureArchive: Sendable {
    /// The archive file (`:memory:` for an in-memory archive).
    public let path: String
    /// A pool (write-ahead log: reads run beside the writer) for a file, a queue for an in-memory archive.
    private let queue: any DatabaseWriter

    /// Opens the archive at `path`, creating it and bringing its schema up to date.
    public init(path: String) throws(ArchiveError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "disclosure-archive"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabasePool(path: path, configuration: configuration)
            try ArchiveSchema.migrator.migrate(queue)
        } catch {
            throw ArchiveError(code: "archive.open-failed", path: path, message: "cannot open the archive: \(error)")
        }
    }

    /// An archive that lives in memory only, for tests and previews.
    public init() throws(ArchiveError) {
        path = ":memory:"
        do {
            queue = try DatabaseQueue()
            try ArchiveSchema.migrator.migrate(queue)
        } catch {
            throw ArchiveError(code: "archive.open-failed", path: path, message: "cannot create the archive: \(error)")
        }
    }

    /// Runs `body` in one write transaction: everything it writes is committed together, or nothing if it throws.
    public func write<T>(_ body: (ArchiveSession) throws -> T) throws -> T {
        do {
            return try queue.write { db in try body(ArchiveSession(db: db, path: path)) }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(code: "archive.write-failed", path: path, message: "\(error)")
        }
    }

    /// Runs `body` with read access to a consistent snapshot.
    public func read<T>(_ body: (ArchiveSession) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(ArchiveSession(db: db, path: path)) }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(code: "archive.read-failed", path: path, message: "\(error)")
        }
    }

    /// The size of the archive file in bytes (0 for an in-memory archive), after a checkpoint of the write-ahead log.
    public func fileSize() -> Int {
        guard path != ":memory:" else { return 0 }
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return size ?? 0
    }
}
