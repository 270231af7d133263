import DisclosureCore
import Testing

@Suite struct RequestOutcomeTests {
    @Test func keysAreTheCanonicalOnes() {
        #expect(RequestOutcome.allCases.count == 22)
        #expect(RequestOutcome.deniedStateSecret.rawValue == "denied.stateSecret")
        #expect(RequestOutcome.unableToProvideNeedsCreation.rawValue == "unableToProvide.needsCreation")
        #expect(RequestOutcome.notProcessedConfirm.rawValue == "notProcessed.confirm")
        #expect(RequestOutcome.otherOtherReasons.rawValue == "other.otherReasons")
        #expect(RequestOutcome.allCases.allSatisfy { !$0.legalGround.isEmpty })
    }

    @Test func otherRowsFoldByEdition() {
        #expect(RequestOutcome.otherOverdueFee.tableRow(in: .edition2019) == "other")
        #expect(RequestOutcome.otherOverdueSupplement.tableRow(in: .edition2019) == "other")
        #expect(RequestOutcome.otherOverdueFee.tableRow(in: .edition2021) == "other.overdueFee")
        #expect(RequestOutcome.other.tableRow(in: .edition2021) == "other.otherReasons")
        #expect(RequestOutcome.granted.tableRow(in: .edition2019) == "granted")
    }
}
