import Foundation
import ImportKit

/// One input of a migration: a file of the mirror (by its path relative to the mirror root) or an extra export.
struct InputFile: Sendable {
    /// The path relative to the mirror root, or the path as given for an extra file.
    let relativePath: String
    /// The file on disk.
    let url: URL
    /// Whether it came from `--oa` rather than the mirror.
    let isExtra: Bool

    /// The stable key of the file in the ID map.
    var key: String { (isExtra ? "extra:" : "file:") + relativePath }

    func read() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}

/// The mirror's files in walk order, then the extra files.
struct InputSequence: IteratorProtocol {
    var walker: SourceWalker.Iterator
    var extras: [URL]
    private var extraIndex = 0

    init(walker: SourceWalker.Iterator, extras: [URL]) {
        self.walker = walker
        self.extras = extras
    }

    mutating func next() -> InputFile? {
        if let path = walker.next() {
            return InputFile(relativePath: path, url: walker.root.appendingPathComponent(path), isExtra: false)
        }
        guard extraIndex < extras.count else { return nil }
        defer { extraIndex += 1 }
        let url = extras[extraIndex].standardizedFileURL
        return InputFile(relativePath: url.path, url: url, isExtra: true)
    }
}

/// What processing one file produced, before it is written.
struct FileResult: Sendable {
    enum Kind: Sendable {
        case unchanged
        case failed(String)
        case asset(mediaType: String)
        case unrecognised(mediaType: String, importer: String, reason: String)
        case imported(ImportResult, importer: String)
    }

    let input: InputFile
    let contentHash: String?
    let action: FileAction
    let kind: Kind
}
