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
    init(_ text: String) {
        var rest = Substring(URLReference.cleaned(text))
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"), colon != rest.startIndex,
            rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
            rest.first?.isLetter == true
        {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }
        path = String(rest)
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
        let r = URLReference(cleanedReference)
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
                if r.path.hasPrefix("/") {
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
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    // MARK: - RFC 3986 helpers

    private static func merge(base: URLReference, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    /// RFC 3986 §5.2.4.
    static func removingDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        let absolute = path.hasPrefix("/")
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
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
