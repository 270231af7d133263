/// How far a migration has come, reported after each file is written.
public struct MigrationProgress: Sendable {
    /// Files accounted for so far in this run.
    public var done: Int
    /// Files in all (the walk counts them first).
    public var total: Int
    /// The file just finished.
    public var file: String
    /// Seconds since the run started.
    public var elapsed: Double

    /// Files per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds still to go at the current rate, when it can be told.
    public var remaining: Double? {
        guard rate > 0, total >= done else { return nil }
        return Double(total - done) / rate
    }
}
