import ArgumentParser

/// `disclosure requests …`: the register of disclosure requests (依申请公开), their deadlines and statistics.
struct RequestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "The register of disclosure requests (依申请公开): deadlines, events, lists and table 三.",
        discussion: """
            Every period is counted in working days (weekends, public holidays and make-up working days of the \
            bundled 2007–2026 State Council notices, plus any --calendar FILE); the day of receipt is not counted. \
            Events go through the rules of the regulation (Art. 30–33, 国办函〔2020〕109号): an impossible sequence \
            is refused with the rule it breaks and exit status 1.
            """,
        subcommands: [
            RequestsAddCommand.self, RequestsEventCommand.self, RequestsShowCommand.self, RequestsListCommand.self,
            RequestsDueCommand.self, RequestsStatsCommand.self, RequestsDeadlineCommand.self,
            RequestsImportCommand.self,
        ]
    )
}
