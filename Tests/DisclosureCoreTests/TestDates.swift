import DisclosureCore

/// Parses an ISO date in a test, crashing loudly on a typo.
func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(iso: text) else { fatalError("bad test date \(text)") }
    return date
}
