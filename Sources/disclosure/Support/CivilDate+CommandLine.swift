import ArgumentParser
import DisclosureCore
import Foundation

extension CivilDate {
    /// Today in the machine's time zone.
    static func today() -> CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(daysSinceEpoch: 0)
    }

    /// Parses a `YYYY-MM-DD` option value, with a usage error naming the value otherwise.
    static func parseOption(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("\"\(text)\" is not a date in the form YYYY-MM-DD")
        }
        return date
    }
}
