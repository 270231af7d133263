import DisclosureCore
import Foundation
import Testing

@Suite struct IndexNumberTests {
    @Test(arguments: [
        ("000014349/2017-00110", IndexNumber.Form.slashYear, "000014349", 2017, Int?.none, "00110", 110),
        ("11341702486344515H/202110-00013", .slashYearMonth, "11341702486344515H", 2021, 10, "00013", 13),
        ("01526039-0-/2018-1109011", .dashSlashYear, "01526039-0", 2018, nil, "1109011", 1_109_011),
        ("01527918X-2020-153077", .dashYear, "01527918X", 2020, nil, "153077", 153_077),
        ("01526039-0/2018-00001", .slashYear, "01526039-0", 2018, nil, "00001", 1),
        ("MB1234567/2019-00002", .slashYear, "MB1234567", 2019, nil, "00002", 2),
        (" 000014349/2017-00110\u{3000}", .slashYear, "000014349", 2017, nil, "00110", 110),
        ("００００１４３４９／２０１７－００１１０", .slashYear, "000014349", 2017, nil, "00110", 110),
    ])
    func recognisesKnownForms(
        text: String, form: IndexNumber.Form, org: String, year: Int, month: Int?, serialText: String, serial: Int
    ) throws {
        let number = IndexNumber(text)
        #expect(number.rawValue == text)
        let parts = try #require(number.components)
        #expect(parts.form == form)
        #expect(parts.organizationCode == org)
        #expect(parts.year == year)
        #expect(parts.month == month)
        #expect(parts.serialText == serialText)
        #expect(parts.serial == serial)
    }

    @Test(arguments: [
        "",
        "   ",
        "无",
        "XXGK-2018-0001-A",
        "000014349/2017",
        "000014349/17-00110",
        "000014349/202113-00013",
        "000014349/1850-00110",
        "/2017-00110",
        "-2017-00110",
        "勐海教育/2017-00110",
        "000014349/2017-",
        "000014349/2017-00110a",
        "11341702486344515H-/202110-00013",
        "0000143492017-00110",
    ])
    func keepsOtherFormsOpaque(text: String) {
        let number = IndexNumber(text)
        #expect(number.rawValue == text)
        #expect(number.components == nil)
    }

    @Test func identityIsTheRawText() {
        #expect(IndexNumber("000014349/2017-00110") == IndexNumber(rawValue: "000014349/2017-00110"))
        #expect(IndexNumber("000014349/2017-00110") != IndexNumber(" 000014349/2017-00110"))
        #expect(Set([IndexNumber("a"), IndexNumber("a"), IndexNumber("b")]).count == 2)
        #expect(IndexNumber("无").description == "无")
    }

    @Test(arguments: ["000014349/2017-00110", "01527918X-2020-153077", "自定义 编号 #7", ""])
    func codableAsASingleString(text: String) throws {
        let number = IndexNumber(text)
        let data = try JSONEncoder().encode(number)
        #expect(try JSONDecoder().decode(String.self, from: data) == text)
        let decoded = try JSONDecoder().decode(IndexNumber.self, from: data)
        #expect(decoded == number)
        #expect(decoded.components == number.components)
    }
}
