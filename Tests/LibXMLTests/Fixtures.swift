import Foundation

/// Inline byte fixtures: legacy encodings made from Swift strings so that the bytes are exact.
enum Fixtures {
    /// Foundation's GB18030 encoding (CFStringEncoding 0x0632), the only way to GBK bytes on Linux.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The string encoded as GB18030 (GBK for the characters used here).
    static func gbk(_ text: String) -> [UInt8] {
        guard let data = text.data(using: gb18030) else { fatalError("not encodable as GB18030: \(text)") }
        return Array(data)
    }

    /// A county page with GBK-only characters (镕 喆 堃) in the middle of the body, and text after them.
    static func countyPage(charsetMeta: String?) -> String {
        let meta = charsetMeta.map { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\($0)\">" } ?? ""
        return """
            <html><head>\(meta)<title>关于朱镕基同志题词的通知_勐海县教育局</title></head>
            <body><div id="zoom"><p>一、张喆、李堃同学获奖。</p><p>二、其余事项另行通知。</p></div></body></html>
            """
    }
}
