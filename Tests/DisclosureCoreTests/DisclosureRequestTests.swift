import DisclosureCore
import Foundation
import Testing

@Suite struct DisclosureRequestTests {
    let calendar: WorkingDayCalendar

    init() throws {
        calendar = try WorkingDayCalendar.bundled()
    }

    /// A request handed in on Fri 2019-09-20, whose plain reply is due Wed 2019-10-23 (see WorkingDayCalendarTests).
    func request(_ received: String = "2019-09-20", channel: ReceiptChannel = .inPerson) -> DisclosureRequest {
        DisclosureRequest(
            id: "2019-017", receipt: RequestReceipt(channel: channel, date: day(received)),
            applicantType: .naturalPerson, subject: "2019年义务教育招生计划")
    }

    func expectRefused(
        _ code: RequestEventError.Code, _ event: RequestEvent, on request: DisclosureRequest,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var copy = request
        #expect(sourceLocation: sourceLocation) {
            try copy.apply(event, calendar: calendar)
        } throws: { error in
            guard let error = error as? RequestEventError else { return false }
            return error.code == code && error.requestID == "2019-017" && error.event == event
        }
        #expect(copy == request, "a refused event leaves the request unchanged", sourceLocation: sourceLocation)
    }

    // MARK: - Receipt and reply

    @Test func plainReplyDeadlineAndReply() throws {
        var r = request()
        #expect(r.replyDeadline(calendar: calendar).dueDate == day("2019-10-23"))
        try r.apply(.replied(on: day("2019-10-10"), outcome: .granted), calendar: calendar)
        #expect(r.outcome == .granted)
        #expect(r.closedOn == day("2019-10-10"))
        #expect(r.state.phase == .closed)
        #expect(ReceiptChannel.registeredPost.receiptRule.contains("signs for it"))
    }

    @Test func replyBeforeReceiptIsRefused() {
        expectRefused(.beforeReceipt, .replied(on: day("2019-09-19"), outcome: .granted), on: request())
    }

    @Test func eventsOutOfOrderAreRefused() throws {
        var r = request()
        try r.apply(.consultationStarted(on: day("2019-10-08"), party: "某公司"), calendar: calendar)
        expectRefused(.outOfOrder, .consultationEnded(on: day("2019-10-01")), on: r)
    }

    @Test func nothingFollowsClosing() throws {
        var r = request()
        try r.apply(.withdrawn(on: day("2019-09-25")), calendar: calendar)
        #expect(r.outcome == .otherOtherReasons)
        expectRefused(.closed, .replied(on: day("2019-09-26"), outcome: .granted), on: r)
        expectRefused(.closed, .withdrawn(on: day("2019-09-26")), on: r)
    }

    @Test func proceduralOutcomesCannotBeReplies() {
        expectRefused(.invalidOutcome, .replied(on: day("2019-10-08"), outcome: .otherOverdueFee), on: request())
        expectRefused(
            .invalidOutcome, .replied(on: day("2019-10-08"), outcome: .otherOverdueSupplement), on: request())
        // "Still unclear after the supplement" needs a supplement.
        expectRefused(
            .invalidOutcome, .replied(on: day("2019-10-08"), outcome: .unableToProvideUnclear), on: request())
    }

    // MARK: - Supplement (补正, Art. 30)

    @Test func supplementOnTheSeventhWorkingDayRestartsTheClock() throws {
        var r = request()
        // 09-23…27 are working days 1…5, Sun 09-29 (make-up) is 6, Mon 09-30 is 7: still in time.
        try r.apply(
            .supplementRequested(on: day("2019-09-30"), replyBy: day("2019-10-15"), what: "明确年份"),
            calendar: calendar)
        #expect(r.state.phase == .awaitingSupplement)
        #expect(r.replyDeadline(calendar: calendar).explanation.contains("a supplement requested on 2019-09-30"))
        try r.apply(.supplementReceived(on: day("2019-10-10")), calendar: calendar)
        // From Thu 10-10: Fri 10-11 = 1, Sat 10-12 (make-up) = 2, 10-14…18 = 3…7, 10-21…25 = 8…12,
        // 10-28…11-01 = 13…17, 11-04, 11-05, Wed 11-06 = 18, 19, 20.
        let due = r.replyDeadline(calendar: calendar)
        #expect(due.dueDate == day("2019-11-06"))
        #expect(due.explanation.hasPrefix("due 2019-11-06: 20 working days after supplement arrival on Thu 2019-10-10"))
        try r.apply(.replied(on: day("2019-11-01"), outcome: .unableToProvideUnclear), calendar: calendar)
        #expect(r.outcome == .unableToProvideUnclear)
    }

    @Test func supplementAfterSevenWorkingDaysIsRefused() {
        // Tue 10-08 is working day 8 after receipt (10-01…07 are holidays).
        expectRefused(
            .supplementTooLate,
            .supplementRequested(on: day("2019-10-08"), replyBy: day("2019-10-20"), what: "明确年份"), on: request())
    }

    @Test func supplementRulesNegative() throws {
        expectRefused(.wrongState, .supplementReceived(on: day("2019-09-25")), on: request())
        expectRefused(.wrongState, .supplementOverdue(on: day("2019-09-25")), on: request())
        expectRefused(
            .periodMismatch,
            .supplementRequested(on: day("2019-09-24"), replyBy: day("2019-09-24"), what: "x"), on: request())
        var r = request()
        try r.apply(
            .supplementRequested(on: day("2019-09-24"), replyBy: day("2019-10-15"), what: "x"), calendar: calendar)
        // Waiting for the supplement: no reply, no extension.
        expectRefused(.wrongState, .replied(on: day("2019-09-25"), outcome: .granted), on: r)
        expectRefused(.wrongState, .extended(on: day("2019-09-25"), workingDays: 10, approvedBy: "张三"), on: r)
        // Not overdue on the reply-by day itself.
        expectRefused(.periodMismatch, .supplementOverdue(on: day("2019-10-15")), on: r)
        try r.apply(.supplementReceived(on: day("2019-09-26")), calendar: calendar)
        expectRefused(
            .secondSupplement, .supplementRequested(on: day("2019-09-27"), replyBy: day("2019-10-15"), what: "y"),
            on: r)
    }

    @Test func noSupplementInTimeEndsTheRequest() throws {
        var r = request()
        try r.apply(
            .supplementRequested(on: day("2019-09-24"), replyBy: day("2019-10-15"), what: "x"), calendar: calendar)
        try r.apply(.supplementOverdue(on: day("2019-10-16")), calendar: calendar)
        #expect(r.outcome == .otherOverdueSupplement)
        #expect(r.closedOn == day("2019-10-16"))
    }

    // MARK: - Consultation (征求意见, Art. 32/34)

    @Test func consultationTimeIsExcluded() throws {
        var r = request()
        try r.apply(.consultationStarted(on: day("2019-10-08"), party: "某公司"), calendar: calendar)
        // Still open, no asOf: the pause runs its full 15 working days (10-09 … 10-28), so the due date is the
        // 35th working day after receipt: 10-23 is the 20th; 10-24, 25, 28…31, 11-01, 11-04…08, 11-11, 12, 13.
        #expect(r.replyDeadline(calendar: calendar).dueDate == day("2019-11-13"))
        try r.apply(.consultationEnded(on: day("2019-10-11")), calendar: calendar)
        // Paused 10-09, 10-10, 10-11 (3 working days): Wed 10-23 moves to 10-24, 10-25, Mon 10-28.
        let due = r.replyDeadline(calendar: calendar)
        #expect(due.dueDate == day("2019-10-28"))
        #expect(due.explanation.contains("did not count 3 working days 2019-10-09…11 (consultation with 某公司, Art. 32)"))
    }

    @Test func consultationRulesNegative() throws {
        expectRefused(.wrongState, .consultationEnded(on: day("2019-09-25")), on: request())
        expectRefused(.wrongState, .consultationStarted(on: day("2019-09-25"), party: "  "), on: request())
        var r = request()
        try r.apply(.consultationStarted(on: day("2019-09-25"), party: "县财政局"), calendar: calendar)
        expectRefused(.wrongState, .consultationStarted(on: day("2019-09-26"), party: "另一家"), on: r)
        // A reply during a consultation ends it.
        try r.apply(.replied(on: day("2019-09-27"), outcome: .deniedThirdParty), calendar: calendar)
        #expect(r.state.consultations.first?.ended == day("2019-09-27"))
    }

    // MARK: - Extension (延期, Art. 33)

    @Test func oneExtensionOfAtMostTwentyDays() throws {
        var r = request()
        try r.apply(.extended(on: day("2019-10-22"), workingDays: 20, approvedBy: "局长 张三"), calendar: calendar)
        // 40 working days: 10-23 is the 20th; 10-24, 25 (22), 10-28…11-01 (27), 11-04…08 (32), 11-11…15 (37),
        // 11-18, 19, Wed 11-20 (40).
        let due = r.replyDeadline(calendar: calendar)
        #expect(due.dueDate == day("2019-11-20"))
        #expect(due.explanation.contains("extension of 20 approved by 局长 张三 on 2019-10-22"))
        expectRefused(
            .secondExtension, .extended(on: day("2019-10-23"), workingDays: 5, approvedBy: "局长 张三"), on: r)
    }

    @Test func extensionRulesNegative() {
        expectRefused(
            .invalidExtension, .extended(on: day("2019-10-22"), workingDays: 21, approvedBy: "张三"), on: request())
        expectRefused(
            .invalidExtension, .extended(on: day("2019-10-22"), workingDays: 0, approvedBy: "张三"), on: request())
        expectRefused(
            .invalidExtension, .extended(on: day("2019-10-22"), workingDays: 10, approvedBy: ""), on: request())
        // The period ended on Wed 10-23: an extension decided on 10-24 is too late.
        expectRefused(
            .invalidExtension, .extended(on: day("2019-10-24"), workingDays: 10, approvedBy: "张三"), on: request())
    }

    // MARK: - Fee (收费, 国办函〔2020〕109号)

    /// A request of Mon 2021-03-01 with a fee notice on Wed 2021-03-10. The 20 working days to pay: 03-11, 12,
    /// 03-15…19, 22…26, 29…31, 04-01, 04-02 (17); 04-03…05 清明节; 04-06, 07, Thu 04-08 (20).
    func requestWithFeeNotice() throws -> DisclosureRequest {
        var r = request("2021-03-01", channel: .internet)
        try r.apply(.feeNoticed(on: day("2021-03-10"), amount: 200), calendar: calendar)
        return r
    }

    @Test func feePaidInTimeIsExcludedFromTheClock() throws {
        var r = try requestWithFeeNotice()
        #expect(r.state.phase == .awaitingPayment)
        try r.apply(.feePaid(on: day("2021-04-08")), calendar: calendar)
        // Reply clock from 03-01: 03-02…05 (4), 03-08, 09, 10 (7); paused 03-11…04-08 (20 working days);
        // then 04-09 (8), 04-12…16 (13), 04-19…23 (18), Sun 04-25 is a make-up day (19), Mon 04-26 (20).
        let due = r.replyDeadline(calendar: calendar)
        #expect(due.dueDate == day("2021-04-26"))
        #expect(due.pausedWorkingDays.count == 20)
        try r.apply(.replied(on: day("2021-04-20"), outcome: .granted), calendar: calendar)
    }

    @Test func feeUnpaidEndsTheRequest() throws {
        let r = try requestWithFeeNotice()
        expectRefused(.periodMismatch, .feeOverdue(on: day("2021-04-08")), on: r)
        expectRefused(.periodMismatch, .feePaid(on: day("2021-04-09")), on: r)
        expectRefused(.wrongState, .replied(on: day("2021-04-01"), outcome: .granted), on: r)
        var closed = r
        try closed.apply(.feeOverdue(on: day("2021-04-09")), calendar: calendar)
        #expect(closed.outcome == .otherOverdueFee)
    }

    @Test func feeRulesNegative() {
        expectRefused(.wrongState, .feePaid(on: day("2019-09-25")), on: request())
        expectRefused(.wrongState, .feeOverdue(on: day("2019-09-25")), on: request())
        expectRefused(.invalidAmount, .feeNoticed(on: day("2019-09-25"), amount: 0), on: request())
    }

    @Test func uncoveredCalendarIsAnError() {
        let r = request("2026-12-28")
        expectRefused(
            .calendarNotCovered,
            .supplementRequested(on: day("2027-01-05"), replyBy: day("2027-01-20"), what: "x"), on: r)
    }

    @Test func requestsRoundTripThroughJSON() throws {
        var r = request()
        try r.apply(.consultationStarted(on: day("2019-10-08"), party: "某公司"), calendar: calendar)
        try r.apply(.consultationEnded(on: day("2019-10-11")), calendar: calendar)
        try r.apply(.replied(on: day("2019-10-20"), outcome: .partialGrant), calendar: calendar)
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(DisclosureRequest.self, from: data) == r)
    }
}
