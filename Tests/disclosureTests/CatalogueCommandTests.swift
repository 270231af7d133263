import DisclosureCore
import Foundation
import Testing

@Suite struct CatalogueCommandTests {
    @Test func printsTheStandardCatalogueAsATree() throws {
        let result = try CommandLineRunner.run(["catalogue"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  规范性文件  [policy-documents/normative]  (normativeDocument)"))
        #expect(result.stdout.contains("预算公开专栏  [budget]"))
    }

    @Test func theJSONFormReadsBackAsTheSameCatalogue() throws {
        let result = try CommandLineRunner.run(["catalogue", "--json"])
        #expect(result.status == 0)
        let decoded = try Catalogue(jsonData: Data(result.stdout.utf8))
        #expect(decoded == Catalogue.countyEducationBureau)
    }

    @Test func aBrokenCatalogueFileIsNamedInTheError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("broken-catalogue-\(UUID()).json")
        try Data(#"{"formatVersion":1,"categories":[{"id":"a","name":"甲","parent":"missing"}]}"#.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try CommandLineRunner.run(["catalogue", "--file", path.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(path.path))
        #expect(result.stderr.contains("missing"))
    }
}
