import Foundation

/// Strips the site name a CMS adds to `<title>` (`关于…的通知_勐海县教育局`, `勐海县人民政府 - 关于…`), and the column
/// name some add as well (`…_通知公告_勐海县教育局`).
struct TitleSuffix {
    /// The profile (its ``SiteProfile/titleSuffixes`` go first).
    var profile: SiteProfile
    /// The `SiteName` meta, when present.
    var siteName: String?
    /// The `ColumnName` meta, when present.
    var column: String?

    /// Words that end names of sites and bodies: a `<title>` part ending in one is the site, not the article.
    static let siteEndings = [
        "局", "政府", "网", "门户", "网站", "委", "厅", "办", "学校", "中学", "小学", "中心", "平台", "信息公开", "官网", "委员会",
        "院", "所", "馆", "部", "集团", "公司", "首页",
    ]
    private static let separators = ["--", "——", "_", "｜", "|", " - ", "－", "—", "-", "::", " "]

    /// The title without the site's (and column's) name, and the site's name when one was stripped.
    func strip(_ title: String) -> (title: String, site: String?) {
        var text = TextCleaning.collapsed(title)
        var site: String?
        for suffix in profile.titleSuffixes where !suffix.isEmpty {
            if text.hasSuffix(suffix) { text = TextCleaning.trimmed(text.dropLast(suffix.count)) }
            if text.hasPrefix(suffix) { text = TextCleaning.trimmed(text.dropFirst(suffix.count)) }
        }
        let known = [profile.site, siteName, column].compactMap { $0 }.filter { !$0.isEmpty }
        var changed = true
        while changed {
            changed = false
            for separator in Self.separators {
                // No separator has another canonical equivalent: absent as bytes, Foundation cannot find it either.
                guard ByteSearch.contains(text, separator) else { continue }
                // Suffix: `title<sep>site`.
                if let range = text.range(of: separator, options: .backwards) {
                    let tail = TextCleaning.trimmed(text[range.upperBound...])
                    let head = TextCleaning.trimmed(text[..<range.lowerBound])
                    if !head.isEmpty, !tail.isEmpty, isSiteName(tail, known: known), head.count >= 2 {
                        if site == nil, tail != column { site = tail }
                        text = head
                        changed = true
                        break
                    }
                }
                // Prefix: `site<sep>title` (never on a plain space: `勐海县教育局 关于…` keeps its issuer).
                if separator != " ", separator != "-", let range = text.range(of: separator) {
                    let lead = TextCleaning.trimmed(text[..<range.lowerBound])
                    let rest = TextCleaning.trimmed(text[range.upperBound...])
                    if !lead.isEmpty, rest.count > lead.count, known.contains(lead) || isSiteName(lead, known: known) {
                        if site == nil, lead != column { site = lead }
                        text = rest
                        changed = true
                        break
                    }
                }
            }
        }
        return (text, site)
    }

    private func isSiteName(_ part: String, known: [String]) -> Bool {
        if known.contains(part) { return true }
        guard TextCleaning.hasAtMost(30, characters: part) else { return false }
        // `2018-2019学年` and `第1-3批` are not site names: a part with digits stays.
        if part.unicodeScalars.contains(where: { ("0"..."9").contains($0) || ("０"..."９").contains($0) }) {
            return false
        }
        return Self.siteEndings.contains { part.hasSuffix($0) }
    }
}
