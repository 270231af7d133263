extension CleanNode {
    /// Renders sanitized nodes as plain text: paragraphs separated by a blank line, line breaks kept inside a
    /// paragraph, white space runs folded, and each table row one line with its cells separated by tabs.
    static func text(_ nodes: [CleanNode]) -> String {
        var builder = TextBuilder()
        builder.visit(nodes)
        builder.flush()
        return builder.blocks.joined(separator: "\n\n")
    }

    /// Collects blocks of text in reading order.
    private struct TextBuilder {
        var blocks: [String] = []
        var current = ""

        mutating func visit(_ nodes: [CleanNode]) {
            for node in nodes { visit(node) }
        }

        mutating func visit(_ node: CleanNode) {
            switch node {
            case .text(let text):
                current += text
            case .element(let tag, _, let children):
                switch tag {
                case "br":
                    current += "\n"
                case "table" where CleanNode.isLayoutTable(children):
                    // A table used for layout (cells holding paragraphs): its cells are read as blocks.
                    flush()
                    visit(children)
                    flush()
                case "table":
                    flush()
                    let rows = CleanNode.tableRows(children)
                    if !rows.isEmpty { blocks.append(rows.joined(separator: "\n")) }
                case "hr":
                    flush()
                case _ where CleanNode.blockTags.contains(tag):
                    flush()
                    visit(children)
                    flush()
                default:
                    visit(children)
                }
            }
        }

        mutating func flush() {
            guard !current.isEmpty else { return }
            let lines = current.split(separator: "\n", omittingEmptySubsequences: false)
                .map { TextCleaning.collapsed($0) }
                .filter { !$0.isEmpty }
            if !lines.isEmpty { blocks.append(lines.joined(separator: "\n")) }
            current = ""
        }
    }

    /// Whether a table lays out a page rather than holding data: one of its cells holds another table, a list, a
    /// heading, two or more paragraphs or line breaks, or a long text (a Word table's one `<p>` per cell is data).
    static func isLayoutTable(_ children: [CleanNode]) -> Bool {
        func cellHoldsBlocks(_ nodes: [CleanNode]) -> Bool {
            var breaks = 0
            var paragraphs = 0
            for node in nodes {
                guard case .element(let tag, _, let grandchildren) = node else { continue }
                if ["table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"].contains(tag) {
                    return true
                }
                if tag == "p" || tag == "div" {
                    paragraphs += 1
                    if cellHoldsBlocks(grandchildren) { return true }
                }
                if tag == "br" { breaks += 1 }
            }
            if paragraphs >= 2 || breaks >= 2 { return true }
            return nodes.map(\.plainText).joined().count > 200
        }
        func walk(_ nodes: [CleanNode]) -> Bool {
            for node in nodes {
                guard case .element(let tag, _, let grandchildren) = node else { continue }
                switch tag {
                case "td", "th": if cellHoldsBlocks(grandchildren) { return true }
                case "tr", "thead", "tbody", "tfoot": if walk(grandchildren) { return true }
                default: continue
                }
            }
            return false
        }
        return walk(children)
    }

    /// The rows of a table as lines: cells of a row joined with a tab, empty rows left out; a nested table is
    /// flattened into its cell.
    static func tableRows(_ children: [CleanNode]) -> [String] {
        var rows: [String] = []
        func walk(_ nodes: [CleanNode]) {
            for node in nodes {
                guard case .element(let tag, _, let grandchildren) = node else { continue }
                switch tag {
                case "tr":
                    let cells = grandchildren.compactMap { cell -> String? in
                        guard case .element(let cellTag, _, let content) = cell, cellTag == "td" || cellTag == "th"
                        else { return nil }
                        return TextCleaning.collapsed(text(content).replacingNewlines())
                    }
                    if cells.contains(where: { !$0.isEmpty }) { rows.append(cells.joined(separator: "\t")) }
                case "thead", "tbody", "tfoot":
                    walk(grandchildren)
                case "caption":
                    let caption = TextCleaning.collapsed(text(grandchildren).replacingNewlines())
                    if !caption.isEmpty { rows.append(caption) }
                default:
                    break
                }
            }
        }
        walk(children)
        return rows
    }
}

extension String {
    /// The text with line breaks as spaces (a table cell's paragraphs on one line).
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
