import DisclosureCore
import Foundation

/// How a `wget --mirror` folder maps to addresses: `host/path?query` on disk is `http://host/path?query` on the
/// web. Used to give pages their original address and to find an attachment's file from its link.
struct MirrorLayout: Sendable {
    /// The mirror root.
    let root: URL
    /// The address of the root when its first folder is not a host name (`--base-url`).
    let baseURL: String?

    /// The original address of a file, when it can be told: from a host-named first folder, or the base URL.
    func url(ofFile relativePath: String) -> String? {
        let components = relativePath.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        if components.count == 2, Self.looksLikeHost(components[0]) {
            return Self.normalize("http://" + relativePath)
        }
        if let baseURL {
            let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            return Self.normalize(base + relativePath)
        }
        return nil
    }

    /// The file of the mirror that an address (absolute, or relative to `pageURL` or `pagePath`) was saved as, if it
    /// is inside the mirror. Addresses that would lead outside the root (`../` beyond it) give `nil`.
    func file(forLink link: String, pageURL: String?, pagePath: String) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        var candidate: String
        if let schemeEnd = trimmed.range(of: "://") {
            candidate = String(trimmed[schemeEnd.upperBound...])
            if let base = baseURL, trimmed.hasPrefix(base) {
                candidate = String(trimmed.dropFirst(base.count))
            }
        } else if trimmed.hasPrefix("/") {
            let host = pagePath.split(separator: "/").first.map(String.init) ?? ""
            candidate = Self.looksLikeHost(Substring(host)) ? host + trimmed : String(trimmed.dropFirst())
        } else {
            let folder = (pagePath as NSString).deletingLastPathComponent
            candidate = folder.isEmpty ? trimmed : folder + "/" + trimmed
        }
        if let hash = candidate.firstIndex(of: "#") { candidate = String(candidate[..<hash]) }
        guard let safe = MirrorPath.contained(candidate) else { return nil }
        for attempt in [safe, safe.removingPercentEncoding ?? safe] where !attempt.isEmpty {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(attempt).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                if !isDirectory.boolValue { return attempt }
                if FileManager.default.fileExists(atPath: path + "/index.html") { return attempt + "/index.html" }
            }
        }
        return nil
    }

    /// The canonical form of an address for matching: lower-case scheme and host, no fragment, no default port,
    /// a trailing `/` read as `/index.html` (what `wget` saves).
    static func normalize(_ address: String) -> String {
        var text = address.trimmingCharacters(in: .whitespaces)
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        guard let schemeEnd = text.range(of: "://") else { return text }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        let rest = text[schemeEnd.upperBound...]
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<slash].lowercased()
        if host.hasSuffix(":80") { host.removeLast(3) }
        var path = String(rest[slash...])
        if path.isEmpty { path = "/" }
        if path.hasSuffix("/") { path += "index.html" }
        return "\(scheme)://\(host)\(path)"
    }

    static func looksLikeHost(_ name: Substring) -> Bool {
        name.contains(".") && !name.contains(" ") && name.first?.isLetter == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }
            && !name.hasSuffix(".html") && !name.hasSuffix(".htm")
    }
}
