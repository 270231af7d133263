/// Resolves link targets against a page address by the rules of RFC 3986 §5.2, on plain strings.
///
/// Legacy mirrors hold addresses that `Foundation.URL` rejects or rewrites (unescaped Chinese, `\\`,
/// stray spaces), so resolution is done here on the text, changing nothing but what the RFC says.
struct URLReference: Hashable, Sendable {
    /// `http`, `https` … lower-cased; nil for a relative reference.
    var scheme: String?
    /// `host[:port]` with any user part, when the reference has an authority.
    var authority: String?
    /// The path, possibly empty.
    var path: String
    /// The query without `?`, when present.
    var query: String?
    /// The fragment without `#`, when present.
    var fragment: String?

    /// Splits a reference into its five parts (RFC 3986 appendix B).
    ///
    /// Every delimiter is ASCII, so the parts are found in the UTF-8 bytes (a search by characters would find
    /// every grapheme boundary of the address first, which made this the costliest step of reading a list page).
    init(_ text: String) {
        self.init(cleanedText: URLReference.cleaned(text))
    }

    private init(cleanedText text: String) {
        let utf8 = text.utf8
        var lower = utf8.startIndex
        var upper = utf8.endIndex
        if let hash = utf8.firstIndex(of: 0x23) {  // #
            fragment = String(text[utf8.index(after: hash)...])
            upper = hash
        }
        if let question = utf8[..<upper].firstIndex(of: 0x3F) {  // ?
            query = String(text[utf8.index(after: question)..<upper])
            upper = question
        }
        if let colon = utf8[..<upper].firstIndex(of: 0x3A), colon != lower, Self.isSchemeLetter(utf8[lower]),
            utf8[lower..<colon].allSatisfy(Self.isSchemeByte)
        {
            scheme = String(text[lower..<colon]).lowercased()
            lower = utf8.index(after: colon)
        }
        if utf8.distance(from: lower, to: upper) >= 2, utf8[lower] == 0x2F, utf8[utf8.index(after: lower)] == 0x2F {
            let afterSlashes = utf8.index(lower, offsetBy: 2)
            let end = utf8[afterSlashes..<upper].firstIndex(of: 0x2F) ?? upper
            authority = String(text[afterSlashes..<end])
            lower = end
        }
        path = String(text[lower..<upper])
    }

    @inline(__always)
    private static func isSchemeLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// A letter, digit, `+`, `-` or `.` (what a scheme is made of).
    @inline(__always)
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isSchemeLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
    }

    private init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// The reference written back as text.
    var text: String {
        var result = ""
        if let scheme { result += scheme + ":" }
        if let authority { result += "//" + authority }
        result += path
        if let query { result += "?" + query }
        if let fragment { result += "#" + fragment }
        return result
    }

    /// Whether the reference has a scheme (`http:`, `mailto:`, `javascript:` …).
    var isAbsolute: Bool { scheme != nil }

    // MARK: - Resolution

    /// The target of `reference` on a page at `base`; the reference itself (cleaned) when the base is unknown
    /// or the reference is already absolute.
    static func resolve(_ reference: String, against base: String?) -> String {
        let cleanedReference = cleaned(reference)
        guard let base, !base.isEmpty else { return cleanedReference }
        let r = URLReference(cleanedText: cleanedReference)
        if r.isAbsolute {
            return URLReference(
                scheme: r.scheme, authority: r.authority, path: removingDotSegments(r.path), query: r.query,
                fragment: r.fragment
            ).text
        }
        let b = URLReference(base)
        var target = URLReference(scheme: b.scheme, authority: nil, path: "", query: nil, fragment: r.fragment)
        if let authority = r.authority {
            target.authority = authority
            target.path = removingDotSegments(r.path)
            target.query = r.query
        } else {
            target.authority = b.authority
            if r.path.isEmpty {
                target.path = b.path
                target.query = r.query ?? b.query
            } else {
                if r.path.utf8.first == 0x2F {
                    target.path = removingDotSegments(r.path)
                } else {
                    target.path = removingDotSegments(merge(base: b, path: r.path))
                }
                target.query = r.query
            }
        }
        return target.text
    }

    /// The address as an identity key: scheme and host lower-cased, default ports and the fragment dropped,
    /// dot segments removed; the path and query kept as written (`news_id=` matters).
    static func normalized(_ address: String) -> String {
        var r = URLReference(address)
        r.fragment = nil
        if var authority = r.authority?.lowercased() {
            if r.scheme == "http", authority.hasSuffix(":80") { authority.removeLast(3) }
            if r.scheme == "https", authority.hasSuffix(":443") { authority.removeLast(4) }
            r.authority = authority
            if r.path.isEmpty { r.path = "/" }
        }
        r.path = removingDotSegments(r.path)
        return r.text
    }

    /// The last path segment (`t20180612_123456.html`), without query or fragment.
    static func lastSegment(of address: String) -> String {
        let path = URLReference(address).path
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    // MARK: - RFC 3986 helpers

    private static func merge(base: URLReference, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.utf8.lastIndex(of: 0x2F) else { return path }
        return String(base.path[...slash]) + path
    }

    /// RFC 3986 §5.2.4, on the path's bytes (segments are split at `/` and compared with `.` and `..`).
    static func removingDotSegments(_ path: String) -> String {
        guard path.utf8.contains(0x2E) else { return path }
        let absolute = path.utf8.first == 0x2F
        var output: [Substring] = []
        let segments = path.byteSplit(separator: 0x2F, omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if index == 0 && absolute { continue }
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }

    /// The reference without surrounding white space, with line breaks and tabs removed and `\` as `/`
    /// (what browsers do with legacy addresses).
    static func cleaned(_ text: String) -> String {
        // Most addresses need nothing done: printable ASCII at both ends (nothing to trim) and no line break, tab or
        // backslash inside.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20,
            last < 0x7F, !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x5C })
        {
            return text
        }
        let trimmed = TextCleaning.trimmed(text)
        var result = String.UnicodeScalarView()
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": continue
            case "\\": result.append("/")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
