import DisclosureCore

/// How the `requests` commands describe a request, its state and its due date in plain text.
enum RequestText {
    /// Where a request stands: `processing`, `awaiting supplement until 2021-03-20`, `closed 2021-03-10 (granted)` ….
    static func state(_ request: DisclosureRequest) -> String {
        let state = request.state
        switch state.phase {
        case .processing:
            return "processing"
        case .awaitingSupplement:
            return "awaiting supplement" + (state.supplementReplyBy.map { " until \($0)" } ?? "")
        case .consulting:
            return "consulting" + (state.consultations.last.map { " \($0.party)" } ?? "")
        case .awaitingPayment:
            return "awaiting payment" + (state.feeNotices.last.map { " of \($0.amount)元" } ?? "")
        case .closed:
            let on = state.closedOn.map { " \($0)" } ?? ""
            return "closed\(on) (\(state.outcome?.rawValue ?? "no outcome"))"
        }
    }

    /// The reply deadline of an open request whose clock runs or is paused; `nil` when closed or when the clock
    /// waits for a supplement (it restarts from the supplement's arrival).
    static func deadline(
        _ request: DisclosureRequest, calendar: WorkingDayCalendar, today: CivilDate
    ) -> DeadlineComputation? {
        guard request.state.isOpen, request.state.phase != .awaitingSupplement else { return nil }
        return request.replyDeadline(calendar: calendar, asOf: today)
    }

    /// The explanation of a due date, then one line per warning (a year no holiday notice covers).
    static func explanationLines(_ computation: DeadlineComputation) -> [String] {
        var lines = [computation.explanation]
        if !computation.startDay.isCovered, !computation.uncoveredYears.contains(computation.start.year) {
            lines.append(
                "warning: the start day \(computation.start) lies in \(computation.start.year), which no loaded holiday "
                    + "notice covers (add it with --calendar FILE)")
        }
        for diagnostic in computation.diagnostics {
            lines.append("warning: \(diagnostic.message) (add it with --calendar FILE)")
        }
        return lines
    }

    /// `due 2019-10-23` with a `provisional` mark when the calendar lacks a year.
    static func dueDate(_ computation: DeadlineComputation) -> String {
        computation.dueDate.description + (computation.isProvisional ? " (provisional)" : "")
    }

    /// Working days left until a due date, or overdue since it: `3 left`, `due today`, `overdue 2`; calendar days
    /// with a `~` when the calendar does not cover the span.
    static func daysLeft(until due: CivilDate, today: CivilDate, calendar: WorkingDayCalendar) -> String {
        if due == today { return "due today" }
        let (from, to) = due > today ? (today, due) : (due, today)
        let count: String
        if let days = try? calendar.workingDays(from: from, to: to) {
            count = "\(days)"
        } else {
            count = "~\(from.days(to: to)) calendar"
        }
        return due > today ? "\(count) left" : "overdue \(count)"
    }

    /// The working days from `today` to `due`, negative when overdue; `nil` when the calendar does not cover it.
    static func workingDaysLeft(until due: CivilDate, today: CivilDate, calendar: WorkingDayCalendar) -> Int? {
        if due >= today { return try? calendar.workingDays(from: today, to: due) }
        return (try? calendar.workingDays(from: due, to: today)).map { -$0 }
    }

    /// One line per event: `2021-03-05  extended: 10 working days, approved by 王局长`.
    static func event(_ event: RequestEvent) -> String {
        let detail: String
        switch event {
        case .supplementRequested(_, let replyBy, let what):
            detail = "supplement requested (补正通知), reply by \(replyBy)" + (what.isEmpty ? "" : ": \(what)")
        case .supplementReceived:
            detail = "supplement received (补正), the reply clock restarts"
        case .supplementOverdue:
            detail = "supplement overdue (逾期不补正): closed as other.overdueSupplement"
        case .consultationStarted(_, let party):
            detail = "consultation sent (征求意见) to \(party)"
        case .consultationEnded:
            detail = "consultation answered"
        case .extended(_, let days, let approver):
            detail = "extended (延期答复) by \(days) working days, approved by \(approver)"
        case .feeNoticed(_, let amount):
            detail = "fee notice (收费通知) of \(amount)元"
        case .feePaid:
            detail = "fee paid"
        case .feeOverdue:
            detail = "fee unpaid (逾期未缴费): closed as other.overdueFee"
        case .replied(_, let outcome):
            detail = "replied (答复): \(outcome.rawValue), \(outcome.legalGround)"
        case .withdrawn:
            detail = "withdrawn (撤回): closed as other.otherReasons"
        }
        return "\(event.date)  \(detail)"
    }
}
