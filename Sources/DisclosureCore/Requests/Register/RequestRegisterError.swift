/// Why a register file or one of its rows cannot be read: the file, the row, the column and the reason.
public struct RequestRegisterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as named by the caller.
    public var file: String
    /// The spreadsheet row (the header is row 1, the first request row 2); `nil` for the file as a whole.
    public var row: Int?
    /// The column concerned, by its header as written in the file, when one is.
    public var column: String?
    /// The request's id, when the row had one.
    public var requestID: String?
    /// Why, in a sentence for a person (for a refused event, the state machine's rule).
    public var reason: String

    /// Creates an error.
    public init(file: String, row: Int? = nil, column: String? = nil, requestID: String? = nil, reason: String) {
        self.file = file
        self.row = row
        self.column = column
        self.requestID = requestID
        self.reason = reason
    }

    /// One line: `register.csv: row 3, column 收到日期 (request 2021-002): …`.
    public var description: String {
        var place = file
        if let row { place += ": row \(row)" }
        if let column { place += row == nil ? ": column \(column)" : ", column \(column)" }
        if let requestID { place += " (request \(requestID))" }
        return "\(place): \(reason)"
    }
}
