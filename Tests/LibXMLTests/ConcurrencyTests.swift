import LibXML
import Testing

@Suite struct ConcurrencyTests {
    /// Two hundred documents parsed, queried, edited and serialised in parallel; each result must match its
    /// own input, and each document's messages must be its own (per-thread error capture).
    @Test func parsesTwoHundredDocumentsInParallel() async throws {
        let count = 200
        let results = await withTaskGroup(of: (Int, String, Int, Bool).self) { group in
            for index in 0..<count {
                group.addTask {
                    let broken = index.isMultiple(of: 2) ? "</span>" : ""
                    let html = """
                        <html><head><title>通知\(index)</title></head><body>\(broken)
                        <div id="zoom"><p>李堃\(index)</p><script>x()</script>\
                        \(String(repeating: "<li>项</li>", count: index % 7))</div></body></html>
                        """
                    let bytes = index.isMultiple(of: 3) ? Fixtures.gbk(html) : Array(html.utf8)
                    let encoding = index.isMultiple(of: 3) ? "GB18030" : "UTF-8"
                    do {
                        let document = try Document.html(bytes, encoding: encoding)
                        for script in try document.xpath("//script") { script.remove() }
                        let title = try document.string("//title")
                        let items = Int(try document.number("count(//li)"))
                        let clean = try #require(try document.first("//div[@id='zoom']")).innerHTML
                        let ok = clean.hasPrefix("<p>李堃\(index)</p>") && !clean.contains("script")
                        let complained = document.messages.contains { $0.message.contains("span") }
                        return (index, title, items, ok && complained == index.isMultiple(of: 2))
                    } catch {
                        return (index, "error: \(error)", -1, false)
                    }
                }
            }
            var collected: [(Int, String, Int, Bool)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == count)
        for (index, title, items, ok) in results {
            #expect(title == "通知\(index)")
            #expect(items == index % 7)
            #expect(ok, "document \(index)")
        }
    }
}
