/// Paths inside a mirror: a reference found in an untrusted page is resolved only if it stays inside the root.
public enum MirrorPath {
    /// Resolves `.` and `..` segments of a relative path; `nil` when the path is absolute or `..` would climb above
    /// the mirror's root (a hostile page must not make the migration read other files).
    public static func contained(_ path: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
