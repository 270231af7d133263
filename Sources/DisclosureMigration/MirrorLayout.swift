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
        if isNormal(address) { return address }
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

    /// Whether a folder name is a host name (`mhjyj.ynmh.gov.cn`, `www.example.com:8080`): ASCII letters, digits,
    /// dots, hyphens and colons only, a letter first, a dot somewhere, and not a page's name.
    static func looksLikeHost(_ name: Substring) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, isASCIILetter(first), bytes.contains(UInt8(ascii: ".")) else { return false }
        let allowed = bytes.allSatisfy { byte in
            isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        }
        return allowed && !name.hasSuffix(".html") && !name.hasSuffix(".htm")
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether ``normalize(_:)`` would give the address back as it is (the common case, told from its bytes): no
    /// white space at its ends, no fragment, a scheme and host in lower-case ASCII without `:80`, and a path that does
    /// not end with `/`.
    private static func isNormal(_ address: String) -> Bool {
        let bytes = Array(address.utf8)
        guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80, first != 0x20, first != 0x09,
            last != 0x20, last != 0x09, last != UInt8(ascii: "/"), !bytes.contains(UInt8(ascii: "#"))
        else { return false }
        var schemeEnd: Int?
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"),
                bytes[index + 2] == UInt8(ascii: "/")
            {
                schemeEnd = index
                break
            }
            index += 1
        }
        guard let schemeEnd else { return false }
        let hostStart = schemeEnd + 3
        let hostEnd = bytes[hostStart...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
        guard hostEnd < bytes.count else { return false }
        let lowerASCII = { (byte: UInt8) in byte < 0x80 && !(0x41...0x5A).contains(byte) }
        guard bytes[..<schemeEnd].allSatisfy(lowerASCII), bytes[hostStart..<hostEnd].allSatisfy(lowerASCII) else {
            return false
        }
        return !bytes[hostStart..<hostEnd].reversed().starts(with: Array("08:".utf8))
    }
}
