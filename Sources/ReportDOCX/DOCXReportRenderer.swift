public import DisclosureCore
public import Foundation
import ZIPFoundation

/// Renders a report as a Word document (Office Open XML, `.docx`): headings, prose, the tables of sections 二 to 四
/// with their merged cells (`w:gridSpan`, `w:vMerge`), A4 pages, 宋体 (SimSun) for Chinese text.
///
/// The bytes are deterministic: parts are written in a fixed order, stored uncompressed, with a fixed date
/// (1980-01-01 00:00, the earliest a ZIP can record) and fixed permissions, so a golden file stays stable.
public enum DOCXReportRenderer {
    /// The package parts in the order they are written: path inside the ZIP → XML text.
    public static func parts(_ report: AnnualReport) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", WordprocessingML.contentTypes),
            ("_rels/.rels", WordprocessingML.packageRelationships),
            ("docProps/core.xml", WordprocessingML.coreProperties(report)),
            ("word/_rels/document.xml.rels", WordprocessingML.documentRelationships),
            ("word/document.xml", WordprocessingML.document(report)),
            ("word/styles.xml", WordprocessingML.styles),
        ]
    }

    /// The `.docx` bytes.
    public static func render(_ report: AnnualReport) throws(DOCXError) -> Data {
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw DOCXError(part: "(package)", reason: "cannot create the ZIP archive: \(error)")
        }
        let fixedDate = Date(timeIntervalSince1970: 315_532_800)
        for (path, xml) in parts(report) {
            let data = Data(xml.utf8)
            do {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                    permissions: 0o644, compressionMethod: .none
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw DOCXError(part: path, reason: "cannot be added: \(error)")
            }
        }
        guard let data = archive.data else {
            throw DOCXError(part: "(package)", reason: "the in-memory archive has no data")
        }
        return data
    }
}
