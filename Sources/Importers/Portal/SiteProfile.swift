public import DisclosureCore
import Foundation

/// A site's own rules for the portal importer, read from a JSON file: XPath selectors per field, extra label
/// synonyms, the column mapping, and the site-name suffixes to strip from `<title>`.
///
/// Heuristics read most legacy pages; a profile fixes the sites they get wrong. Every key is optional:
///
/// ```json
/// {
///   "site": "勐海县教育局",
///   "titleSuffixes": ["_勐海县教育局", " - 勐海县人民政府"],
///   "selectors": { "title": "//div[@class='bt']", "body": "//div[@id='nr']", "publishedAt": "//span[@class='rq']" },
///   "labelSynonyms": { "印发时间": "writtenAt", "发稿单位": "publisher" },
///   "columnMapping": { "overrides": { "教育信息": "work-news" } }
/// }
/// ```
///
/// A selector's first matching node gives the field's text (an attribute node gives its value); for `body` and
/// `breadcrumb` the node itself is used. Selectors are tried before every heuristic; when a selector matches
/// nothing, the heuristics run as usual.
public struct SiteProfile: Hashable, Codable, Sendable {
    /// The site's name (站点名称), used to strip `<title>` suffixes and to recognise 本站 sources.
    public var site: String?
    /// Suffixes (or prefixes) of `<title>` that name the site, stripped when the title comes from `<title>`.
    public var titleSuffixes: [String]
    /// XPath selectors by field.
    public var selectors: [PortalField: String]
    /// Extra metadata labels and the field each names (`"印发时间": "writtenAt"`).
    public var labelSynonyms: [String: PortalField]
    /// The site's legacy columns mapped onto the catalogue (added to the run's mapping; the profile wins).
    public var columnMapping: ColumnMapping?
    /// The site root, used to resolve links when a page's own address is unknown.
    public var baseURL: String?

    /// Creates a profile.
    public init(
        site: String? = nil, titleSuffixes: [String] = [], selectors: [PortalField: String] = [:],
        labelSynonyms: [String: PortalField] = [:], columnMapping: ColumnMapping? = nil, baseURL: String? = nil
    ) {
        self.site = site
        self.titleSuffixes = titleSuffixes
        self.selectors = selectors
        self.labelSynonyms = labelSynonyms
        self.columnMapping = columnMapping
        self.baseURL = baseURL
    }

    private enum CodingKeys: String, CodingKey {
        case site, titleSuffixes, selectors, labelSynonyms, columnMapping, baseURL
    }

    /// Decodes a profile; every key is optional, and a field name no importer knows is an error naming it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        site = try container.decodeIfPresent(String.self, forKey: .site)
        titleSuffixes = try container.decodeIfPresent([String].self, forKey: .titleSuffixes) ?? []
        let rawSelectors = try container.decodeIfPresent([String: String].self, forKey: .selectors) ?? [:]
        selectors = try Self.fields(rawSelectors, key: .selectors, in: container)
        let rawSynonyms = try container.decodeIfPresent([String: String].self, forKey: .labelSynonyms) ?? [:]
        var synonyms: [String: PortalField] = [:]
        for (label, name) in rawSynonyms {
            guard let field = PortalField(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .labelSynonyms, in: container,
                    debugDescription: "the label '\(label)' names '\(name)', which is not a portal field")
            }
            synonyms[label] = field
        }
        labelSynonyms = synonyms
        columnMapping = try container.decodeIfPresent(ColumnMapping.self, forKey: .columnMapping)
        baseURL = try container.decodeIfPresent(String.self, forKey: .baseURL)
    }

    /// Encodes the profile with field names as keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(site, forKey: .site)
        if !titleSuffixes.isEmpty { try container.encode(titleSuffixes, forKey: .titleSuffixes) }
        if !selectors.isEmpty {
            try container.encode(
                Dictionary(uniqueKeysWithValues: selectors.map { ($0.key.rawValue, $0.value) }), forKey: .selectors)
        }
        if !labelSynonyms.isEmpty {
            try container.encode(labelSynonyms.mapValues(\.rawValue), forKey: .labelSynonyms)
        }
        try container.encodeIfPresent(columnMapping, forKey: .columnMapping)
        try container.encodeIfPresent(baseURL, forKey: .baseURL)
    }

    private static func fields(
        _ raw: [String: String], key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>
    ) throws -> [PortalField: String] {
        var result: [PortalField: String] = [:]
        for (name, value) in raw {
            guard let field = PortalField(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "'\(name)' is not a portal field")
            }
            result[field] = value
        }
        return result
    }

    // MARK: - Loading

    /// Reads a profile from JSON bytes; the error names what is wrong and where.
    public static func load(_ bytes: [UInt8]) throws -> SiteProfile {
        try JSONDecoder().decode(SiteProfile.self, from: Data(bytes))
    }
}
