import Foundation
import ImportKit
import LibXML

/// Reads how a column list is paginated: TRS `createPageHTML(N, cur, "index", "html")`, `index_N.html` links,
/// Hanweb `pageNum=` and `dataproxy.jsp` record counts, other query strings (`page=`, `cur_page=`), and DedeCMS
/// `list_12_2.html`, with the page count (from the script or a `共N页` text) and every page's address when derivable.
struct PaginationReader {
    /// The page's address (nil keeps derived addresses relative).
    var pageURL: String?
    /// The page's own file name or address, for the current page number.
    var selfReference: String

    /// The pagination, or nil when the page shows none.
    func read(_ index: PageIndex, visibleText: String, datastore: HanwebDatastore?) -> ColumnListing.Pagination? {
        let scripts = index.scripts
        let perPage =
            LegacyAddress.queryValue(named: "perpage", in: selfReference).flatMap(Int.init)
            ?? Self.number(after: "perPage", in: scripts) ?? Self.number(after: "perpage", in: scripts)
        var statedCount = Self.statedPageCount(visibleText) ?? Self.scriptPageCount(scripts) ?? datastore?.totalPages
        if statedCount == nil, let total = datastore?.totalRecords, let perPage, perPage > 0 {
            statedCount = (total + perPage - 1) / perPage
        }
        // A Hanweb `dataproxy.jsp` answer: its records are `startrecord`…`endrecord`.
        if selfReference.includes("dataproxy.jsp"),
            let start = LegacyAddress.queryValue(named: "startrecord", in: selfReference).flatMap(Int.init)
        {
            let size = perPage ?? 15
            return ColumnListing.Pagination(
                scheme: "dataproxy", pageCount: statedCount, currentPage: (start - 1) / max(size, 1) + 1, pageURLs: [])
        }
        if let call = Self.createPageHTML(in: scripts) {
            let count = call.count
            let urls = (0..<max(count, 1)).map { page in
                resolve(page == 0 ? "\(call.name).\(call.ext)" : "\(call.name)_\(page).\(call.ext)")
            }
            return ColumnListing.Pagination(
                scheme: "createPageHTML", pageCount: count, currentPage: call.current + 1, pageURLs: urls)
        }
        let hrefs = index.elements("a").compactMap { $0.attribute("href") }.map(URLReference.cleaned)
        // list_N_M (DedeCMS).
        var listNumbers: [(column: String, page: Int)] = []
        for href in hrefs {
            let stem = Self.stem(URLReference.lastSegment(of: href))
            let parts = stem.byteSplit(separator: 0x5F)  // _
            if parts.count == 3, parts[0] == "list", let page = Int(parts[2]), Int(parts[1]) != nil {
                listNumbers.append((String(parts[1]), page))
            }
        }
        if let column = listNumbers.first?.column {
            let count = statedCount ?? listNumbers.map(\.page).max() ?? 1
            let urls = (1...max(count, 1)).map { resolve("list_\(column)_\($0).html") }
            let selfParts = Self.stem(URLReference.lastSegment(of: selfReference)).byteSplit(separator: 0x5F)
            let current = selfParts.count == 3 && selfParts[0] == "list" ? Int(selfParts[2]) : 1
            return ColumnListing.Pagination(scheme: "list_N", pageCount: count, currentPage: current, pageURLs: urls)
        }
        // index_N.
        var indexPages: [Int] = []
        var indexExtension = "html"
        for href in hrefs {
            let last = URLReference.lastSegment(of: href)
            let stem = Self.stem(last)
            if stem.hasPrefix("index_"), let page = Int(stem.dropFirst("index_".count)) {
                indexPages.append(page)
                indexExtension = last.byteSplit(separator: 0x2E).last.map(String.init) ?? "html"
            }
        }
        if !indexPages.isEmpty {
            let count = statedCount ?? ((indexPages.max() ?? 0) + 1)
            let urls = (0..<max(count, 1)).map {
                resolve($0 == 0 ? "index.\(indexExtension)" : "index_\($0).\(indexExtension)")
            }
            let selfStem = Self.stem(URLReference.lastSegment(of: selfReference))
            let current = selfStem.hasPrefix("index_") ? Int(selfStem.dropFirst(6)).map { $0 + 1 } : 1
            return ColumnListing.Pagination(scheme: "index_N", pageCount: count, currentPage: current, pageURLs: urls)
        }
        // Query strings: Hanweb's static `?uid=…&pageNum=N` is `pageNum`, every other paging parameter `query`.
        for name in ["pageNum", "page", "pageNo", "cur_page", "pageIndex", "curPage", "p", "pn"] {
            let matching = hrefs.filter { LegacyAddress.queryValue(named: name, in: $0).flatMap(Int.init) != nil }
            guard let template = matching.first else { continue }
            let isHanweb = template.includes("uid=") || selfReference.includes("/col/col")
            let numbers = matching.compactMap { LegacyAddress.queryValue(named: name, in: $0).flatMap(Int.init) }
            let count = statedCount ?? numbers.max() ?? 1
            // Page 1 is the bare address; the others carry the parameter.
            let bare = String(template.prefix { $0 != "?" })
            let urls = (1...max(count, 1)).map {
                resolve($0 == 1 ? bare : Self.replacingQuery(name, with: $0, in: template))
            }
            let current = LegacyAddress.queryValue(named: name, in: selfReference).flatMap(Int.init) ?? 1
            return ColumnListing.Pagination(
                scheme: isHanweb ? "pageNum" : "query", pageCount: count, currentPage: current, pageURLs: urls)
        }
        // Hanweb's dataproxy: a record count and a page size in the script.
        if scripts.includes("dataproxy.jsp"), let total = Self.number(after: "totalRecord", in: scripts) {
            let size = perPage ?? 15
            let count = max(1, (total + size - 1) / max(size, 1))
            return ColumnListing.Pagination(scheme: "dataproxy", pageCount: count, currentPage: 1, pageURLs: [])
        }
        if let statedCount, statedCount > 1 {
            return ColumnListing.Pagination(scheme: "unknown", pageCount: statedCount, currentPage: nil, pageURLs: [])
        }
        return nil
    }

    private func resolve(_ reference: String) -> String {
        URLReference.resolve(reference, against: pageURL)
    }

    // MARK: - Scanning

    /// The arguments of `createPageHTML(N, cur, "name", "ext")`.
    static func createPageHTML(in script: String) -> (count: Int, current: Int, name: String, ext: String)? {
        var searchStart = script.startIndex
        while let open = script[searchStart...].byteRange(of: "createPageHTML(") {
            searchStart = open.upperBound
            let rest = script[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { return nil }
            let arguments = rest[..<close].byteSplit(separator: 0x2C).map {
                TextCleaning.trimmed($0).trimmingCharacters(in: ["\"", "'"])
            }
            // The function's own definition (`function createPageHTML(_nPageCount, …)`) is skipped.
            guard arguments.count >= 4, let count = Int(arguments[0]), let current = Int(arguments[1]) else {
                continue
            }
            return (count, current, arguments[2], arguments[3])
        }
        return nil
    }

    /// `共5页`, `共 5 页`, `第1页/共5页`, `页次：1/5`.
    static func statedPageCount(_ text: String) -> Int? {
        // Both forms need 共 or 次 (white space may split 页 次): most pages have neither, and no copy is made.
        guard text.includes("共") || text.includes("次") else { return nil }
        let compact = TextCleaning.withoutSpaces(text)
        if let range = compact.byteRange(of: "共") {
            let digits = compact[range.upperBound...].prefix(while: \.isNumber)
            let after = compact[range.upperBound...].dropFirst(digits.count)
            if let value = Int(digits), after.hasPrefix("页") { return value }
        }
        if let range = compact.byteRange(of: "页次：") ?? compact.byteRange(of: "页次:") {
            let parts = compact[range.upperBound...].prefix { $0.isNumber || $0 == "/" }.split(separator: "/")
            if parts.count == 2, let value = Int(parts[1]) { return value }
        }
        return nil
    }

    /// `var countPage = 5`, `totalPage: 5`, `pageCount=5` in scripts.
    static func scriptPageCount(_ script: String) -> Int? {
        for key in ["countPage", "totalPage", "pageCount", "totalPages", "pagecount", "page_count"] {
            if let value = number(after: key, in: script), value > 0 { return value }
        }
        return nil
    }

    /// The first integer within a few characters after `key`.
    static func number(after key: String, in text: String) -> Int? {
        guard let range = text.byteRange(of: key) else { return nil }
        let window = text[range.upperBound...].prefix(12)
        guard let start = window.firstIndex(where: \.isNumber) else { return nil }
        let between = window[..<start]
        guard between.allSatisfy({ " :=\"'\t".contains($0) }) else { return nil }
        return Int(window[start...].prefix(while: \.isNumber))
    }

    private static func stem(_ segment: String) -> String {
        segment.byteSplit(separator: 0x2E).first.map(String.init) ?? segment
    }

    private static func replacingQuery(_ name: String, with value: Int, in address: String) -> String {
        guard let question = address.firstIndex(of: "?") else { return address }
        let base = address[..<question]
        let query = address[address.index(after: question)...]
        let pairs = query.byteSplit(separator: 0x26, omittingEmptySubsequences: false).map { pair -> String in
            let halves = pair.byteSplit(separator: 0x3D, maxSplits: 1, omittingEmptySubsequences: false)
            return halves.first.map(String.init) == name ? "\(name)=\(value)" : String(pair)
        }
        return base + "?" + pairs.joined(separator: "&")
    }
}
