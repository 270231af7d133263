// Migration benchmark: generates legacy sites of several sizes with the fixture generator and migrates each into a
// fresh archive with the release build of `disclosure`, measuring pages per second, the peak resident memory of the
// migrating process, and the archive's size. Run it with:
//
//     swift build -c release --product disclosure && swift run -c release migration-bench [PAGES ...]
//
// Each migration runs in its own child process, so its peak RSS (its own VmHWM) and its CPU time (user + system, from
// getrusage of the reaped children before and after it) are its own. CPU time over wall time says how many cores the
// migration kept busy.

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Measurement {
    var pages: Int
    var files: Int
    var seconds: Double
    var cpuSeconds: Double
    var peakRSSMegabytes: Double
    var archiveMegabytes: Double
}

/// User plus system CPU seconds of every child process reaped so far.
func childrenCPUSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    #else
        getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs a command, waits for it, and returns its wall time, CPU time (user + system) and peak RSS in MB.
///
/// The peak is the child's own high-water mark (`VmHWM` in `/proc/PID/status`), read every 10 ms while it runs;
/// the mark only grows, so the last reading before it exits is its peak (to within the last 10 ms).
func measure(
    _ executable: URL, _ arguments: [String]
) throws -> (seconds: Double, cpuSeconds: Double, peakMB: Double, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let cpuBefore = childrenCPUSeconds()
    let start = Date()
    try process.run()
    let status = "/proc/\(process.processIdentifier)/status"
    var peakKB = 0.0
    // The summary the tool prints is small (well under a pipe's buffer), so it is read after the child exits.
    while process.isRunning {
        if let text = try? String(contentsOfFile: status, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kb = line.split(separator: " ").compactMap({ Double($0) }).first
        {
            peakKB = max(peakKB, kb)
        }
        usleep(10_000)
    }
    process.waitUntilExit()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let seconds = Date().timeIntervalSince(start)
    let cpuSeconds = childrenCPUSeconds() - cpuBefore
    guard process.terminationStatus == 0 else {
        throw NSError(
            domain: "bench", code: Int(process.terminationStatus),
            userInfo: [NSLocalizedDescriptionKey: "\(arguments) failed"])
    }
    return (seconds, cpuSeconds, peakKB / 1024, String(decoding: data, as: UTF8.self))
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
            pages: pages, files: files, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRSSMegabytes: run.peakMB,
            archiveMegabytes: fileSize(archive)))
    try? FileManager.default.removeItem(at: site)
}
print("pages    files   seconds   pages/s   files/s   CPU s   cores   peak RSS MB   archive MB")
for r in results {
    print(
        String(
            format: "%6d  %6d  %8.2f  %8.1f  %8.1f  %6.1f  %6.2f  %12.1f  %11.1f", r.pages, r.files, r.seconds,
            Double(r.pages) / r.seconds, Double(r.files) / r.seconds, r.cpuSeconds, r.cpuSeconds / r.seconds,
            r.peakRSSMegabytes, r.archiveMegabytes))
}
if results.count >= 2, let small = results.first, let large = results.last {
    let growth = (large.peakRSSMegabytes - small.peakRSSMegabytes) / small.peakRSSMegabytes * 100
    print(String(format: "peak RSS growth from %d to %d pages: %.1f %%", small.pages, large.pages, growth))
}
