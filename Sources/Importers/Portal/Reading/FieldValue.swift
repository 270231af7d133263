/// A metadata value found on a page, and where: the raw text and the step of the fallback chain that gave it.
struct FieldValue: Hashable, Sendable {
    /// The text, white space folded.
    var text: String
    /// The step that found it: `profile`, `meta:PubDate`, `table`, `info line`, `title block`, `<title>`, `url` …
    var origin: String
    /// The element it was read from, when there is one (`td.label + td`).
    var element: String?
    /// The label as printed (`主题分类`), for values read from a metadata table.
    var label: String?
}
