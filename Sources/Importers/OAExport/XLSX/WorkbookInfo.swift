import ImportKit
import LibXML

/// What `xl/workbook.xml` and its relationships say: the sheets in order, the date system, and where the
/// shared strings and styles are.
struct WorkbookInfo {
    /// A worksheet's name and its part path inside the archive.
    struct Sheet {
        var name: String
        var path: String
    }

    var sheets: [Sheet] = []
    var uses1904 = false
    var sharedStringsPath: String?
    var stylesPath: String?

    static let workbookPath = "xl/workbook.xml"

    init(zip: SafeZip, file: String) throws(ImportError) {
        let workbook = try Self.document(zip, Self.workbookPath, file: file)
        let relsPath = "xl/_rels/workbook.xml.rels"
        var targets: [String: (type: String, target: String)] = [:]
        if zip.contains(relsPath) {
            let rels = try Self.document(zip, relsPath, file: file)
            for relation in (try? rels.xpath("//*[local-name()='Relationship']")) ?? [] {
                guard let id = relation.attribute("Id"), let target = relation.attribute("Target") else { continue }
                if relation.attribute("TargetMode") == "External" { continue }
                let resolved = try SafeZip.resolve(target, from: "xl", file: file)
                targets[id] = (relation.attribute("Type") ?? "", resolved)
            }
        }
        let flag = (try? workbook.string("string(//*[local-name()='workbookPr']/@date1904)")) ?? ""
        uses1904 = flag == "1" || flag.lowercased() == "true"
        for sheet in (try? workbook.xpath("//*[local-name()='sheets']/*[local-name()='sheet']")) ?? [] {
            let name = sheet.attribute("name") ?? "Sheet"
            let id = sheet.attributes.first { $0.name.hasSuffix(":id") }?.value
            if let id, let target = targets[id]?.target, zip.contains(target) {
                sheets.append(Sheet(name: name, path: target))
            }
        }
        if sheets.isEmpty, zip.contains("xl/worksheets/sheet1.xml") {
            sheets.append(Sheet(name: "Sheet1", path: "xl/worksheets/sheet1.xml"))
        }
        sharedStringsPath = targets.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
        if sharedStringsPath == nil, zip.contains("xl/sharedStrings.xml") { sharedStringsPath = "xl/sharedStrings.xml" }
        stylesPath = targets.values.first { $0.type.hasSuffix("/styles") }?.target
        if stylesPath == nil, zip.contains("xl/styles.xml") { stylesPath = "xl/styles.xml" }
        if let path = sharedStringsPath, !zip.contains(path) { sharedStringsPath = nil }
        if let path = stylesPath, !zip.contains(path) { stylesPath = nil }
    }

    static func document(_ zip: SafeZip, _ path: String, file: String) throws(ImportError) -> Document {
        let bytes = try zip.read(path)
        do {
            return try Document.xml(bytes, encoding: "UTF-8", baseURL: "\(file)!/\(path)")
        } catch {
            throw XLSXError.xml(error, file: file, part: path)
        }
    }
}
