import DisclosureCore
import DisclosureStore
import Testing

@Suite struct ArchiveRunTests {
    @Test func rollbackRestoresItemsAndTheIDMap() throws {
        let archive = try DisclosureArchive()
        let first = try archive.write { (session) throws in
            let run = try session.beginRun(source: "site", at: "2026-11-29T10:00:00Z")
            try session.save(StoreSamples.item("a1", "初版标题"), run: run)
            try session.setMapping(
                SourceMapping(
                    sourceKey: "file:a1.html", file: "a1.html", itemID: "a1", status: .imported, contentHash: "h1",
                    lastRun: run))
            try session.finishRun(run, summary: nil, at: "2026-11-29T10:01:00Z")
            return run
        }
        let second = try archive.write { (session) throws in
            let run = try session.beginRun(source: "site", at: "2026-11-29T11:00:00Z")
            try session.save(StoreSamples.item("a1", "修改后标题"), run: run)
            try session.save(StoreSamples.item("a2", "新增"), run: run)
            try session.setMapping(
                SourceMapping(
                    sourceKey: "file:a1.html", file: "a1.html", itemID: "a1", status: .imported, contentHash: "h2",
                    lastRun: run))
            try session.setMapping(
                SourceMapping(
                    sourceKey: "file:a2.html", file: "a2.html", itemID: "a2", status: .imported, contentHash: "h3",
                    lastRun: run))
            return run
        }
        // Only the latest run can be undone.
        #expect(throws: ArchiveError.self) { try archive.write { try $0.rollback(run: first) } }
        let restored = try archive.write { try $0.rollback(run: second) }
        #expect(restored.items == 2)
        #expect(restored.sources == 2)
        try archive.read { (session) throws in
            #expect(try session.item("a1")?.title == "初版标题")
            #expect(try session.item("a2") == nil)
            #expect(try session.mapping("file:a1.html")?.contentHash == "h1")
            #expect(try session.mapping("file:a2.html") == nil)
            #expect(try session.runs().map(\.status) == [.completed, .rolledBack])
            #expect(try session.search("修改后").isEmpty)
            #expect(try session.search("初版标").map(\.itemID) == ["a1"])
        }
        // Then the first run can be undone too, leaving an empty archive.
        _ = try archive.write { try $0.rollback(run: first) }
        #expect(try archive.read { try $0.itemCount(includeNonItems: true) } == 0)
        #expect(throws: ArchiveError.self) { try archive.write { try $0.rollback(run: first) } }
    }

    @Test func mappingsCountAndStaleOnesAreRemoved() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            let run = try session.beginRun(source: nil, at: "t")
            for (key, status) in [("f#row=1", SourceStatus.imported), ("f#row=2", .merged), ("f#row=3", .failed)] {
                try session.setMapping(SourceMapping(sourceKey: key, file: "f", status: status, lastRun: run))
            }
            #expect(try session.mappingCounts() == [.imported: 1, .merged: 1, .failed: 1])
            let stale = try session.removeMappings(file: "f", except: ["f#row=1"], run: run)
            #expect(stale.map(\.sourceKey) == ["f#row=2", "f#row=3"])
            #expect(try session.mappings(file: "f").map(\.sourceKey) == ["f#row=1"])
        }
    }

    @Test func messagesAreKeptPerRun() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            let run = try session.beginRun(source: nil, at: "t")
            try session.addMessages(
                [
                    Diagnostic(
                        .warning, code: "date.unparseable", message: "日期无法识别", file: "a.csv", line: 4, element: "成文日期")
                ],
                run: run, sourceKey: "file:a.csv#row=4")
            let messages = try session.messages(run: run)
            #expect(messages.count == 1)
            #expect(messages.first?.line == 4)
            #expect(messages.first?.element == "成文日期")
        }
    }

    @Test func listedLinksWithoutAnItemAreReported() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            try session.save(StoreSamples.item("a1", "甲"), run: nil)
            try session.replaceListLinks(
                listFile: "tzgg/index.html",
                links: [
                    (url: "http://mhjyj.ynmh.gov.cn/a1.html", title: "甲", date: "2018-06-12"),
                    (url: "http://mhjyj.ynmh.gov.cn/gone.html", title: "已删除的通知", date: nil),
                ])
            #expect(try session.listedURLCount() == 2)
            let missing = try session.missingListedItems()
            #expect(missing.map(\.url) == ["http://mhjyj.ynmh.gov.cn/gone.html"])
            #expect(missing.first?.listFile == "tzgg/index.html")
        }
    }
}

@Suite struct ArchiveFileIndexTests {
    @Test func attachmentsAreLinkedToTheFilePlatformByName() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            var item = StoreSamples.item("a1", "关于印发学前教育宣传月方案的通知")
            item.attachments = [
                Attachment(name: "方案.wps", url: "http://x/a.wps"),
                Attachment(name: "报名表.doc", url: "http://x/b.doc", path: "mirror/b.doc"),
                Attachment(name: "无关.pdf", url: "http://x/c.pdf"),
            ]
            try session.save(item, run: nil)
            try session.replaceIndexedFiles(
                listFile: "oa/listing.html",
                files: [
                    .init(listFile: "oa/listing.html", folder: "2018年/学前", name: "方案.wps", size: 2048),
                    .init(listFile: "oa/listing.html", folder: "2018年/表格", name: "报名表.doc"),
                ])
            let links = try session.filesLinkedToItems()
            #expect(links.map(\.attachment) == ["方案.wps", "报名表.doc"])
            #expect(links.map(\.missingFromMirror) == [true, false])
            #expect(links.first?.location == "2018年/学前/方案.wps (oa/listing.html)")
        }
    }
}
