internal import CLibXML2

/// A parsed HTML or XML document: the owner of libxml2's tree, freed when the last reference goes.
///
/// Parse with ``html(_:encoding:baseURL:)`` or ``xml(_:encoding:baseURL:)``; reach the tree through
/// ``root``, ``xpath(_:)`` and ``first(_:)``. Every ``Node`` keeps its document alive.
///
/// Threads: parsing is safe from many threads at once (each call builds its own document and captures
/// libxml2's messages per thread). A document is deliberately *not* `Sendable`: libxml2's tree is plain
/// mutable C memory, and reading one document on one thread while another removes nodes from it would be
/// a data race. Use a document and its nodes within one task (the parse functions return it `sending`, so
/// it can be handed over whole), and extract values, which are `Sendable`, to share.
public final class Document {
    let pointer: xmlDocPtr
    /// Which parser built the document.
    public let kind: DocumentKind
    /// The encoding name the bytes were decoded with, as given to the parse call.
    public let encoding: String
    /// The base URL given to the parse call, used by libxml2 as the document URL.
    public let baseURL: String?
    /// What libxml2 reported while parsing (recovered errors, encoding problems), in order.
    public let messages: [LibXMLMessage]
    /// Namespace prefixes registered for XPath, prefix to URI.
    public private(set) var namespaces: [String: String] = [:]
    /// Nodes unlinked by ``Node/remove()``, kept allocated until the document is freed so that no
    /// ``Node`` value can dangle.
    private var detached: [xmlNodePtr] = []
    private var detachedSet: Set<xmlNodePtr> = []

    init(pointer: xmlDocPtr, kind: DocumentKind, encoding: String, baseURL: String?, messages: [LibXMLMessage]) {
        self.pointer = pointer
        self.kind = kind
        self.encoding = encoding
        self.baseURL = baseURL
        self.messages = messages
    }

    deinit {
        // Detached subtrees are disjoint (an unlinked node is no longer inside another one) and use the
        // document's dictionary, so they go first.
        for node in detached { xmlFreeNode(node) }
        xmlFreeDoc(pointer)
    }

    // MARK: - The tree

    /// The document node itself (kind ``NodeKind/document``), the context of document-level XPath.
    public var node: Node {
        Node(document: self, pointer: xmlNodePtr(OpaquePointer(pointer)))
    }

    /// The root element (`html` for HTML pages), if there is one.
    public var root: Node? {
        xmlDocGetRootElement(pointer).map { Node(document: self, pointer: $0) }
    }

    // MARK: - XPath

    /// Registers a namespace prefix for the XPath expressions evaluated on this document and its nodes.
    ///
    /// XML documents with a default namespace (SpreadsheetML, EEP packages) need a prefix for it:
    /// `registerNamespace("ss", uri: "urn:schemas-microsoft-com:office:spreadsheet")`, then `//ss:Row`.
    public func registerNamespace(_ prefix: String, uri: String) {
        namespaces[prefix] = uri
    }

    /// Evaluates an XPath expression with the document as context and returns the nodes it selects
    /// (an empty array if the result is not a node set).
    public func xpath(_ expression: String) throws(LibXMLError) -> [Node] {
        try node.xpath(expression)
    }

    /// Evaluates an XPath expression with the document as context and returns the first node it selects.
    public func first(_ expression: String) throws(LibXMLError) -> Node? {
        try node.first(expression)
    }

    /// Evaluates an XPath expression with the document as context and returns its typed result.
    public func evaluate(_ expression: String) throws(LibXMLError) -> XPathValue {
        try node.evaluate(expression)
    }

    /// Evaluates `string(expression)`: the text of the first selected node, or the string result.
    public func string(_ expression: String) throws(LibXMLError) -> String {
        try node.string(expression)
    }

    /// Evaluates `number(expression)`: for example `count(//a)`; NaN when the value is not a number.
    public func number(_ expression: String) throws(LibXMLError) -> Double {
        try node.number(expression)
    }

    // MARK: - Removal

    /// Unlinks `node` from the tree and keeps it allocated until the document goes; false if it was already
    /// removed or is the document node.
    func detach(_ node: xmlNodePtr) -> Bool {
        guard node != xmlNodePtr(OpaquePointer(pointer)), !detachedSet.contains(node) else { return false }
        xmlUnlinkNode(node)
        detached.append(node)
        detachedSet.insert(node)
        return true
    }
}
