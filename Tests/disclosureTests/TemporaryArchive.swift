import Foundation

/// A path for an archive file in the temporary folder, removed (with SQLite's side files) by ``remove()``.
struct TemporaryArchive {
    let path: String

    init(_ name: String = "requests") {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID()).sqlite").path
    }

    /// Writes a file next to the archive and returns its path.
    func file(_ name: String, _ bytes: Data) throws -> String {
        let url = URL(fileURLWithPath: path + "-" + name)
        try bytes.write(to: url)
        return url.path
    }

    func remove() {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }
}
