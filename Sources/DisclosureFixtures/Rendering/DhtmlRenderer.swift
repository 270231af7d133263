import DisclosureCore

/// Renders pages of the 勐海 Java ".dhtml" portal: detail pages in the classic and the post-2017 (meta tags and
/// metadata table) templates, query-paged column lists, the home page and the non-item pages.
enum DhtmlRenderer {
    static let host = ContentComposer.host

    /// The columns in the navigation bar and the sidebar: (channel, name).
    static let navigation: [(Int, String)] = [
        (75202, "工作动态"), (75206, "通知公告"), (75207, "教育信息"), (75208, "招生考试"), (75210, "政府文件"),
        (75212, "预算公开专栏"), (75213, "规范性文件"),
    ]

    // MARK: - Chrome

    static func head(title: String, charset: String, metas: String = "") -> String {
        """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=\(charset)" />
        <title>\(BodyRenderer.escape(title))</title>
        <meta name="keywords" content="勐海县教育局,勐海教育,勐海县教育信息网" />
        \(metas)<link href="/mwx/css/style.css" rel="stylesheet" type="text/css" />
        <script type="text/javascript" src="/mwx/js/jquery-1.4.2.min.js"></script>
        <script type="text/javascript" src="/mwx/js/common.js"></script>
        </head>

        """
    }

    static func top() -> String {
        var nav = "<li><a href=\"/index.dhtml\">首　页</a></li>"
        for (channel, name) in navigation {
            nav += "\n  <li><a href=\"/mwx/\(channel).news.list.dhtml\">\(name)</a></li>"
        }
        nav += "\n  <li><a href=\"/mwx/xxgk.dhtml\">信息公开</a></li>"
        return """
            <body>
            <div id="wrap">
            <div class="top"><div class="logo"><a href="/index.dhtml"><img src="/mwx/images/logo.jpg" alt="勐海县教育局" border="0" /></a></div>
             <div class="top_r"><a href="javascript:void(0)" onclick="window.external.AddFavorite(location.href,document.title)">加入收藏</a> | <a href="/login.dhtml">用户登录</a></div>
            </div>
            <div class="nav">
             <ul>
              \(nav)
             </ul>
            </div>
            <div class="search_bar"><form action="/search.dhtml" method="get" name="sform"><input type="text" name="q" class="s_input" value="请输入关键字" /><input type="submit" value="搜索" class="s_btn" /></form>
             <span class="today"><script type="text/javascript">document.write(showDate());</script></span></div>

            """
    }

    static func position(_ crumbs: [(String, String)]) -> String {
        var html = "<div class=\"position\">当前位置：<a href=\"/index.dhtml\">首页</a>"
        for (href, name) in crumbs { html += " &gt; <a href=\"\(href)\">\(name)</a>" }
        return html + "</div>\n"
    }

    static func sidebar() -> String {
        var html = "<div class=\"left\">\n <div class=\"l_title\">栏目导航</div>\n <ul class=\"l_list\">"
        for (channel, name) in navigation {
            html += "\n  <li><a href=\"/mwx/\(channel).news.list.dhtml\">\(name)</a></li>"
        }
        html += "\n  <li><a href=\"/xxgk/zcjd/index.html\">政策解读</a></li>\n </ul>"
        html += "\n <div class=\"l_title\">便民服务</div>\n <ul class=\"l_list\">"
        html += "\n  <li><a href=\"http://www.ynzs.cn\" target=\"_blank\">云南招考频道</a></li>"
        html += "\n  <li><a href=\"javascript:alert('该栏目正在建设中');\">办事指南</a></li>\n </ul>\n</div>\n"
        return html
    }

    static func footer() -> String {
        """
        <div class="footer">
         <p><a href="/mwx/about.dhtml">关于我们</a> | <a href="/mwx/sitemap.dhtml">网站地图</a></p>
         <p>主办单位：勐海县教育局　地址：勐海县曼贺路3号　邮编：666200　电话：0691-5122326</p>
         <p>技术支持：西双版纳某网络科技有限公司　建议使用1024*768分辨率浏览</p>
        </div>
        </div>
        <script type="text/javascript">
        (function() { var hm = document.createElement("script"); hm.src = "/mwx/js/stat.js?site=mhjyj"; document.body.appendChild(hm); })();
        </script>
        </body>
        </html>

        """
    }

    static func crumbs(for column: FixtureColumn, parent: FixtureColumn?) -> [(String, String)] {
        var list: [(String, String)] = []
        if let parent { list.append(("/mwx/\(parent.channel).news.list.dhtml", parent.name)) }
        list.append(("/mwx/\(column.channel).news.list.dhtml", column.name))
        return list
    }

    // MARK: - Detail pages

    /// A detail page in the classic template, or with `meta` in the post-2017 template.
    static func detail(
        item: PlannedItem, content: ItemContent, column: FixtureColumn, parent: FixtureColumn?, rng: inout SplitMix64
    ) -> String {
        let meta = column.family == .dhtmlMeta
        let published = item.published
        var metas = ""
        if meta {
            metas = """
                <meta name="SiteName" content="勐海县教育局" />
                <meta name="SiteDomain" content="\(host)" />
                <meta name="SiteIDCode" content="5328220017" />
                <meta name="ColumnName" content="\(column.name)" />
                <meta name="ColumnType" content="信息公开" />
                <meta name="ArticleTitle" content="\(BodyRenderer.escape(content.title))" />
                <meta name="PubDate" content="\(published.date) \(ContentComposer.pad(published.hour)):\(ContentComposer.pad(published.minute))" />
                <meta name="ContentSource" content="\(BodyRenderer.escape(content.source))" />
                <meta name="Url" content="http://\(host)/mwx/\(column.channel).news.detail.dhtml?news_id=\(item.legacyID)" />

                """
        }
        var html = head(title: "\(content.title)-勐海县教育局", charset: item.encoding.declaredCharset, metas: metas)
        html += top()
        html += position(crumbs(for: column, parent: parent))
        html += "<div class=\"main\">\n\n" + sidebar() + "\n<div class=\"right\">\n"
        if meta { html += metadataTable(item: item, content: content) }
        html +=
            " <div class=\"news_title\"><!--TitleStart-->\(BodyRenderer.escape(content.title))<!--TitleEnd--></div>\n"
        let gap = "&nbsp;&nbsp;&nbsp;&nbsp;"
        var info = "发布时间：\(published.date) \(clock(published))\(gap)来源：\(BodyRenderer.escape(content.source))"
        if let author = content.author { info += "\(gap)作者：\(BodyRenderer.escape(author))" }
        info += "\(gap)浏览次数：<span id=\"hits\"></span>"
        html += " <div class=\"news_info\">\(info)</div>\n"
        html +=
            " <div class=\"news_tools_top\">字号：<a href=\"javascript:doZoom(16)\">大</a> <a href=\"javascript:doZoom(14)\">中</a> <a href=\"javascript:doZoom(12)\">小</a></div>\n"
        let parts = BodyRenderer.parts(
            content, documentNumber: meta ? nil : item.documentNumber?.normalized, uppercase: !meta && rng.chance(40),
            indent: rng.chance(50), rng: &rng)
        html +=
            meta
            ? " <div id=\"UCAP-CONTENT\" class=\"article-content\">\n" : " <div id=\"zoom\" class=\"news_content\">\n"
        html += (parts.blocks + parts.tail).joined(separator: "\n") + "\n </div>\n"
        html +=
            " <div class=\"news_tools\">【<a href=\"javascript:window.print()\">打印</a>】【<a href=\"javascript:window.close()\">关闭</a>】</div>\n"
        html += "</div>\n</div>\n\n"
        html +=
            "<script type=\"text/javascript\">$(function(){ $.get('/mwx/hits.dhtml?news_id=\(item.legacyID)', function(n){ $('#hits').html(n); }); });</script>\n"
        return html + footer()
    }

    static func clock(_ time: LocalDateTime) -> String {
        "\(ContentComposer.pad(time.hour)):\(ContentComposer.pad(time.minute)):\(ContentComposer.pad(time.second))"
    }

    /// The 信息公开 metadata table of the post-2017 template: padded labels in `td` pairs.
    static func metadataTable(item: PlannedItem, content: ItemContent) -> String {
        var rows: [(String, String, String, String)] = [
            ("索 引 号：", content.indexNumber?.rawValue ?? "", "主题分类：", content.theme),
            ("发布机构：", content.publisher, "成文日期：", item.written.map { "\($0)" } ?? ""),
            ("文　　号：", item.documentNumber?.normalized ?? "", "发布日期：", "\(item.published.date)"),
        ]
        if let validity = content.validity {
            rows.append(("有 效 性：", validity.chineseLabel, "公开方式：", "主动公开"))
        }
        var html = " <table class=\"xxgk_table\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n"
        for row in rows {
            html += "  <tr><td class=\"label\">\(row.0)</td><td>\(BodyRenderer.escape(row.1))</td>"
            html += "<td class=\"label\">\(row.2)</td><td>\(BodyRenderer.escape(row.3))</td></tr>\n"
        }
        html +=
            "  <tr><td class=\"label\">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan=\"3\">\(BodyRenderer.escape(content.title))</td></tr>\n"
        return html + " </table>\n"
    }

    // MARK: - Lists

    /// One line of a list page.
    struct ListEntry {
        /// The full title.
        var title: String
        /// The link as written.
        var href: String
        /// The publication day.
        var date: CivilDate
    }

    /// Shortens a long title the way list templates do: 22 characters and `...`.
    static func truncated(_ title: String, limit: Int = 24) -> String {
        title.count > limit ? String(title.prefix(limit - 2)) + "..." : title
    }

    /// A column list page with query-string paging.
    static func list(
        column: FixtureColumn, parent: FixtureColumn?, page: Int, pageCount: Int, total: Int, entries: [ListEntry],
        charset: String
    ) -> String {
        var html = head(title: "\(column.name)-勐海县教育局", charset: charset)
        html += top() + position(crumbs(for: column, parent: parent))
        html += "<div class=\"main\">\n\n" + sidebar() + "\n<div class=\"right\">\n"
        html += " <div class=\"list_title\"><span>\(column.name)</span></div>\n <ul class=\"news_list\">\n"
        for (index, entry) in entries.enumerated() {
            let cls = index % 2 == 1 ? " class=\"bg\"" : ""
            html +=
                "  <li\(cls)><span class=\"date\">[\(entry.date)]</span><a href=\"\(entry.href)\" title=\"\(BodyRenderer.escape(entry.title))\" target=\"_blank\">\(BodyRenderer.escape(truncated(entry.title)))</a></li>\n"
            if index % 5 == 4 { html += "  <li class=\"line\"></li>\n" }
        }
        html += " </ul>\n"
        let base = "\(column.channel).news.list.dhtml"
        func link(_ n: Int) -> String { "\(base)?pageNum=\(n)" }
        var pager =
            "共<span class=\"red\">\(total)</span>条记录&nbsp;&nbsp;第<span class=\"red\">\(page)</span>/\(pageCount)页&nbsp;&nbsp;"
        pager += "<a href=\"\(link(1))\">首页</a>&nbsp;"
        pager += page > 1 ? "<a href=\"\(link(page - 1))\">上一页</a>&nbsp;" : "上一页&nbsp;"
        pager += page < pageCount ? "<a href=\"\(link(page + 1))\">下一页</a>&nbsp;" : "下一页&nbsp;"
        pager += "<a href=\"\(link(pageCount))\">尾页</a>"
        html += " <div class=\"page\">\(pager)</div>\n</div>\n</div>\n\n"
        return html + footer()
    }

    /// The home page: the newest items of a few columns.
    static func home(blocks: [(FixtureColumn, [ListEntry])]) -> String {
        var html = head(title: "勐海县教育局", charset: "gbk") + top()
        html += "<div class=\"main\">\n"
        for (column, entries) in blocks {
            html +=
                " <div class=\"index_box\"><div class=\"box_title\"><span>\(column.name)</span><a href=\"\(column.family == .trs ? "/" + column.listPath(page: 1) : "/mwx/\(column.channel).news.list.dhtml")\" class=\"more\">更多&gt;&gt;</a></div>\n  <ul>\n"
            for entry in entries {
                html +=
                    "   <li><a href=\"\(entry.href)\" title=\"\(BodyRenderer.escape(entry.title))\">\(BodyRenderer.escape(truncated(entry.title, limit: 20)))</a><span>\(ContentComposer.pad(entry.date.month))-\(ContentComposer.pad(entry.date.day))</span></li>\n"
            }
            html += "  </ul>\n </div>\n"
        }
        html += "</div>\n"
        return html + footer()
    }

    // MARK: - Pages that are not items

    /// A search result page for a keyword.
    static func search(keyword: String, entries: [ListEntry]) -> String {
        var html = head(title: "搜索结果-勐海县教育局", charset: "gbk") + top()
        html += position([("/search.dhtml", "站内搜索")])
        html +=
            "<div class=\"main\">\n<div class=\"search_result\">\n <p>搜索“\(keyword)”，共找到 \(entries.count) 条结果：</p>\n <ul>\n"
        for entry in entries {
            html +=
                "  <li><a href=\"\(entry.href)\">\(BodyRenderer.escape(entry.title))</a> <span>\(entry.date)</span></li>\n"
        }
        html += " </ul>\n</div>\n</div>\n"
        return html + footer()
    }

    /// The CMS error template, saved with status 200 for a deleted item.
    static func errorPage() -> String {
        var html = head(title: "页面不存在-勐海县教育局", charset: "gb2312") + top()
        html += "<div class=\"main\">\n<div class=\"error_box\">\n <h2>对不起，您访问的页面不存在或已被删除！</h2>\n"
        html += " <p>错误代码：404　页面将在 <span id=\"sec\">5</span> 秒后返回<a href=\"/index.dhtml\">首页</a>。</p>\n</div>\n</div>\n"
        html +=
            "<script type=\"text/javascript\">setTimeout(function(){location.href='/index.dhtml';},5000);</script>\n"
        return html + footer()
    }

    /// The back-office login page.
    static func login() -> String {
        var html = head(title: "用户登录-勐海县教育局", charset: "gbk")
        html += """
            <body class="login_bg">
            <div class="login_box">
             <h3>勐海县教育局网站管理系统</h3>
             <form action="/login.dhtml?method=doLogin" method="post" name="loginForm">
              <p>用户名：<input type="text" name="username" /></p>
              <p>密　码：<input type="password" name="password" /></p>
              <p>验证码：<input type="text" name="code" size="4" /><img src="/mwx/images/code.jpg" alt="验证码" /></p>
              <p><input type="submit" value="登 录" /> <input type="reset" value="重 置" /></p>
             </form>
            </div>
            </body>
            </html>

            """
        return html
    }

    /// A redirect stub (meta refresh and script) to the home page.
    static func redirectStub() -> String {
        """
        <html>
        <head>
        <meta http-equiv="refresh" content="0; url=/index.dhtml">
        <script language="JavaScript">
        window.location.href = "/index.dhtml";
        </script>
        </head>
        <body>
        </body>
        </html>

        """
    }
}
