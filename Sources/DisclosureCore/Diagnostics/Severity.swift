/// How serious a finding or diagnostic is.
public enum Severity: String, CaseIterable, Hashable, Codable, Sendable, Comparable {
    /// Worth knowing; nothing is wrong.
    case info
    /// Probably wrong or incomplete; the value is still usable.
    case warning
    /// Wrong: the value must not be published or trusted as it is.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders severities from `info` to `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
