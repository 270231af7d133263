import Foundation

/// Inline byte fixtures for the encoding tests.
enum Bytes {
    /// Foundation's GB18030 encoding (CFStringEncoding 0x0632).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The string as GB18030 bytes (GBK for the characters used here).
    static func gbk(_ text: String) -> [UInt8] {
        guard let data = text.data(using: gb18030) else { fatalError("not encodable as GB18030: \(text)") }
        return Array(data)
    }

    /// A page with the given head markup and GBK-only characters (镕 喆 堃) in the body.
    static func page(head: String) -> String {
        "<html><head>\(head)<title>通知</title></head><body><p>朱镕基、张喆、李堃</p></body></html>"
    }
}
