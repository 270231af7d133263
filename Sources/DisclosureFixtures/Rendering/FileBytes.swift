import DisclosureCore
import Foundation

/// The bytes of files that are not pages: tiny attachments with real format headers, and the site's assets
/// (style sheets, scripts, images, robots.txt). Every file carries a tag derived from its path, so no two files
/// hash alike.
enum FileBytes {
    /// A tiny attachment of a type: a `%PDF-1.4` document, an OLE2 compound-file header (.doc, .xls, .wps), a
    /// ZIP local header (.docx, .xlsx, .zip) or a RAR signature.
    static func attachment(type: String, tag: String) -> [UInt8] {
        let label = Array("fixture:\(tag)".utf8)
        switch type {
        case "pdf":
            let text = """
                %PDF-1.4
                %\u{E2}\u{E3}\u{CF}\u{D3}
                1 0 obj
                << /Type /Catalog /Pages 2 0 R >>
                endobj
                2 0 obj
                << /Type /Pages /Kids [] /Count 0 >>
                endobj
                % \(tag)
                trailer
                << /Root 1 0 R >>
                %%EOF

                """
            return Array(text.utf8)
        case "doc", "xls", "wps":
            var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
            bytes += [UInt8](repeating: 0, count: 16)
            bytes += [0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06, 0x00]
            bytes += [UInt8](repeating: 0, count: 30)
            return bytes + label
        case "docx", "xlsx", "zip":
            let entry = Array((type == "zip" ? "readme.txt" : "[Content_Types].xml").utf8)
            var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00]
            bytes += [UInt8](repeating: 0, count: 16)
            bytes += [UInt8(entry.count), 0x00, 0x00, 0x00]
            return bytes + entry + label
        default:
            return [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00] + [UInt8](repeating: 0, count: 6) + label
        }
    }

    /// A tiny JPEG-like image: SOI, a JFIF APP0 segment, a comment with the tag, EOI.
    static func image(tag: String) -> [UInt8] {
        let comment = Array(tag.utf8)
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]
        bytes += [0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00, UInt8(comment.count + 2)]
        return bytes + comment + [0xFF, 0xD9]
    }

    /// The site's assets: relative path below the site folder and bytes.
    static let assets: [(path: String, bytes: [UInt8])] = [
        ("mwx/css/style.css", Array(styleSheet.utf8)),
        ("mwx/js/common.js", Array(commonScript.utf8)),
        (
            "mwx/js/jquery-1.4.2.min.js",
            Array("/*! stand-in for jQuery 1.4.2 in a test fixture */\nvar jQuery=function(){};var $=jQuery;\n".utf8)
        ),
        ("mwx/images/logo.jpg", image(tag: "logo")),
        (
            "images/jyj_style.css",
            Array(
                "body{margin:0;font-size:12px}\n.title{font-size:20px;font-weight:bold}\n.list LI{line-height:28px}\n"
                    .utf8)
        ),
        ("images/top_banner.jpg", image(tag: "banner")),
        ("robots.txt", Array("User-agent: *\nDisallow: /login.dhtml\nDisallow: /search.dhtml\n".utf8)),
    ]

    static let styleSheet = """
        body{margin:0;padding:0;font:12px/1.8 "宋体",SimSun,serif;background:#f3f6fa}
        #wrap{width:1000px;margin:0 auto;background:#fff}
        .nav li{float:left;width:110px;text-align:center}
        .news_title{font-size:20px;font-weight:bold;text-align:center;padding:16px 0}
        .news_info{text-align:center;color:#666;border-bottom:1px dashed #ccc}
        .news_content p{line-height:28px;text-indent:2em}
        .xxgk_table td{border:1px solid #d5dde6;padding:4px 8px}

        """

    static let commonScript = """
        function showDate(){var d=new Date();return d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";}
        function doZoom(size){document.getElementById("zoom").style.fontSize=size+"px";}

        """
}
