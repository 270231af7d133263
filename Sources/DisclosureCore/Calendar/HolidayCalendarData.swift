import Foundation

/// One year's official holiday notice as data (节假日安排): the public holidays and the make-up working days.
///
/// The shape is the holiday-cn JSON format: `{"year": 2019, "papers": [...], "days": [{"name": "国庆节",
/// "date": "2019-10-01", "isOffDay": true}, ...]}`. A file may list days of the neighbouring year (the 2019 notice
/// fixes 2018-12-29…31); those days belong to the data all the same. Unknown fields such as `$schema` are ignored.
public struct HolidayCalendarData: Hashable, Codable, Sendable {
    /// One day named by a notice: a public holiday (放假) or a make-up working day (调休上班).
    public struct Day: Hashable, Codable, Sendable {
        /// The holiday the day belongs to, e.g. `国庆节` or `春节`.
        public var name: String
        /// The day.
        public var date: CivilDate
        /// `true` for a day off (a public holiday, even on a weekday); `false` for a make-up working day (调休).
        public var isOffDay: Bool

        /// Creates a day entry.
        public init(name: String, date: CivilDate, isOffDay: Bool) {
            self.name = name
            self.date = date
            self.isOffDay = isOffDay
        }
    }

    /// The year the notice is for: the year this data covers completely.
    public var year: Int
    /// Links to the State Council notices (国务院办公厅关于…部分节假日安排的通知) the data was taken from.
    public var papers: [String]
    /// The holidays and make-up working days, possibly including days of the neighbouring years.
    public var days: [Day]

    /// Creates the data of one year's notice.
    public init(year: Int, papers: [String] = [], days: [Day]) {
        self.year = year
        self.papers = papers
        self.days = days
    }

    private enum CodingKeys: String, CodingKey {
        case year, papers, days
    }

    /// Decodes the holiday-cn form; `papers` may be missing in a hand-written file.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.year = try container.decode(Int.self, forKey: .year)
        self.papers = try container.decodeIfPresent([String].self, forKey: .papers) ?? []
        self.days = try container.decode([Day].self, forKey: .days)
    }

    /// Decodes one year's JSON, naming `source` (a file path or a label) in the error when it is malformed.
    public init(json bytes: [UInt8], source: String = "holiday data") throws(WorkingDayCalendarError) {
        do {
            self = try JSONDecoder().decode(HolidayCalendarData.self, from: Data(bytes))
        } catch {
            throw WorkingDayCalendarError(
                .malformedData, source: source, reason: "not a holiday calendar in the holiday-cn JSON form: \(error)")
        }
        guard (1900...9999).contains(year) else {
            throw WorkingDayCalendarError(.malformedData, source: source, reason: "implausible year \(year)")
        }
    }
}
