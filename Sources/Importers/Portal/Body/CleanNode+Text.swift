extension CleanNode {
    /// Renders sanitized nodes as plain text: paragraphs separated by a blank line, line breaks kept inside a
    /// paragraph, white space runs folded, and each table row one line with its cells separated by tabs.
    static func text(_ nodes: [CleanNode]) -> String {
        var builder = TextBuilder()
        builder.visit(nodes)
        builder.flush()
        return String(decoding: builder.output, as: UTF8.self)
    }

    /// Collects blocks of text in reading order, as UTF-8: the blocks joined by a blank line.
    private struct TextBuilder {
        /// The finished blocks, separated by `\n\n`.
        var output: [UInt8] = []
        /// The text of the block being read.
        var current: [UInt8] = []

        mutating func visit(_ nodes: [CleanNode]) {
            for node in nodes { visit(node) }
        }

        mutating func visit(_ node: CleanNode) {
            switch node {
            case .text(let text):
                current.append(contentsOf: text.utf8)
            case .element(let tag, _, let children):
                switch tag {
                case "br":
                    current.append(0x0A)
                case "table" where CleanNode.isLayoutTable(children):
                    // A table used for layout (cells holding paragraphs): its cells are read as blocks.
                    flush()
                    visit(children)
                    flush()
                case "table":
                    flush()
                    let rows = CleanNode.tableRows(children)
                    if !rows.isEmpty { appendBlock(Array(rows.joined(separator: "\n").utf8)) }
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

        mutating func appendBlock(_ block: [UInt8]) {
            if !output.isEmpty {
                output.append(0x0A)
                output.append(0x0A)
            }
            output.append(contentsOf: block)
        }

        /// Ends the current block: its lines white-space folded, empty lines dropped.
        ///
        /// A line ends at a line feed that is its own character: `\r\n` is one character in Swift and never
        /// split on, so its line feed does not end a line (it is folded as white space instead).
        mutating func flush() {
            guard !current.isEmpty else { return }
            var block: [UInt8] = []
            block.reserveCapacity(current.count)
            current.withUnsafeBufferPointer { bytes in
                var lineStart = 0
                var index = 0
                let count = bytes.count
                while index <= count {
                    let isEnd = index == count || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D))
                    if isEnd {
                        appendCollapsedLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), to: &block)
                        lineStart = index + 1
                    }
                    index += 1
                }
            }
            if !block.isEmpty { appendBlock(block) }
            current.removeAll(keepingCapacity: true)
        }

        /// Appends the line with white space runs folded and trimmed (``TextCleaning/collapsed(_:)``), after a
        /// line feed when the block already has a line; nothing for a blank line.
        private func appendCollapsedLine(_ line: UnsafeBufferPointer<UInt8>, to block: inout [UInt8]) {
            var pendingSpace = false
            var started = false
            var index = 0
            let count = line.count
            while index < count {
                let space = UTF8Space.length(at: index, in: line)
                if space > 0 {
                    pendingSpace = started
                    index += space
                    continue
                }
                if !started {
                    if !block.isEmpty { block.append(0x0A) }
                    started = true
                } else if pendingSpace {
                    block.append(0x20)
                }
                pendingSpace = false
                // The run of scalars up to the next white space, copied whole.
                var end = index
                repeat {
                    end = min(end + UTF8Space.scalarLength(line[end]), count)
                } while end < count && UTF8Space.length(at: end, in: line) == 0
                block.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<end]))
                index = end
            }
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
