/// How a request ended (办理结果): one row of table 三, with its canonical key as raw value.
///
/// The keys are those of DOMAIN.md §3. `other` is the single （六）其他处理 row of the 2019 edition; the
/// 2021 edition splits it into `other.overdueSupplement`, `other.overdueFee` and `other.otherReasons`.
/// Still-open requests have no outcome: they are counted as `carriedForward`.
public enum RequestOutcome: String, CaseIterable, Hashable, Codable, Sendable {
    /// （一）予以公开 — granted (already public: told where; or provided).
    case granted = "granted"
    /// （二）部分公开 — partly granted after separating what may be disclosed (区分处理).
    case partialGrant = "partialGrant"
    /// （三）不予公开 1.属于国家秘密 — a state secret.
    case deniedStateSecret = "denied.stateSecret"
    /// （三）不予公开 2.其他法律行政法规禁止公开 — forbidden by another law or regulation.
    case deniedLawForbidden = "denied.lawForbidden"
    /// （三）不予公开 3.危及“三安全一稳定” — would endanger national, public or economic security or stability.
    case deniedThreeSecurities = "denied.threeSecurities"
    /// （三）不予公开 4.保护第三方合法权益 — protects a third party's lawful rights.
    case deniedThirdParty = "denied.thirdParty"
    /// （三）不予公开 5.属于三类内部事务信息 — internal affairs information.
    case deniedInternalAffairs = "denied.internalAffairs"
    /// （三）不予公开 6.属于四类过程性信息 — process information.
    case deniedProcessInfo = "denied.processInfo"
    /// （三）不予公开 7.属于行政执法案卷 — an administrative enforcement file.
    case deniedLawEnforcementFile = "denied.lawEnforcementFile"
    /// （三）不予公开 8.属于行政查询事项 — an administrative query with its own statutory channel.
    case deniedAdminQuery = "denied.adminQuery"
    /// （四）无法提供 1.本机关不掌握相关政府信息 — not held (or not this agency's).
    case unableToProvideNotHeld = "unableToProvide.notHeld"
    /// （四）无法提供 2.没有现成信息需要另行制作 — would need to be created.
    case unableToProvideNeedsCreation = "unableToProvide.needsCreation"
    /// （四）无法提供 3.补正后申请内容仍不明确 — still unclear after the supplement.
    case unableToProvideUnclear = "unableToProvide.unclear"
    /// （五）不予处理 1.信访举报投诉类申请 — a petition or complaint in the form of a request.
    case notProcessedComplaint = "notProcessed.complaint"
    /// （五）不予处理 2.重复申请 — a repeated request.
    case notProcessedDuplicate = "notProcessed.duplicate"
    /// （五）不予处理 3.要求提供公开出版物 — asks for a published publication.
    case notProcessedPublication = "notProcessed.publication"
    /// （五）不予处理 4.无正当理由大量反复申请 — unreasonable mass or repeated requests.
    case notProcessedMassive = "notProcessed.massive"
    /// （五）不予处理 5.要求行政机关确认或重新出具已获取信息 — asks to confirm or re-issue information already had.
    case notProcessedConfirm = "notProcessed.confirm"
    /// （六）其他处理 — the single "other" row of the 2019 edition (counted as `other.otherReasons` in 2021).
    case other = "other"
    /// （六）其他处理 1.申请人无正当理由逾期不补正 — no supplement in time (treated as withdrawn).
    case otherOverdueSupplement = "other.overdueSupplement"
    /// （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用 — the fee was not paid in time.
    case otherOverdueFee = "other.overdueFee"
    /// （六）其他处理 3.其他 — any other ending, e.g. a withdrawal.
    case otherOtherReasons = "other.otherReasons"

    /// The row key this outcome is counted under in an edition (the three `other.*` rows fold into
    /// `other` in the 2019 edition; `other` is `other.otherReasons` in the 2021 edition).
    public func tableRow(in edition: RequestTableEdition) -> String {
        switch (self, edition) {
        case (.otherOverdueSupplement, .edition2019), (.otherOverdueFee, .edition2019),
            (.otherOtherReasons, .edition2019):
            return RequestOutcome.other.rawValue
        case (.other, .edition2021):
            return RequestOutcome.otherOtherReasons.rawValue
        default:
            return rawValue
        }
    }

    /// The legal ground in the regulation (《政府信息公开条例》2019) or the fee rules; entries marked
    /// *(unverified)* are a reading to be confirmed.
    public var legalGround: String {
        switch self {
        case .granted: "条例第三十六条第（一）（二）项"
        case .partialGrant: "条例第三十七条"
        case .deniedStateSecret, .deniedLawForbidden, .deniedThreeSecurities: "条例第十四条"
        case .deniedThirdParty: "条例第十五条"
        case .deniedInternalAffairs: "条例第十六条第一款"
        case .deniedProcessInfo, .deniedLawEnforcementFile: "条例第十六条第二款"
        case .deniedAdminQuery: "条例第三十六条第（七）项"
        case .unableToProvideNotHeld: "条例第三十六条第（四）（五）项"
        case .unableToProvideNeedsCreation: "条例第三十八条"
        case .unableToProvideUnclear: "条例第三十条"
        case .notProcessedComplaint: "条例第三十九条第一款"
        case .notProcessedDuplicate: "条例第三十六条第（六）项"
        case .notProcessedPublication: "条例第三十九条第二款"
        case .notProcessedMassive: "条例第三十五条"
        case .notProcessedConfirm: "条例第三十九条 (unverified)"
        case .other, .otherOtherReasons: "—"
        case .otherOverdueSupplement: "条例第三十条"
        case .otherOverdueFee: "国办函〔2020〕109号"
        }
    }

    /// Whether the outcome can only come from its own event (no supplement, unpaid fee), not from a reply.
    public var isProceduralEnding: Bool {
        self == .otherOverdueSupplement || self == .otherOverdueFee
    }
}
