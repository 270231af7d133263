import ImportKit

/// Every importer the command-line tool knows, most specific first: the one place that lists them (no run-time
/// registry). `extract` and `migrate` both take their importers from here.
enum StandardImporters {
    static var all: [any Importer] {
        []
    }
}
