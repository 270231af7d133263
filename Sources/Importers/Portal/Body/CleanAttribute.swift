/// One kept attribute of a sanitized element.
struct CleanAttribute: Hashable, Sendable {
    /// The lower-case name.
    var name: String
    /// The value (a resolved address for `href` and `src`).
    var value: String
}
