/// The columns of a register after its header was found: each column's label and the field it fills.
struct ColumnMap: Sendable {
    /// One labelled column.
    struct Column: Sendable {
        /// The 0-based index.
        var index: Int
        /// The label as written (merged header rows combined), single-line.
        var label: String
        /// The field the column fills, when its label is known and it won the field.
        var field: OAField?
        /// The key under which the column's values are kept in `extraFields` when they are not mapped.
        var extraKey: String

        /// `column D (成文日期)`: how diagnostics name the column.
        var diagnosticName: String { "column \(TabularRow.columnLetter(index)) (\(label))" }
    }

    /// The labelled columns by index.
    var columns: [Int: Column]
    /// The column that fills each field.
    var fieldColumns: [OAField: Int]
    /// The rows the header occupied (1-based numbers).
    var headerRows: [Int]

    /// The column of a field, if the export has it.
    func column(for field: OAField) -> Column? {
        fieldColumns[field].flatMap { columns[$0] }
    }

    /// Builds the map from combined header labels (index → label).
    init(labels: [Int: String], synonyms: FieldSynonyms, headerRows: [Int]) {
        var columns: [Int: Column] = [:]
        var best: [OAField: (index: Int, priority: Int)] = [:]
        var usedKeys: Set<String> = []
        for index in labels.keys.sorted() {
            let label = labels[index] ?? ""
            var key = label.isEmpty ? "column \(TabularRow.columnLetter(index))" : label
            if usedKeys.contains(key) { key += " (\(TabularRow.columnLetter(index)))" }
            usedKeys.insert(key)
            columns[index] = Column(index: index, label: label, field: nil, extraKey: key)
            guard let hit = synonyms.field(for: label) else { continue }
            if let current = best[hit.field], current.priority <= hit.priority { continue }
            best[hit.field] = (index, hit.priority)
        }
        var fieldColumns: [OAField: Int] = [:]
        for (field, choice) in best {
            fieldColumns[field] = choice.index
            columns[choice.index]?.field = field
        }
        self.columns = columns
        self.fieldColumns = fieldColumns
        self.headerRows = headerRows
    }
}
