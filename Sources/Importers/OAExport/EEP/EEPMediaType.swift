/// Media types for the 格式信息 values of DA/T 48 packages and for file-name extensions.
enum EEPMediaType {
    private static let types: [String: String] = [
        "pdf": "application/pdf", "ofd": "application/ofd", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "wps": "application/vnd.ms-works", "txt": "text/plain", "xml": "application/xml", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "png": "image/png", "tif": "image/tiff", "tiff": "image/tiff", "zip": "application/zip",
    ]

    /// The media type for a 格式信息 value (`PDF`) or, failing that, the extension of a file name.
    static func mediaType(format: String?, name: String?) -> String? {
        if let format, let type = types[HeaderLabel.key(format).trimmingPrefix(".").lowercased()] { return type }
        guard let name, let dot = name.lastIndex(of: ".") else { return nil }
        return types[name[name.index(after: dot)...].lowercased()]
    }
}
