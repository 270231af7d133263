extension DisclosureRequest {
    /// The reply due date (答复期限) under every rule so far, explained.
    ///
    /// 20 working days (Art. 33) plus the extension, if any, counted from the day after receipt, or from the
    /// day after the supplement arrived (Art. 30 restarts the clock). Working days of a consultation (from the
    /// day after it was sent to the day it ended, at most 15 working days, Art. 32/34) and of a fee notice (from
    /// the day after the notice to the payment, at most 20 working days) do not count.
    /// - Parameters:
    ///   - calendar: The working-day calendar that decides which days count.
    ///   - asOf: The day of the question. A consultation or fee still open is assumed to run until
    ///     `asOf`; without it, until its maximum length, which gives the latest possible due date.
    public func replyDeadline(calendar: WorkingDayCalendar, asOf: CivilDate? = nil) -> DeadlineComputation {
        let start = state.supplementReceivedOn ?? receipt.date
        let label = state.supplementReceivedOn == nil ? "receipt" : "supplement arrival"
        let extra = state.extensionWorkingDays ?? 0
        var pauses: [PausedInterval] = []
        var notes: [String] = []
        for consultation in state.consultations where consultation.started >= start {
            let cap = calendar.dueDate(from: consultation.started, workingDays: Period.consultation).dueDate
            let end = min(consultation.ended ?? asOf ?? cap, cap)
            pauses.append(
                PausedInterval(
                    first: consultation.started.adding(days: 1), last: end,
                    reason: "consultation with \(consultation.party), Art. 32"))
            if consultation.ended == nil {
                notes.append("the consultation with \(consultation.party) is still open; assumed to last until \(end)")
            }
        }
        for notice in state.feeNotices where notice.noticed >= start {
            let cap = calendar.dueDate(from: notice.noticed, workingDays: Period.feePayment).dueDate
            let end = min(notice.paid ?? asOf ?? cap, cap)
            pauses.append(
                PausedInterval(
                    first: notice.noticed.adding(days: 1), last: end,
                    reason: "fee notice of \(notice.amount)元 until payment"))
            if notice.paid == nil {
                notes.append("the fee of \(notice.amount)元 is unpaid; assumed unpaid until \(end)")
            }
        }
        if extra > 0, let on = state.extendedOn, let approver = state.extensionApprovedBy {
            notes.append("20 working days plus an extension of \(extra) approved by \(approver) on \(on) (Art. 33)")
        }
        if state.phase == .awaitingSupplement, let asked = state.supplementRequestedOn {
            notes.append("a supplement requested on \(asked) is awaited; the count restarts when it arrives")
        }
        var result = calendar.dueDate(
            from: start, workingDays: Period.reply + extra, excluding: pauses, startLabel: label)
        result.notes = notes
        return result
    }
}
