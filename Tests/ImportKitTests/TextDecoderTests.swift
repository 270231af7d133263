import DisclosureCore
import Foundation
import ImportKit
import Testing

@Suite struct TextDecoderTests {
    let detector = EncodingDetector()
    let decoder = TextDecoder()

    /// Why ImportKit decodes GB18030 through iconv: Foundation gives up on the whole input at one bad byte.
    @Test func foundationReturnsNilForGB18030WithOneBadByte() {
        var bytes = Bytes.gbk("朱镕基")
        #expect(String(bytes: bytes, encoding: Bytes.gb18030) == "朱镕基")
        bytes.insert(0xFF, at: 2)
        #expect(String(bytes: bytes, encoding: Bytes.gb18030) == nil)
    }

    @Test func gbkDecodesFullyWithoutReplacements() {
        let bytes = Bytes.gbk(Bytes.page(head: "<meta charset=gb2312>"))
        let decoded = decoder.decode(bytes, as: detector.detect(bytes))
        #expect(decoded.text.contains("朱镕基、张喆、李堃"))
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.replacedCount == 0)
        #expect(!decoded.hasReplacements)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func badGB18030BytesAreReplacedAndCounted() throws {
        var bytes = Bytes.gbk("张喆、李堃")
        bytes.insert(0xFF, at: 2)  // invalid lead byte
        bytes += [0x81]  // truncated two-byte sequence at the end
        let decoded = decoder.decode(bytes[...], encoding: "gbk", file: "oa/register.csv")
        #expect(decoded.text == "张\u{FFFD}喆、李堃\u{FFFD}")
        #expect(decoded.replacedCount == 2)
        let warning = try #require(decoded.diagnostics.first)
        #expect(warning.code == TextDecoder.replacedBytesCode)
        #expect(warning.file == "oa/register.csv")
    }

    @Test func invalidUTF8IsReplacedAndCounted() {
        let bytes: [UInt8] = Array("堃".utf8) + [0xC3] + Array("x".utf8) + [0xE5, 0xA0] + Array("y".utf8)
        let decoded = decoder.decode(bytes[...], encoding: "UTF-8")
        #expect(decoded.text == "堃\u{FFFD}x\u{FFFD}y")
        #expect(decoded.replacedCount == 2)
    }

    @Test func utf8ByteOrderMarkIsSkipped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("标题,文号".utf8)
        let decoded = decoder.decode(bytes, as: detector.detect(bytes))
        #expect(decoded.text == "标题,文号")
    }

    @Test func utf16LittleEndianCSVFromExcel() {
        let text = "标题\t文号\r\n关于李堃\t勐教发〔2018〕12号\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let detected = detector.detect(bytes)
        let decoded = decoder.decode(bytes, as: detected)
        #expect(detected.name == "UTF-16LE")
        #expect(decoded.text == text)
        #expect(decoded.replacedCount == 0)
        let odd = decoder.decode(bytes.dropLast(), as: detected)
        #expect(odd.replacedCount == 1)
    }

    @Test func utf16BigEndian() {
        let text = "喆"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(decoder.decode(bytes, as: detector.detect(bytes)).text == text)
    }

    @Test func decodedTextGivesUTF8BytesForTheParser() {
        let bytes = Bytes.gbk("镕")
        let decoded = decoder.decode(bytes[...], encoding: "GB18030")
        #expect(decoded.utf8Bytes == Array("镕".utf8))
    }

    @Test func unsupportedEncodingIsAnErrorDiagnostic() {
        let decoded = decoder.decode(Array("abc".utf8)[...], encoding: "x-no-such-encoding")
        #expect(decoded.text == "abc")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.diagnostics.first?.severity == .error)
    }
}
