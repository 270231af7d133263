import Foundation

/// A value a narrative placeholder can stand for: a figure (recorded with the report and checked against the
/// tables) or a piece of text (the body's name, a document's title or date).
public enum TemplateValue: Hashable, Sendable {
    /// A number or an amount.
    case figure(ReportCell)
    /// Text printed as it is.
    case text(String)

    /// How the value is printed: numbers plainly, amounts with their unit, text as is.
    public var printed: String {
        switch self {
        case .figure(.number(let value)): String(value)
        case .figure(.amount(let amount)): amount.description
        case .figure(.notFilled): "—"
        case .text(let text): text
        }
    }

    /// Whether the value is a figure equal to zero (the `0=` form of a placeholder applies).
    public var isZero: Bool {
        switch self {
        case .figure(.number(let value)): value == 0
        case .figure(.amount(let amount)): amount.value.isZero
        default: false
        }
    }
}
