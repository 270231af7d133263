import DisclosureCore
import Foundation
import ImportKit
import Portal

/// The saved pages of `fixtures/portal/` (and `fixtures/portal/dev/`), each with its hand-written truth file, and
/// the importer set up as `extract` and the migration use it: continuation pages supplied from the fixtures.
enum PortalFixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The fixture folder.
    static let folder = root.appendingPathComponent("fixtures/portal")

    /// Every page with a truth file, as paths relative to the repository root (`fixtures/portal/x.html`).
    static let pages: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        for case let relative as String in walker {
            guard relative.hasSuffix(".truth.json") else { continue }
            let stem = String(relative.dropLast(".truth.json".count))
            let directory = (relative as NSString).deletingLastPathComponent
            let name = (stem as NSString).lastPathComponent
            let siblings =
                (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(directory).path))
                ?? []
            for file in siblings.sorted()
            where file.hasPrefix(name + ".") && !file.hasSuffix(".json") && !file.hasSuffix(".jsonl") {
                result.append("fixtures/portal/" + (directory.isEmpty ? file : directory + "/" + file))
            }
        }
        return result.sorted()
    }()

    /// The truth file of a page.
    static func truth(_ page: String) throws -> [String: Any] {
        let url = root.appendingPathComponent(stem(page) + ".truth.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return object as? [String: Any] ?? [:]
    }

    /// The page path without its extension (`fixtures/portal/x`).
    static func stem(_ page: String) -> String {
        (page as NSString).deletingPathExtension
    }

    /// The page's original address from its truth file.
    static func url(_ page: String) -> String? {
        (try? truth(page))?["url"] as? String
    }

    /// Original addresses to fixture paths, for supplying continuation pages by address as a mirror would.
    static let byURL: [String: String] = {
        var map: [String: String] = [:]
        for page in pages { if let url = url(page) { map[url] = page } }
        return map
    }()

    /// The source of a page: its bytes, its path relative to the repository root, its original address.
    static func source(_ page: String) throws -> ImportSource {
        let bytes = try Data(contentsOf: root.appendingPathComponent(page))
        return ImportSource(bytes: [UInt8](bytes), path: page, originalURL: url(page))
    }

    /// Continuation pages by address (the mirror's way), else by path next to the page.
    static let siblings = SiblingPages { request in
        let candidates = [request.url.flatMap { byURL[$0] }, request.path].compactMap { $0 }
        for candidate in candidates where candidate != request.from.path {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(candidate).path) else {
                continue
            }
            return ImportSource(bytes: [UInt8](data), path: candidate, originalURL: url(candidate) ?? request.url)
        }
        return nil
    }

    /// The importer as the tests use it.
    static let importer = PortalImporter(siblings: siblings)

    /// The site profile a page's truth file names (`"profile": "fixtures/portal/profile-example.json"`), if any.
    static func profile(_ page: String) throws -> SiteProfile? {
        guard let path = try truth(page)["profile"] as? String else { return nil }
        return try SiteProfile.load([UInt8](Data(contentsOf: root.appendingPathComponent(path))))
    }

    /// Imports a page, with the profile its truth file names.
    static func run(_ page: String, context: ImportContext = ImportContext()) throws -> ImportResult {
        var configured = importer
        if let profile = try profile(page) { configured.profile = profile }
        return try configured.importSource(try source(page), context: context)
    }

    /// The canonical JSON Lines of a page's records, as `disclosure extract --url URL PAGE` prints them.
    static func jsonLines(_ page: String) throws -> String {
        let result = try run(page)
        return try result.items.map { try DisclosureJSON.line($0) + "\n" }.joined()
    }

    /// The golden file of a page.
    static func goldenURL(_ page: String) -> URL {
        root.appendingPathComponent(stem(page) + ".expected.jsonl")
    }
}
