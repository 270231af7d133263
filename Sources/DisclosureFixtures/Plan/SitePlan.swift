import DisclosureCore

/// The skeleton of a whole generated site: every item's column, dates, ids, 文号 and traps, and the OA-only
/// documents. Small values only (no page text), so it stays a few megabytes even for 20,000 pages.
struct SitePlan: Sendable {
    /// The profile the plan follows.
    let profile: FixtureProfile
    /// The seed everything derives from.
    let seed: UInt64
    /// The items of each column, oldest first (index = ``PlannedItem/ordinal``).
    private(set) var columns: [[PlannedItem]]
    /// The OA-only documents, in 成文日期 order.
    private(set) var documents: [PlannedDocument]

    /// The root random stream.
    var root: SplitMix64 { SplitMix64(seed: seed) }

    /// Purpose tags that keep the random streams of planning, composing and rendering apart.
    enum Stream: UInt64 {
        case plan = 1
        case compose = 2
        case render = 3
        case ids = 4
        case features = 5
        case documents = 6
        case oa = 7
        case assets = 8
    }

    /// Plans a site.
    init(profile: FixtureProfile, seed: UInt64) {
        self.profile = profile
        self.seed = seed
        self.columns = []
        self.documents = []
        planItems()
        planFeatures()
        planDocuments()
        assignIDs()
        assignDocumentNumbers()
    }

    /// The item at a column and ordinal.
    func item(column: Int, ordinal: Int) -> PlannedItem { columns[column][ordinal] }

    /// The ordinals of a column as its list pages show them: newest first.
    func listOrder(column: Int) -> [Int] {
        columns[column].indices.sorted { a, b in
            let x = columns[column][a]
            let y = columns[column][b]
            return x.published != y.published ? x.published > y.published : x.legacyID > y.legacyID
        }
    }

    // MARK: - Items

    private mutating func planItems() {
        let year = profile.year
        for (columnIndex, column) in profile.columns.enumerated() {
            let quota = profile.quota(for: column.key)
            var items: [PlannedItem] = []
            items.reserveCapacity(quota.total)
            for ordinal in 0..<quota.total {
                var rng = root.derived(Stream.plan.rawValue, UInt64(columnIndex), UInt64(ordinal))
                let inPrior = ordinal < quota.priorYear
                let day: CivilDate
                if inPrior {
                    day = Self.spread(
                        index: ordinal, count: quota.priorYear, start: CivilDate(year: year - 1, month: 11, day: 1)!,
                        span: 58, rng: &rng)
                } else {
                    day = Self.spread(
                        index: ordinal - quota.priorYear, count: quota.inYear,
                        start: CivilDate(year: year, month: 1, day: 2)!, span: 360, rng: &rng)
                }
                let published = LocalDateTime(
                    day, hour: rng.int(in: 8...17), minute: rng.below(60), second: rng.below(60))!
                let encoding: PageEncoding
                let roll = rng.below(100)
                switch column.family {
                case .dhtml: encoding = roll < 12 ? .gb2312WithGBKCharacters : roll < 18 ? .utf8 : .gbk
                case .dhtmlMeta: encoding = .utf8
                case .trs: encoding = roll < 15 ? .gb2312WithGBKCharacters : .gbk
                }
                let attachmentShare =
                    column.category.rawValue.hasPrefix("budget") || column.category == .normativeDocuments
                    ? 60 : profile.attachmentPercent
                let attachments = rng.chance(attachmentShare) ? rng.int(in: 1...3) : 0
                let repostShare =
                    column.category == .policyInterpretations
                    ? 40
                    : [CategoryID.workNews, .educationInfo].contains(column.category) ? profile.repostPercent : 0
                var issuer: String?
                if rng.chance(quota.documentNumberPercent) {
                    issuer = column.category == .notices && rng.chance(20) ? "勐教办发" : "勐教发"
                }
                var item = PlannedItem(
                    columnIndex: columnIndex, ordinal: ordinal, published: published, written: nil,
                    issuerCode: issuer, encoding: encoding, attachmentCount: attachments,
                    isRepost: rng.chance(repostShare)
                )
                if Self.signs(column.category) || column.family == .dhtmlMeta {
                    let back =
                        issuer == nil
                        ? rng.below(2) : column.category == .normativeDocuments ? rng.int(in: 2...9) : rng.below(6)
                    item.written = Self.weekday(day.adding(days: -back), year: day.year)
                }
                items.append(item)
            }
            columns.append(items)
        }
        pin(.workPlan, column: "tzgg", offset: 4, date: CivilDate(year: year, month: 1, day: 16)!)
        pin(.annualReport, column: "ndbg", offset: 0, date: CivilDate(year: year, month: 1, day: 25)!)
    }

    /// Fixes one item of a column to a date and a role; no-op when the column has no item of the year.
    private mutating func pin(_ pin: PlannedItem.Pin, column key: String, offset: Int, date: CivilDate) {
        guard let columnIndex = profile.columns.firstIndex(where: { $0.key == key }) else { return }
        let quota = profile.quota(for: key)
        guard quota.inYear > 0 else { return }
        let ordinal = quota.priorYear + min(offset, quota.inYear - 1)
        var item = columns[columnIndex][ordinal]
        item.pin = pin
        item.published = LocalDateTime(date, hour: 10, minute: 32, second: 8)!
        item.isRepost = false
        switch pin {
        case .workPlan:
            item.issuerCode = "勐教发"
            item.written = date
        case .annualReport:
            item.issuerCode = nil
            item.written = nil
        }
        columns[columnIndex][ordinal] = item
    }

    /// Whether the column's pages end with a signature (issuer and date) under the body.
    static func signs(_ category: CategoryID) -> Bool {
        [
            CategoryID.notices, .enrollmentInfo, .enrollmentPolicyAndProcedure, .governmentDocuments,
            .supervisionReports, .balancedDevelopmentFeedback, .schoolConditions, .normativeDocuments, .specialFunds,
            .transferPayments,
        ].contains(category)
    }

    /// Spreads `count` items over `span` days from `start`, in order, on working days of the same year.
    static func spread(index: Int, count: Int, start: CivilDate, span: Int, rng: inout SplitMix64) -> CivilDate {
        let count = max(count, 1)
        let base = index * span / count
        let width = max(1, span / count)
        return weekday(start.adding(days: base + rng.below(width)), year: start.year)
    }

    /// The date itself on a weekday; a Saturday or Sunday moves to Monday, or back to Friday at the year's end.
    static func weekday(_ date: CivilDate, year: Int) -> CivilDate {
        switch date.weekday {
        case .saturday, .sunday:
            let monday = date.adding(days: date.weekday == .saturday ? 2 : 1)
            return monday.year == year ? monday : date.adding(days: date.weekday == .saturday ? -1 : -2)
        default:
            return date
        }
    }

    // MARK: - Traps

    private mutating func planFeatures() {
        var rng = root.derived(Stream.features.rawValue)
        var trs: [(Int, Int)] = []
        var spammable: [(Int, Int)] = []
        var withAttachments: [(Int, Int)] = []
        for (c, items) in columns.enumerated() {
            let family = profile.columns[c].family
            for item in items where item.pin == nil {
                let quota = profile.quota(for: profile.columns[c].key)
                if family == .trs && item.ordinal >= quota.priorYear { trs.append((c, item.ordinal)) }
                if family != .dhtmlMeta { spammable.append((c, item.ordinal)) }
                if item.attachmentCount > 0 { withAttachments.append((c, item.ordinal)) }
            }
        }
        for (c, o) in Self.choose(profile.splitArticles, from: trs, rng: &rng) { columns[c][o].isSplit = true }
        for (c, o) in Self.choose(profile.hiddenSpamPages, from: spammable, rng: &rng) { columns[c][o].hasSpam = true }
        for (c, o) in Self.choose(profile.missingAttachments, from: withAttachments, rng: &rng) {
            columns[c][o].missingAttachment = true
        }
    }

    /// `count` distinct elements chosen by a partial Fisher–Yates shuffle, in their original order.
    static func choose<T>(_ count: Int, from pool: [T], rng: inout SplitMix64) -> [T] {
        var indices = Array(pool.indices)
        let take = min(count, indices.count)
        for i in 0..<take {
            let j = i + rng.below(indices.count - i)
            indices.swapAt(i, j)
        }
        return indices.prefix(take).sorted().map { pool[$0] }
    }

    // MARK: - OA-only documents

    private mutating func planDocuments() {
        let counts: [(PlannedDocument.Status, Int)] = [
            (.onRequest, profile.onRequestDocuments), (.exempt, profile.exemptDocuments),
            (.classified, profile.classifiedDocuments), (.unpublished, profile.unpublishedProactiveDocuments),
        ]
        var list: [PlannedDocument] = []
        for (status, count) in counts {
            for ordinal in 0..<count {
                var rng = root.derived(Stream.documents.rawValue, UInt64(status.rawValue), UInt64(ordinal))
                let day = Self.spread(
                    index: ordinal, count: count, start: CivilDate(year: profile.year, month: 1, day: 8)!, span: 340,
                    rng: &rng)
                let issuer = status == .onRequest && rng.chance(50) ? "勐教函" : rng.chance(25) ? "勐教办发" : "勐教发"
                list.append(PlannedDocument(status: status, ordinal: ordinal, written: day, issuerCode: issuer))
            }
        }
        documents = list.sorted {
            ($0.written, $0.status.rawValue, $0.ordinal) < ($1.written, $1.status.rawValue, $1.ordinal)
        }
    }

    // MARK: - Ids and numbers

    /// Gives every page a CMS id that grows with its publication time, with gaps where other sites' items were.
    private mutating func assignIDs() {
        var rng = root.derived(Stream.ids.rawValue)
        var order: [(LocalDateTime, Int, Int)] = []
        for (c, items) in columns.enumerated() {
            for item in items { order.append((item.published, c, item.ordinal)) }
        }
        order.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var nextNews = 325_018
        var nextTRS = 124_102
        var indexSerials: [Int: Int] = [:]
        for (published, c, o) in order {
            if profile.columns[c].family == .dhtmlMeta {
                let serial = (indexSerials[published.date.year] ?? 0) + 1 + rng.below(3)
                indexSerials[published.date.year] = serial
                columns[c][o].indexSerial = serial
            }
            if profile.columns[c].family == .trs {
                columns[c][o].legacyID = nextTRS
                nextTRS += 1 + rng.below(9)
            } else {
                columns[c][o].legacyID = nextNews
                nextNews += 1 + rng.below(6)
            }
        }
    }

    /// Numbers the bureau's documents per issuer code and year in 成文日期 order, portal and OA-only alike.
    private mutating func assignDocumentNumbers() {
        enum Ref { case item(Int, Int), document(Int) }
        var numbered: [(date: CivilDate, tie: Int, ref: Ref, issuer: String)] = []
        for (c, items) in columns.enumerated() {
            for item in items {
                guard let issuer = item.issuerCode, let written = item.written else { continue }
                numbered.append((written, item.legacyID, .item(c, item.ordinal), issuer))
            }
        }
        for (index, document) in documents.enumerated() {
            numbered.append((document.written, 900_000 + index, .document(index), document.issuerCode))
        }
        numbered.sort { ($0.date, $0.tie) < ($1.date, $1.tie) }
        var serials: [String: Int] = [:]
        var rng = root.derived(Stream.documents.rawValue, 99)
        for entry in numbered {
            let key = "\(entry.issuer)\(entry.date.year)"
            // Numbers used by documents the fixture does not show leave gaps.
            let serial = (serials[key] ?? 0) + 1 + (rng.chance(30) ? 1 : 0)
            serials[key] = serial
            let number = try? DocumentNumber(issuerCode: entry.issuer, year: entry.date.year, serial: serial)
            switch entry.ref {
            case .item(let c, let o): columns[c][o].documentNumber = number
            case .document(let i): documents[i].documentNumber = number
            }
        }
    }
}
