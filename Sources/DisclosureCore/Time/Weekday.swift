/// A day of the week (星期).
public enum Weekday: Int, CaseIterable, Hashable, Codable, Sendable {
    /// 星期一.
    case monday = 1
    /// 星期二.
    case tuesday
    /// 星期三.
    case wednesday
    /// 星期四.
    case thursday
    /// 星期五.
    case friday
    /// 星期六.
    case saturday
    /// 星期日.
    case sunday

    /// Whether the day is a Saturday or a Sunday (before any make-up working day is considered).
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The short English name, e.g. `Fri`, as used in deadline explanations.
    public var shortName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
    }

    /// The Chinese name, e.g. `星期五`.
    public var chineseName: String {
        ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][rawValue - 1]
    }
}
