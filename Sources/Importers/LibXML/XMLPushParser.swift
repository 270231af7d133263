internal import CLibXML2

/// Parses an XML document piece by piece and hands back events, so that a large document (an `.xlsx`
/// worksheet of 100,000 rows) is read in constant memory instead of being built as a tree.
///
/// Feed the bytes in chunks of any size with ``feed(_:)``, which returns the events those bytes completed,
/// then call ``finish()``. The parse is as defensive as ``Document/xml(_:encoding:baseURL:)``: no network, no
/// external DTD, no entity substitution, and a DOCTYPE that declares any entity stops the parse with
/// ``LibXMLError/Code/entityDeclarationRefused`` (billion laughs, XXE). The encoding given overrides the
/// document's own declaration.
///
/// Not `Sendable`: use one parser within one task.
public final class XMLPushParser {
    /// Where the C callbacks put their events; reached through the SAX user-data pointer.
    final class Sink {
        var events: [XMLStreamEvent] = []
        var refusedEntity: String?
        var context: xmlParserCtxtPtr?
    }

    private let sink = Sink()
    private let context: xmlParserCtxtPtr
    private let baseURL: String?
    private let collector = MessageCollector()
    private var finished = false
    private var sawFirstBytes = false
    /// The byte-order mark of the encoding given (UTF-8, UTF-16LE/BE), dropped from the start of the input:
    /// with the encoding forced, libxml2 would read it as a character before the root.
    private let byteOrderMark: [UInt8]

    /// Options: no network, errors only to the captured messages, the declared encoding ignored (the
    /// caller's wins). Never `NOENT`, `DTDLOAD`, `DTDATTR` or `DTDVALID`.
    private static let options = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue)

    /// Creates a parser for a document in the named encoding.
    ///
    /// - Parameters:
    ///   - encoding: a name libxml2 knows, such as `UTF-8` or `GB18030`.
    ///   - baseURL: the document's path or URL, used in messages.
    /// - Throws: ``LibXMLError`` `unknownEncoding`, or `outOfMemory` when no parser could be made.
    public init(encoding: String, baseURL: String? = nil) throws(LibXMLError) {
        _ = libxml2Initialized
        guard let handler = xmlFindCharEncodingHandler(encoding) else {
            throw LibXMLError(.unknownEncoding, message: "libxml2 has no converter for '\(encoding)'", file: baseURL)
        }
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { user, localName, prefix, uri, _, _, attributeCount, defaultedCount, attributes in
            guard let user, let localName else { return }
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            var list: [Attribute] = []
            // Attributes defaulted by an `<!ATTLIST>` of the internal subset come last; the tree parser leaves
            // them out (no `DTDATTR`), and so does this one.
            let specified = Int(attributeCount) - Int(defaultedCount)
            if let attributes, specified > 0 {
                list.reserveCapacity(specified)
                for index in 0..<specified {
                    let base = index * 5
                    guard let name = attributes[base], let start = attributes[base + 3],
                        let end = attributes[base + 4]
                    else { continue }
                    let local = String(cString: name)
                    let qualified = attributes[base + 1].map { String(cString: $0) + ":" + local } ?? local
                    let length = end - start
                    var value = String(
                        decoding: UnsafeBufferPointer(start: start, count: max(0, length)), as: UTF8.self)
                    // Without entity substitution libxml2 hands SAX2 an `&` (from `&amp;` or `&#38;`) as `&#38;`,
                    // for the tree builder to decode; every `&` in the value stands for one.
                    if value.utf8.contains(UInt8(ascii: "&")) { value = value.replacing("&#38;", with: "&") }
                    list.append(Attribute(name: qualified, value: value))
                }
            }
            _ = prefix
            let line = sink.context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0
            sink.events.append(
                .start(
                    XMLStreamElement(
                        localName: String(cString: localName), namespaceURI: uri.map { String(cString: $0) },
                        attributes: list, line: line)))
        }
        sax.endElementNs = { user, localName, _, uri in
            guard let user, let localName else { return }
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            sink.events.append(
                .end(localName: String(cString: localName), namespaceURI: uri.map { String(cString: $0) }))
        }
        let characters: charactersSAXFunc = { user, characters, length in
            guard let user, let characters, length > 0 else { return }
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            let piece = String(decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self)
            if case .text(let previous)? = sink.events.last {
                sink.events[sink.events.count - 1] = .text(previous + piece)
            } else {
                sink.events.append(.text(piece))
            }
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.entityDecl = { user, name, _, _, _, _ in
            guard let user else { return }
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            if sink.refusedEntity == nil { sink.refusedEntity = name.map { String(cString: $0) } ?? "?" }
            if let context = sink.context { xmlStopParser(context) }
        }
        let user = Unmanaged.passUnretained(sink).toOpaque()
        guard let made = xmlCreatePushParserCtxt(&sax, user, nil, 0, baseURL) else {
            xmlCharEncCloseFunc(handler)
            throw LibXMLError(.outOfMemory, message: "xmlCreatePushParserCtxt failed", file: baseURL)
        }
        xmlCtxtUseOptions(made, Self.options)
        xmlSwitchToEncoding(made, handler)
        self.context = made
        self.baseURL = baseURL
        switch encoding.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "utf8": self.byteOrderMark = [0xEF, 0xBB, 0xBF]
        case "utf16le": self.byteOrderMark = [0xFF, 0xFE]
        case "utf16be": self.byteOrderMark = [0xFE, 0xFF]
        default: self.byteOrderMark = []
        }
        sink.context = made
    }

    deinit {
        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        xmlFreeParserCtxt(context)
    }

    /// What libxml2 reported so far (recovered problems, encoding errors), in order.
    public var messages: [LibXMLMessage] { collector.messages }

    /// Parses the next bytes and returns the events they completed.
    ///
    /// - Throws: ``LibXMLError`` `entityDeclarationRefused` when the DOCTYPE declares an entity, `parseFailed`
    ///   with libxml2's message and line when the document is not well-formed.
    public func feed<Bytes: Collection<UInt8>>(_ chunk: Bytes) throws(LibXMLError) -> [XMLStreamEvent] {
        var bytes = Array(chunk)
        if !sawFirstBytes, !bytes.isEmpty {
            sawFirstBytes = true
            if !byteOrderMark.isEmpty, bytes.starts(with: byteOrderMark) { bytes.removeFirst(byteOrderMark.count) }
        }
        return try push(bytes, terminate: false)
    }

    /// Ends the document and returns the last events.
    ///
    /// - Throws: ``LibXMLError`` `parseFailed` when the document is incomplete or not well-formed.
    public func finish() throws(LibXMLError) -> [XMLStreamEvent] {
        guard !finished else { return [] }
        finished = true
        return try push([], terminate: true)
    }

    // MARK: - Internals

    private func push(_ bytes: [UInt8], terminate: Bool) throws(LibXMLError) -> [XMLStreamEvent] {
        guard bytes.count < Int(Int32.max) else {
            throw LibXMLError(.inputTooLarge, message: "chunk of \(bytes.count) bytes exceeds 2 GiB", file: baseURL)
        }
        let context = self.context
        collector.capture {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    _ = xmlParseChunk(context, chars.baseAddress, Int32(chars.count), terminate ? 1 : 0)
                }
            }
        }
        if let entity = sink.refusedEntity {
            throw LibXMLError(
                .entityDeclarationRefused,
                message: "the DOCTYPE declares the entity '\(entity)'; documents declaring entities are refused",
                file: baseURL, messages: collector.messages)
        }
        if context.pointee.wellFormed == 0 || context.pointee.disableSAX != 0 {
            let first = collector.messages.first { $0.level == .fatal } ?? collector.firstError
            throw LibXMLError(
                .parseFailed, message: first?.message ?? "the document is not well-formed",
                libxml2Code: first?.code, line: first?.line, file: baseURL, messages: collector.messages)
        }
        let events = sink.events
        sink.events.removeAll(keepingCapacity: true)
        return events
    }
}
