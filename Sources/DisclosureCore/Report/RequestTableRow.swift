/// One printed row of section 三 (收到和处理政府信息公开申请情况): its canonical key and its labels.
///
/// The outcome rows sit under `三、本年度办理结果`; rows of a group such as `（三）不予公开` carry the group label and
/// their own numbered label (`1.属于国家秘密`), as the official format prints them in row-spanning cells.
public struct RequestTableRow: Hashable, Sendable {
    /// The canonical key, e.g. `denied.stateSecret`.
    public var key: String
    /// `三、本年度办理结果` for the outcome rows and the total; `nil` for the other four rows.
    public var section: String?
    /// The group label, e.g. `（三）不予公开`, for rows that belong to a group of several.
    public var group: String?
    /// The row's own label, e.g. `1.属于国家秘密`, `（一）予以公开` or `一、本年新收政府信息公开申请数量`.
    public var label: String

    /// Creates a row.
    public init(key: String, section: String? = nil, group: String? = nil, label: String) {
        self.key = key
        self.section = section
        self.group = group
        self.label = label
    }

    /// The label with its group and section, e.g. `三、本年度办理结果（三）不予公开 1.属于国家秘密`.
    public var fullLabel: String {
        [section, group, label].compactMap { $0 }.joined(separator: " ")
    }

    /// The note printed in the top-left cell of the table.
    public static let balanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    /// The label over the seven data columns.
    public static let applicantsLabel = "申请人情况"
    /// The label over the five organisation columns.
    public static let organisationsLabel = "法人或其他组织"
    /// The label of the total column.
    public static let totalColumnLabel = "总计"
    /// The heading of the outcome rows.
    public static let outcomesSection = "三、本年度办理结果"

    /// The printed label of a column key (`naturalPerson` → `自然人`, `total` → `总计`).
    public static func columnLabel(_ key: String) -> String {
        ApplicantType(rawValue: key)?.label ?? (key == ApplicantType.totalColumnKey ? totalColumnLabel : key)
    }

    /// The rows of an edition, in the order of ``RequestTableEdition/rowKeys``.
    public static func rows(for edition: RequestTableEdition) -> [RequestTableRow] {
        edition.rowKeys.map { row($0, in: edition) }
    }

    /// The row for a key in an edition (an unknown key gets itself as label).
    public static func row(_ key: String, in edition: RequestTableEdition) -> RequestTableRow {
        let outcome = outcomesSection
        switch key {
        case "newReceived": return RequestTableRow(key: key, label: "一、本年新收政府信息公开申请数量")
        case "carriedOver": return RequestTableRow(key: key, label: "二、上年结转政府信息公开申请数量")
        case "granted": return RequestTableRow(key: key, section: outcome, label: "（一）予以公开")
        case "partialGrant":
            return RequestTableRow(key: key, section: outcome, label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
        case "totalProcessed": return RequestTableRow(key: key, section: outcome, label: "（七）总计")
        case "carriedForward": return RequestTableRow(key: key, label: "四、结转下年度继续办理")
        case "other" where edition == .edition2019:
            return RequestTableRow(key: key, section: outcome, label: "（六）其他处理")
        default:
            guard let (group, label) = groupedLabels[key] else { return RequestTableRow(key: key, label: key) }
            return RequestTableRow(key: key, section: outcome, group: group, label: label)
        }
    }

    private static let groupedLabels: [String: (String, String)] = [
        "denied.stateSecret": ("（三）不予公开", "1.属于国家秘密"),
        "denied.lawForbidden": ("（三）不予公开", "2.其他法律行政法规禁止公开"),
        "denied.threeSecurities": ("（三）不予公开", "3.危及“三安全一稳定”"),
        "denied.thirdParty": ("（三）不予公开", "4.保护第三方合法权益"),
        "denied.internalAffairs": ("（三）不予公开", "5.属于三类内部事务信息"),
        "denied.processInfo": ("（三）不予公开", "6.属于四类过程性信息"),
        "denied.lawEnforcementFile": ("（三）不予公开", "7.属于行政执法案卷"),
        "denied.adminQuery": ("（三）不予公开", "8.属于行政查询事项"),
        "unableToProvide.notHeld": ("（四）无法提供", "1.本机关不掌握相关政府信息"),
        "unableToProvide.needsCreation": ("（四）无法提供", "2.没有现成信息需要另行制作"),
        "unableToProvide.unclear": ("（四）无法提供", "3.补正后申请内容仍不明确"),
        "notProcessed.complaint": ("（五）不予处理", "1.信访举报投诉类申请"),
        "notProcessed.duplicate": ("（五）不予处理", "2.重复申请"),
        "notProcessed.publication": ("（五）不予处理", "3.要求提供公开出版物"),
        "notProcessed.massive": ("（五）不予处理", "4.无正当理由大量反复申请"),
        "notProcessed.confirm": ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
        "other.overdueSupplement": ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        "other.overdueFee": ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        "other.otherReasons": ("（六）其他处理", "3.其他"),
    ]
}
