/// Which shape of 政府信息公开工作年度报告 a report follows: the pre-2019 narrative, or one of the two national formats.
///
/// The raw values are the canonical `edition` values of the report JSON.
public enum ReportEdition: String, CaseIterable, Hashable, Codable, Sendable {
    /// The pre-2019 narrative report (the seed): 一、基本情况 · 二、主要做法 · 三、存在的问题及努力方向, figures in prose.
    case narrative2018
    /// 《年度报告格式（试行）》, 国办公开办函〔2019〕60号: reports on 2019 and 2020 data.
    case edition2019 = "2019"
    /// 国办公开办函〔2021〕30号: reports on 2021 data onward.
    case edition2021 = "2021"

    /// The edition in force for a year's data: narrative before 2019, the 2019 format for 2019 and 2020, then 2021.
    public static func forYear(_ year: Int) -> ReportEdition {
        switch year {
        case ..<2019: .narrative2018
        case 2019...2020: .edition2019
        default: .edition2021
        }
    }

    /// The format of the request table (section 三): the narrative report has none of its own and keeps its request
    /// figures in the 2019 rows.
    public var requestTableEdition: RequestTableEdition {
        self == .edition2021 ? .edition2021 : .edition2019
    }

    /// Whether the report is the six-section tabular format (2019 or 2021).
    public var isTabular: Bool { self != .narrative2018 }

    /// The headings of the narrative sections, in printed order; the tables of sections 二 to 四 come between the
    /// first and the second in the tabular editions.
    public var narrativeHeadings: [String] {
        switch self {
        case .narrative2018: ["一、基本情况", "二、主要做法", "三、存在的问题及努力方向"]
        case .edition2019, .edition2021: ["一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        }
    }

    /// The headings of the table sections (二、三、四) of the tabular editions; empty for the narrative report.
    public var tableHeadings: [String] {
        guard isTabular else { return [] }
        return ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    }

    /// The document that defines the format, e.g. `国办公开办函〔2021〕30号`.
    public var basis: String {
        switch self {
        case .narrative2018: "《中华人民共和国政府信息公开条例》（2007）第三十二条"
        case .edition2019: "国办公开办函〔2019〕60号"
        case .edition2021: "国办公开办函〔2021〕30号"
        }
    }
}
