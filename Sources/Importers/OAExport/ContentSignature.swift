import ImportKit

/// Byte signatures every OA importer checks before deciding what a file is (never the file extension).
enum ContentSignature {
    /// The OLE2 compound-file magic of binary `.xls`/`.doc` (BIFF, Word 97–2003).
    static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// A zip local-file header (`.xlsx`, zipped EEP packages).
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// Whether the bytes are an OLE2 compound file.
    static func isOLE2(_ bytes: [UInt8]) -> Bool { bytes.starts(with: ole2) }

    /// Whether the bytes are a zip archive.
    static func isZip(_ bytes: [UInt8]) -> Bool { bytes.starts(with: zip) }

    /// The error for a binary Office file, which no importer reads.
    static func binaryOfficeError(_ file: String) -> ImportError {
        ImportError(
            code: "oa.binary-xls-unsupported", file: file,
            message: "this is a binary Office 97–2003 file (OLE2/BIFF .xls or .doc), which is not supported: "
                + "open it in Excel or WPS and save it as .xlsx (Excel workbook) or CSV, then import that file")
    }

    /// The first bytes as ASCII-ish text (UTF-8 decoded with replacements), skipping a UTF-8 BOM; enough to
    /// find markup and XML signatures in UTF-8 or GB files.
    static func head(_ bytes: [UInt8], count: Int = 4096) -> String {
        var slice = bytes.prefix(count)
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The first bytes decoded as UTF-16LE when they carry its BOM, else as ``head(_:count:)``.
    static func headText(_ bytes: [UInt8], count: Int = 4096) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return TextDecoder().decode(bytes.prefix(count).dropFirst(2), encoding: "UTF-16LE").text
        }
        return head(bytes, count: count)
    }

    /// The first 64 KiB of a file that may be an HTML page holding a table (a register saved as HTML, a file listing),
    /// or nil when the bytes already say it is not: a binary or zip file, or 8-bit text with no `<table`. Decided
    /// from the bytes, before anything is decoded, because every file of a mirror is asked.
    static func tablePagePrefix(_ bytes: [UInt8]) -> [UInt8]? {
        guard !isOLE2(bytes), !isZip(bytes) else { return nil }
        let prefix = bytes.prefix(64 * 1024)
        let isUTF16 = prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
        guard isUTF16 || ASCIIBytes.containsIgnoringCase(prefix, "<table") else { return nil }
        return Array(prefix)
    }

    /// Whether the bytes are a binary file (zip, OLE2, NUL bytes outside UTF-16), markup (`<` first) or JSON.
    static func isBinaryOrMarkup(_ bytes: [UInt8]) -> Bool {
        if isOLE2(bytes) || isZip(bytes) { return true }
        if !bytes.starts(with: [0xFF, 0xFE]) {
            // The bytes decide when the head has a NUL byte or starts (after ASCII white space) with an ASCII
            // character; only a head that opens with a non-ASCII character needs decoding.
            var head = bytes.prefix(4096)
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
            if head.contains(0) { return true }
            if let first = head.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }), first < 0x80 {
                return first == UInt8(ascii: "<") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
            }
        }
        let text = headText(bytes)
        if text.contains("\u{0}") { return true }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        // Markup, and JSON documents (`{` / `[`), are never delimited registers.
        return start.first == "<" || start.first == "{" || start.first == "["
    }
}
