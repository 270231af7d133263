/// How a register row says a request ended (处理结果): a reply with its outcome, or an ending without a reply.
public enum RequestRegisterEnding: Hashable, Sendable {
    /// 答复 — a reply with an outcome row of table 三.
    case reply(RequestOutcome)
    /// 撤回 — the applicant withdrew the request.
    case withdrawn
    /// 逾期不补正 — no supplement by the date set (other.overdueSupplement).
    case supplementOverdue
    /// 逾期未缴费 — the fee was not paid in time (other.overdueFee).
    case feeOverdue

    /// The event that records the ending on `date`.
    public func event(on date: CivilDate) -> RequestEvent {
        switch self {
        case .reply(let outcome): .replied(on: date, outcome: outcome)
        case .withdrawn: .withdrawn(on: date)
        case .supplementOverdue: .supplementOverdue(on: date)
        case .feeOverdue: .feeOverdue(on: date)
        }
    }
}
