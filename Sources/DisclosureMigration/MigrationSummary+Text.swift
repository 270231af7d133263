import DisclosureStore
import Foundation

extension MigrationSummary {
    /// The closing summary of `disclosure migrate`: a table for a terminal, then what needs attention.
    public func renderText(limit: Int = 10) -> String {
        var lines: [String] = []
        func row(_ label: String, _ value: String) {
            lines.append(label.padding(toLength: 28, withPad: " ", startingAt: 0) + value)
        }
        lines.append("Migration run \(run) of \(source)")
        lines.append(String(repeating: "─", count: 60))
        let rate = seconds > 0 ? String(format: "%.1f files/s", Double(files) / seconds) : "-"
        row("files walked", "\(files)  (\(String(format: "%.1f", seconds)) s, \(rate))")
        for action in FileAction.allCases {
            row("  \(action.rawValue)", "\(actions[action.rawValue] ?? 0)")
        }
        row("files by outcome", accountsForEveryFile ? "(adds up to \(files))" : "(DOES NOT add up to \(files))")
        for status in ["imported", "merged", "notAnItem", "failed"] {
            row("  \(status)", "\(outcomes[status] ?? 0)")
        }
        if !rows.isEmpty {
            row("export rows", rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        row("items in the archive", "\(itemsInArchive)")
        row(
            "items by year",
            itemsByYear.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        row("encodings", encodings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        row("merged duplicates", "\(listCounts.merged)")
        row("hidden links removed", "\(listCounts.hiddenLinks)")
        row("missing attachments", "\(listCounts.missingAttachments)")
        row("listed but not in mirror", "\(listCounts.missingListedItems)")
        row("on the file platform too", "\(listCounts.filePlatformLinks) attachments")
        if listCounts.removedFiles > 0 { row("gone since the last run", "\(listCounts.removedFiles)") }
        if changedNothing {
            lines.append("")
            lines.append("Nothing changed: every file is as the archive last saw it.")
        }
        func section(_ title: String, _ entries: [String], total: Int) {
            guard total > 0 else { return }
            lines.append("")
            lines.append("\(title) (\(total)):")
            lines += entries.prefix(limit).map { "  " + $0 }
            let shown = min(limit, entries.count)
            if total > shown {
                lines.append("  … and \(total - shown) more (see --summary or --report-html)")
            }
        }
        section("Failed", failures.map { "\($0.source): \($0.reason)" }, total: listCounts.failures)
        section(
            "Missing attachments",
            missingAttachments.map { missing in
                "\(missing.itemID) \(missing.name) \(missing.url ?? "")"
                    + (missing.platformCopy.map { " — on the file platform: \($0)" } ?? "")
            }, total: listCounts.missingAttachments)
        section(
            "Listed but not in the mirror",
            missingListedItems.map { "\($0.url) (\($0.title), listed in \($0.listFile))" },
            total: listCounts.missingListedItems)
        return lines.joined(separator: "\n")
    }
}
