/// A reason a catalogue or a column mapping cannot be built, naming the node at fault.
public struct CatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem; an open set of stable codes so new checks do not break clients.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code text, e.g. `catalogue.unknown-parent`.
        public let rawValue: String

        /// Wraps a code text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The code text.
        public var description: String { rawValue }

        /// An identifier does not follow the ``CategoryID`` scheme.
        public static let malformedID = Code(rawValue: "catalogue.malformed-id")
        /// Two nodes share an identifier.
        public static let duplicateID = Code(rawValue: "catalogue.duplicate-id")
        /// A node names a parent that is not in the catalogue.
        public static let unknownParent = Code(rawValue: "catalogue.unknown-parent")
        /// Following parents from a node comes back to it.
        public static let cycle = Code(rawValue: "catalogue.cycle")
        /// A node has an empty name.
        public static let emptyName = Code(rawValue: "catalogue.empty-name")
        /// The JSON is not a catalogue in the documented format.
        public static let invalidJSON = Code(rawValue: "catalogue.invalid-json")
        /// A column mapping names a node that is not in the catalogue.
        public static let unknownMappingTarget = Code(rawValue: "column-mapping.unknown-category")
    }

    /// The kind of problem.
    public var code: Code
    /// The node at fault, when there is one.
    public var category: CategoryID?
    /// The position of the node at fault in the list given (0-based), when known.
    public var position: Int?
    /// A sentence for a person, naming the node and what is wrong.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, category: CategoryID? = nil, position: Int? = nil, message: String) {
        self.code = code
        self.category = category
        self.position = position
        self.message = message
    }

    /// One line: `code [node #position]: message`.
    public var description: String {
        var place = ""
        if let category { place += " \(category.rawValue)" }
        if let position { place += " #\(position)" }
        return "\(code.rawValue)\(place): \(message)"
    }
}
