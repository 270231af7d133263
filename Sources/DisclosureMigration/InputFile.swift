import Foundation

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
}
