import Foundation

/// The archive's one writer, on a thread of its own: it takes processed files in walk order, writes them a batch
/// per transaction, and reports progress, while the parsing tasks keep every core busy with the next files.
///
/// The files handed over wait in a queue; ``waitUntilWritten(atLeast:)`` lets the producer hold back when it is too
/// far ahead, so at most a bounded window of parsed files is in memory. A failed write stops the thread; the
/// failure is rethrown to the producer by the next wait and by ``finish()``.
final class WriterThread: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [FileResult] = []
    private var inputEnded = false
    private var finished = false
    private var failure: (any Error)?
    private var written = 0
    private var waiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    private var writer: BatchWriter
    private let batchSize: Int
    private let report: @Sendable (FileResult, Int) -> Void

    /// Starts the thread; `report` is called on it after each file is committed, with the number written so far.
    init(writer: BatchWriter, batchSize: Int, report: @escaping @Sendable (FileResult, Int) -> Void) {
        self.writer = writer
        self.batchSize = max(1, batchSize)
        self.report = report
        let thread = Thread { [self] in self.main() }
        thread.name = "disclosure-archive-writer"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// How many files have been committed.
    var writtenCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return written
    }

    /// Hands over the next file in walk order.
    func submit(_ result: FileResult) {
        condition.lock()
        queue.append(result)
        // The thread waits for a whole batch: wake it only when one is there.
        if queue.count >= batchSize { condition.signal() }
        condition.unlock()
    }

    /// Says no more files will come: the thread writes what is queued and stops.
    func endInput() {
        condition.lock()
        inputEnded = true
        condition.signal()
        condition.unlock()
    }

    /// Returns once `count` files are committed, or the writer stopped; throws the writer's failure.
    func waitUntilWritten(atLeast count: Int) async throws {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            if written >= count || finished || failure != nil {
                condition.unlock()
                continuation.resume()
                return
            }
            waiters.append((count, continuation))
            condition.unlock()
        }
        try checkFailure()
    }

    /// Throws the writer's failure, if it failed.
    func checkFailure() throws {
        condition.lock()
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Ends the input, waits for everything queued to be written, and returns the writer (with its counts).
    func finish() async throws -> BatchWriter {
        endInput()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            if finished {
                condition.unlock()
                continuation.resume()
                return
            }
            waiters.append((Int.max, continuation))
            condition.unlock()
        }
        try checkFailure()
        return finishedWriter()
    }

    private func finishedWriter() -> BatchWriter {
        condition.lock()
        defer { condition.unlock() }
        return writer
    }

    // MARK: - The thread

    private func main() {
        while let batch = nextBatch() {
            do {
                try writer.write(batch)
            } catch {
                condition.lock()
                failure = error
                condition.unlock()
                break
            }
            condition.lock()
            let before = written
            written += batch.count
            let ready = takeWaiters()
            condition.unlock()
            for (offset, result) in batch.enumerated() { report(result, before + offset + 1) }
            for continuation in ready { continuation.resume() }
        }
        condition.lock()
        finished = true
        let ready = takeWaiters()
        condition.unlock()
        for continuation in ready { continuation.resume() }
    }

    /// The next batch: `batchSize` files, or what is left once the input ended; nil when there is nothing more.
    private func nextBatch() -> [FileResult]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.count < batchSize, !inputEnded {
            condition.wait()
        }
        guard !queue.isEmpty else { return nil }
        let batch = Array(queue.prefix(batchSize))
        queue.removeFirst(batch.count)
        return batch
    }

    /// The waiters whose wait is over (all of them once the thread stopped); called with the lock held.
    private func takeWaiters() -> [CheckedContinuation<Void, Never>] {
        let over = finished || failure != nil
        var ready: [CheckedContinuation<Void, Never>] = []
        waiters.removeAll { waiter in
            guard over || written >= waiter.count else { return false }
            ready.append(waiter.continuation)
            return true
        }
        return ready
    }
}
