/// 密级 — a row's secrecy marking as an OA export writes it (`秘密`, `机密★1年`, `绝密★长期`, `内部`, `无`).
enum SecrecyLevel: Hashable, Sendable {
    /// No marking: empty, `无`, `非密`, `普通`, `公开`, `一般`, `-`, `/`.
    case none
    /// A state-secret level (秘密 / 机密 / 绝密), with the period when written after `★`.
    case stateSecret(level: String, period: String?)
    /// Another restrictive marking (`内部`, `工作秘密`, `商业秘密`, `限制`): not public either.
    case restricted(String)

    private static let noneValues: Set<String> = ["", "无", "非密", "普通", "公开", "一般", "-", "/", "—", "否", "非涉密", "不涉密"]

    /// Reads a 密级 cell.
    init(_ text: String) {
        let key = HeaderLabel.key(text)
        if Self.noneValues.contains(key) {
            self = .none
            return
        }
        let parts = key.split(whereSeparator: { $0 == "★" || $0 == "*" || $0 == "☆" }).map(String.init)
        let level = parts.first ?? key
        let period = parts.count > 1 ? parts[1] : nil
        if level == "工作秘密" || level == "商业秘密" || level.hasPrefix("内部") {
            self = .restricted(HeaderLabel.trimmed(text))
            return
        }
        for name in ["绝密", "机密", "秘密"] where level == name || level.hasPrefix(name) {
            self = .stateSecret(level: name, period: period)
            return
        }
        self = .restricted(HeaderLabel.trimmed(text))
    }
}
