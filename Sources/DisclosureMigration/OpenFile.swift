import DisclosureCore
import Foundation
import ImportKit

/// A file opened for reading with as little copying as possible: read straight into one array, or a head read first
/// and the rest read (or only hashed) later. Closed when released.
final class OpenFile {
    /// The path, for error messages.
    let path: String
    /// The size when it was opened.
    let size: Int
    private let descriptor: Int32

    /// Opens a file for reading.
    init(path: String) throws(FileReadError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileReadError(path: path, operation: "open", code: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw FileReadError(path: path, operation: "stat", code: code)
        }
        size = Int(status.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `count` more bytes (fewer only at the end of the file).
    func read(upTo count: Int) throws(FileReadError) -> [UInt8] {
        var failure: FileReadError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let got = Foundation.read(descriptor, buffer.baseAddress! + initialized, count - initialized)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = FileReadError(path: path, operation: "read", code: errno) }
                if got <= 0 { break }
                initialized += got
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Reads the rest of the file onto `bytes` (what was read before).
    func readToEnd(after bytes: [UInt8]) throws(FileReadError) -> [UInt8] {
        var bytes = bytes
        // One byte more than the size: getting fewer says the end was reached, without another allocation.
        let expected = max(size - bytes.count, 0) + 1
        let rest = try read(upTo: expected)
        if bytes.isEmpty { bytes = rest } else { bytes += rest }
        if rest.count < expected { return bytes }
        // A file that grew since it was opened is read to its new end.
        while true {
            let more = try read(upTo: 64 * 1024)
            if more.isEmpty { break }
            bytes += more
        }
        return bytes
    }

    /// The SHA-256 of a file read 64 KiB at a time (never held whole), and its first 16 bytes (for its media type).
    static func digest(path: String) throws(FileReadError) -> (hash: String, head: [UInt8]) {
        let file = try OpenFile(path: path)
        let first = try file.read(upTo: 64 * 1024)
        var digest = ContentHash()
        digest.update(first)
        try file.digestRest(into: &digest)
        return (digest.finalizeHex(), Array(first.prefix(16)))
    }

    /// Feeds the rest of the file to a digest, 64 KiB at a time, without keeping it.
    func digestRest(into digest: inout ContentHash) throws(FileReadError) {
        while true {
            let chunk = try read(upTo: 64 * 1024)
            if chunk.isEmpty { break }
            digest.update(chunk)
        }
    }
}
