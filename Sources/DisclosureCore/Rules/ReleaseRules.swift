import Foundation

/// The release gate and validations for disclosure items: what may be published, and what is wrong or missing.
///
/// The rules come from the 条例 and the bureau's own commitments in its 2018 report:
/// - nothing is public unless it is 主动公开 and its 保密审查 passed (`release.*`, `review.*`);
/// - a repost names its source site and its time (`repost.*`);
/// - a 规范性文件 carries a 文号 (`normative.document-number-missing`);
/// - dates are not in the future, and 成文日期 is not after 发布日期 (`date.*`);
/// - a proactive item is published within 20 working days of being formed (条例第二十六条, `publication.late`);
/// - a title is present, the category is one the catalogue knows, and a proactive item has one (`title.*`,
///   `category.*`);
/// - across a set: no two items share an 索引号, and a shared 文号 is worth a look (`set.*`).
///
/// Rules never throw: every problem becomes a ``Finding`` with its severity, rule code, item and field.
public struct ReleaseRules: Sendable {
    /// Today's date, for the "not in the future" rule (injected so checks are reproducible).
    public var today: CivilDate
    /// The catalogue whose categories are known; `nil` skips the category rule.
    public var catalogue: Catalogue?
    /// The working-day calendar for the publication deadline; `nil` counts calendar days and says so.
    public var calendar: WorkingDayCalendar?
    /// 条例第二十六条: working days from 成文日期 within which a proactive item is published.
    public var publicationDeadline: Int

    /// Creates the rules.
    public init(
        today: CivilDate, catalogue: Catalogue? = nil, calendar: WorkingDayCalendar? = nil,
        publicationDeadline: Int = 20
    ) {
        self.today = today
        self.catalogue = catalogue
        self.calendar = calendar
        self.publicationDeadline = publicationDeadline
    }

    // MARK: - The gate

    /// Whether an item may appear in public output: an item, 主动公开, with a passed confidentiality review.
    public func isReleasable(_ item: DisclosureItem) -> Bool {
        item.isReleasable
    }

    /// The items that may appear in public output, in their original order.
    public func releasable(_ items: some Sequence<DisclosureItem>) -> [DisclosureItem] {
        items.filter(isReleasable)
    }

    // MARK: - Checking

    /// Every finding for one item. Inputs that are not items (`isItem == false`) get none.
    public func check(_ item: DisclosureItem) -> [Finding] {
        guard item.isItem else { return [] }
        var findings: [Finding] = []
        func add(_ severity: Severity, _ code: String, _ field: String?, _ message: String) {
            findings.append(Finding(severity, code: code, itemID: item.id, field: field, message: message))
        }
        checkRelease(item, add)
        checkRepost(item, add)
        checkNormativeDocument(item, add)
        checkDates(item, add)
        checkCatalogueEntry(item, add)
        return findings
    }

    /// Every finding for a set of items: each item's own findings, then the findings about the set.
    public func check(_ items: some Sequence<DisclosureItem>) -> [Finding] {
        var findings: [Finding] = []
        var byIndexNumber: [String: [ItemID]] = [:]
        var byDocumentNumber: [DocumentNumber: [ItemID]] = [:]
        for item in items where item.isItem {
            findings += check(item)
            if let index = item.indexNumber { byIndexNumber[index.rawValue, default: []].append(item.id) }
            if let number = item.documentNumber { byDocumentNumber[number, default: []].append(item.id) }
        }
        for (index, ids) in byIndexNumber.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            findings.append(
                Finding(
                    .error, code: "set.index-number-duplicate", itemID: ids[0], field: "indexNumber",
                    message:
                        "索引号 \(index) is used by \(ids.count) items: \(ids.map(\.rawValue).joined(separator: ", "))"))
        }
        for (number, ids) in byDocumentNumber.sorted(by: { $0.key.normalized < $1.key.normalized }) where ids.count > 1
        {
            findings.append(
                Finding(
                    .warning, code: "set.document-number-shared", itemID: ids[0], field: "documentNumber",
                    message:
                        "文号 \(number.normalized) is carried by \(ids.count) items "
                        + "(\(ids.map(\.rawValue).joined(separator: ", "))): the same document published twice?"))
        }
        return findings
    }

    // MARK: - The rules

    private typealias Add = (Severity, String, String?, String) -> Void

    private func checkRelease(_ item: DisclosureItem, _ add: Add) {
        switch item.attribute {
        case nil:
            add(
                .error, "release.attribute-missing", "attribute",
                "公开属性 is not recorded: the item cannot be released until it is decided")
        case .onRequest?, .exempt?:
            let label = item.attribute?.chineseLabel ?? ""
            if item.publishedAt != nil || item.url != nil {
                add(
                    .error, "release.not-proactive", "attribute",
                    "the item is \(label) but was published: only 主动公开 items may be public")
            }
            if item.attribute == .exempt, item.exemptionGround == nil, item.exemptionReason == nil {
                add(
                    .warning, "release.exemption-ground-missing", "exemptionGround",
                    "不予公开 without a legal ground (条例第十四、十五、十六条)")
            }
        case .proactive?:
            switch item.review?.result {
            case nil:
                add(
                    .error, "review.missing", "review",
                    "no 保密审查 (confidentiality review) is recorded: a proactive item is released only after one")
            case .failed?:
                add(.error, "review.failed", "review", "the 保密审查 did not pass: the item must not be public")
            case .pending?:
                add(.warning, "review.pending", "review", "the 保密审查 is still pending")
            case .passed?:
                break
            }
        }
    }

    private func checkRepost(_ item: DisclosureItem, _ add: Add) {
        guard let repost = item.repost else { return }
        if repost.site?.isEmpty ?? true {
            add(.error, "repost.site-missing", "repost.site", "a reposted item must name its source site (转载来源网站)")
        }
        if repost.at == nil {
            add(.error, "repost.time-missing", "repost.at", "a reposted item must give its repost time (转载时间)")
        }
        if repost.department?.isEmpty ?? true {
            add(
                .info, "repost.department-missing", "repost.department",
                "the source department (信息来源处室) of the repost is not named")
        }
    }

    private func checkNormativeDocument(_ item: DisclosureItem, _ add: Add) {
        let isNormative =
            item.kind == .normativeDocument
            || item.category.map { catalogue?.roles(of: $0).contains(.normativeDocument) == true } == true
        if isNormative, item.documentNumber == nil {
            add(.error, "normative.document-number-missing", "documentNumber", "a 规范性文件 must carry a 文号")
        }
    }

    private func checkDates(_ item: DisclosureItem, _ add: Add) {
        for (field, value) in [("publishedAt", item.publishedAt), ("writtenAt", item.writtenAt)] {
            if let value, value.date > today {
                add(.error, "date.future", field, "\(field) \(value) is after today (\(today))")
            }
        }
        guard let written = item.writtenAt?.date, let published = item.publishedAt?.date else { return }
        if written > published {
            add(
                .error, "date.written-after-published", "writtenAt",
                "成文日期 \(written) is after 发布日期 \(published)")
            return
        }
        guard item.attribute == .proactive else { return }
        if let calendar, calendar.covers(written), calendar.covers(published) {
            let deadline = calendar.dueDate(from: written, workingDays: publicationDeadline, startLabel: "成文日期")
            if published > deadline.dueDate, let late = try? calendar.workingDays(from: deadline.dueDate, to: published)
            {
                add(
                    .warning, "publication.late", "publishedAt",
                    "published \(published), \(late) working days after the deadline: \(deadline.explanation) "
                        + "(条例第二十六条)")
            }
        } else {
            let days = written.days(to: published)
            let limit = publicationDeadline * 7 / 5
            if days > limit {
                add(
                    .warning, "publication.late", "publishedAt",
                    "published \(published), \(days) calendar days after 成文日期 \(written); no working-day calendar "
                        + "covers these dates, so the limit of \(publicationDeadline) working days was taken as "
                        + "\(limit) calendar days")
            }
        }
    }

    private func checkCatalogueEntry(_ item: DisclosureItem, _ add: Add) {
        if item.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            add(.error, "title.empty", "title", "the title is empty")
        }
        guard let catalogue else { return }
        if let category = item.category {
            if !catalogue.contains(category) {
                add(
                    .error, "category.unknown", "category",
                    "category \"\(category.rawValue)\" is not in the catalogue \"\(catalogue.name ?? "in use")\"")
            }
        } else if item.attribute == .proactive {
            add(
                .warning, "category.missing", "category",
                "no catalogue category"
                    + (item.legacyColumn.map { " (the legacy column \"\($0)\" did not map to one)" } ?? ""))
        }
    }
}
