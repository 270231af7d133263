import DisclosureCore
import Foundation
import ImportKit

/// A streaming importer for pipeline tests: `STRM` then `count` (rows to hand over) and optionally `fail-after`
/// (throw after that many rows). Every row has the title `行 N`, the row number N + 1 and the 文号 `测〔2018〕N号`.
///
/// It counts how often its records were collected into one result (the migration must never do that) in
/// ``collected``.
struct StreamingRowsImporter: StreamingImporter {
    /// How many times ``importSource(_:context:)`` (collecting every record) was called.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func increment() { lock.withLock { value += 1 } }
    }

    let identifier = "stream-rows"
    let collected = Counter()

    func sniff(_ source: ImportSource) -> ImportConfidence {
        source.bytes.starts(with: Array("STRM".utf8)) ? .certain : .no
    }

    func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        collected.increment()
        var records: [DisclosureItem] = []
        var result = try importSource(source, context: context) { records.append($0) }
        result.items = records
        return result
    }

    func importSource(
        _ source: ImportSource, context: ImportContext, records body: (DisclosureItem) -> Void
    ) throws(ImportError) -> ImportResult {
        var fields: [String: Int] = [:]
        for line in String(decoding: source.bytes, as: UTF8.self).split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { fields[parts[0]] = Int(parts[1]) }
        }
        let count = fields["count"] ?? 0
        for index in 0..<count {
            let number = index + 1
            if let limit = fields["fail-after"], number > limit {
                throw ImportError(
                    code: "stream.broken", file: source.path, line: number + 1, message: "row \(number) is cut")
            }
            var item = DisclosureItem(id: .derived(from: source.path + "#\(number + 1)"), title: "行 \(number)")
            item.row = number + 1
            item.documentNumber = try? DocumentNumber(parsing: "测〔2018〕\(number)号")
            item.attribute = .proactive
            body(item)
        }
        return ImportResult(
            outcome: .items, encoding: "UTF-8",
            diagnostics: [Diagnostic(.info, code: "stream.read", message: "read", file: source.path)])
    }
}
