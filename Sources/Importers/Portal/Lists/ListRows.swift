import DisclosureCore
import Foundation
import LibXML

/// The dated link rows of a page (`<li><a title="…">…</a><span>2018-06-12</span></li>`): what makes a column list.
///
/// A row is the nearest `li`, `tr`, `dd`, `p` or `div` around a link whose text, outside the link, holds a date
/// (a full one, or a month and day such as `06-12`). Rows are grouped by their container; the list is the
/// container with the most rows.
struct ListRows {
    /// One dated link.
    struct Row {
        /// The anchor.
        var anchor: Node
        /// The row element.
        var row: Node
        /// The date text found in the row (outside the anchor when possible).
        var dateText: String
    }

    /// The rows of the largest group, in document order.
    private(set) var rows: [Row] = []
    /// The index the anchors belong to, when they belong to the indexed page (its texts are cached).
    let index: PageIndex?

    /// Finds the rows of a document (or of one subtree).
    init(_ anchors: [Node], index: PageIndex?) {
        self.index = index
        // A month-and-day date needs a year to be recognised at all; any will do for finding rows.
        let finder = LegacyDateParser(contextYear: 2000)
        var groups: [Node: [Row]] = [:]
        var order: [Node] = []
        var seenRows: Set<Node> = []
        for anchor in anchors {
            guard let href = anchor.attribute("href"), !TextCleaning.isBlank(href) else { continue }
            let lowered = href.lowercased()
            if lowered.hasPrefix("javascript:") || lowered == "#" { continue }
            guard let row = Self.rowElement(of: anchor), !seenRows.contains(row) else { continue }
            if let index, index.rawLength(row) > 2000 { continue }
            // Most links of a page (navigation, sidebars) sit in rows without a date; their bytes tell at once.
            if let index, index.withRawBytes(row, { !Self.mayHoldDate($0) }) == true { continue }
            let rowText = index?.text(row) ?? VisibleText.of(row)
            let anchorText = index?.text(anchor) ?? VisibleText.of(anchor)
            let outside =
                ByteSearch.replacingPlain(rowText, anchorText, with: " ")
                ?? rowText.replacingOccurrences(of: anchorText, with: " ")
            guard let match = finder.firstDate(in: outside) else { continue }
            seenRows.insert(row)
            let container = row.parent ?? row
            if groups[container] == nil { order.append(container) }
            groups[container, default: []].append(Row(anchor: anchor, row: row, dateText: match.text))
        }
        if let best = order.max(by: { (groups[$0]?.count ?? 0) < (groups[$1]?.count ?? 0) }) {
            rows = groups[best] ?? []
        }
    }

    /// Whether UTF-8 text could hold a date ``LegacyDateParser`` finds: every form has an ASCII or full-width digit,
    /// or (in Chinese numerals) 年.
    static func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 { return true }
            if index + 2 < count {
                // U+FF10…U+FF19 (EF BC 90…99) and 年 (E5 B9 B4).
                if byte == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x99 {
                    return true
                }
                if byte == 0xE5 && bytes[index + 1] == 0xB9 && bytes[index + 2] == 0xB4 { return true }
            }
            index += 1
        }
        return false
    }

    /// What a row element is: `li`, `tr`, `dd` and `p` always; `dt`, `div`, `span` and `td` when they hold two
    /// or more elements.
    private enum RowTag {
        case always, withSiblings, neither
    }

    /// The row kind of a tag name, from its bytes (ASCII letters in any case), without making a string.
    private static func rowTag(_ name: UnsafeBufferPointer<UInt8>) -> RowTag {
        func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        switch name.count {
        case 1:
            return lower(name[0]) == 0x70 ? .always : .neither  // p
        case 2:
            switch (lower(name[0]), lower(name[1])) {
            case (0x6C, 0x69), (0x74, 0x72), (0x64, 0x64): return .always  // li tr dd
            case (0x64, 0x74), (0x74, 0x64): return .withSiblings  // dt td
            default: return .neither
            }
        case 3:
            return lower(name[0]) == 0x64 && lower(name[1]) == 0x69 && lower(name[2]) == 0x76 ? .withSiblings : .neither
        case 4:
            let span: [UInt8] = [0x73, 0x70, 0x61, 0x6E]
            return (0..<4).allSatisfy { lower(name[$0]) == span[$0] } ? .withSiblings : .neither
        default:
            return .neither
        }
    }

    private static func rowElement(of anchor: Node) -> Node? {
        var current = anchor.parent
        var steps = 0
        while let node = current, node.isElement, steps < 4 {
            switch node.withLocalNameBytes(rowTag) {
            case .always: return node
            case .withSiblings where node.elementChildCount(upTo: 2) >= 2: return node
            default: break
            }
            current = node.parent
            steps += 1
        }
        return nil
    }
}
