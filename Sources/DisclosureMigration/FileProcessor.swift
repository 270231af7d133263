import DisclosureCore
import DisclosureStore
import Foundation
import ImportKit

/// The work on one input file before it is written, run for several files at once: read it (once), hash it,
/// recognise it as unchanged since the last run, sniff it, import it, and give its items what the migration knows.
///
/// A file up to ``wholeReadLimit`` bytes (or a zip archive, whose directory is at its end) is read whole in one go.
/// A larger one is sniffed from its first ``ImportKit/ImportSource/sniffingLength`` bytes: only when an importer
/// wants it is the rest read; otherwise (a large attachment) the rest is only hashed, 64 KiB at a time. A source for
/// a ``ImportKit/StreamingImporter`` (a register export) is not imported here but handed to the writer, which
/// writes its records as they come.
struct FileProcessor: Sendable {
    /// The importers, most specific first.
    let importers: [any Importer]
    /// The archive (read only here: the ID map).
    let archive: DisclosureArchive
    /// The run's options.
    let options: MigrationOptions
    /// Addresses of the mirror's files.
    let layout: MirrorLayout
    /// Whether the archive's ID map had entries when the run started; when it had none (a first migration), every
    /// file is new and the map is not asked about each one.
    let knowsSources: Bool

    /// Files up to this size are read whole at once.
    static let wholeReadLimit = 1 << 20

    private static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// What importers are told besides the source.
    var context: ImportContext {
        ImportContext(
            catalogue: options.catalogue, columnMapping: options.columnMapping, baseURL: options.baseURL,
            profile: options.profile)
    }

    /// Processes one file; never throws: a file that cannot be read is a failed file.
    func process(_ input: InputFile) -> FileResult {
        do {
            return try read(input)
        } catch {
            return FileResult(input: input, contentHash: nil, action: .added, kind: .failed("cannot be read: \(error)"))
        }
    }

    private func read(_ input: InputFile) throws(FileReadError) -> FileResult {
        let file = try OpenFile(path: input.url.path)
        var bytes: [UInt8]
        var isWhole = true
        if file.size <= Self.wholeReadLimit {
            bytes = try file.readToEnd(after: [])
        } else {
            bytes = try file.read(upTo: ImportSource.sniffingLength)
            if bytes.starts(with: Self.zipMagic) {
                bytes = try file.readToEnd(after: bytes)
            } else {
                isWhole = false
            }
        }
        var hash = isWhole ? ContentHash.hex(of: bytes) : ""
        var action = FileAction.added
        if isWhole {
            action = self.action(input, hash: hash)
            if action == .unchanged {
                return FileResult(input: input, contentHash: hash, action: action, kind: .unchanged)
            }
        }
        let url = input.isExtra ? nil : layout.url(ofFile: input.relativePath)
        var source = ImportSource(
            bytes: bytes, path: input.relativePath, originalURL: url, contentHash: isWhole ? hash : nil)
        let choice = importers.mostConfident(for: source)
        if !isWhole {
            if choice != nil {
                bytes = []
                source.bytes = try file.readToEnd(after: source.bytes)
                hash = ContentHash.hex(of: source.bytes)
                source.contentHash = hash
            } else {
                var digest = ContentHash()
                digest.update(bytes)
                try file.digestRest(into: &digest)
                hash = digest.finalizeHex()
            }
            action = self.action(input, hash: hash)
            if action == .unchanged {
                return FileResult(input: input, contentHash: hash, action: action, kind: .unchanged)
            }
        }
        guard let (importer, confidence) = choice else {
            let type = MediaType.guess(bytes: source.bytes.prefix(16), name: input.relativePath)
            return FileResult(input: input, contentHash: hash, action: action, kind: .asset(mediaType: type))
        }
        if let streaming = importer as? any StreamingImporter {
            return FileResult(
                input: input, contentHash: hash, action: action,
                kind: .streamed(source, importer: streaming, confidence: confidence))
        }
        do {
            var result = try importer.importSource(source, context: context)
            result.items = result.items.map {
                normalize($0, input: input, url: url, hash: hash, importer: importer.identifier)
            }
            return FileResult(
                input: input, contentHash: hash, action: action, kind: .imported(result, importer: importer.identifier))
        } catch {
            return failure(
                error, input: input, source: source, hash: hash, action: action, importer: importer,
                confidence: confidence)
        }
    }

    /// `added`, `updated` or `unchanged`, from the ID map's content hash of the file.
    private func action(_ input: InputFile, hash: String) -> FileAction {
        guard knowsSources else { return .added }
        let previous = try? archive.read { try $0.mapping(input.key) }
        guard let previous else { return .added }
        return previous.contentHash == hash ? .unchanged : .updated
    }

    /// The result of an import that threw.
    ///
    /// An importer that only thought the file *might* be its input (any delimited text, any HTML) and then could not
    /// read it has found a file that is not an item — a style sheet, a script, a data file — rather than a broken
    /// export. The reason keeps what the importer said.
    func failure(
        _ error: ImportError, input: InputFile, source: ImportSource, hash: String, action: FileAction,
        importer: any Importer, confidence: ImportConfidence
    ) -> FileResult {
        guard confidence == .certain else {
            let type = MediaType.guess(bytes: source.bytes.prefix(16), name: input.relativePath)
            return FileResult(
                input: input, contentHash: hash, action: action,
                kind: .unrecognised(mediaType: type, importer: importer.identifier, reason: error.message))
        }
        return FileResult(input: input, contentHash: hash, action: action, kind: .failed(error.description))
    }

    /// Gives an item what the migration knows and the importer may not: the file, the address, provenance, and
    /// attachments resolved to files of the mirror (with checksum and media type).
    func normalize(
        _ item: DisclosureItem, input: InputFile, url: String?, hash: String, importer: String
    ) -> DisclosureItem {
        var item = item
        item.sourceFile = input.relativePath
        if item.url == nil { item.url = url }
        item.url = item.url.map(MirrorLayout.normalize)
        if item.provenance.isEmpty {
            item.provenance = [
                SourceRecord(
                    importer: importer, file: input.relativePath, url: item.url, row: item.row, contentHash: hash,
                    encoding: item.encoding)
            ]
        }
        guard !input.isExtra, !item.attachments.isEmpty else { return item }
        item.attachments = item.attachments.map { attachment in
            var attachment = attachment
            guard attachment.path == nil, let link = attachment.url,
                let file = layout.file(forLink: link, pageURL: item.url, pagePath: input.relativePath),
                let digest = try? OpenFile.digest(path: options.siteDirectory.appendingPathComponent(file).path)
            else { return attachment }
            attachment.path = file
            attachment.sha256 = digest.hash
            attachment.mediaType = attachment.mediaType ?? MediaType.guess(bytes: digest.head[...], name: file)
            return attachment
        }
        return item
    }
}
