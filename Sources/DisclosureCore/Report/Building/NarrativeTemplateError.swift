/// Why a narrative template could not be read or filled in: what went wrong, on which line, and with what.
public struct NarrativeTemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public enum Kind: String, Hashable, Sendable {
        /// A placeholder names no figure or text the report has.
        case unknownPlaceholder
        /// `{{` without its `}}`, an empty placeholder, or a placeholder inside another.
        case malformedPlaceholder
        /// A `## heading` that is not a narrative section of the edition.
        case unknownHeading
        /// The same heading twice.
        case duplicateHeading
        /// A narrative section of the edition that the template lacks.
        case missingHeading
        /// A choice form (`0=…`) on a text placeholder.
        case choiceOnText
    }

    /// The kind of problem.
    public var kind: Kind
    /// The 1-based line of the template, when the problem has one.
    public var line: Int?
    /// The placeholder or heading concerned.
    public var subject: String
    /// A sentence for a person.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, line: Int?, subject: String, message: String) {
        self.kind = kind
        self.line = line
        self.subject = subject
        self.message = message
    }

    /// `template line N: message`.
    public var description: String {
        (line.map { "template line \($0): " } ?? "template: ") + message
    }
}
