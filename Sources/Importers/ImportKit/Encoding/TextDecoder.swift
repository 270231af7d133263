import DisclosureCore

/// Decodes an input's bytes to a Swift `String` in a detected or given encoding, never failing on bad
/// bytes: each undecodable sequence becomes U+FFFD and is counted.
///
/// UTF-8 and UTF-16 are decoded by the standard library; GB18030 and the other legacy encodings by the C
/// library's iconv (Foundation's GB18030 decoder gives up on the whole input at the first bad byte).
public struct TextDecoder: Sendable {
    /// The diagnostic code for replaced bytes.
    public static let replacedBytesCode = "encoding.replaced-bytes"
    /// The diagnostic code for an encoding neither the standard library nor iconv can decode.
    public static let unsupportedCode = "encoding.unsupported"

    /// Creates a decoder.
    public init() {}

    /// Decodes the bytes as the detection says, skipping its byte-order mark.
    public func decode(_ bytes: [UInt8], as detected: DetectedEncoding, file: String? = nil) -> DecodedText {
        decode(bytes.dropFirst(detected.byteOrderMarkLength), encoding: detected.name, file: file)
    }

    /// Decodes the bytes from the named encoding (a canonical name or any known label).
    ///
    /// A byte-order mark of the encoding is not skipped here; use ``decode(_:as:file:)`` for that. An
    /// encoding that cannot be decoded at all yields the text decoded as UTF-8 with an error diagnostic.
    public func decode(_ bytes: ArraySlice<UInt8>, encoding: String, file: String? = nil) -> DecodedText {
        let name = EncodingLabel.canonicalName(for: encoding) ?? encoding
        var diagnostics: [Diagnostic] = []
        let decoded: (text: String, replaced: Int)
        switch name {
        case "UTF-8":
            decoded = UnicodeValidation.decodeUTF8(bytes)
        case "UTF-16LE":
            decoded = UnicodeValidation.decodeUTF16(bytes, bigEndian: false)
        case "UTF-16BE":
            decoded = UnicodeValidation.decodeUTF16(bytes, bigEndian: true)
        default:
            // ASCII and two-byte GB18030 (nearly every legacy page) from iconv's own table; the rest through iconv.
            if name == "GB18030", let text = GB18030Pairs.decode(bytes) {
                decoded = (text, 0)
                break
            }
            do {
                decoded = try Iconv.decode(Array(bytes), from: name)
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, code: Self.unsupportedCode,
                        message: "no decoder for '\(encoding)'; the bytes were read as UTF-8", file: file))
                let fallback = UnicodeValidation.decodeUTF8(bytes)
                return DecodedText(
                    text: fallback.text, encoding: "UTF-8", replacedCount: fallback.replaced, diagnostics: diagnostics)
            }
        }
        if decoded.replaced > 0 {
            let plural = decoded.replaced == 1 ? "sequence" : "sequences"
            diagnostics.append(
                Diagnostic(
                    .warning, code: Self.replacedBytesCode,
                    message: "\(decoded.replaced) undecodable byte \(plural) in \(name) replaced with U+FFFD",
                    file: file))
        }
        return DecodedText(
            text: decoded.text, encoding: name, replacedCount: decoded.replaced, diagnostics: diagnostics)
    }
}
