import ImportKit
import LibXML

/// Parsing an untrusted XML input (SpreadsheetML, EEP) into a tree or a stream of events with the encoding
/// decided from its bytes, turning libxml2's failures into `ImportError`s that name the file and line.
enum XMLInput {
    /// The encoding for an XML input: BOM, then the declaration checked against the bytes, then UTF-8, then
    /// GB18030.
    static func parse(_ bytes: [UInt8], file: String) throws(ImportError) -> (Document, DetectedEncoding) {
        let detected = EncodingDetector().detect(bytes, file: file)
        do {
            let document = try Document.xml(bytes, encoding: detected.name, baseURL: file)
            return (document, detected)
        } catch {
            throw importError(error, file: file)
        }
    }

    /// Reads an XML input as a stream of events in the encoding decided by ``parse(_:file:)``'s rules,
    /// `chunkSize` bytes at a time; `consume` gets the events each chunk completed, so memory stays that of a
    /// chunk and of what `consume` keeps.
    ///
    /// - Throws: `xml.entity-declaration` or `xml.malformed`, as ``parse(_:file:)``; events of the chunks
    ///   before the failing one have been consumed.
    static func stream(
        _ bytes: [UInt8], encoding: String, file: String, chunkSize: Int = 64 * 1024,
        _ consume: ([XMLStreamEvent]) -> Void
    ) throws(ImportError) {
        do throws(LibXMLError) {
            let parser = try XMLPushParser(encoding: encoding, baseURL: file)
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + chunkSize)
                consume(try parser.feed(bytes[start..<end]))
                start = end
            }
            consume(try parser.finish())
        } catch {
            throw importError(error, file: file)
        }
    }

    /// The `ImportError` for a libxml2 failure: `xml.entity-declaration` for a refused DOCTYPE entity (billion
    /// laughs, XXE), `xml.malformed` otherwise.
    static func importError(_ error: LibXMLError, file: String) -> ImportError {
        if error.code == .entityDeclarationRefused {
            return ImportError(
                code: "xml.entity-declaration", file: file, line: error.line,
                message: "\(error.message): entity expansion and external entities are never processed")
        }
        return ImportError(
            code: "xml.malformed", file: file, line: error.line, message: "not well-formed XML: \(error.message)")
    }
}
