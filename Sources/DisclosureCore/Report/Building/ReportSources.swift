/// Everything a report is built from, gathered: the archive, the registers, the supplied figures and the narrative.
public struct ReportSources: Hashable, Sendable {
    /// The items (the whole archive; the builder counts by date).
    public var items: [DisclosureItem]
    /// The catalogue the items are counted against.
    public var catalogue: Catalogue
    /// The year's request figures for section 三.
    public var requests: RequestStatistics
    /// Review and litigation cases for section 四.
    public var reviewLitigation: [ReviewLitigationCase]
    /// Figures the archive does not hold.
    public var supplied: SuppliedFigures
    /// The user's narrative text.
    public var template: NarrativeTemplate
    /// Last year's report, for the cross-year rules and derived repeal counts.
    public var previous: AnnualReport?

    /// Gathers the sources.
    public init(
        items: [DisclosureItem], catalogue: Catalogue = .countyEducationBureau, requests: RequestStatistics,
        reviewLitigation: [ReviewLitigationCase] = [], supplied: SuppliedFigures = SuppliedFigures(),
        template: NarrativeTemplate, previous: AnnualReport? = nil
    ) {
        self.items = items
        self.catalogue = catalogue
        self.requests = requests
        self.reviewLitigation = reviewLitigation
        self.supplied = supplied
        self.template = template
        self.previous = previous
    }
}

extension ReportBuilder {
    /// Builds the report from gathered sources (the builder's own catalogue is replaced by the sources').
    public func build(_ sources: ReportSources) throws(NarrativeTemplateError) -> ReportBuild {
        var builder = self
        builder.catalogue = sources.catalogue
        return try builder.build(
            items: sources.items, requests: sources.requests, reviewLitigation: sources.reviewLitigation,
            supplied: sources.supplied, template: sources.template, previous: sources.previous)
    }
}
