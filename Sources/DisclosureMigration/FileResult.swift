import ImportKit

/// What processing one file produced, before it is written.
struct FileResult: Sendable {
    enum Kind: Sendable {
        case unchanged
        case failed(String)
        case asset(mediaType: String)
        case unrecognised(mediaType: String, importer: String, reason: String)
        case imported(ImportResult, importer: String)
        /// A source for a streaming importer: the writer imports it when its turn comes, writing the records as the
        /// importer hands them over, so they are never all held at once.
        case streamed(ImportSource, importer: any StreamingImporter, confidence: ImportConfidence)
    }

    let input: InputFile
    let contentHash: String?
    let action: FileAction
    let kind: Kind
}
