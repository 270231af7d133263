import DisclosureCore

extension GenerationRun {
    // MARK: - Detail pages

    /// Composes, renders and writes one item's page(s) and attachments; returns its ground truth.
    mutating func writeItem(column columnIndex: Int, ordinal: Int) throws -> TruthItem {
        let item = plan.item(column: columnIndex, ordinal: ordinal)
        let column = profile.columns[columnIndex]
        let content = composer.content(column: columnIndex, ordinal: ordinal)
        var rng = plan.root.derived(SitePlan.Stream.render.rawValue, UInt64(columnIndex), UInt64(ordinal))
        let paths = pagePaths(item)
        switch column.family {
        case .dhtml, .dhtmlMeta:
            let html = DhtmlRenderer.detail(
                item: item, content: content, column: column, parent: parent(of: column), rng: &rng)
            try writer.write(TextEncoder.bytes(html, encoding: item.encoding), to: paths[0])
        case .trs:
            let parts = BodyRenderer.parts(
                content, documentNumber: item.documentNumber?.normalized, uppercase: true, indent: true, rng: &rng)
            let previous = neighbour(column: columnIndex, ordinal: ordinal - 1)
            let next = neighbour(column: columnIndex, ordinal: ordinal + 1)
            for (part, path) in paths.enumerated() {
                let html = TRSRenderer.detail(
                    item: item, content: content, column: column, part: part, parts: parts, previous: previous,
                    next: next)
                try writer.write(TextEncoder.bytes(html, encoding: item.encoding), to: path)
            }
        }
        var attachments: [TruthAttachment] = []
        for attachment in content.attachments {
            var digest: String?
            if attachment.missing {
                missingAttachments += 1
            } else {
                let bytes = FileBytes.attachment(type: attachment.type, tag: attachment.mirrorPath)
                try writer.write(bytes, to: attachment.mirrorPath)
                digest = SHA256Digest.hex(of: bytes)
            }
            attachments.append(
                TruthAttachment(
                    name: attachment.name, url: attachment.url, href: attachment.href, path: attachment.mirrorPath,
                    mediaType: attachment.mediaType, sha256: digest, missing: attachment.missing ? true : nil))
        }

        let counted = item.published.date.year == profile.year
        var truth = TruthItem(
            id: itemID(item), origin: "portal", title: content.title, attribute: .proactive, countedInYear: counted)
        truth.category = column.category
        truth.legacyColumn = column.name
        truth.kind = content.kind
        truth.publishedAt = column.family == .trs ? LocalDateTime(item.published.date) : item.published
        truth.writtenAt = item.written.map { LocalDateTime($0) }
        truth.documentNumber = item.documentNumber
        truth.indexNumber = content.indexNumber?.rawValue
        truth.publisher = column.family == .dhtmlMeta ? content.publisher : nil
        truth.source = content.source
        truth.validity = content.validity
        truth.attachments = attachments
        truth.repost = content.repost
        truth.hiddenLinks = content.hiddenLinks.map(\.url)
        truth.sourceFile = paths[0]
        truth.pages = paths.count > 1 ? paths : nil
        truth.url = "http://" + paths[0]
        truth.encoding = item.encoding.truthName
        truth.declaredCharset = item.encoding.declaredCharset
        truth.family = column.family
        truth.oa = oaRecords[truth.id]
        truth.budgetFund = content.budgetFund
        truth.budgetStage = content.budgetStage

        portalItems += 1
        if counted { countedByCategory[column.category, default: 0] += 1 }
        if item.pin == .workPlan, counted { workPlanDate = item.written }
        return truth
    }

    /// The link and title of the item before or after in a TRS column, as `上一篇`/`下一篇` show them.
    func neighbour(column: Int, ordinal: Int) -> (String, String)? {
        guard plan.columns[column].indices.contains(ordinal) else { return nil }
        let item = plan.item(column: column, ordinal: ordinal)
        let title = composer.content(column: column, ordinal: ordinal).title
        return ("../\(TRSRenderer.monthFolder(item))/\(TRSRenderer.fileStem(item)).html", title)
    }

    /// The file records of every item's pages and attachments (a second pass; content is recomposed).
    mutating func writeItemFiles(into files: inout FileList) throws {
        for columnIndex in profile.columns.indices {
            for ordinal in plan.columns[columnIndex].indices {
                let item = plan.item(column: columnIndex, ordinal: ordinal)
                let id = itemID(item)
                for (part, path) in pagePaths(item).enumerated() {
                    try files.add(
                        TruthFile(
                            path: path, role: part == 0 ? .item : .itemContinuation, item: id,
                            encoding: item.encoding.truthName, declaredCharset: item.encoding.declaredCharset))
                }
                guard item.attachmentCount > 0 else { continue }
                for attachment in composer.content(column: columnIndex, ordinal: ordinal).attachments
                where !attachment.missing {
                    try files.add(TruthFile(path: attachment.mirrorPath, role: .attachment, item: id))
                }
            }
        }
    }

    // MARK: - Lists

    /// Items per list page.
    static let pageSize = 20

    /// The list entry of an item as a page in `from` links to it.
    func listEntry(column columnIndex: Int, ordinal: Int, fromRoot: Bool) -> DhtmlRenderer.ListEntry {
        let item = plan.item(column: columnIndex, ordinal: ordinal)
        let column = profile.columns[columnIndex]
        let title = composer.content(column: columnIndex, ordinal: ordinal).title
        let href: String
        switch column.family {
        case .trs:
            let local = "\(TRSRenderer.monthFolder(item))/\(TRSRenderer.fileStem(item)).html"
            href = fromRoot ? "/\(column.folder)/\(local)" : "./\(local)"
        case .dhtml, .dhtmlMeta:
            let local = "\(column.channel).news.detail.dhtml?news_id=\(item.legacyID)"
            href = fromRoot ? "/mwx/\(local)" : local
        }
        return DhtmlRenderer.ListEntry(title: title, href: href, date: item.published.date)
    }

    /// Writes every column's list pages; returns the columns' records.
    mutating func writeLists(into files: inout FileList) throws -> [TruthColumn] {
        var records: [TruthColumn] = []
        for (columnIndex, column) in profile.columns.enumerated() {
            let order = plan.listOrder(column: columnIndex)
            let pageCount = max(1, (order.count + Self.pageSize - 1) / Self.pageSize)
            let charset = column.family == .trs ? "gbk" : ["tzgg", "jyxx"].contains(column.key) ? "gb2312" : "gbk"
            var paths: [String] = []
            for page in 1...pageCount {
                let slice = order.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
                let entries = slice.map { listEntry(column: columnIndex, ordinal: $0, fromRoot: false) }
                let html: String
                switch column.family {
                case .trs:
                    html = TRSRenderer.list(
                        column: column, page: page, pageCount: pageCount, entries: entries, charset: charset)
                case .dhtml, .dhtmlMeta:
                    html = DhtmlRenderer.list(
                        column: column, parent: parent(of: column), page: page, pageCount: pageCount,
                        total: order.count,
                        entries: entries, charset: charset)
                }
                let path = "\(Self.host)/\(column.listPath(page: page))"
                try writer.write(TextEncoder.gbk(html), to: path)
                try files.add(
                    TruthFile(
                        path: path, role: .list, reason: "column list", column: column.key, page: page,
                        encoding: "GB18030",
                        declaredCharset: charset))
                paths.append(path)
            }
            records.append(
                TruthColumn(
                    key: column.key, name: column.name, category: column.category, family: column.family,
                    listPages: paths,
                    items: order.count))
        }
        return records
    }

    // MARK: - Pages that are not items

    /// Writes the home page, the search, error, login and redirect pages, a truncated and a garbage page.
    mutating func writeSpecialPages(into files: inout FileList) throws {
        var blocks: [(FixtureColumn, [DhtmlRenderer.ListEntry])] = []
        for key in ["tzgg", "gzdt", "jyxx"] {
            guard let columnIndex = profile.columns.firstIndex(where: { $0.key == key }) else { continue }
            let entries = plan.listOrder(column: columnIndex).prefix(8).map {
                listEntry(column: columnIndex, ordinal: $0, fromRoot: true)
            }
            blocks.append((profile.columns[columnIndex], entries))
        }
        try page(DhtmlRenderer.home(blocks: blocks), "index.dhtml", .list, "home page", "gbk", &files)
        try page(DhtmlRenderer.redirectStub(), "index.html", .nonItem, "redirect", nil, &files)

        var found: [DhtmlRenderer.ListEntry] = []
        for key in ["zszc", "zsks", "lqxx"] {
            guard let columnIndex = profile.columns.firstIndex(where: { $0.key == key }) else { continue }
            found += plan.columns[columnIndex].indices.map {
                listEntry(column: columnIndex, ordinal: $0, fromRoot: true)
            }
        }
        try page(
            DhtmlRenderer.search(keyword: "招生", entries: Array(found.prefix(10))), "search.dhtml?q=%D5%D0%C9%FA",
            .nonItem,
            "search page", "gbk", &files)
        try page(DhtmlRenderer.login(), "login.dhtml", .nonItem, "login page", "gbk", &files)
        try page(
            DhtmlRenderer.errorPage(), "mwx/75206.news.detail.dhtml?news_id=300001", .nonItem, "error page", "gb2312",
            &files)

        // An interrupted download: a detail page cut off inside its body.
        if let columnIndex = profile.columns.firstIndex(where: { $0.key == "tzgg" }), !plan.columns[columnIndex].isEmpty
        {
            var item = plan.item(column: columnIndex, ordinal: 0)
            item.legacyID = 324_987
            item.documentNumber = nil
            item.encoding = .gbk
            var content = composer.content(column: columnIndex, ordinal: 0)
            content.title = "关于转发\(profile.year - 1)年全州教育工作会议精神的通知"
            content.attachments = []
            var rng = plan.root.derived(SitePlan.Stream.assets.rawValue, 1)
            let html = DhtmlRenderer.detail(
                item: item, content: content, column: profile.columns[columnIndex], parent: nil, rng: &rng)
            let bytes = TextEncoder.gbk(html)
            let path = "\(Self.host)/mwx/75206.news.detail.dhtml?news_id=324987"
            try writer.write(Array(bytes.prefix(bytes.count * 2 / 5)), to: path)
            try files.add(
                TruthFile(
                    path: path, role: .broken, reason: "truncated: the download stopped inside the page",
                    encoding: "GB18030", declaredCharset: "gbk"))
        }
        // A page whose bytes are noise (a failed transfer saved under a page name).
        var noise = plan.root.derived(SitePlan.Stream.assets.rawValue, 2)
        let garbage = (0..<1_536).map { _ in UInt8(truncatingIfNeeded: noise.next()) }
        let garbagePath = "\(Self.host)/mwx/75207.news.detail.dhtml?news_id=324991"
        try writer.write(garbage, to: garbagePath)
        try files.add(TruthFile(path: garbagePath, role: .broken, reason: "garbage: the bytes are not text"))
    }

    private mutating func page(
        _ html: String, _ path: String, _ role: TruthFileRole, _ reason: String, _ charset: String?,
        _ files: inout FileList
    ) throws {
        let bytes = charset == nil ? Array(html.utf8) : TextEncoder.gbk(html)
        try writer.write(bytes, to: "\(Self.host)/\(path)")
        try files.add(
            TruthFile(
                path: "\(Self.host)/\(path)", role: role, reason: reason,
                encoding: charset == nil ? "UTF-8" : "GB18030",
                declaredCharset: charset))
    }

    /// Writes the style sheets, scripts, images and robots.txt.
    mutating func writeAssets(into files: inout FileList) throws {
        for asset in FileBytes.assets {
            let path = "\(Self.host)/\(asset.path)"
            try writer.write(asset.bytes, to: path)
            try files.add(TruthFile(path: path, role: .asset, reason: "site asset"))
        }
    }
}
