import DisclosureCore

extension GenerationRun {
    /// One row of the register, composed.
    struct RegisterRow {
        var title: String
        var number: DocumentNumber
        var kind: String
        var urgency: String
        var secrecy: String?
        var attribute: DisclosureAttribute
        var reason: String?
        var drafter: String
        var office: String
        var written: CivilDate
        var signer: String
    }

    /// Whether a document written on a day goes to the first export (the old system, before July of the year).
    func inFirstExport(_ date: CivilDate) -> Bool {
        date.year < profile.year || date.month <= 6
    }

    /// Orders every numbered document by 成文日期 and gives each its row in its export.
    mutating func planRegister() {
        var entries: [(CivilDate, Int, RegisterEntry)] = []
        for (columnIndex, items) in plan.columns.enumerated() {
            for item in items where item.documentNumber != nil {
                entries.append((item.written!, item.legacyID, .item(column: columnIndex, ordinal: item.ordinal)))
            }
        }
        for (index, document) in plan.documents.enumerated() where document.documentNumber != nil {
            entries.append((document.written, 900_000 + index, .document(index)))
        }
        entries.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        registerEntries = entries.map(\.2)
        var firstRow = 0
        var secondRow = 0
        for (date, _, entry) in entries {
            let first = inFirstExport(date)
            let row: Int
            if first {
                firstRow += 1
                row = firstRow
            } else {
                secondRow += 1
                row = secondRow
            }
            let record = TruthOARecord(file: first ? Self.csvPath : Self.xlsPath, row: row)
            switch entry {
            case .item(let column, let ordinal): oaRecords[itemID(plan.item(column: column, ordinal: ordinal))] = record
            case .document(let index): oaRecords["oa-\(index + 1)"] = record
            }
        }
    }

    /// The ground truth of an OA-only document.
    func oaOnlyItem(_ index: Int) -> TruthItem {
        let document = plan.documents[index]
        let words = composer.document(index)
        var item = TruthItem(
            id: "oa-\(index + 1)", origin: "oa", title: words.title, attribute: words.attribute, countedInYear: false)
        item.kind = DocumentKind.officialType(inTitle: words.title)
        item.writtenAt = LocalDateTime(document.written)
        item.documentNumber = document.documentNumber
        item.publisher = ContentComposer.bureau
        item.exemptionReason = words.reason
        item.secrecy = words.secrecy
        item.oa = oaRecords[item.id]
        return item
    }

    /// The composed row of a register entry.
    func registerRow(_ entry: RegisterEntry) -> RegisterRow {
        var rng: SplitMix64
        let row: RegisterRow
        switch entry {
        case .item(let column, let ordinal):
            rng = plan.root.derived(SitePlan.Stream.oa.rawValue, UInt64(column), UInt64(ordinal))
            let item = plan.item(column: column, ordinal: ordinal)
            let content = composer.content(column: column, ordinal: ordinal)
            row = RegisterRow(
                title: content.title, number: item.documentNumber!,
                kind: content.kind == .normativeDocument ? "通知" : content.kind?.rawValue ?? "通知",
                urgency: "", secrecy: nil, attribute: .proactive, reason: nil,
                drafter: rng.pick(ContentVocabulary.plainNames), office: rng.pick(ContentVocabulary.offices),
                written: item.written!, signer: rng.pick(["岩温", "李建华", "周玉兰"]))
        case .document(let index):
            rng = plan.root.derived(SitePlan.Stream.oa.rawValue, 1_000, UInt64(index))
            let document = plan.documents[index]
            let words = composer.document(index)
            row = RegisterRow(
                title: words.title, number: document.documentNumber!,
                kind: DocumentKind.officialType(inTitle: words.title)?.rawValue ?? "通知",
                urgency: rng.chance(20) ? "加急" : "", secrecy: words.secrecy, attribute: words.attribute,
                reason: words.reason, drafter: rng.pick(ContentVocabulary.plainNames), office: words.office,
                written: document.written, signer: rng.pick(["岩温", "李建华", "周玉兰"]))
        }
        return row
    }

    static let headers = [
        "序号", "标题", "发文字号", "机关代字", "文件种类", "紧急程度", "密级", "保密期限", "公开属性", "不公开原因", "拟稿人",
        "拟稿部门", "拟稿日期", "签发人", "签发日期", "成文日期", "印发日期", "主送", "抄送", "附注",
    ]

    /// The cells of a row in header order; dates as `yyyy/m/d` for the CSV.
    func cells(_ row: RegisterRow, serial: Int, csv: Bool) -> [String] {
        func date(_ d: CivilDate) -> String { csv ? "\(d.year)/\(d.month)/\(d.day)" : "\(d)" }
        let parts = row.secrecy?.split(separator: "★").map(String.init) ?? []
        return [
            String(serial), row.title,
            csv
                ? row.number.normalized.replacingOccurrences("〔", "[").replacingOccurrences("〕", "]")
                : row.number.normalized,
            row.number.issuerCode, row.kind, row.urgency,
            csv ? (row.secrecy ?? "") : (parts.first ?? ""), csv ? "" : (parts.count > 1 ? parts[1] : ""),
            row.attribute.chineseLabel, row.reason ?? "", row.drafter, row.office, date(row.written.adding(days: -2)),
            row.signer, date(row.written), date(row.written), date(row.written.adding(days: 1)),
            "各乡（镇）中心学校、县直各学校", "县人民政府办公室", "",
        ]
    }

    /// Writes the two 发文 register exports; returns their records.
    mutating func writeRegister(into files: inout FileList) throws -> [TruthOAFile] {
        let firstRows = registerEntries.filter { inFirstExport(writtenDate($0)) }
        let secondRows = registerEntries.filter { !inFirstExport(writtenDate($0)) }

        var csv = "勐海县教育局发文登记簿（\(profile.year)年1月—6月）" + String(repeating: ",", count: Self.headers.count - 1) + "\r\n"
        csv += Self.headers.joined(separator: ",") + "\r\n"
        for (index, entry) in firstRows.enumerated() {
            csv +=
                cells(registerRow(entry), serial: index + 1, csv: true).map(Self.csvField).joined(separator: ",")
                + "\r\n"
        }
        try writer.write(TextEncoder.gbk(csv), to: Self.csvPath)
        try files.add(TruthFile(path: Self.csvPath, role: .oaExport, reason: "发文登记 CSV", encoding: "GB18030"))

        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
             <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
              <Author>OA办公平台</Author>
              <Created>\(profile.year + 1)-01-04T09:12:00Z</Created>
             </DocumentProperties>
             <Styles>
              <Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="宋体" ss:Size="11"/></Style>
              <Style ss:ID="title"><Font ss:FontName="宋体" ss:Size="16" ss:Bold="1"/></Style>
              <Style ss:ID="date"><NumberFormat ss:Format="yyyy/m/d"/></Style>
             </Styles>
             <Worksheet ss:Name="发文登记">
              <Table ss:ExpandedColumnCount="\(Self.headers.count)" ss:ExpandedRowCount="\(secondRows.count + 2)" x:FullColumns="1" x:FullRows="1">
               <Row><Cell ss:MergeAcross="\(Self.headers.count - 1)" ss:StyleID="title"><Data ss:Type="String">勐海县教育局发文登记（\(profile.year)年7月—12月）</Data></Cell></Row>

            """
        xml +=
            "   <Row>" + Self.headers.map { "<Cell><Data ss:Type=\"String\">\($0)</Data></Cell>" }.joined() + "</Row>\n"
        let dateColumns: Set<Int> = [12, 14, 15, 16]
        for (index, entry) in secondRows.enumerated() {
            xml += "   <Row>"
            for (column, cell) in cells(registerRow(entry), serial: index + 1, csv: false).enumerated() {
                if column == 0 {
                    xml += "<Cell><Data ss:Type=\"Number\">\(cell)</Data></Cell>"
                } else if dateColumns.contains(column) {
                    xml += "<Cell ss:StyleID=\"date\"><Data ss:Type=\"DateTime\">\(cell)T00:00:00.000</Data></Cell>"
                } else if cell.isEmpty {
                    xml += "<Cell/>"
                } else {
                    xml += "<Cell><Data ss:Type=\"String\">\(BodyRenderer.escape(cell))</Data></Cell>"
                }
            }
            xml += "</Row>\n"
        }
        xml += "  </Table>\n </Worksheet>\n</Workbook>\n"
        try writer.write(Array(xml.utf8), to: Self.xlsPath)
        try files.add(
            TruthFile(path: Self.xlsPath, role: .oaExport, reason: "发文登记 SpreadsheetML 2003", encoding: "UTF-8"))
        return [
            TruthOAFile(path: Self.csvPath, format: "csv", encoding: "GB18030", rows: firstRows.count),
            TruthOAFile(path: Self.xlsPath, format: "spreadsheetml-2003", encoding: "UTF-8", rows: secondRows.count),
        ]
    }

    func writtenDate(_ entry: RegisterEntry) -> CivilDate {
        switch entry {
        case .item(let column, let ordinal): plan.item(column: column, ordinal: ordinal).written!
        case .document(let index): plan.documents[index].written
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences("\"", "\"\"") + "\""
    }

    // MARK: - File platform

    /// Writes a 永硕E盘-style folder listing of the year's attachments; returns its entries.
    mutating func writeFilePlatform(into files: inout FileList) throws -> [TruthIndexedFile] {
        var entries: [TruthIndexedFile] = []
        var rng = plan.root.derived(SitePlan.Stream.assets.rawValue, 3)
        for (columnIndex, column) in profile.columns.enumerated() {
            for item in plan.columns[columnIndex] where item.attachmentCount > 0 && item.documentNumber != nil {
                let content = composer.content(column: columnIndex, ordinal: item.ordinal)
                for attachment in content.attachments {
                    let kilobytes = rng.int(in: 12...2_400)
                    let upload = LocalDateTime(
                        item.published.date, hour: max(8, item.published.hour - 1), minute: rng.below(60))!
                    entries.append(
                        TruthIndexedFile(
                            folder: "\(item.published.date.year)年文件/\(column.name)", name: attachment.name,
                            size: kilobytes * 1_024 / 10, uploadedAt: upload))
                }
            }
        }
        var html = """
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=gbk">
            <title>勐海县教育局 - 永硕E盘</title>
            </head>
            <body>
            <div id="menu">勐海县教育局文件中转站（只读）</div>
            <table id="filelist" border="0" cellspacing="0" cellpadding="3">
            <tr class="head"><td>文件名</td><td>大小</td><td>上传时间</td></tr>

            """
        var folder = ""
        for entry in entries {
            if entry.folder != folder {
                folder = entry.folder
                html +=
                    "<tr class=\"dir\"><td colspan=\"3\"><img src=\"/img/folder.gif\"> \(BodyRenderer.escape(folder))</td></tr>\n"
            }
            let tenths = (entry.size * 10 + 512) / 1_024
            let size = "\(tenths / 10).\(tenths % 10) KB"
            let time =
                "\(entry.uploadedAt.date) \(ContentComposer.pad(entry.uploadedAt.hour)):\(ContentComposer.pad(entry.uploadedAt.minute))"
            html +=
                "<tr><td><a href=\"javascript:xz('\(BodyRenderer.escape(entry.name))')\">\(BodyRenderer.escape(entry.name))</a></td><td>\(size)</td><td>\(time)</td></tr>\n"
        }
        html += "</table>\n<div id=\"foot\">空间由永硕E盘提供</div>\n</body>\n</html>\n"
        try writer.write(TextEncoder.gbk(html), to: Self.listingPath)
        try files.add(
            TruthFile(
                path: Self.listingPath, role: .fileIndex, reason: "永硕E盘 listing", encoding: "GB18030",
                declaredCharset: "gbk"))
        return entries
    }
}

extension String {
    /// Replaces every occurrence of a string (a small helper that keeps call sites short).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
