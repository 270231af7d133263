public import Foundation

/// What a correct migration of a generated output folder yields: every item, every file's role, the OA exports,
/// the file-platform listing, totals by category and the year's report figures. Written as
/// `ground-truth.json` next to the mirror; all paths are relative to the output folder.
public struct GroundTruth: Hashable, Codable, Sendable {
    /// How the output was generated.
    public struct Generator: Hashable, Codable, Sendable {
        /// The profile name.
        public var profile: String
        /// The seed.
        public var seed: UInt64
        /// The reporting year.
        public var year: Int
        /// The number of detail items planned (both years).
        public var pages: Int
        /// The version of the generator's output format; bumped when the same inputs give different bytes.
        public var version: Int
    }

    /// Where the mirror lies.
    public struct Site: Hashable, Codable, Sendable {
        /// The host, e.g. `mhjyj.ynmh.gov.cn`.
        public var host: String
        /// The mirror's folder below the output folder (`wget --mirror` names it after the host).
        public var folder: String
        /// The site's address.
        public var baseURL: String
    }

    /// Counts a migration can check first.
    public struct Totals: Hashable, Codable, Sendable {
        /// Items of every origin.
        public var items: Int
        /// Items with a portal page.
        public var portalItems: Int
        /// Items found only in an OA export.
        public var oaOnlyItems: Int
        /// Items counted in the year, by catalogue node id.
        public var countedInYearByCategory: [String: Int]
        /// Files by ``TruthFileRole`` raw value.
        public var filesByRole: [String: Int]
        /// Attachment links whose file is missing.
        public var missingAttachments: Int
    }

    /// How the output was generated.
    public var generator: Generator
    /// Where the mirror lies.
    public var site: Site
    /// Every expected item: portal items first (column by column, oldest first), then OA-only rows.
    public var items: [TruthItem]
    /// Every file of the output folder except `ground-truth.json` itself.
    public var files: [TruthFile]
    /// The portal's columns.
    public var columns: [TruthColumn]
    /// The OA register exports.
    public var oaFiles: [TruthOAFile]
    /// The file-platform listing's entries.
    public var filePlatform: [TruthIndexedFile]
    /// Counts.
    public var totals: Totals
    /// The year's report figures.
    public var report: ReportFigures

    /// Reads a `ground-truth.json`.
    public static func load(from url: URL) throws -> GroundTruth {
        try JSONDecoder().decode(GroundTruth.self, from: Data(contentsOf: url))
    }
}
