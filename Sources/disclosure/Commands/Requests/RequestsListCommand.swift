import ArgumentParser
import DisclosureCore
import DisclosureStore

/// `disclosure requests list --store DB`: the register as a table.
struct RequestsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the register: id, received, applicant, state, due date, working days left or overdue.",
        discussion: """
            Days are working days as of --today (default: today). A due date marked (provisional) crosses a year \
            no holiday notice covers; `~N calendar` counts calendar days where working days cannot be counted.
            """
    )

    @OptionGroup var archive: ArchiveOption

    @Flag(help: "Only requests still open.")
    var open = false

    @Flag(help: "Only open requests past their due date.")
    var overdue = false

    @Option(help: "Only requests received in this year.")
    var year: Int?

    @Option(help: ArgumentHelp("Judge the requests as of this day (YYYY-MM-DD) instead of today.", valueName: "date"))
    var today: String?

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        _ = try today.map(CivilDate.parseOption)
    }

    func run() throws {
        let day = try today.map(CivilDate.parseOption) ?? CivilDate.today()
        let calendar = try calendar.load()
        let requests = try archive.open().read { try $0.requests() }
        var table = TextTable(header: ["id", "received", "applicant", "state", "due", "days"])
        for request in requests {
            if let year, request.receipt.date.year != year { continue }
            if open || overdue, !request.state.isOpen { continue }
            let deadline = RequestText.deadline(request, calendar: calendar, today: day)
            if overdue {
                guard let deadline, deadline.dueDate < day else { continue }
            }
            var due = "—"
            var days = "—"
            if let deadline {
                due = RequestText.dueDate(deadline)
                days = RequestText.daysLeft(until: deadline.dueDate, today: day, calendar: calendar)
            } else if request.state.phase == .awaitingSupplement {
                days = "clock stopped"
            }
            table.rows.append([
                request.id, request.receipt.date.description, RequestOptionParsing.word(for: request.applicantType),
                RequestText.state(request), due, days,
            ])
        }
        if table.rows.isEmpty {
            print("no requests match")
            return
        }
        print(table.render())
        print("\(table.rows.count) of \(requests.count) requests, as of \(day)")
    }
}
