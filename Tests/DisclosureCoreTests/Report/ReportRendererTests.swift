import DisclosureCore
import Foundation
import Testing

@Suite struct ReportRendererTests {
    static var report2021: AnnualReport {
        var report = ReportFixtures.balanced2021
        report.title = "勐海县教育局2021年<政府信息公开>工作年度报告 & \"附表\""
        report.narrative = [
            NarrativeSection(heading: "", paragraphs: ["统计期限自2021年1月1日起至2021年12月31日止。"]),
            NarrativeSection(heading: "一、总体情况", paragraphs: ["共收到申请3件。<script>alert(1)</script>"]),
            NarrativeSection(heading: "五、存在的主要问题及改进情况", paragraphs: ["问题|改进"]),
            NarrativeSection(heading: "六、其他需要报告的事项", paragraphs: []),
        ]
        return report
    }

    @Test(arguments: [ReportEdition.edition2019, .edition2021])
    func gridsFillEveryPlace(edition: ReportEdition) {
        var report = Self.report2021
        report.edition = edition
        for grid in [
            ReportCellFormatter.proactiveGrid(report), ReportCellFormatter.requestGrid(report),
            ReportCellFormatter.reviewLitigationGrid(report),
        ] {
            for (index, slots) in grid.slotRows.enumerated() {
                let width = slots.reduce(0) { total, slot in
                    switch slot {
                    case .start(let cell): total + cell.columnSpan
                    case .continuation(let span): total + span
                    }
                }
                #expect(width == grid.columnCount, "row \(index) of a \(grid.columnCount)-column grid")
            }
        }
        let requests = ReportCellFormatter.requestGrid(report)
        #expect(requests.rows.count == 3 + (edition == .edition2021 ? 25 : 23))
        #expect(
            requests.rows[0][0]
                == ReportGrid.Cell(RequestTableRow.balanceNote, rowSpan: 3, columnSpan: 3, isHeader: true))
        // 三、本年度办理结果 spans every outcome row and the total.
        let outcomes = requests.rows[5][0]
        #expect(outcomes.text == "三、本年度办理结果")
        #expect(outcomes.rowSpan == (edition == .edition2021 ? 22 : 20))
    }

    @Test func htmlIsEscapedSelfContainedAndOfficial() {
        let html = HTMLReportRenderer.render(Self.report2021)
        #expect(html.contains("<title>勐海县教育局2021年&lt;政府信息公开&gt;工作年度报告 &amp; &quot;附表&quot;</title>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        for external in ["<link", "src=", "href=", "url(", "@import"] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("<th rowspan=\"3\" colspan=\"3\" class=\"note\">\(RequestTableRow.balanceNote)</th>"))
        #expect(html.contains("<th colspan=\"7\">申请人情况</th>"))
        #expect(html.contains("<th rowspan=\"8\">（三）不予公开</th>"))
        #expect(html.contains("<th rowspan=\"3\">（六）其他处理</th>"))
        #expect(html.contains("@media print"))
        #expect(html.contains("size: A4"))
        // Explicit zeros, and the order of the sections.
        #expect(html.contains("<td>0</td>"))
        let order = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理", "四、政府信息公开行政复议", "五、存在", "六、其他"]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(html.contains("<h2>六、其他需要报告的事项</h2>\n<p>无。</p>"))
    }

    @Test func markdownTables() {
        let markdown = MarkdownReportRenderer.render(Self.report2021)
        #expect(markdown.hasPrefix("# 勐海县教育局2021年\\<政府信息公开\\>工作年度报告 & \"附表\"\n"))
        #expect(markdown.contains("问题\\|改进"))
        #expect(
            markdown.contains(
                "| 一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |"))
        #expect(markdown.contains("| 三、本年度办理结果 （三）不予公开 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"))
        #expect(markdown.contains("| 行政复议 | 1 | 0 | 0 | 0 | 1 |"))
        #expect(markdown.contains("| 行政规范性文件 | 3 | 1 | 20 |"))
        #expect(markdown.contains("| 行政事业性收费 | 0 |"))
    }

    @Test func textAndChanges() {
        var report = Self.report2021
        report.edition = .edition2019
        report.proactive = ReportTable()
        report.proactive["行政许可", "本年增/减"] = .number(-4)
        report.proactive["行政处罚", "本年增/减"] = .number(15)
        report.proactive["政府集中采购", "采购总金额"] = .amount(Amount(text: "1276.5534万元")!)
        let text = TextReportRenderer.render(report)
        #expect(text.contains("行政许可：上一年项目数量 —，本年增/减 减4，处理决定数量 —"))
        #expect(text.contains("行政处罚：上一年项目数量 —，本年增/减 增15"))
        #expect(text.contains("政府集中采购：采购项目数量 —，采购总金额 1276.5534万元"))
        // The 2019 edition reads the 2021 table: its single （六）其他处理 row is absent, so not filled, not 0.
        #expect(text.contains("（六）其他处理：自然人 —"))
        #expect(text.contains("（一）予以公开：自然人 2"))
    }

    @Test func narrativeEditionHasNoTables() throws {
        var report = Self.report2021
        report.edition = .narrative2018
        report.narrative[1].heading = "一、基本情况"
        let html = HTMLReportRenderer.render(report)
        #expect(!html.contains("<table"))
        let json = try JSONReportRenderer.render(report)
        let back = try JSONDecoder().decode(AnnualReport.self, from: Data(json.utf8))
        #expect(back == report)
        #expect(json.contains("\"edition\" : \"narrative2018\""))
    }
}
