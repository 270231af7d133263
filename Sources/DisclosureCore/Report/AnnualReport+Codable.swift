/// The canonical JSON form of a report.
///
/// Keys: `body`, `year`, `edition` (`narrative2018` | `2019` | `2021`), `title`, `proactive`, `requests`,
/// `reviewLitigation`, `narrative` (an array of `{heading, paragraphs}` in printed order, since the order of JSON
/// object keys is not kept), `figures` and `findings`. A cell not filled is `null`. Encode with
/// ``DisclosureJSON/prettyEncoder()`` so keys are sorted and output is byte-stable.
extension AnnualReport: Codable {
    enum CodingKeys: String, CodingKey {
        case body, year, edition, title, proactive, requests, reviewLitigation, narrative, figures, findings
    }

    /// Decodes a report; absent tables, prose, figures and findings decode as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            body: try c.decode(String.self, forKey: .body), year: try c.decode(Int.self, forKey: .year),
            edition: try c.decode(ReportEdition.self, forKey: .edition),
            title: try c.decodeIfPresent(String.self, forKey: .title))
        proactive = try c.decodeIfPresent(ReportTable.self, forKey: .proactive) ?? ReportTable()
        requests = try c.decodeIfPresent(ReportTable.self, forKey: .requests) ?? ReportTable()
        reviewLitigation = try c.decodeIfPresent(ReportTable.self, forKey: .reviewLitigation) ?? ReportTable()
        narrative = try c.decodeIfPresent([NarrativeSection].self, forKey: .narrative) ?? []
        figures = try c.decodeIfPresent([String: ReportCell].self, forKey: .figures) ?? [:]
        findings = try c.decodeIfPresent([Finding].self, forKey: .findings) ?? []
    }

    /// Encodes every key, empty tables and lists included, so the shape is the same for every report.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(body, forKey: .body)
        try c.encode(year, forKey: .year)
        try c.encode(edition, forKey: .edition)
        try c.encode(title, forKey: .title)
        try c.encode(proactive, forKey: .proactive)
        try c.encode(requests, forKey: .requests)
        try c.encode(reviewLitigation, forKey: .reviewLitigation)
        try c.encode(narrative, forKey: .narrative)
        try c.encode(figures, forKey: .figures)
        try c.encode(findings, forKey: .findings)
    }
}
