import ArgumentParser
import DisclosureCore
import Foundation

/// `disclosure catalogue`: print the category catalogue as a tree or as JSON.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Print the category catalogue (目录) as a tree, or as JSON.",
        discussion: """
            Without --file, prints the standard catalogue of a county education bureau. The JSON form is the \
            format a bureau uses for its own catalogue (--file reads one, checks it and prints it).
            """
    )

    @Option(help: "A catalogue JSON file to print instead of the standard one.")
    var file: String?

    @Flag(help: "Print JSON instead of the tree.")
    var json = false

    func run() throws {
        let catalogue = try file.map(CatalogueLoader.load) ?? .countyEducationBureau
        if json {
            print(String(decoding: try catalogue.jsonData(), as: UTF8.self))
            return
        }
        if let name = catalogue.name { print(name) }
        catalogue.walk { category, depth in
            let indent = String(repeating: "  ", count: depth)
            var line = "\(indent)\(category.name)  [\(category.id.rawValue)]"
            let marks =
                category.roles.map(\.rawValue).sorted() + (category.keyArea.map { ["key area: \($0.rawValue)"] } ?? [])
            if !marks.isEmpty { line += "  (" + marks.joined(separator: ", ") + ")" }
            print(line)
        }
        for diagnostic in catalogue.lint() {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
    }
}
