import DisclosureCore
import Foundation
import Testing

@testable import Portal

/// The byte-level text helpers give what the character-level and Foundation calls they replace give.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("关于“双减”工作的通知 2018-06-12", "关于“双减”工作的通知", " "),
        ("《勐海县教育局》—— 招生计划（2018）·小学 ①", "招生计划", "X"),
        ("温度 25°C × 2 ÷ 3 ■ 第一 ┃ 二", "×", "*"),
        ("首页 > 信息公开 > 通知公告", " > ", "/"),
        ("aaa", "a", "bb"),
        ("没有匹配", "匹配不到", "-"),
    ])
    func plainReplacementMatchesFoundation(text: String, target: String, replacement: String) throws {
        let bytes = try #require(ByteSearch.replacingPlain(text, target, with: replacement))
        #expect(bytes == text.replacingOccurrences(of: target, with: replacement))
    }

    @Test(arguments: [
        ("cafe\u{301} menu", "cafe"),  // a combining acute after the match
        ("caf\u{E9}", "e"),  // a precomposed letter
        ("한국어", "국"),  // Hangul syllables compose from jamo
        ("line\r\nnext", "line"),  // CR LF is one character
        ("tone\u{302A}mark", "tone"),  // an ideographic tone mark combines
        ("compat \u{F900}", "compat"),  // a compatibility ideograph decomposes
    ])
    func textsThatMayCombineAreLeftToFoundation(text: String, target: String) {
        #expect(ByteSearch.replacingPlain(text, target, with: "x") == nil)
    }

    @Test(
        arguments: [
            ("t20180612_123456_2", UInt8(ascii: "_"), "_"), ("a__b_", UInt8(ascii: "_"), "_"),
            ("", UInt8(ascii: "."), "."),
            ("附件.说明.doc", UInt8(ascii: "."), "."),
            ("createPageHTML(5, 0, \"index\", \"html\")", UInt8(ascii: ","), ","),
            ("a=1&&b=2&", UInt8(ascii: "&"), "&"),
        ] as [(String, UInt8, Character)])
    func byteSplitsAgreeWithCharacterSplits(text: String, byte: UInt8, character: Character) {
        #expect(text.byteSplit(separator: byte) == text.split(separator: character))
        #expect(
            text.byteSplit(separator: byte, omittingEmptySubsequences: false)
                == text.split(separator: character, omittingEmptySubsequences: false))
        #expect(text.byteSplit(separator: byte, maxSplits: 1) == text.split(separator: character, maxSplits: 1))
        #expect(text[...].byteSplit(separator: byte) == text[...].split(separator: character))
    }

    @Test(arguments: [
        "", "勐海县教育局 2018年6月12日", "关于“双减”工作的通知（第3号）", "line\r\nnext", "e\u{301}x", "〇\u{302A}一",
        "한국어", "👍🏽👨‍👩‍👧 flags 🇨🇳", "ＡＢＣ，。、", "tab\tand\nlines", String(repeating: "教", count: 500),
    ])
    func characterCountsAgreeWithCharacters(_ text: String) {
        for limit in [0, 1, 3, 10, 40, 200, 600] {
            #expect(TextCleaning.characterCount(text, upTo: limit) == min(text.count, limit + 1), "limit \(limit)")
            #expect(TextCleaning.hasAtMost(limit, characters: text) == (text.count <= limit), "limit \(limit)")
        }
    }

    @Test func scalarsBecomeTheStringTheyEncode() {
        let samples = [
            "", "a", "发布时间：2018-06-12", "é\u{301}", "𠀋𡈽 emoji 😀", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        ]
        for sample in samples {
            #expect(UTF8Space.string(of: Array(sample.unicodeScalars)) == sample)
            #expect(
                UTF8Space.string(of: Array(sample.unicodeScalars).reversed()).unicodeScalars.count
                    == sample.unicodeScalars.count)
        }
    }

    @Test func scalarSetsAnswerAsSetsDo() {
        let members: [Unicode.Scalar] = ["时", "：", "a", "\u{0}", "\u{FFFF}", "😀", "𠀋"]
        let set = ScalarSet(members)
        let reference = Set(members)
        for value in [0, 0x41, 0x61, 0x4E00, 0x65F6, 0xFF1A, 0xFFFF, 0x1_F600, 0x2_000B, 0x1_F601, 0x10_FFFF] {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(set.contains(scalar) == reference.contains(scalar), "U+\(String(value, radix: 16))")
        }
        let empty: ScalarSet = []
        #expect(!empty.contains("a"))
    }

    @Test func prefixesSuffixesAndClassTokens() {
        #expect("当前位置：首页".hasBytePrefix("当前位置"))
        #expect(!"当前".hasBytePrefix("当前位置"))
        #expect("".hasBytePrefix(""))
        #expect("勐海县教育局".hasByteSuffix("教育局"))
        #expect(!"局".hasByteSuffix("教育局"))
        #expect(" nav  main\tTRS_Editor\n".asciiWhitespaceTokens() == ["nav", "main", "TRS_Editor"])
        #expect("正文\u{3000}内容".asciiWhitespaceTokens() == ["正文\u{3000}内容"])
    }

    @Test func byteRangeFindsTheFirstOccurrence() throws {
        let text = "第1页/共5页 共 12 条"
        let range = try #require(text.byteRange(of: "共"))
        #expect(text[range.upperBound...].hasPrefix("5页"))
        #expect(text[...].byteRange(of: "条") != nil)
        #expect(text.byteRange(of: "") == nil)
        #expect(!text.includes("共6"))
        #expect("a,b,,c".byteComponents(separatedBy: ",") == "a,b,,c".components(separatedBy: ","))
        #expect("首页 > 信息公开".byteComponents(separatedBy: " > ") == ["首页", "信息公开"])
    }

    @Test(arguments: [
        "一\r\n二\n\n三\u{2028}四  \r五", "\u{3000}勐海县教育局\u{3000}\u{85}2018年6月12日\u{2029}\u{0B}\u{0C} \n",
        "", "\n\n", "没有换行", "é\u{301}\nx\u{A0}",
    ])
    func linesSplitLikeCharacters(_ text: String) {
        let byCharacters = text.split(whereSeparator: \.isNewline).map { TextCleaning.trimmed($0) }.filter {
            !$0.isEmpty
        }
        #expect(TextCleaning.nonEmptyLines(text) == byCharacters)
    }

    @Test func aRowWithoutDigitsOrYearHoldsNoDate() {
        let parser = LegacyDateParser(contextYear: 2000)
        for text in ["[2018-06-12]", "６月１２日", "二〇一八年六月十二日", "06/12", "20180612"] {
            var copy = text
            #expect(copy.withUTF8 { ListRows.mayHoldDate($0) }, "\(text)")
            #expect(parser.firstDate(in: text) != nil, "\(text)")
        }
        for text in ["首页", "信息公开 > 通知公告", "六月十二日", "关于做好招生工作的通知"] {
            var copy = text
            #expect(!copy.withUTF8 { ListRows.mayHoldDate($0) }, "\(text)")
            #expect(parser.firstDate(in: text) == nil, "\(text)")
        }
    }
}
