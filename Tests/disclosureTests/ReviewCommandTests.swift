import Foundation
import Testing

/// `disclosure review`: nothing migrated is public until a person records its confidentiality review.
@Suite struct ReviewCommandTests {
    @Test func aRecordedReviewMakesAProactiveItemReleasable() throws {
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let migrated = try CommandLineRunner.run(["migrate", "fixtures/portal", "--store", archive, "--quiet"])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        let before = try CommandLineRunner.run(["export", "--store", archive, "--public-only"])
        #expect(before.stdout.isEmpty, "migrated items must not be public before their review is recorded")

        let all = try CommandLineRunner.run(["export", "--store", archive])
        let first = try #require(all.stdout.split(separator: "\n").first { $0.contains("\"attribute\":\"proactive\"") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let id = try #require(object["id"] as? String)
        let reviewed = try CommandLineRunner.run([
            "review", "--store", archive, "--item", id, "--result", "passed", "--reviewer", "党政办公室",
            "--date", "2018-12-20", "--reference", "保审〔2018〕40号",
        ])
        #expect(reviewed.status == 0, "\(reviewed.stderr)")
        #expect(reviewed.stdout.contains("for 1 items"))

        let after = try CommandLineRunner.run(["export", "--store", archive, "--public-only"])
        let lines = after.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"id\":\"\(id)\"") == true)
        #expect(lines.first?.contains("\"reviewer\":\"党政办公室\"") == true)
        let unknown = try CommandLineRunner.run([
            "review", "--store", archive, "--item", "no-such-item", "--result", "passed", "--reviewer", "x",
            "--date", "2018-12-20",
        ])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no item no-such-item"))
    }
}
