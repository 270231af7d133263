import Foundation
import LibXML
import Testing

@Suite struct DiagnosticsTests {
    @Test func recoveredHTMLErrorsAreReturnedWithTheDocument() throws {
        let html = "<html><body>\n<div><p>未闭合</span></div>\n<bogus-tag>x</bogus-tag></body></html>"
        let document = try Document.html(Array(html.utf8), encoding: "UTF-8", baseURL: "broken.html")
        #expect(!document.messages.isEmpty)
        let unexpected = try #require(document.messages.first { $0.message.contains("span") })
        #expect(unexpected.domain == "html")
        #expect(unexpected.line == 2)
        #expect(unexpected.file == "broken.html")
        #expect(try document.string("//p") == "未闭合")
    }

    @Test func encodingErrorsGoToMessagesNotStandardError() throws {
        let bytes = Fixtures.gbk(Fixtures.countyPage(charsetMeta: "gb2312"))
        let (document, printed) = try StandardErrorCapture.run {
            try Document.html(bytes, encoding: "GB2312")
        }
        #expect(document.messages.contains { $0.domain == "encoding" && $0.message.contains("conversion") })
        // Other tests may write to standard error meanwhile; libxml2's wording must not be there.
        #expect(!printed.contains("conversion failed"))
        #expect(!printed.contains("encoding error"))
    }

    @Test func handlersAreRestoredAfterEachCall() throws {
        _ = try Document.html(Array("<p>".utf8), encoding: "UTF-8")
        let second = try Document.html(Array("<p>ok</p>".utf8), encoding: "UTF-8")
        #expect(second.messages.isEmpty)
    }
}

/// Redirects file descriptor 2 to a temporary file while `body` runs, and returns what was written.
enum StandardErrorCapture {
    static func run<T>(_ body: () throws -> T) throws -> (T, String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID()).txt")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try FileHandle(forWritingTo: url)
        fflush(nil)
        let saved = dup(2)
        dup2(file.fileDescriptor, 2)
        let result: Result<T, any Error> = Result { try body() }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        try file.close()
        // Read through a handle: `String(contentsOf:)` leaks its buffer on an empty file (seen under LSan).
        let reader = try FileHandle(forReadingFrom: url)
        defer { try? reader.close() }
        let printed = String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self)
        return (try result.get(), printed)
    }
}
