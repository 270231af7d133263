import DisclosureCore
import Foundation
import Testing

/// Extracting every fixture from many tasks at once gives the same output as one at a time.
@Suite struct ConcurrencyTests {
    @Test func parallelExtractionIsIdentical() async throws {
        let pages = PortalFixtures.pages
        var baseline: [String: String] = [:]
        for page in pages { baseline[page] = try PortalFixtures.jsonLines(page) }
        let rounds = 8
        let results = try await withThrowingTaskGroup(of: (String, String).self) { group in
            for _ in 0..<rounds {
                for page in pages {
                    group.addTask { (page, try PortalFixtures.jsonLines(page)) }
                }
            }
            var collected: [(String, String)] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == rounds * pages.count)
        for (page, output) in results {
            #expect(output == baseline[page], "\(page) differs when extracted in parallel")
        }
    }
}
