import Foundation

/// One name in a folder, and whether it is a folder to walk into (never a symbolic link to one).
struct FolderEntry {
    let name: String
    let isFolder: Bool

    // Fields are read in place: an entry may be shorter than `dirent` (its record ends with the name).
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 0

    /// The entries of a folder but `.` and `..`, in the order the file system gives them; none when it cannot be
    /// read.
    static func list(_ path: String) -> [FolderEntry] {
        guard let handle = opendir(path) else { return [] }
        defer { closedir(handle) }
        var entries: [FolderEntry] = []
        while let pointer = readdir(handle) {
            let name = String(
                cString: UnsafeRawPointer(pointer).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
            guard name != ".", name != ".." else { continue }
            let type = UnsafeRawPointer(pointer).load(fromByteOffset: Self.typeOffset, as: UInt8.self)
            let isFolder: Bool
            if type == UInt8(DT_DIR) {
                isFolder = true
            } else if type == UInt8(DT_UNKNOWN) {
                // Some file systems do not say: ask, without following a link.
                var status = stat()
                isFolder = lstat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            } else {
                isFolder = false
            }
            entries.append(FolderEntry(name: name, isFolder: isFolder))
        }
        return entries
    }
}
