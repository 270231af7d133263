import LibXML

extension PageIndex {
    /// What the one walk of a page collects, built in a value (no class property is touched per node) and handed
    /// to the ``PageIndex`` when the walk ends.
    struct Filing {
        var byClass: [String: [Node]] = [:]
        var byID: [String: [Node]] = [:]
        var comments: [Node] = []
        var meta: [String: String] = [:]
        var elementCount = 0
        var textBytes: [UInt8] = []
        /// Indexed by mark; mark 0 is no node.
        var textStarts: [Int] = [0]
        var textEnds: [Int] = [-1]
        var subtreeEnds: [Int] = [0]
        /// Elements of each distinct tag name in document order.
        var tagLists: [[Node]] = []
        /// The lower-cased tag name of each list in ``tagLists``.
        var listNames: [String] = []
        /// Whether the tag of each list hides its content (``VisibleText/skipped``) or breaks text
        /// (``VisibleText/breaking``), decided once per tag.
        private var listSkipped: [Bool] = []
        private var listBreaking: [Bool] = []
        /// Each spelling of a tag name seen, as UTF-8, with the list its elements go to.
        private var spellings: [(bytes: [UInt8], slot: Int)] = []
        /// Indices into ``spellings`` by a hash of the spelling (libxml2's HTML parser copies each element's name,
        /// so names are told apart by their bytes, not their addresses).
        private var spellingsByHash: [UInt64: [Int]] = [:]
        /// ``StyleRules/hidingReason(style:)`` by style text: pages repeat the same few inline styles.
        var styleReasons: [String: String?] = [:]

        /// ``StyleRules/hidingReason(style:)`` through a cache of verdicts by style text.
        static func hidingReason(style: String, cache: inout [String: String?]) -> String? {
            if let known = cache[style] { return known }
            let reason = StyleRules.hidingReason(style: style)
            cache[style] = reason
            return reason
        }

        /// Gives the node the next mark and room in the per-node arrays.
        private mutating func number(_ node: Node) -> Int {
            let mark = textStarts.count
            node.mark = mark
            textStarts.append(-1)
            textEnds.append(-1)
            subtreeEnds.append(mark)
            return mark
        }

        /// Files the node and its subtree in document order and, while `visible`, appends their visible text (the
        /// rules of ``VisibleText``) to ``textBytes``.
        mutating func visit(_ node: Node, visible: Bool) {
            switch node.kind {
            case .element:
                break
            case .comment:
                _ = number(node)
                comments.append(node)
                return
            case .text, .cdata:
                if visible { node.appendOwnContent(to: &textBytes) }
                return
            default:
                return
            }
            let mark = number(node)
            elementCount += 1
            let slot = file(node)
            let start = textBytes.count
            var childrenVisible = false
            var breaks = false
            if visible {
                childrenVisible = !listSkipped[slot] && !isHidden(style: node.attribute("style"))
                breaks = childrenVisible && listBreaking[slot]
            }
            if breaks { textBytes.append(0x20) }
            var child = node.firstChild
            while let current = child {
                visit(current, visible: childrenVisible)
                child = current.nextSibling
            }
            if breaks { textBytes.append(0x20) }
            subtreeEnds[mark] = textStarts.count - 1
            if visible {
                textStarts[mark] = start
                textEnds[mark] = textBytes.count
            }
        }

        /// Whether an inline style hides the element (the verdict cached per style text).
        private mutating func isHidden(style: String?) -> Bool {
            guard let style else { return false }
            return Self.hidingReason(style: style, cache: &styleReasons) != nil
        }

        /// Files an element under its tag, class tokens, id and (for `<meta>`) name; returns the slot of its tag.
        private mutating func file(_ element: Node) -> Int {
            let slot = element.withLocalNameBytes { spelling -> Int in
                var hash = 0xcbf2_9ce4_8422_2325 as UInt64
                for byte in spelling { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                if let known = spellingsByHash[hash]?.first(where: { spellings[$0].bytes.elementsEqual(spelling) }) {
                    return spellings[known].slot
                }
                // A new spelling; another spelling of a known name (`DIV` and `div`) shares its list.
                let name = String(decoding: spelling, as: UTF8.self).lowercased()
                let slot = listNames.firstIndex(of: name) ?? listNames.count
                if slot == listNames.count {
                    listNames.append(name)
                    listSkipped.append(VisibleText.skipped.contains(name))
                    listBreaking.append(VisibleText.breaking.contains(name))
                    tagLists.append([])
                }
                spellingsByHash[hash, default: []].append(spellings.count)
                spellings.append((Array(spelling), slot))
                return slot
            }
            tagLists[slot].append(element)
            guard element.hasAttributes else { return slot }
            if let classes = element.attribute("class") {
                for token in classes.asciiWhitespaceTokens() {
                    byClass[token.lowercased(), default: []].append(element)
                }
            }
            if let id = element.attribute("id").map({ TextCleaning.trimmed($0).lowercased() }), !id.isEmpty {
                byID[id, default: []].append(element)
            }
            if listNames[slot] == "meta" {
                let content = element.attribute("content") ?? ""
                if let name = element.attribute("name") {
                    let key = TextCleaning.trimmed(name).lowercased()
                    if meta[key] == nil { meta[key] = content }
                } else if let equiv = element.attribute("http-equiv") {
                    let key = "http-equiv:" + TextCleaning.trimmed(equiv).lowercased()
                    if meta[key] == nil { meta[key] = content }
                }
            }
            return slot
        }
    }
}
