import DisclosureCore
import Foundation
import Testing

@Suite struct DocumentNumberTests {
    @Test(arguments: [
        "勐教发〔2018〕12号",
        "勐教发[2018]12号",
        "勐教发［2018］12号",
        "勐教发【2018】12号",
        "勐教发（2018）12号",
        "勐教发(2018)12号",
        "勐教发〈2018〉12号",
        "勐教发｛2018｝12号",
        "勐教发{2018}12号",
        "勐教发〖2018〗12号",
        "勐教发﹝2018﹞12号",
        "勐教发〔2018〕12",
        "勐教发[2018]12",
        "勐教发〔2018〕012号",
        "勐教发〔２０１８〕１２号",
        "勐教发（２０１８）０１２号",
        "勐教发〔2018〕第12号",
        "勐教发 〔2018〕 12 号",
        "勐教发〔 2018 〕12号",
        "\u{3000}勐教发〔2018〕12号\u{3000}",
        "勐教发\u{00A0}〔2018〕\u{00A0}12号",
        "勐 教 发〔2018〕12号",
        "文号：勐教发〔2018〕12号",
        "发文字号: 勐教发[2018]12号",
        "文　　号：勐教发〔2018〕12号",
        "勐教发2018 12号",
        "勐教发 2018-12号",
        "勐教发2018-12",
        "勐教发2018_12号",
        "勐教发201812号",
        "勐教发\n〔2018〕\n12号",
        "勐教发〔2018]12号",
    ])
    func readsEveryVariant(text: String) throws {
        let number = try DocumentNumber(parsing: text)
        #expect(number.issuerCode == "勐教发")
        #expect(number.year == 2018)
        #expect(number.serial == 12)
        #expect(number.original == text)
        #expect(number.normalized == "勐教发〔2018〕12号")
    }

    @Test(arguments: [
        ("国办公开办函〔2019〕60号", "国办公开办函", 2019, 60),
        ("教学函〔2013〕9号", "教学函", 2013, 9),
        ("国办函〔2020〕109号", "国办函", 2020, 109),
        ("勐政办发〔2021〕1号", "勐政办发", 2021, 1),
        ("西教发[2017]0003号", "西教发", 2017, 3),
        ("ABC发〔2018〕7号", "ABC发", 2018, 7),
    ])
    func readsOtherIssuers(text: String, issuer: String, year: Int, serial: Int) throws {
        let number = try DocumentNumber(parsing: text)
        #expect(number.issuerCode == issuer)
        #expect(number.year == year)
        #expect(number.serial == serial)
    }

    @Test func equalityAndHashingUseTheNormalisedParts() throws {
        let a = try DocumentNumber(parsing: "勐教发[2018]12")
        let b = try DocumentNumber(parsing: "勐教发〔2018〕12号")
        let c = try DocumentNumber(parsing: "勐教发〔2018〕13号")
        #expect(a == b)
        #expect(a.original != b.original)
        #expect(Set([a, b, c]).count == 2)
        #expect(a != c)
        #expect(try DocumentNumber(parsing: "勐教发〔2019〕12号") != b)
        #expect(try DocumentNumber(parsing: "勐政发〔2018〕12号") != b)
    }

    @Test func buildsFromParts() throws {
        let number = try DocumentNumber(issuerCode: "勐教发", year: 2018, serial: 12)
        #expect(number.normalized == "勐教发〔2018〕12号")
        #expect(number == (try DocumentNumber(parsing: "勐教发(2018)12")))
        let error = try #require(throws: DocumentNumberParseError.self) {
            try DocumentNumber(issuerCode: "勐教发", year: 18, serial: 12)
        }
        #expect(error.code == .yearNotFourDigits)
    }

    @Test func describesAndReadsItsNormalisedForm() throws {
        let number = try DocumentNumber(parsing: "勐教发【2018】012")
        #expect(number.description == "勐教发〔2018〕12号")
        #expect(DocumentNumber("勐教发【2018】012") == number)
        #expect(DocumentNumber("not a number") == nil)
    }

    // MARK: - Errors

    @Test(arguments: [
        ("", DocumentNumberParseError.Code.empty, "there is no text"),
        ("\u{3000} ", .empty, "there is no text"),
        ("文号：", .empty, "there is no text"),
        ("〔2018〕12号", .noIssuerCode, "no issuer code (机关代字) comes before the year"),
        ("2018-12", .noIssuerCode, "no issuer code"),
        ("勐教发", .noYear, "no year follows the issuer code \"勐教发\""),
        ("无", .noYear, "no year follows the issuer code \"无\""),
        ("勐教发〔〕12号", .noYear, "the brackets after the issuer code hold no year"),
        ("勐教发〔18〕12号", .yearNotFourDigits, "the year \"18\" is not 4 digits"),
        ("勐教发〔20180〕12号", .yearNotFourDigits, "the year \"20180\" is not 4 digits"),
        ("勐教发〔0018〕12号", .yearNotFourDigits, "the year \"0018\" is not 4 digits"),
        ("勐教发18 12号", .yearNotFourDigits, "the year \"18\" is not 4 digits"),
        ("勐教发〔2018〕号", .noSerial, "no serial number follows the year 2018, found \"号\""),
        ("勐教发〔2018〕", .noSerial, "no serial number follows the year 2018"),
        ("勐教发2018", .noSerial, "no serial number follows the year 2018"),
        ("勐教发〔2018〕000号", .serialIsZero, "the serial \"000\" is zero"),
        ("勐教发〔2018〕12号文", .unexpectedText, "unexpected text \"文\" after the serial 12"),
        ("勐教发〔2018〕12号 附件", .unexpectedText, "unexpected text \"附件\" after the serial 12"),
        ("勐教发〔2018 12号", .unexpectedText, "the bracket \"〔\" before the year 2018 is not closed"),
        ("勐教发〕2018〔12号", .unexpectedText, "a closing bracket \"〕\" comes before the year"),
        ("勐教发〔2018〕1234567890号", .unexpectedText, "the serial \"1234567890\" is too long"),
    ])
    func rejectsWithAClearError(text: String, code: DocumentNumberParseError.Code, fragment: String) throws {
        let error = try #require(throws: DocumentNumberParseError.self) { try DocumentNumber(parsing: text) }
        #expect(error.code == code)
        #expect(error.input == text)
        #expect(error.reason.contains(fragment), "reason was: \(error.reason)")
        #expect(error.description == "cannot read \"\(text)\" as a document number (文号): \(error.reason)")
    }

    // MARK: - Codable

    @Test func encodesAsTheNormalisedString() throws {
        let number = try DocumentNumber(parsing: "文号：勐教发[2018]012")
        let data = try JSONEncoder().encode(number)
        #expect(String(decoding: data, as: UTF8.self) == "\"勐教发〔2018〕12号\"")
        let decoded = try JSONDecoder().decode(DocumentNumber.self, from: data)
        #expect(decoded == number)
        #expect(decoded.original == "勐教发〔2018〕12号")
    }

    @Test func decodesAnyAcceptedForm() throws {
        let data = Data(#"["勐教发[2018]12", "勐教发（２０１８）１２号"]"#.utf8)
        let numbers = try JSONDecoder().decode([DocumentNumber].self, from: data)
        #expect(numbers.map(\.normalized) == ["勐教发〔2018〕12号", "勐教发〔2018〕12号"])
    }

    @Test func decodingAMalformedNumberSaysWhy() throws {
        let data = Data(#"{"number": "勐教发〔18〕12号"}"#.utf8)
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode([String: DocumentNumber].self, from: data)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription.contains("the year \"18\" is not 4 digits"))
        #expect(context.underlyingError is DocumentNumberParseError)
    }
}
