import DisclosureCore
import Foundation
import Testing

@Suite struct ReportCellTests {
    @Test(arguments: [
        ("3", ReportCell.number(3)), ("0", .number(0)), ("增15", .number(15)), ("减4", .number(-4)), ("+2", .number(2)),
        ("/", .notFilled), ("-", .notFilled), ("—", .notFilled), ("无", .notFilled), ("", .notFilled),
        (" 1 2 ", .number(12)),
    ])
    func readsPublishedCells(text: String, cell: ReportCell) {
        #expect(ReportCell(text: text) == cell)
    }

    @Test func readsAmountsExactly() throws {
        let big = try #require(ReportCell(text: "1276.5534万元")?.amount)
        #expect(big.unit == .tenThousandYuan)
        #expect(big.valueText == "1276.5534")
        let yuan = try #require(Amount(text: "251000元"))
        #expect(yuan.converted(to: .tenThousandYuan).description == "25.1万元")
        #expect(yuan.isSameSum(as: try #require(Amount(text: "25.1万元"))))
        #expect(Amount(text: "12.") == nil)
        #expect(Amount(text: "12") == nil)
        #expect(Amount(text: "12", defaultUnit: .yuan)?.description == "12元")
        #expect(ReportCell(text: "很多") == nil)
    }

    @Test func jsonKeepsZeroAndNotFilledApart() throws {
        let table = ReportTable(rows: [
            "granted": ["naturalPerson": .number(0), "commercial": .notFilled],
            "fees": ["amount": .amount(Amount(text: "0.12万元")!)],
        ])
        let json = String(decoding: try DisclosureJSON.lineEncoder().encode(table), as: UTF8.self)
        #expect(
            json == #"{"fees":{"amount":{"unit":"万元","value":0.12}},"granted":{"commercial":null,"naturalPerson":0}}"#)
        let back = try JSONDecoder().decode(ReportTable.self, from: Data(json.utf8))
        #expect(back == table)
        #expect(back["granted", "commercial"] == .notFilled)
        #expect(back["granted", "naturalPerson"] == .number(0))
        #expect(back["missing", "row"] == .notFilled)
    }

    @Test func editionsHaveTheirRows() {
        #expect(RequestTableRow.rows(for: .edition2019).count == 23)
        #expect(RequestTableRow.rows(for: .edition2021).count == 25)
        let denied = RequestTableRow.row("denied.threeSecurities", in: .edition2021)
        #expect(denied.group == "（三）不予公开")
        #expect(denied.label == "3.危及“三安全一稳定”")
        #expect(RequestTableRow.row("other", in: .edition2019).label == "（六）其他处理")
        #expect(ReportEdition.forYear(2018) == .narrative2018)
        #expect(ReportEdition.forYear(2020) == .edition2019)
        #expect(ReportEdition.forYear(2021) == .edition2021)
        #expect(ProactiveTableLayout.edition2021.rowLabels.count == 6)
        #expect(ProactiveTableLayout.edition2019.rowLabels.count == 8)
    }
}
