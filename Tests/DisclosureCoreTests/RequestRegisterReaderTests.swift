import DisclosureCore
import Testing

@Suite struct RequestRegisterReaderTests {
    let calendar: WorkingDayCalendar
    let header = ["编号", "收到日期", "渠道", "申请人类型", "申请内容", "延期日期", "延期工作日", "延期批准人", "答复日期", "处理结果"]

    init() throws {
        calendar = try WorkingDayCalendar.bundled()
    }

    @Test func aRowBecomesARequestWithItsEvents() throws {
        let reader = try RequestRegisterReader(header: header, file: "台账.csv")
        let request = try reader.request(
            from: ["2021-009", "2021年3月1日", "网上申请", "公民", "招生计划", "2021/3/25", "10", "王局长", "2021-04-09", "部分公开"],
            row: 2, calendar: calendar)
        #expect(request.id == "2021-009")
        #expect(request.receipt.date == CivilDate(year: 2021, month: 3, day: 1))
        #expect(request.receipt.channel == .internet)
        #expect(request.applicantType == .naturalPerson)
        #expect(request.state.extensionWorkingDays == 10)
        #expect(request.outcome == .partialGrant)
        #expect(request.events.count == 2)
    }

    @Test func aRefusedEventNamesRowColumnAndRule() throws {
        let reader = try RequestRegisterReader(header: header, file: "台账.csv")
        // 21 working days is more than Art. 33 allows.
        #expect {
            try reader.request(
                from: ["2021-010", "2021-03-01", "当面", "自然人", "名录", "2021-03-10", "21", "王局长", "", ""],
                row: 7, calendar: calendar)
        } throws: { error in
            let error = try #require(error as? RequestRegisterError)
            return error.row == 7 && error.column == "延期日期" && error.requestID == "2021-010"
                && error.description.hasPrefix(
                    "台账.csv: row 7, column 延期日期 (request 2021-010): request.invalid-extension")
        }
    }

    @Test func anOutcomeWithoutItsDateIsRefused() throws {
        let reader = try RequestRegisterReader(header: header, file: "f.csv")
        #expect(throws: RequestRegisterError.self) {
            try reader.request(
                from: ["1", "2021-03-01", "当面", "自然人", "名录", "", "", "", "", "予以公开"], row: 2, calendar: calendar)
        }
    }

    @Test func aMissingRequiredColumnIsNamed() {
        #expect {
            try RequestRegisterReader(header: ["编号", "收到日期", "渠道", "申请内容"], file: "f.csv")
        } throws: { error in
            (error as? RequestRegisterError)?.description.contains("missing the required column(s) 申请人类型") == true
        }
    }

    @Test(arguments: [
        ("granted", RequestRegisterEnding.reply(.granted)),
        ("予以公开", .reply(.granted)),
        ("（三）不予公开 1.属于国家秘密", .reply(.deniedStateSecret)),
        ("不予公开-国家秘密", .reply(.deniedStateSecret)),
        ("无法提供：本机关不掌握相关政府信息", .reply(.unableToProvideNotHeld)),
        ("（六）其他处理 3.其他", .reply(.otherOtherReasons)),
        ("逾期不补正", .supplementOverdue),
        ("other.overdueFee", .feeOverdue),
        ("撤回", .withdrawn),
    ])
    func outcomesAreReadFromKeysAndLabels(_ text: String, _ ending: RequestRegisterEnding) {
        #expect(RequestRegisterVocabulary.ending(text) == ending)
    }

    @Test func aGroupWithoutItsGroundNamesNoOutcome() {
        #expect(RequestRegisterVocabulary.ending("不予公开") == nil)
        #expect(RequestRegisterVocabulary.channel("信鸽") == nil)
        #expect(RequestRegisterVocabulary.channel("registered-post") == .registeredPost)
        #expect(RequestRegisterVocabulary.applicant("律师事务所") == .legal)
    }
}
