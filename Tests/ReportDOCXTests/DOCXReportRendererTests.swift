import DisclosureCore
import Foundation
import FoundationXML
import ReportDOCX
import Testing
import ZIPFoundation

/// What a WordprocessingML part holds, read with XMLParser.
final class WordScan: NSObject, XMLParserDelegate {
    struct Table {
        var rows: [[(span: Int, merge: String?, text: String)]] = []
    }

    var tables: [Table] = []
    var elements: [String: [[String: String]]] = [:]
    var texts: [String] = []
    private var depth = 0
    private var inText = false
    private var currentText = ""
    private var cell: (span: Int, merge: String?, text: String)?

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[name, default: []].append(attributes)
        switch name {
        case "w:tbl": tables.append(Table())
        case "w:tr": tables[tables.count - 1].rows.append([])
        case "w:tc": cell = (1, nil, "")
        case "w:gridSpan": cell?.span = Int(attributes["w:val"] ?? "") ?? -1
        case "w:vMerge": cell?.merge = attributes["w:val"] ?? "continue"
        case "w:t":
            inText = true
            currentText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        currentText += string
        cell?.text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" {
            inText = false
            texts.append(currentText)
        }
        if name == "w:tc", let finished = cell {
            let table = tables.count - 1
            tables[table].rows[tables[table].rows.count - 1].append(finished)
            cell = nil
        }
    }
}

@Suite struct DOCXReportRendererTests {
    static func report(edition: ReportEdition = .edition2021) throws -> AnnualReport {
        let calendar = try WorkingDayCalendar.bundled()
        var input = ReportInput(body: "勐海县教育局", year: 2021)
        input.requestTable = [
            "newReceived": ["naturalPerson": 2, "legal": 1, "total": 3],
            "granted": ["naturalPerson": 2, "total": 2],
            "totalProcessed": ["naturalPerson": 2, "total": 2],
            "carriedForward": ["legal": 1, "total": 1],
        ]
        let template = NarrativeTemplate(
            markdown: """
                # {{body}}{{year}}年政府信息公开工作年度报告 <A&B>
                ## 一、总体情况
                本年新收申请{{requests.newReceived.total}}件。
                ## 五、存在的主要问题及改进情况
                无。
                ## 六、其他需要报告的事项
                无。
                """)
        return try ReportBuilder(body: "勐海县教育局", year: 2021, edition: edition).build(
            items: [], requests: input.requestStatistics(edition: edition.requestTableEdition, calendar: calendar),
            reviewLitigation: [
                ReviewLitigationCase(
                    id: "r1", proceeding: .review, filedOn: CivilDate(year: 2021, month: 3, day: 1)!)
            ],
            template: template
        ).report
    }

    static func entries(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    @Test func isAnOfficeOpenXMLPackage() throws {
        let parts = try Self.entries(try DOCXReportRenderer.render(try Self.report()))
        #expect(
            Set(parts.keys) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                "word/document.xml", "word/styles.xml",
            ])
        for data in parts.values { _ = try WordScan(data) }  // every part is well-formed XML
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        #expect(types.contains("wordprocessingml.document.main+xml"))
        let rels = String(decoding: try #require(parts["_rels/.rels"]), as: UTF8.self)
        #expect(rels.contains("Target=\"word/document.xml\""))
        let styles = try WordScan(try #require(parts["word/styles.xml"]))
        #expect(styles.elements["w:rFonts"]?.first?["w:eastAsia"] == "SimSun")
        let styleIDs = Set((styles.elements["w:style"] ?? []).compactMap { $0["w:styleId"] })
        #expect(styleIDs.isSuperset(of: ["Title", "Heading1", "BodyText", "TableText"]))
    }

    @Test func documentHasHeadingsTablesAndA4() throws {
        let parts = try Self.entries(try DOCXReportRenderer.render(try Self.report()))
        let scan = try WordScan(try #require(parts["word/document.xml"]))
        #expect(scan.elements["w:pgSz"]?.first == ["w:w": "11906", "w:h": "16838"])
        #expect(scan.texts.first == "勐海县教育局2021年政府信息公开工作年度报告 <A&B>")
        let headings = scan.elements["w:pStyle"]?.filter { $0["w:val"] == "Heading1" }.count
        #expect(headings == 6)
        #expect(scan.tables.count == 3)
        // Section 三: 3 header rows + 25 rows; the note cell spans 3 columns and 3 rows.
        let requests = scan.tables[1]
        #expect(requests.rows.count == 28)
        let note = try #require(requests.rows.first?.first)
        #expect(note.span == 3)
        #expect(note.merge == "restart")
        #expect(note.text == RequestTableRow.balanceNote)
        #expect(requests.rows[1].first?.merge == "continue")
        #expect(requests.rows[1].first?.span == 3)
        // Every row covers the 10 grid columns.
        for row in requests.rows { #expect(row.reduce(0) { $0 + $1.span } == 10) }
        let newReceived = requests.rows[3]
        #expect(newReceived.map(\.text) == ["一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "1", "0", "3"])
        let denied = requests.rows[7]
        // Under 三、本年度办理结果 (continued from the granted row), the group starts its own merged cell.
        #expect(denied.map(\.text).prefix(3) == ["", "（三）不予公开", "1.属于国家秘密"])
        #expect(denied.map(\.merge).prefix(3) == ["continue", "restart", nil])
        #expect(requests.rows[5].first?.text == "三、本年度办理结果")
        #expect(requests.rows[5].first?.merge == "restart")
        // Section 四: one row of 15 figures, the review pending.
        let review = scan.tables[2]
        #expect(review.rows.count == 4)
        #expect(review.rows[3].map(\.text) == ["0", "0", "0", "1", "1"] + Array(repeating: "0", count: 10))
        #expect(review.rows[0].map(\.span) == [5, 10])
        // Section 二 (2021): four columns, the one-column parts stretched over three.
        let proactive = scan.tables[0]
        #expect(proactive.rows[0].map(\.span) == [4])
        #expect(proactive.rows[5].map(\.span) == [1, 3])
    }

    @Test func bytesAreDeterministic() throws {
        let report = try Self.report(edition: .edition2019)
        let first = try DOCXReportRenderer.render(report)
        let second = try DOCXReportRenderer.render(report)
        #expect(first == second)
        #expect(first.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    }
}
