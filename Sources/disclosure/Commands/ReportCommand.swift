import ArgumentParser

/// `disclosure report`: the annual disclosure report; builds one by default, `report check` checks one.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build or check the annual disclosure report (政府信息公开工作年度报告).",
        subcommands: [ReportBuildCommand.self, ReportCheckCommand.self],
        defaultSubcommand: ReportBuildCommand.self
    )
}
