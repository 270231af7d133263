import ArgumentParser
import DisclosureCore
import DisclosureStore
import Foundation

/// `disclosure review --store DB`: record the confidentiality review (保密审查) of archived items.
///
/// Migrated items carry no review: a legacy page does not say whether its 保密审查表 was filled in, and the library
/// never assumes it was. Until a review is recorded, no item is releasable (`export --public-only` leaves it out and
/// `check` reports `review.missing`). This command records the reviews a person has made, one item at a time or for
/// every item of a year.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record the confidentiality review (保密审查) of archived items.",
        discussion: """
            Give the items with --item (repeatable) or --year (every item published that year). Records of pages \
            that are not items are never reviewed. A review does not make an item public on its own: only 主动公开 \
            items with a passed review are releasable.
            """
    )

    /// The outcomes a person can record.
    enum Outcome: String, CaseIterable, ExpressibleByArgument {
        case passed, failed, pending
    }

    @OptionGroup var archive: ArchiveOption

    @Option(name: .customLong("item"), help: "An item id (repeatable).")
    var items: [String] = []

    @Option(help: "Every item published (发布日期) in this year.")
    var year: Int?

    @Option(help: "passed, failed or pending.")
    var result: Outcome

    @Option(help: "Who reviewed.")
    var reviewer: String

    @Option(help: "When (YYYY-MM-DD).")
    var date: String

    @Option(help: "The review form's number or a note (保密审查表编号).")
    var reference: String?

    func validate() throws {
        if items.isEmpty, year == nil { throw ValidationError("give --item ID (repeatable) or --year YYYY") }
        if !items.isEmpty, year != nil { throw ValidationError("give either --item or --year, not both") }
    }

    func run() throws {
        let day = try CivilDate.parseOption(date)
        let review = ConfidentialityReview(
            result: ConfidentialityReview.Result(rawValue: result.rawValue) ?? .pending, reviewer: reviewer, date: day,
            reference: reference)
        let store = try archive.open()
        let (recorded, releasable) = try store.write { session -> (Int, Int) in
            var chosen: [DisclosureItem] = []
            if let year {
                chosen = try session.items(year: year)
            } else {
                for id in items {
                    guard let item = try session.item(ItemID(rawValue: id)), item.isItem else {
                        throw ValidationError("\(archive.path): no item \(id)")
                    }
                    chosen.append(item)
                }
            }
            var releasable = 0
            for var item in chosen {
                item.review = review
                if item.isReleasable { releasable += 1 }
                try session.save(item)
            }
            return (chosen.count, releasable)
        }
        print("recorded a \(result.rawValue) review for \(recorded) items; \(releasable) of them are now releasable")
    }
}
