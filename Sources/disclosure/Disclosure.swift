import ArgumentParser
import DisclosureCore

/// The `disclosure` command: the composition root that lists every subcommand and importer.
@main
struct Disclosure: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclosure",
        abstract: "Government information disclosure (政府信息公开) for a county bureau.",
        subcommands: [
            MigrateCommand.self, ReportCommand.self, RequestsCommand.self, ReviewCommand.self, ExportCommand.self,
            SearchCommand.self, CheckCommand.self, ExtractCommand.self, CatalogueCommand.self, CheckItemCommand.self,
            FixturesCommand.self,
        ]
    )
}
