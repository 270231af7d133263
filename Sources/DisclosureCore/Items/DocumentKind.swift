import Foundation

/// 体裁 / 文种 — what kind of document an item is.
///
/// An open vocabulary: localities add their own kinds, so it is a string wrapper with constants for the
/// kinds the annual report counts (规范性文件, 政策解读) and the 15 official document types (GB/T 9704).
public struct DocumentKind: StringVocabulary {
    /// The Chinese name of the kind, e.g. `规范性文件`.
    public let rawValue: String

    /// Wraps a kind name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    // MARK: - Kinds the annual report counts

    /// 规范性文件 — normative document (行政规范性文件); must carry a 文号.
    public static let normativeDocument: DocumentKind = "规范性文件"
    /// 政策解读 — policy interpretation.
    public static let policyInterpretation: DocumentKind = "政策解读"
    /// 规章 — government rule (not made by a county bureau, but counted in table 二).
    public static let rule: DocumentKind = "规章"

    // MARK: - The 15 official document types (文种)

    /// 决议 — resolution.
    public static let resolution: DocumentKind = "决议"
    /// 决定 — decision.
    public static let decision: DocumentKind = "决定"
    /// 命令（令） — order.
    public static let order: DocumentKind = "命令"
    /// 公报 — communiqué.
    public static let communique: DocumentKind = "公报"
    /// 公告 — public announcement.
    public static let announcement: DocumentKind = "公告"
    /// 通告 — circular to the public.
    public static let publicNotice: DocumentKind = "通告"
    /// 意见 — opinion.
    public static let opinion: DocumentKind = "意见"
    /// 通知 — notice.
    public static let notice: DocumentKind = "通知"
    /// 通报 — bulletin.
    public static let bulletin: DocumentKind = "通报"
    /// 报告 — report.
    public static let report: DocumentKind = "报告"
    /// 请示 — request for instructions.
    public static let requestForInstructions: DocumentKind = "请示"
    /// 批复 — reply to a request for instructions.
    public static let reply: DocumentKind = "批复"
    /// 议案 — motion.
    public static let motion: DocumentKind = "议案"
    /// 函 — letter.
    public static let letter: DocumentKind = "函"
    /// 纪要 — minutes.
    public static let minutes: DocumentKind = "纪要"

    /// The 15 official document types of GB/T 9704-2012 and the 党政机关公文处理工作条例.
    public static let officialTypes: [DocumentKind] = [
        .resolution, .decision, .order, .communique, .announcement, .publicNotice, .opinion, .notice, .bulletin,
        .report, .requestForInstructions, .reply, .motion, .letter, .minutes,
    ]

    /// The official document type named at the end of a title (`关于…的通知` → 通知), if any.
    public static func officialType(inTitle title: String) -> DocumentKind? {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("令") { return .order }
        return officialTypes.first { trimmed.hasSuffix($0.rawValue) }
    }
}
