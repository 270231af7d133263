/// A key area of disclosure (重点领域) that the annual report describes on its own and a checklist covers.
///
/// An open vocabulary: the constants are the two key areas of the 2018 report; a bureau may add more.
/// A key area applies to the node that carries it and to every node below it (``Catalogue/keyArea(of:)``).
public struct KeyArea: StringVocabulary {
    /// The key area's stable text, e.g. `enrollment`.
    public let rawValue: String

    /// Wraps a key-area text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// 招生 — enrollment and admission disclosure (招生"阳光工程", 十公开).
    public static let enrollment: KeyArea = "enrollment"
    /// 预算 — budget and final-accounts disclosure (预算公开专栏).
    public static let budget: KeyArea = "budget"
}
