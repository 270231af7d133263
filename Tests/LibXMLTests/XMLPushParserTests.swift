import Foundation
import LibXML
import Testing

/// The streaming parser: events across arbitrary chunk boundaries, encodings, and the same refusals as the tree
/// parser.
@Suite struct XMLPushParserTests {
    static let sheet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>关于李堃&amp;张喆的通知</t></is></c></row>
        <row r="2"><c r="B2"><v>43263</v></c></row>
        </sheetData></worksheet>
        """

    static func events(_ bytes: [UInt8], chunk: Int, encoding: String = "UTF-8") throws -> [XMLStreamEvent] {
        let parser = try XMLPushParser(encoding: encoding, baseURL: "sheet1.xml")
        var events: [XMLStreamEvent] = []
        var offset = 0
        while offset < bytes.count {
            events += try parser.feed(bytes[offset..<min(bytes.count, offset + chunk)])
            offset += chunk
        }
        events += try parser.finish()
        return events
    }

    static func texts(_ events: [XMLStreamEvent]) -> String {
        events.compactMap { event -> String? in
            if case .text(let text) = event { return text }
            return nil
        }.joined().filter { !$0.isWhitespace }
    }

    @Test(arguments: [1, 3, 7, 4096])
    func chunkBoundariesDoNotMatter(chunk: Int) throws {
        let events = try Self.events(Array(Self.sheet.utf8), chunk: chunk)
        #expect(Self.texts(events) == "关于李堃&张喆的通知43263")
        let starts = events.compactMap { event -> XMLStreamElement? in
            if case .start(let element) = event { return element }
            return nil
        }
        #expect(starts.filter { $0.localName == "row" }.map { $0.attribute("r") } == ["1", "2"])
        #expect(starts.first?.namespaceURI == "http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        #expect(starts.first { $0.localName == "c" }?.line == 3)
    }

    @Test func gbkWithTheEncodingGiven() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"GBK\"?><题名>关于朱镕基奖教金的通知</题名>"
        let bytes = [UInt8](xml.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        #expect(Self.texts(try Self.events(bytes, chunk: 5, encoding: "GB18030")) == "关于朱镕基奖教金的通知")
    }

    @Test func entityDeclarationsAreRefused() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;">]>
            <lolz>&lol1;</lolz>
            """
        let error = #expect(throws: LibXMLError.self) { try Self.events(Array(laughs.utf8), chunk: 16) }
        #expect(error?.code == .entityDeclarationRefused)
    }

    @Test func malformedXMLFailsWithALine() throws {
        let error = #expect(throws: LibXMLError.self) {
            try Self.events(Array("<a>\n<b></a>".utf8), chunk: 4)
        }
        #expect(error?.code == .parseFailed)
        #expect(error?.line == 2)
    }

    static func attributes(_ events: [XMLStreamEvent], of name: String) -> [Attribute] {
        for case .start(let element) in events where element.localName == name { return element.attributes }
        return []
    }

    @Test func attributesAsTheTreeHasThem() throws {
        // An ampersand comes back as itself, not as the `&#38;` libxml2 hands SAX2; a default from an
        // `<!ATTLIST>` is not added (the tree parser has no `DTDATTR` either).
        let xml = #"<!DOCTYPE a [<!ATTLIST b d CDATA "x">]><a><b n="A&amp;B &#38; &lt;&#38;#38;"/></a>"#
        let events = try Self.events(Array(xml.utf8), chunk: 5)
        #expect(Self.attributes(events, of: "b") == [Attribute(name: "n", value: "A&B & <&#38;")])
        let document = try Document.xml(Array(xml.utf8), encoding: "UTF-8")
        #expect(try document.first("//b")?.attributes == Self.attributes(events, of: "b"))
    }

    @Test(arguments: [("UTF-16LE", [UInt8](arrayLiteral: 0xFF, 0xFE)), ("UTF-16BE", [0xFE, 0xFF])])
    func utf16ByteOrderMarkIsDropped(encoding: String, mark: [UInt8]) throws {
        let units = "<a>文</a>".utf16
        let bytes =
            mark
            + units.flatMap { unit in
                encoding == "UTF-16LE"
                    ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
        #expect(Self.texts(try Self.events(bytes, chunk: 3, encoding: encoding)) == "文")
    }
}
