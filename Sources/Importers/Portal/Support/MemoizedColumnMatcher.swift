import DisclosureCore

/// A column matcher with a memo of its answers (``ColumnMatcher/match(_:)`` is a pure function of the text).
struct MemoizedColumnMatcher: Sendable {
    /// The matcher.
    let matcher: ColumnMatcher
    private let memo = BoundedMemo<String, ColumnMatch?>(capacity: 4096)

    /// Wraps a matcher with an empty memo.
    init(_ matcher: ColumnMatcher) {
        self.matcher = matcher
    }

    /// The site mapping the matcher applies.
    var mapping: ColumnMapping { matcher.mapping }

    /// ``ColumnMatcher/match(_:)``, remembered.
    func match(_ column: String) -> ColumnMatch? {
        memo.value(for: column) { matcher.match($0) }
    }
}
