import DisclosureCore
import DisclosureStore

/// The self-contained HTML page of a migration's accounting (`disclosure migrate --report-html`): counts by
/// outcome, category and year, failures with reasons, merged duplicates, hidden links, encodings, missing
/// attachments and listed items the mirror lacks. No scripts, no external resources; every value is escaped.
///
/// ``write(_:details:categoryNames:to:)`` lists every entry, read from the archive as the page is written, so a
/// page of any size is written without being held; ``render(_:categoryNames:)`` makes the page of the lists a
/// summary holds (saying how many entries it leaves out).
public enum MigrationReportPage {
    /// The page for a summary, its lists as the summary holds them; `categoryNames` turns category ids into the
    /// catalogue's names.
    public static func render(_ summary: MigrationSummary, categoryNames: [String: String] = [:]) -> String {
        var html = ""
        // Appending to a string does not throw.
        try? write(summary, details: nil, categoryNames: categoryNames) { html += $0 }
        return html
    }

    /// Writes the page piece by piece to `output`, with every entry of the lists from `details` (or, without
    /// details, the entries the summary holds).
    public static func write(
        _ summary: MigrationSummary, details: MigrationDetails?, categoryNames: [String: String] = [:],
        to output: (String) throws -> Void
    ) throws {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <title>迁移报告 — run \(summary.run)</title>
            <style>
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:70em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left;
            vertical-align:top}th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .bad{color:#a00}.ok{color:#070}code{font-size:.9em}
            @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}}
            </style></head><body>

            """
        html += "<h1>迁移报告 Migration report — run \(summary.run)</h1>\n"
        html += "<p>Source <code>\(escape(summary.source))</code>, started \(escape(summary.startedAt)), "
        html += "finished \(escape(summary.finishedAt)), \(format(summary.seconds)) s.</p>\n"
        let adds = summary.accountsForEveryFile
        html += "<p class=\"\(adds ? "ok" : "bad")\">\(summary.files) files walked; the outcomes "
        html += adds ? "account for every one.</p>\n" : "do NOT add up to the files walked.</p>\n"
        html += table(
            "Files by outcome", ["outcome", "files"],
            ["imported", "merged", "notAnItem", "failed"].map {
                [$0, String(summary.outcomes[$0] ?? 0)]
            })
        html += table(
            "This run", ["action", "files"],
            FileAction.allCases.map {
                [$0.rawValue, String(summary.actions[$0.rawValue] ?? 0)]
            })
        if !summary.rows.isEmpty {
            html += table(
                "Export rows", ["outcome", "rows"],
                summary.rows.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
        }
        html += table(
            "Items by category (\(summary.itemsInArchive) items)", ["category", "id", "items"],
            summary.itemsByCategory.sorted { $0.key < $1.key }.map {
                [categoryNames[$0.key] ?? "", $0.key, String($0.value)]
            })
        html += table(
            "Items by year of 发布日期", ["year", "items"],
            summary.itemsByYear.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
        html += table(
            "Encodings seen", ["encoding", "files"],
            summary.encodings.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
        try output(html)
        let counts = summary.listCounts
        try list("Failures", ["source", "reason"], count: counts.failures, held: summary.failures.count, output) {
            emit in
            if let details {
                try details.forEachFailure { try emit([$0.source, $0.reason]) }
            } else {
                for note in summary.failures { try emit([note.source, note.reason]) }
            }
        }
        try list(
            "Merged duplicates", ["source", "merged into", "why"], count: counts.merged, held: summary.merged.count,
            output
        ) { emit in
            let row = { (note: MigrationSummary.FileNote) in [note.source, note.itemID ?? "", note.reason] }
            if let details {
                try details.forEachMerged { try emit(row($0)) }
            } else {
                for note in summary.merged { try emit(row(note)) }
            }
        }
        try list(
            "Hidden links removed (spam injected into the legacy site)", ["item", "link"], count: counts.hiddenLinks,
            held: summary.hiddenLinks.count, output
        ) { emit in
            if let details {
                try details.forEachHiddenLink { try emit([$0.itemID, $0.url]) }
            } else {
                for link in summary.hiddenLinks { try emit([link.itemID, link.url]) }
            }
        }
        try list(
            "Missing attachments", ["item", "attachment", "link"], count: counts.missingAttachments,
            held: summary.missingAttachments.count, output
        ) { emit in
            let row = { (missing: MigrationSummary.MissingAttachment) in
                [missing.itemID, missing.name, missing.url ?? ""]
            }
            if let details {
                try details.forEachMissingAttachment { try emit(row($0)) }
            } else {
                for missing in summary.missingAttachments { try emit(row(missing)) }
            }
        }
        try list(
            "Attachments also on the file platform", ["item", "attachment", "on the platform", "missing from mirror"],
            count: counts.filePlatformLinks, held: summary.filePlatformLinks.count, output
        ) { emit in
            let row = { (link: ArchiveSession.LinkedFile) in
                [link.itemID, link.attachment, link.location, link.missingFromMirror ? "yes" : ""]
            }
            if let details {
                try details.forEachFilePlatformLink { try emit(row($0)) }
            } else {
                for link in summary.filePlatformLinks { try emit(row(link)) }
            }
        }
        try list(
            "Listed on column pages but not in the mirror", ["link", "title", "list page"],
            count: counts.missingListedItems, held: summary.missingListedItems.count, output
        ) { emit in
            let row = { (item: ArchiveSession.MissingListedItem) in [item.url, item.title, item.listFile] }
            if let details {
                try details.forEachMissingListedItem { try emit(row($0)) }
            } else {
                for item in summary.missingListedItems { try emit(row(item)) }
            }
        }
        try list("Not items", ["source", "reason"], count: counts.notItems, held: summary.notItems.count, output) {
            emit in
            if let details {
                try details.forEachNotItem { try emit([$0.source, $0.reason]) }
            } else {
                for note in summary.notItems { try emit([note.source, note.reason]) }
            }
        }
        if counts.removedFiles > 0 {
            try list(
                "Gone since the last run (items kept)", ["file"], count: counts.removedFiles,
                held: summary.removedFiles.count, output
            ) { emit in
                if let details {
                    try details.forEachRemovedFile { try emit([$0]) }
                } else {
                    for file in summary.removedFiles { try emit([file]) }
                }
            }
        }
        try output("</body></html>\n")
    }

    /// A list's table, its rows written as `rows` hands them over; with the summary's own entries (`held` of
    /// `count`), a note says how many the page leaves out.
    private static func list(
        _ title: String, _ header: [String], count: Int, held: Int, _ output: (String) throws -> Void,
        rows: ((([String]) throws -> Void)) throws -> Void
    ) throws {
        try withoutActuallyEscaping(output) { output in
            try list(title, header, count: count, held: held, escaping: output, rows: rows)
        }
    }

    private static func list(
        _ title: String, _ header: [String], count: Int, held: Int, escaping output: @escaping (String) throws -> Void,
        rows: ((([String]) throws -> Void)) throws -> Void
    ) throws {
        var html = "<h2>\(escape(title))</h2>\n"
        guard count > 0 else { return try output(html + "<p>None.</p>\n") }
        html += "<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        try output(html)
        var written = 0
        try rows { cells in
            written += 1
            try output(row(cells))
        }
        try output("</table>\n")
        if written < count {
            try output(
                "<p>… and \(count - written) more, in the archive (write the page with <code>disclosure migrate "
                    + "--report-html</code> to list them all).</p>\n")
        }
    }

    private static func table(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        var html = "<h2>\(escape(title))</h2>\n"
        guard !rows.isEmpty else { return html + "<p>None.</p>\n" }
        html += "<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        for cells in rows { html += row(cells) }
        return html + "</table>\n"
    }

    private static func row(_ cells: [String]) -> String {
        "<tr>"
            + cells.map { cell in
                let numeric = !cell.isEmpty && cell.allSatisfy(\.isNumber)
                return numeric ? "<td class=\"n\">\(cell)</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
