import DisclosureCore

/// Excel's date serial numbers: days since 1899-12-30 in the 1900 system (with Lotus 1-2-3's phantom
/// 1900-02-29 as serial 60) or since 1904-01-01 in the 1904 system, the fraction being the time of day.
enum ExcelDate {
    /// The date and time of a serial, or nil for a serial outside 1…2958465 or the phantom 1900-02-29.
    static func dateTime(serial: Double, uses1904: Bool) -> LocalDateTime? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1 }
        let date: CivilDate
        if uses1904 {
            guard let epoch = CivilDate(year: 1904, month: 1, day: 1) else { return nil }
            date = epoch.adding(days: days)
        } else {
            guard days >= 1, days != 60, let epoch = CivilDate(year: 1899, month: 12, day: 31) else { return nil }
            // Serials 1…59 count from 1900-01-01; from 61 on, one day less because of the phantom 29 February.
            date = epoch.adding(days: days < 60 ? days : days - 1)
        }
        let time = seconds % 86_400
        guard time != 0,
            let withTime = LocalDateTime(date, hour: time / 3600, minute: time % 3600 / 60, second: time % 60)
        else { return LocalDateTime(date) }
        return withTime
    }

    /// Whether a number format shows a date: a built-in date format id, or a format code with y, m or d
    /// outside quotes, brackets and escapes (`yyyy"年"m"月"d"日"`, `[$-804]yyyy/m/d`).
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
            return code == nil || codeShowsDate(code ?? "")
        }
        return code.map(codeShowsDate) ?? false
    }

    private static func codeShowsDate(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "y", "Y", "d", "D", "m", "M":
                if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
