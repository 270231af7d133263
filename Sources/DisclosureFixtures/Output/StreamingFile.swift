import Foundation

/// A file written piece by piece through a buffer, so a large ground truth never sits in memory whole.
final class StreamingFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Bytes written so far.
    private(set) var count = 0

    /// Creates (or truncates) the file.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends text as UTF-8.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        count += text.utf8.count
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes the buffer out.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }
}
