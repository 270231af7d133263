import Foundation

/// A bureau's own settings for its OA exports, read from JSON: extra column labels for the fields.
///
/// ```json
/// { "synonyms": { "title": ["公文名称"], "documentNumber": ["字号"] }, "headerSearchRows": 20 }
/// ```
/// The keys of `synonyms` are ``OAField`` raw values. In a site profile the same object may sit under the key
/// `oaExport`; ``init(profileJSON:)`` accepts both.
public struct OAProfile: Hashable, Codable, Sendable {
    /// Extra labels per field, after the built-in ones.
    public var synonyms: [OAField: [String]]
    /// How many rows from the top are searched for the header row (20 when absent).
    public var headerSearchRows: Int?

    /// Creates a profile.
    public init(synonyms: [OAField: [String]] = [:], headerSearchRows: Int? = nil) {
        self.synonyms = synonyms
        self.headerSearchRows = headerSearchRows
    }

    private enum CodingKeys: String, CodingKey {
        case synonyms, headerSearchRows
    }

    private struct Wrapper: Decodable {
        var oaExport: OAProfile?
    }

    /// Decodes a profile; `synonyms` keys are field names (`title`, `documentNumber` …).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decodeIfPresent([String: [String]].self, forKey: .synonyms) ?? [:]
        var synonyms: [OAField: [String]] = [:]
        for (key, labels) in raw {
            guard let field = OAField(rawValue: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .synonyms, in: container,
                    debugDescription: "unknown field '\(key)'; known: "
                        + OAField.allCases.map(\.rawValue).joined(separator: ", "))
            }
            synonyms[field] = labels
        }
        self.synonyms = synonyms
        self.headerSearchRows = try container.decodeIfPresent(Int.self, forKey: .headerSearchRows)
    }

    /// Encodes a profile with field names as the `synonyms` keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var raw: [String: [String]] = [:]
        for (field, labels) in synonyms { raw[field.rawValue] = labels }
        try container.encode(raw, forKey: .synonyms)
        try container.encodeIfPresent(headerSearchRows, forKey: .headerSearchRows)
    }

    /// Reads a profile from JSON bytes: the object itself, or a site profile holding it under `oaExport`.
    /// A site profile without that key gives an empty profile.
    public init(profileJSON bytes: [UInt8]) throws {
        let decoder = JSONDecoder()
        if let wrapped = try? decoder.decode(Wrapper.self, from: Data(bytes)), let profile = wrapped.oaExport {
            self = profile
            return
        }
        self = try decoder.decode(OAProfile.self, from: Data(bytes))
    }
}
