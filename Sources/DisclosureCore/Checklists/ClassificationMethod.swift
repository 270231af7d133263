/// How a checklist classified an item, strongest first.
public enum ClassificationMethod: String, Hashable, Codable, Sendable, CaseIterable {
    /// An explicit field of the candidate (`fund`, `stage`, `requirement`) named it.
    case explicitField
    /// The candidate's category is, or lies below, a node the checklist ties to it.
    case category
    /// A keyword of the checklist's table occurs in the candidate's title.
    case titleKeyword
}
