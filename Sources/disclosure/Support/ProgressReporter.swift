import DisclosureMigration
import Foundation
import Synchronization

/// Progress on standard error: a bar redrawn in place on a terminal, plain lines (about every 5 % or 2 s)
/// when standard error is a file or a pipe, nothing with `--quiet`.
final class ProgressReporter: Sendable {
    private struct State {
        var lastLine = -1.0
        var lastPercent = -1
    }

    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let quiet: Bool
    private let state = Mutex(State())

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func report(_ progress: MigrationProgress) {
        guard !quiet else { return }
        let percent = progress.total > 0 ? progress.done * 100 / progress.total : 100
        let eta = progress.remaining.map { String(format: "%.0fs", $0) } ?? "?"
        let counts =
            "\(progress.done)/\(progress.total) files  \(String(format: "%.1f", progress.rate)) files/s  ETA \(eta)"
        if isTerminal {
            let width = 30
            let filled = progress.total > 0 ? width * progress.done / progress.total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            write("\r\(bar) \(String(format: "%3d", percent))%  \(counts)\u{1B}[K")
            if progress.done == progress.total { write("\n") }
            return
        }
        let shouldPrint = state.withLock { state -> Bool in
            let due =
                progress.elapsed - state.lastLine >= 2 || percent / 5 > state.lastPercent / 5
                || progress.done == progress.total
            if due {
                state.lastLine = progress.elapsed
                state.lastPercent = percent
            }
            return due
        }
        if shouldPrint { write("progress: \(percent)%  \(counts)  \(progress.file)\n") }
    }

    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
