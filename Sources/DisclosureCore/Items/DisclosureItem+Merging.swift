extension DisclosureItem {
    /// This item with what `other` knows about the same document added: the merge of duplicates found in several
    /// sources (a portal page and an OA register row with the same 文号, one page reached by two addresses).
    ///
    /// - Values this item has are kept; values it lacks are taken from `other`.
    /// - Provenance, attachments, keywords, themes, hidden links and diagnostics are united; a source already
    ///   recorded (same importer, file and row) is replaced, so merging the same source again changes nothing.
    /// - 公开属性 takes the MORE restrictive of the two (不予公开 over 依申请公开 over 主动公开): a document the OA
    ///   register marks non-public stays non-public even if the portal showed it, and an error diagnostic says so.
    /// - A confidentiality review is kept only if both sides agree it passed, or only one side has one.
    /// - Differing titles, dates or 文号 are recorded as `merge.conflict` warnings naming both values.
    public func merging(_ other: DisclosureItem) -> DisclosureItem {
        var merged = self
        var notes: [Diagnostic] = []
        func conflict(_ field: String, _ mine: String?, _ theirs: String?) {
            guard let mine, let theirs, mine != theirs else { return }
            notes.append(
                Diagnostic(
                    .warning, code: "merge.conflict",
                    message: "\(field) differs between sources: \"\(mine)\" (kept) and \"\(theirs)\"",
                    file: other.sourceFile, line: other.row, field: field))
        }
        conflict("title", title, other.title)
        conflict("publishedAt", publishedAt?.description, other.publishedAt?.description)
        conflict("writtenAt", writtenAt?.description, other.writtenAt?.description)
        conflict("documentNumber", documentNumber?.normalized, other.documentNumber?.normalized)

        if merged.title.isEmpty { merged.title = other.title }
        merged.publishedAt = publishedAt ?? other.publishedAt
        merged.writtenAt = writtenAt ?? other.writtenAt
        merged.documentNumber = documentNumber ?? other.documentNumber
        merged.indexNumber = indexNumber ?? other.indexNumber
        merged.publisher = publisher ?? other.publisher
        merged.source = source ?? other.source
        merged.category = category ?? other.category
        merged.legacyColumn = legacyColumn ?? other.legacyColumn
        merged.kind = kind ?? other.kind
        merged.summary = summary ?? other.summary
        merged.validity = validity ?? other.validity
        merged.exemptionReason = exemptionReason ?? other.exemptionReason
        merged.exemptionGround = exemptionGround ?? other.exemptionGround
        merged.responsibility = responsibility ?? other.responsibility
        merged.text = text ?? other.text
        merged.html = html ?? other.html
        merged.repost = repost ?? other.repost
        merged.url = url ?? other.url
        merged.encoding = encoding ?? other.encoding
        merged.sourceFile = sourceFile ?? other.sourceFile
        merged.row = row ?? other.row
        merged.themes = Self.union(themes, other.themes)
        merged.keywords = Self.union(keywords, other.keywords)
        merged.hiddenLinks = Self.union(hiddenLinks, other.hiddenLinks)
        merged.attachments = Self.union(
            attachments,
            other.attachments.filter { new in
                !attachments.contains { $0.name == new.name && ($0.url == new.url || $0.sha256 == new.sha256) }
            })

        merged.attribute = Self.stricter(attribute, other.attribute)
        if attribute != other.attribute, let a = attribute, let b = other.attribute,
            merged.attribute != .proactive
        {
            notes.append(
                Diagnostic(
                    .error, code: "merge.attribute-conflict",
                    message: "one source says \(a.chineseLabel), another \(b.chineseLabel): kept "
                        + "\(merged.attribute?.chineseLabel ?? ""), so the item must not be public",
                    file: other.sourceFile, line: other.row, field: "attribute"))
        }
        switch (review, other.review) {
        case (let mine?, let theirs?) where mine.result != theirs.result:
            merged.review = mine.result == .passed ? theirs : mine
        default:
            merged.review = review ?? other.review
        }

        var sources = provenance
        for source in other.provenance {
            if let index = sources.firstIndex(where: {
                $0.importer == source.importer && $0.file == source.file && $0.row == source.row
            }) {
                sources[index] = source
            } else {
                sources.append(source)
            }
        }
        merged.provenance = sources
        merged.diagnostics = Self.union(diagnostics, other.diagnostics + notes)
        return merged
    }

    private static func union<T: Hashable>(_ first: [T], _ second: [T]) -> [T] {
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted }
    }

    private static func stricter(_ a: DisclosureAttribute?, _ b: DisclosureAttribute?) -> DisclosureAttribute? {
        func rank(_ value: DisclosureAttribute?) -> Int {
            switch value {
            case nil: 0
            case .proactive?: 1
            case .onRequest?: 2
            case .exempt?: 3
            }
        }
        return rank(a) >= rank(b) ? a : b
    }
}
