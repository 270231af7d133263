import DisclosureCore

/// Renders pages of the TRS-style static section: `t20180612_124388.html` details (split over `_1.html` when
/// long), `index.html` / `index_N.html` lists with `createPageHTML`, relative `./` links, table layout.
enum TRSRenderer {
    /// The file name of a detail page (without folder): `t20180612_124388.html`, or `…_1.html` for part 2.
    static func fileStem(_ item: PlannedItem) -> String {
        let date = item.published.date
        return "t\(date.year)\(ContentComposer.pad(date.month))\(ContentComposer.pad(date.day))_\(item.legacyID)"
    }

    /// The month folder of a detail page: `201806`.
    static func monthFolder(_ item: PlannedItem) -> String {
        "\(item.published.date.year)\(ContentComposer.pad(item.published.date.month))"
    }

    static let pagerScript = """
        <script language="javascript">
        function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
        	if(_nPageCount == null || _nPageCount<=1){ return; }
        	var nCurrIndex = _nCurrIndex || 0;
        	if(nCurrIndex == 0) document.write("<span class=\\"cur\\">1</span>&nbsp;");
        	else document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">1</a>&nbsp;");
        	for(var i=1; i<_nPageCount; i++){
        		if(nCurrIndex == i) document.write("<span class=\\"cur\\">"+(i+1)+"</span>&nbsp;");
        		else document.write("<a href=\\""+_sPageName+"_" + i + "."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
        	}
        }
        </script>
        """

    static func head(title: String, charset: String, depth: Int) -> String {
        let up = String(repeating: "../", count: depth)
        return """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <HTML>
            <HEAD>
            <META http-equiv=Content-Type content="text/html; charset=\(charset)">
            <TITLE>\(BodyRenderer.escape(title))</TITLE>
            <LINK href="\(up)images/jyj_style.css" type=text/css rel=stylesheet>
            \(pagerScript)
            <STYLE type=text/css>
            .TRS_Editor P{margin-top:0;margin-bottom:10px;line-height:2;font-family:宋体;font-size:12pt;}
            </STYLE>
            </HEAD>

            <BODY>
            <TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0>
              <TR><TD><IMG height=120 src="\(up)images/top_banner.jpg" width=1000 border=0></TD></TR>
              <TR><TD class=nav_bg height=38><A class=nav href="\(up)index.dhtml">首页</A>　<A class=nav href="\(up)gzdt/index.html">工作动态</A>　<A class=nav href="\(up)mwx/75206.news.list.dhtml">通知公告</A>　<A class=nav href="\(up)xxgk/zcjd/index.html">政策解读</A>　<A class=nav href="\(up)mwx/75213.news.list.dhtml">规范性文件</A></TD></TR>
            </TABLE>

            """
    }

    static func position(_ column: FixtureColumn, depth: Int) -> String {
        let up = String(repeating: "../", count: depth)
        var crumbs = "<A href=\"\(up)index.dhtml\">首页</A>"
        if column.folder.hasPrefix("xxgk/") { crumbs += " &gt; <A href=\"\(up)xxgk/\">信息公开</A>" }
        crumbs += " &gt; <A href=\"\(up)\(column.folder)/\">\(column.name)</A>"
        return """
            <TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0>
              <TR><TD class=position height=32>&nbsp;&nbsp;您当前的位置：\(crumbs)</TD></TR></TABLE>

            """
    }

    static let footer = """
        <TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0 class=foot>
          <TR><TD align=middle height=80>主办：勐海县教育局　地址：勐海县曼贺路3号　电话：0691-5122326<BR>
          <SCRIPT type=text/javascript>document.write("<span id='_ideConac'></span>");</SCRIPT></TD></TR></TABLE>
        </BODY>
        </HTML>

        """

    /// A detail page, or one of the two parts of a split article (`part` 0 or 1).
    static func detail(
        item: PlannedItem, content: ItemContent, column: FixtureColumn, part: Int, parts: BodyRenderer.Parts,
        previous: (String, String)?, next: (String, String)?
    ) -> String {
        let depth = column.folder.split(separator: "/").count + 1
        var html = head(title: "\(content.title)_勐海县教育局", charset: item.encoding.declaredCharset, depth: depth)
        html += position(column, depth: depth)
        let date = item.published.date
        html += """
            <TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0 bgcolor=#ffffff>
              <TR><TD vAlign=top style="PADDING-RIGHT: 40px; PADDING-LEFT: 40px; PADDING-TOP: 20px">
              <TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
                <TR><TD class=title align=middle height=60><!--TitleStart-->\(BodyRenderer.escape(content.title))<!--TitleEnd--></TD></TR>
                <TR><TD class=info align=middle height=30>发布日期：\(date.year)-\(date.month)-\(date.day)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;来源：\(BodyRenderer.escape(content.source))&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;阅读次数：<SCRIPT src="/count.jsp?id=\(item.legacyID)"></SCRIPT></TD></TR>
                <TR><TD class=content style="PADDING-TOP: 15px">
            <DIV class=TRS_Editor>

            """
        let body: [String]
        if item.isSplit {
            let half = max(1, parts.blocks.count / 2)
            body = part == 0 ? Array(parts.blocks.prefix(half)) : Array(parts.blocks.dropFirst(half)) + parts.tail
        } else {
            body = parts.blocks + parts.tail
        }
        html += body.joined(separator: "\n") + "\n</DIV>\n"
        html += "        </TD></TR>\n"
        let pager = item.isSplit ? "<SCRIPT>createPageHTML(2, \(part), \"\(fileStem(item))\", \"html\");</SCRIPT>" : ""
        html += "        <TR><TD align=middle height=40 class=page>\(pager)</TD></TR>\n"
        html +=
            "        <TR><TD align=right height=24 class=editor>责任编辑：\(BodyRenderer.escape(content.editor))</TD></TR>\n"
        html +=
            "        <TR><TD align=right height=30>【<A href=\"javascript:window.print()\">打印本页</A>】【<A href=\"javascript:window.close()\">关闭窗口</A>】</TD></TR>\n"
        var prenext = ""
        if let previous { prenext += "上一篇：<A href=\"\(previous.0)\">\(BodyRenderer.escape(previous.1))</A><BR>" }
        if let next { prenext += "下一篇：<A href=\"\(next.0)\">\(BodyRenderer.escape(next.1))</A>" }
        html += "        <TR><TD class=prenext height=50>\(prenext)</TD></TR>\n"
        html += "      </TABLE></TD></TR></TABLE>\n\n"
        return html + footer
    }

    /// A column list page: `index.html` is page 1, `index_N.html` page N+1.
    static func list(
        column: FixtureColumn, page: Int, pageCount: Int, entries: [DhtmlRenderer.ListEntry], charset: String
    ) -> String {
        let depth = column.folder.split(separator: "/").count
        var html = head(title: "\(column.name)_勐海县教育局", charset: charset, depth: depth)
        html += position(column, depth: depth)
        html +=
            "<TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0 bgcolor=#ffffff>\n  <TR><TD vAlign=top class=list_box>\n  <DIV class=list_title>\(column.name)</DIV>\n  <UL class=list>\n"
        for entry in entries {
            html +=
                "    <LI><A href=\"\(entry.href)\" title=\"\(BodyRenderer.escape(entry.title))\" target=_blank>\(BodyRenderer.escape(DhtmlRenderer.truncated(entry.title, limit: 30)))</A><SPAN>\(entry.date)</SPAN></LI>\n"
        }
        html +=
            "  </UL>\n  <DIV class=page><SCRIPT language=javascript>createPageHTML(\(pageCount), \(page - 1), \"index\", \"html\");</SCRIPT></DIV>\n"
        html += "  </TD></TR></TABLE>\n\n"
        return html + footer
    }
}
