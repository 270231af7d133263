/// Why an item counts for a checklist requirement: which dimension was decided, how, and from what.
public struct CoverageReason: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The dimension decided: `fund`, `stage` or `requirement`.
    public var dimension: String
    /// How it was decided.
    public var method: ClassificationMethod
    /// What decided it: the field value, the category identifier, or the keyword found in the title.
    public var evidence: String

    /// Creates a reason.
    public init(dimension: String, method: ClassificationMethod, evidence: String) {
        self.dimension = dimension
        self.method = method
        self.evidence = evidence
    }

    /// `dimension by method 'evidence'`, e.g. `stage by titleKeyword '分配结果'`.
    public var description: String { "\(dimension) by \(method.rawValue) '\(evidence)'" }
}
