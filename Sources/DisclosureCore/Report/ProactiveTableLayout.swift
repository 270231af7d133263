/// The layout of section 二 (主动公开政府信息情况) in one edition: its parts (第二十条第（一）项 …), their columns and
/// their rows, with the edition's own labels, which are also the keys of the canonical JSON.
///
/// The narrative report has no table; its layout holds the proactive-publication figures the prose quotes (total,
/// 规范性文件, 政策解读, others) so they can be checked like a table. Key-area rows (招生信息, 预算公开专栏 …) are
/// added to the narrative table by the builder under their catalogue names.
public struct ProactiveTableLayout: Hashable, Sendable {
    /// How a column's cells are printed and checked.
    public enum ColumnKind: Hashable, Sendable {
        /// A count of documents, matters or decisions.
        case count
        /// A signed change from last year (本年增/减), printed `增15` / `减4` / `0`.
        case change
        /// An amount of money; when the header states the unit (`单位：万元`), amounts are written in it.
        case amount(statedUnit: AmountUnit?)
    }

    /// One column after the 信息内容 column.
    public struct Column: Hashable, Sendable {
        /// The printed label, e.g. `本年制发件数`.
        public var label: String
        /// How its cells are printed.
        public var kind: ColumnKind

        /// Creates a column.
        public init(_ label: String, _ kind: ColumnKind = .count) {
            self.label = label
            self.kind = kind
        }
    }

    /// One part of the table: a heading row, a header row and its rows.
    public struct Part: Hashable, Sendable {
        /// The heading, e.g. `第二十条第（一）项`.
        public var title: String
        /// The columns after 信息内容.
        public var columns: [Column]
        /// The row labels, e.g. `规章`, `行政规范性文件`.
        public var rows: [String]

        /// Creates a part.
        public init(title: String, columns: [Column], rows: [String]) {
            self.title = title
            self.columns = columns
            self.rows = rows
        }
    }

    /// The parts in printed order.
    public var parts: [Part]

    /// Creates a layout.
    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The label of the first column of every part.
    public static let contentColumnLabel = "信息内容"

    /// The most data columns any part has (the printed table is that wide plus the 信息内容 column).
    public var dataColumnCount: Int { parts.map(\.columns.count).max() ?? 0 }

    /// Every row label, in printed order.
    public var rowLabels: [String] { parts.flatMap(\.rows) }

    /// The part that holds a row, if any.
    public func part(containing row: String) -> Part? {
        parts.first { $0.rows.contains(row) }
    }

    /// The column of a row with a label, if the row's part has it.
    public func column(_ label: String, inRow row: String) -> Column? {
        part(containing: row)?.columns.first { $0.label == label }
    }

    /// The layout of an edition.
    public static func forEdition(_ edition: ReportEdition) -> ProactiveTableLayout {
        switch edition {
        case .narrative2018: narrative
        case .edition2019: edition2019
        case .edition2021: edition2021
        }
    }

    // MARK: - Labels

    /// 规章 — government rules.
    public static let rules = "规章"
    /// 行政规范性文件 — normative documents (2021 label).
    public static let normativeDocuments2021 = "行政规范性文件"
    /// 规范性文件 — normative documents (2019 label).
    public static let normativeDocuments2019 = "规范性文件"
    /// 行政许可 — administrative licensing.
    public static let licensing = "行政许可"
    /// 其他对外管理服务事项 — other external administrative services (2019 only).
    public static let otherServices = "其他对外管理服务事项"
    /// 行政处罚 — administrative penalties.
    public static let penalties = "行政处罚"
    /// 行政强制 — administrative coercion.
    public static let coercion = "行政强制"
    /// 行政事业性收费 — administrative fees.
    public static let fees = "行政事业性收费"
    /// 政府集中采购 — centralised government procurement (2019 only).
    public static let procurement = "政府集中采购"

    /// 本年制发件数 — made this year (2021).
    public static let madeThisYear = "本年制发件数"
    /// 本年废止件数 — repealed this year (2021).
    public static let repealedThisYear = "本年废止件数"
    /// 现行有效件数 — in force (2021).
    public static let inForce = "现行有效件数"
    /// 本年处理决定数量 — decisions made this year (2021).
    public static let decisionsThisYear = "本年处理决定数量"
    /// 本年收费金额（单位：万元） — fees collected this year, in 万元 (2021).
    public static let feeAmountThisYear = "本年收费金额（单位：万元）"
    /// 本年新制作数量 — newly made this year (2019).
    public static let newlyMade = "本年新制作数量"
    /// 本年新公开数量 — newly published this year (2019).
    public static let newlyPublished = "本年新公开数量"
    /// 对外公开总数量 — published in all (2019).
    public static let totalPublished = "对外公开总数量"
    /// 上一年项目数量 — matters last year (2019).
    public static let previousYearCount = "上一年项目数量"
    /// 本年增/减 — change this year (2019).
    public static let change = "本年增/减"
    /// 处理决定数量 — decisions (2019).
    public static let decisions = "处理决定数量"
    /// 采购项目数量 — procurement projects (2019).
    public static let procurementProjects = "采购项目数量"
    /// 采购总金额 — procurement total amount (2019).
    public static let procurementAmount = "采购总金额"

    /// 主动公开政府信息 — every item published proactively in the year (narrative report).
    public static let proactiveTotal = "主动公开政府信息"
    /// 政策解读 — policy interpretations (narrative report).
    public static let policyInterpretations = "政策解读"
    /// 其他信息 — every other item (narrative report).
    public static let otherItems = "其他信息"
    /// 本年主动公开条数 — items published this year (the narrative report's only column).
    public static let publishedCount = "本年主动公开条数"

    // MARK: - The editions

    /// 国办公开办函〔2021〕30号.
    public static let edition2021 = ProactiveTableLayout(parts: [
        Part(
            title: "第二十条第（一）项", columns: [Column(madeThisYear), Column(repealedThisYear), Column(inForce)],
            rows: [rules, normativeDocuments2021]),
        Part(title: "第二十条第（五）项", columns: [Column(decisionsThisYear)], rows: [licensing]),
        Part(title: "第二十条第（六）项", columns: [Column(decisionsThisYear)], rows: [penalties, coercion]),
        Part(
            title: "第二十条第（八）项", columns: [Column(feeAmountThisYear, .amount(statedUnit: .tenThousandYuan))],
            rows: [fees]),
    ])

    /// 国办公开办函〔2019〕60号.
    public static let edition2019 = ProactiveTableLayout(parts: [
        Part(
            title: "第二十条第（一）项", columns: [Column(newlyMade), Column(newlyPublished), Column(totalPublished)],
            rows: [rules, normativeDocuments2019]),
        Part(
            title: "第二十条第（五）项",
            columns: [Column(previousYearCount), Column(change, .change), Column(decisions)],
            rows: [licensing, otherServices]),
        Part(
            title: "第二十条第（六）项",
            columns: [Column(previousYearCount), Column(change, .change), Column(decisions)],
            rows: [penalties, coercion]),
        Part(
            title: "第二十条第（八）项", columns: [Column(previousYearCount), Column(change, .change)], rows: [fees]),
        Part(
            title: "第二十条第（九）项",
            columns: [Column(procurementProjects), Column(procurementAmount, .amount(statedUnit: nil))],
            rows: [procurement]),
    ])

    /// The narrative report's figures of 一、基本情况（一）.
    public static let narrative = ProactiveTableLayout(parts: [
        Part(
            title: "主动公开政府信息情况", columns: [Column(publishedCount)],
            rows: [proactiveTotal, normativeDocuments2019, policyInterpretations, otherItems])
    ])
}
