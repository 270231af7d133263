public import DisclosureStore

/// The accounting of a migration: what this run did, what every input file ended as, and what needs a person's
/// attention (failures, merged duplicates, hidden links, missing attachments, items the lists name but the mirror
/// lacks). Written as JSON by `--summary`, as a table at the end of `disclosure migrate`, and as the HTML report.
///
/// The counts are complete. The lists grow with the site, so the summary a run returns holds at most
/// ``MigrationOptions/listLimit`` entries of each (the first ones, in the order of their keys) and ``listCounts`` says
/// how many there are in all; every entry is in the archive (the ID map, the items, the run's messages), and
/// ``MigrationDetails`` reads them back one at a time, which is how `--summary` and `--report-html` write them all.
public struct MigrationSummary: Hashable, Codable, Sendable {
    /// A file and why it ended as it did.
    public struct FileNote: Hashable, Codable, Sendable {
        /// The file (or `file#row=N` for a row of an export).
        public var source: String
        /// Why.
        public var reason: String
        /// The item concerned, if any.
        public var itemID: String?
    }

    /// A link hidden in a legacy body (spam injected into a hacked site) that the migration removed.
    public struct HiddenLink: Hashable, Codable, Sendable {
        /// The item whose body held it.
        public var itemID: String
        /// The link target.
        public var url: String
    }

    /// An attachment whose file is not in the mirror.
    public struct MissingAttachment: Hashable, Codable, Sendable {
        /// The item.
        public var itemID: String
        /// The attachment's name.
        public var name: String
        /// Where it was linked.
        public var url: String?
        /// Where the file platform has a file of that name (`folder/name (listing)`), if it has one.
        public var platformCopy: String?
    }

    /// How many entries each list has in all (the lists themselves may hold only the first ones).
    public struct ListCounts: Hashable, Codable, Sendable {
        /// Files and rows that failed.
        public var failures = 0
        /// Files and rows that are not items.
        public var notItems = 0
        /// Sources merged into the item of another source.
        public var merged = 0
        /// Hidden links removed from bodies.
        public var hiddenLinks = 0
        /// Attachments whose files the mirror lacks.
        public var missingAttachments = 0
        /// Attachments the file platform's listings also hold.
        public var filePlatformLinks = 0
        /// Listed items no page or row of the mirror is.
        public var missingListedItems = 0
        /// Files a previous run saw that are gone now.
        public var removedFiles = 0

        /// Creates counts, all zero.
        public init() {}
    }

    /// The run's number in the archive.
    public var run: Int64
    /// What was migrated.
    public var source: String
    /// When the run started and finished (ISO 8601, UTC).
    public var startedAt: String
    /// When the run finished.
    public var finishedAt: String
    /// How long it took.
    public var seconds: Double
    /// Input files walked in this run.
    public var files: Int
    /// What this run did with them: `added`, `updated`, `unchanged`.
    public var actions: [String: Int]
    /// What the files are, by the archive's accounting: `imported`, `merged`, `notAnItem`, `failed` — adding up to
    /// ``files``.
    public var outcomes: [String: Int]
    /// Rows of exports by outcome (an export file counts once in ``outcomes`` and each row here).
    public var rows: [String: Int]
    /// Items in the archive after the run (records of non-item pages not counted).
    public var itemsInArchive: Int
    /// Items by category id (`(none)` for items without one).
    public var itemsByCategory: [String: Int]
    /// Items by year of 发布日期 (`(none)` for items without one).
    public var itemsByYear: [String: Int]
    /// Files (and rows) that failed, with the reason.
    public var failures: [FileNote]
    /// Files that are not items, with the reason.
    public var notItems: [FileNote]
    /// Sources merged into an item from another source, with the reason.
    public var merged: [FileNote]
    /// Hidden links removed from bodies.
    public var hiddenLinks: [HiddenLink]
    /// Text encodings of the pages and exports, with counts.
    public var encodings: [String: Int]
    /// Attachments whose files the mirror lacks.
    public var missingAttachments: [MissingAttachment]
    /// Attachments of items that the file platform's listings also hold (by file name): the links between the
    /// platform and the portal, and for a missing attachment, where a copy may still be.
    public var filePlatformLinks: [ArchiveSession.LinkedFile]
    /// Items that list pages link to and that no page or row of the mirror is.
    public var missingListedItems: [ArchiveSession.MissingListedItem]
    /// Files a previous run saw that are gone from the source now (their items are kept).
    public var removedFiles: [String]
    /// How many entries each list has in all.
    public var listCounts: ListCounts

    /// Whether the run found nothing new or changed.
    public var changedNothing: Bool {
        (actions[FileAction.unchanged.rawValue] ?? 0) == files && listCounts.removedFiles == 0
    }

    /// Whether every list holds all its entries (none was cut at the run's list limit).
    public var listsAreComplete: Bool {
        failures.count == listCounts.failures && notItems.count == listCounts.notItems
            && merged.count == listCounts.merged && hiddenLinks.count == listCounts.hiddenLinks
            && missingAttachments.count == listCounts.missingAttachments
            && filePlatformLinks.count == listCounts.filePlatformLinks
            && missingListedItems.count == listCounts.missingListedItems
            && removedFiles.count == listCounts.removedFiles
    }

    /// Whether the outcomes account for every file walked.
    public var accountsForEveryFile: Bool { outcomes.values.reduce(0, +) == files }

    /// The summary without its lists (their counts kept): what the archive keeps with the run (the lists grow with
    /// the site, and every entry of them is in the archive already).
    public var counts: MigrationSummary {
        var compact = self
        compact.failures = []
        compact.notItems = []
        compact.merged = []
        compact.hiddenLinks = []
        compact.missingAttachments = []
        compact.filePlatformLinks = []
        compact.missingListedItems = []
        compact.removedFiles = []
        return compact
    }
}
