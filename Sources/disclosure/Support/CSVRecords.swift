/// Splits CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes written twice and
/// line breaks) into records of fields, each with the line it starts on.
struct CSVRecords {
    /// One record: its fields and the 1-based line of the file it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// The records in file order; a final line break does not make an empty record.
    let records: [Record]

    /// Parses the text.
    init(text: String) {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        func endRecord() {
            fields.append(field)
            records.append(Record(fields: fields, line: recordLine))
            fields = []
            field = ""
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                if pending == "\n" { pending = iterator.next() }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        self.records = records
    }
}
