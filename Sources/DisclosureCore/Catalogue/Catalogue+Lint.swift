extension Catalogue {
    /// Problems that do not stop the catalogue from working but make it harder to use, as warnings:
    /// an identifier whose prefix no longer names its parent (`catalogue.id-prefix`), and a name or synonym that
    /// two nodes share after normalisation (`catalogue.shared-term`), which makes column mapping refuse that term.
    ///
    /// Each diagnostic's `element` is the node's identifier and `field` the property concerned.
    public func lint() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for category in categories where category.id.prefix != category.parent {
            let expected = category.parent?.rawValue ?? "no prefix (a top-level node)"
            findings.append(
                Diagnostic(
                    .warning, code: "catalogue.id-prefix",
                    message:
                        "the identifier of '\(category.name)' does not start with its parent: expected \(expected)",
                    element: category.id.rawValue, field: "parent"))
        }
        var owners: [String: [CategoryID]] = [:]
        var firstSpelling: [String: String] = [:]
        for category in categories {
            var keysOfThisNode: Set<String> = []
            for term in category.terms {
                let key = ColumnMatcher.normalizedKey(term)
                guard !key.isEmpty, keysOfThisNode.insert(key).inserted else { continue }
                owners[key, default: []].append(category.id)
                if firstSpelling[key] == nil { firstSpelling[key] = term }
            }
        }
        for (key, ids) in owners.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            findings.append(
                Diagnostic(
                    .warning, code: "catalogue.shared-term",
                    message: "'\(firstSpelling[key] ?? key)' names more than one node: "
                        + ids.map(\.rawValue).joined(separator: ", "),
                    element: ids[0].rawValue, field: "synonyms"))
        }
        return findings
    }
}
