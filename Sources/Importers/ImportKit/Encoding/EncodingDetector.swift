import DisclosureCore

/// Decides the encoding of a legacy page or export from its bytes alone.
///
/// The order: a byte-order mark; else the charset the content declares (found by a prescan of the first
/// bytes), checked against the bytes; else UTF-8 if the bytes are valid UTF-8; else GB18030. Every GB
/// label (gb2312, gbk, cp936 …) means GB18030. A declaration the bytes contradict is overridden, with a
/// warning: UTF-8 bytes under a `gb2312` meta (the "lying meta") are UTF-8, and bytes that are not UTF-8
/// under a `utf-8` meta but decode cleanly as GB18030 are GB18030.
public struct EncodingDetector: Sendable {
    /// The diagnostic code for a declaration the bytes contradict.
    public static let contradictionCode = "encoding.declaration-contradicted"
    /// The diagnostic code for a declared label no decoder knows.
    public static let unknownLabelCode = "encoding.unknown-label"
    /// The diagnostic code for an encoding that was guessed (no BOM, no usable declaration, not UTF-8).
    public static let guessedCode = "encoding.guessed"

    /// How many bytes from the start are searched for a declaration.
    public var prescanLength: Int

    /// Creates a detector that searches the first `prescanLength` bytes (4 KB by default) for a declaration.
    public init(prescanLength: Int = 4096) {
        self.prescanLength = prescanLength
    }

    /// Detects the encoding of a source, naming its path in diagnostics.
    public func detect(_ source: ImportSource) -> DetectedEncoding {
        detect(source.bytes, file: source.path)
    }

    /// Detects the encoding of the bytes; `file` is used in diagnostics.
    public func detect(_ bytes: [UInt8], file: String? = nil) -> DetectedEncoding {
        if let bom = Self.byteOrderMark(bytes) {
            return DetectedEncoding(name: bom.name, method: .bom, byteOrderMarkLength: bom.length)
        }
        let label = CharsetPrescan(bytes, limit: prescanLength).declaredLabel()
        var diagnostics: [Diagnostic] = []
        if let label {
            if var declared = EncodingLabel.canonicalName(for: label) {
                // A UTF-16 label inside ASCII-compatible bytes cannot be true (WHATWG reads it as UTF-8).
                if declared.hasPrefix("UTF-16") { declared = "UTF-8" }
                return checked(declared, label: label, bytes: bytes, file: file)
            }
            diagnostics.append(
                Diagnostic(
                    .warning, code: Self.unknownLabelCode,
                    message: "the declared charset '\(label)' is not supported; detecting from the bytes", file: file))
        }
        if UnicodeValidation.checkUTF8(bytes).valid {
            return DetectedEncoding(name: "UTF-8", method: .validated, declaredLabel: label, diagnostics: diagnostics)
        }
        diagnostics.append(
            Diagnostic(
                .info, code: Self.guessedCode,
                message: "no usable charset declaration and not UTF-8; decoding as GB18030", file: file))
        return DetectedEncoding(name: "GB18030", method: .fallback, declaredLabel: label, diagnostics: diagnostics)
    }

    // MARK: - Internals

    /// Checks a declared encoding against the bytes and overrides it when they contradict it.
    private func checked(_ declared: String, label: String, bytes: [UInt8], file: String?) -> DetectedEncoding {
        let utf8 = UnicodeValidation.checkUTF8(bytes)
        if declared == "UTF-8" {
            if utf8.valid || !Iconv.decodesCleanly(bytes, from: "GB18030") {
                return DetectedEncoding(name: declared, method: .declared, declaredLabel: label)
            }
            let warning = Diagnostic(
                .warning, code: Self.contradictionCode,
                message: "declared '\(label)' but the bytes are not UTF-8; they decode cleanly as GB18030", file: file)
            return DetectedEncoding(name: "GB18030", method: .fallback, declaredLabel: label, diagnostics: [warning])
        }
        // Multi-byte UTF-8 that is valid throughout is practically never GBK or a single-byte encoding.
        if utf8.valid && utf8.hasNonASCII {
            let warning = Diagnostic(
                .warning, code: Self.contradictionCode,
                message: "declared '\(label)' but the bytes are valid UTF-8; decoding as UTF-8", file: file)
            return DetectedEncoding(name: "UTF-8", method: .validated, declaredLabel: label, diagnostics: [warning])
        }
        return DetectedEncoding(name: declared, method: .declared, declaredLabel: label)
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (name: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }
}
