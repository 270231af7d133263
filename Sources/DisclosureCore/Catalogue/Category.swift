/// One node of a disclosure catalogue (目录): a portal column or an item of a disclosure guideline.
///
/// In JSON (see ``Catalogue``) a category is an object with the keys `id`, `name`, and optionally `parent`,
/// `synonyms`, `description`, `roles` and `keyArea`; empty and absent values are left out when encoding.
public struct Category: Hashable, Codable, Sendable {
    /// The stable identifier (see ``CategoryID`` for the scheme).
    public var id: CategoryID
    /// The Chinese name shown on the portal, e.g. `通知公告`.
    public var name: String
    /// The parent node, or nil for a top-level node.
    public var parent: CategoryID?
    /// Other names of the same column: legacy column names, the guideline's wording, common variants.
    public var synonyms: [String]
    /// What belongs here, in a sentence or two, when worth saying.
    public var description: String?
    /// What the items count as in the annual report, e.g. ``CategoryRole/normativeDocument``.
    public var roles: Set<CategoryRole>
    /// The key area (重点领域) the node belongs to, if any.
    public var keyArea: KeyArea?

    /// Creates a category.
    public init(
        id: CategoryID, name: String, parent: CategoryID? = nil, synonyms: [String] = [], description: String? = nil,
        roles: Set<CategoryRole> = [], keyArea: KeyArea? = nil
    ) {
        self.id = id
        self.name = name
        self.parent = parent
        self.synonyms = synonyms
        self.description = description
        self.roles = roles
        self.keyArea = keyArea
    }

    /// The name followed by the synonyms: every term a legacy column may use for this node.
    public var terms: [String] { [name] + synonyms }

    private enum CodingKeys: String, CodingKey {
        case id, name, parent, synonyms, description, roles, keyArea
    }

    /// Decodes a category; `synonyms` and `roles` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(CategoryID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        parent = try container.decodeIfPresent(CategoryID.self, forKey: .parent)
        synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        description = try container.decodeIfPresent(String.self, forKey: .description)
        roles = try container.decodeIfPresent(Set<CategoryRole>.self, forKey: .roles) ?? []
        keyArea = try container.decodeIfPresent(KeyArea.self, forKey: .keyArea)
    }

    /// Encodes a category, leaving out absent and empty values; roles are written sorted so output is stable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(parent, forKey: .parent)
        if !synonyms.isEmpty { try container.encode(synonyms, forKey: .synonyms) }
        try container.encodeIfPresent(description, forKey: .description)
        if !roles.isEmpty { try container.encode(roles.sorted(), forKey: .roles) }
        try container.encodeIfPresent(keyArea, forKey: .keyArea)
    }
}
