public import ImportKit

/// The OA-export importers, for the composition root to list (there is no run-time registry).
public enum OAExportImporters {
    /// Every importer of this module, most specific first: binary Office refusal, EEP packages, workbooks,
    /// SpreadsheetML, HTML-table registers, file-platform listings, CSV.
    public static let all: [any Importer] = [
        OABinaryOfficeImporter(), OAEEPImporter(), OAXLSXImporter(), OASpreadsheetMLImporter(),
        OAHTMLTableImporter(), FileListingImporter(), OACSVImporter(),
    ]

    /// The importers that stream register rows one at a time.
    public static let streaming: [any OAStreamingImporter] = [
        OAEEPImporter(), OAXLSXImporter(), OASpreadsheetMLImporter(), OAHTMLTableImporter(), OACSVImporter(),
    ]

    /// The most confident importer of this module for a source, or nil when none reads it.
    public static func importer(for source: ImportSource) -> (any Importer)? {
        all.mostConfident(for: source)?.importer
    }
}
