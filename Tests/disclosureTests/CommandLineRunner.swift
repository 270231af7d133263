import Foundation

/// Runs the built `disclosure` executable, as a user would, and captures what it prints.
struct CommandLineRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding the built products (the test bundle sits beside the executable).
    static var productsDirectory: URL {
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1 {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("disclosure").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    /// The repository root, for fixtures.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("disclosure")
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts the tool, waits until its standard error contains `marker`, then kills it with SIGKILL. Returns
    /// whether it was killed (false when it finished first).
    static func runUntilKilled(_ arguments: [String], whenStandardErrorContains marker: String) throws -> Bool {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("disclosure")
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while process.isRunning {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if seen.contains(marker) {
                kill(process.processIdentifier, SIGKILL)
                break
            }
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }
}
