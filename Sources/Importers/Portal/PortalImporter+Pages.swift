import DisclosureCore
import Foundation
import ImportKit
import LibXML

extension PortalImporter {
    // MARK: - Addresses

    /// The page's own address and the base its links resolve against.
    ///
    /// The address: the source's original URL, else the `Url` meta, `<link rel=canonical>` or an absolute
    /// `<base href>`, else the site root of the run or profile joined with the source path; nil when none is known
    /// (links then stay relative). The link base: `<base href>` (resolved against the address), else the address.
    static func addresses(
        _ index: PageIndex, meta: StandardMeta, source: ImportSource, context: ImportContext, profile: SiteProfile
    ) -> (pageURL: String?, linkBase: String?) {
        func absolute(_ text: String?) -> String? {
            guard let text, !TextCleaning.isBlank(text) else { return nil }
            let reference = URLReference(URLReference.cleaned(text))
            guard reference.scheme == "http" || reference.scheme == "https", reference.authority != nil else {
                return nil
            }
            return reference.text
        }
        let base = index.elements("base").first?.attribute("href")
        let canonical = index.elements("link").first {
            $0.attribute("rel")?.lowercased().byteSplit(separator: 0x20).contains("canonical") == true
        }?.attribute("href")
        var pageURL = absolute(source.originalURL) ?? absolute(meta.url) ?? absolute(canonical)
        if pageURL == nil, let root = context.baseURL ?? profile.baseURL, !source.path.hasPrefix("/") {
            pageURL = URLReference.resolve(source.path, against: root)
        }
        if pageURL == nil, let base = absolute(base) { pageURL = base }
        var linkBase = pageURL
        if let base, !TextCleaning.isBlank(base) {
            let resolved = URLReference.resolve(base, against: pageURL)
            if absolute(resolved) != nil { linkBase = resolved }
        }
        return (pageURL, linkBase)
    }

    /// The run's mapping with a profile's added on top (the profile wins).
    static func merge(_ run: ColumnMapping, _ own: ColumnMapping) -> ColumnMapping {
        var merged = run
        for (category, terms) in own.synonyms { merged.synonyms[category, default: []] += terms }
        for (column, category) in own.overrides { merged.overrides[column] = category }
        merged.ignoredTrailingSegments = Array(Set(run.ignoredTrailingSegments + own.ignoredTrailingSegments)).sorted()
        merged.breadcrumbSeparators = Array(Set(run.breadcrumbSeparators + own.breadcrumbSeparators)).sorted()
        return merged
    }

    // MARK: - Classification signals

    static func signals(
        _ page: ParsedPage, fields: DetailPageReader.Fields, meta: StandardMeta, address: LegacyAddress
    )
        -> PageClassifier.Signals
    {
        let index = page.index
        let bodyElement = index.elements("body").first
        // The whole visible text only where it is needed; the judgement itself looks at its first 3,000 scalars.
        let visible = { bodyElement.map { index.text($0) } ?? "" }
        let visibleHead = bodyElement.map { Self.visibleHead(index, $0) } ?? ""
        let title = index.elements("title").first.map { index.text($0) } ?? ""
        let hasPassword = index.elements("input").contains { $0.attribute("type")?.lowercased() == "password" }
        var redirect: String?
        if let refresh = index.meta["http-equiv:refresh"], let range = refresh.lowercased().byteRange(of: "url=") {
            redirect = TextCleaning.trimmed(refresh[range.upperBound...]).trimmingCharacters(in: ["'", "\"", ";"])
        }
        if redirect == nil {
            // Counting the characters of a long page is not free: only once, and only when a script redirects.
            var isShort: Bool?
            func short() -> Bool {
                if let isShort { return isShort }
                let value =
                    visibleHead.utf8.count < 200 || (visibleHead.prefix(200).count < 200 && visible().count < 200)
                isShort = value
                return value
            }
            for code in index.scriptTexts {
                for marker in ["location.href", "location.replace", "window.location", "location="]
                where code.includes(marker) && short() {
                    redirect = Self.quoted(after: marker, in: code) ?? "another address (by script)"
                    break
                }
                if redirect != nil { break }
            }
        }
        let hasSearchForm = index.elements("form").contains { form in
            let action = (form.attribute("action") ?? "").lowercased()
            return action.includes("search") || action.includes("query") || action.includes("jsearch")
        }
        let listEvidence = { () -> (datedRows: Int, hasPagination: Bool) in
            let rows = ListPageReader.rows(page).rows.count
            let hasPagination =
                rows >= 3
                && (index.scripts.includes("createPageHTML") || PaginationReader.statedPageCount(visible()) != nil)
                || index.elements("a").contains {
                    index.rawLength($0) < 40 && TextCleaning.withoutSpaces(index.text($0)) == "下一页"
                }
            return (rows, hasPagination)
        }
        // The classifier compares the length with thresholds up to 200: counting further is wasted on long bodies.
        let bodyLength = min(
            TextCleaning.characterCount(fields.bodyText, upTo: PageClassifier.Signals.bodyTextLengthCap),
            PageClassifier.Signals.bodyTextLengthCap)
        let metadataFields = fields.values.values.filter { $0.origin == "table" }.count
        return PageClassifier.Signals(
            visibleHead: visibleHead, title: title, address: address, hasPassword: hasPassword,
            redirectTarget: redirect,
            hasSearchForm: hasSearchForm, listEvidence: listEvidence,
            hasDatastore: page.datastore.map { !$0.records.isEmpty } ?? false,
            hasKnownBody: fields.hasKnownBody, bodyTextLength: bodyLength,
            hasArticleMeta: meta.articleTitle != nil, metadataFields: metadataFields,
            infoLineFields: fields.infoLine?.fieldCount ?? 0)
    }

    /// The visible text of the body, white space folded, or at least its first ``PageClassifier/Signals/headLength``
    /// scalars and one more: a long article's text is folded only as far as that.
    static func visibleHead(_ index: PageIndex, _ body: Node) -> String {
        let limit = PageClassifier.Signals.headLength
        // The folded text of a prefix is a prefix of the folded text (a cut white-space run aside, which folds to
        // nothing at the end): when it has more than `limit` scalars, it starts like the whole folded text. A scalar
        // takes at most 4 bytes; a prefix that folds to fewer scalars (much white space) falls back to the whole.
        let prefixBytes = 4 * limit + 4
        if index.rawLength(body) > prefixBytes,
            let head = index.withRawBytes(
                body,
                { bytes -> String? in
                    var end = prefixBytes
                    while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a scalar
                    let folded = TextCleaning.collapsed(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self))
                    return folded.unicodeScalars.count > limit ? folded : nil
                }) ?? nil
        {
            return head
        }
        return index.text(body)
    }

    private static func quoted(after marker: String, in code: String) -> String? {
        guard let range = code.byteRange(of: marker) else { return nil }
        let rest = code[range.upperBound...].prefix(300)
        guard let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let quote = rest[open]
        let after = rest[rest.index(after: open)...]
        guard let close = after.firstIndex(of: quote) else { return nil }
        let value = String(after[..<close])
        return value.isEmpty ? nil : value
    }

    // MARK: - Split articles

    /// A request for a page referenced from `source`.
    func request(_ reference: String, from source: ImportSource, pageURL: String?) -> SiblingPages.Request {
        SiblingPages.Request(
            reference: reference, path: URLReference.resolve(reference, against: source.path),
            url: pageURL.map { URLReference.resolve(reference, against: $0) }, from: source)
    }

    /// Appends the bodies of the continuation pages the page refers to (`x_1.html` … from `createPageHTML` or pager
    /// links, else a chain of `下一页` links), as far as the caller can supply them.
    func mergeContinuations(
        _ page: ParsedPage, address: LegacyAddress, source: ImportSource, pageURL: String?, linkBase: String?,
        body: inout SanitizedBody, provenance: inout [SourceRecord], diagnostics: inout [Diagnostic]
    ) {
        var references = Self.numberedContinuations(page.index, address: address)
        let chained = references.isEmpty
        if chained, let next = Self.nextPageLink(page.index) { references = [next] }
        var visited: Set<String> = [source.path]
        var position = 0
        while position < references.count, position < 50 {
            let reference = references[position]
            position += 1
            let request = request(reference, from: source, pageURL: pageURL)
            guard visited.insert(request.path).inserted else { continue }
            guard let sibling = siblings.page(request) else {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "portal.continuation-missing",
                        message:
                            "the article continues on \(reference), which was not supplied; the text is incomplete",
                        file: source.path, field: "text"))
                continue
            }
            do {
                let next = try ParsedPage(sibling)
                let rules = next.index.styleRules
                let siblingBase = pageURL.map { URLReference.resolve(reference, against: $0) } ?? linkBase
                if let location = BodyLocator().locate(next.index, profileSelector: profile.selectors[.body]) {
                    body.append(
                        BodySanitizer(styleRules: rules, baseURL: siblingBase, index: next.index).sanitize(
                            location.nodes))
                }
                provenance.append(
                    SourceRecord(
                        importer: identifier, file: sibling.path, url: request.url,
                        contentHash: sibling.contentHash ?? ContentHash.hex(of: sibling.bytes), encoding: next.encoding)
                )
                if chained, let following = Self.nextPageLink(next.index) {
                    references.append(following)
                }
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "portal.continuation-unreadable", message: error.description,
                        file: sibling.path, field: "text"))
            }
        }
    }

    /// `x_1.html` … `x_(N-1).html` for a TRS article split into N pages, from `createPageHTML` or pager links.
    static func numberedContinuations(_ index: PageIndex, address: LegacyAddress) -> [String] {
        guard let stem = address.stem else { return [] }
        let ext = address.pathExtension ?? "html"
        var count = 0
        let scripts = index.scripts
        if let call = PaginationReader.createPageHTML(in: scripts), call.name == stem || call.name.hasSuffix("/" + stem)
        {
            count = call.count
        }
        for anchor in index.elements("a") {
            guard let href = anchor.attribute("href") else { continue }
            let name = URLReference.lastSegment(of: href)
            let bare = name.byteSplit(separator: 0x2E).first.map(String.init) ?? name
            if bare.hasPrefix(stem + "_"), let number = Int(bare.dropFirst(stem.count + 1)) {
                count = max(count, number + 1)
            }
        }
        guard count > 1 else { return [] }
        return (1..<min(count, 100)).map { "\(stem)_\($0).\(ext)" }
    }

    /// The target of a `下一页` link, when the page has one.
    static func nextPageLink(_ index: PageIndex) -> String? {
        for anchor in index.elements("a")
        where index.rawLength(anchor) < 40 && TextCleaning.withoutSpaces(index.text(anchor)) == "下一页" {
            guard let href = anchor.attribute("href").map(URLReference.cleaned), !href.isEmpty,
                !href.lowercased().hasPrefix("javascript:"), !href.hasPrefix("#")
            else { continue }
            return href
        }
        return nil
    }
}

extension PortalImporter {
    /// The pagination of an article split by TRS (`createPageHTML(3, 0, "t20180612_123456", "html")`): its pages'
    /// addresses, so a migration can check it has them all.
    static func articlePagination(
        _ index: PageIndex, address: LegacyAddress, pageURL: String?
    )
        -> ColumnListing.Pagination?
    {
        guard let stem = address.stem else { return nil }
        let scripts = index.scripts
        guard let call = PaginationReader.createPageHTML(in: scripts), call.name == stem, call.count > 1 else {
            return nil
        }
        let urls = (0..<call.count).map { page in
            URLReference.resolve(page == 0 ? "\(stem).\(call.ext)" : "\(stem)_\(page).\(call.ext)", against: pageURL)
        }
        return ColumnListing.Pagination(
            scheme: "createPageHTML", pageCount: call.count, currentPage: call.current + 1, pageURLs: urls)
    }
}
