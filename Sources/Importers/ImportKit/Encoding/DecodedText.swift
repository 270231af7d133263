public import DisclosureCore

/// Text decoded from an input's bytes, with an account of what could not be decoded.
public struct DecodedText: Hashable, Sendable {
    /// The decoded text, without a byte-order mark; each undecodable sequence is one U+FFFD.
    public var text: String
    /// The canonical name of the encoding the bytes were decoded from.
    public var encoding: String
    /// How many undecodable byte sequences were replaced with U+FFFD.
    public var replacedCount: Int
    /// What happened while decoding (`encoding.replaced-bytes` when anything was replaced).
    public var diagnostics: [Diagnostic]

    /// Creates a decoded text.
    public init(text: String, encoding: String, replacedCount: Int, diagnostics: [Diagnostic] = []) {
        self.text = text
        self.encoding = encoding
        self.replacedCount = replacedCount
        self.diagnostics = diagnostics
    }

    /// Whether any bytes were replaced.
    public var hasReplacements: Bool { replacedCount > 0 }

    /// The text as UTF-8 bytes: what to hand a parser with the encoding name `UTF-8`, so that a damaged
    /// byte costs one replacement character instead of libxml2 cutting the document short there.
    public var utf8Bytes: [UInt8] { Array(text.utf8) }
}
