import DisclosureCore
import Foundation

/// Decides whether an item is a repost (转载) and from where: a `转载自…` note in the body (with its 转载时间, 原文地址,
/// 信息来源/信息来源处室), or a `来源` naming another body.
///
/// `本网`, `本站`, the site's own name, the publisher, a body of the same county (`县教育局…`) and internal offices
/// (`办公室`, `基础教育股`) are not reposts.
struct RepostDetector {
    /// The site's name (`SiteName` meta, profile, `<title>` suffix or footer).
    var siteName: String?
    /// The publishing body, when the page names one.
    var publisher: String?
    /// The breadcrumb: a site section named after a body (`县市部门 > 勐海县教育局`) belongs to that body.
    var breadcrumb: String?

    /// Sources that mean the site itself.
    static let ownSources: Set<String> = [
        "本网", "本站", "本局", "本单位", "本机关", "本部门", "本网站", "原创", "本网原创", "本站原创", "网站管理员", "管理员", "admin",
    ]
    /// Endings of internal offices when the name is short and names no other body.
    static let officeEndings = ["股", "科", "室", "组", "办", "中心", "处"]
    /// Labels of a repost note.
    private static let noteLabels = [
        "转载时间", "原文发布时间", "信息来源处室", "来源处室", "信息来源", "原文地址", "原文链接", "转载来源", "来源",
    ]

    /// The repost, or nil when the item is the site's own.
    func repost(
        source: String?, body: SanitizedBody, text: String, url: String?, at: LocalDateTime?, parser: LegacyDateParser
    ) -> RepostSource? {
        // A repost note opens or closes the body: only its first and last paragraphs are read.
        let scalars = text.unicodeScalars
        let head = String(scalars.prefix(800))
        let tail = String(scalars.suffix(800))
        let markers = ["转载自", "转自", "转载于"]
        // No marker contains a line break, so a paragraph has one only if its head or tail does: most pages have
        // none and skip the splitting.
        if ByteSearch.containsAny(head, markers) || ByteSearch.containsAny(tail, markers) {
            let candidates =
                Array(head.components(separatedBy: "\n\n").prefix(3))
                + Array(tail.components(separatedBy: "\n\n").suffix(3))
            if let note = candidates.first(where: { ByteSearch.containsAny($0, markers) }) {
                return read(note: note, links: body.links, fallbackURL: url, at: at, parser: parser)
            }
        }
        guard let source = source.map({ TextCleaning.trimmed($0) }), !source.isEmpty, !isOwn(source) else {
            return nil
        }
        let (site, department) = Self.split(source)
        return RepostSource(site: site, url: url, at: at, department: department)
    }

    /// Reads `转载自：云南省教育厅网站　转载时间：2018-06-20　信息来源：…` or `本文转载自教育部网站，原文地址：…，信息来源处室：…。`
    private func read(
        note: String, links: [SanitizedBody.Link], fallbackURL: String?, at: LocalDateTime?, parser: LegacyDateParser
    ) -> RepostSource {
        var values: [String: String] = [:]
        let marker = ["转载自", "转载于", "转自"].compactMap { note.byteRange(of: $0) }.first
        var siteText = ""
        if let marker {
            var rest = note[marker.upperBound...]
            while let first = rest.first, first == "：" || first == ":" || first == " " { rest.removeFirst() }
            siteText = String(rest.prefix { !"，。,；;　 \u{A0}\n（(".contains($0) })
        }
        for label in Self.noteLabels {
            guard values[label] == nil, let range = note.byteRange(of: label) else { continue }
            var rest = note[range.upperBound...]
            guard let first = rest.first, first == "：" || first == ":" else { continue }
            rest.removeFirst()
            let value = rest.prefix { !"，,；; 　\u{A0}\n。".contains($0) }
            let cleaned = TextCleaning.trimmedValue(value)
            if !cleaned.isEmpty { values[label] = cleaned }
        }
        let site = Self.withoutWebsiteSuffix(TextCleaning.trimmedValue(siteText))
        var address = [values["原文地址"], values["原文链接"]].compactMap { $0 }.first { $0.hasPrefix("http") }
        if address == nil {
            address = links.first { $0.text == TextCleaning.trimmedValue(siteText) && $0.href.hasPrefix("http") }?.href
        }
        let when = values["转载时间"].flatMap { try? parser.parse($0) } ?? at
        let department = values["信息来源处室"] ?? values["来源处室"] ?? values["信息来源"]
        return RepostSource(
            site: site.isEmpty ? nil : site, url: address ?? fallbackURL, at: when, department: department)
    }

    /// Whether a source names the site itself or a body of the same county.
    func isOwn(_ source: String) -> Bool {
        let compact = TextCleaning.withoutSpaces(source)
        if Self.ownSources.contains(compact) { return true }
        if let breadcrumb, TextCleaning.withoutSpaces(breadcrumb).contains(compact) { return true }
        for own in [siteName, publisher].compactMap({ $0 }).map({ TextCleaning.withoutSpaces($0) }) where !own.isEmpty {
            if own == compact || own.contains(compact) || compact.hasPrefix(own) { return true }
            // The same county: `县教育局…` on 勐海县's site, or `勐海县…`.
            if let county = own.byteRange(of: "县").map({ String(own[..<$0.upperBound]) }) {
                if compact.hasPrefix(county) || compact.hasPrefix("县") { return true }
            }
        }
        let namesOtherBody = ["省", "市", "州", "部", "厅", "国务院", "网", "报", "社", "电视台"].contains { compact.includes($0) }
        if compact.count <= 8, !namesOtherBody, Self.officeEndings.contains(where: { compact.hasSuffix($0) }) {
            return true
        }
        return false
    }

    /// `云南省教育厅网站` → `云南省教育厅`.
    static func withoutWebsiteSuffix(_ name: String) -> String {
        for suffix in ["门户网站", "网站", "官网"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
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
