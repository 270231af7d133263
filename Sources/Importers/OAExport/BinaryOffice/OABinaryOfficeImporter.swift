public import ImportKit

/// Recognises binary Office 97–2003 files (OLE2 compound files: BIFF `.xls`, Word `.doc`) and refuses them
/// with an error that tells the user what to do: save the file as `.xlsx` or CSV and import that.
/// Importer identifier `oa-binary-office`.
///
/// It exists so that such a file gets a clear answer instead of "no importer", or worse, being read as text.
public struct OABinaryOfficeImporter: Importer {
    /// `oa-binary-office`.
    public let identifier = "oa-binary-office"

    /// Creates the importer.
    public init() {}

    /// Certain for the OLE2 magic `D0 CF 11 E0 A1 B1 1A E1`.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        ContentSignature.isOLE2(source.bytes) ? .certain : .no
    }

    /// Always throws `oa.binary-xls-unsupported` for an OLE2 file (and `oa.not-binary-office` otherwise).
    public func importSource(_ source: ImportSource, context: ImportContext) throws(ImportError) -> ImportResult {
        guard ContentSignature.isOLE2(source.bytes) else {
            throw ImportError(
                code: "oa.not-binary-office", file: source.path, message: "not an OLE2 (binary Office) file")
        }
        throw ContentSignature.binaryOfficeError(source.path)
    }
}
