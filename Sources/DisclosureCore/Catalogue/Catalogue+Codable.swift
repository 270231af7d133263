public import Foundation

/// The JSON form of a catalogue.
///
/// ```json
/// {
///   "formatVersion": 1,
///   "name": "勐海县教育局政府信息公开目录",
///   "categories": [
///     { "id": "budget", "name": "预算公开专栏", "synonyms": ["财政预决算"], "keyArea": "budget" },
///     { "id": "budget/special-funds", "parent": "budget", "name": "专项资金" }
///   ]
/// }
/// ```
///
/// - `formatVersion` (optional when reading, always written): 1.
/// - `name` (optional): the catalogue's name.
/// - `categories`: a flat list of ``Category`` objects; `parent` names another entry's `id`; siblings keep the
///   order of the list. Entries may come in any order (a child before its parent is fine).
///
/// Decoding validates like ``Catalogue/init(name:categories:)``: an unknown parent, a duplicate or malformed
/// identifier or a cycle fails with the ``CatalogueError`` as the underlying error.
extension Catalogue: Codable {
    /// The version of the JSON format this library writes and reads.
    public static let formatVersion = 1

    private enum CodingKeys: String, CodingKey {
        case formatVersion, name, categories
    }

    /// Decodes and validates a catalogue in the documented JSON format.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decodeIfPresent(Int.self, forKey: .formatVersion) ?? Catalogue.formatVersion
        guard version == Catalogue.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .formatVersion, in: container,
                debugDescription: "catalogue format version \(version) is not supported (this library reads 1)")
        }
        let name = try container.decodeIfPresent(String.self, forKey: .name)
        let categories = try container.decode([Category].self, forKey: .categories)
        do {
            try self.init(name: name, categories: categories)
        } catch let error as CatalogueError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath + [CodingKeys.categories], debugDescription: error.description,
                    underlyingError: error))
        }
    }

    /// Encodes the catalogue in the documented JSON format.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Catalogue.formatVersion, forKey: .formatVersion)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(categories, forKey: .categories)
    }

    /// Reads a catalogue from JSON; throws a ``CatalogueError`` (`catalogue.invalid-json` when the text is not
    /// the documented format, or the validation error naming the node at fault).
    public init(jsonData: Data) throws {
        do {
            self = try JSONDecoder().decode(Catalogue.self, from: jsonData)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, let underlying = context.underlyingError as? CatalogueError {
                throw underlying
            }
            throw CatalogueError(.invalidJSON, message: Catalogue.explain(error))
        }
    }

    /// The catalogue as pretty-printed JSON with sorted keys, so the output is stable under version control.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    private static func explain(_ error: DecodingError) -> String {
        func location(_ path: [any CodingKey]) -> String {
            path.isEmpty
                ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(location(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(location(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }
}
