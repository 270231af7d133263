import DisclosureCore
import DisclosureFixtures
import Foundation
import Testing

@Suite("Determinism")
struct DeterminismTests {
    @Test("the same pages, seed and year give byte-identical folders")
    func sameInputsSameBytes() throws {
        let first = try FixtureSupport.temporaryFolder("a")
        let second = try FixtureSupport.temporaryFolder("b")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let summary = try SiteGenerator.generate(pages: 60, seed: 7, year: 2019, into: first)
        _ = try SiteGenerator.generate(pages: 60, seed: 7, year: 2019, into: second)
        let a = try FixtureSupport.hashes(of: first)
        let b = try FixtureSupport.hashes(of: second)
        #expect(a.count == summary.files)
        #expect(a == b)
    }

    @Test("another seed gives other pages")
    func otherSeedOtherBytes() throws {
        let first = try FixtureSupport.temporaryFolder("c")
        let second = try FixtureSupport.temporaryFolder("d")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        _ = try SiteGenerator.generate(pages: 40, seed: 1, year: 2018, into: first)
        _ = try SiteGenerator.generate(pages: 40, seed: 2, year: 2018, into: second)
        let truthA = try GroundTruth.load(from: first.appendingPathComponent("ground-truth.json"))
        let truthB = try GroundTruth.load(from: second.appendingPathComponent("ground-truth.json"))
        #expect(truthA.items.map(\.title) != truthB.items.map(\.title))
    }

    @Test("the committed fixture is exactly what the generator writes today")
    func committedFixtureDoesNotDrift() throws {
        let folder = try FixtureSupport.temporaryFolder("committed")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try SiteGenerator(profile: .menghai2018, seed: SiteGenerator.committedSeed).generate(into: folder)
        let fresh = try FixtureSupport.hashes(of: folder)
        let committed = try FixtureSupport.hashes(of: FixtureSupport.committedFixture)
        #expect(fresh.count == committed.count)
        let differing = fresh.keys.filter { fresh[$0] != committed[$0] }.sorted()
        #expect(differing.isEmpty, "regenerate with the README's command: \(differing.prefix(5))")
    }

    @Test("SplitMix64 gives the published reference sequence for seed 0")
    func splitMixReference() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
