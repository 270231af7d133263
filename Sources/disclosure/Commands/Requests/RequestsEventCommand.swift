import ArgumentParser
import DisclosureCore
import DisclosureStore

/// `disclosure requests event --store DB ID KIND --date D …`: records what happened to a request, under the rules.
struct RequestsEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Record an event of a request through the rules; print the new state and due date.",
        discussion: """
            Kinds and their options:
              supplement-requested  --reply-by D [--what TEXT]   补正通知 (once, within 7 working days, Art. 30)
              supplement-received                                 补正: the 20 working days start again
              supplement-overdue                                  逾期不补正: closes as other.overdueSupplement
              consultation-sent     --party NAME                  征求意见 (Art. 32/34): up to 15 days not counted
              consultation-answered                               the consulted party answered
              extension             --working-days N --approver NAME   延期答复 (once, at most 20, Art. 33)
              fee-notice            --amount YUAN | --pages N | --request-ordinal N   收费通知 (国办函〔2020〕109号)
              fee-paid                                            the fee was paid
              fee-unpaid                                          逾期未缴费: closes as other.overdueFee
              reply                 --outcome KEY                 答复 with a table-三 row key, e.g. granted
              withdrawal                                          撤回: closes as other.otherReasons
            An event the rules refuse (out of order, after closing, a second extension, a late supplement request …) \
            leaves the request unchanged, prints the request, the event and the rule, and exits with status 1.
            """
    )

    /// The kinds of event, as typed on the command line.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case supplementRequested = "supplement-requested"
        case supplementReceived = "supplement-received"
        case supplementOverdue = "supplement-overdue"
        case consultationSent = "consultation-sent"
        case consultationAnswered = "consultation-answered"
        case extended = "extension"
        case feeNotice = "fee-notice"
        case feePaid = "fee-paid"
        case feeUnpaid = "fee-unpaid"
        case reply
        case withdrawal
    }

    @OptionGroup var archive: ArchiveOption

    @Argument(help: "The request's id.")
    var id: String

    @Argument(help: "What happened (see the list above).")
    var kind: Kind

    @Option(help: ArgumentHelp("The day it happened, as YYYY-MM-DD.", valueName: "date"))
    var date: String

    @Option(help: ArgumentHelp("supplement-requested: the date given to the applicant.", valueName: "date"))
    var replyBy: String?

    @Option(help: "supplement-requested: what must be supplied.")
    var what: String?

    @Option(help: "consultation-sent: the third party or co-issuer consulted.")
    var party: String?

    @Option(help: "extension: the working days of the extension (1 to 20).")
    var workingDays: Int?

    @Option(help: "extension: who approved it (经…同意).")
    var approver: String?

    @Option(help: "fee-notice: the fee in whole 元.")
    var amount: Int?

    @Option(help: "fee-notice: compute the per-volume fee (按量) for this many pages.")
    var pages: Int?

    @Option(help: "fee-notice: compute the per-request fee (按件) for the applicant's N-th request this month.")
    var requestOrdinal: Int?

    @Option(help: "reply: the outcome, a table-三 row key (granted, partialGrant, denied.stateSecret …).")
    var outcome: String?

    @Option(
        help: ArgumentHelp(
            "Count the due date as of this day (YYYY-MM-DD) instead of the event's date.", valueName: "date"))
    var today: String?

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        _ = try CivilDate.parseOption(date)
        _ = try today.map(CivilDate.parseOption)
        let given: [(name: String, isSet: Bool, kinds: [Kind])] = [
            ("--reply-by", replyBy != nil, [.supplementRequested]),
            ("--what", what != nil, [.supplementRequested]),
            ("--party", party != nil, [.consultationSent]),
            ("--working-days", workingDays != nil, [.extended]),
            ("--approver", approver != nil, [.extended]),
            ("--amount", amount != nil, [.feeNotice]),
            ("--pages", pages != nil, [.feeNotice]),
            ("--request-ordinal", requestOrdinal != nil, [.feeNotice]),
            ("--outcome", outcome != nil, [.reply]),
        ]
        for option in given where option.isSet && !option.kinds.contains(kind) {
            throw ValidationError("\(option.name) does not apply to \(kind.rawValue)")
        }
        switch kind {
        case .supplementRequested:
            guard let replyBy else { throw ValidationError("supplement-requested needs --reply-by DATE") }
            _ = try CivilDate.parseOption(replyBy)
        case .consultationSent:
            guard party != nil else { throw ValidationError("consultation-sent needs --party NAME") }
        case .extended:
            guard workingDays != nil, approver != nil else {
                throw ValidationError("extension needs --working-days N and --approver NAME")
            }
        case .feeNotice:
            let count = [amount != nil, pages != nil, requestOrdinal != nil].filter { $0 }.count
            guard count == 1 else {
                throw ValidationError("fee-notice needs one of --amount YUAN, --pages N or --request-ordinal N")
            }
        case .reply:
            guard let outcome else { throw ValidationError("reply needs --outcome KEY") }
            _ = try RequestOptionParsing.replyOutcome(outcome)
        default:
            break
        }
    }

    func run() throws {
        let on = try CivilDate.parseOption(date)
        let calendar = try calendar.load()
        var feeExplanation: String?
        let event = try makeEvent(on: on, feeExplanation: &feeExplanation)
        let store = try archive.open()
        guard var request = try store.read({ try $0.request(id) }) else {
            throw CommandFailure("no request \(id) in \(archive.path) (register it with `requests add`)")
        }
        do {
            try request.apply(event, calendar: calendar)
        } catch {
            throw CommandFailure("refused: \(error.description)")
        }
        try store.write { try $0.save(request) }
        print("\(id): \(RequestText.event(event))")
        if let feeExplanation { print("fee: \(feeExplanation)") }
        print("state: \(RequestText.state(request))")
        let asOf = try today.map(CivilDate.parseOption) ?? on
        if let deadline = RequestText.deadline(request, calendar: calendar, today: asOf) {
            print("reply due \(RequestText.dueDate(deadline))")
            for line in RequestText.explanationLines(deadline) { print(line) }
        } else if request.state.phase == .awaitingSupplement {
            print("reply due: the clock stopped; 20 working days start again the day after the supplement arrives")
        }
    }

    private func makeEvent(on: CivilDate, feeExplanation: inout String?) throws -> RequestEvent {
        switch kind {
        case .supplementRequested:
            return .supplementRequested(
                on: on, replyBy: try CivilDate.parseOption(replyBy ?? ""), what: what ?? "")
        case .supplementReceived: return .supplementReceived(on: on)
        case .supplementOverdue: return .supplementOverdue(on: on)
        case .consultationSent: return .consultationStarted(on: on, party: party ?? "")
        case .consultationAnswered: return .consultationEnded(on: on)
        case .extended: return .extended(on: on, workingDays: workingDays ?? 0, approvedBy: approver ?? "")
        case .feeNotice:
            if let amount { return .feeNoticed(on: on, amount: amount) }
            let fee: InformationProcessingFee
            do {
                if let pages {
                    fee = try InformationProcessingFee.perVolume(pages: pages)
                } else {
                    fee = try InformationProcessingFee.perRequest(ordinalInMonth: requestOrdinal ?? 0)
                }
            } catch {
                throw ValidationError(error.description)
            }
            feeExplanation = fee.explanation
            return .feeNoticed(on: on, amount: fee.amount)
        case .feePaid: return .feePaid(on: on)
        case .feeUnpaid: return .feeOverdue(on: on)
        case .reply: return .replied(on: on, outcome: try RequestOptionParsing.replyOutcome(outcome ?? ""))
        case .withdrawal: return .withdrawn(on: on)
        }
    }
}
