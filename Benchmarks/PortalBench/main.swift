// portal-bench: single-threaded throughput of the portal importer against libxml2's bare parse.
//
//     swift run -c release portal-bench [--seconds S] [--trials N] [--corpus fixtures|synthetic|generated] [--pages N]
//         [--phase parse|extraction] [--rounds N] [--per-page]
//
// Each phase runs S seconds in all (default 3), split into N alternating runs (default 6) of which it keeps its best
// rate: on a shared machine the rates wander, and alternating short runs lets both phases see the same machine.
//
// Three corpora: the saved pages of fixtures/portal/, synthetic ~50 KB TRS-style pages, and the pages of a site the
// fixture generator makes (`generated`: N detail pages, default 2,000, seed 7 — the site migration-bench migrates;
// only with --corpus generated, since generating takes a few seconds). For each: parse-only and full extraction
// (PortalImporter.importSource: detection, decoding, parsing, every field chain, sanitizing, hashing), in pages/s and
// MB/s, and extraction as a share of parse-only.
//
// For the generated corpus every HTML page of the mirror is read (detail pages, column lists, search and error
// pages), as a migration reads them, and the rate is also given in detail pages per second of a whole pass over
// them: that figure is comparable with migration-bench's pages/s over the same site.
//
// Parse-only is the least any correct reader of these pages must do: detect the encoding from the bytes (a page's
// own meta cannot be trusted, see LEGACY-SOURCES.md §2) and have libxml2 parse the bytes with that encoding named.
// Detection is timed, as in extraction; it used to be done once outside the loop, which left the baseline doing
// less encoding work than any real import.
//
// On a busy machine wall-clock rates wander; `--phase P --rounds N` runs one phase a fixed number of rounds over
// the corpus, so that `perf stat -e instructions:u` (or `perf record`) can compare the phases by work done.
// `--per-page` lists the pages whose extraction costs most against their parse, to show where to look.

import DisclosureCore
import DisclosureFixtures
import Foundation
import ImportKit
import LibXML
import Portal

struct Corpus {
    var name: String
    var sources: [ImportSource]
    /// The detail pages the corpus stands for, when it is a generated site (for the rate per site page).
    var sitePages: Int?
    var bytes: Int { sources.reduce(0) { $0 + $1.bytes.count } }
}

func fixtureCorpus(root: URL) -> Corpus {
    let folder = root.appendingPathComponent("fixtures/portal")
    var sources: [ImportSource] = []
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let relative = walker?.nextObject() as? String {
        guard relative.hasSuffix(".html") || relative.hasSuffix(".htm"),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path),
            !data.isEmpty
        else { continue }
        sources.append(ImportSource(bytes: [UInt8](data), path: "fixtures/portal/" + relative))
    }
    sources.sort { $0.path < $1.path }
    return Corpus(name: "fixtures", sources: sources)
}

func syntheticCorpus(count: Int) -> Corpus {
    var sources: [ImportSource] = []
    for index in 0..<count {
        var body = ""
        var paragraph = 0
        while body.utf8.count < 49_000 {
            paragraph += 1
            body += "<p style=\"text-indent:2em\">　　第\(paragraph)条 为进一步做好\(2018 + index % 3)年义务教育招生入学工作，"
            body += "根据有关法律法规和上级文件精神，结合我县实际，现就有关事项通知如下：各学校要按照“划片招生、就近入学”的原则，"
            body += "认真做好适龄儿童少年入学工作，确保每一名适龄儿童少年都能接受义务教育。<span>联系电话：0691-5122326</span></p>\n"
            if paragraph % 15 == 0 {
                body +=
                    "<table border=\"1\"><tr><td>学校</td><td>计划</td></tr><tr><td>第\(paragraph)小学</td><td>360</td></tr></table>\n"
            }
        }
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好招生工作的通知（第\(index)号）_勐海县教育局</title>
            <style>.gg{display:none}</style><script>var clicks = 0;</script></head><body>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/tzgg/">通知公告</a></li></ul></div>
            <div class="position">当前位置：首页 &gt; 信息公开 &gt; 通知公告</div>
            <div class="title"><!--TitleStart-->关于做好招生工作的通知（第\(index)号）<!--TitleEnd--></div>
            <div class="info">发布时间：2018-06-12 10:20:00　　来源：县教育局　　作者：基础教育股　　浏览次数：<script>document.write(clicks)</script></div>
            <div class="TRS_Editor"><div class="Custom_UnionStyle">
            \(body)
            <div class="gg"><a href="http://spam.example.com/\(index)">博彩</a></div>
            <p>附件：<a href="./P020180612345678901234.doc">招生计划表</a></p>
            <p style="text-align:right">勐海县教育局</p><p style="text-align:right">2018年6月12日</p>
            </div></div>
            <div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
            </body></html>
            """
        sources.append(
            ImportSource(
                bytes: Array(page.utf8), path: "synthetic/t20180612_\(100_000 + index).html",
                originalURL: "http://www.ynmh.gov.cn/jyj/tzgg/201806/t20180612_\(100_000 + index).html"))
    }
    return Corpus(name: "synthetic ~50 KB", sources: sources)
}

/// The HTML pages of a generated site (the mirror's files that the portal importer would read), each with the address
/// its place in the mirror gives it.
func generatedCorpus(pages: Int) throws -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portal-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try SiteGenerator.generate(pages: pages, seed: 7, year: 2018, into: folder)
    var sources: [ImportSource] = []
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let relative = walker?.nextObject() as? String {
        guard relative.contains("/"), !relative.hasPrefix("oa/"),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path)
        else { continue }
        let source = ImportSource(bytes: [UInt8](data), path: relative, originalURL: "http://" + relative)
        if importer.sniff(source) > .no { sources.append(source) }
    }
    sources.sort { $0.path < $1.path }
    return Corpus(name: "generated (\(pages) detail pages, seed 7)", sources: sources, sitePages: pages)
}

/// Runs `body` over the corpus repeatedly for at least `seconds`; returns pages per second.
func measure(_ corpus: Corpus, seconds: Double, _ body: (Int) -> Void) -> (pagesPerSecond: Double, mbPerSecond: Double)
{
    // Warm up once.
    for index in corpus.sources.indices { body(index) }
    if let rounds {
        let start = Date()
        for _ in 0..<rounds { for index in corpus.sources.indices { body(index) } }
        let elapsed = Date().timeIntervalSince(start)
        let pages = rounds * corpus.sources.count
        return (Double(pages) / elapsed, Double(rounds * corpus.bytes) / elapsed / 1_000_000)
    }
    var pages = 0
    var bytes = 0
    let start = Date()
    while Date().timeIntervalSince(start) < seconds {
        for index in corpus.sources.indices {
            body(index)
            pages += 1
            bytes += corpus.sources[index].bytes.count
        }
    }
    let elapsed = Date().timeIntervalSince(start)
    return (Double(pages) / elapsed, Double(bytes) / elapsed / 1_000_000)
}

let arguments = CommandLine.arguments
let seconds =
    arguments.firstIndex(of: "--seconds").flatMap {
        arguments.indices.contains($0 + 1) ? Double(arguments[$0 + 1]) : nil
    } ?? 3
let only = arguments.firstIndex(of: "--corpus").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let phase = arguments.firstIndex(of: "--phase").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let rounds = arguments.firstIndex(of: "--rounds").flatMap {
    arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
}
let trials =
    arguments.firstIndex(of: "--trials").flatMap {
        arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
    } ?? 6
let generatedPages =
    arguments.firstIndex(of: "--pages").flatMap {
        arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
    } ?? 2_000
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let importer = PortalImporter()
let context = ImportContext()
var sink = 0

var corpora: [Corpus] = []
if only == nil || only == "fixtures" { corpora.append(fixtureCorpus(root: root)) }
if only == nil || only == "synthetic" { corpora.append(syntheticCorpus(count: 20)) }
if only == "generated" { corpora.append(try generatedCorpus(pages: generatedPages)) }
let detector = EncodingDetector()
for corpus in corpora {
    let average = corpus.sources.isEmpty ? 0 : corpus.bytes / corpus.sources.count
    print("\(corpus.name): \(corpus.sources.count) pages, average \(average / 1024) KB")
    func parseOnly(_ index: Int) {
        let source = corpus.sources[index]
        let detected = detector.detect(source)
        let bytes = source.bytes.dropFirst(detected.byteOrderMarkLength)
        if let document = try? Document.html(bytes, encoding: detected.name) {
            sink &+= document.root == nil ? 0 : 1
        }
    }
    func extraction(_ index: Int) {
        if let result = try? importer.importSource(corpus.sources[index], context: context) {
            sink &+= result.items.count
        }
    }
    // The two phases alternate in `trials` short runs and each keeps its best rate: another process slowing the
    // machine for a while then slows one run of each, not a whole phase (the rates here wander by a factor of two
    // from one minute to the next).
    var parse = (pagesPerSecond: 0.0, mbPerSecond: 0.0)
    var extract = (pagesPerSecond: 0.0, mbPerSecond: 0.0)
    let runs = rounds == nil ? trials : 1
    for _ in 0..<runs {
        if phase != "extraction" {
            let rate = measure(corpus, seconds: seconds / Double(runs), parseOnly)
            if rate.pagesPerSecond > parse.pagesPerSecond { parse = rate }
        }
        if phase != "parse" {
            let rate = measure(corpus, seconds: seconds / Double(runs), extraction)
            if rate.pagesPerSecond > extract.pagesPerSecond { extract = rate }
        }
    }
    if phase != "extraction" {
        print(String(format: "  parse-only  %9.1f pages/s  %7.2f MB/s", parse.pagesPerSecond, parse.mbPerSecond))
    }
    if phase != "parse" {
        print(String(format: "  extraction  %9.1f pages/s  %7.2f MB/s", extract.pagesPerSecond, extract.mbPerSecond))
    }
    if phase == nil {
        let ratio = extract.pagesPerSecond / max(parse.pagesPerSecond, 1e-9) * 100
        print(String(format: "  extraction is %.0f%% of parse-only (target: at least 50%%)", ratio))
    }
    if let sitePages = corpus.sitePages, !corpus.sources.isEmpty {
        // One pass over every page of the site takes count / rate seconds; the site has `sitePages` detail pages.
        let perSitePage = { (rate: Double) in Double(sitePages) / (Double(corpus.sources.count) / max(rate, 1e-9)) }
        print(
            String(
                format: "  per detail page of the site: parse-only %.1f, extraction %.1f site pages/s "
                    + "(comparable with migration-bench pages/s)", perSitePage(parse.pagesPerSecond),
                perSitePage(extract.pagesPerSecond)))
    }
}
if arguments.contains("--per-page") {
    for corpus in corpora {
        var costs: [(path: String, parse: Double, extract: Double)] = []
        for source in corpus.sources {
            func time(_ body: () -> Void) -> Double {
                let start = Date()
                for _ in 0..<20 { body() }
                return Date().timeIntervalSince(start) / 20 * 1_000_000
            }
            let parse = time {
                let detected = detector.detect(source)
                if let document = try? Document.html(
                    source.bytes.dropFirst(detected.byteOrderMarkLength), encoding: detected.name)
                {
                    sink &+= document.root == nil ? 0 : 1
                }
            }
            let extract = time { sink &+= (try? importer.importSource(source, context: context))?.items.count ?? 0 }
            costs.append((source.path, parse, extract))
        }
        print("\(corpus.name): pages by extraction time beyond the parse (µs: parse, extraction)")
        for cost in costs.sorted(by: { $0.extract - $0.parse > $1.extract - $1.parse }).prefix(15) {
            print(String(format: "  %7.0f %7.0f  %@", cost.parse, cost.extract, cost.path))
        }
    }
}
if sink == 42 { print("") }
