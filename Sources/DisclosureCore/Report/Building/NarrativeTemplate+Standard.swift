import Foundation

extension NarrativeTemplate {
    /// The library's default narrative for an edition: every figure a placeholder, the sections that only the
    /// bureau can write marked for it to fill in. Used when a report is built without a narrative of its own.
    public static func standard(for edition: ReportEdition) -> NarrativeTemplate {
        let name = edition == .narrative2018 ? "narrative2018" : edition.rawValue
        guard
            let url = Bundle.module.url(
                forResource: name, withExtension: "md", subdirectory: "report-templates"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            // The templates are part of the library's resources; a missing one is a packaging error.
            preconditionFailure("the standard narrative template \(name).md is missing from DisclosureCore's resources")
        }
        return NarrativeTemplate(markdown: text)
    }
}
