/// Reads the rows of a request register kept in a spreadsheet (依申请公开登记台账) into requests.
///
/// The first row is the header; columns are found by ``RequestRegisterColumn`` headers in any order. Each later
/// row becomes one ``DisclosureRequest``: its receipt, then the events its date columns describe (supplement,
/// consultation, extension, fee, and the ending in 答复日期 + 处理结果), sorted by date and applied through
/// ``DisclosureRequest/apply(_:calendar:)``, so a register row obeys the same rules as the command line. A bad row
/// throws a ``RequestRegisterError`` naming its row and column and does not affect the other rows.
///
/// Dates may be written `2021-03-01`, `2021/3/1`, `2021.3.1` or `2021年3月1日`; an empty cell is an absent value.
public struct RequestRegisterReader: Sendable {
    /// The file, as named in errors.
    public let file: String
    /// The position of each recognised column in a row.
    public let positions: [RequestRegisterColumn: Int]
    /// The header as written, per recognised column (quoted in errors).
    public let headers: [RequestRegisterColumn: String]
    /// Headers the reader does not know; their cells are ignored.
    public let ignoredHeaders: [String]

    /// Reads the header row; throws when a required column is missing or a column appears twice.
    public init(header: [String], file: String) throws(RequestRegisterError) {
        self.file = file
        var positions: [RequestRegisterColumn: Int] = [:]
        var headers: [RequestRegisterColumn: String] = [:]
        var ignored: [String] = []
        for (index, text) in header.enumerated() {
            guard let column = RequestRegisterColumn(header: text) else {
                let name = RequestRegisterVocabulary.trimmed(text)
                if !name.isEmpty { ignored.append(name) }
                continue
            }
            if let earlier = headers[column] {
                throw RequestRegisterError(
                    file: file, row: 1, column: RequestRegisterVocabulary.trimmed(text),
                    reason: "the column \(column.header) appears twice (also as \(earlier))")
            }
            positions[column] = index
            headers[column] = RequestRegisterVocabulary.trimmed(text)
        }
        let missing = RequestRegisterColumn.allCases.filter { $0.isRequired && positions[$0] == nil }
        guard missing.isEmpty else {
            throw RequestRegisterError(
                file: file, row: 1,
                reason: "missing the required column(s) " + missing.map(\.header).joined(separator: ", ")
                    + " (headers found: " + header.map(RequestRegisterVocabulary.trimmed).joined(separator: ", ") + ")")
        }
        self.positions = positions
        self.headers = headers
        self.ignoredHeaders = ignored
    }

    /// The request a row describes, after applying its events with `calendar`.
    /// - Parameters:
    ///   - cells: The row's cells in file order.
    ///   - row: The spreadsheet row number (the header is row 1), quoted in errors.
    ///   - calendar: The working-day calendar the rules are checked with.
    public func request(
        from cells: [String], row: Int, calendar: WorkingDayCalendar
    ) throws(RequestRegisterError) -> DisclosureRequest {
        let cells = RowCells(reader: self, cells: cells, row: row)
        let id = try cells.required(.id)
        func fail(_ column: RequestRegisterColumn?, _ reason: String) -> RequestRegisterError {
            RequestRegisterError(
                file: file, row: row, column: column.map { headers[$0] ?? $0.header }, requestID: id, reason: reason)
        }
        let received = try cells.requiredDate(.received, id: id)
        let channelText = try cells.required(.channel, id: id)
        guard let channel = RequestRegisterVocabulary.channel(channelText) else {
            throw fail(.channel, "\"\(channelText)\" is not a channel (当面, 挂号信, 平信, 网络, 传真 or 其他)")
        }
        let applicantText = try cells.required(.applicant, id: id)
        guard let applicant = RequestRegisterVocabulary.applicant(applicantText) else {
            throw fail(
                .applicant, "\"\(applicantText)\" is not an applicant type (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构 or 其他)")
        }
        let subject = try cells.required(.subject, id: id)
        let submitted = try cells.date(.submitted, id: id)
        if let submitted, submitted > received {
            throw fail(.submitted, "submitted on \(submitted), after the receipt date \(received)")
        }
        var request = DisclosureRequest(
            id: id, receipt: RequestReceipt(channel: channel, date: received, submittedOn: submitted),
            applicantType: applicant, subject: subject)

        // The events the row describes, each with the column that dates it.
        var events: [(event: RequestEvent, column: RequestRegisterColumn)] = []
        if let on = try cells.date(.supplementRequested, id: id) {
            guard let replyBy = try cells.date(.supplementReplyBy, id: id) else {
                throw fail(.supplementReplyBy, "a supplement notice needs the date it gives the applicant (补正期限)")
            }
            events.append((.supplementRequested(on: on, replyBy: replyBy, what: ""), .supplementRequested))
        }
        if let on = try cells.date(.supplementReceived, id: id) {
            events.append((.supplementReceived(on: on), .supplementReceived))
        }
        if let on = try cells.date(.consultationStarted, id: id) {
            let party = cells.text(.consultationParty) ?? ""
            guard !party.isEmpty else { throw fail(.consultationParty, "a consultation needs the party consulted") }
            events.append((.consultationStarted(on: on, party: party), .consultationStarted))
        }
        if let on = try cells.date(.consultationEnded, id: id) {
            events.append((.consultationEnded(on: on), .consultationEnded))
        }
        if let on = try cells.date(.extended, id: id) {
            guard let text = cells.text(.extensionDays), let days = Int(text) else {
                throw fail(.extensionDays, "an extension needs its working days as a whole number (1 to 20)")
            }
            let approver = cells.text(.extensionApprover) ?? ""
            events.append((.extended(on: on, workingDays: days, approvedBy: approver), .extended))
        }
        if let on = try cells.date(.feeNoticed, id: id) {
            guard let text = cells.text(.feeAmount), let amount = Int(text.replacingYuan()) else {
                throw fail(.feeAmount, "a fee notice needs its amount in whole 元")
            }
            events.append((.feeNoticed(on: on, amount: amount), .feeNoticed))
        }
        if let on = try cells.date(.feePaid, id: id) {
            events.append((.feePaid(on: on), .feePaid))
        }
        let closed = try cells.date(.closed, id: id)
        let outcomeText = cells.text(.outcome)
        switch (closed, outcomeText) {
        case (let on?, let text?):
            guard let ending = RequestRegisterVocabulary.ending(text) else {
                throw fail(
                    .outcome, "\"\(text)\" names no single outcome; write \(RequestRegisterVocabulary.endingHint)")
            }
            events.append((ending.event(on: on), .closed))
        case (let on?, nil):
            throw fail(.outcome, "the request closed on \(on) but 处理结果 is empty")
        case (nil, let text?):
            throw fail(.closed, "处理结果 is \"\(text)\" but the date it closed (答复日期) is empty")
        case (nil, nil):
            break
        }
        // Stable by date: same-day events keep the order of the process (a supplement before the reply).
        let ordered = events.enumerated().sorted {
            ($0.element.event.date, $0.offset) < ($1.element.event.date, $1.offset)
        }
        for (_, entry) in ordered {
            do {
                try request.apply(entry.event, calendar: calendar)
            } catch {
                throw fail(
                    entry.column, "\(error.code): \(entry.event.name) on \(entry.event.date) refused: \(error.reason)")
            }
        }
        return request
    }
}

extension RequestRegisterReader {
    /// The cells of one row, looked up by column, with errors that name the row and column.
    private struct RowCells {
        let reader: RequestRegisterReader
        let cells: [String]
        let row: Int

        /// The trimmed text of a column, `nil` when the column is absent or the cell empty.
        func text(_ column: RequestRegisterColumn) -> String? {
            guard let index = reader.positions[column], index < cells.count else { return nil }
            let text = RequestRegisterVocabulary.trimmed(cells[index])
            return text.isEmpty ? nil : text
        }

        func error(_ column: RequestRegisterColumn, id: String?, _ reason: String) -> RequestRegisterError {
            RequestRegisterError(
                file: reader.file, row: row, column: reader.headers[column] ?? column.header, requestID: id,
                reason: reason)
        }

        /// The text of a required column, or an error naming it.
        func required(_ column: RequestRegisterColumn, id: String? = nil) throws(RequestRegisterError) -> String {
            guard let text = text(column) else { throw error(column, id: id, "the cell is empty") }
            return text
        }

        /// The date in a required column, or an error naming it.
        func requiredDate(_ column: RequestRegisterColumn, id: String) throws(RequestRegisterError) -> CivilDate {
            guard let date = try date(column, id: id) else { throw error(column, id: id, "the cell is empty") }
            return date
        }

        /// The date in a column, `nil` when the cell is empty, or an error naming the column.
        func date(_ column: RequestRegisterColumn, id: String) throws(RequestRegisterError) -> CivilDate? {
            guard let text = text(column) else { return nil }
            if let date = CivilDate(iso: text) { return date }
            do {
                let value = try LegacyDateParser(plausibleYears: 1990...2100).parse(text)
                return value.date
            } catch {
                throw self.error(column, id: id, "not a date: \(error.reason) (write YYYY-MM-DD)")
            }
        }
    }
}

extension String {
    /// The text without a trailing `元` (and spaces), for amounts written `100元`.
    fileprivate func replacingYuan() -> String {
        var text = self
        if text.hasSuffix("元") { text.removeLast() }
        return RequestRegisterVocabulary.trimmed(text)
    }
}
