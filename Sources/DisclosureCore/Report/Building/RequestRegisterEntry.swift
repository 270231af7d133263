/// A request as a person writes it in a report input: id, receipt, applicant and events, in the order they happened.
///
/// In JSON: `{"id": "2021-001", "received": "2021-03-01", "channel": "internet", "applicant": "naturalPerson",
/// "subject": "…", "events": [{"replied": {"on": "2021-03-15", "outcome": "granted"}}]}`. Events use the JSON form of
/// ``RequestEvent`` and are checked as they are applied (``DisclosureRequest/apply(_:calendar:)``).
public struct RequestRegisterEntry: Hashable, Codable, Sendable {
    /// The register's id.
    public var id: String
    /// The day of receipt (Art. 31).
    public var received: CivilDate
    /// How it arrived; `internet` when absent.
    public var channel: ReceiptChannel?
    /// The applicant's column of section 三.
    public var applicant: ApplicantType
    /// What was asked.
    public var subject: String?
    /// What happened since, in order.
    public var events: [RequestEvent]?

    /// Creates an entry.
    public init(
        id: String, received: CivilDate, channel: ReceiptChannel? = nil, applicant: ApplicantType,
        subject: String? = nil, events: [RequestEvent]? = nil
    ) {
        self.id = id
        self.received = received
        self.channel = channel
        self.applicant = applicant
        self.subject = subject
        self.events = events
    }

    /// The request with its events applied; an impossible event is an error naming the request and the event.
    public func request(calendar: WorkingDayCalendar) throws(ReportInputError) -> DisclosureRequest {
        var request = DisclosureRequest(
            id: id, receipt: RequestReceipt(channel: channel ?? .internet, date: received), applicantType: applicant,
            subject: subject ?? "")
        for (index, event) in (events ?? []).enumerated() {
            do {
                try request.apply(event, calendar: calendar)
            } catch {
                throw ReportInputError(
                    field: "requests", entry: id, reason: "event \(index + 1) (\(event.name)): \(error.description)")
            }
        }
        return request
    }
}
