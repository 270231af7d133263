import Foundation

/// Walks a folder lazily, depth first, in a fixed order (names sorted byte-wise within each folder), yielding the
/// path of every regular file relative to the root.
///
/// Only one folder listing is held at a time per level, so memory does not grow with the depth of the site (a
/// folder of 20,000 pages is one listing of 20,000 names). The order is the same on every run, which makes
/// migrations reproducible and resumable. Symbolic links are not followed (a mirror must not lead the walk outside
/// itself); they are yielded as files so they are accounted for. Folders are read with `readdir`, whose entry
/// types spare a `stat` per file.
struct SourceWalker: Sequence {
    let root: URL

    func makeIterator() -> Iterator {
        Iterator(root: root)
    }

    struct Iterator: IteratorProtocol {
        let root: URL
        private var stack: [(prefix: String, entries: [FolderEntry], index: Int)] = []

        init(root: URL) {
            self.root = root
            stack = [("", Self.sortedEntries(in: root.path), 0)]
        }

        mutating func next() -> String? {
            while var top = stack.popLast() {
                guard top.index < top.entries.count else { continue }
                let entry = top.entries[top.index]
                top.index += 1
                stack.append(top)
                let relative = top.prefix.isEmpty ? entry.name : top.prefix + "/" + entry.name
                if entry.isFolder {
                    stack.append((relative, Self.sortedEntries(in: root.path + "/" + relative), 0))
                    continue
                }
                return relative
            }
            return nil
        }

        private static func sortedEntries(in folder: String) -> [FolderEntry] {
            FolderEntry.list(folder).sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        }
    }

    /// The number of files the walk yields (a quick first pass for progress reporting).
    func count() -> Int {
        var total = 0
        for _ in self { total += 1 }
        return total
    }
}
