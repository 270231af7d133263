import ArgumentParser
import Foundation

/// Reading the files named on the command line, with errors that name the file.
enum InputFile {
    /// The bytes of a file, or of standard input for `-`.
    static func readBytes(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no such file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError("\(path): cannot be read (\(error.localizedDescription))")
        }
    }

    /// The text of a UTF-8 file, or of standard input for `-`.
    static func readText(_ path: String) throws -> String {
        let data = try readBytes(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): not UTF-8 text")
        }
        return text
    }
}
