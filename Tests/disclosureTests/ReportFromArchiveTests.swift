import Foundation
import Testing

/// `disclosure report --store`: table 三 comes from the archive's request register.
@Suite struct ReportFromArchiveTests {
    @Test func theRequestRegisterFillsTableThree() throws {
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("requests-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let requests: [[String]] = [
            ["--id", "2021-001", "--received", "2021-03-01", "--channel", "internet", "--applicant", "natural-person"],
            ["--id", "2021-002", "--received", "2021-05-10", "--channel", "in-person", "--applicant", "commercial"],
            ["--id", "2021-003", "--received", "2021-12-28", "--channel", "post", "--applicant", "natural-person"],
        ]
        for request in requests {
            let added = try CommandLineRunner.run(
                ["requests", "add", "--store", archive, "--subject", "招生计划"] + request)
            #expect(added.status == 0, "\(added.stderr)")
        }
        for (id, date, outcome) in [
            ("2021-001", "2021-03-15", "granted"), ("2021-002", "2021-05-20", "unableToProvide.notHeld"),
        ] {
            let replied = try CommandLineRunner.run([
                "requests", "event", "--store", archive, id, "reply", "--date", date, "--outcome", outcome,
            ])
            #expect(replied.status == 0, "\(replied.stderr)")
        }
        let report = try CommandLineRunner.run([
            "report", "--store", archive, "--year", "2021", "--body", "勐海县教育局", "--format", "json",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let table = try #require(json["requests"] as? [String: [String: Any]])
        #expect(table["newReceived"]?["naturalPerson"] as? Int == 2)
        #expect(table["newReceived"]?["commercial"] as? Int == 1)
        #expect(table["newReceived"]?["total"] as? Int == 3)
        #expect(table["granted"]?["naturalPerson"] as? Int == 1)
        #expect(table["unableToProvide.notHeld"]?["commercial"] as? Int == 1)
        #expect(table["totalProcessed"]?["total"] as? Int == 2)
        #expect(table["carriedForward"]?["naturalPerson"] as? Int == 1)
        #expect(json["body"] as? String == "勐海县教育局")
        let findings = json["findings"] as? [Any] ?? []
        #expect(findings.isEmpty, "a report built from the register must pass every 勾稽关系 rule: \(findings)")
    }
}
