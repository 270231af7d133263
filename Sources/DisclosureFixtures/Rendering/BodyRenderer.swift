import DisclosureCore

/// Renders an item's body (paragraphs, table, signature, attachments, repost note, hidden spam) as the legacy
/// editors produced it: `<P>` paragraphs from pasted Word text, a bordered table, right-aligned signature lines.
enum BodyRenderer {
    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The parts of a body, so a split article can put some on each page.
    struct Parts {
        /// The paragraphs (and the table) in order, each one HTML line.
        var blocks: [String]
        /// The closing lines: editor line, signature, repost note, attachments.
        var tail: [String]
    }

    /// Builds the body parts of an item.
    ///
    /// - Parameters:
    ///   - uppercase: write tags in upper case (`<P>`, `<TABLE>`), as old TRS and pasted-Word bodies do.
    ///   - indent: start paragraphs with two ideographic spaces instead of CSS indentation.
    static func parts(
        _ content: ItemContent, documentNumber: String?, uppercase: Bool, indent: Bool, rng: inout SplitMix64
    ) -> Parts {
        let p = uppercase ? "P" : "p"
        var blocks: [String] = []
        if let documentNumber {
            blocks.append("<\(p) align=\"center\">\(escape(documentNumber))</\(p)>")
        }
        let lead = indent ? "　　" : ""
        for (index, paragraph) in content.paragraphs.enumerated() {
            let isSalutation = index == 0 && paragraph.hasSuffix("：")
            blocks.append("<\(p)>\(isSalutation ? "" : lead)\(escape(paragraph))</\(p)>")
        }
        if let table = content.table {
            blocks.insert(tableHTML(table, uppercase: uppercase), at: min(blocks.count, 2 + rng.below(2)))
        }
        if !content.hiddenLinks.isEmpty {
            let styles = [
                "display:none", "position:absolute;left:-9999px;top:-9999px", "font-size:1px;color:#ffffff",
            ]
            for (n, link) in content.hiddenLinks.enumerated() {
                let style = styles[(n + rng.below(styles.count)) % styles.count]
                let hidden =
                    "<div style=\"\(style)\"><a href=\"\(escape(link.url))\" target=\"_blank\">\(escape(link.text))</a></div>"
                blocks.insert(hidden, at: min(blocks.count, 1 + rng.below(max(blocks.count, 1))))
            }
        }
        var tail: [String] = []
        if let signature = content.signature {
            tail.append("<\(p) align=\"right\">\(escape(signature.issuer))</\(p)>")
            tail.append("<\(p) align=\"right\">\(escape(signature.date))</\(p)>")
        }
        if let repost = content.repost, let site = repost.site, let at = repost.at {
            var note = "转载来源：\(site)　转载时间：\(at.date)"
            if let department = repost.department { note += "　信息来源处室：\(department)" }
            tail.append("<\(p) class=\"repost\">\(escape(note))</\(p)>")
            if let url = repost.url {
                tail.append("<\(p)>原文链接：<a href=\"\(escape(url))\" target=\"_blank\">\(escape(url))</a></\(p)>")
            }
        }
        tail.append("<\(p) align=\"right\">\(escape(content.editorLine))</\(p)>")
        if !content.attachments.isEmpty {
            var lines = "<\(p)>附件：</\(p)>"
            for attachment in content.attachments {
                lines +=
                    "\n<\(p)>　　<a href=\"\(escape(attachment.href))\" target=\"_blank\">\(escape(attachment.name))</a></\(p)>"
            }
            tail.append(lines)
        }
        return Parts(blocks: blocks, tail: tail)
    }

    /// A bordered table; the first row is the header, in bold.
    static func tableHTML(_ rows: [[String]], uppercase: Bool) -> String {
        let (table, tr, td) = uppercase ? ("TABLE", "TR", "TD") : ("table", "tr", "td")
        var html =
            "<\(table) cellspacing=\"0\" cellpadding=\"2\" width=\"95%\" align=\"center\" border=\"1\" style=\"border-collapse:collapse\">"
        for (index, row) in rows.enumerated() {
            html += "\n<\(tr)>"
            for cell in row {
                let text = cell.isEmpty ? "&nbsp;" : escape(cell)
                html +=
                    index == 0
                    ? "<\(td) align=\"center\"><b>\(text)</b></\(td)>" : "<\(td) align=\"center\">\(text)</\(td)>"
            }
            html += "</\(tr)>"
        }
        return html + "\n</\(table)>"
    }
}
