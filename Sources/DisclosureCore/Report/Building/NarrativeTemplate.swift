import Foundation

/// The user's narrative text for a report: Markdown with `## heading` sections and `{{placeholder}}` figures.
///
/// The format:
/// - an optional first line `# title` sets the report title (it may hold placeholders);
/// - text before the first `##` line is the opening (the paragraphs printed under the title);
/// - each `## heading` starts a section; the headings must be exactly the edition's narrative sections
///   (``ReportEdition/narrativeHeadings``, compared without spaces), each once;
/// - paragraphs are separated by blank lines; the lines of one paragraph are joined without a space (Chinese text);
///   lines starting with `<!--` are comments;
/// - `{{name}}` prints a figure or text (names in ``ReportBuilder``); `{{name|0=ZERO|OTHER}}` chooses a form:
///   `ZERO` when the figure is 0, else `OTHER` with `#` standing for the figure (either form may be left out, and
///   then the figure is printed). `{{requests.newReceived.total|0=无依申请公开申请|共收到依申请公开申请#件}}`.
///
/// An unknown placeholder or heading is a ``NarrativeTemplateError`` naming it and its line, so no figure in the
/// generated text is ever typed by hand.
public struct NarrativeTemplate: Hashable, Sendable {
    /// One line of the template with its 1-based line number.
    public struct Line: Hashable, Sendable {
        /// The line number in the template.
        public var number: Int
        /// The text of the line.
        public var text: String
    }

    /// One `## heading` section (or the opening, with an empty heading) and its lines.
    public struct Section: Hashable, Sendable {
        /// The heading as written; empty for the opening.
        public var heading: String
        /// The line of the heading (0 for the opening).
        public var line: Int
        /// The body lines.
        public var lines: [Line]
    }

    /// The `# title` line, if any.
    public var title: Line?
    /// The opening and the sections, in order.
    public var sections: [Section]

    /// Reads a template; only the structure is read here, placeholders are checked when it is filled in.
    public init(markdown: String) {
        var title: Line?
        var sections = [Section(heading: "", line: 0, lines: [])]
        for (index, raw) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = Substring(raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r"))))
            let number = index + 1
            if text.hasPrefix("## ") {
                sections.append(Section(heading: Self.clean(text.dropFirst(3)), line: number, lines: []))
            } else if text.hasPrefix("# "), title == nil, sections.count == 1,
                sections[0].lines.allSatisfy({ $0.text.isEmpty })
            {
                title = Line(number: number, text: Self.clean(text.dropFirst(2)))
            } else if text.hasPrefix("<!--") {
                continue
            } else {
                sections[sections.count - 1].lines.append(Line(number: number, text: String(text)))
            }
        }
        self.title = title
        self.sections = sections
    }

    private static func clean(_ text: Substring) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }

    private static func key(_ heading: String) -> String { heading.filter { !$0.isWhitespace } }

    /// Fills the template in for an edition: the title (if the template has one), the sections in the edition's
    /// order, and every figure used (name → value).
    public func render(
        edition: ReportEdition, values: [String: TemplateValue]
    ) throws(NarrativeTemplateError) -> (title: String?, sections: [NarrativeSection], figures: [String: ReportCell]) {
        var figures: [String: ReportCell] = [:]
        let wanted = edition.narrativeHeadings
        var seen: [String: Int] = [:]
        for section in sections.dropFirst() {
            guard wanted.contains(where: { Self.key($0) == Self.key(section.heading) }) else {
                throw NarrativeTemplateError(
                    .unknownHeading, line: section.line, subject: section.heading,
                    message: "\"\(section.heading)\" is not a section of the \(edition.rawValue) edition (expected "
                        + wanted.joined(separator: ", ") + ")")
            }
            if let earlier = seen[Self.key(section.heading)] {
                throw NarrativeTemplateError(
                    .duplicateHeading, line: section.line, subject: section.heading,
                    message: "\"\(section.heading)\" appears twice (first on line \(earlier))")
            }
            seen[Self.key(section.heading)] = section.line
        }
        var rendered: [NarrativeSection] = []
        if let opening = sections.first {
            let paragraphs = try Self.paragraphs(opening.lines, values: values, figures: &figures)
            if !paragraphs.isEmpty { rendered.append(NarrativeSection(heading: "", paragraphs: paragraphs)) }
        }
        for heading in wanted {
            guard let section = sections.dropFirst().first(where: { Self.key($0.heading) == Self.key(heading) })
            else {
                throw NarrativeTemplateError(
                    .missingHeading, line: nil, subject: heading,
                    message: "the section \"## \(heading)\" is missing")
            }
            let paragraphs = try Self.paragraphs(section.lines, values: values, figures: &figures)
            rendered.append(NarrativeSection(heading: heading, paragraphs: paragraphs))
        }
        let renderedTitle = try title.map { line throws(NarrativeTemplateError) in
            try Self.fill(line, values: values, figures: &figures)
        }
        return (renderedTitle, rendered, figures)
    }

    private static func paragraphs(
        _ lines: [Line], values: [String: TemplateValue], figures: inout [String: ReportCell]
    ) throws(NarrativeTemplateError) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            let filled = try fill(line, values: values, figures: &figures)
            let trimmed = filled.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
            } else {
                current += trimmed
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// Replaces every placeholder of a line.
    static func fill(
        _ line: Line, values: [String: TemplateValue], figures: inout [String: ReportCell]
    ) throws(NarrativeTemplateError) -> String {
        var output = ""
        var rest = Substring(line.text)
        while let open = rest.firstRange(of: "{{") {
            output += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(of: "}}") else {
                throw NarrativeTemplateError(
                    .malformedPlaceholder, line: line.number, subject: String(afterOpen.prefix(40)),
                    message: "\"{{\" without \"}}\"")
            }
            let inside = afterOpen[..<close.lowerBound]
            if inside.contains("{{") || inside.contains("{") || inside.contains("}") {
                throw NarrativeTemplateError(
                    .malformedPlaceholder, line: line.number, subject: String(inside),
                    message: "a placeholder inside a placeholder: {{\(inside)}}")
            }
            output += try replacement(for: inside, line: line.number, values: values, figures: &figures)
            rest = afterOpen[close.upperBound...]
        }
        output += rest
        return output
    }

    private static func replacement(
        for inside: Substring, line: Int, values: [String: TemplateValue], figures: inout [String: ReportCell]
    ) throws(NarrativeTemplateError) -> String {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw NarrativeTemplateError(
                .malformedPlaceholder, line: line, subject: String(inside), message: "an empty placeholder {{}}")
        }
        guard let value = values[String(name)] else {
            throw NarrativeTemplateError(
                .unknownPlaceholder, line: line, subject: String(name),
                message: "unknown placeholder {{\(name)}}")
        }
        if case .figure(let cell) = value { figures[String(name)] = cell }
        var zeroForm: Substring?
        var otherForm: Substring?
        for form in parts.dropFirst() {
            if form.hasPrefix("0=") {
                zeroForm = form.dropFirst(2)
            } else {
                otherForm = form
            }
        }
        if zeroForm != nil || otherForm != nil, case .text = value {
            throw NarrativeTemplateError(
                .choiceOnText, line: line, subject: String(name),
                message: "{{\(name)}} is text, so it takes no choice forms")
        }
        if value.isZero, let zeroForm { return String(zeroForm).replacingOccurrences(of: "#", with: value.printed) }
        if let otherForm { return String(otherForm).replacingOccurrences(of: "#", with: value.printed) }
        return value.printed
    }
}
