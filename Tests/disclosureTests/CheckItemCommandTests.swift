import Foundation
import Testing

@Suite struct CheckItemCommandTests {
    @Test func theSampleItemsPass() throws {
        let result = try CommandLineRunner.run(
            ["check-item", "fixtures/items/sample-items.jsonl", "--today", "2019-01-31"])
        #expect(result.stdout == "")
        #expect(result.stderr.contains("4 items checked: 0 errors, 0 warnings"))
        #expect(result.status == 0)
    }

    @Test func anUnreviewedNormativeDocumentWithoutNumberFails() throws {
        let line =
            #"{"id":"x1","title":"关于印发某办法的通知","kind":"规范性文件","attribute":"proactive","#
            + #""category":"policy-documents/normative","publishedAt":"2018-03-01"}"#
        let result = try CommandLineRunner.run(["check-item", "-", "--today", "2019-01-31"], stdin: line + "\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[review.missing] x1 review:"))
        #expect(result.stdout.contains("error[normative.document-number-missing] x1 documentNumber:"))
    }

    @Test func findingsCanBeJSON() throws {
        let line = #"{"id":"x2","title":"","attribute":"proactive","review":{"result":"passed"},"category":"notices"}"#
        let result = try CommandLineRunner.run(["check-item", "-", "--json"], stdin: line)
        #expect(result.status == 1)
        let finding = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(finding?["code"] as? String == "title.empty")
        #expect(finding?["itemID"] as? String == "x2")
    }

    @Test func aMalformedLineNamesFileAndLine() throws {
        let text = #"{"id":"ok","title":"a"}"# + "\n" + #"{"id":"bad","title":"b","writtenAt":"2018年"}"# + "\n"
        let result = try CommandLineRunner.run(["check-item", "-"], stdin: text)
        #expect(result.status != 0)
        #expect(result.stderr.contains("-:2:"))
        #expect(result.stderr.contains("writtenAt"))
    }
}
