/// A 文号 (发文字号, document number) such as `勐教发〔2018〕12号`: issuer code, year and serial.
///
/// Legacy pages and OA exports write the same number many ways: `勐教发[2018]12`, `勐教发【2018】12号`,
/// `勐教发（２０１８）０12号`, `文号：勐教发 〔2018〕 12 号`. ``init(parsing:)`` reads all of them;
/// ``normalized`` writes the form of GB/T 9704-2012 with 六角括号 〔〕.
///
/// Identity is the normalised parts only: two values are equal (and hash alike) when their issuer code,
/// year and serial are equal, whatever bracket, digit width or spacing the original text used.
/// ``original`` is for display and is neither compared nor encoded.
///
/// Accepted input, after an optional label ending in `：` or `:` (everything up to the last colon is dropped):
/// - the issuer code (机关代字): any text before the year that is not a digit or an opening bracket;
///   white space inside it is removed;
/// - the year: exactly 4 digits (ASCII or full-width), inside one of the brackets
///   〔〕 [] ［］ 【】 （） () 〈〉 ｛｝ {} 〖〗 ﹝﹞ (any opening with any closing bracket),
///   or with no brackets at all; without brackets the year is the first 4 digits and the serial follows
///   after white space, `-`, `_`, `/` or `.`, or directly (`勐教发201812号` is read as 2018, serial 12);
/// - an optional `第`, then the serial: digits, leading zeros dropped, not 0;
/// - an optional `号`. White space (including U+3000 and U+00A0) may appear between all parts.
public struct DocumentNumber: Sendable {
    /// The issuer code (机关代字), e.g. `勐教发`, with white space removed.
    public let issuerCode: String
    /// The four-digit year (年份), e.g. 2018.
    public let year: Int
    /// The serial number (发文顺序号), e.g. 12, without leading zeros.
    public let serial: Int
    /// The text as found, for display only; not part of equality, hashing or encoding.
    public let original: String

    /// The canonical form `<issuer>〔<year>〕<serial>号`, e.g. `勐教发〔2018〕12号`.
    public var normalized: String {
        "\(issuerCode)〔\(year)〕\(serial)号"
    }

    /// Reads a document number in any of the forms found in the wild (see the type's documentation).
    ///
    /// - Throws: ``DocumentNumberParseError`` naming the text and what is missing or malformed.
    public init(parsing text: String) throws(DocumentNumberParseError) {
        var parser = Parser(text: text)
        let parts = try parser.parse()
        self.issuerCode = parts.issuer
        self.year = parts.year
        self.serial = parts.serial
        self.original = text
    }

    /// Builds a number from its parts, e.g. the 机关代字 and 年份 columns of an OA export.
    ///
    /// The parts are checked by the same rules as ``init(parsing:)``; ``original`` is the normalised text.
    /// - Throws: ``DocumentNumberParseError`` when a part is invalid (an empty issuer code, a year that is
    ///   not 4 digits, a serial of 0 or less).
    public init(issuerCode: String, year: Int, serial: Int) throws(DocumentNumberParseError) {
        let text = "\(issuerCode)〔\(year)〕\(serial)号"
        try self.init(parsing: text)
    }
}

// MARK: - Identity

extension DocumentNumber: Hashable {
    /// Compares the normalised parts; ``original`` is ignored.
    public static func == (lhs: DocumentNumber, rhs: DocumentNumber) -> Bool {
        lhs.issuerCode == rhs.issuerCode && lhs.year == rhs.year && lhs.serial == rhs.serial
    }

    /// Hashes the normalised parts; ``original`` is ignored.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(issuerCode)
        hasher.combine(year)
        hasher.combine(serial)
    }
}

// MARK: - Text and Codable

extension DocumentNumber: CustomStringConvertible, LosslessStringConvertible {
    /// The normalised form, e.g. `勐教发〔2018〕12号`.
    public var description: String { normalized }

    /// Parses any accepted form; `nil` when ``init(parsing:)`` would throw.
    public init?(_ description: String) {
        guard let value = try? DocumentNumber(parsing: description) else { return nil }
        self = value
    }
}

extension DocumentNumber: Codable {
    /// Decodes a single string in any accepted form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Encodes ``normalized`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalized)
    }
}

// MARK: - Parsing

extension DocumentNumber {
    /// A one-pass scanner over the folded scalars of the input.
    private struct Parser {
        let text: String
        let scalars: [Unicode.Scalar]
        var position: Int
        let end: Int

        init(text: String) {
            self.text = text
            let folded = LegacyScalar.folded(text)
            // Drop a label such as `文号：` or `发文字号:`: a document number never contains a colon.
            let start = (folded.lastIndex { $0 == ":" }).map { $0 + 1 } ?? 0
            self.scalars = folded
            self.position = start
            self.end = folded.count
        }

        func fail(_ code: DocumentNumberParseError.Code, _ reason: String) -> DocumentNumberParseError {
            DocumentNumberParseError(input: text, code: code, reason: reason)
        }

        var current: Unicode.Scalar? { position < end ? scalars[position] : nil }

        mutating func skipSpaces() {
            while position < end, LegacyScalar.isSpace(scalars[position]) { position += 1 }
        }

        mutating func digits() -> String {
            var result = ""
            while position < end, LegacyScalar.isASCIIDigit(scalars[position]) {
                result.unicodeScalars.append(scalars[position])
                position += 1
            }
            return result
        }

        static func isOpening(_ s: Unicode.Scalar) -> Bool {
            switch s {
            case "〔", "[", "【", "(", "〈", "{", "〖", "﹝": return true
            default: return false
            }
        }

        static func isClosing(_ s: Unicode.Scalar) -> Bool {
            switch s {
            case "〕", "]", "】", ")", "〉", "}", "〗", "﹞": return true
            default: return false
            }
        }

        mutating func parse() throws(DocumentNumberParseError) -> (issuer: String, year: Int, serial: Int) {
            skipSpaces()
            guard position < end else { throw fail(.empty, "there is no text") }

            // The issuer code: everything up to the first digit or opening bracket, minus white space.
            var issuer = ""
            while let s = current, !LegacyScalar.isASCIIDigit(s), !Self.isOpening(s) {
                if Self.isClosing(s) {
                    throw fail(.unexpectedText, "a closing bracket \"\(s)\" comes before the year")
                }
                if !LegacyScalar.isSpace(s) { issuer.unicodeScalars.append(s) }
                position += 1
            }
            guard position < end else {
                throw fail(.noYear, "no year follows the issuer code \"\(issuer)\"")
            }
            guard !issuer.isEmpty else {
                throw fail(.noIssuerCode, "no issuer code (机关代字) comes before the year")
            }

            let year = try parseYear()

            skipSpaces()
            if current == "第" {
                position += 1
                skipSpaces()
            }
            let serialText = digits()
            guard !serialText.isEmpty else {
                let rest = String(String.UnicodeScalarView(scalars[position..<end]))
                throw fail(
                    .noSerial,
                    rest.isEmpty
                        ? "no serial number follows the year \(year)"
                        : "no serial number follows the year \(year), found \"\(rest)\"")
            }
            let significant = serialText.drop { $0 == "0" }
            guard significant.count <= 9 else {
                throw fail(.unexpectedText, "the serial \"\(serialText)\" is too long")
            }
            guard let serial = Int(significant), serial > 0 else {
                throw fail(.serialIsZero, "the serial \"\(serialText)\" is zero")
            }

            skipSpaces()
            if current == "号" { position += 1 }
            skipSpaces()
            guard position == end else {
                let rest = String(String.UnicodeScalarView(scalars[position..<end]))
                throw fail(.unexpectedText, "unexpected text \"\(rest)\" after the serial \(serial)")
            }
            return (issuer, year, serial)
        }

        /// Reads the year in brackets, or bare and followed by an optional separator.
        mutating func parseYear() throws(DocumentNumberParseError) -> Int {
            if let open = current, Self.isOpening(open) {
                position += 1
                skipSpaces()
                let yearText = digits()
                guard !yearText.isEmpty else {
                    throw fail(.noYear, "the brackets after the issuer code hold no year")
                }
                guard yearText.count == 4, yearText.first != "0", let year = Int(yearText) else {
                    throw fail(.yearNotFourDigits, "the year \"\(yearText)\" is not 4 digits")
                }
                skipSpaces()
                guard let close = current, Self.isClosing(close) else {
                    throw fail(.unexpectedText, "the bracket \"\(open)\" before the year \(year) is not closed")
                }
                position += 1
                return year
            }
            let start = position
            let run = digits()
            guard run.count >= 4, run.first != "0" else {
                throw fail(.yearNotFourDigits, "the year \"\(run)\" is not 4 digits")
            }
            // Without brackets the year is the first four digits; the serial may follow directly.
            position = start + 4
            let year = Int(run.prefix(4))!
            if run.count == 4 {
                skipSpaces()
                if let s = current, s == "-" || s == "_" || s == "/" || s == "." {
                    position += 1
                }
            }
            return year
        }
    }
}
