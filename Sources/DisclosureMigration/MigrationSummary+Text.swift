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
        row("merged duplicates", "\(merged.count)")
        row("hidden links removed", "\(hiddenLinks.count)")
        row("missing attachments", "\(missingAttachments.count)")
        row("listed but not in mirror", "\(missingListedItems.count)")
        row("on the file platform too", "\(filePlatformLinks.count) attachments")
        if !removedFiles.isEmpty { row("gone since the last run", "\(removedFiles.count)") }
        if changedNothing {
            lines.append("")
            lines.append("Nothing changed: every file is as the archive last saw it.")
        }
        func section(_ title: String, _ entries: [String]) {
            guard !entries.isEmpty else { return }
            lines.append("")
            lines.append("\(title) (\(entries.count)):")
            lines += entries.prefix(limit).map { "  " + $0 }
            if entries.count > limit {
                lines.append("  … and \(entries.count - limit) more (see --summary or --report-html)")
            }
        }
        section("Failed", failures.map { "\($0.source): \($0.reason)" })
        section(
            "Missing attachments",
            missingAttachments.map { missing in
                let copy = filePlatformLinks.first { $0.itemID == missing.itemID && $0.attachment == missing.name }
                return "\(missing.itemID) \(missing.name) \(missing.url ?? "")"
                    + (copy.map { " — on the file platform: \($0.location)" } ?? "")
            })
        section(
            "Listed but not in the mirror",
            missingListedItems.map { "\($0.url) (\($0.title), listed in \($0.listFile))" })
        return lines.joined(separator: "\n")
    }
}
