internal import Foundation

/// The matching rules the key-area checklists share: explicit values by identifier or name, categories by
/// ancestry, and keywords in titles, all compared after ``ColumnMatcher/normalizedKey(_:)``.
struct ChecklistMatching {
    /// The catalogue used to test whether a category lies below another; without one, only equality counts.
    var catalogue: Catalogue?

    /// The years in which any candidate was published, oldest first.
    static func publicationYears(of candidates: [ChecklistCandidate]) -> [Int] {
        Set(candidates.compactMap(\.publishedAt?.year)).sorted()
    }

    /// A classification as a dictionary from requirement identifier to reasons (the first entry wins).
    static func reasonsByRequirement(
        _ covers: [(requirementID: String, reasons: [CoverageReason])]
    ) -> [String: [CoverageReason]] {
        Dictionary(covers.map { ($0.requirementID, $0.reasons) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether an explicit value names an entry by identifier or Chinese name (after normalisation).
    func names(_ value: String, id: String, name: String) -> Bool {
        let key = ColumnMatcher.normalizedKey(value)
        return !key.isEmpty && (key == ColumnMatcher.normalizedKey(id) || key == ColumnMatcher.normalizedKey(name))
    }

    /// Whether `category` is `target` or lies below it.
    func category(_ category: CategoryID, isWithin target: CategoryID) -> Bool {
        guard let catalogue, catalogue.contains(category) else { return category == target }
        return catalogue.isWithin(category, target)
    }

    /// The first keyword that occurs in the title, comparing normalised forms.
    func firstKeyword(_ keywords: [String], in title: String) -> String? {
        let normalizedTitle = ColumnMatcher.normalizedKey(title)
        return keywords.first { keyword in
            let key = ColumnMatcher.normalizedKey(keyword)
            return !key.isEmpty && normalizedTitle.contains(key)
        }
    }

    /// Whether title keywords may be used for this candidate: its title contains no exclusion keyword, and its
    /// category is in the key area or its title contains one of the scope keywords.
    func inScope(
        _ candidate: ChecklistCandidate, area: KeyArea, scopeKeywords: [String], exclusionKeywords: [String]
    ) -> Bool {
        if firstKeyword(exclusionKeywords, in: candidate.title) != nil { return false }
        if let category = candidate.category, let catalogue, catalogue.keyArea(of: category) == area { return true }
        return firstKeyword(scopeKeywords, in: candidate.title) != nil
    }
}
