import ImportKit
import LibXML

/// The shared-string table of a workbook (`xl/sharedStrings.xml`), read by streaming and stored compactly:
/// one UTF-8 buffer and one offset per string, not one heap object per string.
struct SharedStrings {
    private var storage: [UInt8] = []
    private var ends: [Int] = []

    /// How many strings the table holds.
    var count: Int { ends.count }

    /// The string at an index, or nil when the index is out of range.
    subscript(index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: storage[start..<ends[index]], as: UTF8.self)
    }

    /// An empty table (a workbook without shared strings).
    init() {}

    /// Reads the table from the archive; `<rPh>` (phonetic runs) are skipped, rich-text runs joined.
    init(zip: SafeZip, path: String, file: String) throws(ImportError) {
        let parser: XMLPushParser
        do {
            parser = try XMLPushParser(encoding: "UTF-8", baseURL: "\(file)!/\(path)")
        } catch {
            throw XLSXError.xml(error, file: file, part: path)
        }
        var current: [UInt8] = []
        var inItem = false
        var textDepth = 0
        var phoneticDepth = 0
        func handle(_ events: [XMLStreamEvent]) {
            for event in events {
                switch event {
                case .start(let element):
                    switch element.localName {
                    case "si":
                        inItem = true
                        current.removeAll(keepingCapacity: true)
                    case "t": textDepth += 1
                    case "rPh": phoneticDepth += 1
                    default: break
                    }
                case .end(let name, _):
                    switch name {
                    case "si":
                        storage.append(contentsOf: current)
                        ends.append(storage.count)
                        inItem = false
                    case "t": textDepth -= 1
                    case "rPh": phoneticDepth -= 1
                    default: break
                    }
                case .text(let text):
                    if inItem, textDepth > 0, phoneticDepth == 0 { current.append(contentsOf: text.utf8) }
                }
            }
        }
        try zip.stream(path) { chunk throws(ImportError) in
            do throws(LibXMLError) {
                handle(try parser.feed(chunk))
            } catch {
                throw XLSXError.xml(error, file: file, part: path)
            }
        }
        do {
            handle(try parser.finish())
        } catch {
            throw XLSXError.xml(error, file: file, part: path)
        }
    }
}
