import Foundation
import Testing

@Suite struct RequestsDeadlineCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var from: String
        var workingDays: Int
        var due: String
        var mentions: [String]
        var testDescription: String { "\(from) + \(workingDays) → \(due)" }
    }

    @Test(arguments: [
        // 国庆节 2019-10-01…07 skipped; the make-up Sundays/Saturdays 09-29 and 10-12 counted.
        Case(
            from: "2019-09-20", workingDays: 20, due: "2019-10-23",
            mentions: ["2019-10-01…07 (国庆节)", "Sun 2019-09-29", "Sat 2019-10-12", "receipt day not counted"]),
        // 春节 2019-02-04…10 skipped; the make-up weekend 02-02/03 counted.
        Case(
            from: "2019-01-30", workingDays: 10, due: "2019-02-18",
            mentions: ["2019-02-04…10 (春节)", "Sat 2019-02-02", "Sun 2019-02-03"]),
        // Received on a public holiday: counting starts after it, over the rest of the holiday.
        Case(
            from: "2019-10-01", workingDays: 3, due: "2019-10-10",
            mentions: ["Tue 2019-10-01 (a holiday, 国庆节)", "2019-10-02…07 (国庆节)"]),
        // Across the year boundary: 元旦 2026-01-01…03 skipped, Sunday 2026-01-04 a make-up working day.
        Case(
            from: "2025-12-25", workingDays: 5, due: "2026-01-04",
            mentions: ["2026-01-01…03 (元旦)", "Sun 2026-01-04"]),
    ])
    func theDueDateIsTheFirstLineAlone(_ example: Case) throws {
        let result = try CommandLineRunner.run([
            "requests", "deadline", "--from", example.from, "--working-days", String(example.workingDays),
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == Substring(example.due))
        #expect(lines.count >= 2 && lines[1].hasPrefix("due \(example.due): \(example.workingDays) working days after"))
        for mention in example.mentions { #expect(result.stdout.contains(mention), "missing \(mention)") }
        #expect(!result.stdout.contains("PROVISIONAL"))
    }

    @Test func aYearNoCalendarCoversIsProvisionalUntilTheBureauGivesItsFile() throws {
        let bare = try CommandLineRunner.run(["requests", "deadline", "--from", "2026-12-20", "--working-days", "20"])
        #expect(bare.status == 0)
        #expect(bare.stdout.hasPrefix("2027-01-15\n"))
        #expect(bare.stdout.contains("PROVISIONAL: no holiday notice loaded for 2027"))
        #expect(bare.stdout.contains("warning: no holiday notice for 2027 is loaded"))

        let archive = TemporaryArchive("calendar")
        defer { archive.remove() }
        let notice = #"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"#
        let file = try archive.file("2027.json", Data(notice.utf8))
        let withFile = try CommandLineRunner.run([
            "requests", "deadline", "--from", "2026-12-20", "--working-days", "20", "--calendar", file,
        ])
        #expect(withFile.status == 0)
        #expect(withFile.stdout.hasPrefix("2027-01-18\n"))
        #expect(withFile.stdout.contains("2027-01-01 (元旦)"))
        #expect(!withFile.stdout.contains("PROVISIONAL"))
    }

    @Test func aBrokenCalendarFileIsNamed() throws {
        let archive = TemporaryArchive("calendar")
        defer { archive.remove() }
        let file = try archive.file("broken.json", Data("{\"days\": []}".utf8))
        let result = try CommandLineRunner.run([
            "requests", "deadline", "--from", "2026-12-20", "--working-days", "20", "--calendar", file,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--calendar \(file)"))
        #expect(result.stdout.isEmpty)
    }

    @Test func everySubcommandHasHelp() throws {
        for name in ["add", "event", "show", "list", "due", "stats", "deadline", "import"] {
            let result = try CommandLineRunner.run(["requests", name, "--help"])
            #expect(result.status == 0, "requests \(name) --help")
            #expect(result.stdout.contains("USAGE: disclosure requests \(name)"), "requests \(name) --help")
        }
    }
}
