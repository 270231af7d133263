import DisclosureCore
import Foundation
import Testing

/// Every page's canonical output against its golden file (`NAME.expected.jsonl`), byte for byte, naming the field
/// that differs; a libxml2 or importer change shows up here as a diff to read, never as a silent regeneration.
@Suite struct GoldenTests {
    /// Set to `1` to write missing goldens (only after the page's output was checked against its truth file).
    static let recording = ProcessInfo.processInfo.environment["PORTAL_RECORD_GOLDENS"] == "1"

    @Test(arguments: PortalFixtures.pages)
    func outputMatchesGolden(_ page: String) throws {
        let output = try PortalFixtures.jsonLines(page)
        let url = PortalFixtures.goldenURL(page)
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            if Self.recording {
                try output.write(to: url, atomically: true, encoding: .utf8)
                return
            }
            Issue.record("\(page): no golden file \(url.lastPathComponent)")
            return
        }
        if output != golden {
            Issue.record("\(page): output differs from \(url.lastPathComponent): \(Self.differences(output, golden))")
        }
    }

    /// The fields that differ between two JSON Lines texts, line by line.
    static func differences(_ output: String, _ golden: String) -> String {
        let left = output.split(separator: "\n").map { Self.object($0) }
        let right = golden.split(separator: "\n").map { Self.object($0) }
        guard left.count == right.count else { return "\(left.count) lines instead of \(right.count)" }
        var found: [String] = []
        for (index, (got, want)) in zip(left, right).enumerated() {
            for key in Set(got.keys).union(want.keys).sorted() where got[key] != want[key] {
                found.append(
                    "line \(index + 1) field \(key): got \(got[key] ?? "nothing"), golden \(want[key] ?? "nothing")")
            }
        }
        return found.isEmpty ? "formatting only" : found.joined(separator: "; ")
    }

    /// A JSON object's top-level fields, each re-encoded canonically.
    private static func object(_ line: Substring) -> [String: String] {
        guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return ["(line)": String(line)] }
        var fields: [String: String] = [:]
        for (key, value) in object {
            let encoded = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
            fields[key] = encoded.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
        }
        return fields
    }
}
