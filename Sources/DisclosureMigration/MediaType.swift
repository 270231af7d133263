/// Guessing a file's media type from its first bytes, then its name: for attachments and assets in a mirror.
enum MediaType {
    static func guess(bytes: ArraySlice<UInt8>, name: String) -> String {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts(Array("%PDF".utf8)) { return "application/pdf" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts(Array("GIF8".utf8)) { return "image/gif" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) {
            return name.lowercased().hasSuffix(".xls") ? "application/vnd.ms-excel" : "application/msword"
        }
        if starts([0x52, 0x61, 0x72, 0x21]) { return "application/vnd.rar" }
        let lower = name.lowercased()
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            if lower.hasSuffix(".docx") {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            if lower.hasSuffix(".xlsx") { return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
            if lower.hasSuffix(".ofd") { return "application/ofd" }
            return "application/zip"
        }
        let byExtension: [(String, String)] = [
            (".html", "text/html"), (".htm", "text/html"), (".shtml", "text/html"), (".dhtml", "text/html"),
            (".css", "text/css"), (".js", "text/javascript"), (".csv", "text/csv"), (".txt", "text/plain"),
            (".xml", "application/xml"), (".json", "application/json"), (".doc", "application/msword"),
            (".xls", "application/vnd.ms-excel"),
            (".wps", "application/vnd.ms-works"), (".pdf", "application/pdf"), (".zip", "application/zip"),
            (".rar", "application/vnd.rar"), (".ofd", "application/ofd"), (".png", "image/png"),
            (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".gif", "image/gif"), (".ico", "image/x-icon"),
        ]
        let path = lower.split(separator: "?", maxSplits: 1).first.map(String.init) ?? lower
        return byExtension.first { path.hasSuffix($0.0) }?.1 ?? "application/octet-stream"
    }
}
