/// One attachment of a generated item: its human name, where the page links to it, where the file lies in the
/// mirror (or would lie, when it is missing), and what its bytes look like.
struct AttachmentSpec: Hashable, Sendable {
    /// The link text: the human file name, e.g. `2018年勐海县普通高中招生计划表.xls`.
    var name: String
    /// The file type, which decides the bytes' header: `pdf`, `doc`, `xls`, `wps`, `docx`, `xlsx`, `zip`, `rar`.
    var type: String
    /// The `href` exactly as the page writes it (absolute, root-relative or `../`/`./` relative).
    var href: String
    /// The absolute address the link resolves to.
    var url: String
    /// The file's path relative to the output folder (`mhjyj.ynmh.gov.cn/upload/…`).
    var mirrorPath: String
    /// Whether the file was deliberately left out of the mirror.
    var missing: Bool

    /// The media type a reader should infer from the bytes.
    var mediaType: String {
        switch type {
        case "pdf": "application/pdf"
        case "doc": "application/msword"
        case "xls": "application/vnd.ms-excel"
        case "wps": "application/vnd.ms-works"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "zip": "application/zip"
        default: "application/vnd.rar"
        }
    }
}
