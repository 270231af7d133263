import Foundation

/// The `<datastore>` block of Hanweb JCMS list pages and `dataproxy.jsp` answers: list items as CDATA inside
/// `<record>` elements, with the record and page counts.
///
/// In a list page the block sits inside `<script type="text/xml">`, where an HTML parser sees only text, so it is
/// read from the decoded page text.
struct HanwebDatastore {
    /// The markup of each record (`<li><a …>…</a><span>2018-06-12</span></li>`).
    var records: [String] = []
    /// `<totalrecord>` or `totalRecord:` in the page, when given.
    var totalRecords: Int?
    /// `<totalpage>`, when given.
    var totalPages: Int?

    /// Reads the block from a page's text; nil when there is none.
    init?(text: String) {
        guard text.includes("<datastore") || text.includes("<recordset") else { return nil }
        var rest = Substring(text)
        while let open = rest.byteRange(of: "<record>") {
            let after = rest[open.upperBound...]
            guard let close = after.byteRange(of: "</record>") else { break }
            var content = after[..<close.lowerBound]
            if let cdata = content.byteRange(of: "<![CDATA[") {
                content = content[cdata.upperBound...]
                if let end = content.byteRange(of: "]]>") { content = content[..<end.lowerBound] }
            }
            records.append(String(content))
            rest = after[close.upperBound...]
        }
        totalRecords =
            Self.element("totalrecord", in: text) ?? PaginationReader.number(after: "totalRecord", in: text)
        totalPages = Self.element("totalpage", in: text)
    }

    private static func element(_ name: String, in text: String) -> Int? {
        guard let open = text.byteRange(of: "<\(name)>") else { return nil }
        return Int(text[open.upperBound...].prefix { $0.isNumber })
    }
}
