import Foundation

/// Encodes generated text as GBK (through Foundation's GB18030, whose two-byte range is GBK) or UTF-8.
enum TextEncoder {
    /// Foundation's GB18030 encoding constant (`kCFStringEncodingGB_18030_2000`), the only GB encoding that
    /// Foundation on Linux handles completely.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The GBK bytes of a text made of GBK characters.
    ///
    /// - Precondition: every character is in GBK (the generator's vocabulary is); a character outside GB18030's
    ///   two-byte range would come out as a four-byte sequence, which the tests reject.
    static func gbk(_ text: String) -> [UInt8] {
        guard let data = text.data(using: gb18030) else {
            preconditionFailure("the generated text holds a character GB18030 cannot encode")
        }
        return [UInt8](data)
    }

    /// The bytes of a page in its encoding.
    static func bytes(_ text: String, encoding: PageEncoding) -> [UInt8] {
        encoding.isGB ? gbk(text) : Array(text.utf8)
    }
}
