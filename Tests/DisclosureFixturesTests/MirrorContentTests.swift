import DisclosureCore
import DisclosureFixtures
import Foundation
import Testing

@Suite("Mirror content")
struct MirrorContentTests {
    @Test("every column name on the pages maps to its catalogue node", arguments: FixtureColumn.menghaiColumns)
    func columnsMap(column: FixtureColumn) {
        let match = Catalogue.countyEducationBureau.matchColumn(column.name)
        #expect(match?.category == column.category)
    }

    @Test("the legacy column of every expected item maps to the item's category")
    func legacyColumnsMap() throws {
        let truth = try FixtureSupport.committedTruth()
        for item in truth.items where item.origin == "portal" {
            let column = try #require(item.legacyColumn)
            #expect(Catalogue.countyEducationBureau.matchColumn(column)?.category == item.category)
        }
    }

    @Test("pages are encoded as the truth says: GB pages are not UTF-8, gb2312 pages hold GBK-only characters")
    func encodings() throws {
        let folder = FixtureSupport.committedFixture
        let truth = try FixtureSupport.committedTruth()
        let gbkOnly: [[UInt8]] = [[0xE9, 0x46], [0x86, 0xB4], [0x88, 0xD2]]  // 镕 喆 堃
        var declared: [String: Int] = [:]
        for file in truth.files where file.role == .item || file.role == .list || file.role == .nonItem {
            let bytes = try FixtureSupport.bytes(file.path, in: folder)
            declared[file.declaredCharset ?? "none", default: 0] += 1
            switch file.encoding {
            case "GB18030":
                #expect(!FixtureSupport.isUTF8(bytes), "\(file.path) must not decode as UTF-8")
                #expect(!Self.hasFourByteSequence(bytes), "\(file.path) stays within GBK")
                if let charset = file.declaredCharset {
                    #expect(String(decoding: bytes.prefix(1_024), as: UTF8.self).contains("charset=\(charset)"))
                }
                if file.role == .item && file.declaredCharset == "gb2312" {
                    #expect(gbkOnly.contains { Self.contains(bytes, $0) }, "\(file.path) holds 镕, 喆 or 堃")
                }
            case "UTF-8":
                #expect(FixtureSupport.isUTF8(bytes))
            default:
                Issue.record("\(file.path) has no encoding in the truth")
            }
        }
        #expect((declared["gbk"] ?? 0) > (declared["utf-8"] ?? 0), "mostly GBK")
        #expect((declared["gb2312"] ?? 0) > 10)
        #expect((declared["utf-8"] ?? 0) > 10)
    }

    @Test("every attachment link points to a file with the recorded hash, except the deliberately missing ones")
    func attachments() throws {
        let folder = FixtureSupport.committedFixture
        let truth = try FixtureSupport.committedTruth()
        let attachments = truth.items.flatMap(\.attachments)
        #expect(attachments.count > 100)
        var missing = 0
        for attachment in attachments {
            let exists = FileManager.default.fileExists(atPath: folder.path + "/" + attachment.path)
            if attachment.missing == true {
                missing += 1
                #expect(!exists, "\(attachment.path) is deliberately missing")
            } else {
                #expect(exists, "\(attachment.path) exists")
                let bytes = try FixtureSupport.bytes(attachment.path, in: folder)
                #expect(SHA256Digest.hex(of: bytes) == attachment.sha256)
                if attachment.mediaType == "application/pdf" { #expect(bytes.starts(with: Array("%PDF-1.4".utf8))) }
                if attachment.mediaType == "application/msword" {
                    #expect(bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]))
                }
            }
            #expect(attachment.url.hasPrefix("http://mhjyj.ynmh.gov.cn/"))
        }
        #expect(missing == 3)
        #expect(truth.totals.missingAttachments == 3)
    }

    @Test("pages show what the truth expects: titles, 文号, hidden links, reposts, split pages, list titles")
    func pagesMatchTruth() throws {
        let folder = FixtureSupport.committedFixture
        let truth = try FixtureSupport.committedTruth()
        for item in truth.items where item.origin == "portal" {
            let path = try #require(item.sourceFile)
            let bytes = try FixtureSupport.bytes(path, in: folder)
            let text =
                item.encoding == "UTF-8"
                ? String(decoding: bytes, as: UTF8.self)
                : try #require(String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)))
            #expect(text.contains("<!--TitleStart-->\(Self.escaped(item.title))<!--TitleEnd-->"))
            if let number = item.documentNumber { #expect(text.contains(number.normalized)) }
            for link in item.hiddenLinks where item.pages == nil { #expect(text.contains(link)) }
            if let site = item.repost?.site, item.pages == nil { #expect(text.contains("转载来源：\(site)")) }
            for extra in item.pages?.dropFirst() ?? [] {
                #expect(FileManager.default.fileExists(atPath: folder.path + "/" + extra))
            }
        }
        #expect(truth.items.filter { !$0.hiddenLinks.isEmpty }.count == 4)
        #expect(truth.items.contains { $0.repost?.site == "云南省教育厅" })
        // The list pages carry every item's full title in a title attribute.
        let columns = truth.columns
        #expect(columns.reduce(0) { $0 + $1.items } == truth.totals.portalItems)
        let tzgg = try #require(columns.first { $0.key == "tzgg" })
        #expect(tzgg.listPages.count == 8)
        #expect(tzgg.listPages[1].hasSuffix("75206.news.list.dhtml?pageNum=2"))
    }

    @Test(
        "the proportional profile plans exactly the pages asked for", arguments: [1, 12, 37, 100, 445, 1_000, 20_000])
    func proportionalSizes(pages: Int) {
        let profile = FixtureProfile.proportional(pages: pages, year: 2020)
        #expect(profile.itemCount == pages)
        #expect(profile.quotas.allSatisfy { $0.inYear >= 0 && $0.priorYear >= 0 })
        if pages >= 100 { #expect(profile.quotas.allSatisfy { $0.total >= 1 }) }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Whether GBK bytes hold a two-byte character, walking character by character.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            if bytes[index] == needle[0] && bytes[index + 1] == needle[1] { return true }
            index += 2
        }
        return false
    }

    /// Whether GB18030 bytes hold a four-byte sequence (lead byte, then an ASCII digit): outside GBK.
    static func hasFourByteSequence(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if index + 1 < bytes.count, (0x30...0x39).contains(bytes[index + 1]) {
                return true
            } else {
                index += 2
            }
        }
        return false
    }
}
