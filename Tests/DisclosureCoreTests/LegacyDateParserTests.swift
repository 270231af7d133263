import DisclosureCore
import Foundation
import Testing

@Suite struct LegacyDateParserTests {
    let parser = LegacyDateParser()

    // MARK: - Day precision

    @Test(arguments: [
        ("2018-06-12", "2018-06-12"),
        ("2018-6-12", "2018-06-12"),
        ("2018/06/12", "2018-06-12"),
        ("2018/6/2", "2018-06-02"),
        ("2018.06.12", "2018-06-12"),
        ("[2018-06-12]", "2018-06-12"),
        ("(2018-06-12)", "2018-06-12"),
        ("【2018-06-12】", "2018-06-12"),
        ("（2018-06-12）", "2018-06-12"),
        ("2018年6月12日", "2018-06-12"),
        ("2018年06月12日", "2018-06-12"),
        ("2018 年 6 月 12 日", "2018-06-12"),
        ("2018年6月12", "2018-06-12"),
        ("2018年6月12号", "2018-06-12"),
        ("20180612", "2018-06-12"),
        ("２０１８－０６－１２", "2018-06-12"),
        ("２０１８年６月１２日", "2018-06-12"),
        ("发布时间：2018-06-12", "2018-06-12"),
        ("日期: 2018-06-12 ", "2018-06-12"),
        ("\u{3000}发布日期：\u{00A0}2018-06-12\u{3000}", "2018-06-12"),
        ("2018年6月12日 星期二", "2018-06-12"),
        ("二〇一八年六月十二日", "2018-06-12"),
        ("二○一八年十二月三十一日", "2018-12-31"),
        ("二零一八年十月二十日", "2018-10-20"),
        ("二〇一九年一月一日", "2019-01-01"),
        ("二〇二〇年二月二十九日", "2020-02-29"),
        ("二O一八年十一月廿三日", "2018-11-23"),
        ("二〇一八 年 六 月 十二 日", "2018-06-12"),
        ("成文日期：二〇一八年六月十二日", "2018-06-12"),
        ("2000-02-29", "2000-02-29"),
    ])
    func readsDays(text: String, expected: String) throws {
        let value = try parser.parse(text)
        #expect(value.precision == .day)
        #expect(value.description == expected)
    }

    // MARK: - Minute precision

    @Test(arguments: [
        ("2018-06-12 10:20", "2018-06-12T10:20:00"),
        ("2018-06-12 10:20:30", "2018-06-12T10:20:30"),
        ("2018-06-12T10:20:30", "2018-06-12T10:20:30"),
        ("2026-09-28-21:50:00", "2026-09-28T21:50:00"),
        ("2018-06-12 10:20:30.0", "2018-06-12T10:20:30"),
        ("2018-06-12 9:05", "2018-06-12T09:05:00"),
        ("2018/06/12 10:20", "2018-06-12T10:20:00"),
        ("2018年06月12日 10:20", "2018-06-12T10:20:00"),
        ("2018年06月12日10:20", "2018-06-12T10:20:00"),
        ("2018年6月12日 10时20分", "2018-06-12T10:20:00"),
        ("2018年6月12日10点5分30秒", "2018-06-12T10:05:30"),
        ("2018年6月12日 下午3:00", "2018-06-12T15:00:00"),
        ("2018年6月12日 上午9:30", "2018-06-12T09:30:00"),
        ("2018-06-12\u{3000}00:00:00", "2018-06-12T00:00:00"),
        ("２０１８－０６－１２　１０：２０：３０", "2018-06-12T10:20:30"),
        ("发布时间：2018-06-12 10:20:00", "2018-06-12T10:20:00"),
        ("20180612 10:20", "2018-06-12T10:20:00"),
    ])
    func readsTimes(text: String, expected: String) throws {
        let value = try parser.parse(text)
        #expect(value.precision == .minute)
        #expect(value.description == expected)
    }

    // MARK: - Month and day with a context year

    @Test(arguments: [
        ("06-12", "2018-06-12"),
        ("6-12", "2018-06-12"),
        ("06/12", "2018-06-12"),
        ("6月12日", "2018-06-12"),
        ("[06-12]", "2018-06-12"),
        ("０６－１２", "2018-06-12"),
    ])
    func readsMonthDayWithContextYear(text: String, expected: String) throws {
        let value = try LegacyDateParser(contextYear: 2018).parse(text)
        #expect(value.description == expected)
    }

    @Test func monthDayWithTimeUsesTheContextYear() throws {
        let value = try LegacyDateParser(contextYear: 2019).parse("06-12 10:20")
        #expect(value.description == "2019-06-12T10:20:00")
    }

    @Test func aWrittenYearWinsOverTheContextYear() throws {
        #expect(try LegacyDateParser(contextYear: 2020).parse("2018-06-12").description == "2018-06-12")
    }

    @Test func monthDayOnALeapDayNeedsALeapContextYear() throws {
        #expect(try LegacyDateParser(contextYear: 2020).parse("02-29").description == "2020-02-29")
        let error = #expect(throws: LegacyDateParseError.self) {
            try LegacyDateParser(contextYear: 2019).parse("02-29")
        }
        #expect(error?.code == .impossibleDate)
    }

    // MARK: - Errors

    @Test(arguments: [
        ("2018-02-30", LegacyDateParseError.Code.impossibleDate, "day 30 does not exist in 2018-02 (it has 28 days)"),
        ("2019-02-29", .impossibleDate, "day 29 does not exist in 2019-02 (it has 28 days)"),
        ("2018-04-31", .impossibleDate, "(it has 30 days)"),
        ("2018-13-01", .impossibleDate, "month 13 does not exist"),
        ("2018-00-10", .impossibleDate, "month 0 does not exist"),
        ("2018-06-00", .impossibleDate, "day 0 does not exist"),
        ("二〇一八年十三月一日", .impossibleDate, "month 13 does not exist"),
        ("二〇一八年二月三十日", .impossibleDate, "day 30 does not exist"),
        ("2018-06-12 25:00", .impossibleTime, "hour 25 does not exist"),
        ("2018-06-12 24:00:00", .impossibleTime, "hour 24 does not exist"),
        ("2018-06-12 10:60", .impossibleTime, "minute 60 does not exist"),
        ("2018-06-12 10:20:61", .impossibleTime, "second 61 does not exist"),
        ("0000-00-00 00:00:00", .yearOutOfRange, "the year 0 is outside the plausible years 1900…2100"),
        ("1850-01-01", .yearOutOfRange, "1850"),
        ("06-12", .missingYear, "no context year was given"),
        ("6月12日", .missingYear, "a month and day without a year"),
        ("2018-06", .missingDay, "a year and month without a day"),
        ("2018年6月", .missingDay, "\"2018年6月\": a year and month without a day"),
        ("", .empty, "there is no text"),
        (" \u{3000}\u{00A0}", .empty, "there is no text"),
        ("发布时间：", .notADate, "there is no date in it"),
        ("abc", .notADate, "there is no date in it"),
        ("12345", .notADate, "no date form is recognised"),
        ("18-06-12", .notADate, "no date form is recognised"),
        ("2018-123-1", .notADate, "no date form is recognised"),
        ("2018-06-12 2019-01-01", .unexpectedText, "unexpected digits in \"2019-01-01\" after the date"),
        ("2018-06-12 10", .unexpectedText, "after the date"),
        ("第3期 2018-06-12", .unexpectedText, "unexpected digits \"3期 \" before the date"),
    ])
    func rejectsWithAClearError(text: String, code: LegacyDateParseError.Code, fragment: String) throws {
        let error = try #require(throws: LegacyDateParseError.self) { try parser.parse(text) }
        #expect(error.code == code)
        #expect(error.input == text)
        #expect(error.reason.contains(fragment), "reason was: \(error.reason)")
        #expect(error.description.hasPrefix("cannot read \"\(text)\" as a date: "))
    }

    @Test func errorDescriptionNamesTheInputAndTheReason() throws {
        let error = try #require(throws: LegacyDateParseError.self) { try parser.parse("2018-02-30") }
        #expect(
            error.description
                == "cannot read \"2018-02-30\" as a date: \"2018-02-30\": day 30 does not exist in 2018-02 (it has 28 days)"
        )
    }

    @Test func plausibleYearsAreConfigurable() throws {
        let wide = LegacyDateParser(plausibleYears: 1800...2200)
        #expect(try wide.parse("1850-01-01").description == "1850-01-01")
    }

    // MARK: - Searching

    @Test func firstDateInAnInfoLine() throws {
        let line = "发布时间：2018-06-12 10:20:00　来源：县教育局　浏览次数："
        let match = try #require(parser.firstDate(in: line))
        #expect(match.value.description == "2018-06-12T10:20:00")
        #expect(match.text == "2018-06-12 10:20:00")
        #expect(line[match.range] == "2018-06-12 10:20:00")
    }

    @Test func firstDateSkipsImpossibleDatesAndNumbers() throws {
        let line = "编号 12345，版本 1.2.3，2018-02-30 作废；更正为 2018年3月1日"
        let match = try #require(parser.firstDate(in: line))
        #expect(match.value.description == "2018-03-01")
        #expect(line[match.range] == "2018年3月1日")
    }

    @Test func firstDateIgnoresMonthDayWithoutContextYear() throws {
        #expect(parser.firstDate(in: "通知 06-12") == nil)
        let match = try #require(LegacyDateParser(contextYear: 2018).firstDate(in: "·关于开展督导的通知 06-12"))
        #expect(match.value.description == "2018-06-12")
        #expect(match.text == "06-12")
    }

    @Test func firstDateFindsDatesInURLs() throws {
        let match = try #require(parser.firstDate(in: "./201806/t20180612_123456.html"))
        #expect(match.value.description == "2018-06-12")
    }

    @Test func firstDateIsNilWithoutADate() {
        #expect(parser.firstDate(in: "来源：县教育局　浏览次数：") == nil)
        #expect(parser.firstDate(in: "") == nil)
    }

    @Test func lastDateFindsTheSignatureDate() throws {
        let body = """
            各乡镇中心学校：
            根据2018年5月2日会议精神，请于6月20日前报送材料。
            勐海县教育局
            二〇一八年六月十二日
            （此件公开发布）
            """
        let match = try #require(parser.lastDate(in: body))
        #expect(match.value.description == "2018-06-12")
        #expect(match.text == "二〇一八年六月十二日")
        #expect(body[match.range] == "二〇一八年六月十二日")
    }

    @Test func lastDateIgnoresMonthDayEvenWithContextYear() throws {
        let body = "勐海县教育局\n2018年6月12日\n附件：请于6月20日前报送"
        let match = try #require(LegacyDateParser(contextYear: 2018).lastDate(in: body))
        #expect(match.value.description == "2018-06-12")
    }

    @Test func allDatesInOrderWithRanges() throws {
        let text = "2018-06-12 至 2018年7月1日，签发：二〇一八年六月十日。"
        let matches = parser.allDates(in: text)
        #expect(matches.map(\.value.description) == ["2018-06-12", "2018-07-01", "2018-06-10"])
        #expect(matches.map { String(text[$0.range]) } == ["2018-06-12", "2018年7月1日", "二〇一八年六月十日"])
    }

    @Test func aBadDateDoesNotLeakItsMonthDay() {
        // `6月12日` inside an impossible year-first date must not be read on its own.
        #expect(LegacyDateParser(contextYear: 2018).allDates(in: "1850年6月12日").isEmpty)
    }

    // MARK: - Codable

    @Test func parserConfigurationRoundTrips() throws {
        let parser = LegacyDateParser(contextYear: 2018, plausibleYears: 1949...2050)
        let data = try JSONEncoder().encode(parser)
        #expect(try JSONDecoder().decode(LegacyDateParser.self, from: data) == parser)
    }

    @Test func parsedValuesRoundTripThroughTheirCanonicalText() throws {
        for text in ["2018年6月12日", "2026-09-28-21:50:00", "二〇一八年六月十二日"] {
            let value = try parser.parse(text)
            let data = try JSONEncoder().encode(value)
            #expect(try JSONDecoder().decode(LocalDateTime.self, from: data) == value)
        }
    }
}
