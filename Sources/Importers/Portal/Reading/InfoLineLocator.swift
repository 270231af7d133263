import LibXML

/// Finds the info line of a detail page: the smallest element outside the body whose text holds the most
/// labelled values that info lines carry (发布时间, 来源, 作者, 浏览次数 …).
struct InfoLineLocator {
    /// The label synonyms.
    var vocabulary: LabelVocabulary

    /// Fields that make a text an info line (a lone 标题 or 索引号 does not).
    static let lineFields: Set<PortalField> = [.publishedAt, .source, .author, .views, .publisher, .writtenAt]

    /// Characters every info line has one of (from 发布时间, 来源, 作者, 浏览次数 …, also when padded: `来  源`).
    static let lineWords = ["时", "日", "源", "者", "览", "击", "布", "访", "读", "编", "稿"]
    /// ``lineWords`` as the 24-bit values of their three UTF-8 bytes.
    private static let lineWordCodes: [UInt32] = lineWords.map { word in
        word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// Whether the bytes hold one of ``lineWords``: one pass, comparing each three-byte scalar with them all.
    private static func hasLineWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index + 2 < count {
            let lead = bytes[index]
            guard lead >= 0xE0 && lead < 0xF0 else {
                index += UTF8Space.scalarLength(lead)
                continue
            }
            let code = UInt32(lead) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            if lineWordCodes.contains(code) { return true }
            index += 3
        }
        return false
    }
    private static let fullWidthColon = Array("：".utf8)

    /// Whether a colon (`:` or `：`) follows, white space aside, the last scalar of a label of a line field: what
    /// ``InfoLine`` needs to find one (a body paragraph's `如下：` has none).
    private func hasLineLabelColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: Unicode.Scalar = " "
        return UTF8Space.scanNonSpaceScalars(bytes) { scalar in
            if scalar == ":" || scalar == "：", vocabulary.lineLabelEndings.contains(previous) { return true }
            previous = scalar
            return nil
        }
    }

    /// The info lines of the page, best first: most info-line fields, then shortest.
    func find(_ index: PageIndex, excluding body: [Node]) -> [InfoLine] {
        var lines: [(line: InfoLine, score: Int, length: Int)] = []
        var split: [String: InfoLine] = [:]
        for tag in [
            "div", "p", "span", "td", "li", "h2", "h3", "h4", "h5", "h6", "font", "dd", "em", "small", "center",
        ] {
            for element in index.elements(tag) {
                let length = index.rawLength(element)
                guard length <= 1200 else { continue }
                // Inside the body is two comparisons per body node: the cheapest test, and it settles most elements
                // of a long article.
                guard !body.contains(where: { index.isInside(element, $0) }) else { continue }
                // The cheap tests on the bytes first; a string only for a likely line.
                let likely =
                    index.withRawBytes(element) { bytes in
                        (bytes.contains(0x3A) || ByteSearch.contains(bytes, Self.fullWidthColon))
                            && Self.hasLineWord(bytes) && hasLineLabelColon(bytes)
                    } ?? true
                guard likely else { continue }
                let raw = index.raw(element)
                guard ByteSearch.containsAny(raw, Self.lineWords),
                    length <= 400 || TextCleaning.hasAtMost(400, characters: raw),
                    ByteSearch.contains(raw, "：") || ByteSearch.contains(raw, ":")
                else { continue }
                // Nested elements often hold the same text (`td > div > span`): split each text once.
                let line: InfoLine
                if let known = split[raw] {
                    line = known
                } else {
                    line = InfoLine(raw, vocabulary: vocabulary)
                    split[raw] = line
                }
                let fields = Set(line.entries.map(\.field))
                guard !fields.isDisjoint(with: Self.lineFields) else { continue }
                lines.append((line, fields.intersection(Self.lineFields).count, line.text.count))
            }
        }
        return lines.sorted { ($0.score, -$0.length) > ($1.score, -$1.length) }.map(\.line)
    }
}
