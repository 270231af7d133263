/// Reads every date form found on legacy portals, in OA exports and in document signatures (成文日期).
///
/// One parser for all of them, returning a ``LocalDateTime`` that keeps the precision that was written:
///
/// | form | examples |
/// |---|---|
/// | year first, `-` `/` `.` | `2018-06-12`, `2018-6-12`, `2018/06/12`, `2018.06.12` |
/// | Chinese marks | `2018年6月12日`, `2018 年 06 月 12 日` (`日` optional, `号` accepted) |
/// | compact | `20180612` |
/// | with a time | `2018-06-12 10:20`, `2018-06-12 10:20:30`, `2018-06-12T10:20:30`, `2026-09-28-21:50:00`, `2018-06-12 10:20:30.0`, `2018年06月12日 10:20`, `2018年6月12日10时20分`, `2018年6月12日 下午3:00` |
/// | month and day | `06-12`, `6/12`, `6月12日`: the year is ``contextYear`` |
/// | Chinese numerals | `二〇一八年六月十二日`, `二○一八年十二月三十一日`, `二零一八年十月二十日` |
///
/// Full-width digits and punctuation (`２０１８－０６－１２`, `：`) and every kind of white space are accepted.
/// ``parse(_:)`` reads a field value and allows labels and brackets around the date (`发布时间：2018-06-12`,
/// `[2018-06-12]`, `日期: 2018-06-12 `) as long as they contain no digits. ``firstDate(in:)``,
/// ``lastDate(in:)`` and ``allDates(in:)`` search longer text and skip anything that is not a real date.
///
/// The parser scans Unicode scalars by hand: no regular expression, `Calendar` or `DateFormatter` is
/// created, and each call allocates one buffer. A value is cheap to create and safe to share.
/// Time zones and offsets (`+08:00`, `Z`) are not read: legacy times are local China time.
public struct LegacyDateParser: Hashable, Codable, Sendable {
    /// The year for dates written without one (`06-12` on a list page); `nil` makes them an error.
    public var contextYear: Int?
    /// The years accepted as real; others are reported as ``LegacyDateParseError/Code/yearOutOfRange``
    /// by ``parse(_:)`` and skipped by the finders, which keeps numbers like `1234.56.78` out.
    public var plausibleYears: ClosedRange<Int>

    /// Creates a parser.
    ///
    /// - Parameters:
    ///   - contextYear: the year for month-and-day dates, e.g. the year of the list page being read.
    ///   - plausibleYears: the years accepted as real; 1900…2100 by default.
    public init(contextYear: Int? = nil, plausibleYears: ClosedRange<Int> = 1900...2100) {
        self.contextYear = contextYear
        self.plausibleYears = plausibleYears
    }

    // MARK: - Reading a field

    /// Reads a text that holds one date, possibly with a label, brackets or a weekday around it.
    ///
    /// - Throws: ``LegacyDateParseError`` naming the text and why it is not a date: empty, no date form,
    ///   an impossible day or time, a year outside ``plausibleYears``, a month and day with no
    ///   ``contextYear``, a year and month with no day, or digits outside the date.
    public func parse(_ text: String) throws(LegacyDateParseError) -> LocalDateTime {
        let scalars = LegacyScalar.folded(text)
        guard scalars.contains(where: { !LegacyScalar.isSpace($0) }) else {
            throw LegacyDateParseError(input: text, code: .empty, reason: "there is no text")
        }
        let scanner = Scanner(scalars: scalars)
        var found: Candidate?
        for i in scalars.indices {
            if let candidate = scanner.candidate(at: i) {
                found = candidate
                break
            }
        }
        guard let candidate = found else {
            let hasDigits = scalars.contains { LegacyScalar.isASCIIDigit($0) }
            throw LegacyDateParseError(
                input: text, code: .notADate,
                reason: hasDigits ? "no date form is recognised in the digits" : "there is no date in it")
        }
        let value = try resolve(candidate, in: text)
        if let stray = scalars[..<candidate.start].firstIndex(where: LegacyScalar.isASCIIDigit) {
            let piece = Self.slice(text, stray..<candidate.start)
            throw LegacyDateParseError(
                input: text, code: .unexpectedText, reason: "unexpected digits \"\(piece)\" before the date")
        }
        if scalars[candidate.end...].contains(where: LegacyScalar.isASCIIDigit) {
            let rest = scalars[candidate.end...].firstIndex { !LegacyScalar.isSpace($0) } ?? candidate.end
            let piece = Self.slice(text, rest..<scalars.count)
            throw LegacyDateParseError(
                input: text, code: .unexpectedText, reason: "unexpected digits in \"\(piece)\" after the date")
        }
        return value
    }

    // MARK: - Searching a text

    /// The first real date in a longer text (an info line, a list row), with where it is.
    ///
    /// Month-and-day dates count only when ``contextYear`` is set. Shapes that are not real dates
    /// (`2018-02-30`, a year outside ``plausibleYears``, `2018-06` without a day) are skipped.
    public func firstDate(in text: String) -> LegacyDateMatch? {
        let scalars = LegacyScalar.folded(text)
        var found: (Candidate, LocalDateTime)?
        forEachDate(in: scalars, includingMonthDay: true) { candidate, value in
            found = (candidate, value)
            return false
        }
        return found.map { Self.match($0.0, $0.1, in: text) }
    }

    /// The last full date in a body text, in Arabic or Chinese numerals: the signature date (成文日期).
    ///
    /// Only dates that carry their own year count (a signature always does), so a deadline such as
    /// `6月20日前` after the signature is not taken for it.
    public func lastDate(in text: String) -> LegacyDateMatch? {
        let scalars = LegacyScalar.folded(text)
        var found: (Candidate, LocalDateTime)?
        forEachDate(in: scalars, includingMonthDay: false) { candidate, value in
            found = (candidate, value)
            return true
        }
        return found.map { Self.match($0.0, $0.1, in: text) }
    }

    /// Every real date in a text, in order (month-and-day dates only when ``contextYear`` is set).
    public func allDates(in text: String) -> [LegacyDateMatch] {
        let scalars = LegacyScalar.folded(text)
        var candidates: [(Candidate, LocalDateTime)] = []
        forEachDate(in: scalars, includingMonthDay: true) { candidate, value in
            candidates.append((candidate, value))
            return true
        }
        return Self.matches(candidates, in: text)
    }

    // MARK: - Internals

    /// Calls `body` with each valid date in order until it returns `false`.
    private func forEachDate(
        in scalars: [Unicode.Scalar], includingMonthDay: Bool,
        _ body: (Candidate, LocalDateTime) -> Bool
    ) {
        let scanner = Scanner(scalars: scalars)
        var i = 0
        while i < scalars.count {
            guard let candidate = scanner.candidate(at: i) else {
                i += 1
                continue
            }
            // Continue after the whole shape, valid or not, so `6月12日` inside a bad date is not read alone.
            i = candidate.end
            if candidate.shape == .monthDay && (!includingMonthDay || contextYear == nil) { continue }
            guard case .success(let value) = check(candidate) else { continue }
            if !body(candidate, value) { return }
        }
    }

    /// Why a candidate's numbers do not make a date; cheap to create, so the finders can skip many.
    enum Rejection: Error {
        case missingYear
        case yearOutOfRange(Int)
        case month(Int)
        case missingDay
        case day(year: Int, month: Int, day: Int)
        case hour(Int)
        case minute(Int)
        case second(Int)
    }

    /// Checks the numbers of a candidate and builds the value.
    func check(_ candidate: Candidate) -> Result<LocalDateTime, Rejection> {
        guard let year = candidate.year ?? contextYear else { return .failure(.missingYear) }
        guard plausibleYears.contains(year) else { return .failure(.yearOutOfRange(year)) }
        guard (1...12).contains(candidate.month) else { return .failure(.month(candidate.month)) }
        guard let day = candidate.day else { return .failure(.missingDay) }
        guard let date = CivilDate(year: year, month: candidate.month, day: day) else {
            return .failure(.day(year: year, month: candidate.month, day: day))
        }
        guard let clock = candidate.clock else { return .success(LocalDateTime(date)) }
        var hour = clock.hour
        if clock.afternoon && (1...11).contains(hour) { hour += 12 }
        guard (0...23).contains(hour) else { return .failure(.hour(clock.hour)) }
        guard (0...59).contains(clock.minute) else { return .failure(.minute(clock.minute)) }
        guard let value = LocalDateTime(date, hour: hour, minute: clock.minute, second: clock.second) else {
            return .failure(.second(clock.second))
        }
        return .success(value)
    }

    /// Checks a candidate and turns a rejection into an error that quotes the text.
    func resolve(_ candidate: Candidate, in text: String) throws(LegacyDateParseError) -> LocalDateTime {
        let rejection: Rejection
        switch check(candidate) {
        case .success(let value): return value
        case .failure(let failure): rejection = failure
        }
        let code: LegacyDateParseError.Code
        let reason: String
        switch rejection {
        case .missingYear:
            (code, reason) = (.missingYear, "a month and day without a year, and no context year was given")
        case .yearOutOfRange(let year):
            code = .yearOutOfRange
            reason =
                "the year \(year) is outside the plausible years \(plausibleYears.lowerBound)…\(plausibleYears.upperBound)"
        case .month(let month):
            (code, reason) = (.impossibleDate, "month \(month) does not exist")
        case .missingDay:
            (code, reason) = (.missingDay, "a year and month without a day")
        case .day(let year, let month, let day):
            let length = CivilDate.daysInMonth(year: year, month: month)
            code = .impossibleDate
            reason = "day \(day) does not exist in \(year)-\(CivilDate.pad(month, 2)) (it has \(length) days)"
        case .hour(let hour):
            (code, reason) = (.impossibleTime, "hour \(hour) does not exist")
        case .minute(let minute):
            (code, reason) = (.impossibleTime, "minute \(minute) does not exist")
        case .second(let second):
            (code, reason) = (.impossibleTime, "second \(second) does not exist")
        }
        let written = Self.slice(text, candidate.start..<candidate.end)
        throw LegacyDateParseError(input: text, code: code, reason: "\"\(written)\": \(reason)")
    }

    /// The original text between two scalar offsets.
    static func slice(_ text: String, _ offsets: Range<Int>) -> Substring {
        text[range(text, offsets)]
    }

    /// The string indices of two scalar offsets (the folded buffer has one scalar per original scalar).
    static func range(_ text: String, _ offsets: Range<Int>) -> Range<String.Index> {
        let view = text.unicodeScalars
        let lower = view.index(view.startIndex, offsetBy: offsets.lowerBound)
        let upper = view.index(lower, offsetBy: offsets.count)
        return lower..<upper
    }

    static func match(_ candidate: Candidate, _ value: LocalDateTime, in text: String) -> LegacyDateMatch {
        let range = range(text, candidate.start..<candidate.end)
        return LegacyDateMatch(value: value, range: range, text: String(text.unicodeScalars[range]))
    }

    /// Builds matches for candidates in order, walking the string once.
    static func matches(_ candidates: [(Candidate, LocalDateTime)], in text: String) -> [LegacyDateMatch] {
        let view = text.unicodeScalars
        var index = view.startIndex
        var offset = 0
        var result: [LegacyDateMatch] = []
        result.reserveCapacity(candidates.count)
        for (candidate, value) in candidates {
            index = view.index(index, offsetBy: candidate.start - offset)
            let upper = view.index(index, offsetBy: candidate.end - candidate.start)
            result.append(LegacyDateMatch(value: value, range: index..<upper, text: String(view[index..<upper])))
            index = upper
            offset = candidate.end
        }
        return result
    }
}
