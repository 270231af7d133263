import ImportKit
import Testing

@Suite struct ASCIIBytesTests {
    @Test func lowerCasesASCIILettersOnly() {
        let bytes = Array("<TITLE>通知 Ab-Z@[`{</TITLE>".utf8)
        #expect(ASCIIBytes.lowercased(bytes) == Array("<title>通知 ab-z@[`{</title>".utf8))
        #expect(ASCIIBytes.lowercased(bytes[7...]) == Array("通知 ab-z@[`{</title>".utf8))
        #expect(ASCIIBytes.lowercased([UInt8]()).isEmpty)
    }

    @Test func findsNeedlesAnywhereIncludingTheEnds() {
        let text = Array("<html><head><meta charset=gbk></head>".utf8)
        #expect(ASCIIBytes.contains(text, "<html"))
        #expect(ASCIIBytes.contains(text, "</head>"))
        #expect(ASCIIBytes.contains(text, "charset=gbk"))
        #expect(!ASCIIBytes.contains(text, "</head>>"))
        #expect(!ASCIIBytes.contains(text, "<HTML"))
        #expect(ASCIIBytes.contains(text, ""))
        #expect(!ASCIIBytes.contains([], "<"))
        // A near miss before the match: the search resumes after the candidate's first byte.
        #expect(ASCIIBytes.contains(Array("<ta<tab<table".utf8), "<table"))
        #expect(ASCIIBytes.contains(Array("aaab".utf8), bytes: Array("aab".utf8)))
        #expect(ASCIIBytes.containsAny(text, ["<body", "<meta"]))
        #expect(!ASCIIBytes.containsAny(text, ["<body", "<frameset"]))
    }

    @Test func findsNeedlesInAnyCaseWithoutACopy() {
        let page = Array("<HTML><Table class=x>".utf8)
        #expect(ASCIIBytes.containsIgnoringCase(page, "<table"))
        #expect(ASCIIBytes.containsIgnoringCase(page[1...], "html>"))
        #expect(!ASCIIBytes.containsIgnoringCase(page, "<tbody"))
        #expect(ASCIIBytes.containsAnyIgnoringCase(page, ["<frameset", "class=X"]))
        // Bytes of multi-byte characters are not letters: `É` (C3 89) is not `é` (C3 A9).
        #expect(!ASCIIBytes.containsIgnoringCase(Array("CAFÉ".utf8), "café"))
        // Any collection of bytes, contiguous or not.
        #expect(ASCIIBytes.containsIgnoringCase(page.lazy.map { $0 }, "<table"))
    }

    @Test func agreesWithALowerCasedCopy() {
        // Many short haystacks from a small alphabet, made deterministically (a linear congruential sequence).
        var state: UInt64 = 20_181_116
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("<>TtAaBbLlEe 表".utf8)
        for _ in 0..<500 {
            let hay = (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }
            for needle in ["<table", "ta", "e", "<t"] {
                #expect(
                    ASCIIBytes.containsIgnoringCase(hay, needle)
                        == ASCIIBytes.contains(ASCIIBytes.lowercased(hay), needle))
            }
        }
    }
}
