internal import CLibXML2

extension Node {
    /// Evaluates an XPath expression with this node as context and returns the nodes it selects, in
    /// document order (an empty array if the result is not a node set).
    ///
    /// Relative paths start here (`.//a`, `td[2]`); absolute ones (`//title`) search the whole document.
    /// Prefixes registered with ``Document/registerNamespace(_:uri:)`` can be used.
    public func xpath(_ expression: String) throws(LibXMLError) -> [Node] {
        guard case .nodes(let nodes) = try evaluate(expression) else { return [] }
        return nodes
    }

    /// Evaluates an XPath expression with this node as context and returns the first node it selects.
    public func first(_ expression: String) throws(LibXMLError) -> Node? {
        try xpath(expression).first
    }

    /// Evaluates an XPath expression with this node as context and converts the result to a string as
    /// XPath's `string()` does: the text of the first selected node ("" when nothing matches), or the
    /// string, number or boolean result.
    ///
    /// The conversion is done here rather than by wrapping the expression in `string(…)`, because
    /// libxml2 2.9 rejects a function argument whose absolute path starts with a non-ASCII name
    /// (`string(/电子文件封装包/题名)`), while the bare path works.
    public func string(_ expression: String) throws(LibXMLError) -> String {
        switch try evaluate(expression) {
        case .string(let value): value
        case .nodes(let nodes): nodes.first?.text ?? ""
        case .number(let value): Self.xpathString(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// Evaluates an XPath expression with this node as context and converts the result to a number as
    /// XPath's `number()` does (e.g. `count(.//tr)`, or a node whose text is `12`); NaN if not a number.
    public func number(_ expression: String) throws(LibXMLError) -> Double {
        switch try evaluate(expression) {
        case .number(let value): value
        case .string(let value): Self.xpathNumber(value)
        case .nodes(let nodes): nodes.first.map { Self.xpathNumber($0.text) } ?? .nan
        case .boolean(let value): value ? 1 : 0
        }
    }

    private static func xpathNumber(_ text: String) -> Double {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        var trimmed = Substring(text)
        while let first = trimmed.first, isSpace(first) { trimmed.removeFirst() }
        while let last = trimmed.last, isSpace(last) { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else {
            return .nan
        }
        return Double(trimmed) ?? .nan
    }

    private static func xpathString(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Evaluates an XPath expression with this node as context and returns its typed result.
    public func evaluate(_ expression: String) throws(LibXMLError) -> XPathValue {
        let collector = MessageCollector()
        let document = self.document
        let outcome: Result<XPathValue, LibXMLError> = collector.capture {
            guard let context = xmlXPathNewContext(document.pointer) else {
                return .failure(LibXMLError(.outOfMemory, message: "xmlXPathNewContext failed"))
            }
            // Freed last: after the result object below (defer runs in reverse order).
            defer { xmlXPathFreeContext(context) }
            context.pointee.node = pointer
            for (prefix, uri) in document.namespaces {
                xmlXPathRegisterNs(context, prefix, uri)
            }
            guard let object = xmlXPathEvalExpression(expression, context) else {
                let first = collector.firstError
                return .failure(
                    LibXMLError(
                        .invalidXPath, message: "\(first?.message ?? "XPath evaluation failed"): \(expression)",
                        libxml2Code: first?.code, file: document.baseURL, messages: collector.messages))
            }
            defer { xmlXPathFreeObject(object) }
            return .success(value(of: object))
        }
        return try outcome.get()
    }

    /// Copies an XPath result into Swift values; node-set entries are libxml2 tree nodes that outlive it.
    private func value(of object: xmlXPathObjectPtr) -> XPathValue {
        switch object.pointee.type {
        case XPATH_NODESET, XPATH_XSLT_TREE:
            guard let set = object.pointee.nodesetval, let table = set.pointee.nodeTab else { return .nodes([]) }
            var nodes: [Node] = []
            nodes.reserveCapacity(Int(set.pointee.nodeNr))
            for index in 0..<Int(set.pointee.nodeNr) {
                // Namespace nodes are copies owned by the result object; they would dangle. Skip them.
                guard let node = table[index], node.pointee.type != XML_NAMESPACE_DECL else { continue }
                nodes.append(Node(document: document, pointer: node))
            }
            return .nodes(nodes)
        case XPATH_STRING:
            return .string(object.pointee.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            return .number(object.pointee.floatval)
        case XPATH_BOOLEAN:
            return .boolean(object.pointee.boolval != 0)
        default:
            return .nodes([])
        }
    }
}
