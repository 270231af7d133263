import Foundation
import Testing

/// Every page's import against its hand-written truth file, field by field: the real check of the importer.
@Suite struct TruthTests {
    @Test(arguments: PortalFixtures.pages)
    func importMatchesTruth(_ page: String) throws {
        let truth = try PortalFixtures.truth(page)
        let result = try PortalFixtures.run(page)
        let comparison = TruthComparison(result: result, truth: truth)
        #expect(comparison.differences.isEmpty, "\(page):\n  \(comparison.differences.joined(separator: "\n  "))")
    }

    @Test func everyTruthFileHasItsPage() throws {
        #expect(PortalFixtures.pages.count >= 37)
    }
}
