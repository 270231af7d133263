/// What the items under a catalogue node count as in the annual report (统计口径), so a report builder can count
/// them without matching column names.
///
/// An open vocabulary: a bureau's catalogue may carry roles of its own; the library knows the constants below.
/// A role applies to the node that carries it and to every node below it (``Catalogue/roles(of:)``).
public struct CategoryRole: StringVocabulary {
    /// The role's stable text, e.g. `normativeDocument`.
    public let rawValue: String

    /// Wraps a role text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// 规范性文件 — the items are normative documents (counted in the report's 规范性文件 figure).
    public static let normativeDocument: CategoryRole = "normativeDocument"
    /// 政策解读 — the items are policy interpretations (counted in the report's 政策解读 figure).
    public static let policyInterpretation: CategoryRole = "policyInterpretation"
}
