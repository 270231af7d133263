import DisclosureCore
import ImportKit
import OAExport
import Testing

/// DA/T 48 EEP packages and file-platform listings.
@Suite struct PackageAndListingTests {
    @Test func eepNestedArchiveNumberAndInlineBase64() throws {
        let source = try Fixtures.source("eep-2018-026.xml")
        let result = try OAEEPImporter().importSource(source, context: ImportContext())
        let item = try #require(result.items.first)
        #expect(item.provenance.first?.legacyID == "J012-2018-Y-BGS-0012")
        #expect(item.writtenAt?.description == "2018-07-02")
        #expect(item.attachments.first?.mediaType == "application/pdf")
        #expect(item.attachments.first?.sha256?.count == 64)
        #expect(item.provenance.first?.extraFields?["紧急程度"] == "平件")
    }

    @Test func eepInGBKWithFlatArchiveNumberAndAMissingReference() throws {
        let source = try Fixtures.source("eep-2018-gbk.xml")
        let result = try OAEEPImporter().importSource(source, context: ImportContext())
        #expect(result.encoding == "GB18030")
        #expect(result.items.count == 2)
        #expect(result.items[0].title == "关于李堃等同志职务任免的通知")
        #expect(result.items[0].provenance.first?.legacyID == "J012-WS·2018-Y-BGS-0031")
        #expect(result.items[0].diagnostics.map(\.code) == ["oa.eep-file-missing"])
        #expect(!result.items[1].isItem)
        #expect(result.items[1].diagnostics.first?.code == "oa.title-missing")
    }

    @Test func zippedEEPHashesTheReferencedFile() throws {
        let inline = try OAEEPImporter().importSource(try Fixtures.source("eep-2018-026.xml"), context: ImportContext())
        let zipped = try OAEEPImporter().importSource(
            try Fixtures.source("eep-2018-package.zip"), context: ImportContext())
        let attachment = try #require(zipped.items.first?.attachments.first)
        #expect(attachment.path == "eep/files/zhaosheng-2018.pdf")
        // The same invented PDF is inline in one package and referenced in the other.
        #expect(attachment.sha256 == inline.items.first?.attachments.first?.sha256)
        #expect(zipped.items.first?.attribute == .proactive)
    }

    @Test func listingIsAFileIndex() throws {
        let source = try Fixtures.source("ysepan-listing-2018.html")
        let importer = try #require(OAExportImporters.importer(for: source))
        let result = try importer.importSource(source, context: ImportContext())
        #expect(result.outcome == .fileIndex)
        #expect(result.items.isEmpty)
        #expect(result.files.count == 5)
        #expect(result.files[0].folder == "2018年/招生")
        #expect(result.files[0].size == 57_856)
        #expect(result.files[1].size == 1_258_291)
        #expect(result.files[3].folder == "2018年/营养改善计划")
        #expect(result.diagnostics.contains { $0.code == "listing.subfolders" })
        #expect(result.diagnostics.contains { $0.code == "listing.size-unreadable" && $0.line != nil })
        #expect(result.diagnostics.contains { $0.code == "listing.time-unreadable" })
        // A register is not a listing, and a listing is not a register.
        #expect(FileListingImporter().sniff(try Fixtures.source("fawen-2018-html.xls")) == .no)
        #expect(OAHTMLTableImporter().sniff(source) == .no)
    }
}
