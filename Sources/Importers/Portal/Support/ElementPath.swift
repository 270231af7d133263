import LibXML

/// A short, readable location of an element for diagnostics: `div#zoom > p > span.x`, at most four steps.
enum ElementPath {
    /// The path of the element and up to three ancestors.
    static func describe(_ node: Node) -> String {
        var steps: [String] = []
        var current: Node? = node
        while let element = current, element.isElement, steps.count < 4 {
            steps.append(step(element))
            if element.localName == "body" { break }
            current = element.parent
        }
        return steps.reversed().joined(separator: " > ")
    }

    /// `tag#id` or `tag.firstClass` or `tag`.
    static func step(_ element: Node) -> String {
        let tag = element.localName.lowercased()
        if let id = element.attribute("id"), !id.isEmpty { return tag + "#" + id }
        if let classes = element.attribute("class"),
            let first = classes.asciiWhitespaceTokens().first
        {
            return tag + "." + first
        }
        return tag
    }
}
