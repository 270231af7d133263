import DisclosureCore

enum StoreSamples {
    static func item(
        _ id: String, _ title: String, published: String? = "2018-06-12", text: String? = nil,
        attribute: DisclosureAttribute? = .proactive, reviewed: Bool = true, category: CategoryID? = .notices
    ) -> DisclosureItem {
        var item = DisclosureItem(id: ItemID(rawValue: id), title: title)
        item.publishedAt = published.flatMap(LocalDateTime.init)
        item.text = text
        item.attribute = attribute
        item.review = reviewed ? ConfidentialityReview(result: .passed) : nil
        item.category = category
        item.url = "http://mhjyj.ynmh.gov.cn/\(id).html"
        item.provenance = [SourceRecord(importer: "portal", file: "\(id).html", url: item.url)]
        return item
    }
}
