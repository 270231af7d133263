import Foundation

/// Writes generated files below an output folder one at a time, creating folders as needed, and counts them.
struct MirrorWriter {
    /// The output folder.
    let root: URL
    /// Files written so far.
    private(set) var files = 0
    /// Bytes written so far.
    private(set) var bytes = 0
    private var createdFolders: Set<String> = []

    /// Creates a writer for an output folder (created if missing).
    init(root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes one file at a path relative to the root (`mhjyj.ynmh.gov.cn/mwx/…`); the path may contain `?`.
    mutating func write(_ content: [UInt8], to relativePath: String) throws {
        // String paths: a mirror's file names hold `?`, `=` and `%`, which URL APIs would reinterpret.
        let path = root.path + "/" + relativePath
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            if !createdFolders.contains(folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                createdFolders.insert(folder)
            }
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(content)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        files += 1
        bytes += content.count
    }
}
