/// The words generated pages are made of: schools, towns, people, topics and title and paragraph templates of a
/// county education bureau in Xishuangbanna. Every sentence is written for the fixtures; none is copied.
///
/// Templates use placeholders that ``ContentComposer`` fills: `{Y}` the year, `{Y0}` the year before, `{S}` a
/// school, `{T}` a town, `{M}` a month, `{D}` a day, `{TOPIC}` a work topic, `{ACT}` a school activity, `{N}` a
/// number, `{P}` a person's name, `{DOC}` a rule's name, `{FUND}` a fund.
enum ContentVocabulary {
    // MARK: - Places and people

    /// The towns and townships (乡镇) of 勐海县.
    static let towns = [
        "勐海镇", "勐遮镇", "打洛镇", "勐混镇", "勐满镇", "勐阿镇", "勐宋乡", "勐往乡", "格朗和乡", "布朗山乡", "西定乡",
    ]

    /// Schools of the county (names shaped like the real ones; the content about them is invented).
    static let schools = [
        "勐海县第一中学", "勐海县第三中学", "勐海县职业高级中学", "勐海县民族中学", "勐遮镇中心小学", "打洛镇中心小学",
        "勐混镇中心小学", "勐满镇中心小学", "勐阿镇中学", "勐宋乡中心小学", "勐往乡中学", "格朗和乡中心小学",
        "布朗山乡九年一贯制学校", "西定乡中心小学", "勐海镇第一小学", "勐海镇第二小学", "勐海县幼儿园", "勐遮镇中学",
        "打洛镇中学", "勐混镇中学",
    ]

    /// Staff names written with GB2312 characters only.
    static let plainNames = [
        "岩温", "玉香", "李建华", "刀志明", "王丽萍", "杨春梅", "赵国庆", "岩罕", "玉应", "陈晓东", "周玉兰", "罗正清",
    ]

    /// Staff names with characters outside GB2312 (镕 喆 堃): the trap of a page declared `gb2312`.
    static let gbkOnlyNames = ["李镕", "王喆", "张堃", "杨镕清", "陈喆", "刀堃", "罗镕", "赵喆文"]

    /// The bureau's offices (股室), used as 来源 and 拟稿部门.
    static let offices = [
        "办公室", "基础教育股", "计划财务股", "人事股", "教育督导室", "学生资助管理中心", "安全稳定办", "教研室", "招生考试办",
    ]

    /// Sites items are reposted from, with a plausible department at the source and the source site's address.
    static let repostSources: [(site: String, department: String, host: String)] = [
        ("云南省教育厅", "基础教育处", "jyt.yn.gov.cn"),
        ("云南省教育厅", "财务处", "jyt.yn.gov.cn"),
        ("西双版纳州教育体育局", "办公室", "jyj.xsbn.gov.cn"),
        ("中华人民共和国教育部", "新闻办公室", "www.moe.gov.cn"),
        ("勐海县人民政府", "县政府办公室", "www.ynmh.gov.cn"),
    ]

    /// Spam hosts of the kind injected into hacked county sites (all under the reserved `.example` TLD).
    static let spamLinks: [(url: String, text: String)] = [
        ("http://www.lucky-casino-888.example/", "娱乐城"),
        ("http://bet365-vip.example/", "体育投注"),
        ("http://www.ssc-cp.example/", "时时彩"),
        ("http://www.taiyangcheng.example/", "太阳城"),
    ]

    // MARK: - Topics

    /// Work topics of a county education bureau (通知 about 工作).
    static let topics = [
        "学前教育宣传月", "农村义务教育学生营养改善计划", "控辍保学", "中小学教师继续教育培训", "义务教育阶段学生学籍管理",
        "学生资助政策宣传", "校园安全隐患排查整治", "防溺水安全教育", "秋季学期开学", "春季学期开学", "教师资格定期注册",
        "义务教育均衡发展迎检", "中小学生体质健康测试", "民族团结进步教育", "推广普通话宣传周", "教育事业统计",
        "学校食品安全专项检查", "语言文字规范化示范校创建", "汛期安全防范", "冬季消防安全", "寄宿制学校管理",
        "校车安全管理", "营养餐食材统一配送", "教育扶贫", "中小学校长任职资格培训", "中小学德育", "课后服务",
        "义务教育阶段双语教学", "中小学图书馆建设", "教师师德师风建设",
    ]

    /// School activities for news items (工作动态).
    static let activities = [
        "防溺水安全教育主题班会", "消防应急疏散演练", "民族团结进步主题教育活动", "学雷锋志愿服务活动", "青年教师教学技能比赛",
        "家长开放日活动", "春季田径运动会", "“书香校园”读书月活动", "营养改善计划工作推进会", "控辍保学劝返工作",
        "地震应急避险演练", "法治进校园宣讲活动", "“六一”文艺汇演", "教学质量分析会", "新教师入职培训",
        "校园环境卫生整治", "傣族传统文化进校园活动", "心理健康教育讲座", "校本教研开放周", "毕业班复习备考研讨会",
    ]

    /// Events the county organises (举办 …).
    static let countyEvents = [
        "中小学生田径运动会", "中小学教师教学技能大赛", "中小学生艺术展演", "中小学班主任工作经验交流会", "校园足球联赛",
        "中小学生演讲比赛", "学前教育教研活动", "中小学校长论坛", "教育系统安全工作会议", "教育系统党风廉政建设工作会议",
    ]

    /// Rules the bureau issues as 规范性文件 (the part inside 《勐海县…》).
    static let ruleNames = [
        "中小学学籍管理", "义务教育阶段控辍保学工作", "中小学教师培训经费管理", "学前教育机构准入", "中小学校园安全管理",
        "农村义务教育学生营养改善计划食堂管理", "义务教育学校教师交流轮岗", "中小学校长考核", "教育系统财务管理",
        "民办学校年度检查", "中小学课后服务", "学生资助资金管理", "中小学校舍维修改造项目管理", "教育系统信息公开保密审查",
        "中小学教学常规管理", "教育系统公务接待管理", "中小学校外培训机构管理", "学校安全事故处理", "中小学招生入学管理",
        "乡村教师生活补助发放", "中小学教辅材料选用管理", "教育系统政务公开", "学校食堂财务管理", "中小学班主任工作考核",
    ]

    /// Endings of a rule's name.
    static let ruleKinds = ["实施办法", "管理办法", "暂行规定", "实施细则", "工作规程"]

    /// Special funds (专项资金; each name contains 专项资金 so the budget checklist files it under that fund).
    static let specialFunds = [
        "农村义务教育学生营养改善计划专项资金", "学前教育发展专项资金", "义务教育薄弱环节改善专项资金",
    ]

    /// Transfer-payment funds (each name contains 转移支付).
    static let transferFunds = ["城乡义务教育补助经费中央转移支付资金", "学生资助补助经费省级转移支付资金"]

    /// Title templates of the five budget stages, in the order 制度办法 · 申报流程 · 评审公示 · 分配结果 · 绩效评价;
    /// each holds exactly one stage keyword of ``BudgetChecklist``.
    static let budgetStageTitles = [
        "勐海县{FUND}管理办法", "关于申报{Y}年{FUND}项目的通知", "{Y}年{FUND}项目评审结果公示",
        "{Y}年{FUND}分配结果公示", "{Y0}年度{FUND}绩效评价报告",
    ]

    /// The stage identifiers of ``BudgetChecklist/defaultStages``, in the order of ``budgetStageTitles``.
    static let budgetStageIDs = ["rules", "application", "review", "allocation", "performance"]

    // MARK: - Title templates per column

    /// 通知公告.
    static let noticeTitles = [
        "勐海县教育局关于做好{Y}年{TOPIC}工作的通知", "关于开展{Y}年{TOPIC}工作的通知", "勐海县教育局关于{TOPIC}工作的补充通知",
        "关于召开{Y}年全县{TOPIC}工作会议的通知", "关于公布{Y}年勐海县中小学教师公开招聘{STEP}的公告",
        "关于{S}{M}月{TOPIC}检查情况的通报", "勐海县教育局关于{HOLIDAY}期间学校安全工作的通知",
        "关于报送{Y}年{TOPIC}工作总结的通知", "勐海县{Y}年{TOPIC}工作实施方案", "关于{Y}年{TOPIC}先进集体和先进个人的公示",
    ]

    /// Steps of a teacher recruitment (教师招聘).
    static let recruitmentSteps = ["报名资格审查结果", "笔试成绩", "面试成绩及进入体检人员名单", "拟聘用人员名单", "考试有关事项"]

    /// Holidays before which safety notices go out.
    static let holidays = ["元旦", "春节", "清明节", "五一", "端午节", "暑假", "国庆节", "泼水节"]

    /// 工作动态.
    static let newsTitles = [
        "{S}开展{ACT}", "{T}中心学校组织开展{ACT}", "县教育局召开{Y}年{TOPIC}工作推进会", "勐海县举办{Y}年{EVENT}",
        "县教育局领导到{S}检查{TOPIC}工作", "{S}：{ACT}扎实开展", "{T}扎实推进{TOPIC}工作", "县教育局督查组到{T}督查{TOPIC}工作",
        "{S}召开{Y}年{M}月家长会", "勐海县{Y}年{EVENT}圆满落幕",
    ]

    /// 教育信息 (general).
    static let educationInfoTitles = [
        "{Y}年勐海县中小学{TOPIC}情况统计", "勐海县{Y}年{M}月教育工作简报", "{Y}年勐海县初中学业水平考试考务工作安排",
        "{Y}年勐海县教育事业发展基本情况", "勐海县{Y}年春季学期{TOPIC}工作小结", "{Y}年勐海县{TOPIC}工作情况",
    ]

    /// 招生考试 (招生信息).
    static let enrollmentInfoTitles = [
        "{Y}年勐海县普通高中招生计划", "关于做好{Y}年初中学业水平考试报名工作的通知", "{Y}年勐海县中等职业学校招生计划",
        "{Y}年{S}招生简章",
    ]

    /// 录取信息.
    static let admissionTitles = [
        "{Y}年{S}高一新生录取名单公示", "{Y}年勐海县普通高中第一批录取结果公告", "{Y}年{S}七年级新生分班结果公布",
    ]

    /// 招生政策及程序.
    static let enrollmentPolicyTitles = [
        "勐海县{Y}年义务教育阶段招生入学工作实施方案", "{Y}年勐海县城区小学一年级招生片区划分", "{Y}年勐海县普通高中招生录取工作方案",
        "{Y}年勐海县初中学业水平考试加分考生资格公示", "{Y}年勐海县城区幼儿园招生工作方案", "{Y}年勐海县随迁子女入学办理流程",
        "{Y}年勐海县招生咨询及申诉渠道公告", "{Y}年勐海县义务教育阶段学校招生计划", "{Y}年勐海县录取新生复查工作安排",
        "{Y}年勐海县普通高中招生资格审查办法",
    ]

    /// 政府文件 (general).
    static let governmentDocumentTitles = [
        "勐海县教育局关于进一步加强{TOPIC}工作的意见", "勐海县教育局关于{Y}年{TOPIC}工作情况的报告",
        "勐海县教育局关于印发{Y}年{TOPIC}工作方案的通知", "勐海县教育局关于表彰{Y}年{TOPIC}工作先进单位的决定",
        "勐海县教育局{Y}年{TOPIC}工作自查报告",
    ]

    /// 督导报告.
    static let supervisionTitles = [
        "勐海县{Y}年{T}教育工作督导评估报告", "{Y}年勐海县中小学责任督学挂牌督导工作报告", "关于{S}办学水平督导评估的报告",
        "勐海县{Y}年春季学期开学工作专项督导报告", "勐海县{Y}年秋季学期开学工作专项督导报告",
    ]

    /// 义务教育均衡发展.
    static let balancedTitles = [
        "勐海县义务教育发展基本均衡县州级督导评估反馈意见", "勐海县{Y}年义务教育均衡发展整改工作方案",
        "关于义务教育均衡发展督导评估反馈问题整改情况的报告", "勐海县{Y}年义务教育均衡发展工作推进情况",
    ]

    /// 全面改薄.
    static let schoolConditionTitles = [
        "勐海县{Y}年全面改善贫困地区义务教育薄弱学校基本办学条件项目实施情况公示", "{S}改薄项目建设进展情况公示",
        "勐海县全面改薄项目{Y}年{M}月进展情况", "勐海县{Y}年改薄项目设备采购结果公示",
    ]

    /// 预算公开专栏 (general), 部门预算, 部门决算, 三公经费.
    static let budgetColumnTitles = ["勐海县教育局预算公开专栏说明", "勐海县教育局{Y}年预决算公开工作安排"]
    static let departmentBudgetTitles = [
        "勐海县教育局{Y}年部门预算公开", "勐海县教育局{Y}年部门预算情况说明", "{S}{Y}年部门预算公开",
    ]
    static let finalAccountTitles = ["勐海县教育局{Y0}年部门决算公开", "{S}{Y0}年部门决算公开"]
    static let threeExpensesTitles = ["勐海县教育局{Y}年“三公”经费预算情况说明", "勐海县教育局{Y0}年“三公”经费决算情况说明"]

    // MARK: - Paragraph templates

    /// Opening lines of a notice.
    static let noticeOpenings = [
        "为认真贯彻落实上级关于{TOPIC}工作的部署要求，进一步做好我县{TOPIC}工作，经研究，现将有关事项通知如下：",
        "根据州教育体育局工作安排，结合我县实际，决定在全县范围内开展{TOPIC}工作。现将有关事项通知如下：",
        "为切实加强{TOPIC}工作，保障全县中小学、幼儿园师生安全和正常教育教学秩序，现就有关事项通知如下：",
    ]

    /// Numbered body points of a notice (一、二、三 are added in front).
    static let noticePoints = [
        "提高思想认识。各乡（镇）中心学校、县直各学校要充分认识{TOPIC}工作的重要性，主要负责人亲自抓，分管领导具体抓，确保各项工作落到实处。",
        "明确工作任务。各校要对照工作要求，逐项梳理本校存在的问题，建立工作台账，明确责任人和完成时限。",
        "加强督促检查。县教育局将组织人员不定期开展督查，对工作不力、推诿扯皮的单位予以通报批评。",
        "按时报送材料。请各校于{Y}年{M}月{D}日前将工作开展情况报送县教育局{OFFICE}，联系人：{P}，电话：0691-51{N}。",
        "做好宣传引导。各校要通过家长会、告家长书、微信群等方式，向学生家长宣传有关政策，营造良好氛围。",
        "强化安全保障。活动期间要制定安全预案，落实安全责任，确保师生人身安全。",
    ]

    /// Sentences of a news item.
    static let newsSentences = [
        "{M}月{D}日，{S}组织全校师生开展了{ACT}。",
        "活动中，学校领导结合{TOPIC}工作要求作了动员讲话，要求全体教师提高认识、落实责任。",
        "本次活动共有{N}名师生参加，进一步增强了师生的安全意识和自我保护能力。",
        "县教育局{OFFICE}负责同志{P}到场指导，对学校的做法给予肯定，并就下一步工作提出了具体要求。",
        "据了解，今年以来全县已有{N}所学校开展了类似活动，覆盖学生一万余人次。",
        "下一步，{T}将继续把{TOPIC}工作作为重点，常抓不懈，推动全镇教育事业健康发展。",
        "活动形式新颖、内容丰富，受到学生和家长的普遍欢迎。",
    ]

    /// Sentences of an interpretation (政策解读).
    static let interpretationSentences = [
        "一、制定背景。为规范全县{TOPIC}工作，解决工作中存在的标准不统一、程序不规范等问题，县教育局制定了本文件。",
        "二、主要内容。文件共分总则、职责分工、工作程序、监督检查和附则五个部分，明确了各级各类学校在{TOPIC}工作中的职责。",
        "三、适用范围。本文件适用于全县公办和民办中小学、幼儿园。",
        "四、解读机关及联系方式。解读机关：勐海县教育局{OFFICE}，联系电话：0691-51{N}。",
    ]

    /// Articles of a normative document (第N条 is added in front).
    static let ruleArticles = [
        "为规范全县{RULE}工作，根据有关法律法规和上级文件精神，结合我县实际，制定本办法。",
        "本办法适用于本县行政区域内公办中小学、幼儿园，民办学校参照执行。",
        "县教育局负责全县{RULE}工作的统筹管理和监督检查，各乡（镇）中心学校负责本辖区内的具体组织实施。",
        "学校应当建立健全内部管理制度，明确专人负责，做到资料齐全、程序规范、公开透明。",
        "对违反本办法规定的单位和个人，由县教育局责令限期整改；情节严重的，依法依规追究相关责任。",
        "本办法自印发之日起施行，有效期五年。",
    ]

    /// Sentences of a budget or fund item.
    static let budgetSentences = [
        "根据《中华人民共和国预算法》和县财政局关于预决算公开的有关要求，现将{FUND}有关情况公开如下。",
        "本年度共安排资金{AMOUNT}万元，其中中央资金{AMOUNT2}万元，其余为省、州、县配套资金。",
        "资金严格按照专款专用的原则管理，任何单位和个人不得截留、挤占、挪用。",
        "公示期间如有异议，请以书面形式向县教育局计划财务股反映，联系电话：0691-5122{N}。",
    ]

    /// Sentences of a supervision or government document.
    static let governmentSentences = [
        "{Y}年{M}月，县人民政府教育督导室组织督导组，对{T}的{TOPIC}工作进行了督导评估。",
        "督导组通过听取汇报、查阅资料、实地查看、座谈走访等方式，全面了解了工作开展情况。",
        "总体来看，{T}党委政府重视教育工作，办学条件逐步改善，教育教学质量稳步提升。",
        "存在的主要问题：部分学校寄宿条件仍然不足，教师结构性缺编问题较为突出，控辍保学任务依然艰巨。",
        "督导意见：请{T}针对存在的问题认真制定整改方案，于{M}月底前将整改情况书面报送县人民政府教育督导室。",
    ]
}
