"""Fault families of subsystem `lis` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
    Family(
        "lis/lis-down",
        "P1",
        "lab",
        "lis-core",
        "mssql_conn nginx winevent_svc java_db",
        zh=(
            "LIS系统全挂了，检验科停工",
            "检验系统登不上，标本没法签收，急诊的标本堆着",
            "{loc}所有电脑LIS都打不开，报告发不出去！",
            "LIS服务器连不上，急诊血常规、生化全出不了报告",
        ),
        en=(
            "LIS completely down, lab at a standstill",
            "Can't log into LIS, can't receive specimens, ER samples piling up",
            "LIS won't open on any PC in {loc}, no reports going out!",
            "LIS server unreachable - no stat CBC or chemistry results can be released",
        ),
    ),
    Family(
        "lis/analyzers-not-transmitting",
        "P1",
        "lab",
        "lis-instr",
        "astm mq java_timeout winevent_svc",
        zh=(
            "所有仪器结果都传不到LIS",
            "生化、血球、免疫全部仪器结果不回传，急诊报告全卡住！",
            "检验科仪器通讯全断了，只能一个个手抄结果，根本来不及",
            "{loc}所有分析仪都连不上LIS中间件",
        ),
        en=(
            "No analyzer results reaching LIS",
            "Chemistry, hematology and immunoassay all stopped sending - stat reports stuck!",
            "every instrument link in the lab is down, hand-copying results and falling behind",
            "All analyzers in {loc} lost connection to the LIS middleware",
        ),
    ),
    Family(
        "lis/barcode-order-not-found",
        "P2",
        "lab",
        "lis-specimen",
        "hl7_ae app_cn java_npe",
        zh=(
            "部分标本扫条码提示找不到申请",
            "有些条码扫了显示“无此标本”，只能手工输入申请单号",
            "{loc}签收标本时一部分条码对不上医嘱",
            "病区送来的标本有几管扫不出来",
        ),
        en=(
            "Some specimen barcodes say order not found",
            "Certain tubes scan as unknown specimen, typing the request number manually",
            "part of the specimens at {loc} don't match any order on scan",
            "A few tubes from the wards won't scan into LIS",
        ),
    ),
    Family(
        "lis/one-analyzer-delay",
        "P2",
        "lab",
        "lis-instr",
        "astm mllp",
        zh=(
            "一台生化仪结果传得特别慢",
            "血球仪结果有时候传不上来，要手动重传",
            "免疫分析仪结果延迟半小时才到LIS",
            "{loc}那台仪器结果时有时无，其他仪器正常",
        ),
        en=(
            "One chemistry analyzer very slow to send results",
            "Hematology analyzer results sometimes don't arrive, have to resend manually",
            "immunoassay results arriving 30 minutes late in LIS",
            "One instrument in {loc} drops results now and then, others fine",
        ),
    ),
    Family(
        "lis/report-layout",
        "P3",
        "lab ward",
        "lis-report",
        "client_warn",
        zh=(
            "检验报告单参考范围显示位置不对",
            "报告单上单位和结果挤在一起了",
            "检验报告打印出来页脚多了一行空白",
            "报告单上的科室名称还是旧的",
        ),
        en=(
            "Reference range misaligned on the lab report",
            "Units and results run together on the printed report",
            "extra blank line at the footer of printed lab reports",
            "Report still shows the old department name",
        ),
    ),
    Family(
        "lis/tat-statistic-wrong",
        "P3",
        "lab office",
        "lis-stat",
        "report_job mysql_slow",
        zh=(
            "标本周转时间统计不对",
            "TAT报表里急诊标本的时间算错了",
            "检验工作量统计和实际对不上",
            "月报里的不合格标本率好像偏高了",
        ),
        en=(
            "Specimen TAT statistics look wrong",
            "Stat sample turnaround times miscalculated in the TAT report",
            "lab workload statistics don't match reality",
            "Rejected-specimen rate in the monthly report seems too high",
        ),
    ),
    Family(
        "lis/blood-bank-down",
        "P1",
        "lab ward",
        "lis-bloodbank",
        "mssql_conn winevent_svc",
        zh=(
            "输血科系统打不开，配血发血都做不了",
            "血库系统挂了！手术室要紧急用血，交叉配血结果录不进去也发不了血",
            "{loc}输血管理系统连不上数据库，备血申请全部卡住",
            "输血系统所有电脑都报连接失败，大出血病人在等血！！",
        ),
        en=(
            "Blood bank system down, no crossmatch or issue",
            "Transfusion system dead! OR needs emergency blood, can't record crossmatch or issue",
            "Blood bank software in {loc} can't reach its database, all requests stuck",
            "Every blood bank PC says connection failed, massive haemorrhage waiting for blood!!",
        ),
    ),
    Family(
        "lis/critical-value-alerts-down",
        "P1",
        "lab ward",
        "lis-critical",
        "critical_value mq",
        zh=(
            "危急值推送全部失效",
            "检验危急值发不到临床了！护士站、医生站都没有弹窗",
            "{loc}危急值上报一直失败，只能一个个打电话通知，根本打不过来",
            "危急值平台挂了，今天早上以来的危急值临床都没收到！",
        ),
        en=(
            "Critical value alerts not going out at all",
            "Critical lab values not reaching the wards! no pop-up at any nurse or doctor station",
            "Critical value reports from {loc} keep failing, phoning each one and falling behind",
            "Critical result platform down, no critical value since this morning was received!",
        ),
    ),
    Family(
        "lis/report-id-overflow",
        "P1",
        "lab",
        "lis-audit",
        "mssql_identity",
        zh=(
            "检验报告全部审核不了",
            "所有报告点审核都报“算术溢出”，一份报告都发不出去！",
            "{loc}审核发布全挂了，急诊的报告全部卡在待审核",
            "LIS报告审核报数据库错误，整个检验科停摆",
        ),
        en=(
            "No lab report can be verified",
            "Every report fails verification with 'arithmetic overflow' - nothing can be released!",
            "Verification broken in {loc}, all stat reports stuck at pending",
            "LIS verify throws a database error, the whole lab has stopped",
        ),
    ),
    Family(
        "lis/micro-ast-missing",
        "P2",
        "lab ward",
        "lis-micro",
        "hl7_ae app_cn",
        zh=(
            "微生物药敏结果传不全",
            "血培养报告出来了，药敏结果有几个抗生素没有，临床在问",
            "{loc}微生物报告部分药敏结果要手工补录",
            "鉴定仪的药敏结果有时候没回传到LIS",
        ),
        en=(
            "Microbiology susceptibility results incomplete",
            "Blood culture report out but several antibiotics missing from the AST panel",
            "Some AST results in {loc} have to be entered by hand",
            "identification system's AST results sometimes don't reach LIS",
        ),
    ),
    Family(
        "lis/reference-lab-results-missing",
        "P2",
        "lab",
        "lis-extlab",
        "extlab java_timeout",
        zh=(
            "外送检验结果回不来",
            "外送第三方检验的报告有一批没回传，临床催了好几次",
            "{loc}外送标本接口时好时坏，只能登第三方网站下载报告",
            "外送实验室结果接口报超时，部分报告延迟一天",
        ),
        en=(
            "Send-out lab results not coming back",
            "A batch of reference-lab reports never came back, wards keep chasing",
            "send-out interface at {loc} is flaky, downloading reports from the vendor portal",
            "Reference lab results interface timing out, some reports a day late",
        ),
    ),
    Family(
        "lis/qc-data-not-received",
        "P2",
        "lab",
        "lis-qc",
        "lis_qc astm",
        zh=(
            "室内质控数据传不到LIS",
            "今天生化质控结果没进质控图，只能纸质记录，做完才敢发报告",
            "{loc}质控数据时有时无，质控规则判断不了",
            "质控品结果被当成病人标本接收了",
        ),
        en=(
            "Internal QC results not reaching LIS",
            "Today's chemistry QC missing from the Levey-Jennings charts, logging on paper",
            "QC data in {loc} comes and goes, Westgard rules can't run",
            "QC material results received as if they were patient samples",
        ),
    ),
    Family(
        "lis/phlebotomy-screen-text",
        "P3",
        "lab",
        "lis-queue",
        "client_warn",
        zh=(
            "采血叫号屏名字显示不全",
            "采血窗口的叫号屏窗口号显示错了",
            "{loc}排队屏上的温馨提示还是去年的",
            "采血叫号屏滚动字幕太快",
        ),
        en=(
            "Phlebotomy queue screen truncates names",
            "Window numbers wrong on the phlebotomy call screen",
            "queue screen notice at {loc} is last year's",
            "Scrolling text on the phlebotomy screen is too fast",
        ),
    ),
    Family(
        "lis/tube-label-abbrev",
        "P3",
        "lab ward",
        "lis-label",
        "client_warn zebra",
        zh=(
            "条码上检验项目名称显示不全",
            "采血条码上的试管颜色提示字太小",
            "{loc}条码上的项目缩写看不懂，能不能改成中文",
            "条码打印的科室简称不对",
        ),
        en=(
            "Test names truncated on tube labels",
            "Tube colour hint on labels is tiny",
            "Abbreviations on labels in {loc} are cryptic, can they be Chinese?",
            "Department short name on labels is wrong",
        ),
    ),
    Family(
        "lis/rejection-reason-dict",
        "P3",
        "lab office",
        "lis-dict",
        "app_cn",
        zh=(
            "不合格标本原因字典少了选项",
            "想在拒收原因里加一个“标本量不足”",
            "{loc}的标本拒收原因下拉框排序很乱",
            "拒收通知里的原因文字有错别字",
        ),
        en=(
            "Specimen rejection reasons missing an option",
            "Please add 'insufficient volume' to the rejection reasons",
            "rejection reason dropdown in {loc} is in random order",
            "Typo in the rejection notice text",
        ),
    ),
    Family(
        "lis/result-sample-shift",
        "P1",
        "lab",
        "lis-mw",
        "lis_sample_shift",
        zh=(
            "检验结果对错人了！",
            "生化结果串位了，前一个病人的结果跑到了下一个标本上，急诊已经有医生拿着结果来问",
            "{loc}今天一整架标本的结果全部错位，已经发出去的报告得全部召回！",
            "仪器上的样本号和系统里对不上，结果张冠李戴，先停了自动传输",
            "结果串了，好几个病人的血钾、肌酐都不是自己的，太危险了！",
        ),
        en=(
            "Lab results landing on the wrong patients!",
            "Chemistry results shifted by one tube - one patient's values on the next sample, "
            "an ER doctor already queried one",
            "A whole rack's results in {loc} are offset today, released reports have to be "
            "recalled!",
            "Sample numbers on the analyzer don't match the system, results going to the wrong "
            "people, auto-upload stopped",
            "results mixed up - several patients' potassium and creatinine aren't theirs, "
            "dangerous!",
        ),
    ),
    Family(
        "lis/result-unit-wrong",
        "P1",
        "lab ward",
        "lis-unitcfg",
        "lis_unit_cfg",
        zh=(
            "检验结果单位错了，数值差了一千倍",
            "今天升级以后肌钙蛋白报告单位从ng/L变成了ng/mL，数值全错，临床已经按这个判断了！",
            "{loc}发出去的报告有一批结果小数点位置不对，全院都在打电话问",
            "血糖、血钾有的报告数值和仪器上的对不上，已经发了几百份报告",
            "结果换算出问题了，危急值也没报出来，快！",
        ),
        en=(
            "Lab result units wrong, values off by a factor of 1000",
            "Since today's upgrade troponin reports switched from ng/L to ng/mL, every value "
            "wrong and clinicians acting on them!",
            "A batch of reports from {loc} went out with the decimal point in the wrong place, "
            "the whole hospital is calling",
            "Glucose and potassium on reports don't match the analyzer, hundreds of reports "
            "already released",
            "conversion is broken, critical values not even flagged - hurry!",
        ),
    ),
    Family(
        "lis/automation-line-down",
        "P1",
        "lab",
        "lis-track",
        "lis_track",
        zh=(
            "检验流水线停了，标本全进了出错通道",
            "生化免疫流水线连不上LIS，上线的标本查不到项目，全部被分到出错区！",
            "{loc}流水线从早上开始一直报“主机查询超时”，只能人工开盖上单机，急诊标本积压",
            "流水线前处理停摆了，离心、开盖都不走，几百管标本堆着",
            "自动化线挂了，急诊生化报告出不来，临床一直催",
        ),
        en=(
            "Lab automation line stopped, all tubes going to the error lane",
            "Chemistry/immunoassay track can't reach LIS, tubes get no test orders and pile up "
            "in the error area!",
            "Track in {loc} has shown 'host query timeout' since this morning, decapping by "
            "hand onto standalone analyzers, stat samples backing up",
            "Pre-analytics stopped - no centrifuging, no decapping, hundreds of tubes waiting",
            "automation line down, no stat chemistry results, wards keep chasing",
        ),
    ),
    Family(
        "lis/isbt-label-parse",
        "P1",
        "lab",
        "lis-bloodissue",
        "lis_isbt",
        zh=(
            "血袋条码扫不进去，发不了血",
            "血站新换的血袋标签扫描提示“条码格式不正确”，所有血都发不出去，手术室在等血！",
            "输血科血袋入库、配血、发血扫码全部失败，只能手工录血袋号，太慢了",
            "输血科扫不了新批次的血袋，急诊大出血病人等着输血！",
            "新来的这批血袋条码全部解析失败，库存里都看不到",
        ),
        en=(
            "Blood bag barcodes won't scan, can't issue blood",
            "New blood centre labels scan as 'invalid barcode format' - no blood can be issued "
            "and the OR is waiting!",
            "Receiving, crossmatch and issue in the blood bank all fail on bag scan, typing "
            "unit numbers by hand, far too slow",
            "Blood bank can't scan the new batch of bags, ER massive bleed waiting for "
            "transfusion!",
            "every bag in the new delivery fails barcode parsing, none of them show in stock",
        ),
    ),
    Family(
        "lis/stat-flag-lost",
        "P1",
        "lab",
        "lis-priority",
        "lis_stat_flag",
        zh=(
            "急诊标本全变成普通标本了",
            "急诊的检验申请都没有“急”字标记，全部按常规排队，急诊报告出不来！",
            "{loc}今天收到的急诊标本一个加急的都没有，流水线也不优先，胸痛病人的肌钙蛋白等了两"
            "个小时",
            "申请单上的急诊标志丢了，检验科分不出哪些是急诊，全院急诊报告都超时",
            "急查标记传不过来，抢救室的生化、凝血都排在后面",
        ),
        en=(
            "Every stat sample arriving as routine",
            "ER lab requests have no STAT flag, all queued as routine - ER results not coming!",
            "Not one stat sample flagged in {loc} today, track doesn't prioritise, chest-pain "
            "troponin took two hours",
            "Urgent flag lost on requests, the lab can't tell which are stat, every ER report "
            "overdue",
            "STAT marks not coming through, resus bay chemistry and coags sit at the back of "
            "the queue",
        ),
    ),
    Family(
        "lis/autoverification-stopped",
        "P2",
        "lab",
        "lis-autoverify",
        "lis_autoverify",
        zh=(
            "自动审核不工作了，全靠人工审",
            "今天所有报告都停在待审核，自动审核规则一条都没通过，技师一份份点",
            "{loc}自动审核时好时坏，审核速度慢了很多，报告时间往后拖",
            "自动审核引擎报错，常规报告都要人工审，忙不过来",
        ),
        en=(
            "Autoverification not working, verifying everything by hand",
            "All reports sit at pending, no autoverification rule passes, techs clicking one "
            "by one",
            "Autoverify in {loc} on and off, reports going out much later",
            "autoverification engine erroring, every routine report needs manual review",
        ),
    ),
    Family(
        "lis/add-on-order-fail",
        "P2",
        "lab ward",
        "lis-addon",
        "lis_addon",
        zh=(
            "追加检验项目加不上",
            "医生在原标本上追加了项目，系统提示“标本已完成，不能追加”，只能重新抽血或手工建单",
            "{loc}追加的检验医嘱传到检验科一部分丢了",
            "追加项目收了费但是仪器上没有这个项目的任务",
        ),
        en=(
            "Add-on tests can't be added to existing samples",
            "Doctor added a test to a drawn sample, system says 'sample complete, add-on not "
            "allowed', redrawing or making requests by hand",
            "Some add-on lab orders from {loc} never reach the lab",
            "add-on test is charged but the analyzer never gets the job",
        ),
    ),
    Family(
        "lis/rerun-not-merged",
        "P2",
        "lab",
        "lis-rerun",
        "lis_rerun",
        zh=(
            "复查结果不能替换原结果",
            "标本复查以后结果作为新标本传进来，原标本上还是旧值，只能手工改",
            "{loc}稀释复查的结果没有乘稀释倍数",
            "复查结果时有时无，有的标本要重传两次",
        ),
        en=(
            "Rerun results don't replace the original",
            "After a rerun the result arrives as a new sample and the original keeps the old "
            "value, editing by hand",
            "Diluted reruns in {loc} come through without the dilution factor",
            "rerun results sometimes missing, some samples need sending twice",
        ),
    ),
    Family(
        "lis/calculated-tests-missing",
        "P2",
        "lab ward",
        "lis-calc",
        "lis_calc",
        zh=(
            "eGFR这些计算项目算不出来了",
            "报告上eGFR、LDL计算值都是空的，临床打电话来问，我们手算再补",
            "{loc}部分报告的白蛋白球蛋白比值没有",
            "计算项目有的病人有有的没有，好像是缺年龄性别",
        ),
        en=(
            "Calculated tests like eGFR not computing",
            "eGFR and calculated LDL blank on reports, wards calling, we work them out by hand",
            "A/G ratio missing on some reports in {loc}",
            "calculated items appear for some patients and not others, looks like age or sex "
            "is missing",
        ),
    ),
    Family(
        "lis/sample-handover-scan",
        "P2",
        "lab ward",
        "lis-transport",
        "lis_handover",
        zh=(
            "标本交接扫不上，送检时间记不下来",
            "运送人员送标本到检验科扫交接单报错，只能手写交接本",
            "{loc}标本送出时间和签收时间缺了一批，TAT算不了",
            "病区标本打包交接时扫码老是超时，要扫好几遍",
        ),
        en=(
            "Specimen handover scans failing, transport times not recorded",
            "Porters' handover scan at the lab errors out, writing the handover book by hand",
            "A batch of send and receive times missing for {loc}, turnaround can't be worked out",
            "ward specimen bag scanning at handover keeps timing out, several tries needed",
        ),
    ),
    Family(
        "lis/reagent-stock-mismatch",
        "P3",
        "lab office",
        "lis-reagent",
        "lis_reagent",
        zh=(
            "试剂库存数和实际对不上",
            "试剂管理里的库存比冰箱里实际多了好几盒",
            "{loc}试剂出库扫码后库存没扣",
            "试剂有效期提醒重复弹",
        ),
        en=(
            "Reagent stock count doesn't match the shelf",
            "Reagent module shows several more boxes than are in the fridge",
            "Stock at {loc} isn't reduced after scanning reagent out",
            "reagent expiry reminder pops up over and over",
        ),
    ),
    Family(
        "lis/report-histogram-missing",
        "P3",
        "lab ward",
        "lis-graph",
        "lis_graph",
        zh=(
            "血常规报告上的直方图不显示",
            "打印出来的血常规报告散点图是空白框",
            "{loc}看到的报告单上白细胞分类图没有了，数值是正常的",
            "血常规图形在医生站看不到，检验科里能看到",
        ),
        en=(
            "Histograms not showing on CBC reports",
            "Scatter plot on printed blood count reports is an empty box",
            "WBC differential graph gone from reports viewed in {loc}, values fine",
            "CBC graphs visible in the lab but not at the doctor workstation",
        ),
    ),
    Family(
        "lis/report-ready-notice-text",
        "P3",
        "lab front",
        "lis-notice",
        "lis_notify",
        zh=(
            "报告出来的短信提醒内容写错了",
            "病人收到的检验报告短信里取报告地点还是老门诊楼",
            "{loc}微信推送的报告提醒有时候晚好几个小时",
            "报告提醒短信里病人名字没打星号",
        ),
        en=(
            "Report-ready text message has the wrong wording",
            "Patients' lab report SMS still says to collect at the old outpatient building",
            "WeChat report-ready notices at {loc} sometimes arrive hours late",
            "Report SMS doesn't mask the patient's name",
        ),
    ),
    Family(
        "lis/sample-storage-lookup",
        "P3",
        "lab",
        "lis-storage",
        "lis_storage",
        zh=(
            "标本存储位置查出来不对",
            "找标本复查，系统里说在3号冰箱B架，实际在隔壁架子上",
            "{loc}标本归档扫描后位置没更新",
            "标本销毁清单里有几管还没到保存期",
        ),
        en=(
            "Sample storage location lookup wrong",
            "Looking for a tube to rerun, system says fridge 3 rack B, it's actually on the "
            "next rack",
            "Storage position not updated after archive scanning in {loc}",
            "Disposal list includes a few tubes still inside the retention period",
        ),
    ),
    Family(
        "lis/maintenance-log-export",
        "P3",
        "lab office",
        "lis-maint",
        "lis_maint",
        zh=(
            "仪器维护记录导出不了Excel",
            "仪器保养记录点导出没反应，科室检查要打印",
            "{loc}维护记录里签字人显示的是工号不是名字",
            "温湿度记录表月度汇总少了几天",
        ),
        en=(
            "Instrument maintenance log won't export to Excel",
            "Clicking export on the analyzer maintenance records does nothing, need printouts "
            "for the inspection",
            "Maintenance records in {loc} show staff numbers instead of names as signer",
            "Monthly temperature/humidity log summary is missing a few days",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "lis_sample_shift": (
        """\
{ts} [Middleware] rack R{k2} received from cobas8000: pos 1-5 sample ids {n}01..{n}05
{ts} [Middleware] WARN  barcode read failure at rack R{k2} pos 2, position skipped by instrument
{ts} [Middleware] WARN  sequence mode ON: assigning result of pos 3 -> sample {n}02
?{ts} [Middleware] result K 6.8 mmol/L assigned to 患者:{name} 标本 {n}02
{ts} [Middleware] ERROR delta check failed on {k3} consecutive samples of rack R{k2}
""",
        """\
{ts} [{app}] 标本 {n}03 结果与历史差值超限: CREA 58 -> 612 umol/L
{ts} [{app}] 标本 {n}04 结果与历史差值超限: K 4.1 -> 2.3 mmol/L
{ts} [{app}] WARN  仪器样本号 {k2} 对应条码 {n}05, 上机清单为 {n}04
{ts} [{app}] 已发布报告 {k} 份来自同一架次, 建议召回
""",
    ),
    "lis_unit_cfg": (
        """\
{ts} [INFO ] [{app}] 载入项目配置 v{k3}.{k} (升级脚本执行于 {tsz})
{ts} [WARN ] [{app}] 项目 hs-cTnI 换算系数 0.001 (原 1), 单位 ng/mL (原 ng/L)
{ts} [INFO ] [{app}] 标本 {n} hs-cTnI 仪器值 {k2} -> 报告值 0.{k2}
{ts} [WARN ] [{app}] 危急值规则 hs-cTnI 阈值单位 ng/L 与报告单位不一致, 规则跳过
""",
    ),
    "lis_track": (
        """\
{ts} [LineCtrl] host query sample {n} -> LIS {ip2}:8090 timeout after {ms} ms
{ts} [LineCtrl] sample {n} no order, routed to ERROR lane E1
{ts} [LineCtrl] WARN  error lane E1 full ({k}/{k}), input module paused
{ts} [LineCtrl] ERROR centrifuge CF-{k3} waiting, line throughput 0 tubes/h
""",
        """\
{ts} [LIS-Track] ERROR TCP listener :8090 not accepting, backlog {k}
{ts} [LIS-Track] ERROR query handler thread pool exhausted (200/200)
{ts} [LIS-Track] WARN  {n2} host queries unanswered in 10 min
""",
    ),
    "lis_isbt": (
        """\
{ts} [BloodIssue] scan "=G{n}{k}{k4}00" data identifier "=G" DIN (ISBT 128) OK
{ts} [BloodIssue] scan "&>0{k2}{k3}2359" unknown data identifier "&>", expected "=>"
{ts} [BloodIssue] ERROR 条码格式不正确, 血袋入库失败
?{ts} [BloodIssue] 申请 患者:{name} 住院号:{mrn} 血型 A RhD+
{ts} [BloodIssue] WARN  今日扫码失败 {k} 袋
""",
    ),
    "lis_stat_flag": (
        """\
{ts} [HIS_ORM_to_LIS] received ORM^O01 control id {cid}
?PID|1||{mrn}^^^HOSP^MR||{name}||19800101|M
ORC|NW|{n}||||^^^{tsh}^^S
OBR|1|{n}||TNI^肌钙蛋白I^L|||{tsh}
{ts} [HIS_ORM_to_LIS] WARN  priority mapping: ORC-7.6 'S' not used (expects OBR-27), default R
{ts} [HIS_ORM_to_LIS] INFO  request {n} saved priority=ROUTINE
""",
        """\
{ts} [{app}] 今日急诊标本 0 个 (昨日 {n2} 个)
{ts} [{app}] WARN  申请 {n} 来自 急诊科 但 priority=R
{ts} [{app}] WARN  急诊 TAT 超时 {k} 个
""",
    ),
    "lis_autoverify": (
        """\
{ts} [AutoVerify] INFO  evaluate sample {n} rules={k}
{ts} [AutoVerify] ERROR rule AV-{k2} script error: ReferenceError: "prevResult" is not defined
{ts} [AutoVerify] WARN  sample {n} held: rule engine error, manual review required
{ts} [AutoVerify] INFO  last hour pass rate 0.0% (usual 6{k3}%)
""",
    ),
    "lis_addon": (
        """\
{ts} [{app}] 收到追加申请 原条码 {n} 追加项目 {k3} 项
{ts} [{app}] ERROR 标本 {n} 状态=已审核, 拒绝追加 (参数 ADDON_AFTER_VERIFY=0)
{ts} [{app}] WARN  追加项目未下发仪器 AU5800: 标本已卸载
{ts} [{app}] INFO  今日追加失败 {k} 条
""",
        """\
{ts} [HIS_ORM_to_LIS] received ORM^O01 control id {cid} (add-on)
ORC|XO|{n}|||||||{tsh}
OBR|1|{n}||ALB^白蛋白^L
MSA|AE|{cid}|Specimen already verified, add-on rejected
{ts} [HIS_ORM_to_LIS] add-on for {n} rejected, HIS charge kept
""",
    ),
    "lis_rerun": (
        """\
{ts} [Middleware] result sample {n} test CREA flag=RERUN dil=1:{k3}
{ts} [Middleware] WARN  rerun flag not recognised for instrument AU5800, stored as new sample \
{n}-R
{ts} [Middleware] WARN  dilution factor {k3} not applied, raw value stored
{ts} [Middleware] INFO  {k} rerun results pending manual merge
""",
    ),
    "lis_calc": (
        """\
{ts} [{app}] 计算项目 eGFR(CKD-EPI) 标本 {n}: 缺少参数 age
{ts} [{app}] 计算项目 LDL-C(Friedewald) 标本 {n}: TG 结果未到, 跳过 (不再重算)
?{ts} [{app}] 患者:{name} 住院号:{mrn} 性别/年龄 为空
{ts} [{app}] WARN  今日计算项目未生成 {k} 条
""",
    ),
    "lis_handover": (
        """\
{ts} [Transport] 交接单 JJ{n} 扫描 {k} 管 by {user}
{ts} [Transport] ERROR 提交交接单 http://{ip2}:8080/lis/api/handover 超时 {ms} ms
{ts} [Transport] WARN  交接单 JJ{n} 本地缓存, 待重传
{ts} [Transport] WARN  {k3} 张交接单缺少送出时间
""",
    ),
    "lis_reagent": (
        """\
{ts} [Reagent] 出库 试剂 ALT-{k3}{k} 批号 {n} 数量 {k3}
{ts} [Reagent] WARN  出库记录已保存, 库存扣减失败: 批号 {n} 不在库存表
{ts} [Reagent] INFO  盘点差异 {k3} 盒
""",
    ),
    "lis_graph": (
        """\
{ts} [{app}] 仪器 XN-{k2} 图形文件 \\\\{ip2}\\graph\\{n}_WDF.png 不存在
{ts} [{app}] WARN  报告 {n} 图形区域为空, 继续打印
{ts} [{app}] WARN  图形共享目录访问被拒绝 (0x5)
""",
    ),
    "lis_notify": (
        """\
{ts} [Notify] 报告 {n} 已审核, 生成提醒
?{ts} [Notify] 短信 手机:{phone} 内容: {name}您好，您的检验报告已出，请到门诊楼一楼自助机打印
{ts} [Notify] WARN  模板 SMS_LIS_READY 版本 {k3} 地点字段未更新
{ts} [Notify] INFO  微信推送队列积压 {k} 条
""",
    ),
    "lis_storage": (
        """\
{ts} [Storage] 归档 标本 {n} -> 冰箱 F{k3} 架 B{k3} 位 {k}
{ts} [Storage] WARN  架 B{k3} 已满, 自动顺延至下一架 (未提示操作员)
{ts} [Storage] INFO  销毁清单 生成 {n2} 管 保存期参数=7天 (生化应为 14 天)
""",
    ),
    "lis_maint": (
        """\
{ts} [ERROR] {exe} 导出维护记录失败
System.Runtime.InteropServices.COMException (0x80040154): 没有注册类 \
(Microsoft.Office.Interop.Excel.Application)
   at {ns}.Maintenance.ExportService.ToExcel(DataTable table)
{ts} [WARN ] {exe} 签名人 {user} 未找到姓名, 显示工号
""",
    ),
}
