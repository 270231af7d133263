/// A checklist's coverage for one year (重点领域公开核对): every requirement with the items that cover it, what is
/// missing, and the diagnostics met on the way.
///
/// In JSON the report carries `checklist`, `title`, `year`, `requirements`, `diagnostics` and, for convenience,
/// `missing` (the identifiers of the uncovered requirements; ignored when decoding, recomputed from
/// `requirements`).
public struct CoverageReport: Hashable, Codable, Sendable {
    /// The checklist's stable identifier: `budget` or `enrollment`.
    public var checklist: String
    /// The checklist's Chinese title, e.g. `预算公开专栏`.
    public var title: String
    /// The calendar year covered (items published 1 January – 31 December).
    public var year: Int
    /// Every requirement in the checklist's order.
    public var requirements: [RequirementCoverage]
    /// Findings about the candidates: unknown explicit values, undated items, items missing a dimension.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(
        checklist: String, title: String, year: Int, requirements: [RequirementCoverage], diagnostics: [Diagnostic] = []
    ) {
        self.checklist = checklist
        self.title = title
        self.year = year
        self.requirements = requirements
        self.diagnostics = diagnostics
    }

    /// The requirements no item covers.
    public var missing: [RequirementCoverage] { requirements.filter { !$0.isCovered } }

    /// The requirements at least one item covers.
    public var covered: [RequirementCoverage] { requirements.filter(\.isCovered) }

    /// The coverage of one requirement, or nil if the checklist has no such requirement.
    public subscript(requirementID: String) -> RequirementCoverage? {
        requirements.first { $0.requirementID == requirementID }
    }

    private enum CodingKeys: String, CodingKey {
        case checklist, title, year, requirements, missing, diagnostics
    }

    /// Decodes a report; `missing` is ignored and recomputed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        checklist = try container.decode(String.self, forKey: .checklist)
        title = try container.decode(String.self, forKey: .title)
        year = try container.decode(Int.self, forKey: .year)
        requirements = try container.decode([RequirementCoverage].self, forKey: .requirements)
        diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    /// Encodes a report with the identifiers of the missing requirements.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checklist, forKey: .checklist)
        try container.encode(title, forKey: .title)
        try container.encode(year, forKey: .year)
        try container.encode(requirements, forKey: .requirements)
        try container.encode(missing.map(\.requirementID), forKey: .missing)
        try container.encode(diagnostics, forKey: .diagnostics)
    }

    // MARK: - Plain text

    /// A plain-text rendering for a terminal: a summary line, one line per requirement (`[x]` covered, `[ ]`
    /// missing) with its items indented below, the missing list, then the diagnostics.
    public func renderText() -> String {
        var lines = [
            "\(title) (\(checklist)) \(year): \(covered.count) of \(requirements.count) covered, \(missing.count) missing"
        ]
        for requirement in requirements {
            let mark = requirement.isCovered ? "[x]" : "[ ]"
            let count = requirement.items.count
            let tally = requirement.isCovered ? "\(count) item\(count == 1 ? "" : "s")" : "missing"
            lines.append("  \(mark) \(requirement.label)  (\(requirement.requirementID))  \(tally)")
            for item in requirement.items {
                let date = item.publishedAt?.description ?? "undated"
                let why = item.reasons.map(\.description).joined(separator: "; ")
                lines.append("        \(date)  \(item.itemID)  \(item.title)  [\(why)]")
            }
        }
        if !missing.isEmpty {
            lines.append("Missing:")
            lines += missing.map { "  - \($0.label) (\($0.requirementID))" }
        }
        if !diagnostics.isEmpty {
            lines.append("Diagnostics:")
            lines += diagnostics.map { "  \($0.description)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Building

    /// Collects classified candidates into a report for `year`; candidates published in other years are left out,
    /// undated ones that would count are reported as `checklist.undated`.
    static func build(
        checklist: String, title: String, year: Int, requirements: [(id: String, label: String)],
        classified: [(candidate: ChecklistCandidate, covers: [(requirementID: String, reasons: [CoverageReason])])],
        diagnostics: [Diagnostic]
    ) -> CoverageReport {
        var evidence: [String: [CoverageEvidence]] = [:]
        var findings = diagnostics
        for (candidate, covers) in classified where !covers.isEmpty {
            guard let published = candidate.publishedAt else {
                findings.append(
                    Diagnostic(
                        .warning, code: "checklist.undated",
                        message: "'\(candidate.title)' would count for "
                            + covers.map(\.requirementID).joined(separator: ", ") + " but has no publication date",
                        element: candidate.id, field: "publishedAt"))
                continue
            }
            guard published.year == year else { continue }
            for cover in covers {
                evidence[cover.requirementID, default: []].append(
                    CoverageEvidence(
                        itemID: candidate.id, title: candidate.title, publishedAt: published, reasons: cover.reasons))
            }
        }
        let rows = requirements.map { requirement in
            let items = (evidence[requirement.id] ?? []).sorted {
                ($0.publishedAt!, $0.itemID) < ($1.publishedAt!, $1.itemID)
            }
            return RequirementCoverage(requirementID: requirement.id, label: requirement.label, items: items)
        }
        return CoverageReport(
            checklist: checklist, title: title, year: year, requirements: rows, diagnostics: findings)
    }
}
