import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation

/// `disclosure requests stats --store DB --year Y`: table 三 of the annual report counted from the register.
struct RequestsStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count table 三 (收到和处理政府信息公开申请情况) for a year from the register, with reply times.",
        discussion: """
            Rows follow the edition's format (2019: one （六）其他处理 row; 2021: three), columns are the six \
            applicant types and 总计. newReceived counts requests received in the year, carriedOver those open on \
            1 January, each outcome row those closed in the year, carriedForward those open on 31 December. Reply \
            times are working days from receipt to reply. --json prints {rowKey: {columnKey: n}} only.
            """
    )

    @OptionGroup var archive: ArchiveOption

    @Option(help: "The year reported on.")
    var year: Int

    @Option(help: "The table format: 2019 (国办公开办函〔2019〕60号) or 2021 (〔2021〕30号); default by the year.")
    var edition: String?

    @Flag(help: "Print the table as JSON: {rowKey: {columnKey: count}}.")
    var json = false

    @OptionGroup var calendar: CalendarOption

    func validate() throws {
        _ = try edition.map(RequestOptionParsing.edition)
    }

    func run() throws {
        let edition = try edition.map(RequestOptionParsing.edition) ?? .forYear(year)
        let calendar = try calendar.load()
        let requests = try archive.open().read { try $0.requests() }
        let statistics = RequestStatistics(year: year, requests: requests, calendar: calendar, edition: edition)
        for diagnostic in statistics.diagnostics {
            FileHandle.standardError.write(Data("\(diagnostic.description)\n".utf8))
        }
        if !statistics.unbalancedColumns.isEmpty {
            let columns = statistics.unbalancedColumns.joined(separator: ", ")
            FileHandle.standardError.write(Data("warning: the table does not balance in \(columns)\n".utf8))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(statistics.table), as: UTF8.self))
            return
        }
        print(render(statistics))
    }

    private func render(_ statistics: RequestStatistics) -> String {
        let columns = RequestTableEdition.columnKeys
        let edition = statistics.edition
        var table = TextTable(
            header: ["\(year) 收到和处理政府信息公开申请情况"]
                + columns.map(RequestTableRow.columnLabel))
        table.rightAligned = Set(1...columns.count)
        var group: String?
        for key in edition.rowKeys {
            if key == edition.outcomeRowKeys.first { table.rows.append([RequestTableRow.outcomesSection]) }
            let row = RequestTableRow.row(key, in: edition)
            let rowGroup = row.group
            var text = row.label
            if let rowGroup {
                text = (rowGroup == group ? String(repeating: "　", count: rowGroup.count) : rowGroup) + " " + row.label
            }
            group = rowGroup
            if row.section != nil { text = "  " + text }
            table.rows.append([text] + columns.map { String(statistics.count(row: key, column: $0)) })
        }
        let editionName = edition == .edition2019 ? "2019 (国办公开办函〔2019〕60号)" : "2021 (国办公开办函〔2021〕30号)"
        var lines = [table.render(), "", "format: \(editionName); \(RequestTableRow.balanceNote)"]
        let times = statistics.replyTimes
        if let median = times.median, let average = times.average, let maximum = times.maximum {
            lines.append(
                "reply times over \(times.count) replies, in working days from receipt: median \(format(median)), "
                    + "average \(format(average)), max \(maximum)")
        } else {
            lines.append("reply times: no reply in \(year)")
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
