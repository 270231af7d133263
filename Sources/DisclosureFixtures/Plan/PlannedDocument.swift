import DisclosureCore

/// An OA register row that never reached the portal: 依申请公开, 不予公开 (with a reason or a 密级), or 主动公开 but
/// never published.
struct PlannedDocument: Hashable, Sendable {
    /// Why the document is not on the portal.
    enum Status: Int, Hashable, Sendable, CaseIterable {
        /// 依申请公开.
        case onRequest
        /// 不予公开, with a reason in words.
        case exempt
        /// 不予公开 because it carries a 密级.
        case classified
        /// 主动公开, but never put on the portal.
        case unpublished
    }

    /// Why the document is not on the portal.
    var status: Status
    /// The position among documents of the same status.
    var ordinal: Int
    /// 成文日期.
    var written: CivilDate
    /// The issuer code.
    var issuerCode: String
    /// The 文号, assigned with the portal's numbered items.
    var documentNumber: DocumentNumber?
}
