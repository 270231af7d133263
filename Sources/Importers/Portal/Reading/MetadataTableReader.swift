import LibXML

/// Reads the metadata block of 信息公开目录 pages: `td(label) td(value)` pairs, `th` + next `td`, `dt` + `dd`,
/// and `label：value` elements (`<li><span>索引号：</span>000014349/2017-00110</li>`).
///
/// Labels are matched through the ``LabelVocabulary`` after deleting all white space; the first value found for a
/// field wins; elements inside the article body are not read (a body table of school names is not metadata).
struct MetadataTableReader {
    /// The label synonyms.
    var vocabulary: LabelVocabulary

    /// The values found, by field, in document order of discovery.
    func read(_ index: PageIndex, excluding body: [Node]) -> [PortalField: FieldValue] {
        var found: [PortalField: FieldValue] = [:]
        func record(_ field: PortalField, _ text: String, _ element: Node, label: some StringProtocol) {
            let value = TextCleaning.trimmedValue(text)
            guard found[field] == nil, !value.isEmpty, field != .views else { return }
            if vocabulary.field(forLabel: value) != nil { return }
            found[field] = FieldValue(
                text: value, origin: "table", element: ElementPath.describe(element), label: LabelVocabulary.key(label))
        }
        func outsideBody(_ node: Node) -> Bool {
            !body.contains { index.isInside(node, $0) }
        }
        let maximumLabel = vocabulary.longestLabel + 4

        // Label cell + value cell; `dt` + `dd`.
        for tag in ["td", "th", "dt"] {
            for cell in index.elements(tag) {
                guard index.rawLength(cell) <= 200 else { continue }
                let labelText = index.text(cell)
                guard TextCleaning.hasAtMost(maximumLabel, characters: labelText),
                    let field = vocabulary.field(forLabel: labelText),
                    let next = cell.nextElementSibling, outsideBody(cell)
                else { continue }
                record(field, index.value(next), next, label: labelText)
            }
        }
        // `label：value` in one element, or a label element followed by its value element.
        for tag in ["li", "p", "div", "span", "td", "th", "dd", "font", "label", "em", "strong", "b"] {
            for element in index.elements(tag) {
                guard index.rawLength(element) <= 720,
                    index.withRawBytes(element, { Self.hasEarlyColon(bytes: $0, within: maximumLabel + 4) })
                        ?? Self.hasEarlyColon(index.raw(element), within: maximumLabel + 4)
                else { continue }
                let text = index.value(element)
                guard TextCleaning.hasAtMost(240, characters: text), Self.labelColonCount(text) == 1,
                    outsideBody(element)
                else { continue }
                guard let colon = Self.firstColon(text) else { continue }
                let label = text[..<colon.lowerBound]
                guard TextCleaning.hasAtMost(maximumLabel, characters: label),
                    let field = vocabulary.field(forLabel: label)
                else {
                    continue
                }
                let value = TextCleaning.trimmed(text[colon.upperBound...])
                if !value.isEmpty {
                    record(field, value, element, label: label)
                } else if let next = element.nextElementSibling {
                    let nextText = index.value(next)
                    if Self.labelColonCount(nextText) == 0 { record(field, nextText, next, label: label) }
                }
            }
        }
        return found
    }

    /// The range of the first `：` or `:`, found in the UTF-8 bytes.
    static func firstColon(_ text: String) -> Range<String.Index>? {
        let ascii = text.utf8.firstIndex(of: 0x3A)
        let fullWidth = text.byteRange(of: "：")
        if let fullWidth, ascii.map({ fullWidth.lowerBound < $0 }) ?? true { return fullWidth }
        guard let ascii else { return nil }
        return ascii..<text.utf8.index(after: ascii)
    }

    /// Whether a colon comes within the first `within` non-space characters (where a label's colon is).
    static func hasEarlyColon(_ text: String, within: Int) -> Bool {
        var seen = 0
        for scalar in text.unicodeScalars where !TextCleaning.isSpace(scalar) {
            if scalar == "：" || scalar == ":" { return true }
            seen += 1
            if seen > within { return false }
        }
        return false
    }

    /// ``hasEarlyColon(_:within:)`` on UTF-8 bytes.
    static func hasEarlyColon(bytes: UnsafeBufferPointer<UInt8>, within: Int) -> Bool {
        var seen = 0
        return UTF8Space.scanNonSpaceScalars(bytes) { scalar in
            if scalar == "：" || scalar == ":" { return true }
            seen += 1
            return seen > within ? false : nil
        }
    }

    /// How many colons in the text end a label: every `：`, and `:` unless it sits between digits (`10:20`).
    static func labelColonCount(_ text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let scalar = current {
            let next = iterator.next()
            if scalar == "：" {
                count += 1
            } else if scalar == ":" {
                let betweenDigits = TextCleaning.isNumber(previous) && next.map(TextCleaning.isNumber) ?? false
                let inAddress = next == "/"
                if !betweenDigits && !inAddress { count += 1 }
            }
            previous = scalar
            current = next
        }
        return count
    }
}
