extension Array where Element == any Importer {
    /// The importer to read a source with: the first that is ``ImportConfidence/certain`` (later ones are not asked,
    /// which keeps sniffing cheap over a large mirror), else the first of the most confident; `nil` when none reads
    /// it. List the most specific importers first.
    public func mostConfident(for source: ImportSource) -> (importer: any Importer, confidence: ImportConfidence)? {
        var best: (importer: any Importer, confidence: ImportConfidence)?
        for importer in self {
            let confidence = importer.sniff(source)
            if confidence == .certain { return (importer, confidence) }
            if confidence > (best?.confidence ?? .no) { best = (importer, confidence) }
        }
        return best
    }
}
