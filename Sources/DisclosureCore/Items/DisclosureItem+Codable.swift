extension DisclosureItem: Codable {
    /// The canonical JSON field names (see the architecture contract).
    enum CodingKeys: String, CodingKey {
        case id, title, publishedAt, writtenAt, documentNumber, indexNumber, publisher, source, category
        case legacyColumn, kind, themes, keywords, summary, validity, attribute, exemptionGround, exemptionReason
        case review, responsibility, text, html, attachments, repost, hiddenLinks, encoding, sourceFile, url, row
        case provenance, isItem, diagnostics
    }

    /// Decodes the canonical form; absent arrays decode as empty and an absent `isItem` as `true`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(ItemID.self, forKey: .id), title: try c.decodeIfPresent(String.self, forKey: .title) ?? "")
        publishedAt = try c.decodeIfPresent(LocalDateTime.self, forKey: .publishedAt)
        writtenAt = try c.decodeIfPresent(LocalDateTime.self, forKey: .writtenAt)
        documentNumber = try c.decodeIfPresent(DocumentNumber.self, forKey: .documentNumber)
        indexNumber = try c.decodeIfPresent(IndexNumber.self, forKey: .indexNumber)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        category = try c.decodeIfPresent(CategoryID.self, forKey: .category)
        legacyColumn = try c.decodeIfPresent(String.self, forKey: .legacyColumn)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind)
        themes = try c.decodeIfPresent([String].self, forKey: .themes) ?? []
        keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        validity = try c.decodeIfPresent(Validity.self, forKey: .validity)
        attribute = try c.decodeIfPresent(DisclosureAttribute.self, forKey: .attribute)
        exemptionGround = try c.decodeIfPresent(ExemptionGround.self, forKey: .exemptionGround)
        exemptionReason = try c.decodeIfPresent(String.self, forKey: .exemptionReason)
        review = try c.decodeIfPresent(ConfidentialityReview.self, forKey: .review)
        responsibility = try c.decodeIfPresent(Responsibility.self, forKey: .responsibility)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        html = try c.decodeIfPresent(String.self, forKey: .html)
        attachments = try c.decodeIfPresent([Attachment].self, forKey: .attachments) ?? []
        repost = try c.decodeIfPresent(RepostSource.self, forKey: .repost)
        hiddenLinks = try c.decodeIfPresent([String].self, forKey: .hiddenLinks) ?? []
        encoding = try c.decodeIfPresent(String.self, forKey: .encoding)
        sourceFile = try c.decodeIfPresent(String.self, forKey: .sourceFile)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        row = try c.decodeIfPresent(Int.self, forKey: .row)
        provenance = try c.decodeIfPresent([SourceRecord].self, forKey: .provenance) ?? []
        isItem = try c.decodeIfPresent(Bool.self, forKey: .isItem) ?? true
        diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    /// Encodes the canonical form, omitting absent values and empty lists (``DisclosureJSON`` sorts the keys).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(publishedAt, forKey: .publishedAt)
        try c.encodeIfPresent(writtenAt, forKey: .writtenAt)
        try c.encodeIfPresent(documentNumber, forKey: .documentNumber)
        try c.encodeIfPresent(indexNumber, forKey: .indexNumber)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(legacyColumn, forKey: .legacyColumn)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encodeUnlessEmpty(themes, forKey: .themes)
        try c.encodeUnlessEmpty(keywords, forKey: .keywords)
        try c.encodeIfPresent(summary, forKey: .summary)
        try c.encodeIfPresent(validity, forKey: .validity)
        try c.encodeIfPresent(attribute, forKey: .attribute)
        try c.encodeIfPresent(exemptionGround, forKey: .exemptionGround)
        try c.encodeIfPresent(exemptionReason, forKey: .exemptionReason)
        try c.encodeIfPresent(review, forKey: .review)
        if let responsibility, !responsibility.isEmpty { try c.encode(responsibility, forKey: .responsibility) }
        try c.encodeIfPresent(text, forKey: .text)
        try c.encodeIfPresent(html, forKey: .html)
        try c.encodeUnlessEmpty(attachments, forKey: .attachments)
        try c.encodeIfPresent(repost, forKey: .repost)
        try c.encodeUnlessEmpty(hiddenLinks, forKey: .hiddenLinks)
        try c.encodeIfPresent(encoding, forKey: .encoding)
        try c.encodeIfPresent(sourceFile, forKey: .sourceFile)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(row, forKey: .row)
        try c.encodeUnlessEmpty(provenance, forKey: .provenance)
        try c.encode(isItem, forKey: .isItem)
        try c.encodeUnlessEmpty(diagnostics, forKey: .diagnostics)
    }
}

extension KeyedEncodingContainer {
    fileprivate mutating func encodeUnlessEmpty<T: Encodable>(_ values: [T], forKey key: Key) throws {
        if !values.isEmpty { try encode(values, forKey: key) }
    }
}
