import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation

/// `disclosure search --store DB QUERY`: full-text search over titles and bodies (Chinese substrings).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive's titles and bodies (any Chinese substring; no word segmentation needed)."
    )

    @OptionGroup var archive: ArchiveOption

    @Argument(help: "What to look for, e.g. 招生 or 营养改善计划.")
    var query: String

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "Only items that may be published.")
    var publicOnly = false

    @Flag(help: "Print results as JSON Lines.")
    var json = false

    func run() throws {
        let store = try archive.open()
        let hits = try store.read { try $0.search(query, limit: limit, publicOnly: publicOnly) }
        for hit in hits {
            if json {
                print(try DisclosureJSON.line(hit))
            } else {
                print("\(hit.publishedAt.map { String($0.prefix(10)) } ?? "          ")  \(hit.title)  [\(hit.itemID)]")
                if !hit.snippet.isEmpty {
                    print("            \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
                }
            }
        }
        if hits.isEmpty, !json { print("no items match \"\(query)\"") }
    }
}
