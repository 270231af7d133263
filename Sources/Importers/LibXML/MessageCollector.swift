internal import CLibXML2

/// Initialises libxml2 exactly once per process (Swift runs a global's initializer once, thread-safely).
///
/// `xmlCleanupParser` is never called: other code in the process (FoundationXML) shares this libxml2.
let libxml2Initialized: Void = { xmlInitParser() }()

/// Collects what libxml2 reports on the current thread while a call runs.
///
/// libxml2 keeps its error handlers in per-thread globals (the build has `LIBXML_THREAD_ENABLED`), so a
/// collector installed by `capture(_:)` sees only the calls made on its own thread, and concurrent parses
/// on other threads keep theirs. `capture(_:)` is synchronous, so the calls cannot hop threads midway.
final class MessageCollector {
    /// The messages in the order libxml2 reported them.
    var messages: [LibXMLMessage] = []
    /// The name of the first entity declaration met while parsing XML, which stops the parser.
    var refusedEntity: String?

    /// The first error or fatal message, if any.
    var firstError: LibXMLMessage? { messages.first { $0.level != .warning } }

    /// Runs `body` with libxml2's structured and generic error handlers of this thread pointed at this
    /// collector, then puts the previous handlers back (even when `body` throws).
    func capture<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        _ = libxml2Initialized
        let previousStructured = clx_structured_error_handler()
        let previousStructuredContext = clx_structured_error_context()
        let previousGeneric = clx_generic_error_handler()
        let previousGenericContext = clx_generic_error_context()
        let me = Unmanaged.passUnretained(self).toOpaque()
        var sink = clx_generic_sink(
            sink: { context, text in
                guard let context, let text else { return }
                let collector = Unmanaged<MessageCollector>.fromOpaque(context).takeUnretainedValue()
                collector.record(generic: String(cString: text))
            },
            user_data: me)
        return try withExtendedLifetime(self) { () throws(Failure) -> Result in
            try withUnsafeMutablePointer(to: &sink) { (sinkPointer) throws(Failure) -> Result in
                xmlSetStructuredErrorFunc(me) { context, error in
                    guard let context, let error else { return }
                    let collector = Unmanaged<MessageCollector>.fromOpaque(context).takeUnretainedValue()
                    collector.record(error.pointee)
                }
                clx_set_generic_error_sink(sinkPointer)
                defer {
                    xmlSetStructuredErrorFunc(previousStructuredContext, previousStructured)
                    xmlSetGenericErrorFunc(previousGenericContext, previousGeneric)
                }
                return try body()
            }
        }
    }

    /// Records a structured libxml2 error.
    private func record(_ error: xmlError) {
        let level: LibXMLMessage.Level =
            switch error.level {
            case XML_ERR_WARNING: .warning
            case XML_ERR_FATAL: .fatal
            default: .error
            }
        let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        messages.append(
            LibXMLMessage(
                level: level, domain: Self.domainName(error.domain), code: Int(error.code),
                message: Self.trimmed(text), file: error.file.map { String(cString: $0) },
                line: error.line > 0 ? Int(error.line) : nil, column: error.int2 > 0 ? Int(error.int2) : nil))
    }

    /// Records a generic (printf-style) libxml2 message, which has no level or code.
    private func record(generic text: String) {
        let line = Self.trimmed(text)
        guard !line.isEmpty else { return }
        messages.append(LibXMLMessage(level: .error, domain: "generic", code: 0, message: line))
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return String(text)
    }

    private static func domainName(_ domain: Int32) -> String {
        switch UInt32(bitPattern: domain) {
        case XML_FROM_PARSER.rawValue: "parser"
        case XML_FROM_HTML.rawValue: "html"
        case XML_FROM_I18N.rawValue: "encoding"
        case XML_FROM_XPATH.rawValue: "xpath"
        case XML_FROM_IO.rawValue: "io"
        case XML_FROM_TREE.rawValue: "tree"
        case XML_FROM_NAMESPACE.rawValue: "namespace"
        case XML_FROM_OUTPUT.rawValue: "output"
        case XML_FROM_DTD.rawValue: "dtd"
        default: "domain-\(domain)"
        }
    }
}
