/// The year's proactive-publication figures counted from the archive: by kind, by catalogue node and key area, and
/// the 规范性文件/规章 figures of section 二.
///
/// What counts (统计口径):
/// - an item counts when it is an item (`isItem`), its 公开属性 is 主动公开 and its 发布日期 falls in the year;
/// - an item whose 公开属性 is unknown (`attribute == nil`) does **not** count unless `countsUnknownAttribute` is set:
///   a migrated page on the public portal was evidently published, but the law ties 主动公开 to a decision made when
///   the document was drafted, and counting guesses would put unreviewed figures into a public report. Such items
///   are reported in ``diagnostics`` with their number so the bureau can set the attribute;
/// - 规范性文件: `kind == 规范性文件` or a category with ``CategoryRole/normativeDocument``; 政策解读: `kind == 政策解读` or
///   a category with ``CategoryRole/policyInterpretation`` (a normative document is never also counted as an
///   interpretation); others are the rest;
/// - for section 二, documents are counted over the whole archive given: made in the year (成文日期, else 发布日期),
///   published in the year, published by its end, and in force at its end (published by then and not 废止 or 失效 —
///   the validity as recorded now, since items carry no repeal date).
public struct ProactiveCounts: Hashable, Sendable {
    /// The section-二 figures of one kind of document (规范性文件 or 规章).
    public struct DocumentFigures: Hashable, Sendable {
        /// Made in the year (成文日期, else 发布日期).
        public var made = 0
        /// Published in the year.
        public var published = 0
        /// Published by the end of the year.
        public var publishedByYearEnd = 0
        /// Published by the end of the year and neither repealed nor expired.
        public var inForce = 0
    }

    /// Every item published proactively in the year.
    public var total = 0
    /// 规范性文件 published in the year.
    public var normativeDocuments = 0
    /// 政策解读 published in the year.
    public var policyInterpretations = 0
    /// Everything else published in the year (通知公告, 工作动态, 教育信息 …).
    public var others = 0
    /// Items published in the year under each catalogue node, its subtree included.
    public var byCategory: [CategoryID: Int] = [:]
    /// Items published in the year in each key area.
    public var byKeyArea: [KeyArea: Int] = [:]
    /// 规范性文件 figures for section 二.
    public var normative = DocumentFigures()
    /// 规章 figures for section 二.
    public var rules = DocumentFigures()
    /// What was not counted and why.
    public var diagnostics: [Diagnostic] = []

    /// Counts the archive for a year.
    public init(
        items: [DisclosureItem], year: Int, catalogue: Catalogue, countsUnknownAttribute: Bool = false
    ) {
        let normativeIDs = catalogue.ids(withRole: .normativeDocument)
        let interpretationIDs = catalogue.ids(withRole: .policyInterpretation)
        var unknownAttribute = 0
        var undated = 0
        var uncategorised = 0
        for item in items where item.isItem {
            let isProactive = item.attribute == .proactive || (item.attribute == nil && countsUnknownAttribute)
            let published = item.publishedAt?.date
            if item.attribute == nil, published?.year == year, !countsUnknownAttribute { unknownAttribute += 1 }
            guard isProactive else { continue }
            guard let published else {
                undated += 1
                continue
            }
            let isNormative = item.kind == .normativeDocument || item.category.map(normativeIDs.contains) == true
            let isInterpretation =
                !isNormative
                && (item.kind == .policyInterpretation || item.category.map(interpretationIDs.contains) == true)
            if isNormative {
                Self.add(item, year: year, to: &normative)
            } else if item.kind == .rule {
                Self.add(item, year: year, to: &rules)
            }
            guard published.year == year else { continue }
            total += 1
            if isNormative {
                normativeDocuments += 1
            } else if isInterpretation {
                policyInterpretations += 1
            } else {
                others += 1
            }
            guard let category = item.category, catalogue.contains(category) else {
                if item.category != nil { uncategorised += 1 }
                continue
            }
            for node in catalogue.path(to: category) { byCategory[node.id, default: 0] += 1 }
            if let area = catalogue.keyArea(of: category) { byKeyArea[area, default: 0] += 1 }
        }
        if unknownAttribute > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "report.attribute-unknown",
                    message: "\(unknownAttribute) items published in \(year) have no 公开属性 and are not counted; "
                        + "set their attribute (or count them explicitly)", field: "attribute"))
        }
        if undated > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "report.published-date-missing",
                    message: "\(undated) proactive items have no 发布日期 and are not counted", field: "publishedAt"))
        }
        if uncategorised > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "report.category-unknown",
                    message: "\(uncategorised) items of \(year) name a category the catalogue lacks; they count in "
                        + "the total only", field: "category"))
        }
    }

    private static func add(_ item: DisclosureItem, year: Int, to figures: inout DocumentFigures) {
        guard let published = item.publishedAt?.date else { return }
        let made = item.writtenAt?.date ?? published
        if made.year == year { figures.made += 1 }
        if published.year == year { figures.published += 1 }
        guard published.year <= year else { return }
        figures.publishedByYearEnd += 1
        if item.validity != .repealed && item.validity != .expired { figures.inForce += 1 }
    }

    /// The items under a catalogue node published in the year (0 for a node with none).
    public func count(in category: CategoryID) -> Int { byCategory[category] ?? 0 }
}
