import Foundation

/// The mirror's files in walk order, then the extra files.
struct InputSequence: IteratorProtocol {
    var walker: SourceWalker.Iterator
    var extras: [URL]
    private var extraIndex = 0

    init(walker: SourceWalker.Iterator, extras: [URL]) {
        self.walker = walker
        self.extras = extras
    }

    mutating func next() -> InputFile? {
        if let path = walker.next() {
            return InputFile(relativePath: path, url: walker.root.appendingPathComponent(path), isExtra: false)
        }
        guard extraIndex < extras.count else { return nil }
        defer { extraIndex += 1 }
        let url = extras[extraIndex].standardizedFileURL
        return InputFile(relativePath: url.path, url: url, isExtra: true)
    }
}
