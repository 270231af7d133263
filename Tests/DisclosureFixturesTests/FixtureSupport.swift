import DisclosureCore
import DisclosureFixtures
import Foundation

/// Temporary folders, folder hashing and the committed fixture's location.
enum FixtureSupport {
    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fixtures-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file below a folder: relative path → SHA-256 of its bytes.
    static func hashes(of folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let root = folder.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = root + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            result[relative] = SHA256Digest.hex(of: bytes)
        }
        return result
    }

    /// The bytes of a file relative to a folder.
    static func bytes(_ relative: String, in folder: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + relative)))
    }

    /// The repository's root (two folders above this file's folder).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The committed fixture `fixtures/legacy-site-2018`.
    static var committedFixture: URL {
        repositoryRoot.appendingPathComponent("fixtures/legacy-site-2018", isDirectory: true)
    }

    /// The committed fixture's ground truth.
    static func committedTruth() throws -> GroundTruth {
        try GroundTruth.load(from: committedFixture.appendingPathComponent("ground-truth.json"))
    }

    /// Whether bytes are valid UTF-8.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
