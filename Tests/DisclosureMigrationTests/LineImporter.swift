import DisclosureCore
import Foundation
import ImportKit

/// A tiny importer for pipeline tests: text files whose first line says what they are.
///
/// `ITEM` then `key: value` lines (title, date, number, attribute); `LIST` then one link URL per line;
/// `ROWS` then `title|number` lines (an export); `BAD` throws. Anything else is not this importer's.
struct LineImporter: Importer {
    let identifier = "lines"

    func sniff(_ source: ImportSource) -> ImportConfidence {
        let head = String(decoding: source.bytes.prefix(4), as: UTF8.self)
        return ["ITEM", "LIST", "ROWS", "BAD\n"].contains { head.hasPrefix($0) } ? .certain : .no
    }

    func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        let text = String(decoding: source.bytes, as: UTF8.self)
        var lines = text.split(separator: "\n").map(String.init)
        let kind = lines.removeFirst()
        switch kind {
        case "BAD":
            throw ImportError(code: "lines.bad", file: source.path, line: 1, message: "a deliberately bad file")
        case "LIST":
            let links = lines.map { ColumnListing.Link(title: "t", url: $0) }
            return ImportResult(outcome: .listPage, listing: ColumnListing(column: "通知公告", links: links))
        case "ROWS":
            let items = lines.enumerated().map { index, line in
                let parts = line.split(separator: "|").map(String.init)
                var item = DisclosureItem(id: .derived(from: source.path + "#\(index + 2)"), title: parts[0])
                item.row = index + 2
                if parts.count > 1 { item.documentNumber = try? DocumentNumber(parsing: parts[1]) }
                item.attribute = .exempt
                return item
            }
            return ImportResult(outcome: .items, items: items, encoding: "UTF-8")
        default:
            var fields: [String: String] = [:]
            for line in lines {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 { fields[parts[0]] = parts[1] }
            }
            var item = DisclosureItem(
                id: .derived(from: source.originalURL ?? source.path), title: fields["title"] ?? "")
            item.publishedAt = fields["date"].flatMap(LocalDateTime.init)
            item.documentNumber = fields["number"].flatMap { try? DocumentNumber(parsing: $0) }
            item.attribute = fields["attribute"].flatMap(DisclosureAttribute.init(rawValue:)) ?? .proactive
            item.text = fields["text"]
            item.encoding = "UTF-8"
            if let attachment = fields["attachment"] { item.attachments = [Attachment(name: "附件", url: attachment)] }
            return ImportResult(outcome: .items, items: [item], encoding: "UTF-8")
        }
    }
}
