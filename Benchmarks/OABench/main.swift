// oa-bench: throughput and peak memory of the OA importers on generated 发文登记 registers.
//
//   swift run -c release oa-bench                 # CSV and XLSX at 10,000 and 100,000 rows, one process each
//   swift run -c release oa-bench one csv 100000  # a single measurement (what the parent runs)
//
// Each measurement runs in its own process so that VmHWM (the peak resident set) belongs to it alone. The
// register is written to a temporary folder first (never committed), read into memory as the ImportSource
// (as the CLI does), then streamed with every record discarded as it arrives. Memory is reported twice: the
// peak, and the peak above the resident size just before the import started (the input bytes are held by
// the caller and count there), which is what must not grow with the row count.

import DisclosureCore
import Foundation
import ImportKit
import OAExport
import ZIPFoundation

/// Reads a `/proc/self/status` field in kB.
func status(_ field: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return 0
}

let units = ["勐海县教育局", "勐海县教育局计财股", "勐海县教育局人事股", "勐海县教育局基础教育股"]
let kinds = ["通知", "报告", "请示", "意见", "通报"]

/// One data row's cells; every 50th row carries a 密级, every 70th is 不予公开.
func cells(_ index: Int) -> [String] {
    let secret = index % 50 == 0 ? "秘密" : ""
    let attribute = index % 70 == 0 ? "不予公开" : "主动公开"
    return [
        "\(index)", "关于做好2018年第\(index)批义务教育学校营养改善计划资金拨付工作的\(kinds[index % 5])",
        "勐教发〔2018〕\(index)号", units[index % 4], "2018-\(1 + index % 12)-\(1 + index % 28)", kinds[index % 5],
        secret, attribute, "拟稿人\(index % 37)",
    ]
}

let header = ["序号", "标题", "发文字号", "发文单位", "成文日期", "文种", "密级", "公开属性", "拟稿人"]

func writeCSV(rows: Int, to url: URL) throws {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    var buffer = "发文登记簿\r\n" + header.joined(separator: ",") + "\r\n"
    for index in 1...rows {
        buffer += cells(index).joined(separator: ",") + "\r\n"
        if buffer.utf8.count > 1 << 20 {
            handle.write(Data(buffer.utf8))
            buffer = ""
        }
    }
    handle.write(Data(buffer.utf8))
}

func writeXLSX(rows: Int, to url: URL, folder: URL) throws {
    // The sheet is written to disk first (inline strings, as streaming writers such as POI's SXSSF do), then
    // zipped from the file, so generation never holds the sheet in memory.
    let sheetURL = folder.appendingPathComponent("sheet1.xml")
    _ = FileManager.default.createFile(atPath: sheetURL.path, contents: nil)
    let handle = try FileHandle(forWritingTo: sheetURL)
    func row(_ number: Int, _ values: [String]) -> String {
        var text = "<row r=\"\(number)\">"
        for (column, value) in values.enumerated() where !value.isEmpty {
            let letter = String(UnicodeScalar(UInt8(65 + column)))
            text += "<c r=\"\(letter)\(number)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
        }
        return text + "</row>"
    }
    var buffer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + row(1, header)
    for index in 1...rows {
        buffer += row(index + 1, cells(index))
        if buffer.utf8.count > 1 << 20 {
            handle.write(Data(buffer.utf8))
            buffer = ""
        }
    }
    handle.write(Data((buffer + "</sheetData></worksheet>").utf8))
    try handle.close()
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let archive = try Archive(url: url, accessMode: .create)
    let parts = [
        (
            "xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(rel)\">"
                + "<sheets><sheet name=\"发文登记\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        ),
        (
            "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
        ),
    ]
    for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    let size = try FileManager.default.attributesOfItem(atPath: sheetURL.path)[.size] as? Int64 ?? 0
    let reader = try FileHandle(forReadingFrom: sheetURL)
    try archive.addEntry(
        with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate,
        provider: { position, chunk in
            try reader.seek(toOffset: UInt64(position))
            return reader.readData(ofLength: chunk)
        })
    try reader.close()
    try FileManager.default.removeItem(at: sheetURL)
}

/// Runs one measurement and prints one line of results.
func measure(format: String, rows: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oa-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("fawen.\(format)")
    if format == "csv" { try writeCSV(rows: rows, to: url) } else { try writeXLSX(rows: rows, to: url, folder: folder) }
    let bytes = [UInt8](try Data(contentsOf: url))
    let source = ImportSource(bytes: bytes, path: url.lastPathComponent)
    let importer: any OAStreamingImporter = format == "csv" ? OACSVImporter() : OAXLSXImporter()
    let before = status("VmRSS")
    var items = 0
    var exempt = 0
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try importer.stream(source, context: ImportContext()) { record in
        if let item = record.item {
            items += 1
            if item.attribute != .proactive { exempt += 1 }
        }
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let peak = status("VmHWM")
    guard items == rows, summary.itemCount == rows else {
        print("error: \(format) \(rows): expected \(rows) items, got \(items)")
        exit(1)
    }
    print(
        String(
            format:
                "%-5@ %8d rows  input %7.1f MB  %6.2f s  %9.0f rows/s  peak RSS %7.1f MB  above pre-import %6.1f MB  (non-public %d)",
            format as NSString, rows, Double(bytes.count) / 1e6, seconds, Double(rows) / seconds,
            Double(peak) / 1024, Double(peak - before) / 1024, exempt))
}

let arguments = CommandLine.arguments
if arguments.count == 4, arguments[1] == "one", let rows = Int(arguments[3]) {
    do {
        try measure(format: arguments[2], rows: rows)
    } catch {
        print("error: \(error)")
        exit(1)
    }
} else {
    for format in ["csv", "xlsx"] {
        for rows in [10_000, 100_000] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL
            process.arguments = ["one", format, String(rows)]
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 { exit(process.terminationStatus) }
        }
    }
}
