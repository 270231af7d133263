import Foundation

/// Renders a report as canonical JSON: keys sorted, indented, UTF-8 as is, ending with a newline.
public enum JSONReportRenderer {
    /// The JSON text.
    public static func render(_ report: AnnualReport) throws -> String {
        String(decoding: try DisclosureJSON.prettyEncoder().encode(report), as: UTF8.self) + "\n"
    }
}
