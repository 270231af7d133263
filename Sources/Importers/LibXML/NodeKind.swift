/// What a node is, as libxml2 classifies it.
public enum NodeKind: Hashable, Sendable {
    /// An element, such as `<div>`.
    case element
    /// An attribute, as selected by XPath (`//a/@href`).
    case attribute
    /// A run of text.
    case text
    /// A CDATA section (XML; Hanweb pages wrap list items in one).
    case cdata
    /// A comment.
    case comment
    /// A processing instruction, such as `<?mso-application …?>`.
    case processingInstruction
    /// The document node, parent of the root element.
    case document
    /// The DOCTYPE.
    case documentType
    /// Anything else libxml2 has (entity declarations, fragments …), with libxml2's type number.
    case other(Int)
}
