/// Which parser built a document, and so which serialiser its nodes use.
public enum DocumentKind: String, Hashable, Sendable {
    /// Parsed by libxml2's HTML parser (forgiving; lower-case element names).
    case html
    /// Parsed by libxml2's XML parser (strict; namespaces).
    case xml
}
