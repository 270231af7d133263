public import Foundation

/// The input file of `disclosure report` (DATA.json): what a person writes by hand to get a year's report.
///
/// ```json
/// {
///   "body": "勐海县教育局",
///   "year": 2021,
///   "edition": "2021",
///   "itemsFile": "items.jsonl",
///   "requests": [{"id": "2021-001", "received": "2021-03-01", "applicant": "naturalPerson",
///                 "events": [{"replied": {"on": "2021-03-15", "outcome": "granted"}}]}],
///   "reviewLitigation": [{"id": "复议-1", "proceeding": "review", "filedOn": "2021-05-06",
///                         "concludedOn": "2021-07-01", "result": "upheld"}],
///   "supplied": {"licensing": {"decisions": 2}, "fees": {"amount": {"value": 0, "unit": "万元"}}},
///   "narrativeFile": "narrative.md"
/// }
/// ```
///
/// Fields (all but `body` and `year` optional):
/// - `edition`: `narrative2018`, `2019` or `2021` (default: the edition in force for the year);
/// - `items` (canonical item JSON objects) and/or `itemsFile` (a JSON Lines file of them);
/// - `catalogue`: a catalogue JSON file (default: the standard county education bureau catalogue);
/// - `requestTable` (`{row key: {column key: count}}`, absent cells 0) or `requests` (``RequestRegisterEntry``s,
///   counted with the working-day calendar); neither means no requests;
/// - `reviewLitigation`: ``ReviewLitigationCase``s; `supplied`: ``SuppliedFigures``;
/// - `narrative` (the template text) or `narrativeFile` (its path): see ``NarrativeTemplate``; neither means the
///   library's default for the edition (``NarrativeTemplate/standard(for:)``);
/// - `previousReport`: last year's report in canonical JSON; `countsUnknownAttribute`: see ``ProactiveCounts``.
///
/// Paths are relative to the input file; ``sources(edition:calendar:readingFilesWith:)`` asks its caller to read them, so
/// this type does no I/O of its own.
public struct ReportInput: Hashable, Codable, Sendable {
    /// The reporting body.
    public var body: String
    /// The year reported on.
    public var year: Int
    /// The edition; default: the one in force for the year.
    public var edition: ReportEdition?
    /// A catalogue JSON file.
    public var catalogue: String?
    /// Items given inline.
    public var items: [DisclosureItem]?
    /// A JSON Lines file of items.
    public var itemsFile: String?
    /// Section 三 given as counts.
    public var requestTable: [String: [String: Int]]?
    /// Section 三 given as a register.
    public var requests: [RequestRegisterEntry]?
    /// Section 四 cases.
    public var reviewLitigation: [ReviewLitigationCase]?
    /// Figures the archive does not hold.
    public var supplied: SuppliedFigures?
    /// The narrative template text.
    public var narrative: String?
    /// The narrative template file.
    public var narrativeFile: String?
    /// Last year's report (canonical JSON file).
    public var previousReport: String?
    /// Whether items with no 公开属性 count as 主动公开.
    public var countsUnknownAttribute: Bool?

    /// Creates an input with the body and year only.
    public init(body: String, year: Int) {
        self.body = body
        self.year = year
    }

    /// The edition to write: `override`, else the input's, else the one in force for the year.
    public func resolvedEdition(_ override: ReportEdition? = nil) -> ReportEdition {
        override ?? edition ?? .forYear(year)
    }

    /// The builder for this input.
    public func builder(edition override: ReportEdition? = nil) -> ReportBuilder {
        ReportBuilder(
            body: body, year: year, edition: resolvedEdition(override),
            countsUnknownAttribute: countsUnknownAttribute ?? false)
    }

    /// Gathers the sources, reading the files the input names through `read` (given a path as written).
    public func sources(
        edition override: ReportEdition? = nil, calendar: WorkingDayCalendar,
        readingFilesWith read: (String) throws -> Data
    ) throws -> ReportSources {
        func file(_ field: String, _ path: String) throws -> Data {
            do {
                return try read(path)
            } catch {
                throw ReportInputError(field: field, entry: path, reason: "cannot be read: \(error)")
            }
        }
        var allItems = items ?? []
        if let itemsFile {
            let text = String(decoding: try file("itemsFile", itemsFile), as: UTF8.self)
            allItems += try DisclosureJSON.decodeLines(DisclosureItem.self, from: text, file: itemsFile)
        }
        var chosenCatalogue = Catalogue.countyEducationBureau
        if let catalogue {
            do {
                chosenCatalogue = try Catalogue(jsonData: try file("catalogue", catalogue))
            } catch let error as ReportInputError {
                throw error
            } catch {
                throw ReportInputError(field: "catalogue", entry: catalogue, reason: "not a valid catalogue: \(error)")
            }
        }
        let tableEdition = resolvedEdition(override).requestTableEdition
        let statistics = try requestStatistics(edition: tableEdition, calendar: calendar)
        let template: NarrativeTemplate
        if let narrative {
            template = NarrativeTemplate(markdown: narrative)
        } else if let narrativeFile {
            template = NarrativeTemplate(
                markdown: String(decoding: try file("narrativeFile", narrativeFile), as: UTF8.self))
        } else {
            template = .standard(for: resolvedEdition(override))
        }
        var previous: AnnualReport?
        if let previousReport {
            do {
                previous = try JSONDecoder().decode(AnnualReport.self, from: try file("previousReport", previousReport))
            } catch let error as ReportInputError {
                throw error
            } catch {
                throw ReportInputError(
                    field: "previousReport", entry: previousReport, reason: DisclosureJSON.describe(error))
            }
        }
        return ReportSources(
            items: allItems, catalogue: chosenCatalogue, requests: statistics,
            reviewLitigation: reviewLitigation ?? [], supplied: supplied ?? SuppliedFigures(),
            template: template, previous: previous)
    }

    /// The request statistics: from the register if given, else from the table (absent cells 0), else all zeros.
    public func requestStatistics(
        edition: RequestTableEdition, calendar: WorkingDayCalendar
    ) throws(ReportInputError) -> RequestStatistics {
        if requests != nil, requestTable != nil {
            throw ReportInputError(field: "requests", reason: "give either requests or requestTable, not both")
        }
        var register: [DisclosureRequest] = []
        for entry in requests ?? [] { register.append(try entry.request(calendar: calendar)) }
        var statistics = RequestStatistics(year: year, requests: register, calendar: calendar, edition: edition)
        guard let requestTable else { return statistics }
        for (row, columns) in requestTable {
            for (column, count) in columns {
                guard RequestTableEdition.columnKeys.contains(column) else {
                    throw ReportInputError(
                        field: "requestTable", entry: row, reason: "unknown column \"\(column)\"")
                }
                statistics.table[row, default: [:]][column] = count
            }
        }
        return statistics
    }
}
