import DisclosureCore
import Foundation
import ImportKit
import OAExport
import Testing

/// Every hostile fixture is refused quickly with a clear error, whichever importer its content selects.
@Suite struct SecurityTests {
    static let attacks: [(fixture: String, importer: String, code: String)] = [
        ("hostile/billion-laughs-spreadsheetml.xls", "oa-spreadsheetml", "xml.entity-declaration"),
        ("hostile/billion-laughs-eep.xml", "oa-eep", "xml.entity-declaration"),
        ("hostile/xxe-eep.xml", "oa-eep", "xml.entity-declaration"),
        ("hostile/billion-laughs-sheet.xlsx", "oa-xlsx", "xml.entity-declaration"),
        ("hostile/xxe-sharedstrings.xlsx", "oa-xlsx", "xml.entity-declaration"),
        ("hostile/zip-slip.xlsx", "oa-xlsx", "zip.path-traversal"),
        ("hostile/zip-bomb.xlsx", "oa-xlsx", "zip.compression-ratio"),
        ("hostile/zip-lying-size.xlsx", "oa-xlsx", "zip.size-mismatch"),
    ]

    @Test(arguments: attacks)
    func attackIsRefused(fixture: String, importer expected: String, code: String) throws {
        let source = try Fixtures.source(fixture)
        let importer = try #require(OAExportImporters.all.first { $0.identifier == expected })
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: ImportError.self) { try importer.importSource(source, context: ImportContext()) }
        #expect(error?.code == code, "\(error?.description ?? "no error")")
        #expect(error?.file == source.path)
        #expect(clock.now - start < .seconds(2))
    }

    @Test func externalDTDIsNeverFetchedAndItsEntityStaysEmpty() throws {
        // The DOCTYPE names an external DTD on 127.0.0.1:9 that would define &ext;. It is never loaded (no
        // DTDLOAD, NONET): the parse finishes at once and the reference expands to nothing, so the only data
        // row is blank and no item carries anything from outside.
        let source = try Fixtures.source("hostile/xxe-external-dtd-spreadsheetml.xls")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try OASpreadsheetMLImporter().importSource(source, context: ImportContext())
        #expect(clock.now - start < .seconds(2))
        #expect(result.items.isEmpty)
        #expect(result.diagnostics.contains { $0.code == "oa.blank-rows-skipped" })
    }

    @Test func absolutePathInAZippedPackageIsRefused() throws {
        let source = try Fixtures.source("hostile/zip-absolute-path-eep.zip")
        let error = #expect(throws: ImportError.self) {
            try OAEEPImporter().importSource(source, context: ImportContext())
        }
        #expect(error?.code == "zip.path-traversal")
        #expect(error?.element == "/etc/cron.d/evil")
        // The sniffer does not claim a package it cannot open safely.
        #expect(OAEEPImporter().sniff(source) == .no)
    }

    @Test func entryCountLimitIsEnforced() throws {
        let source = try Fixtures.source("hostile/many-entries-eep.zip")
        let strict = OAEEPImporter(limits: ZipLimits(maxEntries: 50))
        let error = #expect(throws: ImportError.self) { try strict.importSource(source, context: ImportContext()) }
        #expect(error?.code == "zip.too-many-entries")
        // With the default limits the same package imports.
        let result = try OAEEPImporter().importSource(source, context: ImportContext())
        #expect(result.items.count == 1)
    }

    @Test func sizeLimitsAreEnforced() throws {
        let source = try Fixtures.source("fawen-2018.xlsx")
        let tiny = OAXLSXImporter(limits: ZipLimits(maxEntrySize: 100))
        let error = #expect(throws: ImportError.self) { try tiny.importSource(source, context: ImportContext()) }
        #expect(error?.code == "zip.entry-too-large")
        let total = OAXLSXImporter(limits: ZipLimits(maxTotalSize: 1000))
        let totalError = #expect(throws: ImportError.self) { try total.importSource(source, context: ImportContext()) }
        #expect(totalError?.code == "zip.too-large")
    }

    @Test func binaryXLSIsRefusedWithAdvice() throws {
        let source = try Fixtures.source("fawen-2018-biff.xls")
        let importer = try #require(OAExportImporters.importer(for: source))
        #expect(importer.identifier == "oa-binary-office")
        let error = #expect(throws: ImportError.self) { try importer.importSource(source, context: ImportContext()) }
        #expect(error?.code == "oa.binary-xls-unsupported")
        #expect(error?.message.contains(".xlsx") == true)
        #expect(error?.message.contains("CSV") == true)
        // No other importer reads it as text either.
        for other in OAExportImporters.all where other.identifier != "oa-binary-office" {
            #expect(other.sniff(source) == .no, "\(other.identifier)")
        }
        #expect(throws: ImportError.self) { try OACSVImporter().importSource(source, context: ImportContext()) }
    }
}
