public import DisclosureCore
import GRDB

extension ArchiveSession {
    /// Inserts or replaces a disclosure request (依申请公开) of the register.
    public func save(_ request: DisclosureRequest) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO requests (id, receivedOn, json) VALUES (?, ?, ?)",
            arguments: [request.id, request.receipt.date.description, try json(request)])
    }

    /// The request with this id, if the register holds it.
    public func request(_ id: String) throws -> DisclosureRequest? {
        guard let text = try String.fetchOne(db, sql: "SELECT json FROM requests WHERE id = ?", arguments: [id])
        else { return nil }
        return try decode(DisclosureRequest.self, text, what: "request \(id)")
    }

    /// Every request of the register, by date of receipt then id.
    public func requests() throws -> [DisclosureRequest] {
        try String.fetchAll(db, sql: "SELECT json FROM requests ORDER BY receivedOn, id").map {
            try decode(DisclosureRequest.self, $0, what: "a request")
        }
    }
}
