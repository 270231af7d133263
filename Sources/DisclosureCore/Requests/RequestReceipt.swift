/// When and how a request was received (收到申请): the start of every period.
public struct RequestReceipt: Hashable, Codable, Sendable {
    /// The channel.
    public var channel: ReceiptChannel
    /// The receipt date fixed by Art. 31 (see ``ReceiptChannel/receiptRule``); the day itself is never counted.
    public var date: CivilDate
    /// The day the applicant sent or submitted it, when known and different (e.g. the postmark date).
    public var submittedOn: CivilDate?

    /// Creates a receipt.
    public init(channel: ReceiptChannel, date: CivilDate, submittedOn: CivilDate? = nil) {
        self.channel = channel
        self.date = date
        self.submittedOn = submittedOn
    }
}
