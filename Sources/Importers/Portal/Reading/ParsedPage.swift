import DisclosureCore
import ImportKit
import LibXML

/// A page read from its bytes: encoding decided, text decoded, tree parsed and indexed, with what was noticed
/// on the way.
///
/// The bytes are decoded by ImportKit's detector and decoder and the UTF-8 text is handed to libxml2, which is
/// the safe route for damaged GB bytes: a bad byte costs one U+FFFD instead of libxml2 silently cutting the
/// document short at it.
final class ParsedPage {
    /// The tree.
    let document: Document
    /// The tree, filed.
    let index: PageIndex
    /// The encoding the bytes were decoded from (`UTF-8`, `GB18030` …).
    let encoding: String
    /// Encoding and parser diagnostics.
    let diagnostics: [Diagnostic]
    /// The decoded text.
    let text: String
    /// The Hanweb `<datastore>` block of the page, if it has one (read once, on first use).
    private(set) lazy var datastore: HanwebDatastore? = {
        // The block is ASCII markup: look for it in the bytes before scanning the text.
        guard
            ByteSearch.contains(Array("<datastore".utf8), in: sourceBytes)
                || ByteSearch.contains(Array("<recordset".utf8), in: sourceBytes)
        else { return nil }
        return HanwebDatastore(text: text)
    }()
    private let sourceBytes: [UInt8]
    /// The dated link rows of the page's own anchors (read once: the classifier, the list reader and the column
    /// heading all need them).
    private(set) lazy var directListRows = ListRows(index.elements("a"), index: index)
    /// The dated link rows, Hanweb `<record>` blocks included (``ListPageReader/rows(_:)``, read once).
    private(set) lazy var listRows: ListRows = ListPageReader.readRows(self)

    /// The decoded text had no visible content at all (an empty or white-space file).
    let isBlank: Bool

    /// Decodes and parses the bytes of `source`.
    init(_ source: ImportSource) throws(ImportError) {
        let detected = EncodingDetector().detect(source)
        let decoded = TextDecoder().decode(source.bytes, as: detected, file: source.path)
        var diagnostics = detected.diagnostics + decoded.diagnostics
        isBlank = TextCleaning.isBlank(decoded.text)
        text = decoded.text
        var bytes = decoded.utf8Bytes
        sourceBytes = bytes
        if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
        let document: Document
        do {
            document = try Document.html(bytes, encoding: "UTF-8", baseURL: source.path)
        } catch {
            throw ImportError(
                code: "portal.parse-failed", file: source.path, line: error.line, element: nil, field: nil,
                message: "libxml2 could not build a document: \(error.message)")
        }
        for message in document.messages where message.level != .warning && message.domain == "encoding" {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "portal.libxml2-\(message.domain)", message: message.message, file: source.path,
                    line: message.line))
        }
        self.document = document
        self.index = PageIndex(document)
        self.encoding = decoded.encoding
        self.diagnostics = diagnostics
    }
}
