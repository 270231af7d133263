import ArgumentParser
import DisclosureCore
import DisclosureStore

/// `disclosure requests add --store DB --id ID …`: registers a request just received and prints its reply due date.
struct RequestsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a request just received; print the reply due date and how it was counted.",
        discussion: """
            The receipt date follows Art. 31: in person the day handed in; registered post the day signed for; \
            ordinary post, internet and fax the day both sides confirm. The reply is due 20 working days later \
            (Art. 33). The archive is created when it does not exist; an id already registered is refused.
            """
    )

    @OptionGroup var archive: ArchiveOption

    @Option(help: "The register's id of the request, e.g. 2021-001.")
    var id: String

    @Option(help: ArgumentHelp("The receipt date fixed by Art. 31, as YYYY-MM-DD.", valueName: "date"))
    var received: String

    @Option(
        help: ArgumentHelp(
            "How it arrived: in-person, registered-post, post, internet, fax or other (or 当面, 挂号信, 平信, 网络, 传真).",
            valueName: "channel"))
    var channel: String

    @Option(
        help: ArgumentHelp(
            "The applicant column of table 三: natural-person, commercial, research, social, legal or other.",
            valueName: "type"))
    var applicant: String

    @Option(help: "What was asked (申请内容).")
    var subject: String

    @Option(help: ArgumentHelp("The day the applicant sent it (e.g. the postmark), as YYYY-MM-DD.", valueName: "date"))
    var submitted: String?

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        guard !id.allSatisfy(\.isWhitespace) else { throw ValidationError("--id: give the register's id") }
        guard !subject.allSatisfy(\.isWhitespace) else { throw ValidationError("--subject: say what was asked") }
        let receivedOn = try CivilDate.parseOption(received)
        if let submitted, try CivilDate.parseOption(submitted) > receivedOn {
            throw ValidationError("--submitted \(submitted) is after --received \(received)")
        }
        _ = try RequestOptionParsing.channel(channel)
        _ = try RequestOptionParsing.applicant(applicant)
    }

    func run() throws {
        let channel = try RequestOptionParsing.channel(channel)
        let receipt = RequestReceipt(
            channel: channel, date: try CivilDate.parseOption(received),
            submittedOn: try submitted.map(CivilDate.parseOption))
        let request = DisclosureRequest(
            id: id, receipt: receipt, applicantType: try RequestOptionParsing.applicant(applicant), subject: subject)
        let calendar = try calendar.load()
        let store = try archive.open(mustExist: false)
        let added = try store.write { session -> Bool in
            guard try session.request(id) == nil else { return false }
            try session.save(request)
            return true
        }
        guard added else {
            throw CommandFailure(
                "request \(id) is already registered in \(archive.path); record events with `requests event`")
        }
        let deadline = request.replyDeadline(calendar: calendar)
        print("added \(id): received \(receipt.date) (\(channel.receiptRule))")
        print("reply due \(RequestText.dueDate(deadline))")
        for line in RequestText.explanationLines(deadline) { print(line) }
    }
}
