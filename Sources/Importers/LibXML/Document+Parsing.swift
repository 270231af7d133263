internal import CLibXML2

extension Document {
    /// The options for every HTML parse: no network, recover from broken markup, and send errors and
    /// warnings only to the captured messages. Whitespace text nodes are kept (no `NOBLANKS`).
    static let htmlOptions = Int32(
        bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue)

    /// The options for every XML parse: no network. Never `NOENT` (entity substitution), `DTDLOAD`, `DTDATTR`
    /// or `DTDVALID`: OA exports are untrusted input.
    static let xmlOptions = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses an HTML page from its bytes, decoding them with the encoding named.
    ///
    /// Decide the encoding before calling (see ImportKit's encoding detector): the name given here
    /// overrides any `<meta charset>` in the page, which is what keeps a `gb2312` page with GBK-only
    /// characters from being cut short. The parse never touches the network and recovers from broken
    /// markup; what libxml2 complained about is in ``messages``.
    ///
    /// - Parameters:
    ///   - bytes: the page exactly as stored (`[UInt8]`, `Data`, a slice).
    ///   - encoding: a name libxml2 knows, such as `UTF-8`, `GB18030` or `UTF-16LE`.
    ///   - baseURL: the page's original URL or path, recorded as the document URL and in messages.
    /// - Throws: ``LibXMLError`` with code `unknownEncoding` for a name libxml2 has no converter for, or
    ///   `parseFailed` when no document could be built (empty input).
    public static func html<Bytes: Collection<UInt8> & Sendable>(
        _ bytes: Bytes, encoding: String, baseURL: String? = nil
    ) throws(LibXMLError) -> sending Document {
        try parse(bytes, kind: .html, encoding: encoding, baseURL: baseURL)
    }

    /// Parses an XML document from its bytes, decoding them with the encoding named.
    ///
    /// The parse is strict (malformed XML is an error) and defensive: no network, no external DTD, no
    /// entity substitution, and a document whose DOCTYPE declares any entity is refused outright, which
    /// stops "billion laughs" expansion and external-entity (XXE) reads before they start. Predefined
    /// entities (`&amp;` …) and character references work as usual.
    ///
    /// - Parameters:
    ///   - bytes: the document exactly as stored.
    ///   - encoding: a name libxml2 knows, such as `UTF-8` or `GB18030`; it overrides the XML declaration.
    ///   - baseURL: the document's original URL or path, recorded as the document URL and in messages.
    /// - Throws: ``LibXMLError`` with code `unknownEncoding`, `entityDeclarationRefused` or `parseFailed`.
    public static func xml<Bytes: Collection<UInt8> & Sendable>(
        _ bytes: Bytes, encoding: String, baseURL: String? = nil
    ) throws(LibXMLError) -> sending Document {
        try parse(bytes, kind: .xml, encoding: encoding, baseURL: baseURL)
    }

    // MARK: - Internals

    private static func parse<Bytes: Collection<UInt8> & Sendable>(
        _ bytes: Bytes, kind: DocumentKind, encoding: String, baseURL: String?
    ) throws(LibXMLError) -> sending Document {
        _ = libxml2Initialized
        try checkEncoding(encoding, file: baseURL)
        guard bytes.count < Int(Int32.max) else {
            throw LibXMLError(.inputTooLarge, message: "input of \(bytes.count) bytes exceeds 2 GiB", file: baseURL)
        }
        let collector = MessageCollector()
        let result: xmlDocPtr? = collector.capture {
            if let direct = bytes.withContiguousStorageIfAvailable({ buffer in
                read(buffer, kind: kind, encoding: encoding, baseURL: baseURL)
            }) {
                return direct
            }
            return Array(bytes).withUnsafeBufferPointer { buffer in
                read(buffer, kind: kind, encoding: encoding, baseURL: baseURL)
            }
        }
        if let entity = collector.refusedEntity {
            if let result { xmlFreeDoc(result) }
            throw LibXMLError(
                .entityDeclarationRefused,
                message: "the DOCTYPE declares the entity '\(entity)'; documents declaring entities are refused",
                file: baseURL, messages: collector.messages)
        }
        guard let result else {
            let first = collector.messages.first { $0.level == .fatal } ?? collector.firstError
            throw LibXMLError(
                .parseFailed, message: first?.message ?? (bytes.isEmpty ? "the input is empty" : "no document"),
                libxml2Code: first?.code, line: first?.line, file: baseURL, messages: collector.messages)
        }
        return Document(pointer: result, kind: kind, encoding: encoding, baseURL: baseURL, messages: collector.messages)
    }

    /// Throws unless libxml2 has a converter for `encoding`; `htmlReadMemory` would silently ignore it.
    private static func checkEncoding(_ encoding: String, file: String?) throws(LibXMLError) {
        guard let handler = xmlFindCharEncodingHandler(encoding) else {
            throw LibXMLError(.unknownEncoding, message: "libxml2 has no converter for '\(encoding)'", file: file)
        }
        // Handlers made for iconv are allocated per call; built-in ones are static and left alone by this.
        xmlCharEncCloseFunc(handler)
    }

    private static func read(
        _ buffer: UnsafeBufferPointer<UInt8>, kind: DocumentKind, encoding: String, baseURL: String?
    ) -> xmlDocPtr? {
        let count = Int32(buffer.count)
        return buffer.withMemoryRebound(to: CChar.self) { chars -> xmlDocPtr? in
            // An empty buffer may have no base address; libxml2 still wants a pointer.
            let empty: [CChar] = [0]
            return empty.withUnsafeBufferPointer { fallback -> xmlDocPtr? in
                guard let start = chars.baseAddress ?? fallback.baseAddress else { return nil }
                switch kind {
                case .html:
                    return htmlReadMemory(start, count, baseURL, encoding, htmlOptions)
                case .xml:
                    return readXML(start, count: count, encoding: encoding, baseURL: baseURL)
                }
            }
        }
    }

    /// Reads XML through a parser context whose SAX handler stops at the first entity declaration.
    private static func readXML(
        _ start: UnsafePointer<CChar>, count: Int32, encoding: String, baseURL: String?
    ) -> xmlDocPtr? {
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.entityDecl = { parserContext, name, _, _, _, _ in
            // The collector of this thread is the structured-error context that `capture` installed.
            if let current = clx_structured_error_context() {
                let collector = Unmanaged<MessageCollector>.fromOpaque(current).takeUnretainedValue()
                if collector.refusedEntity == nil {
                    collector.refusedEntity = name.map { String(cString: $0) } ?? "?"
                }
            }
            if let parserContext {
                xmlStopParser(parserContext.assumingMemoryBound(to: xmlParserCtxt.self))
            }
        }
        return xmlCtxtReadMemory(context, start, count, baseURL, encoding, xmlOptions)
    }
}
