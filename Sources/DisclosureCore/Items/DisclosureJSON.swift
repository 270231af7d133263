public import Foundation

/// The canonical JSON form of items and reports: the encoders, decoders and JSON Lines helpers every tool uses.
///
/// Output is deterministic (keys sorted, no escaped slashes, UTF-8 Chinese as is) so that golden files and
/// content hashes stay stable across runs and platforms.
public enum DisclosureJSON {
    /// An encoder for one compact JSON object per line.
    public static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    /// An encoder for people: indented, keys sorted.
    public static func prettyEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys, .prettyPrinted]
        return encoder
    }

    /// Encodes a value as one line of JSON (no trailing newline).
    public static func line<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try lineEncoder().encode(value), as: UTF8.self)
    }

    /// Decodes JSON Lines: one value per non-blank line. A line that does not decode throws a
    /// ``JSONLinesError`` naming the line number and what was wrong.
    public static func decodeLines<T: Decodable>(_ type: T.Type, from text: String, file: String? = nil) throws -> [T] {
        let decoder = JSONDecoder()
        var values: [T] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            do {
                values.append(try decoder.decode(T.self, from: Data(trimmed.utf8)))
            } catch {
                throw JSONLinesError(file: file, line: index + 1, reason: Self.describe(error))
            }
        }
        return values
    }

    /// A short, readable account of a decoding error: the field path and what was expected.
    public static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty
                ? "the top level"
                : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(
                    separator: ".")
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            return "missing field \"\(key.stringValue)\" at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return "\(path(context.codingPath)): \(context.debugDescription)\(underlying)"
        @unknown default:
            return String(describing: decodingError)
        }
    }
}
