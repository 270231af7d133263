internal import Foundation

/// Maps legacy column names (栏目名称) found on a portal — a `ColumnName` meta, a breadcrumb, a list-page heading —
/// to catalogue nodes, saying how each was matched and guessing nothing.
///
/// The steps, for the whole text and then (if nothing matched) for the last breadcrumb segment that names a
/// column:
/// 1. an override of the ``ColumnMapping``, exactly;
/// 2. a node's name, exactly;
/// 3. a node's synonym or a synonym added by the mapping, exactly;
/// 4. an override, then a name or synonym, after ``normalizedKey(_:)``.
///
/// A term that belongs to two nodes at the step where it matches is ambiguous: the text maps to nothing
/// (``Catalogue/lint()`` reports such terms). Built once from a catalogue and a mapping; immutable and `Sendable`.
/// Derived from its inputs, so it is not itself `Codable`: store the ``ColumnMapping``.
public struct ColumnMatcher: Sendable {
    private struct Entry: Hashable, Sendable {
        var category: CategoryID
        var term: String
    }

    private enum Lookup {
        case none
        case unique(Entry)
        case ambiguous
    }

    /// The catalogue the matcher maps into.
    public let catalogue: Catalogue
    /// The site's mapping.
    public let mapping: ColumnMapping

    private let exactOverrides: [String: [Entry]]
    private let normalizedOverrides: [String: [Entry]]
    private let names: [String: [Entry]]
    private let synonyms: [String: [Entry]]
    private let normalizedTerms: [String: [Entry]]
    private let ignoredSegmentKeys: Set<String>

    /// Builds a matcher; throws a ``CatalogueError`` when the mapping names a node the catalogue lacks.
    public init(catalogue: Catalogue, mapping: ColumnMapping = ColumnMapping()) throws {
        for (column, target) in mapping.overrides.sorted(by: { $0.key < $1.key }) where !catalogue.contains(target) {
            throw CatalogueError(
                .unknownMappingTarget, category: target,
                message: "the override for '\(column)' names '\(target.rawValue)', which is not in the catalogue")
        }
        for target in mapping.synonyms.keys.sorted() where !catalogue.contains(target) {
            throw CatalogueError(
                .unknownMappingTarget, category: target,
                message: "extra synonyms are given for '\(target.rawValue)', which is not in the catalogue")
        }
        var exactOverrides: [String: [Entry]] = [:]
        var normalizedOverrides: [String: [Entry]] = [:]
        for (column, target) in mapping.overrides {
            let entry = Entry(category: target, term: column)
            exactOverrides[ColumnMatcher.trimmed(column), default: []].append(entry)
            normalizedOverrides[ColumnMatcher.normalizedKey(column), default: []].append(entry)
        }
        var names: [String: [Entry]] = [:]
        var synonyms: [String: [Entry]] = [:]
        var normalizedTerms: [String: [Entry]] = [:]
        for category in catalogue.categories {
            names[ColumnMatcher.trimmed(category.name), default: []].append(
                Entry(category: category.id, term: category.name))
            let extra = mapping.synonyms[category.id] ?? []
            for synonym in category.synonyms + extra {
                synonyms[ColumnMatcher.trimmed(synonym), default: []].append(
                    Entry(category: category.id, term: synonym))
            }
            for term in [category.name] + category.synonyms + extra {
                normalizedTerms[ColumnMatcher.normalizedKey(term), default: []].append(
                    Entry(category: category.id, term: term))
            }
        }
        self.catalogue = catalogue
        self.mapping = mapping
        self.exactOverrides = exactOverrides
        self.normalizedOverrides = normalizedOverrides
        self.names = names
        self.synonyms = synonyms
        self.normalizedTerms = normalizedTerms
        self.ignoredSegmentKeys = Set(mapping.ignoredTrailingSegments.map(ColumnMatcher.normalizedKey))
    }

    /// The node a legacy column text maps to and how, or nil when nothing matches or the match is ambiguous.
    public func match(_ column: String) -> ColumnMatch? {
        switch matchTerm(column) {
        case .unique(let match): return match
        case .ambiguous: return nil
        case .none: break
        }
        let segments = breadcrumbSegments(column)
        guard segments.count > 1 || (segments.count == 1 && segments[0] != ColumnMatcher.trimmed(column)) else {
            return nil
        }
        guard let last = segments.last(where: { !ignoredSegmentKeys.contains(ColumnMatcher.normalizedKey($0)) })
        else { return nil }
        guard case .unique(var match) = matchTerm(last) else { return nil }
        match.breadcrumbSegment = last
        return match
    }

    /// The segments of a breadcrumb, trimmed, empty ones dropped: `首页 > 信息公开 > 政策解读` → three segments.
    public func breadcrumbSegments(_ text: String) -> [String] {
        var pieces = [text]
        for separator in mapping.breadcrumbSeparators where !separator.isEmpty {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.map(ColumnMatcher.trimmed).filter { !$0.isEmpty }
    }

    // MARK: - Steps

    private enum TermResult {
        case none
        case unique(ColumnMatch)
        case ambiguous
    }

    private func matchTerm(_ text: String) -> TermResult {
        let exact = ColumnMatcher.trimmed(text)
        guard !exact.isEmpty else { return .none }
        let key = ColumnMatcher.normalizedKey(exact)
        let steps: [(index: [String: [Entry]], key: String, method: ColumnMatch.Method)] = [
            (exactOverrides, exact, .override),
            (names, exact, .exactName),
            (synonyms, exact, .synonym),
            (normalizedOverrides, key, .override),
            (normalizedTerms, key, .normalized),
        ]
        for step in steps {
            switch ColumnMatcher.lookup(step.key, in: step.index) {
            case .none: continue
            case .ambiguous: return .ambiguous
            case .unique(let entry):
                return .unique(ColumnMatch(category: entry.category, method: step.method, term: entry.term))
            }
        }
        return .none
    }

    private static func lookup(_ key: String, in index: [String: [Entry]]) -> Lookup {
        guard !key.isEmpty, let entries = index[key], let first = entries.first else { return .none }
        return entries.allSatisfy({ $0.category == first.category }) ? .unique(first) : .ambiguous
    }

    // MARK: - Normalisation

    /// The comparison key of a column text: NFKC-folded (full-width letters, digits and spaces become ASCII),
    /// with every whitespace, control, format, punctuation and symbol character removed, and lowercased.
    ///
    /// `【通 知 公 告】`, `通知·公告` and `通知公告　` all give `通知公告`.
    public static func normalizedKey(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        var kept = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
                .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation,
                .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                continue
            default:
                kept.append(scalar)
            }
        }
        return String(kept).lowercased()
    }

    private static func trimmed(_ text: some StringProtocol) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension Catalogue {
    /// Maps one legacy column text to a node with this catalogue's names and synonyms and no site mapping.
    ///
    /// Builds a ``ColumnMatcher`` each call: build one yourself to map many columns.
    public func matchColumn(_ column: String) -> ColumnMatch? {
        // A matcher without a mapping cannot fail to build: there are no targets to check.
        (try? ColumnMatcher(catalogue: self))?.match(column)
    }
}
