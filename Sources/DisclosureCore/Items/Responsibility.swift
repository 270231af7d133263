/// 谁制作、谁更新、谁审查、谁负责 — the people answerable for an item.
public struct Responsibility: Hashable, Codable, Sendable {
    /// 制作 — who produced it.
    public var producer: String?
    /// 更新 — who keeps it up to date.
    public var updater: String?
    /// 审查 — who reviewed it.
    public var reviewer: String?
    /// 负责 — who is accountable.
    public var accountable: String?

    /// Creates a responsibility record.
    public init(producer: String? = nil, updater: String? = nil, reviewer: String? = nil, accountable: String? = nil) {
        self.producer = producer
        self.updater = updater
        self.reviewer = reviewer
        self.accountable = accountable
    }

    /// Whether nobody is named at all.
    public var isEmpty: Bool { producer == nil && updater == nil && reviewer == nil && accountable == nil }
}
