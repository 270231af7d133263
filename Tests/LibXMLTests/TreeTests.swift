import LibXML
import Testing

@Suite struct TreeTests {
    static let page = """
        <html><head><title>通知公告</title>
        <script>var views = 0;</script></head>
        <body>
        <div class="toolbar">【打印】【关闭】</div>
        <div id="zoom" class="TRS_Editor"><p>第一段<b>加粗</b>。</p><script>createPageHTML(3, 0, "index", "html");</script>
        <p>第二段 &amp; 附件：<a href="./P020180612.pdf" title="2018年招生计划表">招生计划表</a></p></div>
        <ul><li><a href="t1.html">一</a></li><li><a href="t2.html">二</a></li><li><a href="t3.html">三</a></li></ul>
        </body></html>
        """

    static func document() throws(LibXMLError) -> Document {
        try Document.html(Array(page.utf8), encoding: "UTF-8", baseURL: "https://jyj.example.gov.cn/xxgk/")
    }

    @Test func xpathReturnsNodesStringsAndNumbers() throws {
        let document = try Self.document()
        #expect(try document.xpath("//li/a").map(\.text) == ["一", "二", "三"])
        #expect(try document.xpath("//a/@href").map(\.text).first == "./P020180612.pdf")
        #expect(try document.string("//title") == "通知公告")
        #expect(try document.number("count(//li)") == 3)
        #expect(try document.string("//nothing") == "")
        #expect(try document.first("//nothing") == nil)
        guard case .boolean(true) = try document.evaluate("boolean(//script)") else {
            Issue.record("expected boolean true")
            return
        }
        guard case .number(let count) = try document.evaluate("count(//p)") else {
            Issue.record("expected a number")
            return
        }
        #expect(count == 2)
    }

    @Test func xpathRelativeToANode() throws {
        let document = try Self.document()
        let zoom = try #require(try document.first("//div[@id='zoom']"))
        #expect(try zoom.xpath(".//p").count == 2)
        #expect(try zoom.string("p[2]/a/@title") == "2018年招生计划表")
        #expect(try zoom.number("count(.//a)") == 1)
    }

    @Test func invalidXPathThrowsWithLibxml2Message() {
        do {
            _ = try Self.document().xpath("//div[")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidXPath)
            #expect(error.message.contains("//div["))
            #expect(!error.messages.isEmpty)
        }
    }

    @Test func attributesAndText() throws {
        let document = try Self.document()
        let link = try #require(try document.first("//div[@id='zoom']//a"))
        #expect(link.name == "a")
        #expect(link.kind == .element)
        #expect(link.attribute("href") == "./P020180612.pdf")
        #expect(link.attribute("title") == "2018年招生计划表")
        #expect(link.attribute("target") == nil)
        #expect(
            link.attributes == [
                Attribute(name: "href", value: "./P020180612.pdf"), Attribute(name: "title", value: "2018年招生计划表"),
            ])
        let second = try #require(try document.first("//div[@id='zoom']/p[2]"))
        #expect(second.text == "第二段 & 附件：招生计划表")
        #expect(second.line == 6)
    }

    @Test func navigation() throws {
        let document = try Self.document()
        let items = try document.xpath("//li")
        let middle = items[1]
        #expect(middle.parent?.name == "ul")
        #expect(middle.previousSibling == items[0])
        #expect(middle.nextSibling == items[2])
        #expect(middle.previousElementSibling == items[0])
        #expect(items[2].nextSibling == nil)
        #expect(middle.children.count == 1)
        #expect(middle.firstChild?.name == "a")
        let zoom = try #require(try document.first("//div[@id='zoom']"))
        #expect(zoom.elementChildren.map(\.name) == ["p", "script", "p"])
        #expect(zoom.children.count > zoom.elementChildren.count)  // whitespace text nodes are kept
        let root = try #require(document.root)
        #expect(root.name == "html")
        #expect(root.parent?.kind == .document)
        #expect(document.node.kind == .document)
    }

    @Test func removingScriptsAndToolbars() throws {
        let document = try Self.document()
        let scripts = try document.xpath("//script")
        #expect(scripts.count == 2)
        for script in scripts { #expect(script.remove()) }
        #expect(scripts[0].remove() == false)  // already removed
        #expect(scripts[1].isDetached)
        #expect(scripts[1].text.contains("createPageHTML"))  // still valid after removal
        try document.first("//div[@class='toolbar']")?.remove()
        #expect(try document.xpath("//script").isEmpty)
        let body = try document.string("//body")
        #expect(!body.contains("createPageHTML"))
        #expect(!body.contains("【打印】"))
        #expect(!(try #require(document.root)).outerHTML.contains("<script"))
        #expect(document.node.remove() == false)
    }

    @Test func innerAndOuterHTML() throws {
        let document = try Document.html(
            Array("<div id=\"zoom\"><p>镕<b>喆</b><br>堃 &amp; &lt;x&gt;</p></div>".utf8), encoding: "UTF-8")
        let zoom = try #require(try document.first("//div[@id='zoom']"))
        #expect(zoom.innerHTML == "<p>镕<b>喆</b><br>堃 &amp; &lt;x&gt;</p>")
        #expect(zoom.outerHTML == "<div id=\"zoom\">\(zoom.innerHTML)</div>")
        #expect(zoom.description == zoom.outerHTML)
        let bold = try #require(try document.first("//b"))
        #expect(bold.firstChild?.kind == .text)
        #expect(bold.firstChild?.outerHTML == "喆")
    }

    @Test func attributesAreFoundByBytesWithPrefixAndFallback() throws {
        let document = try Document.xml(
            Array(#"<r xmlns:x="urn:x"><e x:lang="zh" id="a" empty="">t</e><f/></r>"#.utf8), encoding: "UTF-8")
        let element = try #require(document.xpath("//e").first)
        #expect(element.hasAttributes)
        #expect(element.attribute("x:lang") == "zh")
        #expect(element.attribute("lang") == "zh")  // the local name, when no qualified name matches
        #expect(element.attribute("id") == "a")
        #expect(element.attribute("empty") == "")
        #expect(element.attribute("i") == nil)
        #expect(element.attribute("idx") == nil)
        let bare = try #require(document.xpath("//f").first)
        #expect(!bare.hasAttributes)
        #expect(bare.withLocalNameBytes { String(decoding: $0, as: UTF8.self) } == "f")
    }

    @Test func marksStartAtZeroAndStayOnTheNode() throws {
        let document = try Self.document()
        let anchors = try document.xpath("//a")
        #expect(anchors.allSatisfy { $0.mark == 0 })
        for (index, anchor) in anchors.enumerated() { anchor.mark = index + 1 }
        // A new handle to the same node sees the mark.
        #expect(try document.xpath("//a").map(\.mark) == Array(1...anchors.count))
    }
}
