/// 转载来源 — where a reposted item came from.
///
/// The seed report commits the bureau to show, on every reposted page, the source site, the repost time and the
/// source department; ``ReleaseRules`` checks that a repost names at least the site and the time.
public struct RepostSource: Hashable, Codable, Sendable {
    /// 来源网站 — the site the item was taken from, e.g. `云南省教育厅`.
    public var site: String?
    /// The original address.
    public var url: String?
    /// 转载时间 — when it was reposted.
    public var at: LocalDateTime?
    /// 信息来源处室 — the department that produced it at the source.
    public var department: String?

    /// Creates a repost source.
    public init(site: String? = nil, url: String? = nil, at: LocalDateTime? = nil, department: String? = nil) {
        self.site = site
        self.url = url
        self.at = at
        self.department = department
    }
}
