import DisclosureCore
import Foundation
public import ImportKit
import LibXML

/// Reads a file-platform directory listing (永硕E盘-style pages of folders and files) into an index of
/// attachments: `ImportResult.outcome == .fileIndex` with one ``ImportKit/IndexedFile`` per file (folder
/// path, name, size in bytes, upload time, download link). Importer identifier `file-listing`.
///
/// A listing is a table whose header names a file-name column (文件名/名称) and a size column (大小/文件大小),
/// usually with an upload time (上传时间/更新时间/修改时间/日期). The folder of a table is its own 目录 column,
/// else the nearest breadcrumb before it (`当前位置：根目录 > 2018年 > 招生` → `2018年/招生`) or heading.
/// Rows that are sub-folders (`[目录]`, `文件夹`, a trailing `/`) are counted, not listed.
public struct FileListingImporter: Importer {
    /// `file-listing`.
    public let identifier = "file-listing"

    /// Creates the importer.
    public init() {}

    /// Certain for HTML with a table header holding a file-name and a size column.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        guard let page = TablePageText(source.bytes), page.containsIgnoringCase("<table") else { return .no }
        let compact = page.withoutWhiteSpace()
        let hasName = Self.nameLabels.contains { ASCIIBytes.contains(compact, ">\($0)<") }
        let hasSize = Self.sizeLabels.contains { ASCIIBytes.contains(compact, ">\($0)<") }
        return hasName && hasSize ? .certain : .no
    }

    /// Reads every listing table of the page.
    public func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        let file = source.path
        let detected = EncodingDetector().detect(source)
        let document: Document
        do {
            document = try Document.html(source.bytes, encoding: detected.name, baseURL: file)
        } catch {
            throw ImportError(code: "listing.unreadable", file: file, message: "the HTML could not be parsed: \(error)")
        }
        var files: [IndexedFile] = []
        var diagnostics = detected.diagnostics
        var folders = 0
        var sawListing = false
        for table in (try? document.xpath("//table")) ?? [] {
            let rows = HTMLTableGrid.rows(of: table)
            guard let headerIndex = rows.prefix(5).firstIndex(where: { header(of: $0) != nil }),
                let columns = header(of: rows[headerIndex])
            else { continue }
            sawListing = true
            let tableFolder = Self.folder(before: table)
            let links = Self.links(of: table)
            for row in rows[(headerIndex + 1)...] where !row.isBlank {
                let name = HeaderLabel.trimmed(row.cell(columns.name))
                guard !name.isEmpty else { continue }
                if Self.isFolder(name) {
                    folders += 1
                    continue
                }
                var entry = IndexedFile(
                    folder: columns.folder.map { Self.cleanFolder(row.cell($0)) } ?? tableFolder, name: name)
                if let column = columns.size {
                    let text = HeaderLabel.trimmed(row.cell(column))
                    entry.size = Self.bytes(text)
                    if entry.size == nil, !text.isEmpty, text != "-" {
                        diagnostics.append(
                            Diagnostic(
                                .warning, code: "listing.size-unreadable", message: "size '\(text)' is not readable",
                                file: file, line: row.number, element: "大小", field: "size"))
                    }
                }
                if let column = columns.time, !HeaderLabel.trimmed(row.cell(column)).isEmpty {
                    do {
                        entry.uploadedAt = try LegacyDateParser().parse(row.cell(column))
                    } catch {
                        diagnostics.append(
                            Diagnostic(
                                .warning, code: "listing.time-unreadable", message: "\(error)", file: file,
                                line: row.number, element: "上传时间", field: "uploadedAt"))
                    }
                }
                entry.url = links[row.number]
                files.append(entry)
            }
        }
        guard sawListing else {
            throw ImportError(
                code: "listing.not-found", file: file,
                message: "no table with a file-name column (文件名) and a size column (大小)")
        }
        if folders > 0 {
            diagnostics.append(
                Diagnostic(
                    .info, code: "listing.subfolders",
                    message: "\(folders) sub-folder row(s) are not files and were not listed",
                    file: file))
        }
        return ImportResult(outcome: .fileIndex, files: files, encoding: detected.name, diagnostics: diagnostics)
    }

    // MARK: - Reading the page

    private static let nameLabels = ["文件名", "文件名称", "名称"]
    private static let sizeLabels = ["大小", "文件大小"]
    private static let timeLabels = ["上传时间", "更新时间", "修改时间", "上传日期", "日期", "时间"]
    private static let folderLabels = ["目录", "文件夹", "所在目录", "路径"]

    private func header(of row: TabularRow) -> (name: Int, size: Int?, time: Int?, folder: Int?)? {
        func find(_ labels: [String]) -> Int? {
            row.cells.firstIndex { cell in labels.contains(HeaderLabel.key(cell)) }
        }
        guard let name = find(Self.nameLabels), let size = find(Self.sizeLabels) else { return nil }
        return (name, size, find(Self.timeLabels), find(Self.folderLabels))
    }

    /// The download link of each row, by the row's line.
    private static func links(of table: Node) -> [Int: String] {
        var result: [Int: String] = [:]
        for row in (try? table.xpath("./tr | ./tbody/tr")) ?? [] {
            guard let line = row.line, let href = (try? row.first(".//a[@href]"))??.attribute("href") else { continue }
            if !href.lowercased().hasPrefix("javascript:") { result[line] = href }
        }
        return result
    }

    /// The folder a table lists: the nearest breadcrumb (`当前位置：…`) or heading before it.
    private static func folder(before table: Node) -> String {
        let expression =
            "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or contains(@class,'path') "
            + "or contains(@class,'crumb') or contains(., '当前位置')][1]"
        guard let node = (try? table.first(expression)) ?? nil else { return "" }
        return cleanFolder(node.text)
    }

    static func cleanFolder(_ text: String) -> String {
        var value = HeaderLabel.singleLine(text)
        for label in ["当前位置：", "当前位置:", "当前目录：", "位置：", "路径：", "目录："] {
            if let range = value.range(of: label) { value = String(value[range.upperBound...]) }
        }
        let parts = value.split(whereSeparator: { ">»›/\\＞".contains($0) })
            .map { HeaderLabel.trimmed(String($0)) }
            .filter { !$0.isEmpty && $0 != "根目录" && $0 != "首页" && $0 != "全部文件" }
        return parts.joined(separator: "/")
    }

    private static func isFolder(_ name: String) -> Bool {
        name.hasPrefix("[目录]") || name.hasPrefix("【目录】") || name.hasPrefix("[文件夹]") || name.hasSuffix("/")
    }

    /// `56.5 KB`, `1.2M`, `800 字节`, `1,234` → bytes (KB = 1024).
    static func bytes(_ text: String) -> Int? {
        let compact = HeaderLabel.key(text).replacingOccurrences(of: ",", with: "")
        let number = compact.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(number) else { return nil }
        let unit = compact.dropFirst(number.count)
        let multiplier: Double
        switch unit {
        case "", "b", "字节", "bytes", "byte": multiplier = 1
        case "k", "kb", "kib": multiplier = 1024
        case "m", "mb", "mib", "兆": multiplier = 1024 * 1024
        case "g", "gb", "gib": multiplier = 1024 * 1024 * 1024
        default: return nil
        }
        return Int((value * multiplier).rounded())
    }
}
