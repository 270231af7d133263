import ArgumentParser
import DisclosureCore
import Foundation

/// Loading a bureau's own catalogue file named on the command line.
enum CatalogueLoader {
    /// The catalogue in a JSON file (the format of `disclosure catalogue --json`), with an error naming the file.
    static func load(_ path: String) throws -> Catalogue {
        let data = try InputFile.readBytes(path)
        do {
            return try Catalogue(jsonData: data)
        } catch {
            throw ValidationError("\(path): not a valid catalogue: \(error)")
        }
    }
}
