/// One column of a request register kept in a spreadsheet (依申请公开登记台账), as read by ``RequestRegisterReader``.
///
/// A column is found by its header: the Chinese header (e.g. `收到日期`) or any of its aliases (e.g. `received`),
/// compared after trimming spaces and ignoring case. Columns may come in any order; unknown headers are ignored.
public enum RequestRegisterColumn: String, CaseIterable, Hashable, Sendable {
    /// 编号 — the register's id of the request (required, unique in the file).
    case id
    /// 收到日期 — the receipt date fixed by Art. 31 (required).
    case received
    /// 渠道 — how it arrived: 当面, 挂号信, 平信, 网络, 传真, 其他 (required).
    case channel
    /// 申请人类型 — the applicant column of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (required).
    case applicant
    /// 申请内容 — what was asked (required, not empty).
    case subject
    /// 提交日期 — the day the applicant sent it, e.g. the postmark (optional).
    case submitted
    /// 补正通知日期 — the day a supplement was asked for (optional; needs 补正期限).
    case supplementRequested
    /// 补正期限 — the date the supplement notice gave the applicant.
    case supplementReplyBy
    /// 补正收到日期 — the day the supplement arrived.
    case supplementReceived
    /// 征求意见日期 — the day a third party or co-issuer was consulted (needs 征求意见对象).
    case consultationStarted
    /// 征求意见对象 — who was consulted.
    case consultationParty
    /// 征求意见答复日期 — the day the consulted party answered.
    case consultationEnded
    /// 延期日期 — the day the extension was decided (needs 延期工作日 and 延期批准人).
    case extended
    /// 延期工作日 — the working days of the extension (1 to 20).
    case extensionDays
    /// 延期批准人 — who approved the extension.
    case extensionApprover
    /// 收费通知日期 — the day a fee notice was sent (needs 收费金额).
    case feeNoticed
    /// 收费金额 — the fee in whole 元.
    case feeAmount
    /// 缴费日期 — the day the fee was paid.
    case feePaid
    /// 答复日期 — the day of the reply, withdrawal or lapse that closed the request (needs 处理结果).
    case closed
    /// 处理结果 — how it ended: a table-三 row key (`granted`, `denied.stateSecret` …), its Chinese label
    /// (`予以公开`, `不予公开-属于国家秘密` …), `撤回` for a withdrawal, `逾期不补正` or `逾期未缴费` for a lapse.
    case outcome

    /// The header written in a register, e.g. `收到日期`.
    public var header: String {
        switch self {
        case .id: "编号"
        case .received: "收到日期"
        case .channel: "渠道"
        case .applicant: "申请人类型"
        case .subject: "申请内容"
        case .submitted: "提交日期"
        case .supplementRequested: "补正通知日期"
        case .supplementReplyBy: "补正期限"
        case .supplementReceived: "补正收到日期"
        case .consultationStarted: "征求意见日期"
        case .consultationParty: "征求意见对象"
        case .consultationEnded: "征求意见答复日期"
        case .extended: "延期日期"
        case .extensionDays: "延期工作日"
        case .extensionApprover: "延期批准人"
        case .feeNoticed: "收费通知日期"
        case .feeAmount: "收费金额"
        case .feePaid: "缴费日期"
        case .closed: "答复日期"
        case .outcome: "处理结果"
        }
    }

    /// Other headers accepted for the column: the raw value, and common variants seen in registers.
    public var aliases: [String] {
        let variants: [String] =
            switch self {
            case .id: ["序号", "申请编号", "登记号"]
            case .received: ["收到申请日期", "受理日期", "收件日期"]
            case .channel: ["申请方式", "申请渠道", "提交方式"]
            case .applicant: ["申请人类别"]
            case .subject: ["申请事项", "申请公开内容", "所需信息内容描述"]
            case .submitted: ["申请日期"]
            case .closed: ["办结日期", "回复日期"]
            case .outcome: ["办理结果", "答复结果"]
            default: []
            }
        return [rawValue] + variants
    }

    /// Whether every register must have the column.
    public var isRequired: Bool {
        switch self {
        case .id, .received, .channel, .applicant, .subject: true
        default: false
        }
    }

    /// The column whose header matches `text` (trimmed, case ignored), if any.
    public init?(header text: String) {
        let key = RequestRegisterVocabulary.trimmed(text).lowercased()
        guard
            let column = Self.allCases.first(where: { column in
                column.header == key || column.aliases.contains { $0.lowercased() == key }
            })
        else { return nil }
        self = column
    }
}
