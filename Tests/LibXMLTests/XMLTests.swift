import Foundation
import LibXML
import Testing

@Suite struct XMLTests {
    @Test func spreadsheetMLWithDefaultNamespaceNeedsARegisteredPrefix() throws {
        let xml = """
            <?xml version="1.0" encoding="GBK"?>
            <?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
             xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
             <Worksheet ss:Name="发文登记"><Table>
              <Row><Cell><Data ss:Type="String">标题</Data></Cell><Cell><Data ss:Type="String">发文字号</Data></Cell></Row>
              <Row><Cell><Data ss:Type="String">关于李堃同志任职的通知</Data></Cell><Cell><Data ss:Type="String">勐教发〔2018〕12号</Data></Cell></Row>
             </Table></Worksheet>
            </Workbook>
            """
        let document = try Document.xml(Fixtures.gbk(xml), encoding: "GB18030", baseURL: "oa/2018.xls")
        #expect(try document.xpath("//Row").isEmpty)  // default namespace: unprefixed names do not match
        document.registerNamespace("ss", uri: "urn:schemas-microsoft-com:office:spreadsheet")
        let rows = try document.xpath("//ss:Row")
        #expect(rows.count == 2)
        #expect(try rows[1].string("ss:Cell[1]/ss:Data") == "关于李堃同志任职的通知")
        let sheet = try #require(try document.first("//ss:Worksheet"))
        #expect(sheet.attribute("ss:Name") == "发文登记")
        #expect(sheet.attribute("Name") == "发文登记")
        #expect(sheet.namespaceURI == "urn:schemas-microsoft-com:office:spreadsheet")
        #expect(document.kind == .xml)
    }

    @Test func chineseElementNamesSerialiseAsCharacters() throws {
        let xml = "<电子文件封装包><题名>关于朱镕基</题名><![CDATA[<li>x</li>]]></电子文件封装包>"
        let document = try Document.xml(Array(xml.utf8), encoding: "UTF-8")
        let root = try #require(document.root)
        #expect(root.name == "电子文件封装包")
        #expect(root.outerHTML == xml)
        #expect(root.children.last?.kind == .cdata)
        #expect(try document.string("/电子文件封装包/题名") == "关于朱镕基")
    }

    @Test func malformedXMLFailsWithLineAndCode() {
        do {
            _ = try Document.xml(Array("<a>\n<b></a>".utf8), encoding: "UTF-8", baseURL: "bad.xml")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .parseFailed)
            #expect(error.line == 2)
            #expect(error.libxml2Code != nil)
            #expect(error.file == "bad.xml")
            #expect(error.description.contains("bad.xml:2"))
        }
    }

    @Test func billionLaughsIsRefusedFast() {
        var dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?>" + dtd + "]><lolz>&lol9;</lolz>"
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            do throws(LibXMLError) {
                _ = try Document.xml(Array(xml.utf8), encoding: "UTF-8")
                Issue.record("expected the document to be refused")
            } catch {
                #expect(error.code == .entityDeclarationRefused)
                #expect(error.message.contains("lol"))
            }
        }
        #expect(elapsed < .seconds(1))
    }

    @Test func externalEntitiesAreNeverFetched() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("libxml-secret-\(UUID()).txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let general = "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]><r>&x;</r>"
        let parameter = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(secret.absoluteString)\"> %p;]><r/>"
        for xml in [general, parameter] {
            #expect {
                try Document.xml(Array(xml.utf8), encoding: "UTF-8")
            } throws: { error in
                (error as? LibXMLError)?.code == .entityDeclarationRefused
            }
        }
    }

    @Test func externalDTDIsNotLoaded() throws {
        let dtd = FileManager.default.temporaryDirectory.appendingPathComponent("libxml-\(UUID()).dtd")
        try Data("<!ENTITY e \"FROM-THE-DTD\">".utf8).write(to: dtd)
        defer { try? FileManager.default.removeItem(at: dtd) }
        let xml = "<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\"><r>a&e;b</r>"
        let document = try Document.xml(Array(xml.utf8), encoding: "UTF-8")
        #expect(try !document.string("/r").contains("FROM-THE-DTD"))
    }
}

@Suite struct XPathConversionTests {
    @Test func stringAndNumberConvertLikeXPath() throws {
        let xml = "<r><n> 12 </n><s>abc</s><e/></r>"
        let document = try Document.xml(Array(xml.utf8), encoding: "UTF-8")
        #expect(try document.number("/r/n") == 12)
        #expect(try document.number("/r/s").isNaN)
        #expect(try document.number("/r/missing").isNaN)
        #expect(try document.string("count(/r/*)") == "3")
        #expect(try document.string("1 div 2") == "0.5")
        #expect(try document.string("boolean(/r/e)") == "true")
        #expect(try document.string("concat(/r/s, '-', /r/n)") == "abc- 12 ")
    }
}
