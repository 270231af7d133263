import ArgumentParser
import DisclosureCore
import DisclosureStore

/// `disclosure requests show --store DB ID`: one request with every field, its events and its due date explained.
struct RequestsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a request: its fields, its events, its state and its current due date explained."
    )

    @OptionGroup var archive: ArchiveOption

    @Argument(help: "The request's id.")
    var id: String

    @Option(help: ArgumentHelp("Judge the request as of this day (YYYY-MM-DD) instead of today.", valueName: "date"))
    var today: String?

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        _ = try today.map(CivilDate.parseOption)
    }

    func run() throws {
        let day = try today.map(CivilDate.parseOption) ?? CivilDate.today()
        let calendar = try calendar.load()
        let store = try archive.open()
        guard let request = try store.read({ try $0.request(id) }) else {
            throw CommandFailure("no request \(id) in \(archive.path)")
        }
        let receipt = request.receipt
        print("request \(request.id)")
        print("  subject:    \(request.subject)")
        print("  applicant:  \(RequestOptionParsing.word(for: request.applicantType)) (\(request.applicantType.label))")
        print("  channel:    \(RequestOptionParsing.word(for: receipt.channel)) — \(receipt.channel.receiptRule)")
        print("  received:   \(receipt.date.weekday.shortName) \(receipt.date)")
        if let submitted = receipt.submittedOn { print("  submitted:  \(submitted)") }
        print("  state:      \(RequestText.state(request))")
        if let outcome = request.outcome {
            print("  outcome:    \(outcome.rawValue) — legal ground \(outcome.legalGround)")
        }
        if let days = request.state.extensionWorkingDays, let by = request.state.extensionApprovedBy {
            print("  extension:  \(days) working days, approved by \(by)")
        }
        print("events:")
        if request.events.isEmpty { print("  (none)") }
        for event in request.events { print("  " + RequestText.event(event)) }
        if let closed = request.closedOn {
            if case .replied? = request.events.last,
                let days = try? calendar.workingDays(from: receipt.date, to: closed)
            {
                print("replied after \(days) working days")
            }
            let deadline = request.replyDeadline(calendar: calendar, asOf: closed)
            let late = closed > deadline.dueDate ? "late: " : ""
            print("reply was due \(RequestText.dueDate(deadline)) (\(late)closed \(closed))")
            for line in RequestText.explanationLines(deadline) { print(line) }
        } else if let deadline = RequestText.deadline(request, calendar: calendar, today: day) {
            let left = RequestText.daysLeft(until: deadline.dueDate, today: day, calendar: calendar)
            print("reply due \(RequestText.dueDate(deadline)) (\(left) as of \(day))")
            for line in RequestText.explanationLines(deadline) { print(line) }
        } else {
            print("reply due: the clock stopped; 20 working days start again the day after the supplement arrives")
        }
    }
}
