import DisclosureCore
import Foundation

/// Keeps the column matcher of the last catalogue and mapping used, so that importing a site's pages one by one
/// does not rebuild the matcher's indexes for every page.
/// (`@unchecked`: the one mutable value is only touched under the lock; `Mutex` needs macOS 15.)
final class MatcherCache: @unchecked Sendable {
    private struct Entry {
        var catalogue: Catalogue
        var mapping: ColumnMapping
        var matcher: ColumnMatcher?
    }

    private let lock = NSLock()
    private var last: Entry?

    /// Creates an empty cache.
    init() {}

    /// The matcher for a catalogue and mapping; nil (with the error's text) when the mapping names unknown nodes.
    func matcher(catalogue: Catalogue, mapping: ColumnMapping) -> (ColumnMatcher?, String?) {
        let cached: ColumnMatcher?? = lock.withLock {
            guard let entry = last, entry.mapping == mapping, entry.catalogue == catalogue else { return nil }
            return .some(entry.matcher)
        }
        if let cached { return (cached, nil) }
        var problem: String?
        let matcher: ColumnMatcher?
        do {
            matcher = try ColumnMatcher(catalogue: catalogue, mapping: mapping)
        } catch {
            matcher = nil
            problem = String(describing: error)
        }
        lock.withLock { last = Entry(catalogue: catalogue, mapping: mapping, matcher: matcher) }
        return (matcher, problem)
    }
}
