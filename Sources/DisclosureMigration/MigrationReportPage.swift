import DisclosureCore
import DisclosureStore

/// The self-contained HTML page of a migration's accounting (`disclosure migrate --report-html`): counts by
/// outcome, category and year, failures with reasons, merged duplicates, hidden links, encodings, missing
/// attachments and listed items the mirror lacks. No scripts, no external resources; every value is escaped.
public enum MigrationReportPage {
    /// The page for a summary; `categoryNames` turns category ids into the catalogue's names.
    public static func render(_ summary: MigrationSummary, categoryNames: [String: String] = [:]) -> String {
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
        html += table("Failures", ["source", "reason"], summary.failures.map { [$0.source, $0.reason] })
        html += table(
            "Merged duplicates", ["source", "merged into", "why"],
            summary.merged.map { [$0.source, $0.itemID ?? "", $0.reason] })
        html += table(
            "Hidden links removed (spam injected into the legacy site)", ["item", "link"],
            summary.hiddenLinks.map { [$0.itemID, $0.url] })
        html += table(
            "Missing attachments", ["item", "attachment", "link"],
            summary.missingAttachments.map { [$0.itemID, $0.name, $0.url ?? ""] })
        html += table(
            "Attachments also on the file platform", ["item", "attachment", "on the platform", "missing from mirror"],
            summary.filePlatformLinks.map {
                [$0.itemID, $0.attachment, $0.location, $0.missingFromMirror ? "yes" : ""]
            })
        html += table(
            "Listed on column pages but not in the mirror", ["link", "title", "list page"],
            summary.missingListedItems.map { [$0.url, $0.title, $0.listFile] })
        html += table("Not items", ["source", "reason"], summary.notItems.map { [$0.source, $0.reason] })
        if !summary.removedFiles.isEmpty {
            html += table("Gone since the last run (items kept)", ["file"], summary.removedFiles.map { [$0] })
        }
        html += "</body></html>\n"
        return html
    }

    private static func table(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        var html = "<h2>\(escape(title))</h2>\n"
        guard !rows.isEmpty else { return html + "<p>None.</p>\n" }
        html += "<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        for row in rows {
            html +=
                "<tr>"
                + row.map { cell in
                    let numeric = !cell.isEmpty && cell.allSatisfy(\.isNumber)
                    return numeric ? "<td class=\"n\">\(cell)</td>" : "<td>\(escape(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
