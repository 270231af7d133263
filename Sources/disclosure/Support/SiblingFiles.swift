import Foundation
import ImportKit
import Portal

/// Supplies the continuation pages of split articles to `extract`: from the files named on the command line (by
/// path or by file name), else from the page's own folder on disk.
struct SiblingFiles: Sendable {
    /// The command-line files by normalised path and by file name.
    private let byPath: [String: String]
    private let byName: [String: String]

    /// Remembers the command-line files.
    init(commandLine files: [String]) {
        var byPath: [String: String] = [:]
        var byName: [String: String] = [:]
        for file in files {
            byPath[Self.standardized(file)] = file
            byName[(file as NSString).lastPathComponent] = byName[(file as NSString).lastPathComponent] ?? file
        }
        self.byPath = byPath
        self.byName = byName
    }

    /// The provider handed to importers.
    var provider: SiblingPages {
        let byPath = byPath
        let byName = byName
        return SiblingPages { request in
            let wanted = Self.standardized(request.path)
            let name = (request.path as NSString).lastPathComponent
            var candidates = [byPath[wanted], byName[name], wanted].compactMap { $0 }
            // Saved copies are often renamed with a prefix (`trs-t20180612_123456_1.html`): look in the folder too.
            candidates += byName.filter { $0.key.hasSuffix("-" + name) }.map(\.value).sorted()
            let folder = (wanted as NSString).deletingLastPathComponent
            let listing = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
            candidates += listing.filter { $0.hasSuffix("-" + name) }.sorted().map {
                folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0)
            }
            for candidate in candidates where candidate != request.from.path {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    let data = FileManager.default.contents(atPath: candidate)
                else { continue }
                return ImportSource(bytes: [UInt8](data), path: candidate, originalURL: request.url)
            }
            return nil
        }
    }

    private static func standardized(_ path: String) -> String {
        (path as NSString).standardizingPath
    }
}
