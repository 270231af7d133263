/// Where a request stands after its events (办理状态): derived from the events, never edited directly.
public struct RequestState: Hashable, Codable, Sendable {
    /// What the request is waiting for.
    public enum Phase: String, Hashable, Codable, Sendable {
        /// The bureau is working on it; the reply clock runs.
        case processing
        /// Waiting for the applicant's supplement (补正); the clock restarts when it arrives.
        case awaitingSupplement
        /// Waiting for a consulted third party or co-issuer (征求意见); the clock is stopped.
        case consulting
        /// Waiting for the fee (缴费); the clock is stopped.
        case awaitingPayment
        /// Replied, withdrawn, or ended by a procedural rule.
        case closed
    }

    /// One consultation of a third party or co-issuer.
    public struct Consultation: Hashable, Codable, Sendable {
        /// Who was consulted.
        public var party: String
        /// The day the consultation was sent.
        public var started: CivilDate
        /// The day the answer came or the bureau stopped waiting; `nil` while it is open.
        public var ended: CivilDate?
    }

    /// One fee notice.
    public struct FeeNotice: Hashable, Codable, Sendable {
        /// The amount in 元.
        public var amount: Int
        /// The day the notice was sent.
        public var noticed: CivilDate
        /// The day the fee was paid; `nil` while unpaid.
        public var paid: CivilDate?
    }

    /// What the request is waiting for.
    public var phase: Phase = .processing
    /// The outcome once closed.
    public var outcome: RequestOutcome?
    /// The day it was closed.
    public var closedOn: CivilDate?
    /// The day a supplement was asked for, if one was.
    public var supplementRequestedOn: CivilDate?
    /// The date the supplement notice gave the applicant.
    public var supplementReplyBy: CivilDate?
    /// The day the supplement arrived, if it did: the new start of the reply clock.
    public var supplementReceivedOn: CivilDate?
    /// The working days of the extension, if one was granted.
    public var extensionWorkingDays: Int?
    /// Who approved the extension.
    public var extensionApprovedBy: String?
    /// The day the extension was decided.
    public var extendedOn: CivilDate?
    /// Every consultation, in order.
    public var consultations: [Consultation] = []
    /// Every fee notice, in order.
    public var feeNotices: [FeeNotice] = []
    /// The date of the latest event, or of receipt when there is none.
    public var lastEventDate: CivilDate

    /// The state of a request just received on `receiptDate`.
    public init(receivedOn receiptDate: CivilDate) {
        self.lastEventDate = receiptDate
    }

    /// Whether the request is still open.
    public var isOpen: Bool { phase != .closed }

    /// The state after one more event (the event is assumed valid; ``DisclosureRequest/apply(_:calendar:)`` checks).
    public func applying(_ event: RequestEvent) -> RequestState {
        var next = self
        next.lastEventDate = event.date
        switch event {
        case .supplementRequested(let on, let replyBy, _):
            next.phase = .awaitingSupplement
            next.supplementRequestedOn = on
            next.supplementReplyBy = replyBy
        case .supplementReceived(let on):
            next.phase = .processing
            next.supplementReceivedOn = on
        case .supplementOverdue(let on):
            next.close(.otherOverdueSupplement, on: on)
        case .consultationStarted(let on, let party):
            next.phase = .consulting
            next.consultations.append(Consultation(party: party, started: on, ended: nil))
        case .consultationEnded(let on):
            next.phase = .processing
            next.endOpenConsultation(on: on)
        case .extended(let on, let days, let approver):
            next.extensionWorkingDays = days
            next.extensionApprovedBy = approver
            next.extendedOn = on
        case .feeNoticed(let on, let amount):
            next.phase = .awaitingPayment
            next.feeNotices.append(FeeNotice(amount: amount, noticed: on, paid: nil))
        case .feePaid(let on):
            next.phase = .processing
            if !next.feeNotices.isEmpty { next.feeNotices[next.feeNotices.count - 1].paid = on }
        case .feeOverdue(let on):
            next.close(.otherOverdueFee, on: on)
        case .replied(let on, let outcome):
            next.endOpenConsultation(on: on)
            next.close(outcome, on: on)
        case .withdrawn(let on):
            next.endOpenConsultation(on: on)
            next.close(.otherOtherReasons, on: on)
        }
        return next
    }

    private mutating func close(_ outcome: RequestOutcome, on date: CivilDate) {
        phase = .closed
        self.outcome = outcome
        closedOn = date
    }

    private mutating func endOpenConsultation(on date: CivilDate) {
        if let last = consultations.indices.last, consultations[last].ended == nil { consultations[last].ended = date }
    }
}
