import Foundation

extension WorkingDayCalendar {
    /// The calendar of every notice shipped with the library (holiday-cn data, 2007 onward).
    ///
    /// Every bundled year file is loaded, in year order, because a year's file also fixes days of its
    /// neighbours (2019.json holds the make-up working day 2018-12-29). The files are read once per process.
    public static func bundled() throws(WorkingDayCalendarError) -> WorkingDayCalendar {
        try bundledResult.get()
    }

    private static let bundledResult: Result<WorkingDayCalendar, WorkingDayCalendarError> = loadBundled()

    private static func loadBundled() -> Result<WorkingDayCalendar, WorkingDayCalendarError> {
        guard let folder = Bundle.module.url(forResource: "holidays-cn", withExtension: nil) else {
            return .failure(
                WorkingDayCalendarError(
                    .unreadableFile, source: "holidays-cn", reason: "the bundled holiday folder is missing"))
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            return .failure(WorkingDayCalendarError(.unreadableFile, source: folder.path, reason: "\(error)"))
        }
        // Year files only (the folder also holds README.md and LICENSE), oldest first so later notices win.
        let yearFiles = names.filter { name in
            name.hasSuffix(".json") && Int(name.dropLast(5)) != nil
        }
        .sorted()
        var calendar = WorkingDayCalendar()
        for name in yearFiles {
            let label = "bundled holidays-cn/\(name)"
            do {
                let bytes = try readFile(folder.appendingPathComponent(name).path)
                calendar = calendar.adding(try HolidayCalendarData(json: bytes, source: label), source: label)
            } catch {
                return .failure(error)
            }
        }
        return .success(calendar)
    }

    static func readFile(_ path: String) throws(WorkingDayCalendarError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkingDayCalendarError(
                .unreadableFile, source: path, reason: "the file does not exist or cannot be read")
        }
        return [UInt8](data)
    }
}
