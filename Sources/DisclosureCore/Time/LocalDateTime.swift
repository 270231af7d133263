/// A local date with an optional time of day, and how precise it is: the form of 发布日期 and 成文日期.
///
/// Legacy pages give `2018-06-12`, `2018-06-12 10:20` or `2018-06-12 10:20:30`; the value keeps what
/// was said and no more. It encodes as `YYYY-MM-DD` (day precision) or `YYYY-MM-DDTHH:MM:SS`.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    /// How much of the value is known.
    public enum Precision: String, Hashable, Codable, Sendable {
        /// Only the day is known.
        case day
        /// The time of day is known to the minute (seconds are kept when the source gave them).
        case minute
    }

    /// The day.
    public var date: CivilDate
    /// Hour 0…23 (0 when the precision is a day).
    public private(set) var hour: Int
    /// Minute 0…59 (0 when the precision is a day).
    public private(set) var minute: Int
    /// Second 0…59 (0 when not given).
    public private(set) var second: Int
    /// Whether a time of day is known.
    public private(set) var precision: Precision

    /// A value known to the day.
    public init(_ date: CivilDate) {
        self.date = date
        self.hour = 0
        self.minute = 0
        self.second = 0
        self.precision = .day
    }

    /// A value known to the minute; `nil` when the time is out of range.
    public init?(_ date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.precision = .minute
    }

    /// Orders values chronologically; a day-precision value sorts as the start of its day.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
    }
}

extension LocalDateTime: CustomStringConvertible, LosslessStringConvertible {
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    public var description: String {
        switch precision {
        case .day: return date.description
        case .minute:
            return "\(date)T\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2)):\(CivilDate.pad(second, 2))"
        }
    }

    /// Parses the canonical forms `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` and `YYYY-MM-DDTHH:MM:SS`.
    public init?(_ description: String) {
        let halves = description.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count <= 2, let date = CivilDate(iso: halves[0]) else { return nil }
        guard halves.count == 2 else {
            self.init(date)
            return
        }
        let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 }),
            let h = Int(clock[0]), let m = Int(clock[1])
        else { return nil }
        let s = clock.count == 3 ? Int(clock[2]) : 0
        guard let s else { return nil }
        self.init(date, hour: h, minute: m, second: s)
    }
}

extension LocalDateTime: Codable {
    /// Decodes `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, found \"\(text)\"")
        }
        self = value
    }

    /// Encodes the canonical form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
