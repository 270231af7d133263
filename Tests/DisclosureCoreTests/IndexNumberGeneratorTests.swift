import DisclosureCore
import Foundation
import Testing

@Suite struct IndexNumberGeneratorTests {
    @Test(arguments: [
        ("{org}/{year}-{serial:5}", "000014349", 2017, Int?.none, 110, "000014349/2017-00110"),
        ("{org}-{year}-{serial:6}", "01527918X", 2020, nil, 153_077, "01527918X-2020-153077"),
        ("{org}/{year}{month}-{serial:5}", "11341702486344515H", 2021, 10, 13, "11341702486344515H/202110-00013"),
        ("{org}-/{year}-{serial}", "01526039-0", 2018, nil, 1_109_011, "01526039-0-/2018-1109011"),
        ("JY-{year}-{serial:4}", "", 2019, nil, 7, "JY-2019-0007"),
        ("{year}{serial:3}", "x", 2019, nil, 7, "2019007"),
    ])
    func formatsNumbers(template: String, org: String, year: Int, month: Int?, serial: Int, expected: String) throws {
        let generator = try IndexNumberGenerator(template: template, organizationCode: org)
        let number = try generator.number(year: year, month: month, serial: serial)
        #expect(number.rawValue == expected)
        #expect(generator.serial(of: number, year: year) == serial)
    }

    @Test func generatedNationalNumbersAreRecognised() throws {
        let generator = try IndexNumberGenerator(template: "{org}/{year}-{serial:5}", organizationCode: "000014349")
        let parts = try #require(try generator.number(year: 2017, serial: 110).components)
        #expect(parts.form == .slashYear)
        #expect(parts.organizationCode == "000014349")
        #expect(parts.serial == 110)
    }

    @Test func continuesAfterTheHighestUsedSerialOfTheYear() throws {
        let generator = try IndexNumberGenerator(template: "{org}/{year}-{serial:5}", organizationCode: "000014349")
        let used = [
            "000014349/2018-00001", "000014349/2018-00007", " 000014349/2018-00003 ",  // gaps are never filled
            "000014349/2017-00099",  // another year
            "999999999/2018-00500",  // another organisation
            "000014349/2018-00x01", "自定义",  // other shapes
        ].map(IndexNumber.init(rawValue:))
        let next = try generator.nextNumbers(3, year: 2018, used: used)
        #expect(next.map(\.rawValue) == ["000014349/2018-00008", "000014349/2018-00009", "000014349/2018-00010"])
        #expect(try generator.nextNumber(year: 2019, used: used).rawValue == "000014349/2019-00001")
        #expect(try generator.nextNumbers(0, year: 2018, used: used).isEmpty)
    }

    @Test func reRunsNeverReuseANumber() throws {
        let generator = try IndexNumberGenerator(template: "{org}-{year}-{serial:6}", organizationCode: "01527918X")
        var used: [IndexNumber] = []
        for _ in 0..<3 {
            used += try generator.nextNumbers(2, year: 2020, used: used)
        }
        #expect(Set(used).count == 6)
        #expect(used.last?.rawValue == "01527918X-2020-000006")
    }

    @Test func fullWidthUsedNumbersCount() throws {
        let generator = try IndexNumberGenerator(template: "{org}/{year}-{serial:5}", organizationCode: "000014349")
        let used = [IndexNumber("００００１４３４９／２０１８－０００４２")]
        #expect(try generator.nextNumber(year: 2018, used: used).rawValue == "000014349/2018-00043")
    }

    @Test func monthlyTemplatesCountPerYear() throws {
        let generator = try IndexNumberGenerator(
            template: "{org}/{year}{month}-{serial:5}", organizationCode: "11341702486344515H")
        let used = [IndexNumber("11341702486344515H/202109-00012"), IndexNumber("11341702486344515H/202013-00099")]
        let next = try generator.nextNumber(year: 2021, month: 10, used: used)
        #expect(next.rawValue == "11341702486344515H/202110-00013")
        let error = try #require(throws: IndexNumberGeneratorError.self) {
            try generator.nextNumber(year: 2021, used: used)
        }
        #expect(error.code == .invalidArgument)
        #expect(error.reason == "the template has {month} but no month was given")
    }

    @Test func firstSerialStartsAnEmptyYear() throws {
        let generator = try IndexNumberGenerator(
            template: "{org}/{year}-{serial:5}", organizationCode: "000014349", firstSerial: 101)
        #expect(try generator.nextNumber(year: 2018, used: []).rawValue == "000014349/2018-00101")
        let used = [IndexNumber("000014349/2018-00200")]
        #expect(try generator.nextNumber(year: 2018, used: used).rawValue == "000014349/2018-00201")
    }

    // MARK: - Errors

    @Test(arguments: [
        ("", "000014349", IndexNumberGeneratorError.Code.emptyTemplate, "the template is empty"),
        ("{org}/{year-{serial:5}", "000014349", .unbalancedBrace, "\"{\" at offset 6 is not closed"),
        ("{org}/{year}-{serial:5", "000014349", .unbalancedBrace, "\"{\" at offset 13 is not closed"),
        ("{org}/{year}-serial:5}", "000014349", .unbalancedBrace, "\"}\" at offset 21 closes no placeholder"),
        ("{org}/{yr}-{serial:5}", "000014349", .unknownPlaceholder, "unknown placeholder {yr} at offset 6"),
        ("{org}/{year}-{serial:x}", "000014349", .invalidWidth, "the width in {serial:x} at offset 13"),
        ("{org}/{year}-{serial:0}", "000014349", .invalidWidth, "is not a number from 1 to 12"),
        ("{org}/{year}-{serial:13}", "000014349", .invalidWidth, "is not a number from 1 to 12"),
        ("{org}/{year:4}-{serial:5}", "000014349", .invalidWidth, "only {serial} takes a width, found {year:4}"),
        ("{org}/{year}-00001", "000014349", .missingPlaceholder, "the template has no {serial}"),
        ("{org}/2018-{serial:5}", "000014349", .missingPlaceholder, "the template has no {year}"),
        ("{org}/{year}-{serial}-{serial}", "000014349", .repeatedPlaceholder, "the template has {serial} 2 times"),
        ("{org}/{serial}{year}", "000014349", .ambiguousSerial, "digits directly follow {serial}"),
        ("{org}/{year}-{serial}0", "000014349", .ambiguousSerial, "digits directly follow {serial}"),
        ("{year}-{serial}{org}", "000014349", .ambiguousSerial, "digits directly follow {serial}"),
        ("{org}/{year}-{serial:5}", "", .missingOrganizationCode, "the template uses {org} but"),
    ])
    func rejectsBadTemplates(
        template: String, org: String, code: IndexNumberGeneratorError.Code, fragment: String
    ) throws {
        let error = try #require(throws: IndexNumberGeneratorError.self) {
            try IndexNumberGenerator(template: template, organizationCode: org)
        }
        #expect(error.code == code)
        #expect(error.template == template)
        #expect(error.reason.contains(fragment), "reason was: \(error.reason)")
        #expect(error.description == "index number template \"\(template)\": \(error.reason)")
    }

    @Test func rejectsBadArguments() throws {
        let generator = try IndexNumberGenerator(template: "{org}/{year}-{serial:5}", organizationCode: "000014349")
        let overflow = try #require(throws: IndexNumberGeneratorError.self) {
            try generator.nextNumber(year: 2018, used: [IndexNumber("000014349/2018-99999")])
        }
        #expect(overflow.code == .serialOverflow)
        #expect(overflow.reason == "the serial 100000 does not fit in 5 digits")
        let year = try #require(throws: IndexNumberGeneratorError.self) { try generator.number(year: 18, serial: 1) }
        #expect(year.code == .invalidArgument)
        #expect(year.reason == "the year 18 is not 4 digits")
        let serial = try #require(throws: IndexNumberGeneratorError.self) {
            try generator.number(year: 2018, serial: 0)
        }
        #expect(serial.reason == "the serial 0 is below 1")
        let first = try #require(throws: IndexNumberGeneratorError.self) {
            try IndexNumberGenerator(template: "{year}-{serial}", organizationCode: "", firstSerial: 0)
        }
        #expect(first.code == .invalidArgument)
    }

    // MARK: - Codable

    @Test func roundTripsThroughJSONConfig() throws {
        let generator = try IndexNumberGenerator(
            template: "{org}/{year}-{serial:5}", organizationCode: "000014349", firstSerial: 3)
        let data = try JSONEncoder().encode(generator)
        let decoded = try JSONDecoder().decode(IndexNumberGenerator.self, from: data)
        #expect(decoded == generator)
        #expect(try decoded.nextNumber(year: 2018, used: []).rawValue == "000014349/2018-00003")
    }

    @Test func decodesAHandWrittenConfig() throws {
        let json = #"{"template": "{org}-{year}-{serial:6}", "organizationCode": "01527918X"}"#
        let generator = try JSONDecoder().decode(IndexNumberGenerator.self, from: Data(json.utf8))
        #expect(generator.firstSerial == 1)
        #expect(try generator.number(year: 2020, serial: 153_077).rawValue == "01527918X-2020-153077")
    }

    @Test func decodingABadTemplateSaysWhy() throws {
        let json = #"{"template": "{org}/{yr}-{serial:5}", "organizationCode": "000014349"}"#
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(IndexNumberGenerator.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription.contains("unknown placeholder {yr} at offset 6"))
    }
}
