import Foundation

/// Remembers the answers of a pure function for recently seen inputs, shared by the threads that import one site.
///
/// The pages of a site repeat the same few stylesheets and column names, and reading them again costs far more than
/// a look-up. The memo holds at most `capacity` answers; when full it is emptied and fills again, which is as good
/// as any eviction for inputs that repeat on nearly every page.
/// (`@unchecked`: the dictionary is only touched under the lock; `Mutex` needs macOS 15.)
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Key: Value] = [:]
    private let capacity: Int

    /// Creates an empty memo that keeps at most `capacity` answers.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// The remembered answer for `key`, else `compute(key)` (computed outside the lock, then remembered).
    func value(for key: Key, _ compute: (Key) -> Value) -> Value {
        if let known = lock.withLock({ answers[key] }) { return known }
        let value = compute(key)
        lock.withLock {
            if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
            answers[key] = value
        }
        return value
    }

    /// How many answers are held (for tests).
    var count: Int { lock.withLock { answers.count } }
}
