// Migration benchmark: generates legacy sites of several sizes with the fixture generator and migrates each into a
// fresh archive with the release build of `disclosure`, measuring pages per second, the peak resident memory of the
// migrating process, and the archive's size. Run it with:
//
//     swift build -c release --product disclosure && swift run -c release migration-bench [PAGES ...]
//
// Each migration runs in its own child process, so its peak RSS (getrusage of the waited-for child) is its own.

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Measurement {
    var pages: Int
    var files: Int
    var seconds: Double
    var peakRSSMegabytes: Double
    var archiveMegabytes: Double
}

/// Runs a command, waits for it, and returns its wall time and peak RSS in MB.
func measure(_ executable: URL, _ arguments: [String]) throws -> (seconds: Double, peakMB: Double, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let start = Date()
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(process.processIdentifier, &status, 0, &usage)
    let seconds = Date().timeIntervalSince(start)
    guard status == 0 else {
        throw NSError(domain: "bench", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "\(arguments) failed"])
    }
    return (seconds, Double(usage.ru_maxrss) / 1024, String(decoding: data, as: UTF8.self))
}

func fileSize(_ path: String) -> Double {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return Double((attributes?[.size] as? Int) ?? 0) / 1_048_576
}

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "disclosure")
guard FileManager.default.isExecutableFile(atPath: binary.path) else {
    print("build the tool first: swift build -c release --product disclosure")
    exit(2)
}
let sizes = CommandLine.arguments.dropFirst().compactMap(Int.init)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("migration-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: work) }
var results: [Measurement] = []
for pages in sizes.isEmpty ? [2_000, 20_000] : sizes {
    let site = work.appendingPathComponent("site-\(pages)")
    let archive = work.appendingPathComponent("archive-\(pages).sqlite").path
    _ = try measure(binary, ["fixtures", "generate", "--out", site.path, "--pages", String(pages), "--seed", "7"])
    let run = try measure(binary, ["migrate", site.path, "--store", archive, "--quiet"])
    let files =
        run.output.split(separator: "\n").first { $0.hasPrefix("files walked") }
        .flatMap { $0.split(separator: " ").compactMap { Int($0) }.first } ?? 0
    results.append(
        Measurement(
            pages: pages, files: files, seconds: run.seconds, peakRSSMegabytes: run.peakMB,
            archiveMegabytes: fileSize(archive)))
    try? FileManager.default.removeItem(at: site)
}
print("pages    files   seconds   pages/s   files/s   peak RSS MB   archive MB")
for r in results {
    print(
        String(
            format: "%6d  %6d  %8.2f  %8.1f  %8.1f  %12.1f  %11.1f", r.pages, r.files, r.seconds,
            Double(r.pages) / r.seconds, Double(r.files) / r.seconds, r.peakRSSMegabytes, r.archiveMegabytes))
}
if results.count >= 2, let small = results.first, let large = results.last {
    let growth = (large.peakRSSMegabytes - small.peakRSSMegabytes) / small.peakRSSMegabytes * 100
    print(String(format: "peak RSS growth from %d to %d pages: %.1f %%", small.pages, large.pages, growth))
}
