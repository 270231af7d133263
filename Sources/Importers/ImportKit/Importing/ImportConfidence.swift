/// How sure an importer is that it can read a source; the migration picks the most confident importer.
public enum ImportConfidence: Int, Comparable, Hashable, Sendable, CaseIterable {
    /// Not this importer's kind of input.
    case no = 0
    /// Could be: a generic shape (any HTML page, any delimited text).
    case possible = 1
    /// A clear signature of this importer's kind (an SpreadsheetML processing instruction, a known CMS meta tag).
    case certain = 2

    /// Orders from ``no`` to ``certain``.
    public static func < (lhs: ImportConfidence, rhs: ImportConfidence) -> Bool { lhs.rawValue < rhs.rawValue }
}
