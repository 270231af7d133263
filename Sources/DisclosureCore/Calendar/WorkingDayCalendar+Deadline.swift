extension WorkingDayCalendar {
    /// The N-th working day after `start`, with its explanation (民法典 Art. 201: the start day is not counted).
    ///
    /// Working days inside any of `pauses` are not counted (e.g. consultation time, Art. 32). When the count
    /// crosses a year no loaded notice covers, only weekends are skipped there; the result is then
    /// ``DeadlineComputation/isProvisional`` and carries a warning diagnostic, never a silent guess.
    /// - Parameters:
    ///   - start: The day of receipt (or of the supplement's arrival); not counted.
    ///   - n: The number of working days, 0 or more (0 means the start day itself).
    ///   - pauses: Intervals whose working days do not count.
    ///   - startLabel: What the start day is, as quoted in the explanation.
    public func dueDate(
        from start: CivilDate, workingDays n: Int, excluding pauses: [PausedInterval] = [],
        startLabel: String = "receipt"
    ) -> DeadlineComputation {
        precondition(n >= 0, "a period counts 0 or more working days, not \(n)")
        var date = start
        var counted = 0
        var holidays: [DeadlineComputation.HolidayRange] = []
        var weekends: [CivilDate] = []
        var makeUps: [CivilDate] = []
        var paused: [DeadlineComputation.PausedDay] = []
        var uncovered: [Int] = []
        while counted < n {
            date = date.adding(days: 1)
            let day = classify(date)
            if !day.isCovered, !uncovered.contains(date.year) { uncovered.append(date.year) }
            switch day.kind {
            case .holiday:
                let name = day.holidayName ?? "holiday"
                if let last = holidays.last, last.name == name, last.last.adding(days: 1) == date {
                    holidays[holidays.count - 1].last = date
                } else {
                    holidays.append(.init(name: name, first: date, last: date))
                }
            case .weekend:
                weekends.append(date)
            case .ordinaryWorkingDay, .makeUpWorkingDay:
                if let pause = pauses.first(where: { $0.contains(date) }) {
                    paused.append(.init(date: date, reason: pause.reason))
                    continue
                }
                counted += 1
                if day.kind == .makeUpWorkingDay { makeUps.append(date) }
            }
        }
        let diagnostics = uncovered.map { year in
            Diagnostic(
                .warning, code: WorkingDayCalendarError.Code.yearNotCovered.rawValue,
                message: "no holiday notice for \(year) is loaded (covered: \(coverageDescription)); its public "
                    + "holidays are unknown, so only weekends were skipped and the due date may be too early",
                field: "dueDate")
        }
        return DeadlineComputation(
            start: start, startLabel: startLabel, startDay: classify(start), workingDays: n, dueDate: date,
            skippedHolidays: holidays, skippedWeekendDays: weekends, countedMakeUpDays: makeUps,
            pausedWorkingDays: paused, uncoveredYears: uncovered, diagnostics: diagnostics)
    }

    /// The number of working days after `start` up to and including `end`, the start day not counted.
    ///
    /// `workingDays(from: d, to: dueDate(from: d, workingDays: n).dueDate) == n`. An `end` on or before
    /// `start` gives 0. Throws when a day of the span lies in a year no loaded notice covers.
    public func workingDays(
        from start: CivilDate, to end: CivilDate, excluding pauses: [PausedInterval] = []
    ) throws(WorkingDayCalendarError) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var date = start.adding(days: 1)
        while date <= end {
            let day = classify(date)
            guard day.isCovered else { throw uncoveredError(date) }
            if day.isWorkingDay, !pauses.contains(where: { $0.contains(date) }) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }
}
