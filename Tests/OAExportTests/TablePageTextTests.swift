import Testing

@testable import OAExport

/// The sniffers' byte-level white-space removal keeps what a filter on Unicode's White_Space property keeps.
@Suite struct TablePageTextTests {
    @Test(arguments: [
        "<td> 文件名 </td>\n<td>\t大小</td>", "文\u{3000}件\u{A0}名\u{85}", "a\u{1680}b\u{2000}c\u{200A}d\u{200B}e",
        "\u{2028}\u{2029}\u{202F}\u{205F}x", "𠀋 😀 é", "", "\r\n\u{0B}\u{0C}", "中文，没有空白。",
    ])
    func whiteSpaceIsRemovedAsTheUnicodePropertySays(_ text: String) throws {
        let page = try #require(TablePageText(Array(("<table>" + text).utf8)))
        var expected: [UInt8] = []
        for scalar in ("<table>" + text).unicodeScalars where !scalar.properties.isWhitespace {
            expected.append(contentsOf: String(scalar).utf8)
        }
        #expect(page.withoutWhiteSpace() == expected)
    }
}
