import DisclosureCore

/// The words of one generated item, composed from its own random stream: what the page shows and what the ground
/// truth says a correct migration reads from it.
struct ItemContent: Sendable {
    /// The full title.
    var title: String
    /// 体裁 / 文种.
    var kind: DocumentKind?
    /// The text after `来源：` on the info line.
    var source: String
    /// The text after `作者：`, when the template shows one.
    var author: String?
    /// Body paragraphs as plain text (escaped when rendered).
    var paragraphs: [String]
    /// A table in the body: the first row is the header.
    var table: [[String]]?
    /// The signature under the body: issuer and date as printed (Chinese numerals for numbered documents).
    var signature: (issuer: String, date: String)?
    /// The person who wrote the item (shown as 作者 or 责任编辑).
    var editor: String
    /// The line naming the writer and the reviewer at the end of the body.
    var editorLine: String
    /// The attachments.
    var attachments: [AttachmentSpec]
    /// Where a reposted item came from.
    var repost: RepostSource?
    /// Spam links hidden in the body.
    var hiddenLinks: [(url: String, text: String)]
    /// 发布机构.
    var publisher: String
    /// 索引号, on post-2017 template pages.
    var indexNumber: IndexNumber?
    /// 有效性, when the page shows it.
    var validity: Validity?
    /// 主题分类 shown in the metadata table.
    var theme: String
    /// The budget stage identifier (`rules` … `performance`) of a fund item.
    var budgetStage: String?
    /// The budget fund identifier (`special-funds`, `transfer-payments`) of a fund item.
    var budgetFund: String?
}
