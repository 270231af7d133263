public import ImportKit

/// Access to the other pages of a split article (`t20180612_123456_1.html` …), supplied by the caller.
///
/// An importer reads one source and never touches the file system or the network; articles that a CMS split over
/// several pages are merged only when the caller can hand over the continuation pages. `disclosure extract` looks
/// among the files on its command line and in the page's folder; a migration looks in its mirror.
public struct SiblingPages: Sendable {
    /// One page the importer asks for.
    public struct Request: Hashable, Sendable {
        /// The reference as the page writes it (`t20180612_123456_1.html`, `./x_2.html`).
        public var reference: String
        /// The reference resolved against the source's path (`fixtures/portal/t20180612_123456_1.html`).
        public var path: String
        /// The reference resolved against the page's address, when that is known.
        public var url: String?
        /// The page asking.
        public var from: ImportSource

        /// Creates a request.
        public init(reference: String, path: String, url: String?, from: ImportSource) {
            self.reference = reference
            self.path = path
            self.url = url
            self.from = from
        }
    }

    private let lookup: @Sendable (Request) -> ImportSource?

    /// Wraps a lookup that returns the requested page, or nil when it is not available.
    public init(_ lookup: @escaping @Sendable (Request) -> ImportSource?) {
        self.lookup = lookup
    }

    /// No sibling pages: split articles are read page by page, with a warning.
    public static let none = SiblingPages { _ in nil }

    /// The requested page, or nil.
    public func page(_ request: Request) -> ImportSource? {
        lookup(request)
    }
}
