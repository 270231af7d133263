import DisclosureCore
import Foundation

/// Decides whether an item is a repost (转载) and from where: a `来源` naming another body, or a `转载自…` note.
///
/// `本网`, `本站` and the site's own name (or the publisher, or an internal office such as `办公室`) are not
/// reposts.
struct RepostDetector {
    /// The site's name (`SiteName` meta or profile).
    var siteName: String?
    /// The publishing body, when the page names one.
    var publisher: String?

    /// Sources that mean the site itself.
    static let ownSources: Set<String> = [
        "本网", "本站", "本局", "本单位", "本机关", "本部门", "本网站", "原创", "本网原创", "本站原创", "网站管理员", "管理员", "admin",
    ]
    /// Endings of internal offices (办公室, 基教股 …) when the name is short and names no other body.
    static let officeEndings = ["股", "科", "室", "组", "办", "中心"]

    /// The repost, or nil when the item is the site's own.
    func repost(source: String?, bodyText: String, infoLine: String?, url: String?, at: LocalDateTime?) -> RepostSource? {
        if let note = Self.repostNote(in: [infoLine ?? "", String(bodyText.prefix(200)), String(bodyText.suffix(200))]) {
            let (site, department) = Self.split(note)
            return RepostSource(site: site, url: url, at: at, department: department)
        }
        guard let source = source.map({ TextCleaning.collapsed($0) }), !source.isEmpty, !isOwn(source) else {
            return nil
        }
        let (site, department) = Self.split(source)
        return RepostSource(site: site, url: url, at: at, department: department)
    }

    /// Whether a source names the site itself.
    func isOwn(_ source: String) -> Bool {
        let compact = TextCleaning.withoutSpaces(source)
        if Self.ownSources.contains(compact) { return true }
        for own in [siteName, publisher].compactMap({ $0 }).map({ TextCleaning.withoutSpaces($0) }) where !own.isEmpty {
            if own == compact || own.contains(compact) || compact.hasPrefix(own) { return true }
        }
        let namesOtherBody = ["省", "市", "州", "部", "厅", "国务院", "网", "报", "社", "电视台"].contains { compact.contains($0) }
        if compact.count <= 6, !namesOtherBody, Self.officeEndings.contains(where: { compact.hasSuffix($0) }) {
            return true
        }
        return false
    }

    /// The body named in a `转载自…` / `转自…` note.
    static func repostNote(in texts: [String]) -> String? {
        for text in texts {
            for marker in ["转载自", "转载于", "转自", "转载来源：", "转载来源:"] {
                guard let range = text.range(of: marker) else { continue }
                let rest = text[range.upperBound...]
                let name = rest.prefix { !"，。,；;）)】 \u{3000}\n".contains($0) }
                let trimmed = TextCleaning.trimmedValue(name)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    /// `云南省教育厅 基础教育处` or `云南省教育厅基础教育处` → site and department.
    static func split(_ source: String) -> (site: String, department: String?) {
        let parts = source.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if parts.count >= 2 { return (parts[0], parts.dropFirst().joined(separator: " ")) }
        for ending in ["办公厅", "委员会", "人民政府", "厅", "局", "委", "部", "政府"] {
            guard let range = source.range(of: ending, options: .backwards) else { continue }
            let department = String(source[range.upperBound...])
            if !department.isEmpty, ["处", "科", "司", "室", "股", "中心", "办"].contains(where: { department.hasSuffix($0) }) {
                return (String(source[..<range.upperBound]), department)
            }
        }
        return (source, nil)
    }
}
