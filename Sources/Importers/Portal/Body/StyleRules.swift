import Foundation
import LibXML

/// Decides whether an element is hidden from readers: by its inline style, its `hidden` attribute, a zero size,
/// or a class or id that one of the page's own `<style>` blocks hides.
///
/// Hacked legacy sites carry spam links inside bodies, hidden with `display:none`, `visibility:hidden`, a font
/// size of 0 or 1 px, off-screen positioning or a zero-size box; a migration must drop them and report them.
struct StyleRules: Sendable {
    /// Class tokens (lower-cased) that a page stylesheet hides.
    private(set) var hiddenClasses: Set<String> = []
    /// Ids (lower-cased) that a page stylesheet hides.
    private(set) var hiddenIDs: Set<String> = []

    /// No stylesheet rules: only inline styles and attributes count.
    init() {}

    /// Reads the page's `<style>` blocks for simple selectors (`.c`, `#i`, `tag.c`, `tag#i`) whose declarations hide.
    init(styleSheets: [String]) {
        for sheet in styleSheets { read(sheet) }
    }

    /// The rules of these stylesheets, remembered for the stylesheets last seen: every page of a site repeats its
    /// own `<style>` blocks.
    static func memoized(styleSheets: [String]) -> StyleRules {
        guard !styleSheets.isEmpty else { return StyleRules() }
        return memo.value(for: styleSheets) { StyleRules(styleSheets: $0) }
    }

    /// At most 64 sets of stylesheets are kept (a site has a few; a site with a stylesheet per page costs at most
    /// 64 of them in memory).
    private static let memo = BoundedMemo<[String], StyleRules>(capacity: 64)

    private mutating func read(_ sheet: String) {
        var text = sheet
        // Strip comments.
        while let open = text.byteRange(of: "/*") {
            let close = text[open.upperBound...].byteRange(of: "*/")?.upperBound ?? text.endIndex
            text.removeSubrange(open.lowerBound..<close)
        }
        // Split on the ASCII braces as bytes: a stylesheet can be long, and splitting it by characters is not free.
        for block in text.utf8.split(separator: UInt8(ascii: "}")) {
            let halves = block.split(separator: UInt8(ascii: "{"), maxSplits: 1).map { Substring($0) }
            guard halves.count == 2, Self.hidingReason(style: String(halves[1])) != nil else { continue }
            for selector in halves[0].split(separator: ",") {
                let compound = TextCleaning.trimmed(selector)
                guard !compound.isEmpty, !compound.contains(where: { " >+~:[".contains($0) }) else { continue }
                if let dot = compound.lastIndex(of: ".") {
                    hiddenClasses.insert(compound[compound.index(after: dot)...].lowercased())
                } else if let hash = compound.lastIndex(of: "#") {
                    hiddenIDs.insert(compound[compound.index(after: hash)...].lowercased())
                }
            }
        }
    }

    /// Why the element is hidden (`display:none`, `class .x hidden by the page stylesheet` …), or nil.
    func hidingReason(_ element: Node, index: PageIndex? = nil) -> String? {
        guard element.hasAttributes else { return nil }
        // libxml2's HTML parser lower-cases attribute names and keeps the first of duplicates.
        let map = { (name: String) in element.attribute(name) }
        if map("hidden") != nil { return "hidden attribute" }
        if let style = map("style") {
            let reason = index.map { $0.hidingReason(style: style) } ?? Self.hidingReason(style: style)
            if let reason { return reason }
        }
        if !hiddenClasses.isEmpty, let classes = map("class") {
            for token in classes.asciiWhitespaceTokens()
            where hiddenClasses.contains(token.lowercased()) {
                return "class .\(token) hidden by the page stylesheet"
            }
        }
        if !hiddenIDs.isEmpty, let id = map("id"), hiddenIDs.contains(id.lowercased()) {
            return "id #\(id) hidden by the page stylesheet"
        }
        let tag = element.localName.lowercased()
        if tag != "img", tag != "td", tag != "th", tag != "col", tag != "table" {
            let width = map("width").flatMap { Double(TextCleaning.trimmed($0)) }
            let height = map("height").flatMap { Double(TextCleaning.trimmed($0)) }
            if let width, width <= 1, element.firstChild != nil { return "width=\(Int(width))" }
            if let height, height <= 1, element.firstChild != nil { return "height=\(Int(height))" }
        }
        return nil
    }

    // MARK: - Declarations

    /// Properties that can hide an element; a style with none of them is not parsed.
    private static let mayHide: [[UInt8]] = [
        "display", "visib", "font-size", "position", "indent", "margin", "width", "height", "opacity", "clip",
    ].map { Array($0.utf8) }

    /// Why a style declaration list hides its element, or nil.
    static func hidingReason(style: String) -> String? {
        // Most inline styles (`text-indent:2em`, `color:#666`) cannot hide anything: skip parsing them.
        let bytes = Array(style.lowercased().utf8)
        guard Self.mayHide.contains(where: { ByteSearch.contains($0, in: bytes) }) else { return nil }
        let declarations = parse(style)
        guard !declarations.isEmpty else { return nil }
        func value(_ name: String) -> String? { declarations[name] }
        if value("display") == "none" { return "display:none" }
        if let visibility = value("visibility"), visibility == "hidden" || visibility == "collapse" {
            return "visibility:\(visibility)"
        }
        if let size = value("font-size"), let length = Length(size), length.isTiny(fontSize: true) {
            return "font-size:\(size)"
        }
        if let opacity = value("opacity"), let number = Double(opacity), number <= 0.01 { return "opacity:\(opacity)" }
        if let position = value("position"), position == "absolute" || position == "fixed" {
            for side in ["left", "top", "right", "bottom"] {
                if let text = value(side), let length = Length(text), length.isFarOffScreen {
                    return "position:\(position); \(side):\(text)"
                }
            }
        }
        for side in ["margin-left", "margin-top", "text-indent"] {
            if let text = value(side), let length = Length(text), length.isFarOffScreen {
                return "\(side):\(text)"
            }
        }
        let overflowHidden = value("overflow") == "hidden"
        let width = value("width").flatMap(Length.init)
        let height = value("height").flatMap(Length.init)
        if let width, let height, width.isTiny(fontSize: false), height.isTiny(fontSize: false) {
            return "width:\(value("width") ?? ""); height:\(value("height") ?? "")"
        }
        if overflowHidden, let width, width.isTiny(fontSize: false) {
            return "width:\(value("width") ?? ""); overflow:hidden"
        }
        if overflowHidden, let height, height.isTiny(fontSize: false) {
            return "height:\(value("height") ?? ""); overflow:hidden"
        }
        if let clip = value("clip"), clip.replacingOccurrences(of: " ", with: "").hasPrefix("rect(0") {
            return "clip:\(clip)"
        }
        return nil
    }

    /// `name: value; …` → lower-cased names and values without `!important`; the last declaration wins.
    static func parse(_ style: String) -> [String: String] {
        var result: [String: String] = [:]
        for declaration in style.byteSplit(separator: 0x3B) {  // ;
            let halves = declaration.byteSplit(separator: 0x3A, maxSplits: 1)  // :
            guard halves.count == 2 else { continue }
            let name = TextCleaning.trimmed(halves[0]).lowercased()
            var value = TextCleaning.trimmed(halves[1]).lowercased()
            if let bang = value.byteRange(of: "!important") { value = TextCleaning.trimmed(value[..<bang.lowerBound]) }
            if !name.isEmpty { result[name] = value }
        }
        return result
    }

    /// A CSS length as far as hiding goes: a number and a unit.
    struct Length {
        var number: Double
        var unit: String

        init?(_ text: String) {
            let trimmed = TextCleaning.trimmed(text)
            let numberPart = trimmed.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }
            guard let number = Double(numberPart) else { return nil }
            self.number = number
            self.unit = String(trimmed.dropFirst(numberPart.count)).lowercased()
        }

        /// 0 in any unit, or at most 1 px/pt (2 for a font size: nobody reads 2 px text), or at most 0.1 em/rem.
        func isTiny(fontSize: Bool) -> Bool {
            if number <= 0 { return true }
            switch unit {
            case "px", "pt", "": return fontSize ? number <= 2 : number <= 1
            case "em", "rem": return number <= 0.1
            case "%": return fontSize && number <= 10
            default: return false
            }
        }

        /// At least 500 px (or 50 em) in the negative direction.
        var isFarOffScreen: Bool {
            switch unit {
            case "em", "rem": return number <= -50
            case "%": return number <= -100
            default: return number <= -200
            }
        }
    }
}
