/// Which official format of table 三 a count follows (年度报告格式): the two differ only in the 其他处理 rows.
public enum RequestTableEdition: String, CaseIterable, Hashable, Codable, Sendable {
    /// 国办公开办函〔2019〕60号, used for 2019 and 2020 data: one row `other` for （六）其他处理.
    case edition2019
    /// 国办公开办函〔2021〕30号, used from 2021 data on: three rows `other.overdueSupplement`,
    /// `other.overdueFee` and `other.otherReasons`.
    case edition2021

    /// The edition that applies to a year's data: 2021 and later use the 2021 edition.
    public static func forYear(_ year: Int) -> RequestTableEdition {
        year >= 2021 ? .edition2021 : .edition2019
    }

    /// Every row key of the table in printed order, from `newReceived` to `carriedForward`.
    public var rowKeys: [String] {
        ["newReceived", "carriedOver"] + outcomeRowKeys + ["totalProcessed", "carriedForward"]
    }

    /// The outcome rows (本年度办理结果) whose sum is `totalProcessed`.
    public var outcomeRowKeys: [String] {
        var keys: [String] = []
        // The 2019 `other` row stands where the three 2021 rows stand; in 2021 it folds into the last of them.
        for outcome in RequestOutcome.allCases where !(self == .edition2021 && outcome == .other) {
            let key = outcome.tableRow(in: self)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Every column key: the six applicant types then `total`.
    public static var columnKeys: [String] {
        ApplicantType.allCases.map(\.rawValue) + [ApplicantType.totalColumnKey]
    }
}
