import Foundation
import ImportKit
import ZIPFoundation

/// A zip archive read defensively: every entry path is checked for traversal (`../`, absolute paths,
/// drive letters, symbolic links) and every size against ``ZipLimits`` before anything is extracted, and
/// extraction stops as soon as an entry produces more bytes than it declared or the limits allow.
struct SafeZip {
    private let archive: Archive
    private let file: String
    private let limits: ZipLimits
    private var entries: [String: Entry] = [:]
    /// The entry paths in archive order (files only).
    private(set) var paths: [String] = []

    /// Opens and checks an archive held in memory.
    init(bytes: [UInt8], file: String, limits: ZipLimits) throws(ImportError) {
        self.file = file
        self.limits = limits
        // ZIPFoundation leaks the in-memory file it opened (its buffer and a copy of the bytes) when it finds no end
        // of central directory, so a file that merely starts like a zip (a broken `.docx` in a mirror) is refused
        // here first, with the same reason.
        guard Self.hasEndOfCentralDirectory(bytes) else {
            throw ImportError(
                code: "zip.unreadable", file: file,
                message: "not a readable zip archive: \(Archive.ArchiveError.missingEndOfCentralDirectoryRecord)")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ImportError(code: "zip.unreadable", file: file, message: "not a readable zip archive: \(error)")
        }
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw ImportError(
                    code: "zip.too-many-entries", file: file,
                    message: "the archive has more than \(limits.maxEntries) entries; refused as a possible zip bomb")
            }
            let path = entry.path
            try Self.checkPath(path, file: file)
            if entry.type == .symlink {
                throw ImportError(
                    code: "zip.symlink", file: file, element: path,
                    message: "the entry '\(path)' is a symbolic link; archives with links are refused")
            }
            guard entry.type == .file else { continue }
            try check(size: entry.uncompressedSize, compressed: entry.compressedSize, path: path)
            total += entry.uncompressedSize
            guard total <= limits.maxTotalSize else {
                throw ImportError(
                    code: "zip.too-large", file: file,
                    message:
                        "the entries expand to more than \(limits.maxTotalSize) bytes; refused as a possible zip bomb")
            }
            if entries[path] == nil { paths.append(path) }
            entries[path] = entry
        }
    }

    /// Whether the bytes end with a whole end-of-central-directory record (signature `PK\u{5}\u{6}`, 22 bytes and its
    /// comment), found as ZIPFoundation finds it: the last signature at least 22 bytes before the end.
    static func hasEndOfCentralDirectory(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        var index = bytes.count - 22
        while index >= 0 {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                let commentLength = Int(bytes[index + 20]) | Int(bytes[index + 21]) << 8
                return index + 22 + commentLength <= bytes.count
            }
            index -= 1
        }
        return false
    }

    /// Whether the archive has an entry at this path.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The declared uncompressed size of an entry.
    func size(of path: String) -> UInt64? { entries[path]?.uncompressedSize }

    /// The whole entry; for small parts (workbook, styles, an attachment).
    func read(_ path: String) throws(ImportError) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(path) { chunk throws(ImportError) in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Hands the entry's bytes over in chunks as they are inflated, stopping at the first limit crossed.
    func stream(_ path: String, _ body: ([UInt8]) throws(ImportError) -> Void) throws(ImportError) {
        guard let entry = entries[path] else {
            throw ImportError(
                code: "zip.entry-missing", file: file, element: path, message: "the archive has no '\(path)'")
        }
        let declared = entry.uncompressedSize
        let ceiling = min(declared, limits.maxEntrySize)
        var produced: UInt64 = 0
        var failure: ImportError?
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { data in
                produced += UInt64(data.count)
                if produced > ceiling {
                    failure = ImportError(
                        code: "zip.size-mismatch", file: file, element: path,
                        message: "the entry '\(path)' expands beyond its declared \(declared) bytes "
                            + "(or the limit of \(limits.maxEntrySize)); refused as a possible zip bomb")
                    throw CancellationError()
                }
                do throws(ImportError) {
                    try body([UInt8](data))
                } catch {
                    failure = error
                    throw CancellationError()
                }
            }
        } catch {
            if let failure { throw failure }
            throw ImportError(
                code: "zip.entry-unreadable", file: file, element: path,
                message: "the entry '\(path)' could not be inflated: \(error)")
        }
        if let failure { throw failure }
    }

    // MARK: - Checks

    private func check(size: UInt64, compressed: UInt64, path: String) throws(ImportError) {
        guard size <= limits.maxEntrySize else {
            throw ImportError(
                code: "zip.entry-too-large", file: file, element: path,
                message: "the entry '\(path)' declares \(size) bytes, over the limit of \(limits.maxEntrySize)")
        }
        if size > limits.ratioCheckThreshold, size / max(compressed, 1) > limits.maxCompressionRatio {
            throw ImportError(
                code: "zip.compression-ratio", file: file, element: path,
                message:
                    "the entry '\(path)' expands \(size / max(compressed, 1)) times (\(compressed) → \(size) bytes), "
                    + "over the limit of \(limits.maxCompressionRatio); refused as a possible zip bomb")
        }
    }

    /// Refuses absolute paths, drive letters, back-slash tricks and any `..` component.
    static func checkPath(_ path: String, file: String) throws(ImportError) {
        let unified = path.replacingOccurrences(of: "\\", with: "/")
        let components = unified.split(separator: "/", omittingEmptySubsequences: false)
        let isAbsolute = unified.hasPrefix("/") || (unified.count >= 2 && Array(unified)[1] == ":")
        if isAbsolute || components.contains("..") || path.contains("\u{0}") {
            throw ImportError(
                code: "zip.path-traversal", file: file, element: path,
                message: "the entry path '\(path)' points outside the archive (absolute or with '..'); refused")
        }
    }

    /// Resolves a relative target against a base folder inside the archive (`worksheets/sheet1.xml` from
    /// `xl/`), refusing anything that climbs out.
    static func resolve(_ target: String, from folder: String, file: String) throws(ImportError) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." {
                guard !parts.isEmpty else {
                    throw ImportError(
                        code: "zip.path-traversal", file: file, element: target,
                        message: "the reference '\(target)' climbs out of the archive; refused")
                }
                parts.removeLast()
            } else {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
