/// The typed result of an XPath expression.
public enum XPathValue {
    /// A node set, in document order.
    case nodes([Node])
    /// A string, e.g. from `string(//title)` or `normalize-space(…)`.
    case string(String)
    /// A number, e.g. from `count(//a)`.
    case number(Double)
    /// A boolean, e.g. from `boolean(//script)`.
    case boolean(Bool)
}
