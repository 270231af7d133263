/// Recognises the page furniture that legacy CMSs print around and inside article bodies: print and close
/// toolbars (`【打印】【关闭】`, `字号：大 中 小`), share bars, pagers and previous/next links.
///
/// Judged on an element's text with all white space removed, and only for short texts: a paragraph that merely
/// mentions 打印 is never taken for a toolbar.
enum PageChrome {
    /// The longest text (in scalars, white space removed) that can be furniture.
    static let maximumLength = 120

    /// What kind of furniture the text is, or nil when it is content.
    static func kind(ofCompactText compact: String) -> String? {
        guard !compact.isEmpty, compact.unicodeScalars.count <= maximumLength,
            compact.unicodeScalars.contains(where: markers.contains)
        else { return nil }
        for prefix in previousNextPrefixes where compact.hasBytePrefix(prefix) { return "previous/next link" }
        if isMadeOf(compact, tokens: toolbarTokens), toolbarMarkers.contains(where: { compact.includes($0) }) {
            return "toolbar"
        }
        if isMadeOf(compact, tokens: pagerTokens, allowDigits: true),
            pagerMarkers.contains(where: { compact.includes($0) })
        {
            return "pager"
        }
        return nil
    }

    /// Every furniture text has one of these.
    private static let markers: ScalarSet = [
        "打", "关", "字", "分", "收", "扫", "纠", "返", "上", "下", "页", "首", "尾", "共", "篇", "条", "前", "后",
    ]

    private static let previousNextPrefixes = [
        "上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "上一则", "下一则", "前一篇", "后一篇",
    ]

    private static let toolbarMarkers = ["打印", "关闭", "字号", "字体", "分享", "收藏", "扫一扫", "纠错", "返回顶部"]

    /// Longest first, so `打印本页` goes before `打印`.
    private static let toolbarTokens: [[UInt8]] = [String]([
        "扫一扫在手机打开当前页", "在手机打开当前页", "加入收藏夹", "打印本页", "关闭窗口", "打印此页", "关闭本页", "返回顶部",
        "我要纠错", "分享到", "加入收藏", "打印", "关闭", "字号", "字体", "分享", "收藏", "扫一扫", "纠错", "默认", "顶部",
        "返回", "繁体", "简体", "保存", "大", "中", "小", "【", "】", "[", "]", "［", "］", "：", ":", "|", "｜", "/", "·", "-",
        "(", ")", "（", "）", "】【",
    ]).map { Array($0.utf8) }

    private static let pagerMarkers = ["上一页", "下一页", "首页", "尾页", "末页", "共", "页"]

    private static let pagerTokens: [[UInt8]] = [String]([
        "上一页", "下一页", "首页", "尾页", "末页", "前页", "后页", "当前第", "跳转到", "跳转", "转到", "GO", "go", "Go", "共",
        "第", "页", "条", "记录", "每页", "当前", "«", "»", "<", ">", "[", "]", "【", "】", "：", ":", "/", "|", ".", "…",
    ]).map { Array($0.utf8) }

    private static func isMadeOf(_ text: String, tokens: [[UInt8]], allowDigits: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var position = 0
            outer: while position < bytes.count {
                for token in tokens where token.count <= bytes.count - position {
                    var offset = 0
                    while offset < token.count && bytes[position + offset] == token[offset] { offset += 1 }
                    if offset == token.count {
                        position += token.count
                        continue outer
                    }
                }
                if allowDigits, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                    position += 1
                    continue
                }
                return false
            }
            return true
        }
    }
}
