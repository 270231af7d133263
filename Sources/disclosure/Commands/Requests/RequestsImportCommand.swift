import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation
import ImportKit

/// `disclosure requests import --store DB FILE.csv`: a register kept in a spreadsheet, row by row, into the archive.
struct RequestsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a request register kept in a spreadsheet (CSV, UTF-8 with or without BOM, or GBK).",
        discussion: """
            The first row is the header; columns may come in any order and unknown ones are ignored.
            Required: 编号 (id), 收到日期 (received), 渠道 (channel: 当面, 挂号信, 平信, 网络, 传真, 其他), \
            申请人类型 (applicant: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他), 申请内容 (subject).
            Optional: 提交日期; 补正通知日期 + 补正期限; 补正收到日期; 征求意见日期 + 征求意见对象; 征求意见答复日期; \
            延期日期 + 延期工作日 + 延期批准人; 收费通知日期 + 收费金额 (元); 缴费日期; \
            答复日期 + 处理结果 (a row key such as granted or denied.stateSecret, a label such as 予以公开 or \
            不予公开-属于国家秘密, 撤回, 逾期不补正, 逾期未缴费).
            Dates as 2021-03-01, 2021/3/1 or 2021年3月1日. Each row's events go through the same rules as \
            `requests event`. A bad row prints one line naming the file, row (the header is row 1) and column, and \
            the other rows are still imported; the exit status is 1 if any row failed. A request already in the \
            archive is replaced by its row.
            """
    )

    @OptionGroup var archive: ArchiveOption

    @Argument(help: "The register as CSV.")
    var file: String

    @OptionGroup var calendar: CalendarOption

    func run() throws {
        let bytes = [UInt8](try InputFile.readBytes(file))
        let detected = EncodingDetector().detect(bytes, file: file)
        let decoded = TextDecoder().decode(bytes, as: detected, file: file)
        for diagnostic in decoded.diagnostics where diagnostic.severity != .info {
            report("warning: \(diagnostic.description)")
        }
        let records = CSVRecords(text: decoded.text).records
        guard let header = records.first else { throw CommandFailure("\(file): the file is empty") }
        let reader: RequestRegisterReader
        do {
            reader = try RequestRegisterReader(header: header.fields, file: file)
        } catch {
            throw CommandFailure(error.description)
        }
        if !reader.ignoredHeaders.isEmpty {
            report("note: \(file): ignored the columns \(reader.ignoredHeaders.joined(separator: ", "))")
        }
        let calendar = try calendar.load()
        var requests: [DisclosureRequest] = []
        var rowsByID: [String: Int] = [:]
        var failed = 0
        for (index, record) in records.enumerated().dropFirst() {
            let row = index + 1
            if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            do {
                let request = try reader.request(from: record.fields, row: row, calendar: calendar)
                if let earlier = rowsByID[request.id] {
                    throw RequestRegisterError(
                        file: file, row: row, column: reader.headers[.id], requestID: request.id,
                        reason: "the id is already used by row \(earlier)")
                }
                rowsByID[request.id] = row
                requests.append(request)
            } catch {
                failed += 1
                report("error: \(error)")
            }
        }
        let store = try archive.open(mustExist: false)
        let replaced = try store.write { session -> Int in
            var replaced = 0
            for request in requests {
                if try session.request(request.id) != nil { replaced += 1 }
                try session.save(request)
            }
            return replaced
        }
        var summary = "imported \(requests.count) requests from \(file) (\(decoded.encoding))"
        if replaced > 0 { summary += ", \(replaced) of them replacing registered ones" }
        summary += failed == 0 ? "" : "; \(failed) rows failed"
        print(summary)
        if failed > 0 { throw ExitCode(1) }
    }

    private func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
