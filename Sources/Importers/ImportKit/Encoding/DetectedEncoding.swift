public import DisclosureCore

/// The encoding chosen for an input's bytes, how it was chosen, and what the input itself claimed.
public struct DetectedEncoding: Hashable, Sendable, CustomStringConvertible {
    /// How the encoding was decided, in the order the detector tries.
    public enum Method: String, Hashable, Sendable, Codable {
        /// A byte-order mark at the start (UTF-8, UTF-16LE, UTF-16BE).
        case bom
        /// The charset declared in the content (`<meta charset>`, `http-equiv`, `<?xml encoding=?>`),
        /// and the bytes did not contradict it.
        case declared
        /// The bytes are valid UTF-8 (with no usable declaration, or against a declaration they contradict).
        case validated
        /// Nothing decided it, or a UTF-8 declaration was contradicted: GB18030, the superset of GB2312/GBK.
        case fallback
    }

    /// The canonical encoding name, accepted by both libxml2 and iconv: `UTF-8`, `GB18030`, `UTF-16LE` …
    public var name: String
    /// How the encoding was decided.
    public var method: Method
    /// The charset label the content declared, as written (`gb2312`, `UTF-8` …), if any.
    public var declaredLabel: String?
    /// The length of the byte-order mark at the start of the bytes, 0 if none.
    public var byteOrderMarkLength: Int
    /// What the detector noticed: a declaration the bytes contradict, an unknown label, a guess.
    public var diagnostics: [Diagnostic]

    /// Creates a detection result.
    public init(
        name: String, method: Method, declaredLabel: String? = nil, byteOrderMarkLength: Int = 0,
        diagnostics: [Diagnostic] = []
    ) {
        self.name = name
        self.method = method
        self.declaredLabel = declaredLabel
        self.byteOrderMarkLength = byteOrderMarkLength
        self.diagnostics = diagnostics
    }

    /// Whether the content declared a charset that the detector overrode because the bytes contradict it.
    public var contradictsDeclaration: Bool {
        diagnostics.contains { $0.code == EncodingDetector.contradictionCode }
    }

    /// `NAME (method[, declared 'label'])`.
    public var description: String {
        "\(name) (\(method.rawValue)" + (declaredLabel.map { ", declared '\($0)'" } ?? "") + ")"
    }
}
