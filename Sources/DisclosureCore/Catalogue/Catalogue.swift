/// A disclosure catalogue (政府信息公开目录): a validated tree of ``Category`` nodes.
///
/// Building a catalogue checks that every identifier follows the ``CategoryID`` scheme and is unique, that every
/// parent exists, that no node is its own ancestor and that every node has a name; the first problem is thrown
/// as a ``CatalogueError`` naming the node. Softer problems (a prefix that no longer names the parent, a name or
/// synonym shared by two nodes) are reported by ``lint()``.
///
/// The order of the categories given is kept: it is the order of siblings in ``children(of:)`` and ``walk(_:)``.
/// The JSON format is described in `Catalogue+Codable.swift`.
public struct Catalogue: Sendable {
    /// A name for the catalogue, e.g. `勐海县教育局政府信息公开目录`.
    public let name: String?
    /// Every node, in the order given.
    public let categories: [Category]

    private let positions: [CategoryID: Int]
    private let childIDs: [CategoryID: [CategoryID]]
    private let rootIDs: [CategoryID]

    /// Builds and validates a catalogue; throws a ``CatalogueError`` naming the first node at fault.
    public init(name: String? = nil, categories: [Category]) throws {
        var positions: [CategoryID: Int] = [:]
        for (position, category) in categories.enumerated() {
            guard category.id.isWellFormed else {
                throw CatalogueError(
                    .malformedID, category: category.id, position: position,
                    message: "the identifier '\(category.id.rawValue)' of '\(category.name)' is not lowercase "
                        + "ASCII words joined by '-' in segments joined by '/'")
            }
            if let earlier = positions[category.id] {
                throw CatalogueError(
                    .duplicateID, category: category.id, position: position,
                    message: "'\(category.name)' reuses the identifier of '\(categories[earlier].name)' (#\(earlier))")
            }
            guard !category.name.allSatisfy(\.isWhitespace) else {
                throw CatalogueError(
                    .emptyName, category: category.id, position: position, message: "the node has no name")
            }
            positions[category.id] = position
        }
        var childIDs: [CategoryID: [CategoryID]] = [:]
        var rootIDs: [CategoryID] = []
        for (position, category) in categories.enumerated() {
            guard let parent = category.parent else {
                rootIDs.append(category.id)
                continue
            }
            guard positions[parent] != nil else {
                throw CatalogueError(
                    .unknownParent, category: category.id, position: position,
                    message: "'\(category.name)' names the parent '\(parent.rawValue)', which is not in the catalogue")
            }
            childIDs[parent, default: []].append(category.id)
        }
        // Every node must reach a root by following parents; a node that does not lies on or below a cycle.
        for (position, category) in categories.enumerated() {
            var seen: Set<CategoryID> = [category.id]
            var current = category.parent
            while let id = current {
                guard seen.insert(id).inserted else {
                    throw CatalogueError(
                        .cycle, category: category.id, position: position,
                        message: "following parents from '\(category.name)' comes back to '\(id.rawValue)'")
                }
                current = categories[positions[id]!].parent
            }
        }
        self.name = name
        self.categories = categories
        self.positions = positions
        self.childIDs = childIDs
        self.rootIDs = rootIDs
    }

    // MARK: - Lookup

    /// The node with this identifier, or nil.
    public subscript(id: CategoryID) -> Category? {
        positions[id].map { categories[$0] }
    }

    /// Whether the catalogue has a node with this identifier.
    public func contains(_ id: CategoryID) -> Bool { positions[id] != nil }

    /// The number of nodes.
    public var count: Int { categories.count }

    /// The top-level nodes, in order.
    public var roots: [Category] { rootIDs.map { self[$0]! } }

    /// The direct children of a node, in order; empty for a leaf or an unknown identifier.
    public func children(of id: CategoryID) -> [Category] {
        (childIDs[id] ?? []).map { self[$0]! }
    }

    /// The parent of a node, or nil for a top-level node or an unknown identifier.
    public func parent(of id: CategoryID) -> Category? {
        self[id]?.parent.flatMap { self[$0] }
    }

    /// The nodes from the root down to and including `id`; empty for an unknown identifier.
    public func path(to id: CategoryID) -> [Category] {
        var path: [Category] = []
        var current = self[id]
        while let category = current {
            path.append(category)
            current = category.parent.flatMap { self[$0] }
        }
        return path.reversed()
    }

    /// The Chinese names from the root down to `id` joined by ` › `, e.g. `教育信息 › 招生信息`.
    public func displayPath(of id: CategoryID) -> String {
        path(to: id).map(\.name).joined(separator: " › ")
    }

    /// Whether `id` is `ancestor` or lies below it.
    public func isWithin(_ id: CategoryID, _ ancestor: CategoryID) -> Bool {
        path(to: id).contains { $0.id == ancestor }
    }

    // MARK: - Walking

    /// Visits every node depth-first, parents before children, siblings in order; `depth` is 0 for top-level nodes.
    public func walk(_ visit: (_ category: Category, _ depth: Int) throws -> Void) rethrows {
        func descend(_ ids: [CategoryID], depth: Int) throws {
            for id in ids {
                try visit(self[id]!, depth)
                try descend(childIDs[id] ?? [], depth: depth + 1)
            }
        }
        try descend(rootIDs, depth: 0)
    }

    /// Every node depth-first, parents before children.
    public var depthFirst: [Category] {
        var list: [Category] = []
        walk { category, _ in list.append(category) }
        return list
    }

    /// A node and everything below it, depth-first; empty for an unknown identifier.
    public func subtree(of id: CategoryID) -> [Category] {
        guard let root = self[id] else { return [] }
        var list = [root]
        for child in children(of: id) { list += subtree(of: child.id) }
        return list
    }

    /// An indented outline, one node a line: `  budget/special-funds  专项资金`.
    public func outline() -> String {
        var lines: [String] = []
        walk { category, depth in
            lines.append(String(repeating: "  ", count: depth) + "\(category.id.rawValue)  \(category.name)")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Roles and key areas

    /// The roles of a node: its own and those of its ancestors.
    public func roles(of id: CategoryID) -> Set<CategoryRole> {
        path(to: id).reduce(into: []) { $0.formUnion($1.roles) }
    }

    /// The key area of a node: its own, else the nearest ancestor's.
    public func keyArea(of id: CategoryID) -> KeyArea? {
        path(to: id).reversed().lazy.compactMap(\.keyArea).first
    }

    /// Every node that has the role, directly or through an ancestor: the set an item's `category` is tested
    /// against when counting, e.g., 规范性文件.
    public func ids(withRole role: CategoryRole) -> Set<CategoryID> {
        Set(categories.lazy.map(\.id).filter { roles(of: $0).contains(role) })
    }

    /// Every node in the key area, directly or through an ancestor.
    public func ids(inKeyArea area: KeyArea) -> Set<CategoryID> {
        Set(categories.lazy.map(\.id).filter { keyArea(of: $0) == area })
    }
}

// MARK: - Equality

extension Catalogue: Hashable {
    /// Two catalogues are equal when they have the same name and the same nodes in the same order.
    public static func == (lhs: Catalogue, rhs: Catalogue) -> Bool {
        lhs.name == rhs.name && lhs.categories == rhs.categories
    }

    /// Hashes the name and the nodes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(categories)
    }
}
