import DisclosureCore
import DisclosureFixtures
import DisclosureMigration
import Foundation
import Testing

/// The README's main job, end to end through the built tool: migrate the bundled 2018 legacy site, then build the
/// 2018 report from the archive, and check every figure the seed report states.
@Suite(.serialized) struct MainJobTests {
    static let site = CommandLineRunner.repositoryRoot.appendingPathComponent("fixtures/legacy-site-2018")

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
    }

    @Test func theBundledSiteMigratesAndReproducesTheSeedFigures() throws {
        let archive = Self.temporaryPath("mh") + ".sqlite"
        let summaryPath = Self.temporaryPath("summary") + ".json"
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let migrate = try CommandLineRunner.run([
            "migrate", Self.site.path, "--store", archive, "--summary", summaryPath, "--quiet",
        ])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        let summary = try JSONDecoder().decode(
            MigrationSummary.self, from: try Data(contentsOf: URL(fileURLWithPath: summaryPath)))
        let truth = try GroundTruth.load(from: Self.site.appendingPathComponent("ground-truth.json"))

        // Every file is accounted for: the mirror's files plus the ground truth itself.
        #expect(summary.files == truth.files.count + 1)
        #expect(summary.accountsForEveryFile)
        #expect(summary.missingAttachments.count == truth.totals.missingAttachments)
        // Merged export rows are listed as a person reads them: by file, then by row number (9 before 10).
        let rows = summary.merged.compactMap { note -> (String, Int)? in
            let parts = note.source.components(separatedBy: "#row=")
            return parts.count == 2 ? Int(parts[1]).map { (parts[0], $0) } : nil
        }
        #expect(rows.count > 10)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })

        let report = try CommandLineRunner.run(["report", "--store", archive, "--year", "2018", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect(json["edition"] as? String == "narrative2018")
        let text = try CommandLineRunner.run(["report", "--store", archive, "--year", "2018", "--format", "text"])
        for figure in [
            "主动公开政府信息共436条", "规范性文件23条", "政策解读稿件发布5篇", "教育信息等408条", "招生信息2条", "录取信息1条",
            "招生政策及程序9条", "本年度无依申请公开申请",
        ] {
            #expect(text.stdout.contains(figure), "the 2018 report lacks \(figure)")
        }
        #expect(truth.report.proactiveTotal == 436)
    }

    @Test func aKilledMigrationResumesToTheSameArchive() async throws {
        let site = Self.temporaryPath("site")
        defer { try? FileManager.default.removeItem(atPath: site) }
        let generated = try CommandLineRunner.run([
            "fixtures", "generate", "--out", site, "--pages", "400", "--seed", "11",
        ])
        #expect(generated.status == 0, "\(generated.stderr)")

        // The reference: one uninterrupted run.
        let reference = Self.temporaryPath("reference") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: reference) }
        let whole = try CommandLineRunner.run(["migrate", site, "--store", reference, "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")

        // A run killed with SIGKILL part-way, then run again.
        let interrupted = Self.temporaryPath("interrupted") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: interrupted) }
        let killed = try CommandLineRunner.runUntilKilled(
            ["migrate", site, "--store", interrupted, "--jobs", "1", "--batch-size", "3"],
            whenStandardErrorContains: "progress: 30%")
        #expect(killed, "the migration finished before it could be killed")
        let resumed = try CommandLineRunner.run(["migrate", site, "--store", interrupted, "--quiet"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("unchanged"))

        let expected = try CommandLineRunner.run(["export", "--store", reference])
        let actual = try CommandLineRunner.run(["export", "--store", interrupted])
        #expect(!expected.stdout.isEmpty)
        #expect(actual.stdout == expected.stdout, "the resumed archive's items differ from an uninterrupted run's")
        let outcomes = { (output: String) in
            output.split(separator: "\n").filter {
                $0.hasPrefix("  imported") || $0.hasPrefix("  merged")
                    || $0.hasPrefix("  notAnItem") || $0.hasPrefix("  failed") || $0.hasPrefix("items in")
            }
        }
        #expect(outcomes(resumed.stdout) == outcomes(whole.stdout))

        // A third run over the same input changes nothing and says so.
        let again = try CommandLineRunner.run(["migrate", site, "--store", interrupted, "--quiet"])
        #expect(again.stdout.contains("Nothing changed"))
    }
}
