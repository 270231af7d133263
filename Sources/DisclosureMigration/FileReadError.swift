import Foundation

/// A file of the source that could not be opened or read, with the system's reason.
struct FileReadError: Error, CustomStringConvertible {
    /// The file.
    let path: String
    /// What was being done: `open`, `stat`, `read`.
    let operation: String
    /// The `errno` value.
    let code: Int32

    var description: String {
        "\(path): \(operation) failed: \(String(cString: strerror(code)))"
    }
}
