/// A span of days that does not count towards a period: e.g. a third-party consultation (征求意见, Art. 32/34).
///
/// Both ends are inclusive. A working day inside any paused interval is skipped by ``WorkingDayCalendar``
/// when it counts working days; weekends and holidays inside it are skipped anyway.
public struct PausedInterval: Hashable, Codable, Sendable {
    /// The first day that does not count.
    public var first: CivilDate
    /// The last day that does not count.
    public var last: CivilDate
    /// Why the clock stops, e.g. `consultation with 某公司` — quoted in explanations.
    public var reason: String

    /// Creates an interval; `last` before `first` makes an empty interval.
    public init(first: CivilDate, last: CivilDate, reason: String) {
        self.first = first
        self.last = last
        self.reason = reason
    }

    /// Whether the day lies inside the interval.
    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }
}
