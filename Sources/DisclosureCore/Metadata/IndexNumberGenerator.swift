/// A bureau's rule for making new 索引号 (index numbers), kept in its JSON configuration.
///
/// The template is literal text with placeholders:
/// - `{org}` — the organisation code (组织机构代码);
/// - `{year}` — the 4-digit year (required);
/// - `{month}` — the 2-digit month, for forms like `…/202110-00013`;
/// - `{serial}` or `{serial:N}` — the serial, zero-padded to N digits (required, exactly once).
///
/// Examples: `{org}/{year}-{serial:5}` → `000014349/2017-00110`; `{org}-{year}-{serial:6}` →
/// `01527918X-2020-153077`; `{org}/{year}{month}-{serial:5}` → `11341702486344515H/202110-00013`.
///
/// Serials count per year (also with `{month}`: the month is stamped, the count does not restart).
/// ``nextNumbers(_:year:month:used:)`` continues after the highest serial already used in that year
/// and never fills gaps, so a withdrawn number is never handed out again and re-runs are safe.
///
/// Encoded as `{"template": …, "organizationCode": …, "firstSerial": …}` (`firstSerial` optional, 1 by
/// default); decoding checks the template like ``init(template:organizationCode:firstSerial:)``.
public struct IndexNumberGenerator: Hashable, Sendable {
    /// The template, e.g. `{org}/{year}-{serial:5}`.
    public let template: String
    /// The organisation code put in place of `{org}`, e.g. `000014349`.
    public let organizationCode: String
    /// The serial of the first number of a year with no numbers yet, usually 1.
    public let firstSerial: Int
    private let segments: [Segment]

    /// One piece of a checked template.
    private enum Segment: Hashable, Sendable {
        case literal([Unicode.Scalar])
        case organization
        case year
        case month
        case serial(width: Int)
    }

    /// Checks a template and creates a generator.
    ///
    /// - Throws: ``IndexNumberGeneratorError`` for an empty template, unbalanced braces, an unknown
    ///   placeholder, a bad width, a missing `{year}` or `{serial}`, a repeated `{serial}`, a serial
    ///   directly followed by digits, `{org}` with an empty organisation code, or a first serial below 1.
    public init(template: String, organizationCode: String, firstSerial: Int = 1) throws(IndexNumberGeneratorError) {
        self.template = template
        self.organizationCode = organizationCode
        self.firstSerial = firstSerial
        self.segments = try Self.compile(template, organizationCode: organizationCode)
        guard firstSerial >= 1 else {
            throw IndexNumberGeneratorError(
                template: template, code: .invalidArgument, reason: "the first serial \(firstSerial) is below 1")
        }
    }

    // MARK: - Making numbers

    /// The index number with a given serial.
    ///
    /// `month` is required when the template has `{month}` and ignored otherwise.
    /// - Throws: ``IndexNumberGeneratorError`` when the year is not 4 digits, the month is missing or not
    ///   1…12, the serial is below 1 or has more digits than `{serial:N}` allows.
    public func number(year: Int, month: Int? = nil, serial: Int) throws(IndexNumberGeneratorError) -> IndexNumber {
        try checkArguments(year: year, month: month)
        guard serial >= 1 else { throw fail(.invalidArgument, "the serial \(serial) is below 1") }
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let scalars): text.unicodeScalars.append(contentsOf: scalars)
            case .organization: text += organizationCode
            case .year: text += String(year)
            case .month: text += CivilDate.pad(month ?? 0, 2)
            case .serial(let width):
                let digits = String(serial)
                if width > 0 && digits.count > width {
                    throw fail(.serialOverflow, "the serial \(serial) does not fit in \(width) digits")
                }
                text += CivilDate.pad(serial, width)
            }
        }
        return IndexNumber(rawValue: text)
    }

    /// The next `count` numbers of a year after those already used (by any generator run or by hand).
    ///
    /// Numbers of other years, other organisation codes or other shapes in `used` are ignored.
    /// A `count` of 0 or less gives no numbers.
    /// - Throws: ``IndexNumberGeneratorError`` as ``number(year:month:serial:)`` does.
    public func nextNumbers(
        _ count: Int, year: Int, month: Int? = nil, used: some Sequence<IndexNumber>
    ) throws(IndexNumberGeneratorError) -> [IndexNumber] {
        try checkArguments(year: year, month: month)
        guard count > 0 else { return [] }
        var highest = firstSerial - 1
        for number in used {
            if let serial = serial(of: number, year: year), serial > highest { highest = serial }
        }
        var result: [IndexNumber] = []
        result.reserveCapacity(count)
        for serial in (highest + 1)...(highest + count) {
            result.append(try number(year: year, month: month, serial: serial))
        }
        return result
    }

    /// The next number of a year after those already used.
    ///
    /// - Throws: ``IndexNumberGeneratorError`` as ``number(year:month:serial:)`` does.
    public func nextNumber(
        year: Int, month: Int? = nil, used: some Sequence<IndexNumber>
    ) throws(IndexNumberGeneratorError) -> IndexNumber {
        try nextNumbers(1, year: year, month: month, used: used)[0]
    }

    /// The serial of a number this template would make for `year`, or `nil` when it is not one.
    ///
    /// Surrounding white space and full-width characters are tolerated; any month 01…12 is accepted.
    public func serial(of number: IndexNumber, year: Int) -> Int? {
        var scalars = LegacyScalar.folded(number.rawValue)
        while let last = scalars.last, LegacyScalar.isSpace(last) { scalars.removeLast() }
        let yearText = Array(String(year).unicodeScalars)
        var i = scalars.firstIndex { !LegacyScalar.isSpace($0) } ?? scalars.count
        var serial: Int?
        func matches(_ piece: [Unicode.Scalar]) -> Bool {
            guard scalars.count - i >= piece.count else { return false }
            for (offset, scalar) in piece.enumerated() where scalars[i + offset] != scalar { return false }
            i += piece.count
            return true
        }
        for segment in segments {
            switch segment {
            case .literal(let piece):
                guard matches(piece) else { return nil }
            case .organization:
                guard matches(Array(organizationCode.unicodeScalars)) else { return nil }
            case .year:
                guard matches(yearText) else { return nil }
            case .month:
                guard scalars.count - i >= 2, LegacyScalar.isASCIIDigit(scalars[i]),
                    LegacyScalar.isASCIIDigit(scalars[i + 1])
                else { return nil }
                let month = Int(scalars[i].value - 0x30) * 10 + Int(scalars[i + 1].value - 0x30)
                guard (1...12).contains(month) else { return nil }
                i += 2
            case .serial:
                let start = i
                var value = 0
                while i < scalars.count, i - start < 15, LegacyScalar.isASCIIDigit(scalars[i]) {
                    value = value * 10 + Int(scalars[i].value - 0x30)
                    i += 1
                }
                guard i > start else { return nil }
                serial = value
            }
        }
        return i == scalars.count ? serial : nil
    }

    // MARK: - Checking

    private func fail(_ code: IndexNumberGeneratorError.Code, _ reason: String) -> IndexNumberGeneratorError {
        IndexNumberGeneratorError(template: template, code: code, reason: reason)
    }

    private func checkArguments(year: Int, month: Int?) throws(IndexNumberGeneratorError) {
        guard (1000...9999).contains(year) else { throw fail(.invalidArgument, "the year \(year) is not 4 digits") }
        guard segments.contains(.month) else { return }
        guard let month else { throw fail(.invalidArgument, "the template has {month} but no month was given") }
        guard (1...12).contains(month) else { throw fail(.invalidArgument, "month \(month) does not exist") }
    }

    private static func compile(
        _ template: String, organizationCode: String
    ) throws(IndexNumberGeneratorError) -> [Segment] {
        func fail(_ code: IndexNumberGeneratorError.Code, _ reason: String) -> IndexNumberGeneratorError {
            IndexNumberGeneratorError(template: template, code: code, reason: reason)
        }
        let scalars = Array(template.unicodeScalars)
        guard !scalars.isEmpty else { throw fail(.emptyTemplate, "the template is empty") }
        var segments: [Segment] = []
        var literal: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "}" { throw fail(.unbalancedBrace, "\"}\" at offset \(i) closes no placeholder") }
            guard scalar == "{" else {
                literal.append(scalar)
                i += 1
                continue
            }
            guard let close = scalars[(i + 1)...].firstIndex(where: { $0 == "}" || $0 == "{" }),
                scalars[close] == "}"
            else {
                throw fail(.unbalancedBrace, "\"{\" at offset \(i) is not closed")
            }
            let body = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
            let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0]
            let width: Int?
            if parts.count == 2 {
                guard name == "serial" else {
                    throw fail(.invalidWidth, "only {serial} takes a width, found {\(body)} at offset \(i)")
                }
                guard let value = Int(parts[1]), (1...12).contains(value) else {
                    throw fail(.invalidWidth, "the width in {\(body)} at offset \(i) is not a number from 1 to 12")
                }
                width = value
            } else {
                width = nil
            }
            if !literal.isEmpty {
                segments.append(.literal(literal))
                literal = []
            }
            switch name {
            case "org": segments.append(.organization)
            case "year": segments.append(.year)
            case "month": segments.append(.month)
            case "serial": segments.append(.serial(width: width ?? 0))
            default:
                throw fail(
                    .unknownPlaceholder,
                    "unknown placeholder {\(body)} at offset \(i); use {org}, {year}, {month}, {serial} or {serial:N}")
            }
            i = close + 1
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }

        let serialPositions = segments.indices.filter {
            if case .serial = segments[$0] { return true }
            return false
        }
        guard let serialIndex = serialPositions.first else {
            throw fail(.missingPlaceholder, "the template has no {serial}")
        }
        guard serialPositions.count == 1 else {
            throw fail(.repeatedPlaceholder, "the template has {serial} \(serialPositions.count) times")
        }
        guard segments.contains(.year) else { throw fail(.missingPlaceholder, "the template has no {year}") }
        if serialIndex + 1 < segments.count {
            let ambiguous: Bool
            switch segments[serialIndex + 1] {
            case .literal(let piece): ambiguous = piece.first.map(LegacyScalar.isASCIIDigit) ?? false
            case .organization: ambiguous = organizationCode.unicodeScalars.first.map(LegacyScalar.isASCIIDigit) ?? true
            case .year, .month, .serial: ambiguous = true
            }
            if ambiguous {
                throw fail(.ambiguousSerial, "digits directly follow {serial}, so its end cannot be found")
            }
        }
        if segments.contains(.organization) && organizationCode.isEmpty {
            throw fail(.missingOrganizationCode, "the template uses {org} but the organisation code is empty")
        }
        return segments
    }
}

// MARK: - Codable

extension IndexNumberGenerator: Codable {
    private enum CodingKeys: String, CodingKey {
        case template, organizationCode, firstSerial
    }

    /// Decodes `template`, `organizationCode` and an optional `firstSerial`, checking the template.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let template = try container.decode(String.self, forKey: .template)
        let organizationCode = try container.decodeIfPresent(String.self, forKey: .organizationCode) ?? ""
        let firstSerial = try container.decodeIfPresent(Int.self, forKey: .firstSerial) ?? 1
        do {
            try self.init(template: template, organizationCode: organizationCode, firstSerial: firstSerial)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .template, in: container, debugDescription: error.description)
        }
    }

    /// Encodes `template`, `organizationCode` and `firstSerial`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(template, forKey: .template)
        try container.encode(organizationCode, forKey: .organizationCode)
        try container.encode(firstSerial, forKey: .firstSerial)
    }
}
