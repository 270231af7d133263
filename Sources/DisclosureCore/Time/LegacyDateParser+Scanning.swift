// The hand-written scanner behind LegacyDateParser: it recognises the *shape* of a date at a position of
// the folded scalars and returns the raw numbers; LegacyDateParser checks them. No regex, no Calendar,
// no allocation beyond the one folded buffer per call.

extension LegacyDateParser {
    /// A date-shaped run of scalars whose numbers have not been checked yet.
    struct Candidate {
        /// How the date was written.
        enum Shape {
            /// `2018-06-12`, `2018/6/12`, `2018.06.12`, `2018年6月12日`, with or without a time.
            case yearFirst
            /// `20180612`.
            case compact
            /// `二〇一八年六月十二日`.
            case chineseNumeral
            /// `06-12`, `6/12`, `6月12日`: the year comes from the context.
            case monthDay
        }

        /// A time of day as written.
        struct Clock {
            var hour: Int
            var minute: Int
            var second: Int
            /// `下午` (afternoon) came before the hour.
            var afternoon: Bool
        }

        var shape: Shape
        /// The offset of the first scalar.
        var start: Int
        /// The offset after the last scalar.
        var end: Int
        var year: Int?
        var month: Int
        /// `nil` when only a year and month were written.
        var day: Int?
        var clock: Clock?
    }

    /// Recognises date shapes in a buffer of folded scalars (see ``LegacyScalar/fold(_:)``).
    struct Scanner {
        let scalars: [Unicode.Scalar]

        // MARK: - Primitives

        @inline(__always)
        func at(_ i: Int) -> Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

        @inline(__always)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && LegacyScalar.isASCIIDigit(scalars[i]) }

        /// The number of ASCII digits starting at `i`, counting at most 16.
        func digitRun(_ i: Int) -> Int {
            var j = i
            while j < scalars.count, j - i < 16, LegacyScalar.isASCIIDigit(scalars[j]) { j += 1 }
            return j - i
        }

        /// The value of `length` ASCII digits starting at `i`.
        func number(_ i: Int, _ length: Int) -> Int {
            var value = 0
            for j in i..<(i + length) { value = value * 10 + Int(scalars[j].value - 0x30) }
            return value
        }

        func skipSpaces(_ i: Int) -> Int {
            var j = i
            while j < scalars.count, LegacyScalar.isSpace(scalars[j]) { j += 1 }
            return j
        }

        /// A zero or digit of a year written in Chinese numerals: 〇 ○ ◯ 零 O and 一…九.
        static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar {
            case "〇", "○", "◯", "零", "O": return 0
            default: return chineseUnit(scalar)
            }
        }

        /// 一…九 as 1…9.
        static func chineseUnit(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar {
            case "一": return 1
            case "二": return 2
            case "三": return 3
            case "四": return 4
            case "五": return 5
            case "六": return 6
            case "七": return 7
            case "八": return 8
            case "九": return 9
            default: return nil
            }
        }

        /// A month or day in Chinese numerals (一 … 十二, 二十, 廿三, 三十一) starting at `i`, and the offset after it.
        func chineseNumber(_ i: Int) -> (value: Int, next: Int)? {
            guard let first = at(i) else { return nil }
            var tens: Int
            var j = i + 1
            switch first {
            case "十": tens = 10
            case "廿": tens = 20
            case "卅": tens = 30
            default:
                guard let unit = Self.chineseUnit(first) else { return nil }
                guard at(j) == "十" else { return (unit, j) }
                tens = unit * 10
                j += 1
            }
            if let next = at(j), let unit = Self.chineseUnit(next) { return (tens + unit, j + 1) }
            return (tens, j)
        }

        // MARK: - Boundaries

        /// A date in Arabic digits may not start inside a number or right after `2018-` / `10:`.
        func arabicBoundary(_ i: Int) -> Bool {
            guard i > 0 else { return true }
            let previous = scalars[i - 1]
            if LegacyScalar.isASCIIDigit(previous) { return false }
            if previous == "-" || previous == "/" || previous == "." || previous == ":" {
                return !(i >= 2 && LegacyScalar.isASCIIDigit(scalars[i - 2]))
            }
            return true
        }

        /// A date in Chinese numerals may not start inside a run of them.
        func chineseBoundary(_ i: Int) -> Bool {
            guard i > 0 else { return true }
            let previous = scalars[i - 1]
            return Self.chineseDigit(previous) == nil && previous != "十"
        }

        // MARK: - Shapes

        /// The date shape starting exactly at `i`, if any.
        func candidate(at i: Int) -> Candidate? {
            let first = scalars[i]
            if LegacyScalar.isASCIIDigit(first) {
                guard arabicBoundary(i) else { return nil }
                switch digitRun(i) {
                case 4: return yearFirst(i)
                case 8: return compact(i)
                case let run where run <= 2: return monthDay(i, run)
                default: return nil
                }
            }
            if Self.chineseUnit(first) != nil, chineseBoundary(i) {
                return chineseNumeral(i)
            }
            return nil
        }

        func yearFirst(_ i: Int) -> Candidate? {
            let year = number(i, 4)
            let k = i + 4
            if let separator = at(k), separator == "-" || separator == "/" || separator == "." {
                let monthRun = digitRun(k + 1)
                guard (1...2).contains(monthRun) else { return nil }
                let month = number(k + 1, monthRun)
                let afterMonth = k + 1 + monthRun
                guard at(afterMonth) == separator else {
                    return Candidate(shape: .yearFirst, start: i, end: afterMonth, year: year, month: month)
                }
                let dayRun = digitRun(afterMonth + 1)
                guard (1...2).contains(dayRun) else { return nil }
                let day = number(afterMonth + 1, dayRun)
                let end = afterMonth + 1 + dayRun
                return withClock(
                    Candidate(shape: .yearFirst, start: i, end: end, year: year, month: month, day: day),
                    afterDayMarker: false)
            }
            let yearMark = skipSpaces(k)
            guard at(yearMark) == "年" else { return nil }
            let monthStart = skipSpaces(yearMark + 1)
            let monthRun = digitRun(monthStart)
            guard (1...2).contains(monthRun) else { return nil }
            let month = number(monthStart, monthRun)
            let monthMark = skipSpaces(monthStart + monthRun)
            guard at(monthMark) == "月" else { return nil }
            let dayStart = skipSpaces(monthMark + 1)
            let dayRun = digitRun(dayStart)
            guard (1...2).contains(dayRun) else {
                return Candidate(shape: .yearFirst, start: i, end: monthMark + 1, year: year, month: month)
            }
            let day = number(dayStart, dayRun)
            return dayMarked(
                Candidate(shape: .yearFirst, start: i, end: dayStart + dayRun, year: year, month: month, day: day))
        }

        func compact(_ i: Int) -> Candidate? {
            withClock(
                Candidate(
                    shape: .compact, start: i, end: i + 8, year: number(i, 4), month: number(i + 4, 2),
                    day: number(i + 6, 2)),
                afterDayMarker: false)
        }

        func monthDay(_ i: Int, _ monthRun: Int) -> Candidate? {
            let month = number(i, monthRun)
            let k = i + monthRun
            if let separator = at(k), separator == "-" || separator == "/" {
                let dayRun = digitRun(k + 1)
                guard (1...2).contains(dayRun) else { return nil }
                let end = k + 1 + dayRun
                // `06-12-2018` or `1/2/3` is not a month and day.
                if at(end) == separator && isDigit(end + 1) { return nil }
                let day = number(k + 1, dayRun)
                return withClock(
                    Candidate(shape: .monthDay, start: i, end: end, month: month, day: day), afterDayMarker: false)
            }
            let monthMark = skipSpaces(k)
            guard at(monthMark) == "月" else { return nil }
            let dayStart = skipSpaces(monthMark + 1)
            let dayRun = digitRun(dayStart)
            guard (1...2).contains(dayRun) else { return nil }
            let dayMark = skipSpaces(dayStart + dayRun)
            // Without 日 a bare `6月12` is too often something else (`6月12名`).
            guard at(dayMark) == "日" || at(dayMark) == "号" else { return nil }
            let candidate = Candidate(
                shape: .monthDay, start: i, end: dayMark + 1, month: month, day: number(dayStart, dayRun))
            return withClock(candidate, afterDayMarker: true)
        }

        func chineseNumeral(_ i: Int) -> Candidate? {
            var year = 0
            for j in i..<(i + 4) {
                guard let scalar = at(j), let digit = Self.chineseDigit(scalar) else { return nil }
                year = year * 10 + digit
            }
            if let next = at(i + 4), Self.chineseDigit(next) != nil { return nil }
            let yearMark = skipSpaces(i + 4)
            guard at(yearMark) == "年" else { return nil }
            guard let month = chineseNumber(skipSpaces(yearMark + 1)) else { return nil }
            let monthMark = skipSpaces(month.next)
            guard at(monthMark) == "月" else { return nil }
            guard let day = chineseNumber(skipSpaces(monthMark + 1)) else {
                return Candidate(shape: .chineseNumeral, start: i, end: monthMark + 1, year: year, month: month.value)
            }
            let dayMark = skipSpaces(day.next)
            let end = at(dayMark) == "日" || at(dayMark) == "号" ? dayMark + 1 : day.next
            return Candidate(
                shape: .chineseNumeral, start: i, end: end, year: year, month: month.value, day: day.value)
        }

        /// Extends a candidate ending in digits over an optional `日`/`号`, then over an optional time.
        func dayMarked(_ candidate: Candidate) -> Candidate {
            var result = candidate
            let mark = skipSpaces(candidate.end)
            guard at(mark) == "日" || at(mark) == "号" else { return withClock(result, afterDayMarker: false) }
            result.end = mark + 1
            return withClock(result, afterDayMarker: true)
        }

        /// Extends a candidate over a following time of day, when there is one.
        func withClock(_ candidate: Candidate, afterDayMarker: Bool) -> Candidate {
            guard let (clock, end) = clock(at: candidate.end, afterDayMarker: afterDayMarker) else { return candidate }
            var result = candidate
            result.clock = clock
            result.end = end
            return result
        }

        /// A time of day after a date: `␣10:20`, `T10:20:30`, `-21:50:00`, `10:20:30.0`, `␣10时20分`, `下午3:00`.
        func clock(at dateEnd: Int, afterDayMarker: Bool) -> (Candidate.Clock, Int)? {
            var k = skipSpaces(dateEnd)
            if k == dateEnd {
                if at(k) == "T" || at(k) == "-" {
                    k += 1
                } else if !afterDayMarker {
                    return nil
                }
            }
            var afternoon = false
            if at(k + 1) == "午", at(k) == "上" || at(k) == "下" {
                afternoon = at(k) == "下"
                k = skipSpaces(k + 2)
            }
            let hourRun = digitRun(k)
            guard (1...2).contains(hourRun) else { return nil }
            var clock = Candidate.Clock(hour: number(k, hourRun), minute: 0, second: 0, afternoon: afternoon)
            k += hourRun
            if at(k) == ":" {
                guard digitRun(k + 1) == 2 else { return nil }
                clock.minute = number(k + 1, 2)
                k += 3
                if at(k) == ":", digitRun(k + 1) == 2 {
                    clock.second = number(k + 1, 2)
                    k += 3
                    let fraction = digitRun(k + 1)
                    if at(k) == ".", (1...9).contains(fraction) { k += 1 + fraction }
                }
            } else if at(k) == "时" || at(k) == "点" {
                let minuteStart = skipSpaces(k + 1)
                let minuteRun = digitRun(minuteStart)
                guard (1...2).contains(minuteRun) else { return nil }
                let minuteMark = skipSpaces(minuteStart + minuteRun)
                guard at(minuteMark) == "分" else { return nil }
                clock.minute = number(minuteStart, minuteRun)
                k = minuteMark + 1
                let secondStart = skipSpaces(k)
                let secondRun = digitRun(secondStart)
                if (1...2).contains(secondRun) {
                    let secondMark = skipSpaces(secondStart + secondRun)
                    if at(secondMark) == "秒" {
                        clock.second = number(secondStart, secondRun)
                        k = secondMark + 1
                    }
                }
            } else {
                return nil
            }
            guard !isDigit(k) else { return nil }
            return (clock, k)
        }
    }
}
