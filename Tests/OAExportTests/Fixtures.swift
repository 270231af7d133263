import DisclosureCore
import Foundation
import ImportKit
import OAExport
import Testing

/// The fixtures of `fixtures/oa/` and their goldens.
enum Fixtures {
    /// The repository root (this file is `Tests/OAExportTests/Fixtures.swift`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fixture as an import source whose path is relative to the repository root, so goldens do not
    /// depend on where the repository lives.
    static func source(_ name: String) throws -> ImportSource {
        let path = "fixtures/oa/\(name)"
        let data = try Data(contentsOf: root.appendingPathComponent(path))
        return ImportSource(bytes: [UInt8](data), path: path)
    }

    /// The canonical JSON lines of a result: one per record (or per indexed file for a file index).
    static func lines(of result: ImportResult) throws -> [String] {
        if result.outcome == .fileIndex { return try result.files.map { try DisclosureJSON.line($0) } }
        return try result.items.map { try DisclosureJSON.line($0) }
    }

    /// Compares the lines with `fixtures/oa/NAME.expected.jsonl` byte for byte, reporting the first differing
    /// row and the fields that differ. With `OA_WRITE_GOLDENS=1` the golden is written instead (then read it!).
    /// File indexes use `NAME.expected-files.jsonl`: their lines are indexed files, not items, so CI's
    /// item-schema check (`scripts/validate-schemas.py`, which reads `*.expected.jsonl`) leaves them alone.
    static func compareWithGolden(
        _ name: String, _ lines: [String], files: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let suffix = files ? "expected-files" : "expected"
        let url = root.appendingPathComponent("fixtures/oa/\(name).\(suffix).jsonl")
        let text = lines.map { $0 + "\n" }.joined()
        if ProcessInfo.processInfo.environment["OA_WRITE_GOLDENS"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        if golden == text { return }
        let expected = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let actual = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in 0..<max(expected.count, actual.count) {
            let want = index < expected.count ? expected[index] : "<missing>"
            let got = index < actual.count ? actual[index] : "<missing>"
            guard want != got else { continue }
            Issue.record(
                "\(name): record \(index + 1) differs; fields: \(differingFields(want, got))\n  golden: \(want)\n  actual: \(got)",
                sourceLocation: sourceLocation)
            return
        }
    }

    /// The top-level keys whose values differ between two JSON objects.
    static func differingFields(_ lhs: String, _ rhs: String) -> String {
        func object(_ text: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        }
        let left = object(lhs)
        let right = object(rhs)
        let keys = Set(left.keys).union(right.keys).sorted()
        let differing = keys.filter { key in
            let a = left[key].map { "\($0)" }
            let b = right[key].map { "\($0)" }
            return a != b
        }
        return differing.joined(separator: ", ")
    }
}
