import DisclosureCore
import Testing

@Suite struct ReleaseRulesTests {
    static let today = CivilDate(year: 2019, month: 1, day: 31)!
    static let calendar = try! WorkingDayCalendar.bundled()
    let rules = ReleaseRules(today: today, catalogue: .countyEducationBureau, calendar: calendar)

    func codes(_ item: DisclosureItem) -> Set<String> {
        Set(rules.check(item).map(\.code))
    }

    @Test func aCompleteItemHasNoFindings() {
        #expect(rules.check(SampleItems.normativeDocument).isEmpty)
        #expect(rules.check(SampleItems.repost).isEmpty)
        #expect(rules.isReleasable(SampleItems.normativeDocument))
    }

    @Test func theGateKeepsOnlyProactiveItemsWithAPassedReview() {
        var unreviewed = SampleItems.normativeDocument
        unreviewed.id = "unreviewed"
        unreviewed.review = nil
        var failed = SampleItems.normativeDocument
        failed.id = "failed"
        failed.review = ConfidentialityReview(result: .failed)
        var pending = SampleItems.normativeDocument
        pending.id = "pending"
        pending.review = ConfidentialityReview(result: .pending)
        var onRequest = SampleItems.normativeDocument
        onRequest.id = "on-request"
        onRequest.attribute = .onRequest
        let all = [
            SampleItems.normativeDocument, unreviewed, failed, pending, onRequest, SampleItems.exempt,
            SampleItems.notAnItem, SampleItems.repost,
        ]
        #expect(rules.releasable(all).map(\.id) == [SampleItems.normativeDocument.id, SampleItems.repost.id])
        #expect(codes(unreviewed) == ["review.missing"])
        #expect(codes(failed) == ["review.failed"])
        #expect(codes(pending) == ["review.pending"])
        #expect(codes(onRequest) == ["release.not-proactive"])
    }

    @Test func anItemWithoutAnAttributeCannotBeReleased() {
        var item = SampleItems.repost
        item.attribute = nil
        #expect(codes(item) == ["release.attribute-missing"])
        #expect(!rules.isReleasable(item))
    }

    @Test func anExemptItemNeedsItsGround() {
        var item = SampleItems.exempt
        #expect(rules.check(item).isEmpty)
        item.exemptionGround = nil
        item.exemptionReason = nil
        #expect(codes(item) == ["release.exemption-ground-missing"])
    }

    @Test func aRepostNamesItsSiteAndTime() {
        var item = SampleItems.repost
        item.repost = RepostSource(url: "http://jyt.yn.gov.cn/x.html")
        #expect(codes(item) == ["repost.site-missing", "repost.time-missing", "repost.department-missing"])
        let severities = rules.check(item).map(\.severity)
        #expect(severities == [.error, .error, .info])
    }

    @Test func aNormativeDocumentCarriesADocumentNumber() {
        var byKind = SampleItems.repost
        byKind.kind = .normativeDocument
        #expect(codes(byKind) == ["normative.document-number-missing"])
        var byCategory = SampleItems.repost
        byCategory.category = .normativeDocuments
        #expect(codes(byCategory) == ["normative.document-number-missing"])
        var numbered = byCategory
        numbered.documentNumber = try? DocumentNumber(parsing: "勐教发[2018]7号")
        #expect(codes(numbered).isEmpty)
    }

    @Test func datesAreNotInTheFutureNorWrittenAfterPublication() {
        var future = SampleItems.repost
        future.publishedAt = LocalDateTime("2019-02-01")
        #expect(codes(future) == ["date.future"])
        var backwards = SampleItems.normativeDocument
        backwards.writtenAt = LocalDateTime("2018-06-13")
        let findings = rules.check(backwards)
        #expect(findings.map(\.code) == ["date.written-after-published"])
        #expect(findings.first?.message.contains("2018-06-13") == true)
    }

    @Test func latePublicationCountsWorkingDays() throws {
        // Written Fri 2019-09-20: the 20th working day after it is 2019-10-23 (the National Day week and two
        // weekends are skipped, the make-up days Sun 09-29 and Sat 10-12 are counted).
        let laterRules = ReleaseRules(
            today: CivilDate(year: 2020, month: 1, day: 1)!, catalogue: .countyEducationBureau, calendar: Self.calendar)
        var onTime = SampleItems.normativeDocument
        onTime.writtenAt = LocalDateTime("2019-09-20")
        onTime.publishedAt = LocalDateTime("2019-10-23")
        #expect(laterRules.check(onTime).isEmpty)
        var late = onTime
        late.publishedAt = LocalDateTime("2019-10-24")
        let finding = try #require(laterRules.check(late).first)
        #expect(finding.code == "publication.late")
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("1 working days after the deadline"))
        #expect(finding.message.contains("due 2019-10-23"))
    }

    @Test func withoutACalendarTheDeadlineIsInCalendarDaysAndSaysSo() throws {
        let plain = ReleaseRules(today: Self.today)
        var late = SampleItems.normativeDocument
        late.writtenAt = LocalDateTime("2018-05-01")
        let finding = try #require(plain.check(late).first)
        #expect(finding.code == "publication.late")
        #expect(finding.message.contains("calendar days"))
    }

    @Test func titleAndCategoryAreChecked() {
        var item = SampleItems.repost
        item.title = "  "
        item.category = "no-such-column"
        #expect(codes(item) == ["title.empty", "category.unknown"])
        item.category = nil
        item.legacyColumn = "友情链接"
        let finding = rules.check(item).first { $0.code == "category.missing" }
        #expect(finding?.message.contains("友情链接") == true)
    }

    @Test func aSetMayNotReuseAnIndexNumber() {
        var copy = SampleItems.normativeDocument
        copy.id = "item-copy"
        let findings = rules.check([SampleItems.normativeDocument, copy, SampleItems.repost])
        #expect(findings.map(\.code) == ["set.index-number-duplicate", "set.document-number-shared"])
        #expect(findings.first?.severity == .error)
    }

    @Test func inputsThatAreNotItemsAreNotJudged() {
        #expect(rules.check(SampleItems.notAnItem).isEmpty)
    }
}
