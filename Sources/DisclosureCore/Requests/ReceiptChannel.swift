/// How a request arrived (申请方式), which decides its receipt date under Art. 31.
public enum ReceiptChannel: String, CaseIterable, Hashable, Codable, Sendable {
    /// 当面提交 — handed in person: received that day.
    case inPerson
    /// 邮寄（挂号信/EMS）— registered or tracked post: received the day it is signed for.
    case registeredPost
    /// 平常信函 — ordinary post: received the day both sides confirm.
    case ordinaryPost
    /// 互联网渠道 — the online portal or e-mail: received the day both sides confirm.
    case internet
    /// 传真 — fax: received the day both sides confirm.
    case fax
    /// 其他 — another channel: the receipt date is whatever the bureau recorded.
    case other

    /// How Art. 31 fixes the receipt date for this channel.
    public var receiptRule: String {
        switch self {
        case .inPerson: "条例第三十一条第（一）项: the day it is handed in"
        case .registeredPost: "条例第三十一条第（二）项: the day the bureau signs for it"
        case .ordinaryPost, .internet, .fax: "条例第三十一条第（三）项: the day the bureau and the applicant confirm it"
        case .other: "no rule in Art. 31: the date the bureau recorded"
        }
    }
}
