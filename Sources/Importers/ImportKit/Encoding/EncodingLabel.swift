/// Maps the charset labels found in legacy pages and exports to canonical encoding names.
///
/// Follows the WHATWG Encoding Standard where it matters here: every GB label is GB18030 (pages declared
/// `gb2312` routinely hold GBK-only characters such as 镕 喆 堃), Latin-1 labels are windows-1252, and
/// `hz-gb-2312` is not supported.
public enum EncodingLabel {
    /// The canonical name for a label (case and surrounding whitespace ignored), or nil if unknown.
    public static func canonicalName(for label: String) -> String? {
        let key = String(label.filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }).lowercased()
        return names[key]
    }

    /// Whether the name is one of the GB family, all decoded as GB18030.
    public static func isGB(_ label: String) -> Bool {
        canonicalName(for: label) == "GB18030"
    }

    private static let names: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("UTF-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
            (
                "GB18030",
                [
                    "gb18030", "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn",
                    "csgb2312", "chinese", "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58",
                ]
            ),
            ("UTF-16LE", ["utf-16le", "utf-16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff"]),
            ("UTF-16BE", ["utf-16be", "unicodefffe"]),
            ("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
            (
                "WINDOWS-1252",
                [
                    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                    "us-ascii", "ascii", "ansi_x3.4-1968",
                ]
            ),
            ("SHIFT_JIS", ["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis"]),
            ("EUC-JP", ["euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"]),
            ("EUC-KR", ["euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean"]),
        ]
        for (name, labels) in groups {
            for label in labels { table[label] = name }
        }
        return table
    }()
}
