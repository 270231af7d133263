import DisclosureCore
import Foundation

/// Keeps the column matcher of the last catalogue and mapping used, so that importing a site's pages one by one
/// does not rebuild the matcher's indexes for every page, with the matches of the column texts it has seen (a site
/// names the same few columns on every page, and matching normalises each text through Unicode tables).
/// (`@unchecked`: the one mutable value is only touched under the lock; `Mutex` needs macOS 15.)
final class MatcherCache: @unchecked Sendable {
    private struct Entry {
        var catalogue: Catalogue
        var mapping: ColumnMapping
        var matcher: MemoizedColumnMatcher?
    }

    private let lock = NSLock()
    private var last: Entry?

    /// Creates an empty cache.
    init() {}

    /// The matcher for a catalogue and mapping; nil (with the error's text) when the mapping names unknown nodes.
    func matcher(catalogue: Catalogue, mapping: ColumnMapping) -> (MemoizedColumnMatcher?, String?) {
        let cached: MemoizedColumnMatcher?? = lock.withLock {
            guard let entry = last, entry.mapping == mapping, entry.catalogue == catalogue else { return nil }
            return .some(entry.matcher)
        }
        if let cached { return (cached, nil) }
        var problem: String?
        let matcher: MemoizedColumnMatcher?
        do {
            matcher = MemoizedColumnMatcher(try ColumnMatcher(catalogue: catalogue, mapping: mapping))
        } catch {
            matcher = nil
            problem = String(describing: error)
        }
        lock.withLock { last = Entry(catalogue: catalogue, mapping: mapping, matcher: matcher) }
        return (matcher, problem)
    }
}
