import ArgumentParser
import DisclosureCore
import DisclosureStore

/// `disclosure requests due --store DB --within N`: the office's daily list of replies falling due.
struct RequestsDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List open requests whose reply falls due within N working days (overdue ones first).",
        discussion: """
            For the office's daily round: every open request whose reply clock runs or is paused and whose due date \
            is at most N working days after --today (default: today), soonest first, overdue ones included. \
            Requests waiting for a supplement are listed apart: their clock restarts when it arrives.
            """
    )

    @OptionGroup var archive: ArchiveOption

    @Option(help: "How many working days ahead to look (0: due today or overdue).")
    var within: Int

    @Option(help: ArgumentHelp("Count from this day (YYYY-MM-DD) instead of today.", valueName: "date"))
    var today: String?

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        guard within >= 0 else { throw ValidationError("--within \(within): give 0 or more working days") }
        _ = try today.map(CivilDate.parseOption)
    }

    func run() throws {
        let day = try today.map(CivilDate.parseOption) ?? CivilDate.today()
        let calendar = try calendar.load()
        let horizon = calendar.dueDate(from: day, workingDays: within, startLabel: "today")
        let requests = try archive.open().read { try $0.requests() }
        var due: [(request: DisclosureRequest, deadline: DeadlineComputation)] = []
        var waiting: [DisclosureRequest] = []
        for request in requests where request.state.isOpen {
            if request.state.phase == .awaitingSupplement {
                waiting.append(request)
            } else if let deadline = RequestText.deadline(request, calendar: calendar, today: day),
                deadline.dueDate <= horizon.dueDate
            {
                due.append((request, deadline))
            }
        }
        due.sort { ($0.deadline.dueDate, $0.request.id) < ($1.deadline.dueDate, $1.request.id) }
        print("due within \(within) working days of \(day) (by \(RequestText.dueDate(horizon))):")
        if due.isEmpty {
            print("  nothing")
        } else {
            var table = TextTable(header: ["id", "due", "days", "state", "subject"])
            for (request, deadline) in due {
                table.rows.append([
                    request.id, RequestText.dueDate(deadline),
                    RequestText.daysLeft(until: deadline.dueDate, today: day, calendar: calendar),
                    RequestText.state(request), request.subject,
                ])
            }
            print(table.render())
        }
        if !waiting.isEmpty {
            print("waiting for a supplement (clock stopped):")
            for request in waiting { print("  \(request.id)  \(RequestText.state(request))  \(request.subject)") }
        }
        for line in RequestText.explanationLines(horizon).dropFirst() { print(line) }
    }
}
