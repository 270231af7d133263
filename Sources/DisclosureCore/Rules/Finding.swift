/// A rule's verdict on an item or a set of items: how serious, which rule, which item and field, and why.
public struct Finding: Hashable, Codable, Sendable, CustomStringConvertible {
    /// How serious it is: an `error` blocks release (and makes `disclosure check` exit 1).
    public var severity: Severity
    /// The rule that produced it, e.g. `release.review-missing`.
    public var code: String
    /// The item concerned (absent for findings about a whole set).
    public var itemID: ItemID?
    /// The canonical field concerned, e.g. `documentNumber`.
    public var field: String?
    /// A sentence for a person, with the values involved.
    public var message: String

    /// Creates a finding.
    public init(_ severity: Severity, code: String, itemID: ItemID? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.code = code
        self.itemID = itemID
        self.field = field
        self.message = message
    }

    /// `severity[code] item field: message`.
    public var description: String {
        var place = itemID?.rawValue ?? ""
        if let field { place += place.isEmpty ? field : " \(field)" }
        return place.isEmpty
            ? "\(severity.rawValue)[\(code)]: \(message)" : "\(severity.rawValue)[\(code)] \(place): \(message)"
    }
}
