/// Finds the charset an HTML or XML document declares in its first bytes, without decoding them.
///
/// Looks at the XML declaration (`<?xml … encoding="gbk"?>`) and at `<meta charset=…>` and
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` tags, case-insensitively, with quotes
/// optional, skipping comments. Only ASCII-compatible bytes are understood; that is what declarations
/// are written in when a prescan is needed at all (UTF-16 documents carry a BOM).
struct CharsetPrescan {
    private let bytes: [UInt8]

    /// Prepares to scan the first `limit` bytes.
    init<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int) {
        self.bytes = Array(bytes.prefix(limit))
    }

    /// The declared label as written, or nil.
    func declaredLabel() -> String? {
        if let label = xmlDeclarationEncoding() { return label }
        var index = 0
        while index < bytes.count {
            if matches("<!--", at: index) {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
            } else if matches("<meta", at: index), index + 5 < bytes.count, isSpaceOrSlash(bytes[index + 5]) {
                let (attributes, end) = tagAttributes(from: index + 5)
                if let label = charset(in: attributes) { return label }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    // MARK: - XML declaration

    private func xmlDeclarationEncoding() -> String? {
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard matches("<?xml", at: start), let end = find("?>", from: start) else { return nil }
        let (attributes, _) = tagAttributes(from: start + 5, until: end)
        return attributes.first { $0.name == "encoding" }?.value
    }

    // MARK: - Meta tags

    private func charset(in attributes: [(name: String, value: String)]) -> String? {
        if let charset = attributes.first(where: { $0.name == "charset" })?.value, !charset.isEmpty {
            return charset
        }
        let isContentType = attributes.contains {
            $0.name == "http-equiv" && $0.value.lowercased() == "content-type"
        }
        // Real pages write `http-equiv`; a bare `content` without `name` is accepted too, as browsers do not,
        // but a `<meta name="description" content="… charset=…">` is not a declaration.
        let isBareContent = !attributes.contains { $0.name == "name" }
        guard isContentType || isBareContent,
            let content = attributes.first(where: { $0.name == "content" })?.value
        else { return nil }
        return Self.charsetParameter(in: content)
    }

    /// The value after `charset=` in a content-type string, quotes optional.
    static func charsetParameter(in content: String) -> String? {
        let lower = content.lowercased()
        guard let range = lower.firstRange(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            let value = rest.prefix { $0 != quote }
            return value.isEmpty ? nil : String(value)
        }
        let value = rest.prefix { $0 != ";" && $0 != " " && $0 != "\t" && $0 != "," }
        return value.isEmpty ? nil : String(value)
    }

    // MARK: - Attributes

    /// Parses `name=value` pairs (value quoted with " or ', or bare) from `start` to the tag's end.
    /// Names are lower-cased; values are kept as written. Returns the index after the tag.
    private func tagAttributes(from start: Int, until limit: Int? = nil) -> ([(name: String, value: String)], Int) {
        let end = limit ?? bytes.count
        var attributes: [(name: String, value: String)] = []
        var index = start
        while index < end {
            while index < end, isSpaceOrSlash(bytes[index]) { index += 1 }
            guard index < end, bytes[index] != UInt8(ascii: ">") else { return (attributes, index + 1) }
            let nameStart = index
            while index < end, !isSpaceOrSlash(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: ">")
            {
                index += 1
            }
            let name = text(nameStart..<index).lowercased()
            while index < end, isSpace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "=") else {
                attributes.append((name, ""))
                continue
            }
            index += 1
            while index < end, isSpace(bytes[index]) { index += 1 }
            guard index < end else { break }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                index = valueStart
                while index < end, bytes[index] != quote { index += 1 }
                attributes.append((name, text(valueStart..<index)))
                index += 1
            } else {
                let valueStart = index
                while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                attributes.append((name, text(valueStart..<index)))
            }
        }
        return (attributes, end)
    }

    // MARK: - Bytes

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func matches(_ pattern: StaticString, at index: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return false }
        let pattern = UnsafeBufferPointer(start: pattern.utf8Start, count: count)
        for offset in 0..<count where Self.lowercased(bytes[index + offset]) != pattern[offset] {
            return false
        }
        return true
    }

    private func find(_ pattern: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/")
    }
}
