/// A request for disclosure (依申请公开申请): who asked, what, when it arrived, and what happened since.
///
/// Events are added with ``apply(_:calendar:)``, which refuses impossible sequences with a
/// ``RequestEventError``: anything before receipt or out of order, anything after closing, a second supplement
/// request or one later than 7 working days after receipt, a second extension, a fee declared unpaid early.
public struct DisclosureRequest: Hashable, Codable, Sendable {
    /// The register's id for the request.
    public var id: String
    /// When and how it was received (Art. 31).
    public var receipt: RequestReceipt
    /// The applicant's column in table 三.
    public var applicantType: ApplicantType
    /// What was asked (申请内容), as the applicant described it.
    public var subject: String
    /// Every accepted event, in order.
    public private(set) var events: [RequestEvent]
    /// Where the request stands after its events.
    public private(set) var state: RequestState

    /// The periods of the regulation in working days.
    public enum Period {
        /// Art. 33: the reply is due within 20 working days.
        public static let reply = 20
        /// Art. 33: the one extension lasts at most 20 working days.
        public static let maximumExtension = 20
        /// Art. 30: a supplement must be asked for within 7 working days of receipt.
        public static let supplementRequest = 7
        /// Art. 32: a consulted third party answers within 15 working days.
        public static let consultation = 15
        /// 国办函〔2020〕109号: the applicant pays the fee within 20 working days of the notice.
        public static let feePayment = 20
    }

    /// A request just received, with no events.
    public init(id: String, receipt: RequestReceipt, applicantType: ApplicantType, subject: String) {
        self.id = id
        self.receipt = receipt
        self.applicantType = applicantType
        self.subject = subject
        self.events = []
        self.state = RequestState(receivedOn: receipt.date)
    }

    /// The outcome once closed.
    public var outcome: RequestOutcome? { state.outcome }
    /// The day it was closed.
    public var closedOn: CivilDate? { state.closedOn }

    /// Whether the request was received on or before `date` and not closed before it (closing that day counts
    /// as closed).
    public func isOpen(atEndOf date: CivilDate) -> Bool {
        guard receipt.date <= date else { return false }
        guard let closed = state.closedOn else { return true }
        return closed > date
    }

    /// Records an event after checking it against the rules and the request's state.
    public mutating func apply(_ event: RequestEvent, calendar: WorkingDayCalendar) throws(RequestEventError) {
        try check(event, calendar: calendar)
        events.append(event)
        state = state.applying(event)
    }

    // MARK: - The rules

    private func check(_ event: RequestEvent, calendar: WorkingDayCalendar) throws(RequestEventError) {
        func refuse(_ code: RequestEventError.Code, _ reason: String) -> RequestEventError {
            RequestEventError(code, requestID: id, event: event, reason: reason)
        }
        func count(from start: CivilDate, to end: CivilDate) throws(RequestEventError) -> Int {
            do {
                return try calendar.workingDays(from: start, to: end)
            } catch {
                throw refuse(.calendarNotCovered, error.description)
            }
        }
        let date = event.date
        if !state.isOpen {
            let when = state.closedOn.map(\.description) ?? "an unknown day"
            let how = state.outcome?.rawValue ?? "no outcome"
            throw refuse(.closed, "the request was closed on \(when) (\(how)); nothing can follow")
        }
        guard date >= receipt.date else {
            throw refuse(.beforeReceipt, "dated \(date), before the request was received on \(receipt.date)")
        }
        guard date >= state.lastEventDate else {
            throw refuse(.outOfOrder, "dated \(date), before the previous event of \(state.lastEventDate)")
        }
        switch event {
        case .supplementRequested(_, let replyBy, _):
            if let earlier = state.supplementRequestedOn {
                throw refuse(.secondSupplement, "a supplement was already requested on \(earlier); Art. 30 allows once")
            }
            guard state.phase == .processing else {
                throw refuse(.wrongState, "cannot ask for a supplement while \(state.phase.rawValue)")
            }
            let elapsed = try count(from: receipt.date, to: date)
            guard elapsed <= Period.supplementRequest else {
                let limit = calendar.dueDate(from: receipt.date, workingDays: Period.supplementRequest).dueDate
                throw refuse(
                    .supplementTooLate,
                    "\(elapsed) working days after receipt on \(receipt.date); Art. 30 allows 7 (until \(limit))")
            }
            guard replyBy > date else {
                throw refuse(
                    .periodMismatch, "the applicant must be given time: reply-by \(replyBy) is not after \(date)")
            }
        case .supplementReceived:
            guard state.phase == .awaitingSupplement else {
                throw refuse(.wrongState, "no supplement was requested or it already arrived")
            }
        case .supplementOverdue:
            guard state.phase == .awaitingSupplement, let replyBy = state.supplementReplyBy else {
                throw refuse(.wrongState, "no supplement is awaited")
            }
            guard date > replyBy else {
                throw refuse(.periodMismatch, "the applicant has until \(replyBy) to supply; not overdue on \(date)")
            }
        case .consultationStarted(_, let party):
            guard state.phase == .processing else {
                throw refuse(.wrongState, "cannot start a consultation while \(state.phase.rawValue)")
            }
            guard !party.allSatisfy(\.isWhitespace) else {
                throw refuse(.wrongState, "name the consulted third party or co-issuer")
            }
        case .consultationEnded:
            guard state.phase == .consulting else { throw refuse(.wrongState, "no consultation is open") }
        case .extended(_, let days, let approver):
            if let earlier = state.extendedOn {
                throw refuse(.secondExtension, "the request was already extended on \(earlier); Art. 33 allows once")
            }
            guard (1...Period.maximumExtension).contains(days) else {
                throw refuse(.invalidExtension, "an extension lasts 1 to 20 working days, not \(days)")
            }
            guard !approver.allSatisfy(\.isWhitespace) else {
                throw refuse(.invalidExtension, "an extension must name who approved it (经…同意)")
            }
            guard state.phase != .awaitingSupplement else {
                throw refuse(.wrongState, "the reply clock is not running while a supplement is awaited")
            }
            let due = replyDeadline(calendar: calendar, asOf: date).dueDate
            guard date <= due else {
                throw refuse(
                    .invalidExtension, "the reply period ended on \(due); an extension must be decided within it")
            }
        case .feeNoticed(_, let amount):
            guard state.phase == .processing else {
                throw refuse(.wrongState, "cannot send a fee notice while \(state.phase.rawValue)")
            }
            guard amount > 0 else {
                throw refuse(.invalidAmount, "a fee notice needs an amount above 0元, not \(amount)")
            }
        case .feePaid:
            guard state.phase == .awaitingPayment, let notice = state.feeNotices.last else {
                throw refuse(.wrongState, "no fee is awaited")
            }
            let elapsed = try count(from: notice.noticed, to: date)
            guard elapsed <= Period.feePayment else {
                throw refuse(
                    .periodMismatch,
                    "paid \(elapsed) working days after the notice of \(notice.noticed); the 20 working days had run out"
                )
            }
        case .feeOverdue:
            guard state.phase == .awaitingPayment, let notice = state.feeNotices.last else {
                throw refuse(.wrongState, "no fee is awaited")
            }
            let elapsed = try count(from: notice.noticed, to: date)
            guard elapsed > Period.feePayment else {
                let due = calendar.dueDate(from: notice.noticed, workingDays: Period.feePayment).dueDate
                throw refuse(
                    .periodMismatch, "the applicant may pay until \(due); only \(elapsed) working days have passed")
            }
        case .replied(_, let outcome):
            guard state.phase != .awaitingSupplement, state.phase != .awaitingPayment else {
                throw refuse(
                    .wrongState,
                    "the request is \(state.phase.rawValue); record the supplement or payment (or its lapse) first")
            }
            guard !outcome.isProceduralEnding else {
                throw refuse(
                    .invalidOutcome, "\(outcome.rawValue) is recorded with supplementOverdue or feeOverdue, not a reply"
                )
            }
            if outcome == .unableToProvideUnclear, state.supplementReceivedOn == nil {
                throw refuse(
                    .invalidOutcome, "unableToProvide.unclear means still unclear after a supplement, and none arrived")
            }
        case .withdrawn:
            break
        }
    }
}
