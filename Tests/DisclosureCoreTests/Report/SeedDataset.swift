import DisclosureCore

/// The 2018 archive of 勐海县教育局 as the seed report describes it, made item by item: 436 proactive items
/// published in 2018 (23 规范性文件, 5 政策解读, 408 others of which 2 招生信息, 1 录取信息, 9 招生政策及程序), and
/// around them what must not be counted (2017 items, an on-request item, a list page, an item with no attribute).
enum SeedDataset {
    static let year = 2018

    static func item(
        _ id: String, _ title: String, category: CategoryID?, kind: DocumentKind? = nil, day: Int,
        year: Int = SeedDataset.year, attribute: DisclosureAttribute? = .proactive
    ) -> DisclosureItem {
        var item = DisclosureItem(id: ItemID(rawValue: id), title: title)
        guard let start = CivilDate(year: year, month: 1, day: 2) else { fatalError("bad year") }
        let published = start.adding(days: day % 360)
        item.publishedAt = LocalDateTime(published)
        item.category = category
        item.kind = kind
        item.attribute = attribute
        return item
    }

    static var items: [DisclosureItem] {
        var items: [DisclosureItem] = []
        for n in 1...23 {
            var document = item(
                "item-2018-normative-\(n)", "勐海县教育局关于印发第\(n)号工作规范的通知", category: .normativeDocuments,
                kind: .normativeDocument, day: n * 13)
            document.writtenAt = document.publishedAt.map { LocalDateTime($0.date.adding(days: -3)) }
            document.documentNumber = try? DocumentNumber(parsing: "勐教发〔2018〕\(n)号")
            document.validity = .effective
            items.append(document)
        }
        for n in 1...5 {
            items.append(
                item(
                    "item-2018-interpretation-\(n)", "政策解读（\(n)）", category: .policyInterpretations,
                    kind: .policyInterpretation, day: n * 61))
        }
        var workPlan = item(
            "item-2018-workplan", "2018年勐海县教育局政务公开政务服务工作要点", category: .notices, kind: .notice, day: 16)
        workPlan.writtenAt = CivilDate(year: 2018, month: 1, day: 16).map { LocalDateTime($0) }
        items.append(workPlan)
        let others: [(CategoryID, String, Int)] = [
            (.enrollmentInfo, "招生信息", 2), (.admissionInfo, "录取信息", 1),
            (.enrollmentPolicyAndProcedure, "招生政策及程序", 9), (.departmentBudget, "部门预算", 3),
            (.departmentFinalAccounts, "部门决算", 3), (.specialFunds, "专项资金", 3), (.transferPayments, "转移支付资金", 3),
            (.supervisionReports, "督导报告", 2), (.balancedDevelopmentFeedback, "均衡发展督导评估反馈", 2),
            (.schoolConditions, "改善薄弱学校办学条件", 2), (.notices, "通知公告", 150), (.workNews, "工作动态", 227),
        ]
        var day = 0
        for (category, name, count) in others {
            for n in 1...count {
                day += 1
                items.append(
                    item(
                        "item-2018-\(category.rawValue.replacingSlashes)-\(n)", "\(name)第\(n)条", category: category,
                        day: day))
            }
        }
        // Not counted in 2018: the year before, on request only, a list page, no attribute recorded.
        for n in 1...3 {
            items.append(item("item-2017-notice-\(n)", "2017年通知\(n)", category: .notices, day: n, year: 2017))
        }
        var normative2017 = item(
            "item-2017-normative-1", "2017年规范性文件", category: .normativeDocuments, kind: .normativeDocument,
            day: 200, year: 2017)
        normative2017.validity = .repealed
        items.append(normative2017)
        items.append(item("item-2018-onrequest-1", "依申请公开的信息", category: .onRequest, day: 40, attribute: .onRequest))
        var list = item("item-2018-list-page", "通知公告列表", category: .notices, day: 41)
        list.isItem = false
        items.append(list)
        items.append(item("item-2018-unknown-1", "公开属性未记录的信息", category: .workNews, day: 42, attribute: nil))
        return items
    }
}

extension String {
    fileprivate var replacingSlashes: String {
        String(map { $0 == "/" ? "-" : $0 })
    }
}
