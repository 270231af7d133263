import DisclosureCore
import Foundation
import ImportKit

/// The `extract` pipeline for one file: read the bytes, pick the most confident importer, import, and turn every
/// failure into a record with `isItem: false` and an error diagnostic naming the file.
struct Extraction {
    /// The importers to choose from.
    var importers: [any Importer]
    /// The context every import gets.
    var context: ImportContext

    /// The records of one file, each with `sourceFile` set.
    func extract(_ file: String, url: String?) -> [DisclosureItem] {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            return [failure(file, code: "extract.unreadable", message: "cannot be read: \(error.localizedDescription)")]
        }
        let source = ImportSource(bytes: bytes, path: file, originalURL: url)
        guard let importer = importers.mostConfident(for: source)?.importer else {
            return [failure(file, code: "extract.no-importer", message: "no importer reads this kind of file")]
        }
        do {
            let result = try importer.importSource(source, context: context)
            var items = result.items
            if items.isEmpty {
                var record = DisclosureItem(id: ItemID.derived(from: url ?? file), title: "")
                record.isItem = false
                record.encoding = result.encoding
                record.diagnostics =
                    result.diagnostics + [
                        Diagnostic(
                            .info, code: "extract.no-records",
                            message: "the \(importer.identifier) importer found no records",
                            file: file)
                    ]
                items = [record]
            }
            return items.map { item in
                var item = item
                item.sourceFile = file
                return item
            }
        } catch {
            return [failure(file, code: error.code, message: error.description)]
        }
    }

    private func failure(_ file: String, code: String, message: String) -> DisclosureItem {
        var record = DisclosureItem(id: ItemID.derived(from: file), title: "")
        record.isItem = false
        record.sourceFile = file
        record.diagnostics = [Diagnostic(.error, code: code, message: message, file: file)]
        return record
    }
}
