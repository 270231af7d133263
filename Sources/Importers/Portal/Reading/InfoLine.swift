/// The info line of a detail page, split into labelled values: `发布时间：2018-06-12 10:20:00　来源：县教育局　作者：办公室
/// 浏览次数：` gives a date, a source and an author; the empty view counter is dropped.
///
/// A label is the run of text just before a full-width `：` (or a `:` that is not inside a time), matched against
/// the ``LabelVocabulary``; its value runs to the next label and is cut at the first run of U+3000, U+00A0 or two
/// or more spaces (what separates the fields when the CMS prints them in one text run).
struct InfoLine: Hashable, Sendable {
    /// One labelled value.
    struct Entry: Hashable, Sendable {
        /// The label as printed, white space removed.
        var label: String
        /// The field it names.
        var field: PortalField
        /// The value, trimmed; may be empty (a view counter filled by script).
        var value: String
    }

    /// The labelled values in order.
    var entries: [Entry]
    /// The text outside any labelled value (a bare `[2018-06-12]`).
    var unlabelled: [String]
    /// The whole line, white space folded.
    var text: String

    /// Splits a line.
    init(_ line: String, vocabulary: LabelVocabulary) {
        text = TextCleaning.collapsed(line)
        // Scalars, not characters: the labels, colons and digits looked at are single scalars, and splitting a
        // line into grapheme clusters costs more than everything else done here.
        let characters = Array(line.unicodeScalars)
        var labels: [(start: Int, colon: Int, label: String, field: PortalField)] = []
        for (index, character) in characters.enumerated() where character == "：" || character == ":" {
            if character == ":" {
                let previous = index > 0 ? characters[index - 1] : " "
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if (TextCleaning.isNumber(previous) && TextCleaning.isNumber(next)) || next == "/" { continue }
            }
            if let found = Self.label(before: index, in: characters, vocabulary: vocabulary) {
                labels.append((found.start, index, found.label, found.field))
            }
        }
        var entries: [Entry] = []
        var unlabelled: [String] = []
        let firstStart = labels.first?.start ?? characters.count
        let lead = TextCleaning.trimmed(Self.string(characters[0..<firstStart]))
        if !lead.isEmpty { unlabelled.append(lead) }
        for (position, label) in labels.enumerated() {
            let end = position + 1 < labels.count ? labels[position + 1].start : characters.count
            let raw = label.colon + 1 <= end ? Self.string(characters[(label.colon + 1)..<end]) : ""
            let (value, rest) = Self.firstField(raw)
            entries.append(Entry(label: label.label, field: label.field, value: TextCleaning.trimmedValue(value)))
            if !TextCleaning.isBlank(rest) { unlabelled.append(TextCleaning.collapsed(rest)) }
        }
        self.entries = entries
        self.unlabelled = unlabelled
    }

    /// The first non-empty value for a field.
    func value(_ field: PortalField) -> String? {
        entries.first { $0.field == field && !$0.value.isEmpty }?.value
    }

    /// How many different known fields the line has (a real info line has two or more, or a dated one).
    var fieldCount: Int { Set(entries.map(\.field)).count }

    /// The longest known label ending just before `colon`, skipping white space between label and colon and
    /// allowing padding inside the label (`来  源：`).
    private static func label(
        before colon: Int, in characters: [Unicode.Scalar], vocabulary: LabelVocabulary
    )
        -> (start: Int, label: String, field: PortalField)?
    {
        var index = colon - 1
        while index >= 0, TextCleaning.isSpace(characters[index]) { index -= 1 }
        var reversed: [Unicode.Scalar] = []
        var best: (start: Int, label: String, field: PortalField)?
        var taken = 0
        var gap = 0
        while index >= 0, taken < 8 {
            let character = characters[index]
            if TextCleaning.isSpace(character) {
                gap += 1
                if gap > 3 { break }
                index -= 1
                continue
            }
            // A scalar no label has ends every longer label too (colons and brackets among them).
            guard vocabulary.labelScalars.contains(character) else { break }
            gap = 0
            reversed.append(character)
            taken += 1
            // `reversed` holds no white space: its key is its scalars, looked up without building the label first
            // (and only when its first scalar, the one just taken, can start a label or a leading mark).
            if let field = vocabulary.field(forCompactScalars: reversed.reversed()) {
                best = (index, string(reversed.reversed()), field)
            }
            index -= 1
        }
        return best
    }

    /// The scalars as a string.
    private static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        UTF8Space.string(of: scalars)
    }

    /// Whether a text is page furniture printed after the info line's values (`【字号：大 中 小】`, `[打印]`).
    private static func isFurniture(_ text: String) -> Bool {
        text.hasBytePrefix("【") || text.hasBytePrefix("[") || text.hasBytePrefix("［")
            || ["打印", "关闭", "字号", "分享", "收藏", "评论", "纠错"].contains { text.includes($0) }
    }

    /// Splits a value at the first wide gap (U+3000, U+00A0, a tab or two or more spaces) that is followed by
    /// page furniture (`【字号：…】`, `[打印]`, 分享) or the end; a gap inside a value (`勐遮镇中心小学　岩温香`) stays.
    private static func firstField(_ raw: String) -> (value: String, rest: String) {
        let trimmed = TextCleaning.trimmed(raw)
        if isFurniture(trimmed) { return ("", trimmed) }
        let scalars = Array(trimmed.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let wide = scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\t" || scalar == "\n"
            let double = scalar == " " && index + 1 < scalars.count && TextCleaning.isSpace(scalars[index + 1])
            if wide || double {
                let after = string(scalars[index...])
                if isFurniture(TextCleaning.trimmed(after)) { return (string(scalars[..<index]), after) }
            }
            index += 1
        }
        return (trimmed, "")
    }
}
