import DisclosureCore
import Foundation
import LibXML

/// Reads the fields of an item detail page through fallback chains: profile selector → standard meta tags →
/// metadata table → info line → title block → `<title>` minus the site suffix → the address.
struct DetailPageReader {
    /// The site's profile (empty when there is none).
    var profile: SiteProfile
    /// The label synonyms (built-in plus the profile's).
    var vocabulary: LabelVocabulary
    /// Maps legacy columns to catalogue categories; nil when the mapping is invalid.
    var matcher: MemoizedColumnMatcher?
    /// Reads dates; its context year serves month-and-day dates.
    var dateParser: LegacyDateParser

    /// What a detail page gave.
    struct Fields {
        var values: [PortalField: FieldValue] = [:]
        var title: String?
        var titleOrigin: String?
        var publishedAt: LocalDateTime?
        var writtenAt: LocalDateTime?
        var documentNumber: DocumentNumber?
        var indexNumber: IndexNumber?
        var publisher: String?
        var source: String?
        var legacyColumn: String?
        var breadcrumb: String?
        var category: CategoryID?
        var themes: [String] = []
        var kind: DisclosureCore.DocumentKind?
        var keywords: [String] = []
        var summary: String?
        var validity: Validity?
        var attribute: DisclosureAttribute?
        var repost: RepostSource?
        var siteName: String?
        var extraFields: [String: String] = [:]
        var body = SanitizedBody()
        /// ``body``'s text, rendered once.
        var bodyText = ""
        var bodyOrigin: String?
        var bodyContainer: Node?
        var hasKnownBody = false
        var infoLine: InfoLine?
        var diagnostics: [Diagnostic] = []
    }

    /// Reads every field of the page; `linkBase` resolves links (nil keeps them relative).
    func read(_ page: ParsedPage, file: String, pageURL: String?, linkBase: String?) -> Fields {
        let index = page.index
        var fields = Fields()
        let meta = StandardMeta(index)
        let styleRules = index.styleRules
        let location = BodyLocator().locate(index, profileSelector: profile.selectors[.body])
        let excluded = location.map { $0.container.map { [$0] } ?? $0.nodes } ?? []
        let table = MetadataTableReader(vocabulary: vocabulary).read(index, excluding: excluded)
        let infoLines = InfoLineLocator(vocabulary: vocabulary).find(index, excluding: excluded)
        let infoLine = infoLines.first
        let comments = Self.hanwebCommentFields(index, vocabulary: vocabulary)
        fields.infoLine = infoLine
        let pageTitle = index.elements("title").first.map { index.text($0) } ?? ""
        let suffix = TitleSuffix(profile: profile, siteName: meta.siteName, column: meta.columnName)
        let stripped = suffix.strip(pageTitle)
        fields.siteName = profile.site ?? meta.siteName ?? stripped.site ?? Self.footerOwner(index)

        func diagnose(_ severity: Severity, _ code: String, _ message: String, field: PortalField?, element: String?) {
            fields.diagnostics.append(
                Diagnostic(severity, code: code, message: message, file: file, element: element, field: field?.rawValue)
            )
        }

        // Profile selectors first.
        var selected: [PortalField: FieldValue] = [:]
        for (field, selector) in profile.selectors where field != .body && field != .breadcrumb {
            do {
                if let node = try index.document.first(selector) {
                    let text = node.kind == .attribute ? TextCleaning.collapsed(node.text) : index.text(node)
                    if !text.isEmpty { selected[field] = FieldValue(text: text, origin: "profile", element: selector) }
                }
            } catch {
                diagnose(
                    .warning, "portal.profile-selector-invalid",
                    "the profile's selector does not evaluate: \(error.message)",
                    field: field, element: selector)
            }
        }
        func info(_ field: PortalField) -> FieldValue? {
            infoLines.lazy.compactMap { $0.value(field) }.first.map {
                FieldValue(text: $0, origin: "info line", element: nil)
            }
        }
        func chain(_ field: PortalField, _ candidates: FieldValue?...) -> FieldValue? {
            let value = ([selected[field]] + candidates).compactMap { $0 }.first { !$0.text.isEmpty }
            if let value { fields.values[field] = value }
            return value
        }
        func metaValue(_ text: String?, _ name: String) -> FieldValue? {
            text.map { FieldValue(text: $0, origin: "meta:\(name)", element: nil) }
        }

        // MARK: Body
        if let location {
            fields.body = BodySanitizer(styleRules: styleRules, baseURL: linkBase, index: index).sanitize(
                location.nodes)
            fields.bodyOrigin = location.origin
            fields.bodyContainer = location.container
            fields.hasKnownBody = location.isKnownContainer
        }

        // MARK: Title
        let titleBlock = Self.commentRangeText(index, start: "TitleStart", end: "TitleEnd")
        let heading = TitleFinder(index: index, excluded: excluded).heading(matching: pageTitle)
        if let value = chain(
            .title, metaValue(meta.articleTitle, "ArticleTitle"), table[.title],
            comments[.title], titleBlock.map { FieldValue(text: $0, origin: "title block", element: nil) },
            heading,
            stripped.title.isEmpty ? nil : FieldValue(text: stripped.title, origin: "<title>", element: "title"))
        {
            fields.title = value.text
            fields.titleOrigin = value.origin
        }

        // MARK: Dates
        let infoDate =
            info(.publishedAt)
            ?? infoLines.lazy.flatMap(\.unlabelled).first { dateParser.firstDate(in: $0) != nil }
            .map { FieldValue(text: $0, origin: "info line", element: nil) }
        if let value = chain(
            .publishedAt, metaValue(meta.pubDate, "PubDate"), table[.publishedAt], comments[.publishedAt], infoDate)
        {
            fields.publishedAt = date(value, .publishedAt, &fields)
        }
        if let value = chain(.writtenAt, table[.writtenAt], comments[.writtenAt], info(.writtenAt)) {
            fields.writtenAt = date(value, .writtenAt, &fields)
        }

        // MARK: Identifiers
        if let value = chain(.documentNumber, table[.documentNumber], comments[.documentNumber], info(.documentNumber))
        {
            do {
                fields.documentNumber = try DocumentNumber(parsing: value.text)
            } catch {
                diagnose(
                    .warning, "portal.document-number-unparseable", "\(error) (from the \(value.origin))",
                    field: .documentNumber, element: value.element)
                fields.extraFields["文号"] = value.text
            }
        }
        if let value = chain(.indexNumber, table[.indexNumber], comments[.indexNumber], info(.indexNumber)) {
            fields.indexNumber = IndexNumber(value.text)
        }

        // MARK: Organisations
        fields.publisher = chain(.publisher, table[.publisher], comments[.publisher], info(.publisher))?.text
        fields.source =
            chain(
                .source, metaValue(meta.contentSource, "ContentSource"), table[.source], comments[.source],
                info(.source))?.text
        if let printed = fields.source {
            let label = TextCleaning.trimmedValue(printed.replacingOccurrences(of: "来源：", with: ""))
            if RepostDetector.ownSources.contains(TextCleaning.withoutSpaces(label)) {
                // 本站/本网: the site itself; the printed word is kept.
                fields.extraFields["来源"] = printed
                fields.source = fields.siteName
            }
        }

        // MARK: Column and category
        let breadcrumb = Breadcrumb.find(index, selector: profile.selectors[.breadcrumb], matcher: matcher)
        fields.breadcrumb = breadcrumb?.text
        fields.legacyColumn =
            chain(
                .legacyColumn, metaValue(meta.columnName, "ColumnName"), table[.legacyColumn],
                comments[.legacyColumn],
                breadcrumb?.column.map { FieldValue(text: $0, origin: "breadcrumb", element: breadcrumb?.element) })?
            .text
        if let matcher {
            let candidates = [fields.legacyColumn, breadcrumb?.text].compactMap { $0 }
            fields.category = candidates.lazy.compactMap { matcher.match($0)?.category }.first
        }
        if let value = chain(.themes, table[.themes], comments[.themes]) { fields.themes = Self.list(value.text) }
        for field in [PortalField.legacyColumn, .themes, .kind] {
            if let value = table[field], let label = value.label { fields.extraFields[label] = value.text }
        }
        if let value = chain(.kind, table[.kind], comments[.kind]) {
            fields.kind = DisclosureCore.DocumentKind(rawValue: value.text)
        }

        // MARK: Description
        let keywordsMeta = meta.articleKeywords(siteName: fields.siteName, title: fields.title)
        if let value = chain(.keywords, metaValue(keywordsMeta, "Keywords"), table[.keywords], comments[.keywords]) {
            fields.keywords = Self.list(value.text)
        }
        let description = meta.articleDescription(siteName: fields.siteName, title: fields.title)
        fields.summary =
            chain(.summary, metaValue(description, "Description"), table[.summary], comments[.summary])?.text
        if let value = chain(.validity, table[.validity], comments[.validity], info(.validity)) {
            fields.validity = Validity(label: value.text)
            if fields.validity == nil {
                diagnose(
                    .warning, "portal.validity-unknown", "'\(value.text)' is not a validity (有效/失效/废止)",
                    field: .validity, element: value.element)
            }
        }
        if let value = chain(.attribute, table[.attribute], comments[.attribute], info(.attribute)) {
            fields.attribute = DisclosureAttribute(label: value.text)
            if fields.attribute == nil {
                diagnose(
                    .warning, "portal.attribute-unknown",
                    "'\(value.text)' is not a disclosure attribute (主动公开/依申请公开/不予公开)", field: .attribute,
                    element: value.element)
            }
        }
        if let scope = chain(.disclosureScope, table[.disclosureScope], comments[.disclosureScope]) {
            fields.extraFields["公开范围"] = scope.text
        }
        if let author = chain(.author, table[.author], info(.author), metaValue(meta.author, "Author")) {
            fields.extraFields["作者"] = author.text
        }

        // MARK: Signature and body-level facts
        let text = fields.body.text
        fields.bodyText = text
        // The signature readers share the last lines of the body, split once and only when one of them is needed.
        var splitTail: [String]?
        func tailLines() -> [String] {
            if let splitTail { return splitTail }
            let lines = Self.signatureLines(text)
            splitTail = lines
            return lines
        }
        if fields.writtenAt == nil, let signed = Self.signatureDate(lines: tailLines(), parser: dateParser) {
            fields.writtenAt = signed
            fields.values[.writtenAt] = FieldValue(text: signed.description, origin: "signature", element: nil)
        }
        if fields.documentNumber == nil, let number = Self.leadingDocumentNumber(text) {
            fields.documentNumber = number
            fields.values[.documentNumber] = FieldValue(text: number.original, origin: "body", element: nil)
        }
        let explicitPublisher = fields.publisher
        if fields.publisher == nil {
            if let signer = Self.signatureOrganisation(lines: tailLines()) {
                fields.publisher = signer
                fields.values[.publisher] = FieldValue(text: signer, origin: "signature", element: nil)
            } else if let site = fields.siteName {
                fields.publisher = site
                fields.values[.publisher] = FieldValue(text: site, origin: "site", element: nil)
            }
        }
        let repostURL = chain(.repostURL, table[.repostURL], info(.repostURL))?.text
        fields.repost = RepostDetector(
            siteName: fields.siteName, publisher: explicitPublisher, breadcrumb: fields.breadcrumb
        )
        .repost(
            source: fields.source, body: fields.body, text: text, url: repostURL, at: fields.publishedAt,
            parser: dateParser)
        return fields
    }

    // MARK: - Dates

    private func date(_ value: FieldValue, _ field: PortalField, _ fields: inout Fields) -> LocalDateTime? {
        do {
            return try dateParser.parse(value.text)
        } catch {
            if let found = dateParser.firstDate(in: value.text) { return found.value }
            fields.diagnostics.append(
                Diagnostic(
                    .warning, code: "portal.date-unparseable", message: "\(error) (from the \(value.origin))",
                    element: value.element, field: field.rawValue))
            return nil
        }
    }

    /// The signature date (成文日期) at the end of a body: one of the last three lines that is a date, possibly
    /// after the signing body's name (`勐海县教育局 2018年6月12日`, `二〇一八年六月十二日`).
    static func signatureDate(_ text: String, parser: LegacyDateParser) -> LocalDateTime? {
        signatureDate(lines: signatureLines(text), parser: parser)
    }

    /// ``signatureDate(_:parser:)`` over the body's ``signatureLines(_:)``.
    static func signatureDate(lines: [String], parser: LegacyDateParser) -> LocalDateTime? {
        for line in lines.suffix(3).reversed() where TextCleaning.hasAtMost(40, characters: line) {
            if let value = try? parser.parse(line), parser.lastDate(in: line) != nil { return value }
        }
        return nil
    }

    /// The non-empty lines of the last 400 scalars of a text: where a signature is.
    static func signatureLines(_ text: String) -> [String] {
        TextCleaning.nonEmptyLines(String(text.unicodeScalars.suffix(400)))
    }

    /// The signing body on the line before a signature date (`勐海县教育局` above `2018年6月12日`).
    static func signatureOrganisation(_ text: String) -> String? {
        signatureOrganisation(lines: signatureLines(text))
    }

    /// ``signatureOrganisation(_:)`` over the body's ``signatureLines(_:)``.
    static func signatureOrganisation(lines: [String]) -> String? {
        guard lines.count >= 2 else { return nil }
        let parser = LegacyDateParser()
        for index in stride(from: lines.count - 1, to: max(0, lines.count - 3), by: -1) {
            guard (try? parser.parse(lines[index])) != nil, TextCleaning.hasAtMost(20, characters: lines[index]) else {
                continue
            }
            let candidate = lines[index - 1]
            guard TextCleaning.hasAtMost(30, characters: candidate),
                !candidate.contains(where: { "，。：:；;".contains($0) }),
                TitleSuffix.siteEndings.contains(where: { candidate.hasSuffix($0) })
            else { return nil }
            return candidate
        }
        return nil
    }

    private static let hostMark = Array("主办".utf8)
    private static let copyrightMark = Array("版权".utf8)

    /// The owner named in the footer: `主办单位：勐海县教育局　地址：…`, `主办：…`, `版权所有：…`.
    static func footerOwner(_ index: PageIndex) -> String? {
        for tag in ["p", "div", "td", "span", "li"] {
            for node in index.elements(tag).reversed().prefix(40) where index.rawLength(node) <= 900 {
                // Every label has 主办 or 版权; most elements have neither, and need no string.
                let labelled =
                    index.withRawBytes(node) {
                        ByteSearch.contains($0, Self.hostMark) || ByteSearch.contains($0, Self.copyrightMark)
                    } ?? true
                guard labelled else { continue }
                let text = index.text(node)
                guard TextCleaning.hasAtMost(300, characters: text) else { continue }
                for label in ["主办单位：", "主办单位:", "主办：", "主办:", "版权所有：", "版权所有:"] {
                    guard let range = text.byteRange(of: label) else { continue }
                    let rest = text[range.upperBound...]
                    let name = rest.prefix { !" \u{3000}\u{A0}|｜，,；;　©".contains($0) }
                    let value = TextCleaning.trimmedValue(name)
                    if !value.isEmpty { return value }
                }
            }
        }
        return nil
    }

    /// A 文号 printed alone on one of the first lines of a body (`勐教发〔2018〕12号`).
    static func leadingDocumentNumber(_ text: String) -> DocumentNumber? {
        let lines = TextCleaning.nonEmptyLines(String(text.unicodeScalars.prefix(600)))
        for line in lines.prefix(6) where TextCleaning.hasAtMost(30, characters: line) && line.hasSuffix("号") {
            guard line.contains(where: { "〔〕[]【】（）()".contains($0) }) else { continue }
            if let number = try? DocumentNumber(parsing: line) { return number }
        }
        return nil
    }

    // MARK: - Lists and comments

    /// Splits a keyword or theme list on commas, semicolons, 、 and white space.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { ",，;；、 \u{3000}|".contains($0) }).map { TextCleaning.trimmed($0) }
            .filter { !$0.isEmpty }
    }

    /// The text between two marker comments (`<!--TitleStart-->…<!--TitleEnd-->`), when both are siblings.
    static func commentRangeText(_ index: PageIndex, start: String, end: String) -> String? {
        guard let open = index.comments.first(where: { TextCleaning.trimmed($0.text) == start }) else { return nil }
        var text = ""
        var current = open.nextSibling
        while let node = current {
            if node.kind == .comment, TextCleaning.trimmed(node.text) == end { break }
            if node.kind == .text { text += node.text } else if node.isElement { text += index.raw(node) }
            current = node.nextSibling
        }
        let collapsed = TextCleaning.collapsed(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Hanweb's labelled comment pairs: `<!--<$[信息来源]>begin-->县教育局<!--<$[信息来源]>end-->`.
    static func hanwebCommentFields(_ index: PageIndex, vocabulary: LabelVocabulary) -> [PortalField: FieldValue] {
        var result: [PortalField: FieldValue] = [:]
        for comment in index.comments {
            let marker = TextCleaning.trimmed(comment.text)
            guard marker.hasPrefix("<$["), marker.hasSuffix("]>begin"),
                let close = marker.byteRange(of: "]>begin")
            else { continue }
            let label = String(marker[marker.index(marker.startIndex, offsetBy: 3)..<close.lowerBound])
            guard let field = vocabulary.field(forLabel: label), result[field] == nil,
                let text = commentRangeText(index, start: marker, end: "<$[\(label)]>end")
            else { continue }
            let value = TextCleaning.trimmedValue(text)
            if !value.isEmpty { result[field] = FieldValue(text: value, origin: "Hanweb comment", element: nil) }
        }
        return result
    }
}
