import DisclosureCore
import DisclosureStore
import Testing

/// The accounting a migration reads back from the archive instead of holding it: the files a run walked, the ID
/// map's entries among them, the lists with a limit and their counts, and full text indexed in one go.
@Suite struct ArchiveAccountingTests {
    static func mapping(_ key: String, _ status: SourceStatus, run: Int64, reason: String? = nil) -> SourceMapping {
        let file = String(key.dropFirst("file:".count).prefix { $0 != "#" })
        return SourceMapping(sourceKey: key, file: file, status: status, reason: reason, lastRun: run)
    }

    @Test func aRunIsAccountedForFromTheFilesItWalked() throws {
        let archive = try DisclosureArchive()
        let first = try archive.write { (session) throws in
            let run = try session.beginRun(source: "site", at: "t1")
            try session.startWalk(run: run)
            for key in ["file:a.html", "file:gone.html", "file:oa.csv"] { try session.recordWalked(key, run: run) }
            try session.setMapping(Self.mapping("file:a.html", .imported, run: run))
            try session.setMapping(Self.mapping("file:gone.html", .notAnItem, run: run, reason: "list"))
            try session.setMapping(Self.mapping("file:oa.csv", .imported, run: run))
            try session.setMapping(Self.mapping("file:oa.csv#row=2", .merged, run: run, reason: "same 文号"))
            try session.setMapping(Self.mapping("file:oa.csv#row=3", .failed, run: run, reason: "no title"))
            return run
        }
        try archive.write { (session) throws in
            let run = try session.beginRun(source: "site", at: "t2")
            #expect(run != first)
            try session.startWalk(run: run)
            for key in ["file:a.html", "file:oa.csv", "file:b.css"] { try session.recordWalked(key, run: run) }
            try session.setMapping(Self.mapping("file:b.css", .notAnItem, run: run, reason: "style sheet"))
            #expect(try session.walkedFileCount(run: run) == 3)
            let (files, rows) = try session.walkedSourceCounts(run: run)
            #expect(files == [.imported: 2, .notAnItem: 1])
            #expect(rows == [.merged: 1, .failed: 1])
            var failed: [String] = []
            try session.forEachWalkedSource(run: run, status: .failed) { failed.append($0.sourceKey) }
            #expect(failed == ["file:oa.csv#row=3"])
            var notItems: [String] = []
            try session.forEachWalkedSource(run: run, status: .notAnItem, limit: 5) { notItems.append($0.file) }
            #expect(notItems == ["b.css"])
            // The file the first run saw and this one did not.
            var gone: [String] = []
            try session.forEachUnwalkedFile(run: run) { gone.append($0.file) }
            #expect(gone == ["gone.html"])
            #expect(try session.unwalkedFileCount(run: run) == 1)
            // Rows of an export that this run did not write again are stale.
            try session.setMapping(Self.mapping("file:oa.csv#row=2", .merged, run: run))
            let stale = try session.removeMappings(file: "oa.csv", notWrittenIn: run, except: "file:oa.csv")
            #expect(stale.map(\.sourceKey) == ["file:oa.csv#row=3"])
            #expect(try session.mapping("file:oa.csv") != nil)
        }
    }

    @Test func listsAreReadWithALimitAndCounted() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            for index in 1...5 {
                var item = StoreSamples.item("i\(index)", "通知\(index)")
                item.hiddenLinks = ["http://spam.example/\(index)"]
                item.attachments = [Attachment(name: "附件\(index).doc", url: "f\(index).doc")]
                try session.save(item)
            }
            var links: [String] = []
            try session.forEachHiddenLink(limit: 2) { id, _ in links.append(id.rawValue) }
            #expect(links == ["i1", "i2"])
            #expect(try session.hiddenLinkCount() == 5)
            var missing: [String] = []
            try session.forEachMissingAttachment(limit: 3) { missing.append($0.name) }
            #expect(missing == ["附件1.doc", "附件2.doc", "附件3.doc"])
            #expect(try session.missingAttachmentCount() == 5)
            #expect(try session.encodingCounts().isEmpty)
            #expect(try session.itemCountsByYear().map(\.count) == [5])
        }
    }

    @Test func textSavedWithoutIndexingIsIndexedInOneGo() throws {
        let archive = try DisclosureArchive()
        try archive.write { (session) throws in
            try session.save(StoreSamples.item("a", "关于招生工作的通知", text: "做好义务教育招生入学工作"), indexingText: false)
            try session.save(StoreSamples.item("b", "工作动态", text: "召开全县教育工作会议"), indexingText: false)
            #expect(try session.search("招生入学").isEmpty)
            #expect(try session.indexUnindexedText() == 2)
            #expect(try session.search("招生入学").map(\.itemID) == ["a"])
            #expect(try session.indexUnindexedText() == 0)
            // An item saved again loses its entry until it is indexed again.
            try session.save(StoreSamples.item("a", "关于招生工作的通知", text: "做好高中招生录取工作"), indexingText: false)
            #expect(try session.search("高中招生").isEmpty)
            #expect(try session.indexUnindexedText() == 1)
            #expect(try session.search("高中招生").map(\.itemID) == ["a"])
            #expect(try session.search("招生入学").isEmpty)
        }
    }
}
