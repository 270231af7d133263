import ArgumentParser
import DisclosureCore
import Foundation

/// Reading report inputs and reports named on the command line, and writing outputs, with errors naming the file.
enum ReportFiles {
    /// A one-line reason on standard error and exit status 2.
    static func failure(_ message: String) -> ExitCode {
        note(message)
        return ExitCode(2)
    }

    /// A line on standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// The input file (DATA.json).
    static func input(_ path: String) throws -> ReportInput {
        let data = try InputFile.readBytes(path)
        do {
            return try JSONDecoder().decode(ReportInput.self, from: data)
        } catch {
            throw failure("\(path): not a report input: \(DisclosureJSON.describe(error))")
        }
    }

    /// A report in canonical JSON.
    static func report(_ path: String) throws -> AnnualReport {
        let data = try InputFile.readBytes(path)
        do {
            return try JSONDecoder().decode(AnnualReport.self, from: data)
        } catch {
            throw failure("\(path): not a report in canonical JSON: \(DisclosureJSON.describe(error))")
        }
    }

    /// Reads paths written in an input file, relative to that file's folder.
    static func reader(relativeTo input: String) -> (String) throws -> Data {
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        return { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            return try Data(contentsOf: url)
        }
    }

    /// Writes the output to a file, or to standard output when no file is given.
    static func write(_ bytes: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(bytes)
            if bytes.last != UInt8(ascii: "\n") { FileHandle.standardOutput.write(Data("\n".utf8)) }
            return
        }
        do {
            try bytes.write(to: URL(fileURLWithPath: path))
        } catch {
            throw failure("\(path): cannot be written (\(error.localizedDescription))")
        }
    }
}
