import DisclosureCore

/// The printed Chinese labels of table 三 (收到和处理政府信息公开申请情况), by row key and edition.
///
/// Only what `requests stats` prints; the annual-report module owns the full layout with its merged cells.
enum RequestTableLabels {
    /// The heading over the outcome rows.
    static let outcomesHeading = "三、本年度办理结果"
    /// The note of the top-left cell: the balance every column keeps.
    static let balanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

    /// The group a row belongs to (e.g. `（三）不予公开`) and the row's own label (e.g. `1.属于国家秘密`).
    static func label(_ key: String, in edition: RequestTableEdition) -> (group: String?, label: String) {
        switch key {
        case "newReceived": return (nil, "一、本年新收政府信息公开申请数量")
        case "carriedOver": return (nil, "二、上年结转政府信息公开申请数量")
        case "granted": return (nil, "（一）予以公开")
        case "partialGrant": return (nil, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
        case "other" where edition == .edition2019: return (nil, "（六）其他处理")
        case "totalProcessed": return (nil, "（七）总计")
        case "carriedForward": return (nil, "四、结转下年度继续办理")
        default: return grouped[key].map { ($0.0, $0.1) } ?? (nil, key)
        }
    }

    /// Whether the row sits under `三、本年度办理结果`.
    static func isOutcomeRow(_ key: String, in edition: RequestTableEdition) -> Bool {
        edition.outcomeRowKeys.contains(key) || key == "totalProcessed"
    }

    private static let grouped: [String: (String, String)] = [
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
