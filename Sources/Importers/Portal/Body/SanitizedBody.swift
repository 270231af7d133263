/// An article body after sanitizing: what is kept, as nodes, and what was found and dropped.
struct SanitizedBody: Sendable {
    /// A visible link of the body: its text and its target.
    struct Link: Hashable, Sendable {
        /// The link text, white space folded.
        var text: String
        /// The target as written in the page.
        var rawHref: String
        /// The target resolved against the page address (as written when that is unknown).
        var href: String
        /// The `title` attribute, when present.
        var title: String?
    }

    /// A link that was hidden from readers and dropped.
    struct HiddenLink: Hashable, Sendable {
        /// The target, resolved.
        var href: String
        /// Why the element was hidden (`display:none` …).
        var reason: String
        /// Where it was (`div#zoom > div > a`).
        var element: String
    }

    /// The kept content.
    var nodes: [CleanNode] = []
    /// The visible links, in order.
    var links: [Link] = []
    /// The hidden links, in order.
    var hiddenLinks: [HiddenLink] = []
    /// What was removed as page furniture (`toolbar at div.print`), for diagnostics.
    var removedChrome: [String] = []

    /// The sanitized HTML.
    var html: String { CleanNode.html(nodes) }
    /// The plain text.
    var text: String { CleanNode.text(nodes) }

    /// Appends a continuation page's body.
    mutating func append(_ other: SanitizedBody) {
        nodes += other.nodes
        links += other.links
        hiddenLinks += other.hiddenLinks
        removedChrome += other.removedChrome
    }
}
