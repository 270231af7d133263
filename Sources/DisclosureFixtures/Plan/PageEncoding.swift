/// How a generated page is encoded and what its `<meta charset>` declares.
enum PageEncoding: Hashable, Sendable {
    /// GBK bytes declared `charset=gbk`.
    case gbk
    /// GBK bytes declared `charset=gb2312`, with at least one character outside GB2312 (镕 喆 堃): the
    /// libxml2 truncation trap.
    case gb2312WithGBKCharacters
    /// UTF-8 declared `charset=utf-8`.
    case utf8

    /// The label in the page's meta.
    var declaredCharset: String {
        switch self {
        case .gbk: "gbk"
        case .gb2312WithGBKCharacters: "gb2312"
        case .utf8: "utf-8"
        }
    }

    /// The encoding a correct reader decodes the page with (every GB label is read as GB18030).
    var truthName: String {
        switch self {
        case .gbk, .gb2312WithGBKCharacters: "GB18030"
        case .utf8: "UTF-8"
        }
    }

    /// Whether the bytes are GB-encoded.
    var isGB: Bool { self != .utf8 }
}
