import ArgumentParser
import DisclosureStore
import Foundation

/// The `--store DB` option shared by the commands that work on an archive.
struct ArchiveOption: ParsableArguments {
    @Option(name: .customLong("store"), help: "The archive file (SQLite); created when it does not exist.")
    var path: String

    /// Opens the archive, or fails with a message naming the file.
    func open(mustExist: Bool = true) throws -> DisclosureArchive {
        try Self.open(path, mustExist: mustExist)
    }

    /// Opens the archive at `path`, or fails with a message naming the file.
    static func open(_ path: String, mustExist: Bool = true) throws -> DisclosureArchive {
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such archive (run `disclosure migrate … --store \(path)` first)")
        }
        do {
            return try DisclosureArchive(path: path)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
