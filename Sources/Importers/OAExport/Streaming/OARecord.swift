public import DisclosureCore

/// What one data row of an OA export became: an item, or an error naming the file, row and column.
///
/// Blank rows and rows above the header are not records (they are counted in the summary's diagnostics).
public enum OARecord: Hashable, Sendable {
    /// The row made an item.
    case item(DisclosureItem)
    /// The row could not make an item.
    case rowError(OARowError)

    /// The record as one canonical JSON object: the item, or for a row error a record with `isItem: false`,
    /// the file, the row and the error as its only diagnostic (see ``OARowError/record``).
    public var canonical: DisclosureItem {
        switch self {
        case .item(let item): item
        case .rowError(let error): error.record
        }
    }

    /// The item, if the row made one.
    public var item: DisclosureItem? {
        if case .item(let item) = self { return item }
        return nil
    }

    /// The row error, if the row did not make an item.
    public var rowError: OARowError? {
        if case .rowError(let error) = self { return error }
        return nil
    }
}
