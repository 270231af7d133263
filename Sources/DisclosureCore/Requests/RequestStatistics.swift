/// A year's request figures for table 三 of the annual report (收到和处理政府信息公开申请情况).
///
/// Built from a register of requests: `newReceived` counts requests received in the year; `carriedOver`
/// those received earlier and still open on 1 January; each outcome row those closed in the year; and
/// `carriedForward` those still open at the end of 31 December. So, per column,
/// newReceived + carriedOver = totalProcessed + carriedForward holds by construction.
public struct RequestStatistics: Hashable, Codable, Sendable {
    /// The statistics of reply times, in working days from receipt to reply (receipt day not counted).
    public struct ReplyTimes: Hashable, Codable, Sendable {
        /// The number of replies measured.
        public var count: Int
        /// The median, `nil` when nothing was measured.
        public var median: Double?
        /// The mean, `nil` when nothing was measured.
        public var average: Double?
        /// The longest, `nil` when nothing was measured.
        public var maximum: Int?

        /// Computes the figures from individual durations.
        public init(_ durations: [Int]) {
            let sorted = durations.sorted()
            count = sorted.count
            guard !sorted.isEmpty else { return }
            let middle = sorted.count / 2
            median = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            average = Double(sorted.reduce(0, +)) / Double(sorted.count)
            maximum = sorted.last
        }
    }

    /// The year reported on.
    public var year: Int
    /// The format of the table.
    public var edition: RequestTableEdition
    /// Row key → column key → count, with every row and column of the edition present (explicit 0s).
    public var table: [String: [String: Int]]
    /// Working days from receipt to reply, over the requests replied to in the year.
    public var replyTimes: ReplyTimes
    /// Requests that could not be measured or counted cleanly, e.g. a reply in a year the calendar lacks.
    public var diagnostics: [Diagnostic]

    /// Counts `requests` for `year`; the edition defaults to the one in force for that year.
    public init(
        year: Int, requests: [DisclosureRequest], calendar: WorkingDayCalendar, edition: RequestTableEdition? = nil
    ) {
        let edition = edition ?? .forYear(year)
        self.year = year
        self.edition = edition
        self.diagnostics = []
        var table: [String: [String: Int]] = [:]
        for row in edition.rowKeys {
            table[row] = Dictionary(uniqueKeysWithValues: RequestTableEdition.columnKeys.map { ($0, 0) })
        }
        func add(_ row: String, _ column: ApplicantType) {
            table[row, default: [:]][column.rawValue, default: 0] += 1
            table[row, default: [:]][ApplicantType.totalColumnKey, default: 0] += 1
        }
        guard let firstDay = CivilDate(year: year, month: 1, day: 1),
            let lastDay = CivilDate(year: year, month: 12, day: 31)
        else {
            self.table = table
            self.replyTimes = ReplyTimes([])
            return
        }
        var durations: [Int] = []
        for request in requests {
            let column = request.applicantType
            if request.receipt.date.year == year {
                add("newReceived", column)
            } else if request.isOpen(atEndOf: firstDay.adding(days: -1)) {
                add("carriedOver", column)
            } else {
                continue
            }
            if request.isOpen(atEndOf: lastDay) {
                add("carriedForward", column)
                continue
            }
            guard let outcome = request.outcome, let closed = request.closedOn else { continue }
            add(outcome.tableRow(in: edition), column)
            add("totalProcessed", column)
            if case .replied? = request.events.last {
                do {
                    durations.append(try calendar.workingDays(from: request.receipt.date, to: closed))
                } catch {
                    diagnostics.append(
                        Diagnostic(
                            .warning, code: "statistics.reply-time-unknown",
                            message: "request \(request.id): reply time not measured: \(error.description)",
                            field: "replyTimes"))
                }
            }
        }
        self.table = table
        self.replyTimes = ReplyTimes(durations)
    }

    /// The count in a cell; 0 for a row or column the edition does not have.
    public func count(row: String, column: String) -> Int { table[row]?[column] ?? 0 }

    /// The columns (keys) where newReceived + carriedOver ≠ totalProcessed + carriedForward, or where
    /// totalProcessed ≠ the sum of the outcome rows; empty when the table balances (勾稽关系).
    public var unbalancedColumns: [String] {
        RequestTableEdition.columnKeys.filter { column in
            let inflow = count(row: "newReceived", column: column) + count(row: "carriedOver", column: column)
            let processed = count(row: "totalProcessed", column: column)
            let outflow = processed + count(row: "carriedForward", column: column)
            let outcomes = edition.outcomeRowKeys.reduce(0) { $0 + count(row: $1, column: column) }
            return inflow != outflow || outcomes != processed
        }
    }
}
