/// Something that happened to a request after its receipt, in the order it happened (办理过程).
public enum RequestEvent: Hashable, Codable, Sendable {
    /// 补正通知 — the bureau asked once for a supplement (Art. 30: within 7 working days of receipt), giving the
    /// applicant until `replyBy`; the reply clock restarts when the supplement arrives.
    case supplementRequested(on: CivilDate, replyBy: CivilDate, what: String)
    /// 补正 — the supplement arrived; the 20 working days start again from the next working day.
    case supplementReceived(on: CivilDate)
    /// 逾期不补正 — no supplement by the date set: the request is treated as withdrawn (other.overdueSupplement).
    case supplementOverdue(on: CivilDate)
    /// 征求意见 — a third party or co-issuer was consulted (Art. 32/34); up to 15 working days do not count.
    case consultationStarted(on: CivilDate, party: String)
    /// The consulted party answered, or the bureau stopped waiting.
    case consultationEnded(on: CivilDate)
    /// 延期答复 — the one extension (Art. 33), at most 20 working days, approved by the named person.
    case extended(on: CivilDate, workingDays: Int, approvedBy: String)
    /// 收费通知 — a fee notice was sent; the applicant has 20 working days to pay, and that time does not count.
    case feeNoticed(on: CivilDate, amount: Int)
    /// The fee was paid.
    case feePaid(on: CivilDate)
    /// 逾期未缴费 — the fee was not paid in 20 working days: the request ends (other.overdueFee).
    case feeOverdue(on: CivilDate)
    /// 答复 — the bureau replied with an outcome; the request is closed.
    case replied(on: CivilDate, outcome: RequestOutcome)
    /// 撤回 — the applicant withdrew the request (other.otherReasons).
    case withdrawn(on: CivilDate)

    /// The day the event happened.
    public var date: CivilDate {
        switch self {
        case .supplementRequested(let on, _, _), .supplementReceived(let on), .supplementOverdue(let on),
            .consultationStarted(let on, _), .consultationEnded(let on), .extended(let on, _, _),
            .feeNoticed(let on, _), .feePaid(let on), .feeOverdue(let on), .replied(let on, _),
            .withdrawn(let on):
            return on
        }
    }

    /// A short name for messages, e.g. `supplementRequested`.
    public var name: String {
        switch self {
        case .supplementRequested: "supplementRequested"
        case .supplementReceived: "supplementReceived"
        case .supplementOverdue: "supplementOverdue"
        case .consultationStarted: "consultationStarted"
        case .consultationEnded: "consultationEnded"
        case .extended: "extended"
        case .feeNoticed: "feeNoticed"
        case .feePaid: "feePaid"
        case .feeOverdue: "feeOverdue"
        case .replied: "replied"
        case .withdrawn: "withdrawn"
        }
    }
}
