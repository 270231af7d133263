import DisclosureCore
import Foundation
import ImportKit

/// Compares an import result with a page's truth file, field by field, and lists every difference.
///
/// The rules are the fixture README's: an absent key is not asserted, `null` asserts nothing is found, texts in
/// `textContains` and `textMustNotContain` are compared with all white space deleted.
struct TruthComparison {
    /// The differences, one sentence each, naming the field.
    private(set) var differences: [String] = []
    /// How many fields were compared.
    private(set) var checked = 0

    init(result: ImportResult, truth: [String: Any]) {
        let kind = truth["kind"] as? String ?? "item"
        let item = result.items.first
        switch (kind, result.outcome) {
        case ("item", .items), ("list", .listPage): break
        case ("not-item", .notAnItem(let reason)):
            if let wanted = truth["notItemReason"] as? String {
                check("notItemReason", reason.contains(wanted), "'\(reason)' does not say '\(wanted)'")
            }
        default:
            differences.append("kind: expected \(kind), got \(result.outcome)")
            return
        }
        if truth.keys.contains("encoding") {
            check("encoding", item?.encoding == truth["encoding"] as? String, "\(item?.encoding ?? "nil")")
        }
        guard let item else {
            differences.append("no record")
            return
        }
        var expect = truth["expect"] as? [String: Any] ?? [:]
        if let merged = expect["mergedExpect"] as? [String: Any] {
            for (key, value) in merged {
                if key == "textContains", let more = value as? [String], let first = expect[key] as? [String] {
                    expect[key] = first + more
                } else {
                    expect[key] = value
                }
            }
        }
        let extra = item.provenance.first?.extraFields ?? [:]
        for (key, value) in expect.sorted(by: { $0.key < $1.key }) {
            // A page that is not an item has no body of its own in the output: what the truth says of its text
            // describes the page (a continuation page's part of the article), and is checked on the item it joins.
            if kind == "not-item", ["textContains", "textMustNotContain"].contains(key) { continue }
            switch key {
            case "title": same(key, item.title, value)
            case "publishedAt": same(key, item.publishedAt?.description, value)
            case "writtenAt": same(key, item.writtenAt?.description, value)
            case "documentNumber": same(key, item.documentNumber?.normalized, value)
            case "documentNumberOriginal":
                let original = item.documentNumber?.original ?? extra["文号"]
                same(key, original.map { compact($0) }, (value as? String).map { compact($0) })
            case "indexNumber": same(key, item.indexNumber?.rawValue, value)
            case "publisher": same(key, item.publisher, value)
            case "source": same(key, item.source, value)
            case "sourceLabel": same(key, extra["来源"], value)
            case "author": same(key, extra["作者"], value)
            case "legacyColumn": same(key, result.listing?.column ?? item.legacyColumn, value)
            case "legacyID": same(key, item.provenance.first?.legacyID, value)
            case "summary": same(key, item.summary, value)
            case "validity": same(key, item.validity?.rawValue, value)
            case "keywords": same(key, item.keywords, value as? [String])
            case "catalogueCategory": same(key, item.category?.rawValue, value)
            case "url": same(key, item.url, value)
            case "attribute":
                let wanted = (value as? String).flatMap { DisclosureAttribute(label: $0) }
                same(key, item.attribute?.rawValue, wanted?.rawValue)
            case "category":
                let printed = value as? String ?? ""
                check(
                    key, extra.values.contains(printed) || item.themes.joined(separator: " ") == printed,
                    "'\(printed)' is not among the printed values \(extra.values.sorted()) or themes \(item.themes)")
            case "repost":
                compareRepost(item.repost, value)
            case "attachments":
                let wanted = (value as? [[String: Any]] ?? []).map {
                    "\($0["name"] as? String ?? "") <\($0["url"] as? String ?? "")>"
                }
                let got = item.attachments.map { "\($0.name) <\($0.url ?? "")>" }
                same(key, got, wanted)
            case "hiddenLinks":
                same(key, Set(item.hiddenLinks), Set(value as? [String] ?? []))
            case "textContains", "htmlContains":
                let haystack = compact(key == "textContains" ? item.text ?? "" : item.html ?? "")
                for needle in value as? [String] ?? [] {
                    check(key, haystack.contains(compact(needle)), "missing '\(needle)'")
                }
            case "textMustNotContain", "htmlExcludes":
                let haystack = compact(key == "textMustNotContain" ? item.text ?? "" : item.html ?? "")
                for needle in value as? [String] ?? [] {
                    check(key, !haystack.contains(compact(needle)), "still has '\(needle)'")
                }
            case "listLinks", "listLinksStart":
                let got = (result.listing?.links ?? []).map { "\($0.title) <\($0.url)> \($0.date?.description ?? "-")" }
                let wanted = (value as? [[String: Any]] ?? []).map {
                    "\($0["title"] as? String ?? "") <\($0["url"] as? String ?? "")> \($0["date"] as? String ?? "-")"
                }
                same(key, key == "listLinks" ? got : Array(got.prefix(wanted.count)), wanted)
            case "listLinkCount":
                same(key, result.listing?.links.count, value as? Int)
            case "pagination":
                comparePagination(result.listing?.pagination, value as? [String: Any] ?? [:])
            case "continuationFiles":
                let files = item.provenance.dropFirst().compactMap(\.file).map { ($0 as NSString).lastPathComponent }
                same(key, files, value as? [String])
            case "continuationPages":
                same(key, item.provenance.dropFirst().compactMap(\.url), value as? [String])
            case "relatedLinks":
                let attached = Set(item.attachments.compactMap(\.url))
                for link in value as? [Any] ?? [] {
                    let url = (link as? [String: Any])?["url"] as? String ?? link as? String ?? ""
                    check(key, !attached.contains(url), "\(url) was taken for an attachment")
                }
            case "errorText", "redirectTo":
                if case .notAnItem(let reason) = result.outcome, key == "redirectTo" {
                    check(key, reason.contains(value as? String ?? ""), "'\(reason)' does not name \(value)")
                }
            default:
                // Informational keys (tables, budget, kindHint, legacyColumnID, siteIDCode, searchQuery, …).
                continue
            }
        }
    }

    private mutating func check(_ field: String, _ ok: Bool, _ message: @autoclosure () -> String) {
        checked += 1
        if !ok { differences.append("\(field): \(message())") }
    }

    private mutating func same<T: Equatable>(_ field: String, _ got: T?, _ wanted: Any?) {
        checked += 1
        let expected = wanted as? T
        if wanted == nil || wanted is NSNull {
            if let got { differences.append("\(field): expected nothing, got \(got)") }
            return
        }
        if got != expected {
            let shown = expected.map { String(describing: $0) } ?? wanted.map { String(describing: $0) } ?? "nothing"
            differences.append("\(field): expected \(shown), got \(got.map { String(describing: $0) } ?? "nothing")")
        }
    }

    private mutating func compareRepost(_ got: RepostSource?, _ wanted: Any) {
        guard let fields = wanted as? [String: Any] else {
            same("repost", got.map { "\($0)" }, wanted)
            return
        }
        guard let got else {
            differences.append("repost: expected \(fields), got nothing")
            return
        }
        for (key, value) in fields {
            switch key {
            case "site": same("repost.site", got.site, value)
            case "url": same("repost.url", got.url, value)
            case "at": same("repost.at", got.at?.description, value)
            case "department": same("repost.department", got.department, value)
            default: continue
            }
        }
    }

    private mutating func comparePagination(_ got: ColumnListing.Pagination?, _ wanted: [String: Any]) {
        guard let got else {
            differences.append("pagination: expected \(wanted), got nothing")
            return
        }
        for (key, value) in wanted {
            switch key {
            case "scheme": same("pagination.scheme", got.scheme, value)
            case "pageCount": same("pagination.pageCount", got.pageCount, value)
            case "currentPage": same("pagination.currentPage", got.currentPage, value)
            case "pageURLs": same("pagination.pageURLs", got.pageURLs, value as? [String])
            default: continue
            }
        }
    }
}

/// The text with all white space deleted (U+3000 and U+00A0 included), as the truth files compare texts.
func compact(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars
    where !scalar.properties.isWhitespace && scalar != "\u{200B}" && scalar != "\u{FEFF}" {
        kept.append(scalar)
    }
    return String(kept)
}
