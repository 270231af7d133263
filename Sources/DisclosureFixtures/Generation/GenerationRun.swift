import DisclosureCore
import Foundation

/// One run of the generator: the plan, the writers and the running totals. Pages are composed, rendered and
/// written one at a time; the ground truth is streamed as they go.
struct GenerationRun {
    let plan: SitePlan
    let composer: ContentComposer
    var writer: MirrorWriter
    let truth: StreamingFile
    /// The OA register row of every numbered portal item, by item id.
    var oaRecords: [String: TruthOARecord] = [:]
    /// The numbered documents in register order: portal items and OA-only documents.
    var registerEntries: [RegisterEntry] = []

    // Running totals.
    var countedByCategory: [CategoryID: Int] = [:]
    var filesByRole: [TruthFileRole: Int] = [:]
    var portalItems = 0
    var oaOnlyItems = 0
    var missingAttachments = 0
    var workPlanDate: CivilDate?

    /// One row of the 发文 register.
    enum RegisterEntry {
        case item(column: Int, ordinal: Int)
        case document(Int)
    }

    static let host = ContentComposer.host
    /// The register exports: before July of the year (the old system) and from July (the new OA platform).
    static let csvPath = "oa/fawen-register-h1.csv"
    static let xlsPath = "oa/fawen-register-h2.xls"
    static let listingPath = "oa/ys168-listing.html"
    static let version = 1

    var profile: FixtureProfile { plan.profile }

    init(profile: FixtureProfile, seed: UInt64, root: URL) throws {
        plan = SitePlan(profile: profile, seed: seed)
        composer = ContentComposer(plan: plan)
        writer = try MirrorWriter(root: root)
        truth = try StreamingFile(path: root.path + "/ground-truth.json")
    }

    mutating func execute() throws -> GenerationSummary {
        planRegister()
        let generator = GroundTruth.Generator(
            profile: profile.name, seed: plan.seed, year: profile.year, pages: profile.itemCount, version: Self.version)
        let site = GroundTruth.Site(host: Self.host, folder: Self.host, baseURL: "http://\(Self.host)")
        try truth.write("{\n\"generator\": \(try DisclosureJSON.line(generator)),\n")
        try truth.write("\"site\": \(try DisclosureJSON.line(site)),\n\"items\": [\n")

        var first = true
        for columnIndex in profile.columns.indices {
            for ordinal in plan.columns[columnIndex].indices {
                let item = try writeItem(column: columnIndex, ordinal: ordinal)
                try truth.write((first ? "" : ",\n") + (try DisclosureJSON.line(item)))
                first = false
            }
        }
        for index in plan.documents.indices {
            let item = oaOnlyItem(index)
            oaOnlyItems += 1
            try truth.write((first ? "" : ",\n") + (try DisclosureJSON.line(item)))
            first = false
        }
        try truth.write("\n],\n\"files\": [\n")

        var files = FileList(truth: truth)
        try writeItemFiles(into: &files)
        let columns = try writeLists(into: &files)
        try writeSpecialPages(into: &files)
        try writeAssets(into: &files)
        let oaFiles = try writeRegister(into: &files)
        let platform = try writeFilePlatform(into: &files)
        filesByRole = files.counts
        try truth.write("\n],\n\"columns\": [\n")
        try truth.write(try columns.map { try DisclosureJSON.line($0) }.joined(separator: ",\n"))
        try truth.write("\n],\n\"oaFiles\": [\n")
        try truth.write(try oaFiles.map { try DisclosureJSON.line($0) }.joined(separator: ",\n"))
        try truth.write("\n],\n\"filePlatform\": [\n")
        try truth.write(try platform.map { try DisclosureJSON.line($0) }.joined(separator: ",\n"))

        let counted = countedByCategory.values.reduce(0, +)
        let totals = GroundTruth.Totals(
            items: portalItems + oaOnlyItems, portalItems: portalItems, oaOnlyItems: oaOnlyItems,
            countedInYearByCategory: Dictionary(
                uniqueKeysWithValues: countedByCategory.map { ($0.key.rawValue, $0.value) }),
            filesByRole: Dictionary(uniqueKeysWithValues: filesByRole.map { ($0.key.rawValue, $0.value) }),
            missingAttachments: missingAttachments)
        try truth.write("\n],\n\"totals\": \(try DisclosureJSON.line(totals)),\n")
        try truth.write("\"report\": \(try DisclosureJSON.line(reportFigures())),\n")
        try truth.write(
            "\"schema\": \"DisclosureFixtures ground truth v\(Self.version); paths relative to this file's folder\"\n}\n"
        )
        try truth.close()
        return GenerationSummary(
            files: writer.files + 1, bytes: writer.bytes + truth.count, items: portalItems + oaOnlyItems,
            portalItems: portalItems, countedInYear: counted)
    }

    /// The report figures from the counted items.
    func reportFigures() -> ReportFigures {
        let catalogue = Catalogue.countyEducationBureau
        let normative = catalogue.ids(withRole: .normativeDocument)
        let interpretations = catalogue.ids(withRole: .policyInterpretation)
        let budget = Set(catalogue.subtree(of: .budget).map(\.id))
        func sum(_ ids: Set<CategoryID>) -> Int { ids.reduce(0) { $0 + (countedByCategory[$1] ?? 0) } }
        let total = countedByCategory.values.reduce(0, +)
        return ReportFigures(
            year: profile.year, proactiveTotal: total, normativeDocuments: sum(normative),
            policyInterpretations: sum(interpretations), others: total - sum(normative) - sum(interpretations),
            enrollmentInfo: countedByCategory[.enrollmentInfo] ?? 0,
            admissionInfo: countedByCategory[.admissionInfo] ?? 0,
            enrollmentPolicyAndProcedure: countedByCategory[.enrollmentPolicyAndProcedure] ?? 0,
            budgetItems: sum(budget),
            requestsReceived: 0, workPlanIssuedAt: workPlanDate)
    }

    // MARK: - Identities and paths

    /// The stable id of a portal item.
    func itemID(_ item: PlannedItem) -> String {
        profile.columns[item.columnIndex].family == .trs ? "portal-t\(item.legacyID)" : "portal-\(item.legacyID)"
    }

    /// The page files of an item, relative to the output folder.
    func pagePaths(_ item: PlannedItem) -> [String] {
        let column = profile.columns[item.columnIndex]
        switch column.family {
        case .trs:
            let base = "\(Self.host)/\(column.folder)/\(TRSRenderer.monthFolder(item))/\(TRSRenderer.fileStem(item))"
            return [base + ".html"] + (item.isSplit ? [base + "_1.html"] : [])
        case .dhtml, .dhtmlMeta:
            return ["\(Self.host)/mwx/\(column.channel).news.detail.dhtml?news_id=\(item.legacyID)"]
        }
    }

    /// The column a column names as its parent.
    func parent(of column: FixtureColumn) -> FixtureColumn? {
        column.parentKey.flatMap { key in profile.columns.first { $0.key == key } }
    }
}

/// The `files` section of the ground truth, streamed, with a count per role.
struct FileList {
    let truth: StreamingFile
    var first = true
    var counts: [TruthFileRole: Int] = [:]

    mutating func add(_ file: TruthFile) throws {
        try truth.write((first ? "" : ",\n") + (try DisclosureJSON.line(file)))
        first = false
        counts[file.role, default: 0] += 1
    }
}
