import DisclosureCore
import ImportKit
import Testing

@Suite struct EncodingDetectorTests {
    let detector = EncodingDetector()

    @Test func byteOrderMarksDecideFirst() {
        let utf8 = detector.detect([0xEF, 0xBB, 0xBF] + Array(Bytes.page(head: "<meta charset=gbk>").utf8))
        #expect(utf8.name == "UTF-8")
        #expect(utf8.method == .bom)
        #expect(utf8.byteOrderMarkLength == 3)
        let little = detector.detect([0xFF, 0xFE, 0x3C, 0x00])
        #expect(little.name == "UTF-16LE")
        #expect(little.byteOrderMarkLength == 2)
        #expect(detector.detect([0xFE, 0xFF, 0x00, 0x3C]).name == "UTF-16BE")
    }

    @Test func gb2312MetaOnGBKBytesMeansGB18030() {
        let detected = detector.detect(
            Bytes.gbk(Bytes.page(head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")))
        #expect(detected.name == "GB18030")
        #expect(detected.method == .declared)
        #expect(detected.declaredLabel == "gb2312")
        #expect(detected.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "<meta charset=\"GBK\">", "<META CHARSET=gbk>", "<meta charset='x-gbk' />",
        "<META HTTP-EQUIV=Content-Type CONTENT=\"text/html; charset=GB2312\">",
        "<meta content=\"text/html;charset=cp936\" http-equiv=\"content-type\">",
        "<meta http-equiv='Content-Type' content='text/html; charset = \"gb18030\"'>",
    ])
    func declarationsAreFoundCaseInsensitivelyWithOptionalQuotes(head: String) {
        let detected = detector.detect(Bytes.gbk(Bytes.page(head: head)))
        #expect(detected.name == "GB18030")
        #expect(detected.method == .declared)
        #expect(detected.declaredLabel != nil)
    }

    @Test func xmlDeclarationEncoding() {
        let xml = "<?xml version=\"1.0\" encoding=\"GBK\"?><电子文件封装包><题名>李堃</题名></电子文件封装包>"
        let detected = detector.detect(Bytes.gbk(xml))
        #expect(detected.name == "GB18030")
        #expect(detected.method == .declared)
        #expect(detected.declaredLabel == "GBK")
        let plain = detector.detect(Array("<?xml version='1.0' encoding=utf-8?><r>堃</r>".utf8))
        #expect(plain.name == "UTF-8")
        #expect(plain.method == .declared)
    }

    @Test func lyingGB2312MetaOnUTF8BytesIsCorrected() throws {
        let source = ImportSource(
            bytes: Array(
                Bytes.page(head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">").utf8),
            path: "mirror/xxgk/t1.html")
        let detected = detector.detect(source)
        #expect(detected.name == "UTF-8")
        #expect(detected.method == .validated)
        #expect(detected.declaredLabel == "gb2312")
        #expect(detected.contradictsDeclaration)
        let warning = try #require(detected.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.code == EncodingDetector.contradictionCode)
        #expect(warning.file == "mirror/xxgk/t1.html")
    }

    @Test func gbkBytesUnderUTF8MetaAreCorrected() {
        let detected = detector.detect(Bytes.gbk(Bytes.page(head: "<meta charset=\"utf-8\">")))
        #expect(detected.name == "GB18030")
        #expect(detected.method == .fallback)
        #expect(detected.declaredLabel == "utf-8")
        #expect(detected.contradictsDeclaration)
    }

    @Test func undeclaredBytesAreValidatedOrFallBackToGB18030() {
        let gbk = detector.detect(Bytes.gbk(Bytes.page(head: "")))
        #expect(gbk.name == "GB18030")
        #expect(gbk.method == .fallback)
        #expect(gbk.declaredLabel == nil)
        #expect(gbk.diagnostics.map(\.code) == [EncodingDetector.guessedCode])
        let utf8 = detector.detect(Array(Bytes.page(head: "").utf8))
        #expect(utf8.name == "UTF-8")
        #expect(utf8.method == .validated)
        #expect(detector.detect(Array("<p>plain ASCII</p>".utf8)).name == "UTF-8")
        #expect(detector.detect([]).name == "UTF-8")
    }

    @Test func unknownLabelIsReportedAndIgnored() {
        let detected = detector.detect(Bytes.gbk(Bytes.page(head: "<meta charset=\"hz-gb-2312\">")))
        #expect(detected.name == "GB18030")
        #expect(detected.declaredLabel == "hz-gb-2312")
        #expect(detected.diagnostics.map(\.code).contains(EncodingDetector.unknownLabelCode))
    }

    @Test func declarationsInCommentsDescriptionsOrBeyondThePrescanAreIgnored() {
        let commented = detector.detect(Array(Bytes.page(head: "<!-- <meta charset=gbk> -->").utf8))
        #expect(commented.declaredLabel == nil)
        let description = detector.detect(
            Array(Bytes.page(head: "<meta name=\"description\" content=\"charset=gbk\">").utf8))
        #expect(description.declaredLabel == nil)
        let late = String(repeating: " ", count: 5000) + "<meta charset=gbk>"
        #expect(detector.detect(Array(late.utf8)).declaredLabel == nil)
        #expect(EncodingDetector(prescanLength: 8192).detect(Array(late.utf8)).declaredLabel == "gbk")
    }

    @Test(arguments: ["gb2312", "GBK", "x-gbk", "cp936", "gb18030", "EUC-CN", "csGB2312", "windows-936"])
    func everyGBLabelIsGB18030(label: String) {
        #expect(EncodingLabel.canonicalName(for: label) == "GB18030")
        #expect(EncodingLabel.isGB(label))
    }

    @Test func otherLabels() {
        #expect(EncodingLabel.canonicalName(for: " UTF8 ") == "UTF-8")
        #expect(EncodingLabel.canonicalName(for: "iso-8859-1") == "WINDOWS-1252")
        #expect(EncodingLabel.canonicalName(for: "big5") == "BIG5-HKSCS")
        #expect(EncodingLabel.canonicalName(for: "hz-gb-2312") == nil)
    }
}
