import ImportKit
import LibXML

/// Builds the `ImportError`s of the `.xlsx` importer from libxml2 failures, naming the part of the workbook.
enum XLSXError {
    /// A part of the workbook that is not well-formed XML, or declares entities (refused).
    static func xml(_ error: LibXMLError, file: String, part: String) -> ImportError {
        let code = error.code == .entityDeclarationRefused ? "xml.entity-declaration" : "oa.xlsx-part-malformed"
        return ImportError(
            code: code, file: file, line: error.line, element: part,
            message: "\(part): \(error.message)")
    }
}
