import ArgumentParser
import DisclosureCore

/// The `--calendar FILE` option of every command that counts working days: a bureau's own holiday notice (e.g.
/// next year's, in the holiday-cn JSON form) loaded over the bundled data.
struct CalendarOption: ParsableArguments {
    @Option(
        name: .customLong("calendar"),
        help: ArgumentHelp(
            "A holiday notice in the holiday-cn JSON form, loaded over the bundled 2007–2026 data (repeatable).",
            valueName: "file"))
    var files: [String] = []

    /// The bundled calendar with the named files added in order; an unreadable or malformed file fails the command.
    func load() throws -> WorkingDayCalendar {
        var calendar: WorkingDayCalendar
        do {
            calendar = try WorkingDayCalendar.bundled()
        } catch {
            throw CommandFailure("the bundled holiday calendar cannot be loaded: \(error.description)")
        }
        for file in files {
            do {
                calendar = try calendar.adding(file: file)
            } catch {
                throw CommandFailure("--calendar \(file): \(error.description)")
            }
        }
        return calendar
    }
}
