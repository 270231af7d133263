import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation

/// `disclosure export --store DB`: the archive's items as canonical JSON Lines.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the archive's items as canonical JSON Lines.",
        discussion: "With --public-only, only items that are 主动公开 with a passed confidentiality review."
    )

    @OptionGroup var archive: ArchiveOption

    @Option(help: "Only items published (发布日期) in this year.")
    var year: Int?

    @Flag(help: "Only items that may be published (主动公开 with a passed 保密审查).")
    var publicOnly = false

    func run() throws {
        let store = try archive.open()
        let encoder = DisclosureJSON.lineEncoder()
        var count = 0
        try store.read { session in
            try session.forEachItem(year: year, publicOnly: publicOnly) { item in
                FileHandle.standardOutput.write(try encoder.encode(item) + Data("\n".utf8))
                count += 1
            }
        }
        FileHandle.standardError.write(Data("\(count) items exported\n".utf8))
    }
}
