public import DisclosureCore

/// Finds the legal ground (条例第十四、十五、十六条) that a 不予公开 reason names in words.
public enum ExemptionGroundMatcher {
    private static let phrases: [(ExemptionGround, [String])] = [
        (.stateSecret, ["国家秘密", "涉密", "涉及秘密"]),
        (.lawForbidden, ["法律行政法规禁止", "法律、行政法规禁止", "法律法规禁止", "法规禁止"]),
        (.threeSecurities, ["三安全一稳定", "国家安全", "公共安全", "经济安全", "社会稳定"]),
        (.thirdParty, ["商业秘密", "个人隐私", "第三方", "第十五条"]),
        (.lawEnforcementFile, ["行政执法案卷", "执法案卷"]),
        (.processInfo, ["过程性", "讨论记录", "过程稿", "磋商信函", "请示报告", "内部讨论"]),
        (.internalAffairs, ["内部事务", "人事管理", "后勤管理", "内部工作流程", "内部管理"]),
    ]

    /// The ground a reason names, or nil when it names none or is ambiguous (`第十四条` alone covers three).
    public static func ground(in reason: String) -> ExemptionGround? {
        let compact = HeaderLabel.key(reason)
        for (ground, words) in phrases where words.contains(where: { compact.contains(HeaderLabel.key($0)) }) {
            return ground
        }
        return nil
    }
}
