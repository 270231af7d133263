/// The words registers use for channels, applicant types and outcomes, mapped to the model's values.
///
/// Matching ignores spaces, punctuation (full- or half-width), case and the enumerators of the printed table
/// (`（三）`, `1.`), so `（三）不予公开 1.属于国家秘密`, `不予公开-国家秘密` and `denied.stateSecret` all match.
public enum RequestRegisterVocabulary {
    /// The channel a register word names (`当面`, `挂号信`, `平信`, `网络`, `传真`, `其他`, or the
    /// command-line spellings `in-person`, `registered-post`, `post`, `internet`, `fax`, `other`).
    public static func channel(_ text: String) -> ReceiptChannel? {
        let key = folded(text)
        if let channel = ReceiptChannel(rawValue: text) { return channel }
        return channelWords.first { $0.words.contains(key) }?.channel
    }

    /// The applicant type a register word names (`自然人`, `商业企业` …, or `natural-person`, `commercial` …).
    public static func applicant(_ text: String) -> ApplicantType? {
        let key = folded(text)
        if let type = ApplicantType(rawValue: text) { return type }
        return applicantWords.first { $0.words.contains(key) }?.type
    }

    /// The ending a register's 处理结果 names: a row key, a Chinese row label (with or without its group), a
    /// withdrawal or a lapse; `nil` when it names none, or only a group such as `不予公开` without the ground.
    public static func ending(_ text: String) -> RequestRegisterEnding? {
        if let outcome = RequestOutcome(rawValue: trimmed(text)) { return ending(for: outcome) }
        var key = folded(text)
        if withdrawalWords.contains(key) { return .withdrawn }
        if let outcome = outcomeWords.first(where: { $0.words.contains(key) })?.outcome { return ending(for: outcome) }
        key = String(key.drop(while: isEnumerator))
        for group in groupWords where key.hasPrefix(group) && key.count > group.count {
            key = String(key.dropFirst(group.count).drop(while: isEnumerator))
            break
        }
        if let outcome = outcomeWords.first(where: { $0.words.contains(key) })?.outcome { return ending(for: outcome) }
        return nil
    }

    /// Every spelling of 处理结果 that names a single ending, for messages: the row keys and the lapses.
    public static var endingHint: String {
        "a row key such as granted or denied.stateSecret, a label such as 予以公开 or 不予公开-属于国家秘密, "
            + "撤回, 逾期不补正 or 逾期未缴费"
    }

    // MARK: - Folding

    /// The text without leading and trailing white space (including U+3000 and a byte-order mark).
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// The text lower-cased without white space, punctuation, quotes or separators.
    static func folded(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && !ignored.contains($0) })
    }

    private static let ignored: Set<Character> = [
        "(", ")", "（", "）", "[", "]", "【", "】", ".", "．", "。", ",", "，", "、", ":", "：", ";", "；", "-", "－", "—",
        "_", "/", "／", "·", "\"", "“", "”", "'", "‘", "’", "\u{FEFF}",
    ]

    private static func isEnumerator(_ character: Character) -> Bool {
        character.isASCII && character.isNumber || "一二三四五六七八九十".contains(character)
    }

    private static func ending(for outcome: RequestOutcome) -> RequestRegisterEnding {
        switch outcome {
        case .otherOverdueSupplement: .supplementOverdue
        case .otherOverdueFee: .feeOverdue
        default: .reply(outcome)
        }
    }

    // MARK: - Word lists (folded)

    private static let channelWords: [(channel: ReceiptChannel, words: Set<String>)] = [
        (.inPerson, ["inperson", "当面", "当面提交", "当面申请", "现场", "现场提交", "窗口"]),
        (.registeredPost, ["registeredpost", "挂号信", "挂号", "ems", "邮寄", "快递", "邮政快递"]),
        (.ordinaryPost, ["post", "ordinarypost", "平信", "信函", "平常信函", "普通信函"]),
        (.internet, ["internet", "email", "网络", "互联网", "网上", "网站", "在线", "网上申请", "电子邮件", "邮件"]),
        (.fax, ["fax", "传真"]),
        (.other, ["other", "其他"]),
    ]

    private static let applicantWords: [(type: ApplicantType, words: Set<String>)] = [
        (.naturalPerson, ["naturalperson", "自然人", "公民", "个人"]),
        (.commercial, ["commercial", "商业企业", "企业"]),
        (.research, ["research", "科研机构"]),
        (.social, ["social", "社会公益组织", "公益组织"]),
        (.legal, ["legal", "法律服务机构", "律师事务所"]),
        (.other, ["other", "其他", "其他组织"]),
    ]

    private static let withdrawalWords: Set<String> = ["撤回", "申请人撤回", "主动撤回", "withdrawn", "withdrawal"]

    private static let groupWords = ["本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理"]

    private static let outcomeWords: [(outcome: RequestOutcome, words: Set<String>)] = [
        (.granted, ["予以公开", "公开", "同意公开"]),
        (.partialGrant, ["部分公开", "部分公开区分处理的只计这一情形不计其他情形", "区分处理"]),
        (.deniedStateSecret, ["属于国家秘密", "国家秘密"]),
        (.deniedLawForbidden, ["其他法律行政法规禁止公开", "法律行政法规禁止公开"]),
        (.deniedThreeSecurities, ["危及三安全一稳定", "三安全一稳定"]),
        (.deniedThirdParty, ["保护第三方合法权益", "第三方合法权益"]),
        (.deniedInternalAffairs, ["属于三类内部事务信息", "三类内部事务信息", "内部事务信息"]),
        (.deniedProcessInfo, ["属于四类过程性信息", "四类过程性信息", "过程性信息"]),
        (.deniedLawEnforcementFile, ["属于行政执法案卷", "行政执法案卷"]),
        (.deniedAdminQuery, ["属于行政查询事项", "行政查询事项"]),
        (.unableToProvideNotHeld, ["本机关不掌握相关政府信息", "不掌握相关政府信息", "信息不存在", "本机关不掌握"]),
        (.unableToProvideNeedsCreation, ["没有现成信息需要另行制作", "需要另行制作"]),
        (.unableToProvideUnclear, ["补正后申请内容仍不明确", "申请内容不明确"]),
        (.notProcessedComplaint, ["信访举报投诉类申请", "信访举报投诉"]),
        (.notProcessedDuplicate, ["重复申请"]),
        (.notProcessedPublication, ["要求提供公开出版物", "公开出版物"]),
        (.notProcessedMassive, ["无正当理由大量反复申请", "大量反复申请"]),
        (.notProcessedConfirm, ["要求行政机关确认或重新出具已获取信息"]),
        (.other, ["其他处理"]),
        (
            .otherOverdueSupplement,
            ["逾期不补正", "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", "申请人无正当理由逾期不补正"]
        ),
        (
            .otherOverdueFee,
            [
                "逾期未缴费", "逾期未缴纳费用", "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用",
            ]
        ),
        (.otherOtherReasons, ["其他"]),
    ]
}
