import DisclosureCore
public import ImportKit
import LibXML

/// Reads saved pages of legacy government portals (TRS, Hanweb, Java `.dhtml`, gov.cn 信息公开目录, DedeCMS/ASP,
/// pages with the post-2017 standard meta tags) into disclosure items.
///
/// A page is classified first: an item's detail page gives one item; a column list page gives its links and
/// pagination (``ImportResult/listing``) and a record with `isItem == false`; a search, error, login, redirect or
/// empty page gives a record with `isItem == false` and the reason. Nothing is dropped silently.
///
/// Every field is read through a fallback chain — profile selector, standard meta tags, the metadata table, the
/// info line, the title block, `<title>` minus the site suffix, the address — and the body is sanitized by a
/// whitelist, with hidden links reported. The importer never touches the network or the file system: articles
/// split over several pages are merged through the ``SiblingPages`` the caller supplies.
public struct PortalImporter: Importer {
    /// The identifier recorded in provenance.
    public static let identifier = "portal"

    /// The identifier recorded in provenance: `portal`.
    public var identifier: String { Self.identifier }

    /// The site profile (selectors, label synonyms, column mapping, title suffixes).
    public var profile: SiteProfile
    /// Where continuation pages of split articles come from.
    public var siblings: SiblingPages

    private let matchers = MatcherCache()

    /// Creates an importer with an optional site profile and a provider of continuation pages.
    public init(profile: SiteProfile = SiteProfile(), siblings: SiblingPages = .none) {
        self.profile = profile
        self.siblings = siblings
    }

    // MARK: - Sniffing

    /// `certain` for HTML carrying a CMS signature (TRS, Hanweb, standard meta tags, a 信息公开 metadata label),
    /// `possible` for any other HTML, `no` for everything else.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        let lowered = ASCIIBytes.lowercased(source.bytes.prefix(8192))
        guard ASCIIBytes.containsAny(lowered, ["<html", "<!doctype html", "<head", "<body", "<meta", "<title"])
        else { return .no }
        // Spreadsheets saved as HTML (an OA export) are tables of Office's own, not portal pages.
        if ASCIIBytes.containsAny(lowered, ["urn:schemas-microsoft-com:office:excel", "progid=\"excel.sheet\""]) {
            return .possible
        }
        let signatures = [
            "articletitle", "columnname", "sitename", "trs_editor", "createpagehtml", "contentstart", "datastore",
            "news.detail", "ucap-content", "trs_ueditor",
        ]
        return ASCIIBytes.containsAny(lowered, signatures) ? .certain : .possible
    }

    // MARK: - Importing

    /// Reads one saved page.
    ///
    /// - Throws: ``ImportError`` only when no document can be built at all; everything less is a diagnostic.
    /// A profile in the context (`ImportContext/profile`, the raw JSON of `--profile`) is used when the importer was
    /// made without one.
    public func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        if profile == SiteProfile(), let bytes = context.profile {
            var configured = self
            do {
                configured.profile = try SiteProfile.load(bytes)
            } catch {
                var result = try configured.importPage(source, context: context)
                let problem = Diagnostic(
                    .warning, code: "portal.profile-unreadable", message: "the site profile was not used: \(error)",
                    file: source.path)
                result.diagnostics.append(problem)
                result.items = result.items.map { item in
                    var item = item
                    item.diagnostics.append(problem)
                    return item
                }
                return result
            }
            return try configured.importPage(source, context: context)
        }
        return try importPage(source, context: context)
    }

    private func importPage(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        let hash = source.contentHash ?? ContentHash.hex(of: source.bytes)
        let page = try ParsedPage(source)
        let index = page.index
        let meta = StandardMeta(index)
        let address = LegacyAddress(source.originalURL ?? source.path)
        let pathAddress = source.originalURL == nil ? address : LegacyAddress(source.path)
        let (pageURL, linkBase) = Self.addresses(index, meta: meta, source: source, context: context, profile: profile)
        var mapping = context.columnMapping
        if let own = profile.columnMapping { mapping = Self.merge(mapping, own) }
        let (matcher, mappingProblem) = matchers.matcher(catalogue: context.catalogue, mapping: mapping)
        let reader = DetailPageReader(
            profile: profile, vocabulary: LabelVocabulary(extra: profile.labelSynonyms), matcher: matcher,
            dateParser: LegacyDateParser(contextYear: context.contextYear))

        var diagnostics = page.diagnostics
        if let mappingProblem {
            diagnostics.append(
                Diagnostic(.warning, code: "portal.column-mapping-invalid", message: mappingProblem, file: source.path))
        }
        let record = SourceRecord(
            importer: identifier, file: source.path, url: pageURL, contentHash: hash,
            legacyID: address.legacyID ?? pathAddress.legacyID, encoding: page.encoding)
        let id = ItemID.derived(from: pageURL.map(URLReference.normalized) ?? source.path)
        let pageTitle = index.elements("title").first.map { index.text($0) } ?? ""

        func nonItem(_ reason: String, title: String, extra: [Diagnostic] = []) -> DisclosureItem {
            var item = DisclosureItem(id: id, title: title)
            item.isItem = false
            item.url = pageURL
            item.sourceFile = source.path
            item.encoding = page.encoding
            item.provenance = [record]
            item.diagnostics =
                diagnostics + extra
                + [Diagnostic(.info, code: "portal.not-an-item", message: reason, file: source.path)]
            return item
        }

        if page.isBlank {
            let reason =
                source.bytes.isEmpty ? "an empty page: the file has no bytes" : "an empty page: only white space"
            var record = nonItem(reason, title: "")
            if source.bytes.isEmpty { record.encoding = nil }
            return ImportResult(
                outcome: .notAnItem(reason: reason), items: [record], encoding: record.encoding,
                diagnostics: diagnostics)
        }

        // Read the detail fields first: the classifier weighs what they found.
        let fields = reader.read(page, file: source.path, pageURL: pageURL, linkBase: linkBase)
        let signals = Self.signals(
            page, fields: fields, meta: meta, address: address.family != nil ? address : pathAddress)
        let classification = PageClassifier(pageURL: pageURL).classify(signals)
        let articlePagination = Self.articlePagination(
            index, address: address.stem != nil ? address : pathAddress, pageURL: pageURL)

        switch classification {
        case .notAnItem(let reason):
            return ImportResult(
                outcome: .notAnItem(reason: reason),
                items: [nonItem(reason, title: TextCleaning.collapsed(pageTitle))], encoding: page.encoding,
                diagnostics: diagnostics)
        case .list:
            let listReader = ListPageReader(
                contextYear: context.contextYear, linkBase: linkBase, pageURL: pageURL, sourcePath: source.path)
            let crumb = fields.breadcrumb.flatMap { $0.split(separator: ">").last }.map { TextCleaning.trimmed($0) }
            let column = meta.columnName ?? ListPageReader.heading(page) ?? crumb ?? fields.legacyColumn
            let (listing, listDiagnostics) = listReader.read(page, column: column, file: source.path)
            var summary = "a column list page with \(listing.links.count) links"
            if let pagination = listing.pagination {
                summary += "; pagination \(pagination.scheme)"
                if let count = pagination.pageCount { summary += ", \(count) pages" }
            }
            var item = nonItem(summary, title: column ?? TextCleaning.collapsed(pageTitle), extra: listDiagnostics)
            item.legacyColumn = column
            return ImportResult(
                outcome: .listPage, items: [item], listing: listing, encoding: page.encoding,
                diagnostics: diagnostics + listDiagnostics)
        case .detail:
            break
        }

        // A continuation page of a split article belongs to its first page when that page is available.
        let continuationAddress = pathAddress.stem != nil ? pathAddress : address
        if continuationAddress.pageIndex > 0, let stem = continuationAddress.stem {
            let first = stem + "." + (continuationAddress.pathExtension ?? "html")
            if siblings.page(request(first, from: source, pageURL: pageURL)) != nil {
                let reason =
                    "a continuation page: page \(continuationAddress.pageIndex + 1) of the article \(first), merged into it"
                return ImportResult(
                    outcome: .notAnItem(reason: reason),
                    items: [nonItem(reason, title: fields.title ?? TextCleaning.collapsed(pageTitle))],
                    listing: articlePagination.map { ColumnListing(pagination: $0) }, encoding: page.encoding,
                    diagnostics: diagnostics)
            }
            diagnostics.append(
                Diagnostic(
                    .warning, code: "portal.continuation-alone",
                    message:
                        "page \(continuationAddress.pageIndex + 1) of a split article whose first page \(first) is not available; read on its own",
                    file: source.path))
        }

        var item = DisclosureItem(id: id, title: fields.title ?? "")
        var body = fields.body
        var provenance = [record]
        var continuationDiagnostics: [Diagnostic] = []
        if continuationAddress.pageIndex == 0 {
            mergeContinuations(
                page, address: continuationAddress, source: source, pageURL: pageURL, linkBase: linkBase,
                body: &body, provenance: &provenance, diagnostics: &continuationDiagnostics)
        }
        item.url = pageURL
        item.sourceFile = source.path
        item.encoding = page.encoding
        item.provenance = provenance
        item.publishedAt = fields.publishedAt
        item.writtenAt = fields.writtenAt
        var publisher = fields.publisher
        if provenance.count > 1 {
            // The signature is on the last page of a split article.
            let merged = body.text
            if item.writtenAt == nil {
                item.writtenAt = DetailPageReader.signatureDate(merged, parser: reader.dateParser)
            }
            if fields.values[.publisher]?.origin == "site", let signer = DetailPageReader.signatureOrganisation(merged)
            {
                publisher = signer
            }
        }
        item.documentNumber = fields.documentNumber
        item.indexNumber = fields.indexNumber
        item.publisher = publisher
        item.source = fields.source
        item.legacyColumn = fields.legacyColumn
        item.category = fields.category
        item.themes = fields.themes
        item.kind = fields.kind
        item.keywords = fields.keywords
        item.summary = fields.summary
        item.validity = fields.validity
        item.repost = fields.repost
        if !fields.extraFields.isEmpty { item.provenance[0].extraFields = fields.extraFields }

        var itemDiagnostics = diagnostics + fields.diagnostics + continuationDiagnostics
        if let attribute = fields.attribute {
            item.attribute = attribute
        } else {
            item.attribute = .proactive
            itemDiagnostics.append(
                Diagnostic(
                    .info, code: "portal.attribute-assumed",
                    message: "the page does not state 公开属性; published on the public portal, so 主动公开",
                    file: source.path, field: "attribute"))
        }
        if item.publishedAt == nil, let date = address.date ?? pathAddress.date {
            item.publishedAt = date
            itemDiagnostics.append(
                Diagnostic(
                    .info, code: "portal.date-from-address",
                    message: "no date on the page; \(date) is read from the address", file: source.path,
                    field: "publishedAt"))
        }
        if item.publishedAt == nil {
            itemDiagnostics.append(
                Diagnostic(
                    .warning, code: "portal.date-missing", message: "no publication date on the page or in its address",
                    file: source.path, field: "publishedAt"))
        }
        if fields.title == nil {
            itemDiagnostics.append(
                Diagnostic(
                    .error, code: "portal.title-missing", message: "no title was found", file: source.path,
                    field: "title"))
        } else if fields.titleOrigin == "<title>" {
            itemDiagnostics.append(
                Diagnostic(
                    .info, code: "portal.title-from-page-title",
                    message: "the title is the page's <title> without the site name", file: source.path, field: "title")
            )
        }
        let text = provenance.count > 1 ? body.text : fields.bodyText
        let html = body.html
        item.text = text.isEmpty ? nil : text
        item.html = html.isEmpty ? nil : html
        if text.isEmpty {
            itemDiagnostics.append(
                Diagnostic(
                    .warning, code: "portal.body-empty", message: "the article body has no text",
                    file: source.path, field: "text"))
        }
        let areas = AttachmentCollector.areas(index, container: fields.bodyContainer)
        item.attachments = AttachmentCollector(
            styleRules: index.styleRules, linkBase: linkBase
        ).collect(body: body, areas: areas)
        var hidden: [String] = []
        for link in body.hiddenLinks {
            if !hidden.contains(link.href) { hidden.append(link.href) }
            itemDiagnostics.append(
                Diagnostic(
                    .warning, code: "portal.hidden-link",
                    message: "a link to \(link.href) hidden by \(link.reason) was dropped from the body",
                    file: source.path, element: link.element, field: "hiddenLinks"))
        }
        item.hiddenLinks = hidden
        item.diagnostics = itemDiagnostics
        return ImportResult(
            outcome: .items, items: [item], listing: articlePagination.map { ColumnListing(pagination: $0) },
            encoding: page.encoding, diagnostics: diagnostics)
    }
}
