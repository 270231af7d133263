import DisclosureCore
import ImportKit
import OAExport
import Testing

/// Every fixture of `fixtures/oa/`: the importer chosen from the content alone, and its output compared with the
/// golden byte for byte.
@Suite struct GoldenTests {
    static let cases: [(fixture: String, importer: String)] = [
        ("fawen-2018-gbk.csv", "oa-csv"),
        ("shouwen-2018-utf8-bom.csv", "oa-csv"),
        ("shouwen-2018-utf8.csv", "oa-csv"),
        ("fawen-2018-utf16le.csv", "oa-csv"),
        ("fawen-2018.xlsx", "oa-xlsx"),
        ("shouwen-2018-spreadsheetml.xls", "oa-spreadsheetml"),
        ("fawen-2018-html.xls", "oa-html-table"),
        ("eep-2018-026.xml", "oa-eep"),
        ("eep-2018-gbk.xml", "oa-eep"),
        ("eep-2018-package.zip", "oa-eep"),
        ("ysepan-listing-2018.html", "file-listing"),
    ]

    @Test(arguments: cases)
    func fixtureMatchesGolden(fixture: String, importer expected: String) throws {
        let source = try Fixtures.source(fixture)
        let importer = try #require(OAExportImporters.importer(for: source))
        #expect(importer.identifier == expected)
        let result = try importer.importSource(source, context: ImportContext())
        try Fixtures.compareWithGolden(
            fixture, try Fixtures.lines(of: result), files: result.outcome == .fileIndex)
    }
}
