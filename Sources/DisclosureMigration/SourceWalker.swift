import Foundation

/// Walks a folder lazily, depth first, in a fixed order (names sorted byte-wise within each folder), yielding the
/// path of every regular file relative to the root.
///
/// Only one folder listing is held at a time per level, so memory does not grow with the size of the site. The
/// order is the same on every run, which makes migrations reproducible and resumable. Symbolic links are not
/// followed (a mirror must not lead the walk outside itself); they are yielded as files so they are accounted for.
struct SourceWalker: Sequence {
    let root: URL

    func makeIterator() -> Iterator {
        Iterator(root: root)
    }

    struct Iterator: IteratorProtocol {
        let root: URL
        private var stack: [(prefix: String, names: [String], index: Int)] = []

        init(root: URL) {
            self.root = root
            stack = [("", Self.sortedNames(in: root), 0)]
        }

        mutating func next() -> String? {
            while var top = stack.popLast() {
                guard top.index < top.names.count else { continue }
                let name = top.names[top.index]
                top.index += 1
                stack.append(top)
                let relative = top.prefix.isEmpty ? name : top.prefix + "/" + name
                let url = root.appendingPathComponent(relative, isDirectory: false)
                let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                if values?.isDirectory == true, values?.isSymbolicLink != true {
                    stack.append((relative, Self.sortedNames(in: url), 0))
                    continue
                }
                return relative
            }
            return nil
        }

        private static func sortedNames(in folder: URL) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
    }

    /// The number of files the walk yields (a quick first pass for progress reporting).
    func count() -> Int {
        var total = 0
        for _ in self { total += 1 }
        return total
    }
}
