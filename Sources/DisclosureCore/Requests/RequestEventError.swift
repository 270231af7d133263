/// Why an event cannot happen to a request in its present state: the request, the event, the rule broken.
public struct RequestEventError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule that was broken; an open set of codes.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable machine-readable code.
        public var rawValue: String

        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The event is dated before the request was received.
        public static let beforeReceipt = Code(rawValue: "request.before-receipt")
        /// The event is dated before an event already recorded.
        public static let outOfOrder = Code(rawValue: "request.out-of-order")
        /// The request is already closed (replied, withdrawn, or ended by a procedural rule).
        public static let closed = Code(rawValue: "request.closed")
        /// A second supplement request (Art. 30 allows asking once).
        public static let secondSupplement = Code(rawValue: "request.second-supplement")
        /// A supplement requested more than 7 working days after receipt (Art. 30).
        public static let supplementTooLate = Code(rawValue: "request.supplement-too-late")
        /// A second extension (Art. 33 allows one).
        public static let secondExtension = Code(rawValue: "request.second-extension")
        /// An extension of 0 or more than 20 working days, without an approver, or after the deadline passed.
        public static let invalidExtension = Code(rawValue: "request.invalid-extension")
        /// The event needs a state the request is not in (e.g. a supplement arriving that was never asked for).
        public static let wrongState = Code(rawValue: "request.wrong-state")
        /// A period is not over yet (e.g. the fee declared unpaid before its 20 working days ran out) or is over.
        public static let periodMismatch = Code(rawValue: "request.period-mismatch")
        /// The reply's outcome cannot be given by a reply in this state.
        public static let invalidOutcome = Code(rawValue: "request.invalid-outcome")
        /// A fee amount of 0 元 or less.
        public static let invalidAmount = Code(rawValue: "request.invalid-amount")
        /// The calendar does not cover a date needed to check the rule.
        public static let calendarNotCovered = Code(rawValue: "request.calendar-not-covered")

        /// The raw code.
        public var description: String { rawValue }
    }

    /// The rule broken.
    public var code: Code
    /// The request's id.
    public var requestID: String
    /// The event refused.
    public var event: RequestEvent
    /// Why, in a sentence for a person.
    public var reason: String

    /// Creates an error.
    public init(_ code: Code, requestID: String, event: RequestEvent, reason: String) {
        self.code = code
        self.requestID = requestID
        self.event = event
        self.reason = reason
    }

    /// One line: `request.second-extension 2019-017 extended 2019-10-20: …`.
    public var description: String { "\(code) \(requestID) \(event.name) \(event.date): \(reason)" }
}
