import DisclosureCore
import Testing

@Suite struct RequestTableEditionTests {
    @Test func rowsOfBothEditions() {
        let rows2019 = RequestTableEdition.edition2019.rowKeys
        #expect(rows2019.count == 2 + 19 + 2)
        #expect(rows2019.first == "newReceived")
        #expect(rows2019.last == "carriedForward")
        #expect(rows2019.contains("other") && !rows2019.contains("other.overdueFee"))
        let rows2021 = RequestTableEdition.edition2021.rowKeys
        #expect(rows2021.count == 2 + 21 + 2)
        #expect(
            Array(rows2021.suffix(5)) == [
                "other.overdueSupplement", "other.overdueFee", "other.otherReasons", "totalProcessed", "carriedForward",
            ])
        #expect(!rows2021.contains("other"))
    }

    @Test func columnsAndYears() {
        #expect(
            RequestTableEdition.columnKeys == [
                "naturalPerson", "commercial", "research", "social", "legal", "other", "total",
            ])
        #expect(ApplicantType.commercial.label == "商业企业")
        #expect(RequestTableEdition.forYear(2020) == .edition2019)
        #expect(RequestTableEdition.forYear(2021) == .edition2021)
    }
}
