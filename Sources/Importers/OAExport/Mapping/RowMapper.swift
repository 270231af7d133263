import DisclosureCore

/// Turns one data row into an item or a row error, by the column map of its register.
///
/// Values the mapper cannot interpret (a date it cannot read, a 文号 it cannot parse, an unknown 公开属性) are
/// kept verbatim in `extraFields` under their column label, with a diagnostic naming file, row and column.
struct RowMapper: Sendable {
    /// The importer identifier recorded in provenance (`oa-csv` …).
    var importer: String
    /// The source file as given.
    var file: String
    /// The encoding the file was decoded with.
    var encoding: String?
    /// The column map.
    var columns: ColumnMap
    /// The worksheet, for workbooks with several: kept in `extraFields["工作表"]`, part of the id key and of
    /// the column names in diagnostics.
    var sheet: String?
    /// The date parser (no context year: register dates carry their year).
    var dates = LegacyDateParser()

    /// The record for a row that is not blank.
    func map(_ row: TabularRow) -> OARecord {
        let hash = SHA256Digest.hex(of: row.cells.joined(separator: "\u{1F}"))
        var provenance = SourceRecord(
            importer: importer, file: file, row: row.number, contentHash: hash, encoding: encoding)
        var extras: [String: String] = [:]
        if let sheet { extras["工作表"] = sheet }
        let sheetPrefix = sheet.map { "\($0)!" } ?? ""
        var diagnostics: [Diagnostic] = []

        // Cells of unmapped columns, and cells to the right of the header, are kept as they are.
        for (index, raw) in row.cells.enumerated() {
            let value = HeaderLabel.trimmed(raw)
            guard !value.isEmpty else { continue }
            if let column = columns.columns[index] {
                if column.field == nil || column.field?.isKeptAsExtra == true { extras[column.extraKey] = value }
            } else {
                extras["column \(TabularRow.columnLetter(index))"] = value
            }
        }

        func value(_ field: OAField) -> String? {
            guard let index = columns.fieldColumns[field] else { return nil }
            let text = HeaderLabel.trimmed(row.cell(index))
            return text.isEmpty ? nil : text
        }
        func note(_ severity: Severity, _ code: String, _ field: OAField, _ itemField: String, _ message: String) {
            diagnostics.append(
                Diagnostic(
                    severity, code: code, message: message, file: file, line: row.number,
                    element: columns.column(for: field).map { sheetPrefix + $0.diagnosticName }, field: itemField))
        }
        func keepRaw(_ field: OAField, _ text: String) {
            if let column = columns.column(for: field) { extras[column.extraKey] = text }
        }

        provenance.legacyID = value(.legacyID)
        guard let rawTitle = value(.title), !HeaderLabel.singleLine(rawTitle).isEmpty else {
            // Nothing of a rejected row is lost: every non-empty cell is kept under its column label.
            for (index, column) in columns.columns {
                let text = HeaderLabel.trimmed(row.cell(index))
                if !text.isEmpty { extras[column.extraKey] = text }
            }
            provenance.extraFields = extras.isEmpty ? nil : extras
            let column = columns.column(for: .title)
            let diagnostic = Diagnostic(
                .error, code: "oa.title-missing",
                message: "the row has no 标题 (title); it is not imported as an item", file: file, line: row.number,
                element: column.map { sheetPrefix + $0.diagnosticName }, field: "title")
            return .rowError(OARowError(diagnostic: diagnostic, provenance: provenance))
        }
        let title = HeaderLabel.singleLine(rawTitle)

        var documentNumber: DocumentNumber?
        if let text = value(.documentNumber) {
            do {
                documentNumber = try DocumentNumber(parsing: HeaderLabel.singleLine(text))
            } catch {
                keepRaw(.documentNumber, text)
                note(.warning, "oa.document-number-unparseable", .documentNumber, "documentNumber", "\(error)")
            }
        }
        let key = documentNumber.map { "文号:\($0.normalized)" } ?? "\(file)#\(sheetPrefix)\(row.number)#\(title)"
        var item = DisclosureItem(id: .derived(from: key), title: title)
        item.documentNumber = documentNumber
        item.sourceFile = file
        item.row = row.number
        item.encoding = encoding

        for field in [OAField.writtenAt, .publishedAt] {
            guard let text = value(field) else { continue }
            switch readDate(text) {
            case .success(let date):
                if field == .writtenAt { item.writtenAt = date } else { item.publishedAt = date }
            case .failure(let reason):
                keepRaw(field, text)
                note(.warning, "oa.date-unparseable", field, field.rawValue, reason)
            }
        }
        item.publisher = value(.publisher).map(HeaderLabel.singleLine)
        item.summary = value(.summary)
        item.keywords = value(.keywords).map { Self.split($0, by: " ,，、;；\n\r\t") } ?? []
        item.themes = value(.themes).map { Self.split($0, by: ",，、;；\n\r") } ?? []
        item.attachments = value(.attachments).map { Self.attachments(in: $0) } ?? []
        if let kind = value(.kind) {
            item.kind = DocumentKind(rawValue: HeaderLabel.singleLine(kind))
        } else {
            item.kind = DocumentKind.officialType(inTitle: title)
        }
        if let index = value(.indexNumber) { item.indexNumber = IndexNumber(rawValue: index) }
        if let text = value(.validity) {
            if let validity = Validity(label: text) {
                item.validity = validity
            } else {
                keepRaw(.validity, text)
                note(.info, "oa.validity-unrecognised", .validity, "validity", "有效性 '\(text)' is not recognised")
            }
        }
        let responsibility = Responsibility(
            producer: value(.producer), reviewer: value(.reviewer), accountable: value(.accountable))
        item.responsibility = responsibility.isEmpty ? nil : responsibility

        decideAttribute(&item, value: value, note: note, keepRaw: keepRaw)

        provenance.extraFields = extras.isEmpty ? nil : extras
        item.provenance = [provenance]
        item.diagnostics = diagnostics
        return .item(item)
    }

    // MARK: - 公开属性 and 密级

    /// Sets attribute, ground and reason. A 密级 or a 不予公开/依申请公开 marking always wins over 主动公开; the
    /// review is never set here, so nothing imported is releasable until a person reviews it.
    private func decideAttribute(
        _ item: inout DisclosureItem, value: (OAField) -> String?,
        note: (Severity, String, OAField, String, String) -> Void, keepRaw: (OAField, String) -> Void
    ) {
        let reasonColumn = value(.exemptionReason)
        var declared: DisclosureAttribute?
        var inlineReason: String?
        if let text = value(.attribute) {
            if let parsed = Self.attribute(text) {
                declared = parsed.attribute
                inlineReason = parsed.reason
            } else {
                keepRaw(.attribute, text)
                note(
                    .warning, "oa.attribute-unrecognised", .attribute, "attribute",
                    "公开属性 '\(text)' is none of 主动公开/依申请公开/不予公开; the item is left undecided (not public)")
            }
        }
        let reason = reasonColumn ?? inlineReason
        let secrecy = value(.secrecy).map(SecrecyLevel.init) ?? SecrecyLevel.none
        switch secrecy {
        case .none:
            item.attribute = declared
            if declared == .exempt {
                item.exemptionReason = reason
                item.exemptionGround = reason.flatMap(ExemptionGroundMatcher.ground(in:))
            } else if declared == .onRequest {
                item.exemptionReason = reason
            }
        case .stateSecret(let level, let period):
            let marking = "密级：\(level)" + ((period ?? value(.secrecyPeriod)).map { "★\($0)" } ?? "")
            item.attribute = .exempt
            item.exemptionReason = reason.map { "\($0)（\(marking)）" } ?? marking
            item.exemptionGround = reason.flatMap(ExemptionGroundMatcher.ground(in:)) ?? .stateSecret
            if declared == .proactive || declared == .onRequest {
                note(
                    .warning, "oa.secrecy-overrides-attribute", .attribute, "attribute",
                    "the row is marked \(level) but 公开属性 says \(declared?.chineseLabel ?? ""); imported as 不予公开")
            }
        case .restricted(let marking):
            item.attribute = declared == .onRequest ? .onRequest : .exempt
            item.exemptionReason = reason.map { "\($0)（密级：\(marking)）" } ?? "密级：\(marking)"
            item.exemptionGround = reason.flatMap(ExemptionGroundMatcher.ground(in:))
            note(
                .warning, "oa.secrecy-restricted", .secrecy, "attribute",
                "密级 '\(marking)' is not a state-secret level; the item is imported as "
                    + "\(item.attribute?.chineseLabel ?? "") and must be reviewed")
        }
    }

    /// Reads a 公开属性 cell: a label alone, or a label followed by a reason (`不予公开（涉及个人隐私）`).
    static func attribute(_ text: String) -> (attribute: DisclosureAttribute, reason: String?)? {
        if let whole = DisclosureAttribute(label: text) { return (whole, nil) }
        let key = String(String.UnicodeScalarView(text.unicodeScalars.filter { !HeaderLabel.isSpace($0) }))
        let labels: [(String, DisclosureAttribute)] = [
            ("依申请公开", .onRequest), ("不予公开", .exempt), ("免予公开", .exempt), ("不公开", .exempt),
            ("主动公开", .proactive),
        ]
        for (label, attribute) in labels where key.hasPrefix(label) {
            let rest = key.dropFirst(label.count)
                .trimmingPrefix { "(（[【:：,，;；-—".contains($0) }
            let reason = String(rest.reversed().drop { ")）]】".contains($0) }.reversed())
            return (attribute, reason.isEmpty ? nil : reason)
        }
        return nil
    }

    // MARK: - Values

    private enum DateOutcome {
        case success(LocalDateTime)
        case failure(String)
    }

    /// A date cell: any legacy form, or an Excel serial number (a date column exported without its style).
    private func readDate(_ text: String) -> DateOutcome {
        do {
            return .success(try dates.parse(text))
        } catch {
            if let serial = Double(HeaderLabel.key(text)), serial >= 1, serial < 2_958_466,
                HeaderLabel.key(text).count <= 12,
                let date = ExcelDate.dateTime(serial: serial, uses1904: false)
            {
                return .success(date)
            }
            if HeaderLabel.key(text) == "60" {
                return .failure(
                    "Excel serial 60 is 1900-02-29, a day that does not exist (Excel's 1900 leap-year bug); "
                        + "the date must be checked by hand")
            }
            return .failure("\(error)")
        }
    }

    static func split(_ text: String, by separators: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) || $0 == "\u{3000}" })
            .map { HeaderLabel.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// File names listed in a 附件 cell: one per line or separated by `；`/`;`/`、`, numbering dropped.
    static func attachments(in text: String) -> [Attachment] {
        split(text, by: "\n\r;；、").compactMap { piece -> Attachment? in
            var name = Substring(piece)
            if name.hasPrefix("附件") { name = name.dropFirst(2).drop { $0.isNumber } }
            name = name.drop { $0.isNumber || "．.、:：)）(（ ".contains($0) }
            let trimmed = HeaderLabel.trimmed(String(name))
            return trimmed.isEmpty ? nil : Attachment(name: trimmed)
        }
    }
}
