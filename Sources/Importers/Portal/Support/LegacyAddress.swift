public import DisclosureCore
import Foundation
import ImportKit

/// What a legacy portal address (or a mirror's file name for it) tells by its shape alone: the publication
/// date, the CMS's own document id, and whether it is a continuation page of a split article.
///
/// | shape | family | date | legacy id |
/// |---|---|---|---|
/// | `./201806/t20180612_123456.html` (`_1` for page 2) | TRS | 2018-06-12 | `t20180612_123456` |
/// | `/art/2020/3/11/art_87_72162.html` | Hanweb | 2020-03-11 | `72162` |
/// | `75206.news.detail.dhtml?news_id=326553` | Java `.dhtml` | — | `326553` |
/// | `/a/2018/0612/123.html` | DedeCMS | 2018-06-12 | `123` |
/// | `content_5123456.htm` | gov.cn catalogue | — | `5123456` |
public struct LegacyAddress: Hashable, Sendable {
    /// The address or path examined.
    public let text: String
    /// The publication date its shape encodes, if any.
    public private(set) var date: LocalDateTime?
    /// The legacy system's document id, if the shape carries one.
    public private(set) var legacyID: String?
    /// The CMS family the shape is typical of.
    public private(set) var family: CMSFamily?
    /// For a continuation page (`t20180612_123456_2.html`), the 0-based page index (2); 0 otherwise.
    public private(set) var pageIndex: Int = 0
    /// For a TRS-style name, the stem shared by all pages of the article (`t20180612_123456`).
    public private(set) var stem: String?
    /// The extension of the last path segment (`html`, `shtml`, `htm`), if any.
    public private(set) var pathExtension: String?

    /// Whether the address has the shape of a column list page: `….news.list.dhtml`, `index.html` and `index_N.html`
    /// (TRS, Hanweb `col/colN/index.html`), `list_N.html` and `list_N_M.html` (DedeCMS).
    public var isListAddress: Bool {
        let unescaped = text.utf8.contains(0x25) ? text.replacingOccurrences(of: "%3F", with: "?") : text
        let path = URLReference(unescaped).path
        let last = path.byteSplit(separator: 0x2F).last.map(String.init) ?? ""
        if last.utf8.count >= 11, last.utf8.suffix(11).elementsEqual(".list.dhtml".utf8) { return true }
        let name = Self.stripExtension(last)
        let parts = name.byteSplit(separator: 0x5F, omittingEmptySubsequences: false)
        switch parts.first {
        case "index": return parts.count == 1 || (parts.count == 2 && Self.isDigits(parts[1]))
        case "list": return parts.count >= 2 && parts.dropFirst().allSatisfy { Self.isDigits($0) }
        default: return false
        }
    }

    /// Reads an address or a mirror path.
    public init(_ text: String) {
        self.text = text
        // A mirror saves `?news_id=1` in the file name, sometimes escaped as `%3F`.
        let decodedQuery =
            text.utf8.contains(0x25)  // `%`
            ? text.replacingOccurrences(of: "%3F", with: "?").replacingOccurrences(of: "%3D", with: "=") : text
        let path = URLReference(decodedQuery).path
        // Segments, extension and names are split at ASCII bytes: no grapheme boundaries are needed.
        let segments = path.byteSplit(separator: 0x2F).map(String.init)
        let last = segments.last ?? ""
        if let dot = last.utf8.lastIndex(of: 0x2E) {
            let ext = last.utf8[last.utf8.index(after: dot)...]
            if !ext.isEmpty, ext.allSatisfy(Self.isASCIIAlphanumeric) {
                pathExtension = String(last[ext.startIndex...]).lowercased()
            }
        }
        if decodedQuery.utf8.contains(0x3F) {  // ?
            for name in ["news_id", "ArticleID", "articleId", "aid", "InfoID", "infoid", "NewsID", "newsid", "id"] {
                if let id = Self.queryValue(named: name, in: decodedQuery) {
                    legacyID = id
                    break
                }
            }
        }
        if legacyID == nil, let id = Self.newsID(in: decodedQuery) { legacyID = id }
        if decodedQuery.includes(".dhtml") { family = .javaDhtml }
        readTRS(last)
        readHanweb(segments)
        readDedeCMS(segments)
        readGovCatalogue(last)
    }

    // MARK: - Shapes

    /// `t20180612_123456.html`, `t20180612_123456_1.html`.
    private mutating func readTRS(_ segment: String) {
        let name = Self.stripExtension(segment)
        guard name.utf8.first == 0x74 else { return }  // t
        let parts = name.byteSplit(separator: 0x5F, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].utf8.count == 9,
            let day = Self.compactDate(parts[0].dropFirst()), Self.isDigits(parts[1])
        else { return }
        family = .trs
        date = day
        stem = parts[0] + "_" + parts[1]
        legacyID = legacyID ?? stem
        if parts.count == 3, Self.isDigits(parts[2]), let index = Int(parts[2]) { pageIndex = index }
    }

    /// `/art/2020/3/11/art_87_72162.html`.
    private mutating func readHanweb(_ segments: [String]) {
        guard let art = segments.firstIndex(of: "art"), segments.count >= art + 5 else { return }
        let y = segments[art + 1]
        let m = segments[art + 2]
        let d = segments[art + 3]
        guard Self.isDigits(y), y.count == 4, Self.isDigits(m), Self.isDigits(d), let year = Int(y), let month = Int(m),
            let dayNumber = Int(d), let civil = CivilDate(year: year, month: month, day: dayNumber)
        else { return }
        family = .hanweb
        date = LocalDateTime(civil)
        let name = Self.stripExtension(segments[art + 4])
        let parts = name.byteSplit(separator: 0x5F)
        if parts.count == 3, parts[0] == "art", Self.isDigits(parts[2]) { legacyID = legacyID ?? String(parts[2]) }
    }

    /// `/a/2018/0612/123.html`.
    private mutating func readDedeCMS(_ segments: [String]) {
        guard let a = segments.lastIndex(of: "a"), segments.count == a + 4 else { return }
        let y = segments[a + 1]
        let md = segments[a + 2]
        let name = Self.stripExtension(segments[a + 3])
        guard y.count == 4, md.count == 4, Self.isDigits(y), Self.isDigits(md), Self.isDigits(name),
            let day = Self.compactDate(Substring(y + md))
        else { return }
        family = .dedeCMS
        date = day
        legacyID = legacyID ?? name
    }

    /// `content_5123456.htm`.
    private mutating func readGovCatalogue(_ segment: String) {
        let name = Self.stripExtension(segment)
        guard name.hasPrefix("content_") else { return }
        let id = name.dropFirst("content_".count)
        guard Self.isDigits(id) else { return }
        family = family ?? .govCatalogue
        legacyID = legacyID ?? String(id)
    }

    // MARK: - Helpers

    /// The value of the first `name=` parameter (name compared ASCII case-insensitively) in the query of `text`, cut
    /// at the first byte that is not a letter, digit, `-` or `_`; nil when absent or empty.
    static func queryValue(named name: String, in text: String) -> String? {
        let utf8 = text.utf8
        guard let question = utf8.firstIndex(of: 0x3F) else { return nil }  // ?
        let end = utf8[question...].firstIndex(of: 0x23) ?? utf8.endIndex  // #
        var pairStart = utf8.index(after: question)
        while pairStart < end {
            let pairEnd = utf8[pairStart..<end].firstIndex(where: { $0 == 0x26 || $0 == 0x3B }) ?? end  // & ;
            if let equals = utf8[pairStart..<pairEnd].firstIndex(of: 0x3D),  // =
                ASCIIBytes.equalsIgnoringCase(utf8[pairStart..<equals], name.utf8)
            {
                let valueStart = utf8.index(after: equals)
                let valueEnd =
                    utf8[valueStart..<pairEnd].firstIndex(where: {
                        !(isASCIIAlphanumeric($0) || $0 == 0x2D || $0 == 0x5F)
                    }) ?? pairEnd
                return valueStart == valueEnd ? nil : String(text[valueStart..<valueEnd])
            }
            pairStart = pairEnd == end ? end : utf8.index(after: pairEnd)
        }
        return nil
    }

    /// `news_id=326553` anywhere in a mirror's file name (where `?` was replaced by another character).
    private static func newsID(in text: String) -> String? {
        guard let range = text.byteRange(of: "news_id=") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }

    private static func stripExtension(_ segment: String) -> String {
        let utf8 = segment.utf8
        // What precedes the first `?` (the whole segment when it starts with one).
        var end = utf8.endIndex
        if let question = utf8.firstIndex(of: 0x3F) {
            if question != utf8.startIndex {
                end = question
            } else if let next = utf8[utf8.index(after: question)...].firstIndex(where: { $0 != 0x3F }) {
                end = utf8[next...].firstIndex(of: 0x3F) ?? utf8.endIndex
                guard let dot = utf8[next..<end].lastIndex(of: 0x2E), dot != next else {
                    return String(segment[next..<end])
                }
                return String(segment[next..<dot])
            }
        }
        guard let dot = utf8[..<end].lastIndex(of: 0x2E), dot != utf8.startIndex else {
            return String(segment[..<end])
        }
        return String(segment[..<dot])
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `20180612` → 2018-06-12 when it is a real date in a plausible year.
    private static func compactDate(_ digits: Substring) -> LocalDateTime? {
        guard digits.count == 8, isDigits(digits), let value = Int(digits) else { return nil }
        let year = value / 10000
        guard (1995...2100).contains(year),
            let civil = CivilDate(year: year, month: value / 100 % 100, day: value % 100)
        else { return nil }
        return LocalDateTime(civil)
    }
}
