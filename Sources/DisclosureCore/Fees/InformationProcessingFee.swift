/// An information processing fee (信息处理费, 国办函〔2020〕109号) with the bands that make it up.
///
/// The only fee a bureau may charge for on-request disclosure (条例 Art. 42). Both methods are progressive
/// (超额累进): each unit is priced by the band it falls in. Per request (按件), counted per applicant per calendar
/// month: requests 1–10 free, 11–30 100元 each, then bands of 10 at +100元 each (31–40 200元, 41–50 300元 …).
/// Per volume (按量), per request: pages 1–30 free, 31–100 10元/page, 101–200 20元/page, 201 on 40元/page.
/// One method per request, never both. Amounts are whole 元.
public struct InformationProcessingFee: Hashable, Codable, Sendable {
    /// How the fee is counted.
    public enum Method: String, Hashable, Codable, Sendable {
        /// 按件计收: by the number of requests of one applicant in one calendar month.
        case perRequest
        /// 按量计收: by the number of pages (or equivalent) provided for one request.
        case perVolume
    }

    /// One band of the tariff as applied: units first…last at one unit price.
    public struct Band: Hashable, Codable, Sendable, CustomStringConvertible {
        /// The first unit (request ordinal or page) of the band that was charged.
        public var first: Int
        /// The last unit of the band that was charged.
        public var last: Int
        /// The price of one unit in 元 (0 for the free band).
        public var unitPrice: Int

        /// Creates a band.
        public init(first: Int, last: Int, unitPrice: Int) {
            self.first = first
            self.last = last
            self.unitPrice = unitPrice
        }

        /// The number of units charged in the band.
        public var units: Int { last - first + 1 }
        /// The amount for the band in 元.
        public var amount: Int { units * unitPrice }

        /// `31–40: 10 × 200元 = 2000元`, or `1–10: free`.
        public var description: String {
            let span = first == last ? "\(first)" : "\(first)–\(last)"
            return unitPrice == 0 ? "\(span): free" : "\(span): \(units) × \(unitPrice)元 = \(amount)元"
        }
    }

    /// The method used.
    public var method: Method
    /// The bands charged, in order (the free band included when it was used).
    public var bands: [Band]

    /// Creates a fee from its bands.
    public init(method: Method, bands: [Band]) {
        self.method = method
        self.bands = bands
    }

    /// The fee in 元.
    public var amount: Int { bands.reduce(0) { $0 + $1.amount } }

    /// A sentence, e.g. `按量 350 pages: 1–30: free; 31–100: 70 × 10元 = 700元; …; total 8700元`.
    public var explanation: String {
        let head: String
        switch method {
        case .perVolume:
            let pages = bands.last?.last ?? 0
            head = "按量 (per volume) \(pages) \(pages == 1 ? "page" : "pages")"
        case .perRequest:
            if bands.count == 1, let band = bands.first, band.units == 1 {
                head = "按件 (per request) request no. \(band.first) of the applicant this month"
            } else {
                head = "按件 (per request) \(bands.last?.last ?? 0) requests of the applicant this month"
            }
        }
        let body = bands.isEmpty ? "nothing to charge" : bands.map(\.description).joined(separator: "; ")
        return "\(head): \(body); total \(amount)元"
    }

    // MARK: - Per request (按件)

    /// The fee for one request: the `ordinal`-th request (1-based) of its applicant in the calendar month.
    public static func perRequest(ordinalInMonth ordinal: Int) throws(FeeInputError) -> InformationProcessingFee {
        guard ordinal >= 1 else {
            throw FeeInputError(method: .perRequest, quantity: ordinal, reason: "a request ordinal starts at 1")
        }
        return InformationProcessingFee(
            method: .perRequest, bands: [Band(first: ordinal, last: ordinal, unitPrice: requestUnitPrice(ordinal))])
    }

    /// The fees of all of an applicant's `count` requests in one calendar month, band by band.
    public static func perRequest(monthlyCount count: Int) throws(FeeInputError) -> InformationProcessingFee {
        guard count >= 0 else {
            throw FeeInputError(method: .perRequest, quantity: count, reason: "a request count cannot be negative")
        }
        var bands: [Band] = []
        var first = 1
        while first <= count {
            let bandLast = requestBandLast(first)
            bands.append(Band(first: first, last: min(bandLast, count), unitPrice: requestUnitPrice(first)))
            first = bandLast + 1
        }
        return InformationProcessingFee(method: .perRequest, bands: bands)
    }

    /// The price in 元 of the `ordinal`-th request of an applicant in a calendar month.
    public static func requestUnitPrice(_ ordinal: Int) -> Int {
        switch ordinal {
        case ...10: return 0
        case 11...30: return 100
        default: return 200 + (ordinal - 31) / 10 * 100
        }
    }

    private static func requestBandLast(_ ordinal: Int) -> Int {
        switch ordinal {
        case ...10: return 10
        case 11...30: return 30
        default: return 40 + (ordinal - 31) / 10 * 10
        }
    }

    // MARK: - Per volume (按量)

    /// The page bands of the per-volume tariff: (first page, last page or `nil` for open, price per page).
    private static let pageTariff: [(first: Int, last: Int?, unitPrice: Int)] = [
        (1, 30, 0), (31, 100, 10), (101, 200, 20), (201, nil, 40),
    ]

    /// The fee for one request providing `pages` pages (or the equivalent volume).
    public static func perVolume(pages: Int) throws(FeeInputError) -> InformationProcessingFee {
        guard pages >= 0 else {
            throw FeeInputError(method: .perVolume, quantity: pages, reason: "a page count cannot be negative")
        }
        var bands: [Band] = []
        for tier in pageTariff where tier.first <= pages {
            bands.append(Band(first: tier.first, last: min(tier.last ?? pages, pages), unitPrice: tier.unitPrice))
        }
        return InformationProcessingFee(method: .perVolume, bands: bands)
    }
}
