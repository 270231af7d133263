import Foundation
import Testing

/// add → event → show → list → due on a temporary archive, through the built executable.
@Suite struct RequestsRegisterFlowTests {
    let archive = TemporaryArchive()

    func run(_ arguments: [String]) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(
            ["requests"] + arguments.prefix(1) + ["--store", archive.path] + arguments.dropFirst())
    }

    func add(_ id: String, received: String, channel: String, applicant: String) throws -> CommandLineRunner.Result {
        try run([
            "add", "--id", id, "--received", received, "--channel", channel, "--applicant", applicant,
            "--subject", "学校名录 \(id)",
        ])
    }

    @Test func aRequestLivesThroughItsEvents() throws {
        defer { archive.remove() }
        let added = try add("2019-001", received: "2019-09-20", channel: "in-person", applicant: "natural-person")
        #expect(added.status == 0)
        #expect(added.stdout.contains("reply due 2019-10-23\n"))
        #expect(added.stdout.contains("receipt day not counted"))

        // A consultation from 09-24 to 09-27 stops the clock for 4 working days: due moves to 2019-10-29.
        let sent = try run(["event", "2019-001", "consultation-sent", "--date", "2019-09-23", "--party", "某公司"])
        #expect(sent.status == 0)
        #expect(sent.stdout.contains("state: consulting 某公司"))
        let answered = try run(["event", "2019-001", "consultation-answered", "--date", "2019-09-27"])
        #expect(answered.status == 0)
        #expect(answered.stdout.contains("state: processing"))
        #expect(answered.stdout.contains("reply due 2019-10-29\n"))
        #expect(answered.stdout.contains("did not count 4 working days 2019-09-24…27 (consultation with 某公司, Art. 32)"))

        let replied = try run(["event", "2019-001", "reply", "--date", "2019-10-21", "--outcome", "granted"])
        #expect(replied.status == 0)
        #expect(replied.stdout.contains("state: closed 2019-10-21 (granted)"))
        #expect(replied.stdout.contains("条例第三十六条"))

        let shown = try run(["show", "2019-001", "--today", "2019-10-25"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("request 2019-001\n"))
        #expect(shown.stdout.contains("applicant:  natural-person (自然人)"))
        #expect(shown.stdout.contains("2019-09-23  consultation sent (征求意见) to 某公司"))
        #expect(shown.stdout.contains("2019-10-21  replied (答复): granted"))
        #expect(shown.stdout.contains("reply was due 2019-10-29 (closed 2019-10-21)"))
        #expect(shown.stdout.contains("replied after 18 working days"))

        // A second request, still open: 20 working days after Tue 2019-10-08 is Mon 2019-11-04.
        #expect(try add("2019-002", received: "2019-10-08", channel: "internet", applicant: "commercial").status == 0)
        let open = try run(["list", "--open", "--today", "2019-10-21"])
        #expect(open.status == 0)
        let rows = open.stdout.split(separator: "\n").filter { $0.hasPrefix("2019-") }
        #expect(rows.count == 1)
        let row = rows.first.map { $0.split(separator: " ", omittingEmptySubsequences: true) } ?? []
        #expect(row.first == "2019-002")
        #expect(row.contains("2019-11-04"))
        #expect(open.stdout.contains("10 left"))
        let all = try run(["list", "--year", "2019", "--today", "2019-10-21"])
        #expect(all.stdout.contains("closed 2019-10-21 (granted)"))
        #expect(all.stdout.contains("2 of 2 requests"))

        let dueSoon = try run(["due", "--within", "10", "--today", "2019-10-21"])
        #expect(dueSoon.status == 0)
        #expect(dueSoon.stdout.contains("2019-002  2019-11-04"))
        let notYet = try run(["due", "--within", "9", "--today", "2019-10-21"])
        #expect(notYet.stdout.contains("  nothing"))
        #expect(!notYet.stdout.contains("2019-002"))

        let overdue = try run(["list", "--overdue", "--today", "2019-11-06"])
        #expect(overdue.stdout.contains("overdue 2"))
        #expect(!overdue.stdout.contains("2019-001"))
    }

    @Test func anImpossibleSequenceIsRefusedWithTheRule() throws {
        defer { archive.remove() }
        #expect(try add("2019-002", received: "2019-10-08", channel: "post", applicant: "research").status == 0)
        // Ten working days after receipt: Art. 30 allows asking for a supplement within 7.
        let late = try run([
            "event", "2019-002", "supplement-requested", "--date", "2019-10-21", "--reply-by", "2019-10-31",
        ])
        #expect(late.status == 1)
        #expect(late.stderr.contains("request.supplement-too-late 2019-002 supplementRequested 2019-10-21"))
        #expect(late.stderr.contains("Art. 30 allows 7 (until 2019-10-16)"))
        #expect(late.stdout.isEmpty)

        #expect(try run(["event", "2019-002", "withdrawal", "--date", "2019-10-22"]).status == 0)
        let afterClosing = try run(["event", "2019-002", "reply", "--date", "2019-10-23", "--outcome", "granted"])
        #expect(afterClosing.status == 1)
        #expect(afterClosing.stderr.contains("request.closed 2019-002 replied 2019-10-23"))

        let shown = try run(["show", "2019-002"])
        #expect(shown.stdout.contains("state:      closed 2019-10-22 (other.otherReasons)"))
        #expect(!shown.stdout.contains("supplement requested"))

        let unknown = try run(["event", "2019-404", "fee-paid", "--date", "2019-10-22"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no request 2019-404"))
        let duplicate = try add("2019-002", received: "2019-10-08", channel: "post", applicant: "research")
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("2019-002 is already registered"))
    }

    @Test func optionsThatDoNotFitTheKindAreUsageErrors() throws {
        defer { archive.remove() }
        #expect(try add("2021-001", received: "2021-03-01", channel: "当面", applicant: "自然人").status == 0)
        let wrong = try run(["event", "2021-001", "reply", "--date", "2021-03-02", "--party", "某公司"])
        #expect(wrong.status != 0 && wrong.status != 1)
        #expect(wrong.stderr.contains("--party does not apply to reply"))
        let lapse = try run(["event", "2021-001", "reply", "--date", "2021-03-02", "--outcome", "other.overdueFee"])
        #expect(lapse.stderr.contains("fee-unpaid"))
        let fee = try run(["event", "2021-001", "fee-notice", "--date", "2021-03-02", "--pages", "45"])
        #expect(fee.status == 0)
        #expect(fee.stdout.contains("fee notice (收费通知) of 150元"))
        #expect(fee.stdout.contains("state: awaiting payment of 150元"))
    }
}
