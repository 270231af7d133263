/// Escaping text for HTML: what every renderer of this library uses before text goes into a page.
public enum HTMLText {
    /// Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"` and `'`).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
