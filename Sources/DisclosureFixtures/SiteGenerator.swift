public import Foundation

/// Generates a realistic legacy county-bureau site as `wget --mirror` saves it, with matching OA exports, a
/// file-platform listing and the ground truth of a correct migration, deterministically from a profile and a seed.
///
/// The output folder holds `mhjyj.ynmh.gov.cn/…` (the mirror, query strings in file names), `oa/` (a GBK CSV and a
/// SpreadsheetML 2003 ".xls" 发文 register, a 永硕E盘-style listing) and `ground-truth.json`. Pages are composed and
/// written one at a time: memory stays flat as the site grows. The same profile and seed give the same bytes.
public struct SiteGenerator: Sendable {
    /// The profile: year, columns, quotas, traps.
    public var profile: FixtureProfile
    /// The seed every random choice derives from.
    public var seed: UInt64

    /// Creates a generator.
    public init(profile: FixtureProfile, seed: UInt64) {
        self.profile = profile
        self.seed = seed
    }

    /// The seed of the committed fixture `fixtures/legacy-site-2018`.
    public static let committedSeed: UInt64 = 20_180_116

    /// Writes the site, the exports and `ground-truth.json` into `folder` (created if missing; existing files with
    /// the same names are overwritten, others are left alone).
    public func generate(into folder: URL) throws -> GenerationSummary {
        var run = try GenerationRun(profile: profile, seed: seed, root: folder)
        return try run.execute()
    }

    /// Generates about `pages` detail pages of the default profile for `year`.
    public static func generate(pages: Int, seed: UInt64, year: Int, into folder: URL) throws -> GenerationSummary {
        try SiteGenerator(profile: .proportional(pages: pages, year: year), seed: seed).generate(into: folder)
    }
}
