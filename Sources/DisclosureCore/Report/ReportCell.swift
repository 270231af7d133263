/// One cell of a report table: a number (an explicit zero included), an amount of money, or not filled.
///
/// Published reports leave cells blank or write `/`, `-`, `—` or `无`; such a cell is ``notFilled`` and stays
/// distinct from ``number(_:)`` 0. A generated report never leaves a cell unfilled. Signed figures (本年增/减)
/// are numbers too: the table column says how to print them.
///
/// In JSON a number is a JSON integer, an amount is `{"value": …, "unit": …}` and a cell not filled is `null`.
public enum ReportCell: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A count or a signed change; 0 is an explicit zero.
    case number(Int)
    /// An amount of money with its unit.
    case amount(Amount)
    /// Left blank (or written as `/`, `-`, `—`, `无`) in the report.
    case notFilled

    /// The texts published reports use for a cell they did not fill.
    public static let notFilledMarks: Set<String> = ["", "/", "-", "—", "－", "——", "无", "／", "–"]

    /// Reads a cell as written in a published report: an integer, a signed change (`增15`, `减4`, `+3`), an amount
    /// with its unit, or a not-filled mark. Returns `nil` for text that is none of these.
    public init?(text: String) {
        let compact = text.filter { !$0.isWhitespace }
        if ReportCell.notFilledMarks.contains(compact) {
            self = .notFilled
            return
        }
        var sign = 1
        var digits = Substring(compact)
        if let first = digits.first, "增+＋".contains(first) {
            digits = digits.dropFirst()
        } else if let first = digits.first, "减-－−".contains(first) {
            sign = -1
            digits = digits.dropFirst()
        }
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) {
            self = .number(sign * value)
            return
        }
        if let amount = Amount(text: compact) {
            self = .amount(amount)
            return
        }
        return nil
    }

    /// The number, or `nil` for an amount or a cell not filled.
    public var number: Int? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The amount, or `nil` for a number or a cell not filled.
    public var amount: Amount? {
        if case .amount(let value) = self { return value }
        return nil
    }

    /// Whether the cell was left unfilled.
    public var isFilled: Bool { self != .notFilled }

    /// The value for arithmetic checks: the number, 0 when not filled, `nil` for an amount.
    public var countValue: Int? {
        switch self {
        case .number(let value): value
        case .notFilled: 0
        case .amount: nil
        }
    }

    /// A plain rendering: the number, the amount with its unit, or `—` when not filled.
    public var description: String {
        switch self {
        case .number(let value): String(value)
        case .amount(let amount): amount.description
        case .notFilled: "—"
        }
    }

    /// Decodes an integer, an amount object or `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .notFilled
        } else if let value = try? container.decode(Int.self) {
            self = .number(value)
        } else if let amount = try? container.decode(Amount.self) {
            self = .amount(amount)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a cell is an integer, an amount {value, unit} or null")
        }
    }

    /// Encodes an integer, an amount object or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .amount(let amount): try container.encode(amount)
        case .notFilled: try container.encodeNil()
        }
    }
}
