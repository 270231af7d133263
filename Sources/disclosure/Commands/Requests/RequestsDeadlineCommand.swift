import ArgumentParser
import DisclosureCore

/// `disclosure requests deadline --from D --working-days N`: a due date on the working-day calendar, explained.
struct RequestsDeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Print the N-th working day after a date (the due date alone on the first line), then how.",
        discussion: """
            The start day is not counted (民法典第二百零一条): day 1 is the first working day after it. The first \
            line is the due date as YYYY-MM-DD, for scripts; the second explains it. A count that crosses a year \
            no holiday notice covers is marked PROVISIONAL, with a warning line. No archive is needed.
            """
    )

    @Option(
        help: ArgumentHelp("The start day, not counted (e.g. the day of receipt), as YYYY-MM-DD.", valueName: "date"))
    var from: String

    @Option(help: "The number of working days (20 for a reply, 7 to ask for a supplement, 15 for a consultation).")
    var workingDays: Int

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        _ = try CivilDate.parseOption(from)
        guard workingDays >= 0 else { throw ValidationError("--working-days \(workingDays): give 0 or more") }
    }

    func run() throws {
        let start = try CivilDate.parseOption(from)
        let computation = try calendar.load().dueDate(from: start, workingDays: workingDays)
        print(computation.dueDate)
        for line in RequestText.explanationLines(computation) { print(line) }
    }
}
