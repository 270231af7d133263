import DisclosureCore
import Foundation
public import ImportKit
import LibXML

/// Reads DA/T 48-2009 electronic-file encapsulation packages (EEP, 电子文件封装包): XML with Chinese element
/// names under the root `电子文件封装包` (namespace `http://www.saac.gov.cn/standards/ERM/encapsulation`, or
/// none), in UTF-8 or GBK, alone or zipped with the files they reference. Importer identifier `oa-eep`.
///
/// Each leaf `文件实体` becomes one item. Its metadata elements (题名, 文件编号, 责任者, 日期, 文种, 密级 …) are
/// read through the same label table and rules as a register's columns, so a 密级 makes the item 不予公开 just
/// as in a spreadsheet; elements with no mapping are kept in `extraFields` under their names. The 档号 is
/// read flat (`0001-WS·2018-Y-BGS-0012`) or nested (全宗号/年度/保管期限/机构或问题/件号, joined with `-`) into
/// the provenance's `legacyID`. Documents become attachments: inline Base64 `编码数据` is decoded and hashed;
/// a referenced file (`文件路径`/`存储路径`/`引用路径`) is hashed when the zip holds it. A record's `row` is the
/// line of its `文件实体` element.
public struct OAEEPImporter: OAStreamingImporter {
    /// `oa-eep`.
    public let identifier = "oa-eep"
    /// The DA/T 48 namespace.
    public static let namespace = "http://www.saac.gov.cn/standards/ERM/encapsulation"
    /// The root element name.
    public static let rootName = "电子文件封装包"
    /// The limits applied to a zipped package.
    public var limits: ZipLimits

    /// Creates the importer.
    public init(limits: ZipLimits = ZipLimits()) {
        self.limits = limits
    }

    /// Certain for XML naming the EEP root or namespace in its first bytes, and for a zip holding such XML.
    public func sniff(_ source: ImportSource) -> ImportConfidence {
        if ContentSignature.isZip(source.bytes) {
            guard let zip = try? SafeZip(bytes: source.bytes, file: source.path, limits: limits) else { return .no }
            return packagePaths(in: zip).isEmpty ? .no : .certain
        }
        return Self.isPackage(Array(source.bytes.prefix(8192))) ? .certain : .no
    }

    /// Streams one record per 文件实体 of the package (or of every package in the zip).
    public func stream(
        _ source: ImportSource, context: ImportContext, _ body: (OARecord) -> Void
    ) throws(ImportError) -> OAStreamSummary {
        let file = source.path
        var summary = OAStreamSummary(importer: identifier, encoding: nil)
        if ContentSignature.isZip(source.bytes) {
            let zip = try SafeZip(bytes: source.bytes, file: file, limits: limits)
            let packages = packagePaths(in: zip)
            guard !packages.isEmpty else {
                throw ImportError(
                    code: "oa.eep-not-found", file: file,
                    message: "the zip holds no XML whose root is 电子文件封装包 (DA/T 48)")
            }
            for path in packages {
                let bytes = try zip.read(path)
                try read(bytes, file: file, member: path, zip: zip, context: context, summary: &summary, body)
            }
        } else {
            try read(source.bytes, file: file, member: nil, zip: nil, context: context, summary: &summary, body)
        }
        return summary
    }

    // MARK: - Packages

    private static func isPackage(_ head: [UInt8]) -> Bool {
        // Cheap refusals first (every file of a mirror is asked): an XML package starts with markup, and names its
        // root element or namespace in UTF-8 or GB18030 bytes, or is UTF-16.
        let start = head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let isUTF16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        guard isUTF16 || start.starts(with: [0xEF, 0xBB, 0xBF]) || start.first == UInt8(ascii: "<") else {
            return false
        }
        guard
            isUTF16 || ASCIIBytes.contains(head, "saac.gov.cn") || ASCIIBytes.contains(head, rootName)
                || ASCIIBytes.contains(head, bytes: rootNameGB18030)
        else { return false }
        let detected = EncodingDetector().detect(head)
        let text = TextDecoder().decode(head, as: detected).text
        return text.contains("<" + rootName) || text.contains(":" + rootName) || text.contains(namespace)
    }

    /// The root element's name 电子文件封装包 in GB18030 (GBK) bytes, spelled out so the refusal needs no decoder.
    private static let rootNameGB18030: [UInt8] = [
        0xB5, 0xE7, 0xD7, 0xD3, 0xCE, 0xC4, 0xBC, 0xFE, 0xB7, 0xE2, 0xD7, 0xB0, 0xB0, 0xFC,
    ]

    private func packagePaths(in zip: SafeZip) -> [String] {
        zip.paths.filter { path in
            guard path.lowercased().hasSuffix(".xml"), let size = zip.size(of: path), size > 0 else { return false }
            guard let bytes = try? zip.read(path) else { return false }
            return Self.isPackage(Array(bytes.prefix(8192)))
        }
    }

    private func read(
        _ bytes: [UInt8], file: String, member: String?, zip: SafeZip?, context: ImportContext,
        summary: inout OAStreamSummary, _ body: (OARecord) -> Void
    ) throws(ImportError) {
        let label = member.map { "\(file)!/\($0)" } ?? file
        let (document, detected) = try XMLInput.parse(bytes, file: label)
        summary.encoding = summary.encoding ?? detected.name
        summary.diagnostics += detected.diagnostics
        guard let root = document.root, root.localName == Self.rootName else {
            throw ImportError(
                code: "oa.eep-not-found", file: label,
                message: "the root element is <\(document.root?.name ?? "")>, not <电子文件封装包> (DA/T 48)")
        }
        let fileHash = ContentHash.hex(of: bytes)
        let leaves = (try? document.xpath("//*[local-name()='文件实体'][not(.//*[local-name()='文件实体'])]")) ?? []
        let entities = leaves.isEmpty ? [root] : leaves
        let folder = member.map { path in path.split(separator: "/").dropLast().joined(separator: "/") } ?? ""
        for entity in entities {
            var labels: [Int: String] = [:]
            var cells: [String] = []
            for (name, value) in Self.metadata(of: entity) {
                labels[cells.count] = name
                cells.append(value)
            }
            let columns = ColumnMap(labels: labels, synonyms: FieldSynonyms(), headerRows: [])
            let mapper = RowMapper(
                importer: identifier, file: file, encoding: detected.name, columns: columns)
            let line = entity.line ?? 0
            var record = mapper.map(TabularRow(number: line, cells: cells))
            switch record {
            case .item(var item):
                item.provenance[0].contentHash = fileHash
                if let member {
                    item.provenance[0].extraFields = (item.provenance[0].extraFields ?? [:]).merging(["封装包": member]) {
                        $1
                    }
                }
                let (attachments, notes) = attachmentsOf(entity, label: label, line: line, folder: folder, zip: zip)
                item.attachments += attachments
                item.diagnostics += notes
                record = .item(item)
                summary.itemCount += 1
            case .rowError(var error):
                error.provenance.contentHash = fileHash
                record = .rowError(error)
                summary.rowErrorCount += 1
            }
            body(record)
        }
    }

    // MARK: - Metadata

    /// The entity's metadata as (name, text) pairs in document order: leaf elements outside the document
    /// data, 档号 joined from its parts when nested; a name met twice is qualified by its parent.
    static func metadata(of entity: Node) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var seen: Set<String> = []
        let skipped: Set<String> = ["文件数据", "文档", "文档数据", "编码", "电子签名块", "签名", "锁定签名"]
        func add(_ name: String, _ value: String, parent: String) {
            let key = seen.contains(name) ? "\(parent)/\(name)" : name
            seen.insert(name)
            pairs.append((key, value))
        }
        func walk(_ node: Node) {
            for child in node.elementChildren {
                let name = child.localName
                if skipped.contains(name) || (name == "文件实体" && child != entity) { continue }
                if name == "档号" {
                    let parts = child.elementChildren.map { HeaderLabel.trimmed($0.text) }.filter { !$0.isEmpty }
                    add(
                        name, parts.isEmpty ? HeaderLabel.trimmed(child.text) : parts.joined(separator: "-"),
                        parent: node.localName)
                    continue
                }
                if child.elementChildren.isEmpty {
                    let value = HeaderLabel.trimmed(child.text)
                    if !value.isEmpty { add(name, value, parent: node.localName) }
                } else {
                    walk(child)
                }
            }
        }
        walk(entity)
        return pairs
    }

    // MARK: - Attachments

    private func attachmentsOf(
        _ entity: Node, label: String, line: Int, folder: String, zip: SafeZip?
    ) -> ([Attachment], [Diagnostic]) {
        var attachments: [Attachment] = []
        var notes: [Diagnostic] = []
        let blocks = (try? entity.xpath(".//*[local-name()='编码']")) ?? []
        for (index, block) in blocks.enumerated() {
            func first(_ names: [String]) -> String? {
                for name in names {
                    if let node = (try? block.first(".//*[local-name()='\(name)']")) ?? nil {
                        let text = HeaderLabel.trimmed(node.text)
                        if !text.isEmpty { return text }
                    }
                }
                return nil
            }
            let name = first(["计算机文件名", "文件名"]) ?? "文档\(index + 1)"
            var attachment = Attachment(
                name: name, mediaType: EEPMediaType.mediaType(format: first(["格式信息", "格式名称"]), name: name))
            if let data = (try? block.first(".//*[local-name()='编码数据']")) ?? nil,
                !HeaderLabel.trimmed(data.text).isEmpty
            {
                if let decoded = Data(base64Encoded: data.text, options: .ignoreUnknownCharacters), !decoded.isEmpty {
                    attachment.sha256 = ContentHash.hex(of: decoded)
                } else {
                    notes.append(
                        Diagnostic(
                            .warning, code: "oa.eep-bad-base64", message: "编码数据 of '\(name)' is not valid Base64",
                            file: label, line: data.line ?? line, element: "编码数据", field: "attachments"))
                }
            } else if let reference = first(["文件路径", "存储路径", "引用路径", "文件位置"]) {
                attachment.path = reference
                if let zip {
                    do {
                        try SafeZip.checkPath(reference, file: label)
                        let path = try SafeZip.resolve(reference, from: folder, file: label)
                        if zip.contains(path) {
                            attachment.path = path
                            attachment.sha256 = ContentHash.hex(of: try zip.read(path))
                        } else {
                            notes.append(missing(reference, label: label, line: line))
                        }
                    } catch {
                        attachment.path = nil
                        notes.append(
                            Diagnostic(
                                .error, code: error.code, message: error.message, file: label, line: line,
                                element: "文件路径", field: "attachments"))
                    }
                } else {
                    notes.append(missing(reference, label: label, line: line))
                }
            }
            attachments.append(attachment)
        }
        return (attachments, notes)
    }

    private func missing(_ reference: String, label: String, line: Int) -> Diagnostic {
        Diagnostic(
            .warning, code: "oa.eep-file-missing",
            message: "the referenced file '\(reference)' is not in the package; the attachment has no checksum",
            file: label, line: line, element: "文件路径", field: "attachments")
    }
}
