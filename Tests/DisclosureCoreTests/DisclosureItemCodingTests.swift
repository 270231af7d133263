import DisclosureCore
import Foundation
import Testing

@Suite struct DisclosureItemCodingTests {
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/items/sample-items.jsonl")

    @Test func encodingMatchesTheGoldenFile() throws {
        let encoded = try SampleItems.all.map { try DisclosureJSON.line($0) }.joined(separator: "\n") + "\n"
        let golden = try String(contentsOf: Self.golden, encoding: .utf8)
        let expectedLines = golden.split(separator: "\n")
        let actualLines = encoded.split(separator: "\n")
        #expect(actualLines.count == expectedLines.count)
        for (index, (actual, expected)) in zip(actualLines, expectedLines).enumerated() {
            #expect(actual == expected, "line \(index + 1) of sample-items.jsonl differs")
        }
    }

    @Test(arguments: SampleItems.all)
    func roundTripsThroughJSON(item: DisclosureItem) throws {
        let data = try DisclosureJSON.lineEncoder().encode(item)
        let decoded = try JSONDecoder().decode(DisclosureItem.self, from: data)
        #expect(decoded == item)
    }

    @Test func omitsAbsentValuesAndEmptyLists() throws {
        let line = try DisclosureJSON.line(DisclosureItem(id: "item-1", title: "工作动态"))
        #expect(line == #"{"id":"item-1","isItem":true,"title":"工作动态"}"#)
    }

    @Test func documentNumberIsWrittenNormalised() throws {
        let line = try DisclosureJSON.line(SampleItems.exempt)
        #expect(line.contains(#""documentNumber":"勐教请〔2018〕3号""#))
    }

    @Test func aBadLineIsReportedWithItsNumber() throws {
        let text = #"{"id":"a","title":"x"}"# + "\n\n" + #"{"id":"b","title":"y","publishedAt":"2018-13-01"}"#
        let error = try #require(throws: JSONLinesError.self) {
            try DisclosureJSON.decodeLines(DisclosureItem.self, from: text, file: "items.jsonl")
        }
        #expect(error.line == 3)
        #expect(error.file == "items.jsonl")
        #expect(error.description.contains("publishedAt"))
    }
}
