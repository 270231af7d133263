public import Foundation

/// An amount of money as a report writes it: an exact decimal value and its unit (`251000元`, `1276.5534万元`).
///
/// The value is a `Decimal`, so `1276.5534` stays exactly that through JSON and conversion. In JSON an amount is
/// `{"value": 1276.5534, "unit": "万元"}`.
public struct Amount: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The number as written in ``unit``.
    public var value: Decimal
    /// The unit the value is written in.
    public var unit: AmountUnit

    /// Creates an amount.
    public init(_ value: Decimal, _ unit: AmountUnit) {
        self.value = value
        self.unit = unit
    }

    /// Nothing, in a unit: `0元`.
    public static func zero(in unit: AmountUnit) -> Amount {
        Amount(Decimal.zero, unit)
    }

    /// Reads an amount as written in a report: digits with an optional decimal part and a unit (`251000元`,
    /// `1276.5534万元`, `12.5 万元`); a bare number takes `defaultUnit`. Returns `nil` for anything else.
    public init?(text: String, defaultUnit: AmountUnit? = nil) {
        var compact = text.filter { !$0.isWhitespace && $0 != "," && $0 != "，" }
        var unit = defaultUnit
        for candidate in [AmountUnit.tenThousandYuan, .yuan] where compact.hasSuffix(candidate.rawValue) {
            unit = candidate
            compact.removeLast(candidate.rawValue.count)
            break
        }
        guard let unit, !compact.isEmpty,
            compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            compact.filter({ $0 == "." }).count <= 1, compact.first != ".", compact.last != ".",
            let value = Decimal(string: compact)
        else { return nil }
        self.init(value, unit)
    }

    /// The same amount in another unit, exactly (`251000元` is `25.1万元`).
    public func converted(to target: AmountUnit) -> Amount {
        guard target != unit else { return self }
        let yuan = value * Decimal(unit.yuanPerUnit)
        return Amount(yuan / Decimal(target.yuanPerUnit), target)
    }

    /// Whether two amounts are the same sum of money, whatever their units.
    public func isSameSum(as other: Amount) -> Bool {
        converted(to: .yuan).value == other.converted(to: .yuan).value
    }

    /// The value without its unit, e.g. `1276.5534`.
    public var valueText: String { value.description }

    /// The value followed by its unit, e.g. `1276.5534万元`.
    public var description: String { valueText + unit.rawValue }
}
