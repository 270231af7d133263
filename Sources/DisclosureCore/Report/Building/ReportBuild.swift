/// The result of building a report: the report and what the builder noticed about its inputs.
public struct ReportBuild: Hashable, Sendable {
    /// The report, with its consistency findings.
    public var report: AnnualReport
    /// What was not counted, derived or assumed (unknown 公开属性, a repeal count worked out, …).
    public var diagnostics: [Diagnostic]

    /// Creates a build result.
    public init(report: AnnualReport, diagnostics: [Diagnostic]) {
        self.report = report
        self.diagnostics = diagnostics
    }
}
