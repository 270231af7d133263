import DisclosureCore
import Foundation
import GRDB

/// Access to the archive inside one transaction (see ``DisclosureArchive/write(_:)`` and
/// ``DisclosureArchive/read(_:)``). Valid only inside the closure it was given to.
public struct ArchiveSession {
    let db: Database
    let path: String

    static let encoder = DisclosureJSON.lineEncoder()
    static let decoder = JSONDecoder()

    func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try Self.encoder.encode(value), as: UTF8.self)
    }

    func decode<T: Decodable>(_ type: T.Type, _ text: String, what: String) throws -> T {
        do {
            return try Self.decoder.decode(T.self, from: Data(text.utf8))
        } catch {
            throw ArchiveError(
                code: "archive.corrupt-row", path: path,
                message: "\(what) could not be decoded: \(DisclosureJSON.describe(error))")
        }
    }
}
