import Foundation
import Testing

@Suite struct RequestsImportCommandTests {
    @Test func aGBKRegisterImportsAroundItsBadRow() throws {
        let fixture = "fixtures/requests/register-gbk.csv"
        let bytes = try Data(contentsOf: CommandLineRunner.repositoryRoot.appendingPathComponent(fixture))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the fixture must stay GBK")
        let archive = TemporaryArchive()
        defer { archive.remove() }
        let result = try CommandLineRunner.run(["requests", "import", "--store", archive.path, fixture])
        #expect(result.status == 1)
        #expect(result.stdout.contains("imported 3 requests from \(fixture) (GB18030); 1 rows failed"))
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("error: \(fixture): row 4, column 答复日期 (request 2021-003):") == true)
        #expect(errors.first?.contains("request.before-receipt") == true)
        #expect(result.stderr.contains("ignored the columns 备注"))

        let list = try CommandLineRunner.run(["requests", "list", "--store", archive.path, "--today", "2021-12-01"])
        #expect(list.stdout.contains("2021-001"))
        #expect(list.stdout.contains("closed 2021-04-01 (denied.stateSecret)"))
        #expect(list.stdout.contains("2021-004"))
        #expect(!list.stdout.contains("2021-003"))
        let shown = try CommandLineRunner.run(["requests", "show", "--store", archive.path, "2021-001"])
        #expect(shown.stdout.contains("subject:    学校名录, 2021年"))
    }

    /// A 2021 register in UTF-8 with a BOM touching every way in and out of table 三.
    static let register2021 = """
        \u{FEFF}编号,收到日期,渠道,申请人类型,申请内容,补正通知日期,补正期限,补正收到日期,收费通知日期,收费金额,缴费日期,答复日期,处理结果
        2020-031,2020-12-21,当面,自然人,去年的申请,,,,,,,2021-01-08,予以公开
        2020-032,2020-12-28,网络,商业企业,去年的申请,,,,,,,2021-01-20,部分公开
        2020-033,2020-06-01,当面,科研机构,去年已办结,,,,,,,2020-06-20,予以公开
        2021-001,2021-03-01,网络,自然人,招生计划,,,,,,,2021-03-10,granted
        2021-002,2021-03-02,平信,社会公益组织,督导报告,,,,,,,2021-03-30,（三）不予公开 4.保护第三方合法权益
        2021-003,2021-04-06,挂号信,法律服务机构,经费,,,,2021-04-07,100元,2021-04-12,2021-04-20,本机关不掌握相关政府信息
        2021-004,2021-05-06,传真,其他,名录,,,,2021-05-06,100,,2021-06-10,逾期未缴费
        2021-005,2021-06-01,当面,自然人,名录,2021-06-03,2021-06-18,,,,,2021-06-25,逾期不补正
        2021-006,2021-07-01,当面,商业企业,名录,,,,,,,2021-07-02,撤回
        2021-007,2021-12-20,网络,自然人,年末的申请,,,,,,,,
        2021-008,2021-12-27,网络,其他,年末的申请,,,,,,,2022-01-10,重复申请
        """

    @Test func statsOfARegisterBalanceInEveryColumn() throws {
        let archive = TemporaryArchive()
        defer { archive.remove() }
        let file = try archive.file("register.csv", Data(Self.register2021.utf8))
        let imported = try CommandLineRunner.run(["requests", "import", "--store", archive.path, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 11 requests"))

        let result = try CommandLineRunner.run([
            "requests", "stats", "--store", archive.path, "--year", "2021", "--edition", "2021", "--json",
        ])
        #expect(result.status == 0)
        let table = try JSONDecoder().decode([String: [String: Int]].self, from: Data(result.stdout.utf8))
        let columns = ["naturalPerson", "commercial", "research", "social", "legal", "other", "total"]
        #expect(table.count == 25)
        for column in columns {
            func cell(_ row: String) -> Int { table[row]?[column] ?? -1 }
            #expect(
                cell("newReceived") + cell("carriedOver") == cell("totalProcessed") + cell("carriedForward"),
                "column \(column) does not balance")
        }
        #expect(table["newReceived"]?["total"] == 8)
        #expect(table["carriedOver"]?["total"] == 2)
        #expect(table["totalProcessed"]?["total"] == 8)
        #expect(table["carriedForward"]?["total"] == 2)
        #expect(table["granted"]?["naturalPerson"] == 2)
        #expect(table["partialGrant"]?["commercial"] == 1)
        #expect(table["denied.thirdParty"]?["social"] == 1)
        #expect(table["unableToProvide.notHeld"]?["legal"] == 1)
        #expect(table["other.overdueFee"]?["other"] == 1)
        #expect(table["other.overdueSupplement"]?["naturalPerson"] == 1)
        #expect(table["other.otherReasons"]?["commercial"] == 1)

        let text = try CommandLineRunner.run(["requests", "stats", "--store", archive.path, "--year", "2021"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("一、本年新收政府信息公开申请数量"))
        #expect(text.stdout.contains("（六）其他处理 1.申请人无正当理由逾期不补正"))
        #expect(text.stdout.contains("reply times over 5 replies"))

        let old = try CommandLineRunner.run([
            "requests", "stats", "--store", archive.path, "--year", "2021", "--edition", "2019", "--json",
        ])
        let folded = try JSONDecoder().decode([String: [String: Int]].self, from: Data(old.stdout.utf8))
        #expect(folded["other"]?["total"] == 3)
        #expect(folded["other.overdueFee"] == nil)
    }
}
