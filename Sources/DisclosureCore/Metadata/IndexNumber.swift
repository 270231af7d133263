/// A 索引号 (index number): the identifier of a catalogue entry (目录), kept exactly as found.
///
/// An index number is an opaque identifier first: every text is accepted, ``rawValue`` is never changed,
/// and equality, hashing and encoding use ``rawValue`` alone. Where the text has a recognised form,
/// ``components`` splits it into organisation code, year, month and serial:
///
/// | form | example |
/// |---|---|
/// | ``Form/slashYear`` — the national form | `000014349/2017-00110` |
/// | ``Form/slashYearMonth`` | `11341702486344515H/202110-00013` |
/// | ``Form/dashSlashYear`` — seen in Yunnan | `01526039-0-/2018-1109011` |
/// | ``Form/dashYear`` — seen in Yunnan | `01527918X-2020-153077` |
///
/// Recognition ignores surrounding white space and reads full-width characters (`／`, `－`, `２０１７`) as
/// their ASCII forms; the organisation code is ASCII letters, digits and `-`, the year lies in 1900…2100.
public struct IndexNumber: RawRepresentable, Sendable {
    /// Which recognised form an index number has, named after its shape (an open set: more may come).
    public struct Form: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
        /// The identifier of the form, e.g. `slashYear`.
        public let rawValue: String

        /// Creates a form from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `<org>/<yyyy>-<serial>`, the national form, e.g. `000014349/2017-00110`.
        public static let slashYear = Form(rawValue: "slashYear")
        /// `<org>/<yyyymm>-<serial>`, e.g. `11341702486344515H/202110-00013`.
        public static let slashYearMonth = Form(rawValue: "slashYearMonth")
        /// `<org>-/<yyyy>-<serial>`, e.g. `01526039-0-/2018-1109011` (Yunnan).
        public static let dashSlashYear = Form(rawValue: "dashSlashYear")
        /// `<org>-<yyyy>-<serial>`, e.g. `01527918X-2020-153077` (Yunnan).
        public static let dashYear = Form(rawValue: "dashYear")

        /// The identifier.
        public var description: String { rawValue }
    }

    /// The parts of an index number in a recognised form.
    public struct Components: Hashable, Sendable {
        /// Which form matched.
        public var form: Form
        /// The organisation code (组织机构代码 or 统一社会信用代码), e.g. `000014349` or `01526039-0`.
        public var organizationCode: String
        /// The year, e.g. 2017.
        public var year: Int
        /// The month 1…12 in ``Form/slashYearMonth``, else `nil`.
        public var month: Int?
        /// The serial as written, leading zeros kept, e.g. `00110`.
        public var serialText: String
        /// The serial as a number, e.g. 110.
        public var serial: Int

        /// Creates components.
        public init(form: Form, organizationCode: String, year: Int, month: Int?, serialText: String, serial: Int) {
            self.form = form
            self.organizationCode = organizationCode
            self.year = year
            self.month = month
            self.serialText = serialText
            self.serial = serial
        }
    }

    /// The text exactly as found or generated.
    public let rawValue: String
    /// The parts, when the text has a recognised form; `nil` for any other (still valid) index number.
    public let components: Components?

    /// Wraps a text; never fails.
    public init(rawValue: String) {
        self.rawValue = rawValue
        self.components = Self.recognise(rawValue)
    }

    /// Wraps a text; never fails.
    public init(_ rawValue: String) {
        self.init(rawValue: rawValue)
    }
}

// MARK: - Identity, text and Codable

extension IndexNumber: Hashable {
    /// Compares ``rawValue`` only.
    public static func == (lhs: IndexNumber, rhs: IndexNumber) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes ``rawValue`` only.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension IndexNumber: CustomStringConvertible {
    /// The ``rawValue``.
    public var description: String { rawValue }
}

extension IndexNumber: Codable {
    /// Decodes a single string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes ``rawValue`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// MARK: - Recognition

extension IndexNumber {
    /// Splits a text of a recognised form, reading it from the right: serial, `-`, year (and month),
    /// then `/`, `-/` or `-`, then the organisation code.
    static func recognise(_ text: String) -> Components? {
        var scalars = LegacyScalar.folded(text)
        while let last = scalars.last, LegacyScalar.isSpace(last) { scalars.removeLast() }
        let start = scalars.firstIndex { !LegacyScalar.isSpace($0) } ?? scalars.endIndex
        var end = scalars.endIndex

        // The serial: trailing digits.
        var cursor = end
        while cursor > start, LegacyScalar.isASCIIDigit(scalars[cursor - 1]) { cursor -= 1 }
        let serialDigits = scalars[cursor..<end]
        guard (1...12).contains(serialDigits.count), cursor > start, scalars[cursor - 1] == "-" else { return nil }
        end = cursor - 1

        // The year, or year and month.
        cursor = end
        while cursor > start, LegacyScalar.isASCIIDigit(scalars[cursor - 1]) { cursor -= 1 }
        let dateDigits = scalars[cursor..<end]
        guard dateDigits.count == 4 || dateDigits.count == 6, cursor > start else { return nil }
        let year = Self.value(dateDigits.prefix(4))
        guard (1900...2100).contains(year) else { return nil }
        var month: Int?
        if dateDigits.count == 6 {
            month = Self.value(dateDigits.suffix(2))
            guard (1...12).contains(month!) else { return nil }
        }

        // The separator decides the form.
        let form: Form
        let orgEnd: Int
        switch scalars[cursor - 1] {
        case "/":
            if cursor - 2 > start, scalars[cursor - 2] == "-" {
                guard month == nil else { return nil }
                form = .dashSlashYear
                orgEnd = cursor - 2
            } else {
                form = month == nil ? .slashYear : .slashYearMonth
                orgEnd = cursor - 1
            }
        case "-":
            guard month == nil else { return nil }
            form = .dashYear
            orgEnd = cursor - 1
        default:
            return nil
        }

        // The organisation code: ASCII letters, digits and inner hyphens.
        let org = scalars[start..<orgEnd]
        guard !org.isEmpty, org.first != "-", org.last != "-",
            org.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || LegacyScalar.isASCIIDigit($0) || $0 == "-") })
        else { return nil }
        let serialText = String(String.UnicodeScalarView(serialDigits))
        return Components(
            form: form, organizationCode: String(String.UnicodeScalarView(org)), year: year, month: month,
            serialText: serialText, serial: Self.value(serialDigits))
    }

    private static func value(_ digits: some Collection<Unicode.Scalar>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }
}
