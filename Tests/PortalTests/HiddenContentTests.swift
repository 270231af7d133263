import DisclosureCore
import Foundation
import ImportKit
import LibXML
import Portal
import Testing

/// Nothing hidden and nothing from a script reaches an item's text or HTML, on every fixture and for every way of
/// hiding a link; each hidden link is reported with a diagnostic.
@Suite struct HiddenContentTests {
    /// Every hidden anchor's text and target, and every script's text, of a page.
    static func hiddenParts(_ page: String) throws -> (anchors: [String], scripts: [String]) {
        let source = try PortalFixtures.source(page)
        guard !source.bytes.isEmpty else { return ([], []) }
        let detected = EncodingDetector().detect(source)
        let text = TextDecoder().decode(source.bytes, as: detected).text
        let document = try Document.html(Array(text.utf8), encoding: "UTF-8")
        let hiddenXPath =
            "//*[contains(translate(@style,'DISPLAYNOE ','displaynoe'),'display:none') or "
            + "contains(translate(@style,'VISBLTYHDN ','visbltyhdn'),'visibility:hidden')]//a"
        let anchors = try document.xpath(hiddenXPath).map { TextCleaning($0.text) }.filter { !$0.isEmpty }
        let scripts = try document.xpath("//script").flatMap { script in
            script.text.split(whereSeparator: \.isNewline).map { TextCleaning($0) }.filter { $0.count >= 12 }
        }
        return (anchors, scripts)
    }

    @Test(arguments: PortalFixtures.pages)
    func nothingHiddenOrScriptedReachesTheOutput(_ page: String) throws {
        let result = try PortalFixtures.run(page)
        let (anchors, scripts) = try Self.hiddenParts(page)
        for item in result.items {
            let text = item.text ?? ""
            let html = item.html ?? ""
            for anchor in anchors {
                #expect(!text.contains(anchor) && !html.contains(anchor), "\(page): hidden '\(anchor)' kept")
            }
            for link in item.hiddenLinks {
                #expect(!html.contains(link), "\(page): hidden link \(link) kept in html")
                #expect(
                    item.diagnostics.contains { $0.code == "portal.hidden-link" && $0.message.contains(link) },
                    "\(page): no diagnostic for \(link)")
            }
            for line in scripts {
                #expect(!text.contains(line) && !html.contains(line), "\(page): script text '\(line)' kept")
            }
            let lowered = html.lowercased()
            for banned in [
                "<script", "<style", "<iframe", "<object", "<embed", "<form", "javascript:", " onclick", " onload",
                " style=",
            ] {
                #expect(!lowered.contains(banned), "\(page): html has \(banned)")
            }
        }
    }

    @Test(arguments: [
        #"<div style="display:none">"#, #"<div style="DISPLAY: none !important">"#,
        #"<span style="visibility:hidden">"#,
        #"<span style="font-size:0">"#, #"<span style="font-size:1px">"#,
        #"<div style="position:absolute;left:-9999px">"#,
        #"<div style="position:absolute;top:-3000px">"#, #"<div style="width:0;height:0;overflow:hidden">"#,
        #"<div style="height:1px;overflow:hidden">"#, #"<div class="x1">"#, #"<div id="y2">"#, #"<div hidden>"#,
    ])
    func everyWayOfHidingIsCaught(_ opening: String) throws {
        let tag = opening.dropFirst().prefix { $0.isLetter }
        let html = """
            <html><head><meta charset="utf-8"><title>正文页_勐海县教育局</title><style>.x1{display:none} #y2 {visibility: hidden}</style></head>
            <body><h1>正文页</h1><div id="zoom"><p>可见的正文内容，足够长以便识别为正文。</p>
            \(opening)<a href="http://spam.example.com/">博彩网站</a></\(tag)><p>结尾。</p></div></body></html>
            """
        let result = try PortalImporter().importSource(
            ImportSource(
                bytes: Array(html.utf8), path: "hidden.html", originalURL: "http://www.example.gov.cn/a/t.html"),
            context: ImportContext())
        let item = try #require(result.items.first)
        #expect(item.hiddenLinks == ["http://spam.example.com/"])
        #expect(item.text == "可见的正文内容，足够长以便识别为正文。\n\n结尾。")
        #expect(item.html?.contains("博彩") == false)
        let diagnostic = try #require(item.diagnostics.first { $0.code == "portal.hidden-link" })
        #expect(diagnostic.field == "hiddenLinks")
        #expect(diagnostic.element?.isEmpty == false)
        #expect(diagnostic.file == "hidden.html")
    }

    @Test func eventHandlersAndScriptAddressesAreStripped() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>正文页_勐海县教育局</title></head><body><h1>正文页</h1><div id="zoom">
            <p onclick="steal()" style="color:red">段落<a href="javascript:alert(1)">脚本链接</a>和<a href="JaVaScRiPt:void(0)">另一个</a>。</p>
            <p><img src="x.png" onerror="steal()"><iframe src="http://evil.example/"></iframe><script>document.write('计数')</script></p>
            <form action="/x"><input name="q"><p>表单里的文字</p></form></div></body></html>
            """
        let item = try #require(
            try PortalImporter().importSource(
                ImportSource(bytes: Array(html.utf8), path: "x.html"), context: ImportContext()
            )
            .items.first)
        let output = try #require(item.html)
        #expect(!output.lowercased().contains("javascript"))
        #expect(!output.contains("onclick") && !output.contains("onerror") && !output.contains("style="))
        #expect(!output.contains("iframe") && !output.contains("计数") && !output.contains("<form"))
        #expect(output.contains("<img src=\"x.png\">"))
        #expect(item.text?.contains("段落脚本链接和另一个。") == true)
        #expect(item.text?.contains("表单里的文字") == true)
    }
}

/// The text of a node or line with white space folded.
private func TextCleaning(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
