import DisclosureMigration
import Foundation
import ImportKit
import Portal

/// Supplies the continuation pages of split articles during a migration: from the mirror, by the page's path
/// relative to the mirror root. A reference that would lead outside the root (`../` beyond it, an absolute path)
/// is refused, so a hostile page cannot make the migration read other files.
enum MirrorSiblingFiles {
    static func provider(root: URL) -> SiblingPages {
        SiblingPages { request in
            guard let relative = MirrorPath.contained(request.path) else { return nil }
            guard !relative.isEmpty, relative != request.from.path,
                let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)
            else { return nil }
            return ImportSource(bytes: [UInt8](data), path: relative, originalURL: request.url)
        }
    }
}
