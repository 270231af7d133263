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

    /// A statement prepared once per connection and reused: the archive's hot paths (saving an item, recording a
    /// source) run thousands of times in a migration, and parsing their SQL each time cost more than running it.
    func statement(_ sql: String) throws -> Statement {
        try db.cachedStatement(sql: sql)
    }

    /// Runs a cached statement (see ``statement(_:)``).
    func execute(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Runs `body` in a savepoint of the transaction: what it writes is kept when it returns `true`, and undone when
    /// it returns `false` or throws (the rest of the transaction is kept either way).
    public func savepoint(_ body: () throws -> Bool) throws {
        try db.inSavepoint { try body() ? .commit : .rollback }
    }

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
