"""Deterministic labelled cases for the triage classifier, built from fault families.

A family is one underlying fault with one subsystem and one tier, worded several ways in
Chinese and English. Cases combine a wording with tier-matched context fragments and, for
half of them, a log excerpt in a format the field produces. Every personal datum in the logs
(names, resident ID numbers, mobile numbers, record numbers) is fabricated at random.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from careline.labels import SUBSYSTEM_IDS, TIER_IDS

CASES_PER_FAMILY = 20
MIN_FAMILIES_PER_CELL = 5
BARE_SHARE = 0.3  # cases that are just the wording, like a ticket title
PII_SHARE = 0.4  # of logs whose template has a personal-data line: ~10% of all logs
COMPOSE_TRIES = 12


@dataclass(frozen=True)
class Family:
    """One underlying fault: label, where reports come from, log kinds and wordings."""

    name: str
    tier: str
    where: str  # space-separated PLACES pools for {loc} and signatures
    app: str  # application name used inside the logs
    logs: str  # space-separated LOG_TEMPLATES kinds
    zh: tuple[str, ...]
    en: tuple[str, ...]

    @property
    def subsystem(self) -> str:
        """The label id, taken from the family name's prefix."""
        return self.name.split("/", 1)[0]


# --------------------------------------------------------------------------- families

FAMILIES: tuple[Family, ...] = (
    # ---- his
    Family(
        "his/registration-down",
        "P1",
        "front",
        "his-reg",
        "nginx java_db ora_tns",
        zh=(
            "挂号系统全部登不进去",
            "{loc}所有窗口都挂不了号，一点挂号就报错",
            "急诊挂号系统瘫了！！病人排到门外了，所有电脑都进不去",
            "HIS挂号模块打不开，全部窗口都是“服务器连接失败”",
            "挂号全挂了，现在只能手写挂号单",
        ),
        en=(
            "Registration down at all windows",
            "ER registration is completely down - every desk gets a server error",
            "Nobody at {loc} can register patients, HIS registration won't open on any PC",
            "HIS registration dead!! queue out the door, all {n} windows show connection failed",
            "can't register anyone, whole registration module is down",
        ),
    ),
    Family(
        "his/cpoe-down",
        "P1",
        "ward",
        "his-order",
        "java_db java_timeout ora_lock iis",
        zh=(
            "全院医生站开不了医嘱",
            "医嘱保存不了！{loc}所有医生都报“保存失败”",
            "医嘱系统挂了，急诊抢救病人的医嘱下不了！",
            "医生工作站一点开医嘱就卡死，整个病区都这样",
            "开不了医嘱也停不了医嘱，护士那边也收不到，全院都是",
        ),
        en=(
            "CPOE down hospital-wide",
            "Doctors in {loc} can't place any orders - every save fails",
            "Order entry is dead, we have a resus patient and cannot enter orders!",
            "physician workstation freezes as soon as you open orders, whole ward, all PCs",
            "No new orders and no order stops going through anywhere in the hospital",
        ),
    ),
    Family(
        "his/billing-slow",
        "P2",
        "front",
        "his-charge",
        "java_timeout ora_slow nginx",
        zh=(
            "收费结算特别慢，一笔要等一分钟",
            "{loc}收费结算一直转圈，等一会儿还是能过",
            "门诊收费很卡，病人抱怨排队，但还能收",
            "结算时好时坏，有几个窗口慢得不行",
        ),
        en=(
            "Billing very slow at checkout",
            "Each payment at {loc} takes a minute or more to settle",
            "cashier screen keeps spinning on settlement, it does go through eventually",
            "Outpatient billing sluggish on some windows, queue building up",
        ),
    ),
    Family(
        "his/pharmacy-rx-missing",
        "P2",
        "front",
        "his-pharm",
        "java_npe app_cn ora_slow",
        zh=(
            "药房发药界面部分处方刷不出来",
            "门诊药房有些处方已经收费了但发药界面看不到，只能手工核对",
            "{loc}发药单缺单，刷新好几次才出来",
            "住院药房摆药单少了几个病区的医嘱",
        ),
        en=(
            "Pharmacy dispensing screen missing some prescriptions",
            "Paid prescriptions not showing in the dispensing queue at {loc}, checking by hand",
            "Inpatient pharmacy picking list is missing orders from a couple of wards",
            "some scripts only appear after refreshing several times",
        ),
    ),
    Family(
        "his/daily-report-mismatch",
        "P3",
        "office front",
        "his-report",
        "report_job app_cn",
        zh=(
            "收费日报汇总金额和明细对不上",
            "财务科反映昨天的门诊日报合计差了几块钱",
            "挂号量统计报表和实际挂号数有出入",
            "住院日结报表里退费金额好像算重复了",
        ),
        en=(
            "Daily billing report total doesn't match the detail",
            "Yesterday's outpatient cash report is off by a few yuan",
            "Registration count report doesn't match actual registrations",
            "refunds seem double counted in the inpatient daily summary",
        ),
    ),
    Family(
        "his/ui-cosmetic",
        "P3",
        "front",
        "his-client",
        "client_warn",
        zh=(
            "挂号界面右边一列显示不全",
            "我这台电脑收费界面字体特别小",
            "患者列表的列宽每次打开都要重新拖",
            "HIS里科室名称后面多了个乱码字符",
        ),
        en=(
            "Registration screen cuts off the right column",
            "Font on the billing screen is tiny on my PC",
            "patient list column widths reset every time I open it",
            "There's a garbage character after the department name in HIS",
        ),
    ),
    Family(
        "his/admission-number-exhausted",
        "P1",
        "front ward",
        "his-adt",
        "ora_seq java_npe",
        zh=(
            "入院登记办不了，住院号生成失败",
            "{loc}所有入院登记一保存就报“住院号生成失败”，病人办不了入院！",
            "急诊要收住院的病人办不了入院手续，病区那边也接不了新病人",
            "全院入院登记都停了，提示序列号超出最大值",
            "办入院全部报错，手术病人都在入院处等着，怎么办！！",
        ),
        en=(
            "Admissions can't generate inpatient numbers",
            "Every admission at {loc} fails on save: inpatient number generation failed!",
            "ER patients who need a bed can't be admitted, wards can't receive anyone new",
            "No admissions anywhere - error says the sequence exceeds its maximum value",
            "Pre-op patients stuck at admissions, nobody can be admitted at all!!",
        ),
    ),
    Family(
        "his/pharmacy-dispensing-down",
        "P1",
        "front ward",
        "his-dispense",
        "mssql_conn iis winevent_app",
        zh=(
            "药房发药系统全停了",
            "门诊药房、急诊药房发药程序都打不开，病人拿不到药！",
            "{loc}发药确认全部报错，窗口前面排了一长队",
            "住院药房摆药系统连不上，今天的长期医嘱药发不出去",
            "药房所有电脑发药程序一打开就闪退",
        ),
        en=(
            "Pharmacy dispensing system completely down",
            "Outpatient and ER pharmacy can't open the dispensing program, patients get no meds!",
            "Every dispense confirmation at {loc} errors out, queue out the door",
            "inpatient pharmacy can't reach the unit-dose system, today's doses can't go out",
            "Dispensing app crashes on launch on every pharmacy PC",
        ),
    ),
    Family(
        "his/client-upgrade-broken",
        "P1",
        "front ward office",
        "his-client",
        "autoupdate winevent_app",
        zh=(
            "HIS昨晚升级后全院客户端都登不上",
            "一登录就提示“客户端版本与服务器不一致”，自动更新又下载失败，全院都这样！",
            "{loc}所有电脑HIS都卡在更新界面，挂号、收费、医嘱全停",
            "升级包有问题，更新完HIS一打开就报错退出，没有一台能用",
        ),
        en=(
            "HIS client won't start anywhere after last night's upgrade",
            "Login says client version doesn't match server and auto-update fails - hospital-wide!",
            "Every PC in {loc} is stuck on the HIS update screen, nothing works",
            "bad upgrade package: HIS crashes on open after updating, not one PC usable",
        ),
    ),
    Family(
        "his/e-invoice-failing",
        "P2",
        "front",
        "his-einvoice",
        "einvoice java_timeout",
        zh=(
            "电子票据开不出来",
            "部分收费后电子发票一直“开票中”，病人扫码看不到发票",
            "{loc}电子票据时好时坏，失败的只能让病人过后再来打",
            "财政电子票据平台超时，收费能收，发票要补开",
        ),
        en=(
            "E-invoices not being issued",
            "Some payments leave the e-invoice stuck at 'issuing', patients can't see it",
            "e-invoicing at {loc} on and off, failed ones must be reissued later",
            "Fiscal e-invoice platform timing out; payment goes through, invoice must be redone",
        ),
    ),
    Family(
        "his/price-update-wrong",
        "P2",
        "front office",
        "his-price",
        "app_cn ora_lock",
        zh=(
            "调价后部分药品价格不对",
            "今天执行新价格，有几个耗材收费还是旧价，只能手工退费重收",
            "{loc}发现部分检查项目收费和物价公示不一致",
            "药品调价没同步到门诊，住院那边是对的",
        ),
        en=(
            "Some drug prices wrong after the price update",
            "New prices live but some consumables still charge the old price, refunding by hand",
            "Several exam fees at {loc} don't match the published price list",
            "drug price change reached inpatient billing but not outpatient",
        ),
    ),
    Family(
        "his/appointment-slots-missing",
        "P2",
        "front",
        "his-appt",
        "java_npe nginx",
        zh=(
            "预约号源放不出来",
            "微信公众号上有几个科室明天的号看不到，窗口能挂",
            "{loc}反映专家号源没同步到自助机和手机端",
            "号源排班生成任务报错，部分医生的号没放出来",
        ),
        en=(
            "Appointment slots not released",
            "Tomorrow's slots for a few clinics missing on WeChat, the desk can still book them",
            "{loc} says specialist slots didn't sync to kiosks and the app",
            "Schedule generation job failed, some doctors' slots never published",
        ),
    ),
    Family(
        "his/pinyin-search-missing",
        "P3",
        "front ward",
        "his-dict",
        "app_cn client_warn",
        zh=(
            "新药品用拼音码搜不到",
            "开医嘱时输拼音简码找不到这个新进的药，要输全名",
            "{loc}收费项目的五笔码检索不到",
            "字典里有几个项目的拼音码是错的",
        ),
        en=(
            "New drug can't be found by pinyin code",
            "Newly stocked drug only shows up by full name, not pinyin shortcut",
            "wubi code search misses some charge items at {loc}",
            "A few dictionary items have the wrong pinyin code",
        ),
    ),
    Family(
        "his/guide-sheet-text",
        "P3",
        "front",
        "his-guide",
        "client_warn",
        zh=(
            "导诊单上的诊室位置写错了",
            "挂号小票上的就诊楼层还是搬迁前的",
            "{loc}打出来的缴费指引单少了一行提示",
            "导诊单二维码下面的文字被截断了",
        ),
        en=(
            "Wrong clinic room on the visit guide slip",
            "Registration slip still shows the floor from before the move",
            "payment guide printed at {loc} is missing a line",
            "Text under the QR code on the guide slip is cut off",
        ),
    ),
    Family(
        "his/queue-call-pronunciation",
        "P3",
        "front",
        "his-queue",
        "queue_call",
        zh=(
            "叫号时病人名字读错了",
            "分诊叫号把多音字姓读错，病人有意见",
            "{loc}叫号语音播报速度太快",
            "候诊屏上病人名字中间没打星号",
        ),
        en=(
            "Queue call mispronounces patient names",
            "Call-out reads some surnames with the wrong tone, patients complain",
            "voice announcements at {loc} too fast",
            "Waiting-room screen doesn't mask the middle of patient names",
        ),
    ),
    # ---- emr
    Family(
        "emr/records-unavailable",
        "P1",
        "ward",
        "emr-core",
        "java_db nginx ora_tns iis",
        zh=(
            "电子病历打不开了，全院都是",
            "{loc}所有医生都进不了病历，一直提示连接服务器失败",
            "病历系统整个挂了，查房没法看病历也没法写！",
            "EMR全院无法登录，急诊这边抢救记录都没法写",
        ),
        en=(
            "EMR down for everyone",
            "No doctor in {loc} can open any patient record - server connection failed",
            "Whole EMR is down, can't read or write notes on the round!",
            "cannot open records anywhere, ER can't document the resuscitation",
        ),
    ),
    Family(
        "emr/nursing-docs-down",
        "P1",
        "ward",
        "emr-nursedoc",
        "mssql_conn nginx java_db",
        zh=(
            "护理文书全部录不进去",
            "{loc}护理记录单保存不了，整个病区都这样",
            "ICU护理记录写不了！！重症病人每小时的记录都没法录",
            "护理文书系统打不开，体温单、护理记录全停了",
        ),
        en=(
            "Nursing documentation down ward-wide",
            "Nobody in {loc} can save nursing notes",
            "ICU hourly charting is down!! can't record anything for ventilated patients",
            "Nursing docs won't open at all - vitals chart and care records all stopped",
        ),
    ),
    Family(
        "emr/editor-freezing",
        "P2",
        "ward",
        "emr-editor",
        "dotnet_null winevent_app java_oom",
        zh=(
            "病历编辑器老是卡死",
            "写病程记录写一半就卡住，只能强制关掉重开",
            "{loc}几台电脑的病历编辑器经常未响应，重启后能用一会",
            "病历编辑器一粘贴检查结果就崩，重新打开内容还在",
        ),
        en=(
            "EMR editor keeps freezing",
            "Progress note editor hangs halfway, have to kill it and reopen",
            "Editor goes Not Responding on a few PCs in {loc}, restart helps for a while",
            "editor crashes whenever we paste lab results, draft is recovered on reopen",
        ),
    ),
    Family(
        "emr/front-page-save-error",
        "P2",
        "office ward",
        "emr-frontpage",
        "java_npe ora_lock app_cn",
        zh=(
            "病案首页部分病人保存报错",
            "出院病人病案首页保存提示“数据校验失败”，不是每个都这样",
            "病案首页编码后提交不了，病案室只能先记在本子上",
            "有些病人的病案首页打开很慢，保存偶尔失败",
        ),
        en=(
            "Discharge front page fails to save for some patients",
            "Front sheet validation error on submit, only certain patients",
            "Medical records can't submit coded front pages, keeping a list on paper for now",
            "front page slow to open and occasionally won't save",
        ),
    ),
    Family(
        "emr/template-format",
        "P3",
        "ward office",
        "emr-template",
        "client_warn app_cn",
        zh=(
            "入院记录模板格式乱了",
            "手术记录模板里的段落缩进不对",
            "科室模板里有个字段标题写错了",
            "病历模板的字体和上个月不一样了，打印出来不好看",
        ),
        en=(
            "Admission note template formatting is off",
            "Indentation wrong in the operation note template",
            "A field label in our department template has a typo",
            "template font changed since last month, printouts look odd",
        ),
    ),
    Family(
        "emr/signature-image-blurry",
        "P3",
        "ward",
        "emr-sign",
        "client_warn",
        zh=(
            "病历里的手写签名图片显示模糊",
            "我的签名图片在病历里被拉伸了",
            "护理记录上签名和文字重叠了",
            "病历签名后显示的时间格式不对",
        ),
        en=(
            "Signature image in notes is blurry",
            "My signature picture is stretched in the record",
            "signature overlaps the text on nursing records",
            "Signed-time format in the record looks wrong",
        ),
    ),
    Family(
        "emr/document-store-down",
        "P1",
        "ward",
        "emr-docstore",
        "mongo_down java_db",
        zh=(
            "病历内容全部打不开，显示“文档不存在”",
            "全院病历列表能看到，一点开内容就是空白！今天写的都看不到了",
            "{loc}所有病人的病程记录都打不开，提示文档服务器连接失败",
            "病历文档存储挂了，新病历保存不了，旧病历也调不出来，查房全靠口述",
        ),
        en=(
            "EMR documents won't open - 'document not found'",
            "Record lists load but every note opens blank, hospital-wide! today's notes gone",
            "No progress note opens for any patient in {loc}, document server unreachable",
            "EMR document store down: can't save new notes or open old ones, rounds by memory",
        ),
    ),
    Family(
        "emr/anesthesia-records-down",
        "P1",
        "ward",
        "emr-anes",
        "mssql_conn winevent_svc",
        zh=(
            "手麻系统挂了",
            "手术室手术麻醉系统全部登不上，麻醉记录单没法记，手术马上要开始！",
            "{loc}所有术间手麻系统都连不上服务器，只能手写麻醉记录",
            "手麻系统服务停了，术前访视、麻醉记录、复苏室记录全都用不了",
        ),
        en=(
            "Anaesthesia information system down",
            "No OR can log into the anaesthesia system, surgery about to start - can't chart!",
            "Every theatre in {loc} lost the anaesthesia record server, charting on paper",
            "Anaesthesia system service stopped - pre-op, intra-op and PACU records all down",
        ),
    ),
    Family(
        "emr/records-mass-locked",
        "P1",
        "ward office",
        "emr-qc",
        "emr_lockjob app_cn",
        zh=(
            "全院病历都被锁了，写不了",
            "今天凌晨后所有在院病人的病历都提示“已超时封存”，医生一个字都改不了！",
            "{loc}所有病历都变成只读，病程、医嘱单都写不进去",
            "病历时效控制出问题了，全院在院病历被封存，今天的病历都没法写",
        ),
        en=(
            "Every record in the hospital is locked",
            "Since midnight all inpatient records say 'sealed - time limit exceeded', no edits!",
            "All records in {loc} have gone read-only, can't write any notes",
            "Timeliness control misfired and sealed every open chart, nobody can document today",
        ),
    ),
    Family(
        "emr/autosave-failing",
        "P2",
        "ward",
        "emr-editor",
        "dotnet_null winevent_app",
        zh=(
            "病历自动保存不起作用",
            "写了半天的出院记录没了，自动保存一直提示“保存到服务器超时”",
            "{loc}几个医生反映自动保存失败，现在只能每写几句手动点保存",
            "病历草稿有时候丢，手动保存是好的",
        ),
        en=(
            "EMR autosave not working",
            "Lost half a discharge summary - autosave keeps saying server save timed out",
            "Several doctors in {loc} report autosave failing, saving by hand every few lines",
            "drafts sometimes vanish, manual save works",
        ),
    ),
    Family(
        "emr/consult-request-lost",
        "P2",
        "ward",
        "emr-consult",
        "mq app_cn",
        zh=(
            "院内会诊申请对方科室收不到",
            "发了会诊申请，心内科那边列表里没有，只能打电话叫",
            "{loc}这两天会诊单有一部分没推送过去",
            "会诊回复写好了，申请科室看不到回复内容",
        ),
        en=(
            "Internal consult requests not reaching the other department",
            "Sent a consult request, cardiology never got it, phoning them instead",
            "Part of the consult requests from {loc} haven't been pushed over the last two days",
            "Consult reply written but the requesting ward can't see it",
        ),
    ),
    Family(
        "emr/result-import-failing",
        "P2",
        "ward",
        "emr-import",
        "java_timeout app_cn",
        zh=(
            "病历里引用检验结果调不出来",
            "写病程时点“插入检验结果”一直转圈，最后提示查询超时，只能手敲",
            "{loc}引用检查报告有时候能出来有时候不行",
            "病历插入影像报告结论是空的，去PACS里复制过来",
        ),
        en=(
            "Can't pull lab results into notes",
            "'Insert lab results' spins then times out, typing values by hand",
            "importing exam reports into notes in {loc} works only sometimes",
            "Imaging conclusion imports empty, copying it from PACS instead",
        ),
    ),
    Family(
        "emr/print-pagination",
        "P3",
        "ward office",
        "emr-print",
        "client_warn",
        zh=(
            "病历打印分页把表格切开了",
            "护理记录单打印时最后一行跑到下一页",
            "{loc}打印出院小结页码从第二页开始",
            "打印预览和实际打印出来的不一样",
        ),
        en=(
            "EMR printout splits tables across pages",
            "Last row of the nursing record prints on a new page",
            "discharge summary printed in {loc} starts numbering at page 2",
            "Print preview doesn't match the actual printout",
        ),
    ),
    Family(
        "emr/phrase-library-lost",
        "P3",
        "ward",
        "emr-phrase",
        "app_cn client_warn",
        zh=(
            "我的个人常用语不见了",
            "换了台电脑以后个人短语库是空的",
            "{loc}科室常用术语库里新加的词别人看不到",
            "常用语排序乱了，能不能按使用次数排",
        ),
        en=(
            "My personal phrase list disappeared",
            "Personal phrases are empty since I moved to another PC",
            "new terms added to the {loc} phrase library aren't visible to others",
            "Phrase list order is scrambled, can it sort by usage?",
        ),
    ),
    Family(
        "emr/diagnosis-synonym-search",
        "P3",
        "ward office",
        "emr-icd",
        "app_cn",
        zh=(
            "诊断搜不到常用叫法",
            "输“慢阻肺”找不到诊断，要输全称",
            "{loc}下诊断时ICD编码检索结果排序不合理",
            "诊断字典里有个诊断名称多了空格",
        ),
        en=(
            "Diagnosis search doesn't know common names",
            "Typing 'COPD' finds nothing, need the full term",
            "ICD search results in {loc} are sorted oddly",
            "One diagnosis name in the dictionary has an extra space",
        ),
    ),
    # ---- lis
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
    # ---- pacs
    Family(
        "pacs/store-failing",
        "P1",
        "imaging",
        "pacs-archive",
        "dicom_store storage",
        zh=(
            "CT图像传不到PACS了",
            "所有设备的图像都存不进PACS，报C-STORE失败！",
            "{loc}扫完的片子PACS上全看不到，急诊病人等着出报告",
            "影像归档挂了，CT、DR、MR全都发送失败",
        ),
        en=(
            "CT images not arriving in PACS",
            "No modality can store to PACS, C-STORE failures everywhere!",
            "Nothing scanned in {loc} shows up in PACS, ER patients waiting on reads",
            "image archive down - CT, DR and MR sends all failing",
        ),
    ),
    Family(
        "pacs/viewer-down",
        "P1",
        "imaging ward",
        "pacs-web",
        "nginx java_timeout iis",
        zh=(
            "全院阅片打不开",
            "影像调阅全部报错，急诊医生看不了片子！",
            "{loc}所有电脑PACS都登不进去，没法阅片",
            "PACS阅片系统整个挂了，手术室要看片子看不了",
        ),
        en=(
            "PACS viewer down hospital-wide",
            "Image viewer errors for everyone - ER doctors can't see any images!",
            "Nobody in {loc} can log into PACS to view images",
            "whole PACS viewer is down, OR needs the images and can't get them",
        ),
    ),
    Family(
        "pacs/qr-slow",
        "P2",
        "imaging ward",
        "pacs-qr",
        "dicom_find java_timeout pg_slow",
        zh=(
            "调阅历史影像很慢",
            "查往期片子要等好几分钟，有时候超时",
            "{loc}打开对比片特别慢，当前检查还正常",
            "PACS查询经常转圈，多试几次能出来",
        ),
        en=(
            "Prior studies very slow to load",
            "Fetching old images takes minutes, sometimes times out",
            "comparison studies crawl in {loc}, current exams fine",
            "PACS search spins forever, works after a few retries",
        ),
    ),
    Family(
        "pacs/worklist-missing",
        "P2",
        "imaging",
        "ris-mwl",
        "dicom_mwl hl7_ae",
        zh=(
            "设备worklist部分病人不显示",
            "CT的worklist里有几个登记过的病人刷不出来，只能手工输入",
            "{loc}的Worklist时有时无，技师只能手敲病人信息",
            "预约的检查在MR机器上找不到，得手动建档",
        ),
        en=(
            "Modality worklist missing some patients",
            "Several registered patients not on the CT worklist, typing them in by hand",
            "worklist in {loc} comes and goes, techs keying demographics manually",
            "Scheduled exams don't appear on the MR console, creating them manually",
        ),
    ),
    Family(
        "pacs/viewer-preset",
        "P3",
        "imaging",
        "pacs-viewer",
        "client_warn",
        zh=(
            "阅片默认窗宽窗位不对",
            "我这台工作站挂片协议每次都要重新调",
            "缩略图排序是反的",
            "阅片界面的工具栏图标错位",
        ),
        en=(
            "Default window/level preset is wrong",
            "Hanging protocol resets on my workstation every time",
            "thumbnails are sorted in reverse order",
            "Toolbar icons misaligned in the viewer",
        ),
    ),
    Family(
        "pacs/workload-report",
        "P3",
        "imaging office",
        "ris-stat",
        "report_job ora_slow",
        zh=(
            "放射科工作量统计报表数字不对",
            "RIS里技师工作量统计少了夜班的",
            "检查量月报和设备实际检查数对不上",
            "影像报告的阳性率统计好像算错了",
        ),
        en=(
            "Radiology workload report numbers wrong",
            "Tech workload stats in RIS leave out the night shift",
            "monthly exam count doesn't match the modality's own count",
            "Positive-finding rate statistic looks miscalculated",
        ),
    ),
    Family(
        "pacs/ris-registration-down",
        "P1",
        "imaging",
        "ris-reg",
        "iis mssql_conn",
        zh=(
            "放射科登记系统登不上",
            "RIS登记台全部报错，病人检查登记不了，CT、DR都做不了！",
            "{loc}所有登记电脑都打不开RIS，急诊CT病人在门口等着",
            "检查预约登记系统挂了，今天所有影像检查都卡在登记这一步",
        ),
        en=(
            "Radiology registration system won't log in",
            "RIS front desk errors everywhere, no exam can be registered - CT and DR stopped!",
            "No registration PC in {loc} can open RIS, ER CT patients waiting at the door",
            "Exam booking and check-in down, every imaging exam stuck at registration",
        ),
    ),
    Family(
        "pacs/report-system-down",
        "P1",
        "imaging",
        "ris-report",
        "java_db ora_tns nginx",
        zh=(
            "影像报告系统写不了报告",
            "放射科所有医生都打不开报告编辑，急诊的报告一份都出不去！",
            "{loc}报告系统连接数据库失败，片子能看，报告写不了也审不了",
            "诊断报告系统整个挂了，临床一直打电话催急诊CT报告",
        ),
        en=(
            "Imaging report system can't write reports",
            "No radiologist can open the report editor, not a single ER report going out!",
            "Report system in {loc} lost its database - images open, reports can't be written",
            "Whole reporting system down, wards phoning nonstop for ER CT reads",
        ),
    ),
    Family(
        "pacs/pacs-database-down",
        "P1",
        "imaging it",
        "pacs-db",
        "pg_down dicom_store",
        zh=(
            "PACS数据库挂了，存图调图都不行",
            "PACS后台数据库起不来，设备发图失败，阅片也查不到任何病人！",
            "{loc}整个PACS报数据库连接错误，影像全停",
            "PACS服务器数据库崩溃了，全院影像都不能用",
        ),
        en=(
            "PACS database down, no store or retrieve",
            "PACS back-end database won't start - modality sends fail and no patient is found!",
            "All of PACS in {loc} reports database connection errors, imaging stopped",
            "PACS database crashed, imaging unusable hospital-wide",
        ),
    ),
    Family(
        "pacs/film-printing-fails",
        "P2",
        "imaging",
        "pacs-print",
        "dicom_print",
        zh=(
            "胶片打印不出来",
            "CT发到激光相机的胶片打印失败，只能换一台相机打",
            "{loc}胶片打印时好时坏，病人在等取片",
            "自助胶片打印机有一部分病人的片子打不出来",
        ),
        en=(
            "Films not printing",
            "CT print jobs to the laser imager fail, using the other imager",
            "film printing in {loc} on and off, patients waiting to collect",
            "Self-service film printer fails for some patients",
        ),
    ),
    Family(
        "pacs/report-feed-delayed",
        "P2",
        "imaging ward",
        "ris-oru",
        "hl7_ae mllp",
        zh=(
            "影像报告传到临床很慢",
            "放射科报告已经审核了，医生站要一个小时后才看得到",
            "{loc}有些检查报告审核后临床那边一直没有，要手工重发",
            "超声报告回传HIS时有时无",
        ),
        en=(
            "Imaging reports slow to reach the wards",
            "Reports signed in radiology take an hour to show in the doctor workstation",
            "Some signed reports from {loc} never arrive on the wards, resending manually",
            "Ultrasound report feed to HIS intermittent",
        ),
    ),
    Family(
        "pacs/us-capture-fails",
        "P2",
        "imaging",
        "us-capture",
        "capture winevent_app",
        zh=(
            "超声工作站采不了图",
            "超声报告系统采图黑屏，只能用设备自己存图再传",
            "{loc}两个诊室的采集卡时好时坏，采图要重启软件",
            "内镜工作站采集的图片是花屏",
        ),
        en=(
            "Ultrasound workstation can't capture images",
            "US reporting capture shows black, saving on the machine and sending later",
            "capture cards in two rooms in {loc} flaky, restarting the software to capture",
            "Endoscopy workstation captures garbled frames",
        ),
    ),
    Family(
        "pacs/report-phrases",
        "P3",
        "imaging",
        "ris-phrase",
        "client_warn",
        zh=(
            "报告模板常用描述里有错别字",
            "想在科室报告模板里加几条常用结论",
            "{loc}报告模板的分类顺序乱了",
            "报告里的检查方法默认值不对",
        ),
        en=(
            "Typo in a stock phrase in the report templates",
            "Want to add some common impressions to our report templates",
            "template categories in {loc} are out of order",
            "Default technique text in reports is wrong",
        ),
    ),
    Family(
        "pacs/modality-charset",
        "P3",
        "imaging",
        "ris-mwl",
        "dicom_charset",
        zh=(
            "设备上病人中文名显示乱码",
            "MR机器上病人姓名是问号",
            "{loc}DR上个别生僻字姓名显示不出来",
            "超声机上科室名称是乱码，不影响检查",
        ),
        en=(
            "Chinese patient names garbled on the modality",
            "Patient names show as question marks on the MR console",
            "rare characters in names don't display on the DR in {loc}",
            "Department name garbled on the ultrasound unit, exams unaffected",
        ),
    ),
    Family(
        "pacs/measure-units",
        "P3",
        "imaging",
        "pacs-viewer",
        "client_warn",
        zh=(
            "阅片测量单位显示成像素了",
            "测量工具默认单位能不能改成厘米",
            "{loc}CT值测量框的字太小",
            "角度测量的标注和线重叠",
        ),
        en=(
            "Viewer measurements shown in pixels",
            "Can the default measuring unit be centimetres?",
            "HU ROI label text too small in {loc}",
            "Angle measurement label overlaps the lines",
        ),
    ),
    # ---- nursing
    Family(
        "nursing/nurse-call-down",
        "P1",
        "ward",
        "nis-call",
        "nursecall net_ping",
        zh=(
            "{ward}呼叫系统全部没反应",
            "整个病区的呼叫器按了护士站收不到！！",
            "床头呼叫全坏了，病人按铃护士站没显示，只能来回巡房",
            "呼叫系统主机挂了，{loc}所有床位都呼不出来",
        ),
        en=(
            "Nurse call dead on {ward}",
            "Whole ward nurse call not reaching the station!!",
            "patients press the call button and nothing shows at the desk, doing rounds nonstop",
            "Nurse call server down, no bed in {loc} can call",
        ),
    ),
    Family(
        "nursing/pda-down-all",
        "P1",
        "ward",
        "nis-mobile",
        "android_sync nginx java_db",
        zh=(
            "全院PDA都扫不了腕带",
            "移动护理PDA全部登不上，给药核对做不了！",
            "{loc}所有PDA执行医嘱都报错，输液没法扫码核对",
            "移动护理服务器挂了，所有病区PDA都用不了",
        ),
        en=(
            "Mobile nursing PDAs down everywhere",
            "No PDA can log in, we can't do bedside medication checks!",
            "Every PDA in {loc} errors when executing orders, can't scan for infusions",
            "mobile nursing server down, PDAs unusable on all wards",
        ),
    ),
    Family(
        "nursing/pda-sync-ward",
        "P2",
        "ward",
        "nis-mobile",
        "android_sync net_wifi",
        zh=(
            "{ward}PDA同步不了",
            "PDA执行记录传不上去，只能回电脑上补录",
            "几台PDA数据同步一直转圈，别的病区好像正常",
            "移动护理时不时掉线，执行完要等很久才同步",
        ),
        en=(
            "{ward} PDA won't sync",
            "PDA executions not uploading, we're entering them on the PC afterwards",
            "a few PDAs stuck syncing, other wards seem OK",
            "Mobile nursing keeps dropping, executions take ages to sync",
        ),
    ),
    Family(
        "nursing/bedside-terminals-blank",
        "P2",
        "ward",
        "nis-bedside",
        "android_app nginx",
        zh=(
            "{loc}几个房间床旁终端黑屏",
            "床旁终端有一半显示“网络异常”，宣教和点餐用不了",
            "床头屏时好时坏，护士只能口头通知病人",
            "床旁交互终端重启后还是进不了主页",
        ),
        en=(
            "Bedside terminals blank in several rooms on {ward}",
            "Half the bedside screens show network error, no patient education or meal orders",
            "bedside terminals flaky, nurses telling patients in person",
            "Bedside terminal stuck on the boot logo even after restart",
        ),
    ),
    Family(
        "nursing/ward-board-display",
        "P3",
        "ward",
        "nis-board",
        "android_app",
        zh=(
            "病区大屏床位信息显示错位",
            "{ward}大屏上的责任护士名字没更新",
            "护士站大屏字体太小，后排看不清",
            "病区大屏的时间比实际慢了几分钟",
        ),
        en=(
            "Ward board bed layout misaligned",
            "Assigned nurse names on the {ward} board not updated",
            "ward board font too small to read from the back",
            "Ward board clock a few minutes behind",
        ),
    ),
    Family(
        "nursing/bedside-volume",
        "P3",
        "ward",
        "nis-bedside",
        "android_ui",
        zh=(
            "{bed}床的床旁终端声音太大",
            "有一台床头屏亮度调不了",
            "床旁终端上的医院宣传视频放不出来",
            "床头屏的护理级别图标颜色不对",
        ),
        en=(
            "Bedside terminal at bed {bed} too loud",
            "Can't change brightness on one bedside screen",
            "hospital info video won't play on the bedside terminal",
            "Care-level icon colour wrong on the bedside screen",
        ),
    ),
    Family(
        "nursing/orders-not-reaching-station",
        "P1",
        "ward",
        "nis-order",
        "mq java_timeout",
        zh=(
            "护士站收不到新医嘱",
            "医生说医嘱已经开了，全院护士站都看不到，没法执行！",
            "{loc}医嘱审核列表一直是空的，急诊用药都执行不了",
            "医嘱下达到护士站全部中断，各病区都在打电话问医生开了什么",
        ),
        en=(
            "Nurse stations not receiving new orders",
            "Doctors say orders are placed but no nurse station sees them - can't execute!",
            "Order verification list in {loc} stays empty, stat meds can't be given",
            "Order flow to every nurse station has stopped, wards phoning doctors for orders",
        ),
    ),
    Family(
        "nursing/infant-security-offline",
        "P1",
        "ward",
        "nis-infant",
        "infant_sec",
        zh=(
            "婴儿防盗系统离线了",
            "产科母婴防盗系统主机连不上，所有婴儿腕带都显示离线！",
            "{loc}婴儿防盗门禁不报警了，出口没人看着不行",
            "新生儿防盗标签全部失联，只能派人守在病区门口",
        ),
        en=(
            "Infant security system offline",
            "Maternity infant protection server unreachable, every baby tag shows offline!",
            "Infant security exit alarm in {loc} no longer triggers, we need someone at the door",
            "all newborn tags lost, staff guarding the ward exit by hand",
        ),
    ),
    Family(
        "nursing/ed-triage-down",
        "P1",
        "ward",
        "nis-triage",
        "nginx java_db",
        zh=(
            "急诊预检分诊系统打不开",
            "预检分诊系统挂了，来的病人分不了级，抢救室不知道谁先来！",
            "急诊分诊台电脑全部报服务器错误，病人排了一长队",
            "分诊系统进不去，只能手写分诊单，胸痛病人都没法走绿色通道",
        ),
        en=(
            "ED triage system won't open",
            "Triage system down - can't assign acuity, resus doesn't know who's coming!",
            "Every triage desk PC in the ER shows server errors, queue growing",
            "triage on paper, chest pain patients can't be fast-tracked in the system",
        ),
    ),
    Family(
        "nursing/assessment-score-wrong",
        "P2",
        "ward",
        "nis-assess",
        "java_npe app_cn",
        zh=(
            "跌倒评估单分数算错了",
            "压疮Braden评分自动合计不对，只能自己加一遍",
            "{loc}入院评估单有些项目保存后分值清空",
            "评估单高风险提醒有时候不弹，得自己看",
        ),
        en=(
            "Fall risk assessment totals wrong",
            "Braden score auto-total is off, adding it up by hand",
            "some admission assessment items in {loc} lose their scores after saving",
            "High-risk reminder on assessments sometimes doesn't pop up",
        ),
    ),
    Family(
        "nursing/vital-chart-gaps",
        "P2",
        "ward",
        "nis-chart",
        "app_cn java_npe",
        zh=(
            "体温单上有几个点没画出来",
            "录了体温，体温单上那个时间点是空的，要重新录一遍",
            "{loc}体温单生成出来大便次数那栏缺数据",
            "体温单打印时部分病人的曲线断开",
        ),
        en=(
            "Some points missing from the temperature chart",
            "Entered a temperature but that time slot is blank on the chart, re-entering",
            "Bowel count row is empty on charts in {loc}",
            "temperature curve breaks on printed charts for some patients",
        ),
    ),
    Family(
        "nursing/med-cabinet-offline",
        "P2",
        "ward",
        "nis-cabinet",
        "cabinet",
        zh=(
            "病区智能药柜离线了",
            "{ward}智能药柜显示离线，取药要用钥匙开应急抽屉",
            "药柜登录指纹认证失败，只能用密码",
            "智能药柜取药记录没同步到药房",
        ),
        en=(
            "Ward automated dispensing cabinet offline",
            "{ward} cabinet shows offline, using the override key for drawers",
            "Cabinet fingerprint login fails, falling back to PIN",
            "dispensing cabinet withdrawals not syncing to pharmacy",
        ),
    ),
    Family(
        "nursing/roster-export-format",
        "P3",
        "ward office",
        "nis-roster",
        "client_warn",
        zh=(
            "护理排班表导出格式乱了",
            "排班表导出Excel后日期列变成数字",
            "{loc}排班表里夜班颜色看不清",
            "排班系统里班次名称想改一下",
        ),
        en=(
            "Nurse roster export is badly formatted",
            "Dates become numbers when the roster is exported to Excel",
            "night-shift colour on the {loc} roster hard to see",
            "Want to rename a shift in the roster system",
        ),
    ),
    Family(
        "nursing/care-plan-wording",
        "P3",
        "ward",
        "nis-careplan",
        "app_cn client_warn",
        zh=(
            "护理计划模板措辞要改",
            "护理诊断模板里有个措施写法过时了",
            "{loc}护理计划的护理目标少了一个选项",
            "健康宣教记录单模板里有错别字",
        ),
        en=(
            "Care plan template wording needs updating",
            "One intervention in the nursing diagnosis template is outdated",
            "care plan goals in {loc} missing an option",
            "Typo in the patient education record template",
        ),
    ),
    Family(
        "nursing/pda-input-method",
        "P3",
        "ward",
        "nis-mobile",
        "android_ui",
        zh=(
            "PDA输入法默认是英文",
            "有一台PDA屏幕自动旋转关不掉",
            "{ward}PDA扫码提示音太小",
            "PDA上字体能不能调大一点",
        ),
        en=(
            "PDA keyboard defaults to English",
            "Can't turn off auto-rotate on one PDA",
            "{ward} PDA scan beep too quiet",
            "Can the PDA font be bigger?",
        ),
    ),
    # ---- medical_device
    Family(
        "medical_device/central-monitor-offline",
        "P1",
        "ward",
        "mdi-monitor",
        "device_monitor",
        zh=(
            "ICU中央监护站所有监护仪离线",
            "手术室监护数据全断了！！麻醉那边看不到",
            "{loc}中央站一片灰，所有床位都显示“无信号”",
            "监护仪全部连不上中央站，报警也收不到，只能守在床边",
        ),
        en=(
            "ICU central station - all monitors offline",
            "OR monitoring feed lost!! anaesthesia can't see vitals centrally",
            "Central station in {loc} all grey, every bed says no signal",
            "no monitor connects to the central station, alarms not coming through",
        ),
    ),
    Family(
        "medical_device/pump-alarms-not-forwarded",
        "P1",
        "ward",
        "mdi-pump",
        "device_pump mq",
        zh=(
            "输液泵报警推送全部失效",
            "{loc}所有输液泵报警护士站都收不到了！",
            "输液泵网关挂了，阻塞报警、输完报警全都不推送",
            "整个病区输液泵状态都显示离线，报警只在床边响",
        ),
        en=(
            "Infusion pump alarms not forwarded at all",
            "No pump alarm in {loc} reaches the nurse station!",
            "Pump gateway down - occlusion and end-of-infusion alarms not pushed",
            "every pump on the ward shows offline, alarms only sound at the bedside",
        ),
    ),
    Family(
        "medical_device/vitals-not-auto-charted",
        "P2",
        "ward",
        "mdi-vitals",
        "device_oru",
        zh=(
            "监护仪生命体征不自动采集到护理记录",
            "体征数据有时候采不进来，护士手工录",
            "{loc}几张床的监护数据同步到护理文书延迟很久",
            "自动采集的血压数据缺了好几个时间点",
        ),
        en=(
            "Monitor vitals not auto-charting into nursing docs",
            "Vital signs capture intermittent, nurses keying them in",
            "several beds in {loc} have long delays getting monitor data into charting",
            "Auto-captured BP readings missing several time points",
        ),
    ),
    Family(
        "medical_device/ventilator-gateway-flaky",
        "P2",
        "ward",
        "mdi-vent",
        "device_vent net_ping",
        zh=(
            "呼吸机数据时断时续",
            "ICU两台呼吸机参数传不到系统，床边显示正常",
            "设备网关偶尔掉线，呼吸机数据要过一阵才补上来",
            "{loc}呼吸机数据延迟十几分钟",
        ),
        en=(
            "Ventilator data intermittent in the system",
            "Two ICU vents not sending parameters, bedside display fine",
            "device gateway drops now and then, vent data backfills later",
            "Vent data in {loc} lagging 10+ minutes",
        ),
    ),
    Family(
        "medical_device/device-clock-drift",
        "P3",
        "ward",
        "mdi-gateway",
        "device_clock",
        zh=(
            "监护仪时间和系统差了几分钟",
            "有台输液泵显示的时间不对",
            "设备网关页面上的设备名称还是旧床号",
            "采集到的体征时间戳比实际晚两分钟",
        ),
        en=(
            "Monitor clock a few minutes off",
            "One infusion pump shows the wrong time",
            "device gateway page still lists old bed names",
            "Captured vitals timestamped two minutes late",
        ),
    ),
    Family(
        "medical_device/pump-drug-library-display",
        "P3",
        "ward",
        "mdi-pump",
        "device_pumplib",
        zh=(
            "输液泵药物库名称显示不全",
            "泵上药名显示成拼音缩写了",
            "网关页面上输液泵型号写错了",
            "药物库里有个药名有错别字",
        ),
        en=(
            "Pump drug library names truncated",
            "Drug names on the pumps show as pinyin abbreviations",
            "pump model listed wrong on the gateway page",
            "Typo in one drug name in the pump library",
        ),
    ),
    Family(
        "medical_device/telemetry-down",
        "P1",
        "ward",
        "mdi-telemetry",
        "telemetry",
        zh=(
            "遥测心电全部收不到信号",
            "心内科遥测监护系统所有病人都显示“无信号”，心律失常病人没人看得到！",
            "{loc}遥测接收天线好像挂了，中央站一个波形都没有",
            "遥测心电服务器宕机，CCU的病人只能全部换成床边监护仪",
        ),
        en=(
            "Telemetry - no signal from any patient",
            "Cardiology telemetry shows no signal for every patient, arrhythmias unwatched!",
            "Telemetry antennas in {loc} seem dead, not one waveform at the central station",
            "telemetry server down, moving all CCU patients onto bedside monitors",
        ),
    ),
    Family(
        "medical_device/dialysis-network-down",
        "P1",
        "ward",
        "mdi-dialysis",
        "dialysis net_ping",
        zh=(
            "血透室透析机全部连不上系统",
            "血透中心联网系统挂了，几十台透析机数据全断，治疗单下不到机器上！",
            "透析机都显示离线，护士只能每台机器去抄参数，报警中央也看不到",
            "血透管理系统和机器通讯全部中断，下午的病人上不了机",
        ),
        en=(
            "Dialysis machines all disconnected from the system",
            "Dialysis network down - dozens of machines offline, prescriptions can't be sent!",
            "every dialysis machine shows offline, copying parameters by hand, no central alarms",
            "Dialysis management lost all machines, afternoon patients can't be started",
        ),
    ),
    Family(
        "medical_device/alarm-handsets-down",
        "P1",
        "ward",
        "mdi-alarm",
        "alarm_mgr",
        zh=(
            "护士手机收不到任何设备报警",
            "报警推送服务器挂了，监护仪、呼吸机报警都不推到护士手机上！",
            "{loc}所有护士手持终端都没有报警提醒，只能在走廊里听",
            "报警管理平台宕了，夜班护士手机一个报警都没收到！！",
        ),
        en=(
            "Nurse handsets receive no device alarms at all",
            "Alarm notification server down - no monitor or vent alarm reaches nurse phones!",
            "No handset in {loc} gets alarms, nurses listening in the corridor",
            "Alarm management platform crashed, night shift phones got zero alarms!!",
        ),
    ),
    Family(
        "medical_device/poct-glucose-sync",
        "P2",
        "ward",
        "mdi-poct",
        "poct",
        zh=(
            "血糖仪数据传不上去",
            "床旁血糖仪放到底座上不同步，结果只能手工录到护理记录",
            "{loc}几台血糖仪提示操作员未授权，换一台能用",
            "POCT血糖结果有时候延迟半天才进系统",
        ),
        en=(
            "Glucose meter results not uploading",
            "Bedside glucose meters don't sync in the dock, entering results by hand",
            "A few meters in {loc} say operator not authorised, another meter works",
            "POCT glucose results sometimes take half a day to reach the system",
        ),
    ),
    Family(
        "medical_device/ecg-upload-fails",
        "P2",
        "ward",
        "mdi-ecg",
        "ecg_upload",
        zh=(
            "心电图机上传不了",
            "病房心电图机做完传不到心电网络系统，只能打印纸质的送过去",
            "{loc}那台心电图机上传失败，别的机器正常",
            "心电图上传后心电诊断科看不到病人信息",
        ),
        en=(
            "ECG cart won't upload",
            "Ward ECG carts can't send to the ECG management system, walking paper copies over",
            "the ECG cart in {loc} fails to upload, others fine",
            "Uploaded ECGs arrive at the ECG room without patient details",
        ),
    ),
    Family(
        "medical_device/anesthesia-machine-gaps",
        "P2",
        "ward",
        "mdi-anes",
        "device_vent net_ping",
        zh=(
            "麻醉机数据采集断断续续",
            "两个术间的麻醉机参数采不到手麻系统，麻醉医生手工补",
            "{loc}麻醉机数据偶尔中断几分钟，过一会又有了",
            "手术中麻醉机潮气量数据有缺口",
        ),
        en=(
            "Anaesthesia machine data capture intermittent",
            "Two theatres' anaesthesia machines not feeding the record, filling in by hand",
            "anaesthesia machine data in {loc} drops out for a few minutes then returns",
            "Gaps in tidal volume data during surgery",
        ),
    ),
    Family(
        "medical_device/monitor-unit-labels",
        "P3",
        "ward",
        "mdi-gateway",
        "device_asset",
        zh=(
            "中央站上体温单位显示华氏度",
            "监护仪导出的报告单位写的是kPa",
            "{loc}中央站床位标签顺序不对",
            "监护仪上科室名称还是旧的",
        ),
        en=(
            "Central station shows temperature in Fahrenheit",
            "Monitor export report lists units in kPa",
            "bed label order on the central station in {loc} is wrong",
            "Monitors still show the old department name",
        ),
    ),
    Family(
        "medical_device/asset-serial-mismatch",
        "P3",
        "ward office",
        "mdi-asset",
        "device_asset",
        zh=(
            "设备台账里序列号对不上",
            "设备网关登记的监护仪型号和台账不一致",
            "{loc}有台输液泵在系统里找不到",
            "设备管理系统里这台呼吸机的科室写错了",
        ),
        en=(
            "Serial numbers in the device register don't match",
            "Monitor model on the gateway differs from the asset register",
            "One pump in {loc} isn't in the system",
            "This ventilator is assigned to the wrong department in the register",
        ),
    ),
    Family(
        "medical_device/pump-battery-reminder",
        "P3",
        "ward",
        "mdi-pump",
        "device_asset device_pumplib",
        zh=(
            "输液泵电池保养提醒一直弹",
            "网关页面提示几台泵电池寿命到期，要不要换",
            "{loc}输液泵维护日期显示过期了",
            "泵的预防性维护提醒能不能发给设备科",
        ),
        en=(
            "Pump battery maintenance reminder keeps showing",
            "Gateway says a few pumps' batteries are end-of-life, should we replace?",
            "pump service date shows overdue in {loc}",
            "Can pump preventive maintenance reminders go to clinical engineering?",
        ),
    ),
    # ---- integration
    Family(
        "integration/engine-down",
        "P1",
        "it",
        "esb-core",
        "engine mq java_oom",
        zh=(
            "集成平台挂了，所有接口都不通",
            "医嘱传不到LIS和PACS了，检查检验全停！",
            "集成平台服务停了，消息全部积压，各系统之间数据不同步",
            "全院接口中断，急诊开的检查单PACS那边全收不到",
        ),
        en=(
            "Interface engine down, all interfaces dead",
            "Orders not reaching LIS or PACS - labs and imaging stopped!",
            "integration platform service stopped, every message queued, nothing syncing",
            "Hospital-wide interface outage, ER imaging orders never arrive in PACS",
        ),
    ),
    Family(
        "integration/insurance-interface-down",
        "P1",
        "front",
        "esb-insurance",
        "insure java_timeout net_ping",
        zh=(
            "医保接口连不上，全部医保病人结算不了",
            "医保中心接口超时，所有窗口医保结算都失败！",
            "医保交易一直返回网络异常，{loc}排了几十个人",
            "门诊、住院医保全部刷不了，只能让病人先自费",
        ),
        en=(
            "Insurance interface down - no insured patient can settle",
            "Insurance bureau interface timing out, every window failing settlement!",
            "Insurance transactions all return network error, dozens queued at {loc}",
            "no insurance claims going through anywhere, asking patients to pay out of pocket",
        ),
    ),
    Family(
        "integration/adt-delayed",
        "P2",
        "it",
        "esb-adt",
        "hl7_ae mllp engine",
        zh=(
            "入院信息同步到LIS/PACS延迟",
            "新入院病人半小时后才在检验系统里出现",
            "ADT消息积压，转科信息有时候过不去，只能打电话通知",
            "ICU转入的病人在PACS里还是原科室",
        ),
        en=(
            "ADT feed to LIS/PACS delayed",
            "New admissions take half an hour to appear in LIS",
            "ADT messages backing up, some transfers don't go through, phoning departments",
            "patients transferred into ICU still show the old ward in PACS",
        ),
    ),
    Family(
        "integration/fhir-intermittent-500",
        "P2",
        "it",
        "fhir-gw",
        "fhir nginx",
        zh=(
            "FHIR接口偶尔报500",
            "互联网医院调FHIR接口时不时失败，重试能成功",
            "FHIR网关响应慢，小程序查报告经常超时",
            "FHIR Patient查询接口部分请求返回500",
        ),
        en=(
            "FHIR API intermittently returns 500",
            "Online hospital app calls to FHIR fail now and then, retries succeed",
            "FHIR gateway slow, patient app report lookups time out",
            "some FHIR Patient searches come back 500",
        ),
    ),
    Family(
        "integration/code-mapping-gap",
        "P3",
        "it",
        "esb-mapping",
        "hl7_ae app_cn",
        zh=(
            "接口对照字典有几个项目没对上",
            "少数病人传到PACS的性别显示“未知”",
            "新加的检验项目在接口对照表里没有",
            "平台字典里科室代码还是旧的",
        ),
        en=(
            "A few items unmapped in the interface code table",
            "Sex shows unknown in PACS for a handful of patients",
            "new lab test missing from the interface mapping table",
            "Platform dictionary still has old department codes",
        ),
    ),
    Family(
        "integration/monitor-dashboard",
        "P3",
        "it",
        "esb-monitor",
        "engine_stats",
        zh=(
            "集成平台监控页面统计数字不对",
            "接口告警邮件太多了，很多是重复的",
            "平台消息监控图表加载慢",
            "监控大屏上的接口名称显示成英文编码",
        ),
        en=(
            "Interface monitor dashboard counts look wrong",
            "Too many duplicate interface alert emails",
            "message monitoring charts load slowly",
            "Dashboard shows channel codes instead of names",
        ),
    ),
    Family(
        "integration/results-channel-stopped",
        "P1",
        "it ward",
        "esb-oru",
        "engine hl7_ae",
        zh=(
            "检验结果回传HIS的接口停了",
            "LIS里报告都审核了，全院医生站一个结果都看不到！",
            "结果回传通道卡死，消息积压几千条，急诊一直打电话要报告",
            "{loc}看不到任何新的检验结果，接口平台那条通道报错停止",
        ),
        en=(
            "Lab results channel to HIS stopped",
            "Reports verified in LIS but no doctor anywhere sees any result!",
            "results channel stuck with thousands queued, ER calling nonstop for reports",
            "Nothing new shows in {loc}, the results channel on the engine is stopped with errors",
        ),
    ),
    Family(
        "integration/empi-down",
        "P1",
        "it front",
        "esb-empi",
        "empi java_db",
        zh=(
            "主索引EMPI服务挂了",
            "EMPI不可用，新病人建不了档，挂号、检验、影像都查不到病人！",
            "患者主索引服务报错，各系统之间病人对不上，全院建档停了",
            "{loc}建档一直提示“主索引服务调用失败”，所有新病人都办不了",
        ),
        en=(
            "EMPI service down",
            "EMPI unavailable - no new patient can be created, every system fails patient lookup!",
            "master patient index erroring, systems can't match patients, registration stopped",
            "Every new patient at {loc} fails with 'EMPI call failed'",
        ),
    ),
    Family(
        "integration/engine-license-expired",
        "P1",
        "it",
        "esb-core",
        "license engine",
        zh=(
            "集成平台许可证过期，所有通道停了",
            "今天零点集成平台授权到期，所有接口服务自动停止，全院数据不通！",
            "平台提示License失效，HIS到LIS、PACS、医保的消息全都不走了",
            "接口引擎授权过期停服，检查检验申请全部传不过去",
        ),
        en=(
            "Interface engine licence expired, all channels stopped",
            "Engine licence ran out at midnight and every channel stopped - nothing flows!",
            "platform says licence invalid, no messages from HIS to LIS, PACS or insurance",
            "Engine stopped on expired licence, no lab or imaging requests get through",
        ),
    ),
    Family(
        "integration/duplicate-messages",
        "P2",
        "it lab",
        "esb-orm",
        "hl7_ae engine",
        zh=(
            "接口重复发消息，LIS里出现重复申请",
            "同一个检验申请在LIS里有两条，要手工作废一条",
            "{loc}反映部分医嘱重复传过来，收费也重复了",
            "平台重试机制有问题，部分消息发了两三遍",
        ),
        en=(
            "Interface sending duplicates, double requests in LIS",
            "Same lab request appears twice in LIS, cancelling one by hand",
            "{loc} reports some orders arrive twice and get charged twice",
            "engine retry logic resending some messages two or three times",
        ),
    ),
    Family(
        "integration/hie-upload-failing",
        "P2",
        "it office",
        "esb-hie",
        "hie java_timeout",
        zh=(
            "区域平台上传失败",
            "电子病历共享文档上传区域卫生平台一直报错，积压了好几天",
            "{loc}说卫健委上报数据这周没传上去",
            "区域平台接口偶尔超时，部分文档要手动补传",
        ),
        en=(
            "Regional health platform uploads failing",
            "Shared EMR documents to the regional platform erroring, days of backlog",
            "{loc} says this week's health commission reporting didn't upload",
            "Regional interface times out now and then, re-uploading some documents by hand",
        ),
    ),
    Family(
        "integration/payment-callback-delayed",
        "P2",
        "front it",
        "esb-pay",
        "pay_callback nginx",
        zh=(
            "手机缴费了HIS还显示未缴",
            "病人微信付了款，窗口查还是未缴费，只能看付款截图手工确认",
            "{loc}有一部分线上支付回调没到，病人来窗口吵",
            "支付平台回调延迟，有的要十几分钟才更新状态",
        ),
        en=(
            "Paid on the phone but HIS still says unpaid",
            "Patient paid by WeChat, desk still shows unpaid, confirming from screenshots",
            "some online payment callbacks never reach {loc}, patients upset at the window",
            "Payment callbacks delayed, some take over ten minutes to update",
        ),
    ),
    Family(
        "integration/test-env-errors",
        "P3",
        "it",
        "esb-test",
        "engine hl7_ae",
        zh=(
            "测试环境接口报错",
            "测试平台那条新通道一直报错，不影响生产",
            "联调环境的HL7消息格式校验不过",
            "测试环境的接口监控告警能不能关掉",
        ),
        en=(
            "Test environment interface errors",
            "New channel on the test engine keeps erroring, production unaffected",
            "HL7 messages fail validation in the integration test environment",
            "Can the test environment interface alerts be muted?",
        ),
    ),
    Family(
        "integration/message-archive-growth",
        "P3",
        "it",
        "esb-archive",
        "linux_disk engine_stats",
        zh=(
            "平台消息归档目录占用太大",
            "集成平台服务器磁盘用到75%，消息归档要清理一下",
            "消息日志保留时间能不能改成90天",
            "平台归档任务跑得有点慢",
        ),
        en=(
            "Engine message archive growing large",
            "Engine server disk at 75%, message archive needs pruning",
            "can message log retention be cut to 90 days?",
            "Archive job on the platform runs a bit slow",
        ),
    ),
    Family(
        "integration/ack-timeout-warnings",
        "P3",
        "it",
        "esb-notify",
        "mllp",
        zh=(
            "一个非关键接口偶尔ACK超时",
            "供应室接口每天几次ACK超时告警，重试都成功了",
            "膳食系统的接口有超时告警，数据没丢",
            "接口超时阈值是不是设得太短了",
        ),
        en=(
            "Occasional ACK timeouts on a non-critical interface",
            "Sterile supply interface logs a few ACK timeouts a day, retries all succeed",
            "diet system interface raises timeout alerts, no data lost",
            "Is the interface timeout threshold set too short?",
        ),
    ),
    # ---- database
    Family(
        "database/db-unreachable",
        "P1",
        "it",
        "his",
        "ora_tns mssql_conn winevent_svc",
        zh=(
            "HIS数据库连不上了",
            "所有业务都报数据库连接失败，全院停摆！",
            "Oracle实例挂了，HIS、EMR全部报ORA错误",
            "数据库服务器宕了，收费、药房、病房什么都做不了",
        ),
        en=(
            "HIS database unreachable",
            "Everything failing with database connection errors, hospital at a standstill!",
            "Oracle instance is down, HIS and EMR both throwing ORA errors",
            "DB server down - billing, pharmacy, wards can't do anything",
        ),
    ),
    Family(
        "database/tablespace-full",
        "P1",
        "it",
        "his",
        "ora_space mssql_full pg_full",
        zh=(
            "表空间满了，所有保存都失败",
            "数据库表空间100%，收费、医嘱都写不进去！",
            "归档日志把磁盘撑满了，数据库挂起，全院无法保存",
            "事务日志满了，SQL Server拒绝所有写入",
        ),
        en=(
            "Tablespace full, all writes failing",
            "Tablespace at 100%, billing and orders can't save!",
            "Archive logs filled the disk, database hung, nothing saves hospital-wide",
            "transaction log full, SQL Server rejecting every write",
        ),
    ),
    Family(
        "database/lock-blocking",
        "P2",
        "it",
        "his-charge",
        "ora_lock mssql_deadlock mysql_lock pg_lock",
        zh=(
            "锁表了，部分收费窗口卡住",
            "数据库有锁，几个窗口结算一直等待，其他还好",
            "死锁报错一阵一阵的，重试能过",
            "收费处有两台电脑保存时提示资源正忙",
        ),
        en=(
            "Table locks blocking some billing windows",
            "DB locking: a few windows hang on settlement, the rest are OK",
            "deadlock errors coming in waves, retry works",
            "Two PCs at billing get resource busy on save",
        ),
    ),
    Family(
        "database/slow-queries",
        "P2",
        "it",
        "emr",
        "ora_slow mysql_slow",
        zh=(
            "数据库查询很慢",
            "查历史病人要等半分钟以上，DBA看一下是不是有慢SQL",
            "下午开始数据库CPU很高，查询都变慢了",
            "病房查病历列表很慢，但是能出来",
        ),
        en=(
            "Database queries very slow",
            "Patient history lookups taking 30s+, please check for slow SQL",
            "DB CPU high since this afternoon, all queries sluggish",
            "record list on the wards is slow to load but gets there",
        ),
    ),
    Family(
        "database/report-replica-lag",
        "P3",
        "it",
        "report",
        "mysql_repl pg_repl",
        zh=(
            "报表库同步延迟",
            "查询库数据比生产晚了一个小时，统计报表不是最新的",
            "从库复制延迟告警，不影响业务",
            "BI报表的数据还是昨天的",
        ),
        en=(
            "Reporting replica lagging",
            "Read replica about an hour behind, reports not current",
            "replication lag alert on the standby, production unaffected",
            "BI dashboards still showing yesterday's data",
        ),
    ),
    Family(
        "database/maintenance-job-warning",
        "P3",
        "it",
        "db-maint",
        "mssql_agent ora_usage pg_checkpoint",
        zh=(
            "数据库统计信息收集作业报警告",
            "SQL Agent有个索引重建作业失败了",
            "表空间使用率到80%了，提醒一下",
            "数据库巡检报告里有几个警告项",
        ),
        en=(
            "Stats gathering job warning on the DB",
            "SQL Agent index rebuild job failed overnight",
            "tablespace at 80%, heads-up",
            "A few warnings in the DB health check report",
        ),
    ),
    Family(
        "database/block-corruption",
        "P1",
        "it",
        "his",
        "ora_corrupt",
        zh=(
            "数据库坏块，医嘱表读不出来",
            "HIS报ORA-01578数据块损坏，全院医嘱查询和保存都失败！",
            "数据库有坏块，住院病人信息表读不了，病房全部停了",
            "存储掉电后数据库文件损坏，核心表报错，业务全停",
        ),
        en=(
            "Database block corruption, orders table unreadable",
            "HIS throws ORA-01578 block corrupted - order queries and saves fail everywhere!",
            "corrupt blocks in the inpatient table, every ward has stopped",
            "Datafile damaged after the storage power loss, core tables erroring, all down",
        ),
    ),
    Family(
        "database/max-processes",
        "P1",
        "it",
        "his",
        "ora_procs java_db",
        zh=(
            "数据库连接数满了，新登录全失败",
            "报ORA-00020超过最大进程数，全院谁都登不进HIS！",
            "数据库会话被占满，已经登录的还能用，新开的全部连不上，挂号收费停了",
            "数据库拒绝新连接，所有应用服务器都报获取连接失败",
        ),
        en=(
            "Database connections maxed, every new login fails",
            "ORA-00020 maximum number of processes exceeded - nobody can log into HIS!",
            "DB sessions exhausted, new connections all refused, registration and billing stopped",
            "Database refusing new connections, every app server fails to get one",
        ),
    ),
    Family(
        "database/ag-failover-broken",
        "P1",
        "it",
        "lis",
        "mssql_ag mssql_conn",
        zh=(
            "数据库主备切换后应用连不上",
            "SQL Server AlwaysOn自动切换了，但侦听器连不上，LIS和手麻全断！",
            "可用性组切到备节点后数据库处于“正在解析”状态，所有业务报错",
            "主库宕机切换失败，两个节点都不是主，系统全部停了",
        ),
        en=(
            "Apps can't connect after database failover",
            "AlwaysOn failed over but the listener is unreachable - LIS and anaesthesia down!",
            "availability group stuck in RESOLVING after failover, every app erroring",
            "Primary crashed and failover failed, no node is primary, systems down",
        ),
    ),
    Family(
        "database/temp-space-exhausted",
        "P2",
        "it office",
        "report",
        "ora_temp",
        zh=(
            "大报表跑不出来，报临时表空间不足",
            "月底统计报表一跑就报ORA-01652，小查询正常",
            "{loc}导出全年数据失败，临时段扩展不了",
            "几个复杂查询报临时空间不足，业务操作还正常",
        ),
        en=(
            "Big reports fail with temp space errors",
            "Month-end statistics hit ORA-01652, small queries are fine",
            "Full-year export from {loc} fails, temp segment can't extend",
            "A few heavy queries run out of temp space, daily operations OK",
        ),
    ),
    Family(
        "database/connection-leak",
        "P2",
        "it",
        "emr",
        "ora_sessions java_timeout",
        zh=(
            "数据库会话数一直涨，像是连接泄漏",
            "EMR应用连接数每天涨，到下午部分人报获取连接超时，重启应用就好",
            "数据库INACTIVE会话越来越多，偶尔有人保存失败",
            "连接池经常打满，重试能过",
        ),
        en=(
            "DB session count keeps climbing, looks like a connection leak",
            "EMR connections grow daily, afternoon timeouts for some users, app restart fixes it",
            "more and more INACTIVE sessions on the DB, occasional save failures",
            "Connection pool keeps filling up, retry works",
        ),
    ),
    Family(
        "database/backup-failing",
        "P2",
        "it",
        "db-maint",
        "rman",
        zh=(
            "数据库备份连续几天失败",
            "RMAN全备这三天都失败了，归档日志也没备走，磁盘在涨",
            "数据库备份作业报错，现在没有可用的最新备份",
            "SQL Server差异备份失败，完整备份还正常",
        ),
        en=(
            "Database backups failing for several days",
            "RMAN full backups failed three nights running, archive logs piling up on disk",
            "DB backup job erroring, we have no recent usable backup",
            "SQL Server differential backups failing, fulls still OK",
        ),
    ),
    Family(
        "database/password-expiry-warning",
        "P3",
        "it",
        "db-maint",
        "ora_pwd",
        zh=(
            "数据库账号密码快过期了",
            "报表账号登录提示ORA-28002，密码7天后过期",
            "接口用的数据库账号要改密码，提前安排一下",
            "数据库账号密码策略能不能调整",
        ),
        en=(
            "Database account password expiring soon",
            "Report account logs in with ORA-28002, password expires in 7 days",
            "interface DB account password needs changing, please schedule it",
            "Can the DB account password policy be adjusted?",
        ),
    ),
    Family(
        "database/audit-table-growth",
        "P3",
        "it",
        "db-maint",
        "ora_usage",
        zh=(
            "数据库审计表增长太快",
            "SYSAUX表空间快满了，审计记录占了大头",
            "审计日志要不要定期清理一下",
            "AUD$表已经很大了，提醒一下",
        ),
        en=(
            "Database audit table growing fast",
            "SYSAUX nearly full, mostly audit records",
            "should the audit trail be purged regularly?",
            "AUD$ is getting big, heads-up",
        ),
    ),
    Family(
        "database/index-fragmentation",
        "P3",
        "it",
        "db-maint",
        "mssql_agent",
        zh=(
            "几个索引碎片率很高",
            "巡检发现LIS库几个表的索引碎片超过60%",
            "索引维护作业能不能改到凌晨跑",
            "统计信息有点旧了，提醒下",
        ),
        en=(
            "Several indexes heavily fragmented",
            "Health check: a few LIS tables have index fragmentation over 60%",
            "can the index maintenance job run overnight instead?",
            "Statistics are a bit stale, FYI",
        ),
    ),
    # ---- network
    Family(
        "network/building-outage",
        "P1",
        "ward front",
        "core-net",
        "net_core net_ping",
        zh=(
            "门诊楼整栋断网",
            "{loc}所有电脑都上不了网，系统全断了！",
            "住院部3楼到6楼全部断网，护士站什么都用不了",
            "核心交换机好像挂了，好几个楼层全部掉线",
        ),
        en=(
            "Whole outpatient building offline",
            "Every PC in {loc} lost the network, all systems gone!",
            "inpatient floors 3 to 6 completely offline, nurse stations dead",
            "Looks like a core switch failure, several floors down",
        ),
    ),
    Family(
        "network/dns-outage",
        "P1",
        "it",
        "dns",
        "net_dns nginx",
        zh=(
            "DNS解析失败，全院系统都打不开",
            "所有系统都提示找不到服务器，IP能ping通",
            "域名全部解析不了，HIS、EMR、PACS都进不去！",
            "内网DNS挂了，全院业务停了",
        ),
        en=(
            "DNS failing, no system opens anywhere",
            "Every app says server not found, but IPs ping fine",
            "Nothing resolves - HIS, EMR, PACS all unreachable!",
            "internal DNS down, hospital-wide outage",
        ),
    ),
    Family(
        "network/ward-wifi-drops",
        "P2",
        "ward",
        "wlan",
        "net_wifi net_ping",
        zh=(
            "{ward}Wi-Fi老掉线",
            "病区无线信号时有时无，PDA和推车电脑经常断",
            "{loc}走廊尽头几间病房Wi-Fi连不上，要走到护士站附近",
            "无线漫游切换时会断几秒，医嘱执行要重扫",
        ),
        en=(
            "{ward} Wi-Fi keeps dropping",
            "Ward wireless comes and goes, PDAs and carts keep disconnecting",
            "no Wi-Fi in the end rooms of {loc}, have to walk to the station",
            "Wi-Fi drops for a few seconds when roaming, have to rescan",
        ),
    ),
    Family(
        "network/branch-vpn-slow",
        "P2",
        "it",
        "vpn",
        "net_vpn net_ping",
        zh=(
            "分院VPN很慢",
            "分院访问总院HIS经常超时，能用但很卡",
            "社区卫生服务中心的VPN隧道时断时续",
            "远程VPN连进来以后打开系统要一分钟",
        ),
        en=(
            "Branch VPN very slow",
            "Branch campus times out reaching main HIS, usable but painful",
            "community clinic VPN tunnel flapping",
            "Over remote VPN it takes a minute to open anything",
        ),
    ),
    Family(
        "network/single-port-slow",
        "P3",
        "ward front office",
        "access-net",
        "net_port net_ping",
        zh=(
            "我这台电脑网速慢",
            "{loc}一台电脑网口灯不亮，换了个口就好了",
            "办公室网线插口松了，偶尔掉线",
            "我这边打开网页比别人慢一点",
        ),
        en=(
            "My PC's network is slow",
            "One wall port in {loc} is dead, another port works",
            "office network jack is loose, occasional drop",
            "Web pages load a bit slower on my PC than on others",
        ),
    ),
    Family(
        "network/guest-wifi-portal",
        "P3",
        "front",
        "guest-wlan",
        "net_portal net_dns",
        zh=(
            "访客Wi-Fi认证页面打不开",
            "病人说访客无线连上了弹不出登录页",
            "访客Wi-Fi短信验证码收得慢",
            "门诊大厅访客网络名称显示的还是旧医院名",
        ),
        en=(
            "Guest Wi-Fi login page won't load",
            "Patients say guest Wi-Fi connects but no portal pops up",
            "guest Wi-Fi SMS code arrives slowly",
            "Guest network name in the lobby still has the old hospital name",
        ),
    ),
    Family(
        "network/dhcp-exhausted",
        "P1",
        "ward front",
        "dhcp",
        "net_dhcp",
        zh=(
            "整层电脑拿不到IP地址",
            "{loc}所有电脑、PDA都显示“无Internet”，获取不到IP，系统全进不去！",
            "早上开机的电脑全部是169开头的地址，住院楼好几层都不能用",
            "DHCP好像挂了，刚重启的电脑全都上不了网，护士站一台都用不了",
        ),
        en=(
            "Whole floor can't get IP addresses",
            "Every PC and PDA in {loc} says no network, no IP address - no systems at all!",
            "PCs booted this morning all got 169.254 addresses, several inpatient floors dead",
            "DHCP seems down, every rebooted PC is offline, no nurse station PC works",
        ),
    ),
    Family(
        "network/broadcast-storm",
        "P1",
        "ward front",
        "access-net",
        "net_loop net_ping",
        zh=(
            "整栋楼网络全卡死，像是环路",
            "{loc}网络一阵一阵全断，交换机灯狂闪，所有系统都用不了！",
            "有人把网线两头插在同一个交换机上了？门诊楼全部掉线",
            "网络广播风暴，急诊整个区域断网",
        ),
        en=(
            "Whole building network frozen, looks like a loop",
            "Network in {loc} dropping completely, switch lights going crazy, nothing works!",
            "Did someone plug a cable into the same switch twice? outpatient building offline",
            "Broadcast storm, the entire ER area has no network",
        ),
    ),
    Family(
        "network/firewall-failover",
        "P1",
        "it",
        "core-fw",
        "net_fw_ha",
        zh=(
            "核心防火墙故障，访问服务器区全断",
            "防火墙主备切换失败，所有终端都访问不了数据中心的系统！",
            "机房防火墙挂了，全院HIS、EMR、PACS同时断开",
            "防火墙升级后策略丢失，服务器全部访问不了",
        ),
        en=(
            "Core firewall failure, server zone unreachable",
            "Firewall HA failover failed - no client can reach any data-centre system!",
            "data-centre firewall down, HIS, EMR and PACS all cut off at once",
            "Firewall lost its policy after an upgrade, no server reachable",
        ),
    ),
    Family(
        "network/ip-conflict",
        "P2",
        "front ward office",
        "access-net",
        "net_arp",
        zh=(
            "电脑提示IP地址冲突",
            "{loc}两台电脑老是IP冲突，一台上线另一台就掉",
            "新装的自助机和收费电脑地址冲突了，换个口先用着",
            "有几台电脑时不时掉线，看着像地址冲突",
        ),
        en=(
            "PC says IP address conflict",
            "Two PCs in {loc} keep conflicting, one drops when the other connects",
            "new kiosk clashes with a billing PC's address, using another port for now",
            "A few PCs drop off now and then, looks like an address conflict",
        ),
    ),
    Family(
        "network/internet-saturated",
        "P2",
        "it front",
        "edge-net",
        "net_bw net_ping",
        zh=(
            "外网很慢，医保和线上支付经常超时",
            "互联网出口带宽跑满了，医保结算要等很久，内网系统正常",
            "{loc}扫码支付经常转圈，重试能过",
            "外网出口下午一直满载，互联网医院访问很慢",
        ),
        en=(
            "Internet very slow, insurance and online payment timing out",
            "Internet uplink saturated, insurance settlement slow, internal systems fine",
            "QR payments at {loc} keep spinning, retry works",
            "Internet edge maxed all afternoon, online hospital sluggish",
        ),
    ),
    Family(
        "network/wifi-8021x-flaky",
        "P2",
        "ward",
        "wlan-auth",
        "net_radius net_wifi",
        zh=(
            "无线认证时好时坏",
            "新领的PDA连不上院内无线，提示认证失败，老的能用",
            "{loc}推车电脑连Wi-Fi经常卡在“正在验证”",
            "802.1X认证偶尔失败，重连几次能上",
        ),
        en=(
            "Wireless authentication flaky",
            "New PDAs fail to join the hospital Wi-Fi with auth errors, old ones fine",
            "Carts in {loc} often stuck on 'authenticating' when joining Wi-Fi",
            "802.1X auth fails now and then, works after a few reconnects",
        ),
    ),
    Family(
        "network/port-activation",
        "P3",
        "office ward",
        "access-net",
        "net_port",
        zh=(
            "办公室新装的网口不通",
            "{loc}搬了工位，需要开通一个网口",
            "会议室墙上的网口没有配置",
            "想给新打印机开个网口",
        ),
        en=(
            "New office wall port not live",
            "Moved desks in {loc}, need a port patched",
            "meeting room wall port isn't configured",
            "Need a network port activated for a new printer",
        ),
    ),
    Family(
        "network/duty-room-weak-wifi",
        "P3",
        "ward",
        "wlan",
        "net_wifi",
        zh=(
            "值班室Wi-Fi信号弱",
            "{loc}医生值班室手机连无线只有一格",
            "示教室里无线网速有点慢",
            "护士休息室能不能加个AP",
        ),
        en=(
            "Weak Wi-Fi in the on-call room",
            "Only one bar of Wi-Fi in the {loc} on-call room",
            "teaching room wireless a bit slow",
            "Could the staff rest room get an access point?",
        ),
    ),
    Family(
        "network/vpn-client-prompt",
        "P3",
        "office it",
        "vpn",
        "net_vpn",
        zh=(
            "VPN客户端一直提示升级",
            "远程VPN登录页面的LOGO还是旧的",
            "VPN客户端装好了不知道怎么用",
            "VPN连上以后断开重连要输两次密码",
        ),
        en=(
            "VPN client keeps asking to upgrade",
            "Remote VPN login page still has the old logo",
            "installed the VPN client, not sure how to use it",
            "Reconnecting the VPN asks for the password twice",
        ),
    ),
    # ---- infrastructure
    Family(
        "infrastructure/host-down",
        "P1",
        "it",
        "vsphere",
        "vmware",
        zh=(
            "虚拟化宿主机宕机，一批虚机挂了",
            "ESXi主机失联，上面的HIS应用服务器和接口服务器全停！",
            "虚拟化集群HA没拉起来，好几个系统都用不了",
            "机房一台刀片服务器掉电，{n}台虚机全部宕机",
        ),
        en=(
            "Virtualization host down, multiple VMs gone",
            "ESXi host not responding - HIS app servers and interface servers all down!",
            "HA didn't restart the VMs, several systems unavailable",
            "blade lost power in the server room, {n} VMs down",
        ),
    ),
    Family(
        "infrastructure/storage-failure",
        "P1",
        "it",
        "san",
        "storage vmware",
        zh=(
            "存储故障，多个系统不可用",
            "SAN存储控制器报错，数据库和PACS都卡死了！",
            "存储链路全断，虚拟机全部变成只读",
            "存储阵列掉盘后整体挂掉，全院系统停了",
        ),
        en=(
            "Storage failure, multiple systems down",
            "SAN controller fault - database and PACS both frozen!",
            "all storage paths lost, VMs went read-only",
            "Array went offline after a disk failure, hospital systems down",
        ),
    ),
    Family(
        "infrastructure/app-server-degraded",
        "P2",
        "it",
        "his-app",
        "linux_oom linux_disk java_oom",
        zh=(
            "应用服务器内存占满，系统变慢",
            "HIS应用服务器CPU一直100%，重启后能撑一两个小时",
            "其中一台应用服务器经常无响应，负载均衡到另一台还能用",
            "服务器磁盘快满了，日志写不进去，部分功能报错",
        ),
        en=(
            "App server memory maxed, system slow",
            "HIS app server pegged at 100% CPU, a restart buys an hour or two",
            "one app node keeps hanging, load balancer sending traffic to the other one",
            "Server disk nearly full, logs failing, some functions erroring",
        ),
    ),
    Family(
        "infrastructure/workstations-bsod",
        "P2",
        "front ward office",
        "desktop",
        "win_bugcheck",
        zh=(
            "门诊一批电脑更新后蓝屏",
            "昨晚推送补丁后{loc}有{n}台电脑开不了机，先用备用机",
            "几台工作站反复重启，其他电脑正常",
            "{loc}好几台电脑开机特别慢，进系统要十分钟",
        ),
        en=(
            "Batch of outpatient PCs blue-screening after update",
            "{n} PCs in {loc} won't boot since last night's patch, using spares",
            "several workstations in a reboot loop, others fine",
            "Multiple PCs in {loc} take ten minutes to boot",
        ),
    ),
    Family(
        "infrastructure/single-pc-slow",
        "P3",
        "front ward office",
        "desktop",
        "win_perf",
        zh=(
            "我的电脑开机很慢",
            "办公室这台电脑C盘满了，提示空间不足",
            "电脑右下角一直弹更新提示",
            "我这台工作站时间不准，快了五分钟",
        ),
        en=(
            "My PC is slow to start",
            "Office PC says C: drive is almost full",
            "update pop-up keeps appearing bottom right",
            "My workstation clock is five minutes fast",
        ),
    ),
    Family(
        "infrastructure/backup-warning",
        "P3",
        "it",
        "backup",
        "backup",
        zh=(
            "备份任务报警告",
            "昨晚文件服务器备份有几个文件跳过了",
            "备份软件提示磁带库快满了",
            "测试环境服务器备份失败了一次",
        ),
        en=(
            "Backup job finished with warnings",
            "Last night's file server backup skipped a few files",
            "backup software says the tape library is nearly full",
            "Test environment server backup failed once",
        ),
    ),
    Family(
        "infrastructure/server-room-power",
        "P1",
        "it",
        "dc-facility",
        "ups_env vmware",
        zh=(
            "机房UPS故障，服务器成片掉电",
            "机房空调坏了温度升到40度，服务器开始自动关机！",
            "UPS切旁路时掉电，一整排机柜的服务器都宕了，全院系统停了",
            "机房市电中断，UPS电池撑不了多久，快来人！",
        ),
        en=(
            "Server room UPS failure, racks lost power",
            "Server room cooling failed, 40 degrees and servers shutting themselves down!",
            "Power dropped on UPS bypass, a whole row of racks went down, systems offline",
            "Mains lost in the data centre and the UPS batteries won't last, send help!",
        ),
    ),
    Family(
        "infrastructure/ransomware",
        "P1",
        "front ward office it",
        "desktop",
        "av_ransom",
        zh=(
            "电脑中勒索病毒了，文件都打不开",
            "{loc}好几台电脑文件后缀全变了，桌面弹勒索信，还在扩散！",
            "共享盘里的文件都被加密了，杀毒软件一直报警",
            "多台电脑中毒，信息科说先全部拔网线，系统都用不了",
        ),
        en=(
            "Ransomware - files won't open",
            "Several PCs in {loc} have renamed files and a ransom note, and it's spreading!",
            "everything on the shared drive is encrypted, antivirus alarming nonstop",
            "Multiple PCs infected, told to pull all network cables, no systems",
        ),
    ),
    Family(
        "infrastructure/vdi-down",
        "P1",
        "ward front",
        "vdi",
        "vdi vmware",
        zh=(
            "云桌面全部连不上",
            "瘦客户端一开机就提示“没有可用的桌面”，全院云桌面都进不去！",
            "{loc}所有云桌面终端都黑屏，HIS、病历都没法用",
            "云桌面连接服务器挂了，门诊所有诊室都停了",
        ),
        en=(
            "Virtual desktops unreachable everywhere",
            "Thin clients say 'no desktops available' - hospital-wide VDI down!",
            "Every VDI terminal in {loc} black, no HIS or EMR",
            "VDI connection server down, every outpatient clinic stopped",
        ),
    ),
    Family(
        "infrastructure/file-share-slow",
        "P2",
        "office ward",
        "fileserver",
        "smb_slow",
        zh=(
            "共享盘很慢",
            "打开共享盘上的文件要一分钟，有时候提示网络路径找不到",
            "{loc}映射的共享盘时断时续，重新映射能用",
            "共享文件夹保存文件经常失败，存本地再拷过去",
        ),
        en=(
            "Shared drive very slow",
            "Files on the share take a minute to open, sometimes 'network path not found'",
            "mapped drive in {loc} comes and goes, remapping helps",
            "Saving to the shared folder fails often, saving locally and copying later",
        ),
    ),
    Family(
        "infrastructure/antivirus-scan-hog",
        "P2",
        "front ward office",
        "desktop",
        "av_scan",
        zh=(
            "杀毒软件扫描导致电脑很卡",
            "上午十点杀毒全盘扫描一开，收费电脑卡得点不动",
            "{loc}电脑CPU被杀毒进程占满，等扫完才正常",
            "杀毒软件把HIS的一个文件隔离了，有几台电脑打不开模块",
        ),
        en=(
            "Antivirus scan making PCs crawl",
            "At 10am the full AV scan starts and billing PCs freeze up",
            "AV process maxing CPU on PCs in {loc}, fine once it finishes",
            "Antivirus quarantined a HIS file, a module won't open on a few PCs",
        ),
    ),
    Family(
        "infrastructure/roaming-profile-broken",
        "P2",
        "ward office",
        "desktop",
        "profile",
        zh=(
            "登录电脑后桌面是空的",
            "域账号登录提示“使用临时配置文件”，桌面和收藏夹都没了",
            "{loc}几个人登录电脑要等五分钟，配置文件加载很慢",
            "换电脑登录后打印机和映射盘都要重新设",
        ),
        en=(
            "Desktop empty after logging in",
            "Domain login says 'temporary profile', desktop and favourites gone",
            "Some staff in {loc} wait five minutes at login for their profile",
            "printers and mapped drives lost whenever I log into another PC",
        ),
    ),
    Family(
        "infrastructure/monitor-flicker",
        "P3",
        "front ward office",
        "desktop",
        "display",
        zh=(
            "显示器一直闪",
            "{loc}这台电脑副屏分辨率不对，字是糊的",
            "显示器偶尔黑一下又亮",
            "电脑接投影仪没画面",
        ),
        en=(
            "Monitor keeps flickering",
            "Second screen on this PC in {loc} has the wrong resolution, text blurry",
            "monitor blanks for a second now and then",
            "No picture when the PC is connected to the projector",
        ),
    ),
    Family(
        "infrastructure/software-install",
        "P3",
        "office ward",
        "desktop",
        "msi_install",
        zh=(
            "申请安装一个PDF软件",
            "{loc}电脑装不了新版办公软件，提示没有权限",
            "能不能给我电脑装个压缩软件",
            "学习平台要装浏览器插件，装不上",
        ),
        en=(
            "Request to install a PDF reader",
            "Can't install the new office suite on the {loc} PC, no admin rights",
            "could you install a zip tool on my PC?",
            "Training platform needs a browser plugin, install fails",
        ),
    ),
    Family(
        "infrastructure/server-fan-warning",
        "P3",
        "it",
        "dc-hw",
        "ilo",
        zh=(
            "服务器风扇告警",
            "一台备用服务器电源冗余丢失告警",
            "带外管理提示有块硬盘预故障，RAID还正常",
            "机房一台服务器前面板亮黄灯",
        ),
        en=(
            "Server fan warning",
            "Power supply redundancy lost on a standby server",
            "iLO reports a predictive disk failure, RAID still healthy",
            "Amber light on a server's front panel in the server room",
        ),
    ),
    # ---- identity
    Family(
        "identity/sso-down",
        "P1",
        "ward front",
        "sso",
        "sso_down nginx",
        zh=(
            "单点登录挂了，全院都登不进系统",
            "统一认证平台打不开，所有人登录都转圈！",
            "SSO报认证服务异常，交接班的人全部登不上",
            "{loc}所有电脑都登不进去，提示认证中心不可用",
        ),
        en=(
            "SSO down, nobody can log in",
            "Single sign-on portal dead, every login spins!",
            "SSO says authentication service error, the whole shift can't log in",
            "every PC in {loc} fails login - authentication center unavailable",
        ),
    ),
    Family(
        "identity/ca-signing-down",
        "P1",
        "ward",
        "ca-sign",
        "cert_down",
        zh=(
            "CA签名服务挂了，医生都签不了名",
            "电子签名全部失败，处方和医嘱都提交不了！",
            "CA服务器连不上，{loc}所有病历都签不了，出院办不了",
            "插着UKey也签不了，全院都报签名服务器连接失败",
        ),
        en=(
            "CA signing service down, no doctor can sign",
            "All e-signatures failing - prescriptions and orders can't be submitted!",
            "CA server unreachable, nothing in {loc} can be signed, discharges blocked",
            "UKey signing fails for everyone, signature server connection failed",
        ),
    ),
    Family(
        "identity/login-slow-ldap",
        "P2",
        "ward front office",
        "ldap",
        "ldap_slow sso_cas",
        zh=(
            "登录很慢，要等半分钟",
            "早上交班登录经常超时，多试几次能进",
            "域账号认证时好时坏，部分人登不上",
            "{loc}登录系统偶尔提示用户名密码错误，重输一遍又好了",
        ),
        en=(
            "Logins very slow, 30 seconds each",
            "Logins time out at shift change, work after a few tries",
            "domain authentication flaky, some people can't get in",
            "Login in {loc} sometimes says wrong password, retry works",
        ),
    ),
    Family(
        "identity/new-staff-permissions",
        "P2",
        "ward",
        "iam",
        "iam_sync",
        zh=(
            "新入职的一批护士没有系统权限",
            "这周新来的{n}个规培医生开不了医嘱，只能先用带教老师账号",
            "权限同步好像没跑，新员工都只有查询权限",
            "{loc}新调来的护士看不到本病区病人",
        ),
        en=(
            "New batch of nurses has no system permissions",
            "{n} new residents this week can't place orders, borrowing supervisors' accounts",
            "permission sync seems broken, new staff only get read access",
            "Nurses transferred to {loc} can't see the ward's patients",
        ),
    ),
    Family(
        "identity/password-reset-howto",
        "P3",
        "ward front office",
        "iam",
        "ldap_user",
        zh=(
            "忘记密码了怎么重置",
            "密码过期提示怎么改",
            "想问一下能不能把密码有效期改长点",
            "账号输错几次被锁了，怎么自助解锁",
        ),
        en=(
            "How do I reset my password",
            "Password expiry warning - how do I change it",
            "can the password validity period be longer?",
            "Account locked after typos, how do I unlock it myself",
        ),
    ),
    Family(
        "identity/ukey-expiring",
        "P3",
        "ward",
        "ca-sign",
        "cert_expiry",
        zh=(
            "UKey证书快过期了",
            "系统提醒我的CA证书还有15天到期，怎么续",
            "我的签名证书名字写错了一个字",
            "UKey驱动装了以后右下角老弹提示",
        ),
        en=(
            "UKey certificate expiring soon",
            "System says my CA cert expires in 15 days, how to renew",
            "my signing certificate has a typo in my name",
            "UKey driver keeps popping a tray notification",
        ),
    ),
    Family(
        "identity/domain-controllers-down",
        "P1",
        "ward front office",
        "ad",
        "ad_dc net_dns",
        zh=(
            "域控都挂了，电脑登录不了",
            "全院电脑开机登录都提示“没有可用的登录服务器”，所有人进不了系统！",
            "{loc}所有电脑域账号登录失败，交接班没人能登上",
            "两台域控同时宕机，登录、共享盘、邮箱全不行",
        ),
        en=(
            "Domain controllers down, no PC logins",
            "Every PC says 'no logon servers available' - nobody in the hospital can log in!",
            "Domain logins fail on every PC in {loc}, the incoming shift can't log on",
            "both domain controllers down: logins, shares and mail all dead",
        ),
    ),
    Family(
        "identity/mass-account-lockout",
        "P1",
        "ward front office",
        "ad",
        "ad_lockout",
        zh=(
            "全院账号被批量锁定了",
            "一大批医生护士账号同时被锁，解锁了过几分钟又锁，根本没法工作！",
            "{loc}所有人账号都提示“已被锁定”，系统都进不去",
            "好像有程序在用错误密码一直试，全院账号都被锁了",
        ),
        en=(
            "Accounts locked out hospital-wide",
            "Huge numbers of staff accounts locked at once, unlock and they relock minutes later!",
            "Everyone in {loc} gets 'account locked', nobody can get in",
            "something is hammering wrong passwords and locking every account",
        ),
    ),
    Family(
        "identity/sso-cert-expired",
        "P1",
        "ward front office",
        "sso",
        "tls_expired",
        zh=(
            "统一登录页面报证书过期",
            "今天早上所有人打开单点登录都提示“您的连接不是私密连接”，全院登不上！",
            "SSO服务器证书到期了，各系统跳转认证全部失败",
            "{loc}登录统一门户全部报证书错误，客户端也连不上认证中心",
        ),
        en=(
            "SSO login page says certificate expired",
            "Since this morning everyone gets 'connection not private' on SSO - no logins!",
            "SSO server certificate expired, every app's auth redirect fails",
            "All logins in {loc} fail with certificate errors, clients can't reach auth either",
        ),
    ),
    Family(
        "identity/role-menus-missing",
        "P2",
        "ward front",
        "iam",
        "iam_role",
        zh=(
            "权限调整后部分菜单不见了",
            "昨天权限整理后{loc}有几个人看不到“出院结算”菜单，借别人账号先用",
            "护士长的审批权限没了，其他功能正常",
            "部分药剂师账号的退药权限丢了",
        ),
        en=(
            "Some menus disappeared after a permissions change",
            "After yesterday's role cleanup some staff in {loc} lost the discharge billing menu",
            "charge nurse approval rights gone, everything else works",
            "A few pharmacist accounts lost the return-drug permission",
        ),
    ),
    Family(
        "identity/fingerprint-login-flaky",
        "P2",
        "ward front",
        "bio-auth",
        "bio_auth",
        zh=(
            "指纹登录时好时坏",
            "{loc}指纹仪登录经常识别失败，只能改用密码",
            "人脸识别登录很慢，有时候认不出来",
            "指纹比对服务超时，刷几次才能进",
        ),
        en=(
            "Fingerprint login unreliable",
            "Fingerprint readers in {loc} often fail to match, using passwords instead",
            "Face login slow and sometimes doesn't recognise us",
            "fingerprint matching service times out, takes several tries",
        ),
    ),
    Family(
        "identity/signing-slow",
        "P2",
        "ward",
        "ca-sign",
        "ca_slow",
        zh=(
            "电子签名很慢",
            "每次签名要等十几秒，有时候提示超时，再签一次就好",
            "{loc}医生批量签病历特别慢",
            "签名验证时好时坏，处方提交要重试",
        ),
        en=(
            "E-signing very slow",
            "Each signature takes 10+ seconds, sometimes times out, works on retry",
            "Batch signing notes in {loc} is painfully slow",
            "signature verification flaky, prescriptions need resubmitting",
        ),
    ),
    Family(
        "identity/display-name-wrong",
        "P3",
        "ward front office",
        "iam",
        "iam_sync",
        zh=(
            "系统里我的职称显示不对",
            "我改名了，系统里还是旧名字",
            "{loc}有个同事的科室显示错了",
            "工号对应的姓名里有个字是繁体",
        ),
        en=(
            "My job title shows wrong in the system",
            "Changed my name but the system still has the old one",
            "a colleague in {loc} shows under the wrong department",
            "One character of my name shows in traditional form",
        ),
    ),
    Family(
        "identity/leaver-account-request",
        "P3",
        "office",
        "iam",
        "ldap_user iam_sync",
        zh=(
            "离职人员账号要停用",
            "{loc}上个月走了两个人，账号还能登录",
            "进修医生结束了，账号麻烦注销",
            "实习生账号有效期能不能延长一个月",
        ),
        en=(
            "Leaver accounts need disabling",
            "Two people left {loc} last month and their accounts still work",
            "visiting doctor's placement ended, please close the account",
            "Can intern accounts be extended by a month?",
        ),
    ),
    Family(
        "identity/sms-otp-slow",
        "P3",
        "office ward",
        "mfa",
        "sms_otp",
        zh=(
            "登录短信验证码收得慢",
            "外网登录的验证码要等一两分钟才到",
            "{loc}有人说收不到登录验证码短信",
            "验证码短信的签名写的还是旧医院名",
        ),
        en=(
            "Login SMS codes arrive slowly",
            "Remote login code takes a minute or two to arrive",
            "someone in {loc} isn't getting login codes by SMS",
            "Verification SMS still signed with the old hospital name",
        ),
    ),
    # ---- peripheral
    Family(
        "peripheral/kiosks-all-down",
        "P1",
        "front",
        "kiosk",
        "kiosk nginx",
        zh=(
            "全院自助机都用不了",
            "门诊大厅所有自助机报错，挂号缴费都停了，人工窗口挤爆了！",
            "自助机全部提示“服务连接失败”",
            "{n}台自助机都卡在首页，病人没法取号",
        ),
        en=(
            "All self-service kiosks down",
            "Every kiosk in the lobby erroring, no self check-in or payment, desks swamped!",
            "all kiosks say service connection failed",
            "All {n} kiosks frozen on the home screen, patients can't get numbers",
        ),
    ),
    Family(
        "peripheral/card-readers-all-fail",
        "P1",
        "front",
        "cardreader",
        "cardreader",
        zh=(
            "所有窗口读卡器都读不了医保卡",
            "更新后全院读卡器读社保卡全失败，挂号收费都卡住！",
            "{loc}每个窗口刷身份证、医保卡都没反应",
            "读卡器全部报“设备未连接”",
        ),
        en=(
            "Card readers failing at every window",
            "After the update no reader can read insurance cards, registration and billing stuck!",
            "ID and insurance cards won't read at any desk in {loc}",
            "every card reader reports device not connected",
        ),
    ),
    Family(
        "peripheral/invoice-printer-jams",
        "P2",
        "front",
        "print-invoice",
        "spooler",
        zh=(
            "收费处发票打不出来",
            "两个收费窗口的发票打印机老卡纸，只能换到隔壁窗口打",
            "{loc}打印发票时好时坏，打印队列卡住要手动清",
            "发票打印机走纸错位，每次得重新对位",
        ),
        en=(
            "Invoice printer not printing at billing",
            "Receipt printers at two windows keep jamming, printing from the next window",
            "invoice printing at {loc} on and off, queue stuck until we clear it",
            "Invoice paper feeds misaligned, having to reposition each time",
        ),
    ),
    Family(
        "peripheral/label-printer-blank",
        "P2",
        "lab ward",
        "print-label",
        "zebra spooler",
        zh=(
            "{loc}条码打印机打出来是空白",
            "采血条码时不时打不出字，只能手写",
            "腕带打印机打一半就停，重新打能出来",
            "标签打印机打印很淡，扫码枪有时扫不出",
        ),
        en=(
            "Label printer in {loc} printing blank labels",
            "phlebotomy barcode labels sometimes print blank, hand-labelling",
            "Wristband printer stops halfway, works on reprint",
            "Labels printing very faint, scanner sometimes can't read them",
        ),
    ),
    Family(
        "peripheral/scanner-config",
        "P3",
        "front ward",
        "scanner",
        "pnp",
        zh=(
            "扫码枪扫完不自动回车",
            "{loc}有一把扫码枪声音太响了",
            "扫码枪扫出来的字母大小写反了",
            "想给新电脑配一把扫码枪",
        ),
        en=(
            "Scanner doesn't send Enter after scanning",
            "One barcode scanner in {loc} beeps way too loud",
            "scanner outputs letters in the wrong case",
            "Need a scanner set up for a new PC",
        ),
    ),
    Family(
        "peripheral/report-printer-margin",
        "P3",
        "ward office",
        "print-report",
        "printer_status",
        zh=(
            "报告打印机打出来偏了",
            "{loc}打印机快没粉了，打印发灰",
            "打印机每次都多出一张空白页",
            "A4报告打印页边距不对，右边被裁掉一点",
        ),
        en=(
            "Report printer output slightly off-centre",
            "Printer in {loc} low on toner, prints look grey",
            "printer spits out an extra blank page each time",
            "A4 report margins wrong, right edge slightly cut",
        ),
    ),
    Family(
        "peripheral/queue-system-down",
        "P1",
        "front",
        "queue-srv",
        "queue_srv",
        zh=(
            "门诊叫号系统全瘫了",
            "全院分诊叫号屏全部黑屏，诊室叫不了号，候诊区乱成一团！",
            "{loc}排队叫号服务器挂了，病人不知道去哪个诊室",
            "叫号系统全部停了，医生只能出门喊名字，几百个病人在等",
        ),
        en=(
            "Outpatient queue-calling system down",
            "Every queue screen in the hospital is black, clinics can't call patients - chaos!",
            "Queue server for {loc} is down, patients don't know which room to go to",
            "whole call system stopped, doctors shouting names, hundreds waiting",
        ),
    ),
    Family(
        "peripheral/pos-terminals-down",
        "P1",
        "front",
        "pos",
        "pos",
        zh=(
            "所有窗口刷卡机和扫码盒都不能用",
            "收费处POS机全部报“通讯失败”，银行卡、扫码都收不了钱！",
            "{loc}每个窗口的扫码支付盒子都没反应，只能收现金",
            "聚合支付终端全挂了，门诊住院都收不了费",
        ),
        en=(
            "Card terminals and QR scanners down at every window",
            "Every POS at billing says communication failure - no card or QR payments at all!",
            "QR payment boxes at every window in {loc} dead, cash only",
            "all payment terminals down, neither outpatient nor inpatient can take payments",
        ),
    ),
    Family(
        "peripheral/tube-labeler-down",
        "P1",
        "lab",
        "tube-labeler",
        "tube_labeler",
        zh=(
            "采血处自动贴管机停了",
            "门诊采血的智能备管系统全部报错，一根管都出不来，几百个病人在排队！",
            "{loc}贴管机和采血叫号一起挂了，只能手工贴条码",
            "备管机连不上LIS，早高峰采血全部停下",
        ),
        en=(
            "Phlebotomy tube labelling machines stopped",
            "Tube prep at outpatient phlebotomy erroring, not one tube out - hundreds queued!",
            "Tube labellers and calling in {loc} both down, labelling by hand",
            "tube prep machines lost LIS, morning rush at phlebotomy halted",
        ),
    ),
    Family(
        "peripheral/report-kiosk-printing",
        "P2",
        "front lab",
        "kiosk",
        "kiosk spooler",
        zh=(
            "自助报告打印机打不出报告",
            "{loc}有两台自助报告机卡纸，病人只能去另外几台打",
            "自助打印机打检验报告打一半停了",
            "报告自助机提示打印机缺纸，但纸是满的",
        ),
        en=(
            "Self-service report printers not printing",
            "Two report kiosks at {loc} jammed, sending patients to the others",
            "Lab report kiosk stops halfway through printing",
            "report kiosk says out of paper when it's full",
        ),
    ),
    Family(
        "peripheral/signature-pad-fails",
        "P2",
        "front ward",
        "sigpad",
        "sigpad",
        zh=(
            "患者签名板用不了",
            "{loc}的电子签名板签完不显示，知情同意书只能打印纸质签",
            "手写签名板时好时坏，要拔插一下",
            "签名板签完以后笔迹是空白的",
        ),
        en=(
            "Patient signature pad not working",
            "Signature pad at {loc} shows nothing after signing, using paper consent forms",
            "signature pad works on and off, needs replugging",
            "Signature comes out blank after signing on the pad",
        ),
    ),
    Family(
        "peripheral/records-scanner-fails",
        "P2",
        "office",
        "scanner",
        "twain pnp",
        zh=(
            "病案扫描仪扫不了",
            "病案室高速扫描仪一扫就报错，归档扫描只能停着",
            "{loc}扫描仪经常卡纸，双面扫描会漏页",
            "扫描软件找不到扫描仪，换电脑能用",
        ),
        en=(
            "Medical records scanner won't scan",
            "High-speed scanner in records errors every time, archiving halted",
            "scanner in {loc} keeps jamming and skips pages in duplex",
            "Scanning software can't find the scanner, works from another PC",
        ),
    ),
    Family(
        "peripheral/keyboard-keys",
        "P3",
        "front ward office",
        "desktop-hid",
        "pnp",
        zh=(
            "键盘有几个键不灵",
            "{loc}鼠标滚轮失灵了",
            "键盘上的数字键盘用不了",
            "想换个静音鼠标",
        ),
        en=(
            "A few keyboard keys don't work",
            "Mouse wheel broken in {loc}",
            "numeric keypad on the keyboard doesn't respond",
            "Could I get a silent mouse?",
        ),
    ),
    Family(
        "peripheral/dictation-headset",
        "P3",
        "imaging office",
        "dictation",
        "pnp",
        zh=(
            "语音录入耳麦有杂音",
            "{loc}语音录入的麦克风声音小，识别不准",
            "耳麦插上后电脑默认设备还是音箱",
            "想申请一个语音录入脚踏开关",
        ),
        en=(
            "Dictation headset crackles",
            "Dictation mic in {loc} is quiet, recognition poor",
            "PC keeps the speakers as default even with the headset plugged in",
            "Could we get a dictation foot pedal?",
        ),
    ),
    Family(
        "peripheral/id-reader-slow",
        "P3",
        "front",
        "cardreader",
        "cardreader",
        zh=(
            "身份证读卡器读得慢",
            "{loc}一台读卡器读身份证要放好几秒",
            "读卡器的提示音太响",
            "读卡器的线太短，够不到窗口",
        ),
        en=(
            "ID card reader is slow",
            "One reader at {loc} takes several seconds per ID card",
            "card reader beep is too loud",
            "Reader cable too short to reach the window",
        ),
    ),
    # ---- telemedicine
    Family(
        "telemedicine/consult-platform-down",
        "P1",
        "ward office",
        "rtc-consult",
        "nginx rtc_fail java_db",
        zh=(
            "远程会诊平台打不开",
            "远程会诊马上开始，平台登不上，上级医院专家在线等着！",
            "会诊系统全挂了，今天所有远程会诊都进不去",
            "{loc}远程会诊系统报服务器错误，危重病人会诊没法做",
        ),
        en=(
            "Remote consultation platform down",
            "Consult starting now and the platform won't load - partner specialist waiting!",
            "whole tele-consult system down, no session today can join",
            "Consult from {loc} gets server errors, can't run the critical patient's consult",
        ),
    ),
    Family(
        "telemedicine/stroke-video-fails",
        "P1",
        "ward",
        "rtc-stroke",
        "rtc_fail net_fw",
        zh=(
            "卒中远程会诊视频连不上",
            "急诊卒中病人要溶栓会诊，视频一直连接失败！！",
            "远程卒中视频呼叫不通，时间窗在走，快！",
            "{loc}到卒中中心的远程视频完全打不通",
        ),
        en=(
            "Stroke tele-consult video won't connect",
            "Acute stroke in the ER needs the thrombolysis consult and video keeps failing!!",
            "telestroke call won't connect, the clock is ticking, hurry!",
            "Tele-video from {loc} to the stroke centre completely failing",
        ),
    ),
    Family(
        "telemedicine/video-choppy",
        "P2",
        "ward office",
        "rtc-consult",
        "rtc_stats net_ping",
        zh=(
            "远程会诊视频卡顿",
            "会诊时画面一卡一卡的，声音还行",
            "视频经常断了重连，勉强能开完",
            "{loc}远程会诊画质很差，看不清影像",
        ),
        en=(
            "Remote consult video choppy",
            "Video stutters during consults, audio OK",
            "video drops and reconnects, we manage to finish",
            "Consult video quality in {loc} too poor to read images",
        ),
    ),
    Family(
        "telemedicine/screen-share-fails",
        "P2",
        "ward office",
        "rtc-consult",
        "rtc_share",
        zh=(
            "远程会诊共享不了屏幕",
            "会诊时共享PACS影像对方看不到，只能口述",
            "屏幕共享点了没反应，视频通话正常",
            "远程示教共享课件时对方黑屏",
        ),
        en=(
            "Screen sharing fails in remote consult",
            "Partner can't see our shared PACS images, describing verbally",
            "share-screen button does nothing, the video call itself is fine",
            "Remote teaching: other side sees a black screen when we share slides",
        ),
    ),
    Family(
        "telemedicine/camera-settings",
        "P3",
        "office",
        "rtc-room",
        "rtc_device",
        zh=(
            "会诊室摄像头角度不对",
            "会诊室摄像头自动对焦有点慢",
            "视频会诊背景虚化用不了",
            "会诊终端遥控器没电了",
        ),
        en=(
            "Consult room camera angle off",
            "Consult room camera slow to autofocus",
            "background blur doesn't work in video consults",
            "Remote control for the consult terminal is dead",
        ),
    ),
    Family(
        "telemedicine/schedule-display",
        "P3",
        "office",
        "rtc-schedule",
        "client_warn",
        zh=(
            "远程会诊预约列表时间没有上午下午",
            "会诊申请单上的科室名称显示错了",
            "会诊记录导出的Excel格式乱了",
            "会诊平台首页公告还是上个月的",
        ),
        en=(
            "Consult booking list shows times without AM/PM",
            "Department name wrong on the consult request form",
            "exported consult history Excel is badly formatted",
            "Consult portal front page notice is last month's",
        ),
    ),
    Family(
        "telemedicine/internet-hospital-down",
        "P1",
        "office it",
        "rtc-ihosp",
        "nginx java_db",
        zh=(
            "互联网医院打不开了",
            "互联网医院小程序全部报“服务器繁忙”，在线问诊、复诊开药都停了！",
            "线上问诊平台挂了，医生端患者端都进不去，几百个候诊的病人",
            "{loc}接到大量投诉，互联网医院APP整个用不了",
        ),
        en=(
            "Online hospital is down",
            "Online hospital mini-app says server busy for everyone - no e-visits or refills!",
            "e-consult platform down for doctors and patients alike, hundreds waiting online",
            "{loc} flooded with complaints, the online hospital app is completely unusable",
        ),
    ),
    Family(
        "telemedicine/ambulance-link-down",
        "P1",
        "ward",
        "rtc-ems",
        "ambulance net_fw",
        zh=(
            "5G救护车远程连线断了",
            "救护车上胸痛病人的心电和视频传不回急诊，院前院内没法衔接！",
            "所有救护车车载终端都连不上院内平台，急诊看不到路上的病人",
            "{loc}收不到救护车传回的生命体征，卒中病人马上到",
        ),
        en=(
            "5G ambulance link down",
            "ECG and video from the ambulance chest-pain patient not reaching the ER!",
            "no ambulance terminal can reach the hospital platform, ER blind to incoming cases",
            "{loc} gets no vitals from the ambulance, stroke patient arriving any minute",
        ),
    ),
    Family(
        "telemedicine/remote-ecg-down",
        "P1",
        "ward office",
        "rtc-ecg",
        "ecg_upload nginx",
        zh=(
            "远程心电诊断平台挂了",
            "乡镇卫生院的心电图全部传不上来，胸痛病人等着出诊断！",
            "远程心电中心收不到任何基层上传的心电图",
            "{loc}远程心电平台一直报错，所有分院的心电都没人能看",
        ),
        en=(
            "Remote ECG reading platform down",
            "Township clinics can't upload any ECGs, chest-pain patients waiting on reads!",
            "the remote ECG centre receives nothing from the primary care sites",
            "Remote ECG platform in {loc} erroring, no branch ECG can be read",
        ),
    ),
    Family(
        "telemedicine/audio-one-way",
        "P2",
        "ward office",
        "rtc-consult",
        "rtc_audio",
        zh=(
            "远程会诊只能单向听到声音",
            "会诊时对方听得到我们，我们听不到对方，只能打电话配合",
            "{loc}会诊回声很大，关掉一边麦克风才行",
            "会诊声音时有时无，视频是好的",
        ),
        en=(
            "Remote consult audio only one way",
            "Partner hears us but we can't hear them, using a phone alongside",
            "heavy echo in {loc} consults, have to mute one side",
            "Consult audio comes and goes, video fine",
        ),
    ),
    Family(
        "telemedicine/recording-not-saved",
        "P2",
        "office",
        "rtc-record",
        "rtc_record",
        zh=(
            "远程会诊录像没保存下来",
            "昨天的MDT会诊录制显示成功，但回放里找不到",
            "{loc}远程示教录制的视频只有前十分钟",
            "会诊录像文件打不开，医务科要存档",
        ),
        en=(
            "Remote consult recording not saved",
            "Yesterday's MDT recording said success but isn't in playback",
            "teaching session recordings in {loc} stop after ten minutes",
            "Consult recording file won't open, medical affairs needs it archived",
        ),
    ),
    Family(
        "telemedicine/consult-push-delayed",
        "P2",
        "ward office",
        "rtc-ihosp",
        "push_notify",
        zh=(
            "在线问诊消息推送延迟",
            "病人在互联网医院发了消息，医生手机半小时后才收到提醒",
            "{loc}几个医生收不到线上复诊的通知，只能自己刷新",
            "问诊超时自动退款了，医生根本没收到推送",
        ),
        en=(
            "Online consult notifications delayed",
            "Patient messages on the online hospital reach the doctor's phone 30 minutes late",
            "Some doctors in {loc} get no follow-up visit alerts, refreshing by hand",
            "consult auto-refunded on timeout, the doctor never got the push",
        ),
    ),
    Family(
        "telemedicine/doctor-profile-wrong",
        "P3",
        "office",
        "rtc-ihosp",
        "client_warn",
        zh=(
            "互联网医院医生简介写错了",
            "线上医生主页的照片还是几年前的",
            "{loc}想改一下医生擅长方向的介绍",
            "医生职称在小程序上显示不对",
        ),
        en=(
            "Doctor profile wrong on the online hospital",
            "Online doctor page photo is years old",
            "{loc} wants to update a doctor's specialty blurb",
            "Doctor's title shows wrong in the mini-app",
        ),
    ),
    Family(
        "telemedicine/room-display-name",
        "P3",
        "office",
        "rtc-room",
        "rtc_device",
        zh=(
            "会诊终端显示的会场名称不对",
            "视频会议里我们会场名字显示成设备编号",
            "{loc}会诊终端开机画面还是厂家LOGO",
            "会诊终端时间显示不对",
        ),
        en=(
            "Consult terminal shows the wrong site name",
            "Our site appears as a device serial in video meetings",
            "consult terminal in {loc} boots to the vendor logo",
            "Consult terminal clock is wrong",
        ),
    ),
    Family(
        "telemedicine/room-mic-volume",
        "P3",
        "office",
        "rtc-room",
        "rtc_audio",
        zh=(
            "会诊室麦克风音量偏小",
            "示教室的全向麦克风离远了听不清",
            "{loc}会诊室音箱有一点电流声",
            "会诊时提示音太响了",
        ),
        en=(
            "Consult room mic volume a bit low",
            "Teaching room boundary mic is hard to hear from a distance",
            "slight hum from the speakers in the {loc} consult room",
            "Join chime too loud in consults",
        ),
    ),
)

# --------------------------------------------------------------------------- text fragments

PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "ward": (
        ("急诊", "the ER"),
        ("ICU", "ICU"),
        ("手术室", "the OR"),
        ("5病区", "Ward 5"),
        ("心内科病房", "the cardiology ward"),
        ("12病区", "Ward 12"),
        ("儿科病房", "the paediatric ward"),
        ("产科", "maternity"),
        ("神经外科", "neurosurgery"),
        ("EICU", "EICU"),
    ),
    "front": (
        ("门诊收费处", "outpatient billing"),
        ("挂号窗口", "the registration desk"),
        ("急诊挂号", "ER registration"),
        ("入院处", "admissions"),
        ("门诊药房", "the outpatient pharmacy"),
        ("住院收费处", "inpatient billing"),
    ),
    "lab": (
        ("检验科", "the lab"),
        ("急诊检验", "the stat lab"),
        ("生化室", "chemistry"),
        ("微生物室", "microbiology"),
        ("门诊采血处", "outpatient phlebotomy"),
    ),
    "imaging": (
        ("放射科", "radiology"),
        ("CT室", "CT"),
        ("磁共振室", "MRI"),
        ("超声科", "ultrasound"),
        ("急诊影像", "ER imaging"),
    ),
    "office": (
        ("医务科", "medical affairs"),
        ("财务科", "finance"),
        ("门诊办公室", "the outpatient office"),
        ("病案室", "medical records"),
        ("护理部", "the nursing department"),
    ),
    "it": (("信息科", "IT"), ("信息中心", "the IT centre")),
}
ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    "ward": (
        ("护士站", "nurse station"),
        ("护士长", "charge nurse"),
        ("值班医生", "doctor on call"),
    ),
    "front": (("收费员", "cashier"), ("窗口", "front desk"), ("组长", "shift lead")),
    "lab": (("技师", "lab tech"), ("值班", "on-call tech")),
    "imaging": (("技师", "radiographer"), ("医生", "radiologist")),
    "office": (("干事", "admin"), ("主任", "head of department")),
    "it": (("值班工程师", "on-call engineer"), ("运维", "ops")),
}
WARD_NUMBERS = (3, 5, 7, 8, 11, 12, 15, 21)

OPENERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("P1", "zh"): ("紧急！", "【紧急】", "急！！", "救命，", "快来人！"),
    ("P1", "en"): ("URGENT:", "Help!", "Emergency -", "PLEASE HELP:"),
    ("P2", "zh"): ("你好，", "麻烦看一下，", "信息科你好，", "报个故障："),
    ("P2", "en"): ("Hi IT,", "Hi,", "Reporting an issue:", "Hello -"),
    ("P3", "zh"): ("不急，", "麻烦问一下，", "有个小问题，", "您好，"),
    ("P3", "en"): ("Not urgent -", "Quick one:", "Hi team,", "Small thing:"),
}
IMPACTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("P1", "zh"): (
        "所有人都用不了。",
        "不是一台电脑的问题，全部都这样。",
        "病人在排队，业务完全停了！",
        "现在只能手写，完全没法干活。",
        "已经{m}分钟了还没好！",
        "重启了也没用，全部都不行。",
    ),
    ("P1", "en"): (
        "Nobody can work.",
        "It's not one PC, it's all of them.",
        "Patients are waiting and everything has stopped!",
        "We're on paper and can't keep up.",
        "It's been {m} minutes and still down!",
        "Rebooting didn't help, everything is down.",
    ),
    ("P2", "zh"): (
        "暂时用别的办法顶着，但效率很低。",
        "重启后能好一会儿，过会儿又不行。",
        "不是全部，部分还能用。",
        "先手工补录着，撑不了太久。",
        "时好时坏，已经影响工作了。",
        "能用但很折腾，麻烦尽快看看。",
    ),
    ("P2", "en"): (
        "We have a workaround but it's slowing us down.",
        "A restart fixes it for a bit, then it comes back.",
        "Not everything, some of it works.",
        "Doing it by hand for now.",
        "It comes and goes, but it's hurting our workflow.",
        "Usable but painful.",
    ),
    ("P3", "zh"): (
        "不影响使用。",
        "其他功能都正常。",
        "方便的时候处理一下就行。",
        "不着急，下周处理也可以。",
        "就是看着别扭。",
    ),
    ("P3", "en"): (
        "Doesn't stop us working.",
        "Everything else is fine.",
        "Whenever you get a chance.",
        "No rush, next week is fine.",
        "Just annoying.",
        "Low priority.",
    ),
}
ASKS: dict[tuple[str, str], tuple[str, ...]] = {
    ("P1", "zh"): (
        "请马上派人来！",
        "电话一直打不通，请速回！",
        "请立即处理！！",
        "急需工程师到场！",
    ),
    ("P1", "en"): (
        "Send someone now please!",
        "Call me back ASAP.",
        "Need an engineer on site now!",
        "Please escalate!",
    ),
    ("P2", "zh"): ("麻烦尽快处理。", "请今天内看一下。", "有结果回个电话，分机{ext}。"),
    ("P2", "en"): (
        "Please look at it today.",
        "Please fix soon.",
        "Call ext. {ext} with an update.",
    ),
    ("P3", "zh"): ("有空看看，谢谢。", "谢谢！", "麻烦排个期。"),
    ("P3", "en"): ("Thanks!", "Thanks in advance.", "Whenever convenient."),
}
WHENS: dict[str, tuple[str, ...]] = {
    "zh": (
        "从早上8点多开始的。",
        "刚刚出现的。",
        "交接班以后就这样了。",
        "昨晚夜班就有人说过。",
        "大概{m}分钟前开始。",
        "今天上午开始的。",
        "更新以后就这样了。",
    ),
    "en": (
        "Started around 8 this morning.",
        "Just started.",
        "Since shift change.",
        "Night shift mentioned it too.",
        "Started about {m} minutes ago.",
        "Since this morning.",
        "Started after the update.",
    ),
}
TAGS: dict[str, str] = {"zh": "【{bare}】", "en": "[{bare}] "}
SIGNATURES: dict[str, tuple[str, ...]] = {
    "zh": ("——{bare}{role}", "（{bare} {role}）", "{bare}{role}，分机{ext}"),
    "en": ("- {role}, {bare}", "({bare} {role})", "{role}, {bare}, ext. {ext}"),
}
SENTENCE_END: dict[str, str] = {"zh": "。！？!?，：:】", "en": ".!?:,-"}

# --------------------------------------------------------------------------- log templates
# A line starting with "?" carries personal data and is kept only in logs chosen for it.
# A line is stamped with the advancing clock when it uses any {ts...} placeholder.

LOG_TEMPLATES: dict[str, tuple[str, ...]] = {
    "java_db": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.web.ApiController - POST /{app}/api/save user={user}
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.web.ApiController - 患者:{name} MRN:{mrn}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.CoreService - 数据库连接失败
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; \
nested exception is java.sql.SQLRecoverableException: IO Error: The Network Adapter could not \
establish the connection
\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:82)
\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:612)
\tat com.smarthos.{pkg}.dao.BaseDao.query(BaseDao.java:{k2})
Caused by: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish \
the connection
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:801)
\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)
Caused by: java.net.ConnectException: Connection refused (Connection refused)
""",
        """\
{ts} WARN  [HikariPool-1 connection adder] c.z.h.pool.HikariPool - HikariPool-1 - Connection is \
not available, request timed out after 30000ms.
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - 服务异常 \
uri=/{app}/api/list
org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException\
(HibernateJpaDialect.java:277)
\tat com.smarthos.{pkg}.service.impl.QueryServiceImpl.list(QueryServiceImpl.java:{k2})
Caused by: java.sql.SQLException: ORA-12170: TNS:Connect timeout occurred
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:774)
\t... 58 common frames omitted
{ts} WARN  [HikariPool-1 housekeeper] c.z.h.pool.HikariPool - HikariPool-1 - Pool stats \
(total=0, active=0, idle=0, waiting={k})
""",
    ),
    "java_timeout": (
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.aop.CostAspect - slow request {ms}ms \
uri=/{app}/api/submit
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - request failed
java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request \
timed out after 30000ms.
\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)
\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)
\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)
\tat com.smarthos.{pkg}.dao.BaseDao.query(BaseDao.java:{k2})
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.aop.CostAspect - args: 姓名={name} 手机={phone}
""",
        """\
{ts} INFO  [pool-3-thread-{k}] c.s.{pkg}.client.RemoteClient - POST http://{ip2}:8081/api/v1/sync
{ts} ERROR [pool-3-thread-{k}] c.s.{pkg}.client.RemoteClient - call failed after {ms}ms
java.net.SocketTimeoutException: Read timed out
\tat java.net.SocketInputStream.socketRead0(Native Method)
\tat java.net.SocketInputStream.read(SocketInputStream.java:171)
\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)
\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)
\tat com.smarthos.{pkg}.client.RemoteClient.post(RemoteClient.java:{k2})
{ts} WARN  [pool-3-thread-{k}] c.s.{pkg}.client.RemoteClient - retry 3/3 exhausted
""",
    ),
    "java_npe": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - 系统异常 \
uri=/{app}/api/query
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - 病人:{name} 住院号:{mrn}
java.lang.NullPointerException: null
\tat com.smarthos.{pkg}.service.impl.QueryServiceImpl.build(QueryServiceImpl.java:{k2})
\tat com.smarthos.{pkg}.service.impl.QueryServiceImpl.list(QueryServiceImpl.java:{k})
\tat sun.reflect.GeneratedMethodAccessor{k}.invoke(Unknown Source)
\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed\
(ReflectiveMethodInvocation.java:186)
\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1067)
""",
    ),
    "java_oom": (
        """\
{ts} WARN  [jvm-monitor] c.s.{pkg}.monitor.JvmMonitor - heap used 97% (7.8G/8G), full GC {k} \
times in 10 min
{ts} ERROR [http-nio-8080-exec-{k}] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() \
threw exception
java.lang.OutOfMemoryError: GC overhead limit exceeded
\tat java.util.Arrays.copyOf(Arrays.java:3332)
\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)
\tat com.fasterxml.jackson.databind.ObjectMapper.writeValueAsString(ObjectMapper.java:3316)
\tat com.smarthos.{pkg}.service.CoreService.export(CoreService.java:{k2})
{ts} ERROR [main] c.s.{pkg}.Application - java.lang.OutOfMemoryError: Java heap space
""",
    ),
    "ora_tns": (
        """\
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
SQLException, url: jdbc:oracle:thin:@{dbhost}:1521/orcl, errorCode 12541, state 08006
java.sql.SQLRecoverableException: Listener refused the connection with the following error:
ORA-12541, TNS:no listener
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:774)
\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:688)
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
holder error, retry {k}
""",
        """\
[oracle@{dbhost} ~]$ tnsping ORCL
TNS Ping Utility for Linux: Version 19.0.0.0.0 - Production on {tsz}
Attempting to contact (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={ip2})(PORT=1521))\
(CONNECT_DATA=(SERVICE_NAME=orcl)))
TNS-12541: TNS:no listener
[oracle@{dbhost} ~]$ sqlplus his_app@ORCL
ERROR:
ORA-12514: TNS:listener does not currently know of service requested in connect descriptor
""",
    ),
    "ora_lock": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - update {table} failed
org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; \
SQL [UPDATE {table} SET STATUS = ? WHERE ID = ?]; ORA-00060: deadlock detected while waiting \
for resource
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - params: [1, {n}] 患者:{name}
\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate\
(SQLErrorCodeSQLExceptionTranslator.java:267)
\tat com.smarthos.{pkg}.dao.BaseDao.update(BaseDao.java:{k2})
Caused by: java.sql.SQLException: ORA-00060: deadlock detected while waiting for resource
""",
        """\
SQL> select sid, blocking_session, event, seconds_in_wait from v$session \
where blocking_session is not null;

       SID BLOCKING_SESSION EVENT                            SECONDS_IN_WAIT
---------- ---------------- -------------------------------- ---------------
       {k}             {k2} enq: TX - row lock contention                {ms}
       {k2}            {k} enq: TX - row lock contention                 {ms}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - ORA-00054: resource busy and acquire \
with NOWAIT specified or timeout expired
""",
    ),
    "ora_space": (
        """\
{tsiso}
ORA-1653: unable to extend table HIS.{table} by 8192 in tablespace HIS_DATA
{tsiso}
ORA-1653: unable to extend table HIS.{table} by 8192 in tablespace HIS_DATA
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - insert {table} failed
java.sql.SQLException: ORA-01653: unable to extend table HIS.{table} by 8192 in tablespace HIS_DATA
""",
        """\
{tsiso}
ARC1: Archival stopped, error occurred. Will continue retrying
ORA-19809: limit exceeded for recovery files
ORA-19804: cannot reclaim 2147483648 bytes disk space from 429496729600 bytes limit
{tsiso}
ORA-00257: Archiver error. Connect AS SYSDBA only until resolved.
""",
    ),
    "ora_slow": (
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.interceptor.SqlCostInterceptor - 慢SQL 耗时{ms}ms
    SELECT a.*, b.DEPT_NAME FROM {table} a LEFT JOIN DICT_DEPT b ON a.DEPT_ID = b.ID
    WHERE a.CREATE_TIME >= :1 AND a.CREATE_TIME < :2 ORDER BY a.CREATE_TIME DESC
{ts} WARN  [http-nio-8080-exec-{k2}] c.s.{pkg}.interceptor.SqlCostInterceptor - 慢SQL 耗时{ms2}ms
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.web.ApiController - /api/list rows={n} cost={ms}ms
""",
        """\
SQL_ID        EXECUTIONS ELAPSED_S  BUFFER_GETS SQL_TEXT
------------- ---------- --------- ------------ ----------------------------------------
{sqlid}           {k}      {k2}.4     {n}{k} SELECT * FROM {table} WHERE PATIENT_ID = :B1
{sqlid2}          {k2}      {k}.9      {n2} UPDATE {table} SET FLAG = :B2 WHERE ID = :B1
""",
    ),
    "ora_usage": (
        """\
SQL> @ts_usage.sql
TABLESPACE_NAME      TOTAL_MB    USED_MB  PCT_USED
-------------------- -------- ---------- ---------
HIS_DATA               409600     331776     81.00
HIS_INDEX              204800     141312     69.00
SYSAUX                  32768      30146     92.00
{tsiso} GATHER_STATS_JOB: ORA-20000: Unable to analyze TABLE "HIS"."{table}", insufficient \
privileges or does not exist
""",
    ),
    "mssql_conn": (
        """\
{ts} [ERROR] {exe} 数据库连接失败
System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error \
occurred while establishing a connection to SQL Server. The server was not found or was not \
accessible. (provider: TCP Provider, error: 0 - 远程主机强迫关闭了一个现有的连接。)
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity)
   at System.Data.SqlClient.SqlConnection.Open()
   at {ns}.Data.DbHelper.Open()
ClientConnectionId:{guid}
Error Number:10054,State:0,Class:20
""",
        """\
{tsq} Logon       Error: 18456, Severity: 14, State: 38.
{tsq} Logon       Login failed for user '{user}'. Reason: Failed to open the explicitly \
specified database 'HIS'. [CLIENT: {ip}]
{tsq} spid{k}      SQL Server is terminating because of a system shutdown.
{tsq} Server      SQL Server is not ready to accept new client connections. Wait a few minutes.
""",
    ),
    "mssql_deadlock": (
        """\
Msg 1205, Level 13, State 51, Line 1
Transaction (Process ID {k}) was deadlocked on lock resources with another process and has been \
chosen as the deadlock victim. Rerun the transaction.
{tsq} spid{k}      Error: 1205, Severity: 13, State: 51.
{tsq} spid{k2}     Process ID {k2} was blocking {k} for {ms} ms on dbo.{table}
""",
        """\
{ts} [ERROR] {exe} 保存失败
System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID {k}) was deadlocked on \
lock resources with another process and has been chosen as the deadlock victim. Rerun the \
transaction.
   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection)
   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()
   at {ns}.Data.ChargeRepository.Save(ChargeBill bill)
?{ts} [DEBUG] {exe} bill owner 患者:{name} 身份证:{idno}
ClientConnectionId:{guid}
Error Number:1205,State:51,Class:13
""",
    ),
    "mssql_full": (
        """\
{tsq} spid{k}      Error: 9002, Severity: 17, State: 2.
{tsq} spid{k}      The transaction log for database 'HIS' is full due to 'LOG_BACKUP'.
Msg 9002, Level 17, State 2, Line 1
The transaction log for database 'HIS' is full due to 'LOG_BACKUP'.
{tsq} spid{k2}     Could not allocate space for object 'dbo.{table}' in database 'HIS' \
because the 'PRIMARY' filegroup is full.
""",
    ),
    "mssql_agent": (
        """\
Date        {tsw}
Log         Job History (IndexOptimize - USER_DATABASES)
Step ID     1
Server      {dbhost}
Job Name    IndexOptimize - USER_DATABASES
Duration    01:12:44
Message
Executed as user: NT SERVICE\\SQLSERVERAGENT. Lock request time out period exceeded. \
[SQLSTATE HY000] (Error 1222).  The step failed.
""",
    ),
    "mysql_lock": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.mapper.BillMapper.updateStatus - ==> failed
### Error updating database.  Cause: com.mysql.cj.jdbc.exceptions.\
MySQLTransactionRollbackException: Lock wait timeout exceeded; try restarting transaction
### The error may involve com.smarthos.{pkg}.mapper.BillMapper.updateStatus-Inline
### SQL: UPDATE {table} SET status = ? WHERE id = ?
### Cause: Lock wait timeout exceeded; try restarting transaction
""",
        """\
mysql> UPDATE {table} SET status = 2 WHERE id = {n};
ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction
mysql> SELECT trx_id, trx_state, trx_started, trx_mysql_thread_id FROM \
information_schema.innodb_trx;
| {n2} | LOCK WAIT | {tsz} | {k} |
| {n}  | RUNNING   | {tsz} | {k2} |
""",
    ),
    "mysql_slow": (
        """\
# Time: {tsiso}
# User@Host: report[report] @  [{ip}]  Id: {k}
# Query_time: {k4}.418  Lock_time: 0.000  Rows_sent: {k}  Rows_examined: {n}{n2}
SET timestamp=1764115200;
SELECT dept_id, COUNT(*) FROM {table} WHERE create_time BETWEEN ? AND ? GROUP BY dept_id;
""",
    ),
    "mysql_repl": (
        """\
mysql> SHOW SLAVE STATUS\\G
*************************** 1. row ***************************
               Slave_IO_State: Waiting for master to send event
                  Master_Host: {ip2}
             Slave_IO_Running: Yes
            Slave_SQL_Running: Yes
        Seconds_Behind_Master: {ms}
                   Last_Error:
""",
    ),
    "pg_lock": (
        """\
{ts} CST [{pid}] his_app@his ERROR:  deadlock detected
{ts} CST [{pid}] his_app@his DETAIL:  Process {pid} waits for ShareLock on transaction {n}; \
blocked by process {pid2}.
\tProcess {pid2} waits for ShareLock on transaction {n2}; blocked by process {pid}.
{ts} CST [{pid}] his_app@his HINT:  See server log for query details.
{ts} CST [{pid}] his_app@his STATEMENT:  UPDATE {table} SET status = $1 WHERE id = $2
""",
    ),
    "pg_full": (
        """\
{ts} CST [{pid}] his_app@his ERROR:  could not extend file "base/16384/{n}": No space left on \
device
{ts} CST [{pid}] his_app@his HINT:  Check free disk space.
{ts} CST [{pid2}] LOG:  could not write to log file: No space left on device
{ts} CST [{pid2}] PANIC:  could not write to file "pg_wal/xlogtemp.{pid2}": No space left on device
{ts} CST [1] LOG:  WAL writer process (PID {pid2}) was terminated by signal 6: Aborted
""",
    ),
    "pg_slow": (
        """\
{ts} CST [{pid}] pacs@pacsdb LOG:  duration: {ms}.551 ms  statement: SELECT s.* FROM study s \
JOIN series se ON se.study_fk = s.pk WHERE s.patient_fk = $1 ORDER BY s.study_datetime DESC
{ts} CST [{pid2}] pacs@pacsdb LOG:  duration: {ms2}.102 ms  execute <unnamed>: SELECT * FROM \
instance WHERE series_fk = $1
{ts} CST [{pid}] pacs@pacsdb LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.0", \
size 1073741824
""",
    ),
    "pg_repl": (
        """\
report=# SELECT now() - pg_last_xact_replay_timestamp() AS replay_lag;
   replay_lag
-----------------
 01:0{k3}:{k4}.{n}
(1 row)
{ts} CST [{pid}] LOG:  recovery restart point at 3A/{hex}
""",
    ),
    "pg_checkpoint": (
        """\
{ts} CST [{pid}] LOG:  checkpoints are occurring too frequently ({k3} seconds apart)
{ts} CST [{pid}] HINT:  Consider increasing the configuration parameter "max_wal_size".
{ts} CST [{pid2}] LOG:  automatic vacuum of table "his.public.{table}": index scans: 1
""",
    ),
    "hl7_ae": (
        """\
{ts} [{chan}] sending control id {cid} to {ip2}:6661
MSH|^~\\&|HIS|HOSP|LIS|LAB|{tsh}||ORM^O01^ORM_O01|{cid}|P|2.4
?{ts} [{chan}] order for 患者:{name} 住院号:{mrn}
{ts} [{chan}] received ACK
MSH|^~\\&|LIS|LAB|HIS|HOSP|{tsh}||ACK^O01^ACK|{cid2}|P|2.4
MSA|AE|{cid}|Patient not found
ERR||PID^1^3^1|204^Unknown key identifier^HL70357|E
""",
        """\
{ts} [{chan}] sending control id {cid} to {ip2}:2575
MSH|^~\\&|HIS|HOSP|PACS|RIS|{tsh}||ADT^A02^ADT_A02|{cid}|P|2.5
MSH|^~\\&|PACS|RIS|HIS|HOSP|{tsh}||ACK^A02^ACK|{cid2}|P|2.5
MSA|AR|{cid}|Application record locked
ERR||PV1^1^3|207^Application internal error^HL70357|E
{ts} [{chan}] message {cid} rejected, queued for retry
""",
    ),
    "mllp": (
        """\
{ts} WARN  [mllp-client-{k}] MllpClient - no ACK from {ip2}:6661 within 30000 ms, control id {cid}
{ts} ERROR [mllp-client-{k}] MllpClient - MLLP timeout, message queued for retry (attempt {k3}/5)
{ts} ERROR [mllp-client-{k}] java.net.SocketTimeoutException: Read timed out
{ts} INFO  [mllp-client-{k}] MllpClient - outbound queue depth {n}
""",
    ),
    "engine": (
        """\
[{tsc}]  ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:{k}): Error sending message via \
TCP Sender. Channel: {chan}
com.mirth.connect.connectors.tcp.TcpDispatcherException: Timeout waiting for response
?[{tsc}]  DEBUG (com.mirth.connect.donkey.server.channel.Channel:{k}): payload 患者:{name} \
身份证:{idno}
[{tsc}]  WARN  (com.mirth.connect.donkey.server.queue.ConnectorMessageQueue:{k2}): Queue size \
for {chan} destination 1 is {n}
[{tsc}]  ERROR (com.mirth.connect.server.controllers.DonkeyEngineController:{k}): Error \
deploying channel {chan}.
""",
        """\
{ts} [ESB] 服务 {chan} 调用失败: 目标系统无响应 ({ip2}:8080)
{ts} [ESB] 消息 {cid} 进入重试队列 (3/3)
{ts} [ESB] 线程池已满 active=200 queue={n}
{ts} [ESB] 服务 {chan} 已熔断 60s
""",
    ),
    "engine_stats": (
        """\
[{tsc}]  INFO  (AlertWorker:{k}): Alert "ADT errors" sent to it-oncall@hosp.local \
(duplicates suppressed: 0)
[{tsc}]  INFO  (AlertWorker:{k}): Alert "ADT errors" sent to it-oncall@hosp.local \
(duplicates suppressed: 0)
[{tsc}]  INFO  (ChannelStatistics:{k2}): {chan} received={n} filtered={k} errored=0
[{tsc}]  WARN  (DashboardService:{k2}): statistics cache refresh took {ms} ms
""",
    ),
    "mq": (
        """\
{ts} WARN  [AMQP Connection {ip2}:5672] o.s.a.r.c.CachingConnectionFactory - Channel shutdown: \
connection error
{ts} ERROR [org.springframework.amqp.rabbit.RabbitListenerEndpointContainer#0-{k}] \
o.s.a.r.l.SimpleMessageListenerContainer - Consumer raised exception, processing can restart
{ts} WARN  [mq-monitor] c.s.{pkg}.mq.QueueMonitor - queue {app}.outbound ready={n} consumers=0
""",
        """\
$ rabbitmqctl list_queues name messages consumers
Timeout: 60.0 seconds ...
Listing queues for vhost / ...
{app}.outbound      {n}     0
{app}.alarm         {n2}    0
{app}.dlq           {k}     1
""",
    ),
    "fhir": (
        """\
{ip} - - [{tsn}] "GET /fhir/Patient?identifier={k}{n} HTTP/1.1" 500 312 "-" "okhttp/4.9.3"
{ts} ERROR [http-nio-8090-exec-{k}] c.s.fhir.gw.ExceptionAdvice - HAPI-0389: Failed to call \
access method: java.sql.SQLTimeoutException: ORA-01013
{{"resourceType":"OperationOutcome","issue":[{{"severity":"error","code":"exception",\
"diagnostics":"HAPI-0389: Failed to call access method"}}]}}
?{ip} - - [{tsn}] "GET /fhir/Patient?idcard={idno}&phone={phone} HTTP/1.1" 500 312 "-" \
"okhttp/4.9.3"
{ip} - - [{tsn}] "GET /fhir/DiagnosticReport?patient={k} HTTP/1.1" 200 8841 "-" "okhttp/4.9.3"
""",
    ),
    "dicom_store": (
        """\
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) >> A-ASSOCIATE-RQ
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) << A-ASSOCIATE-AC
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) >> 1:C-STORE-RQ[pcid=1, prior=0
  cuid=1.2.840.10008.5.1.4.1.1.2 - CT Image Storage
  iuid={uid}]
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) << 1:C-STORE-RSP[pcid=1, status=a700H
  errorComment=Out of Resources - storage unavailable
  iuid={uid}]
?{ts} INFO  [StoreSCU] 患者:{name} 病历号:{mrn} series {k2} images {n}
{ts} ERROR [StoreSCU] Failed to send {k2} of {k2} objects (status 0xA700)
""",
        """\
{ts} 发送影像到 {ae}@{ip2}:11112 失败
{ts} C-STORE 返回状态 0xC000 (Cannot understand), SOP Instance {uid}
{ts} 重试 {k3}/3 ...
{ts} C-STORE 返回状态 0xA700 (Out of resources)
{ts} 发送队列积压 {k} 个序列
""",
    ),
    "dicom_find": (
        """\
{ts} INFO  [FindSCU] {scu}->{ae}({k}) >> 1:C-FIND-RQ[pcid=1, prior=0
  cuid=1.2.840.10008.5.1.4.1.2.2.1 - Study Root Query/Retrieve Information Model - FIND]
{ts} WARN  [FindSCU] {scu}->{ae}({k}): timeout of 30000ms for DIMSE-RSP expired
{ts} INFO  [FindSCU] {scu}->{ae}({k}) << 1:C-FIND-RSP[pcid=1, status=c000H
  errorComment=Unable to process: query timeout]
{ts} INFO  [FindSCU] {scu}->{ae}({k}) >> A-RELEASE-RQ
""",
        """\
{ts} INFO  [QR] C-MOVE {ae} -> {scu} study {uid}
{ts} WARN  [QR] C-MOVE-RSP status=ff00H remaining={k} completed=0 failed=0 after {ms} ms
{ts} WARN  [QR] C-MOVE-RSP status=b000H completed={k2} failed={k3} warning=0
""",
    ),
    "dicom_mwl": (
        """\
{ts} INFO  [MWL] {scu}->{ae}({k}) >> 1:C-FIND-RQ[pcid=1, prior=0
  cuid=1.2.840.10008.5.1.4.31 - Modality Worklist Information Model - FIND]
{ts} INFO  [MWL] query (0008,0060) CS [CT] (0040,0002) DA [{tsh}]
?{ts} DEBUG [MWL] expected (0010,0010) 姓名:{name} (0010,0020) MRN:{mrn}
{ts} INFO  [MWL] {scu}->{ae}({k}) << 1:C-FIND-RSP[pcid=1, status=0000H]
{ts} WARN  [MWL] received {k3} matches, RIS reports {k} scheduled
""",
    ),
    "astm": (
        """\
{ts} [ASTM] <ENQ> from {scu} ({ip2}:{k}{k3})
{ts} [ASTM] H|\\^&|||{scu}^1|||||LIS||P|1
{ts} [ASTM] P|1||{n}
{ts} [ASTM] O|1|{n}{k}^01||^^^GLU\\^^^ALT\\^^^CREA|R|||||||N
{ts} [ASTM] R|1|^^^GLU|6.21|mmol/L||N||F
{ts} [ASTM] ERROR checksum mismatch on frame 3, sending <NAK>
{ts} [ASTM] ERROR no <EOT> after 15 s, link reset
""",
        """\
{ts} [Middleware] instrument {scu} status OFFLINE (last heartbeat {ms} ms ago)
{ts} [Middleware] TCP connect {ip2}:5100 failed: Connection timed out
?{ts} [Middleware] pending result 标本 {n} 患者:{name}
{ts} [Middleware] {k} results waiting for upload
""",
    ),
    "winevent_svc": (
        """\
Log Name:      System
Source:        Service Control Manager
Date:          {tsw}
Event ID:      7031
Level:         Error
Computer:      {host}.hosp.local
Description:
The {svc} service terminated unexpectedly.  It has done this {k3} time(s).  The following \
corrective action will be taken in 60000 milliseconds: Restart the service.
""",
        """\
Log Name:      System
Source:        Service Control Manager
Date:          {tsw}
Event ID:      7034
Level:         Error
Computer:      {dbhost}.hosp.local
Description:
The OracleServiceORCL service terminated unexpectedly.  It has done this {k3} time(s).
""",
    ),
    "winevent_app": (
        """\
Log Name:      Application
Source:        Application Error
Date:          {tsw}
Event ID:      1000
Level:         Error
Computer:      {pc}.hosp.local
Description:
Faulting application name: {exe}, version: 3.2.{k}.0, time stamp: 0x5f3e2a1b
Faulting module name: mscorlib.ni.dll, version: 4.8.4645.0, time stamp: 0x64b0f9ad
Exception code: 0xc0000005
""",
        """\
Log Name:      Application
Source:        Application Hang
Date:          {tsw}
Event ID:      1002
Level:         Error
Computer:      {pc}.hosp.local
Description:
The program {exe} version 3.2.{k}.0 stopped interacting with Windows and was closed.
""",
    ),
    "win_bugcheck": (
        """\
Log Name:      System
Source:        Microsoft-Windows-WER-SystemErrorReporting
Date:          {tsw}
Event ID:      1001
Level:         Error
Computer:      {pc}.hosp.local
Description:
The computer has rebooted from a bugcheck.  The bugcheck was: 0x0000007e (0xffffffffc0000005, \
0xfffff8024a1b2c3d, 0xffffde8a5e7f6a18, 0xffffde8a5e7f5c60). A dump was saved in: \
C:\\Windows\\MEMORY.DMP.
""",
        """\
Log Name:      System
Source:        Microsoft-Windows-Kernel-Power
Date:          {tsw}
Event ID:      41
Level:         Critical
Computer:      {pc}.hosp.local
Description:
The system has rebooted without cleanly shutting down first.
""",
    ),
    "win_perf": (
        """\
Log Name:      Microsoft-Windows-Diagnostics-Performance/Operational
Source:        Microsoft-Windows-Diagnostics-Performance
Date:          {tsw}
Event ID:      100
Level:         Critical
Computer:      {pc}.hosp.local
Description:
Windows has started up:
     Boot Duration        :  {ms}{k3}ms
""",
        """\
Log Name:      System
Source:        srv
Date:          {tsw}
Event ID:      2013
Level:         Warning
Computer:      {pc}.hosp.local
Description:
The C: disk is at or near capacity.  You may need to delete some files.
""",
    ),
    "dotnet_null": (
        """\
{ts} [ERROR] {exe} 未处理的异常
System.NullReferenceException: Object reference not set to an instance of an object.
   at {ns}.Views.DocumentView.RenderSection(Section section)
   at {ns}.Views.DocumentView.OnPaste(Object sender, EventArgs e)
   at System.Windows.Forms.Control.OnClick(EventArgs e)
   at System.Windows.Forms.Control.WndProc(Message& m)
   at System.Windows.Forms.NativeWindow.Callback(IntPtr hWnd, Int32 msg, IntPtr wp, IntPtr lp)
""",
        """\
{ts} [WARN ] {exe} UI thread blocked for {ms} ms
{ts} [ERROR] {exe} System.TimeoutException: 请求通道在等待 00:01:00 以后答复时超时。
   at System.ServiceModel.Channels.RequestChannel.Request(Message message, TimeSpan timeout)
   at {ns}.Services.DocumentClient.Save(DocumentDto doc)
?{ts} [DEBUG] {exe} doc owner 患者:{name} 病历号:{mrn}
""",
    ),
    "client_warn": (
        """\
{ts} [INFO ] {exe} 3.2.{k}.0 started on {pc}, DPI 144 (150%)
{ts} [WARN ] {exe} layout file columns_{user}.xml not found, using default layout
{ts} [WARN ] {exe} font 'Microsoft YaHei UI' not found, falling back to 'SimSun'
{ts} [WARN ] {exe} template {k2} field width exceeds page by {k3} mm
""",
        """\
{ts} [INFO ] {exe} load template set v{k3}.{k}
{ts} [WARN ] {exe} image resource sign_{user}.png scaled from 120x40 to 360x60
{ts} [WARN ] {exe} dictionary item DEPT_{k} has no display name, showing code
""",
    ),
    "nginx": (
        """\
{tsng} [error] {pid}#0: *{n} upstream timed out (110: Connection timed out) while reading \
response header from upstream, client: {ip}, server: {host}.hosp.local, request: \
"POST /{app}/api/save HTTP/1.1", upstream: "http://{ip2}:8080/{app}/api/save"
{ip} - - [{tsn}] "POST /{app}/api/save HTTP/1.1" 504 494 "-" "Mozilla/5.0 (Windows NT 10.0)"
{ip} - - [{tsn}] "GET /{app}/ HTTP/1.1" 502 552 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
        """\
{tsng} [error] {pid}#0: *{n} connect() failed (111: Connection refused) while connecting to \
upstream, client: {ip}, server: {host}.hosp.local, request: "GET /{app}/api/ping HTTP/1.1"
{tsng} [warn] {pid}#0: *{n} upstream server temporarily disabled while connecting to upstream
{tsng} [error] {pid}#0: *{n} no live upstreams while connecting to upstream, client: {ip}
?{ip} - - [{tsn}] "GET /{app}/api/patient?idcard={idno}&mobile={phone} HTTP/1.1" 502 552 "-" "-"
{ip} - - [{tsn}] "GET /{app}/api/ping HTTP/1.1" 502 552 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
    ),
    "iis": (
        """\
#Software: Microsoft Internet Information Services 10.0
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port c-ip sc-status sc-substatus \
sc-win32-status time-taken
{tsz} {ip2} POST /{app}/Service.asmx - 80 {ip} 500 0 0 {ms}
{tsz} {ip2} POST /{app}/Service.asmx - 80 {ip} 503 2 0 15
?{tsz} {ip2} GET /{app}/Query.aspx idno={idno}&tel={phone} 80 {ip} 500 0 64 {ms}
{tsz} {ip2} GET /{app}/Default.aspx - 80 {ip} 503 0 0 31
""",
    ),
    "app_cn": (
        """\
{ts} [ERROR] [{app}] 数据校验不通过: 业务号={n} 原因=关联记录不存在
?{ts} [DEBUG] [{app}] 病人:{name} 住院号:{mrn} 电话:{phone}
{ts} [WARN ] [{app}] 查询返回 0 条, 条件 dept={k} date={tsz}
{ts} [ERROR] [{app}] 同步失败 {k3} 条, 已写入待处理表 {table}_ERR
""",
        """\
{ts} [INFO ] [{app}] 开始处理 批次={n}
{ts} [WARN ] [{app}] 字典对照缺失: 项目编码 {k}{k2} 未找到对应关系
{ts} [WARN ] [{app}] 字典对照缺失: 科室编码 {k2} 使用默认值
{ts} [INFO ] [{app}] 处理完成 成功={n2} 失败={k3}
""",
    ),
    "report_job": (
        """\
{ts} [INFO ] [ReportJob] 开始生成 {app} 日报 统计日期={tsz}
{ts} [WARN ] [ReportJob] 发现 {k3} 条退费记录关联到多张结算单
{ts} [INFO ] [ReportJob] 汇总 rows={n} amount={n2}.{k}
{ts} [INFO ] [ReportJob] 明细 rows={n} amount={n2}.{k2}
{ts} [INFO ] [ReportJob] 完成 耗时 {ms} ms
""",
    ),
    "spooler": (
        """\
Log Name:      Microsoft-Windows-PrintService/Admin
Source:        Microsoft-Windows-PrintService
Date:          {tsw}
Event ID:      372
Level:         Error
Computer:      {pc}.hosp.local
Description:
The document {doc}, owned by {user}, failed to print on printer {printer}. Try to print the \
document again, or restart the print spooler. Win32 error code returned by the print \
processor: 1804 (0x70c).
""",
        """\
{ts} [PrintAgent] job {n} -> {printer} on {pc}
?{ts} [PrintAgent] document: 患者:{name} MRN:{mrn}
{ts} [PrintAgent] spooler status: PRINTER_STATUS_PAPER_JAM | PRINTER_STATUS_ERROR
{ts} [PrintAgent] job {n} stuck in queue for {k} s, {k3} jobs waiting
{ts} [PrintAgent] restarting spooler on {pc}
""",
    ),
    "zebra": (
        """\
{ts} [PrintAgent] send ZPL job {n} to {printer} ({ip2}:9100)
?{ts} [PrintAgent] ^FD患者:{name}^FS ^FDMRN:{mrn}^FS
{ts} [PrintAgent] ~HS -> "030,1,0,0609,000,0,0,0,000,0,0,0"
{ts} [PrintAgent] printer status: PAPER OUT
{ts} [PrintAgent] job {n} failed: ERROR CONDITION: MEDIA OUT
""",
        """\
{ts} [PrintAgent] send ZPL job {n} to {printer} ({ip2}:9100)
{ts} [PrintAgent] ~HQES -> PRINTER STATUS  ERRORS: 1 00000000 00000000  \
WARNINGS: 1 00000000 00000002
{ts} [PrintAgent] warning: RIBBON LOW / head temperature high, darkness={k3}
{ts} [PrintAgent] job {n} completed with warnings
""",
    ),
    "printer_status": (
        """\
{ts} [PrinterMonitor] {printer} ({ip2}) SNMP hrPrinterDetectedErrorState=lowToner
{ts} [PrinterMonitor] {printer} toner black {k3}%
{ts} [PrinterMonitor] {printer} tray 2 size mismatch: expected A4, detected Letter
""",
    ),
    "pnp": (
        """\
Log Name:      Microsoft-Windows-Kernel-PnP/Configuration
Source:        Microsoft-Windows-Kernel-PnP
Date:          {tsw}
Event ID:      400
Computer:      {pc}.hosp.local
Description:
Device HID\\VID_0C2E&PID_0B61\\7&2a3b1c{k}&0&0000 was configured.
Driver Name: input.inf
""",
    ),
    "cardreader": (
        """\
{ts} [CardReader] SSCard.dll iReadCardBas returned -11 (读卡器未连接)
{ts} [CardReader] 打开端口 USB1 失败, 错误码 -{k3}
{ts} [CardReader] 身份证阅读器 SDT_OpenPort(1001) ret=0x01
?{ts} [CardReader] 上次读卡 姓名:{name} 身份证:{idno}
{ts} [CardReader] 驱动版本 2.{k3}.{k} 与 SDK 不匹配
""",
    ),
    "kiosk": (
        """\
{ts} [Kiosk-{k}] INFO  自检完成 读卡器=正常 打印机=正常
?{ts} [Kiosk-{k}] INFO  读卡成功 姓名:{name} 手机:{phone}
{ts} [Kiosk-{k}] ERROR 调用 http://{ip2}/selfservice/api/register 失败: 502 Bad Gateway
{ts} [Kiosk-{k}] ERROR 挂号失败: 服务连接失败, 请到人工窗口办理
{ts} [Kiosk-{k}] WARN  心跳上报失败 {k3} 次
""",
    ),
    "insure": (
        """\
{ts} [YB] 调用医保交易[2207] mdtrt_id={n}{k}
?{ts} [YB] 人员信息 姓名:{name} 证件号:{idno} 电话:{phone}
{ts} [YB] 医保交易[2207]返回: {{"infcode":-1,"err_msg":"连接医保中心超时"}}
{ts} [YB] ERROR 结算失败, 耗时 {ms} ms, 已重试 {k3} 次
{ts} [YB] 医保前置机 {ip2}:8080 心跳失败
""",
    ),
    "nursecall": (
        """\
{ts} [CallServer] master station NS-{ward} heartbeat lost
{ts} [CallServer] bus {k3} no response from bed units {ward}-01..{ward}-40
{ts} [CallServer] ERROR SIP registration of NS-{ward} failed: 408 Request Timeout
{ts} [CallServer] ERROR call from {ward}-{bed} not delivered, no station online
""",
    ),
    "android_sync": (
        """\
{tsa}  {pid}  {pid2} W OkHttp  : --> POST http://{ip2}:8080/nis/api/exec/upload (1532-byte body)
{tsa}  {pid}  {pid2} E SyncService: upload exec records failed: java.net.SocketTimeoutException: \
timeout
?{tsa}  {pid}  {pid}  D ScanActivity: wristband 患者:{name} MRN:{mrn}
{tsa}  {pid}  {pid2} I SyncService: retry in 30s, pending={k}
{tsa}  {pid}  {pid2} W WifiStateMachine: RSSI -{k3}8 dBm, roaming
""",
    ),
    "android_app": (
        """\
{tsa}  {pid}  {pid} I ActivityManager: Start proc {pid}:com.smarthos.{pkg}/u0a{k}
{tsa}  {pid}  {pid} E AndroidRuntime: FATAL EXCEPTION: main
{tsa}  {pid}  {pid} E AndroidRuntime: java.net.UnknownHostException: Unable to resolve host \
"{host}.hosp.local"
{tsa}  {pid}  {pid} W WebView : onReceivedError ERR_CONNECTION_REFUSED
""",
        """\
{tsa}  {pid}  {pid} I ActivityManager: Displayed com.smarthos.{pkg}/.MainActivity: +{k2}ms
{tsa}  {pid}  {pid2} W WebSocket: closed code=1006 reason=, reconnect in 5s
{tsa}  {pid}  {pid2} E BoardRenderer: bed list refresh failed, showing cached data from {tsz}
""",
    ),
    "android_ui": (
        """\
{tsa}  {pid}  {pid} I AudioService: setStreamVolume(stream=3, index=15) by com.smarthos.{pkg}
{tsa}  {pid}  {pid} W Settings: com.smarthos.{pkg} lacks WRITE_SETTINGS, brightness unchanged
{tsa}  {pid}  {pid2} E MediaPlayer: error (1, -1004) playing http://{ip2}/media/intro.mp4
""",
    ),
    "device_monitor": (
        """\
{ts} MDI-GW {gw} WARN  monitor {mon} ({ip2}) bed {ward}-{bed}: heartbeat lost (30 s)
{ts} MDI-GW {gw} ERROR HL7 ORU^R01 from {mon} not received for 300 s
{ts} MDI-GW {gw} ALARM CENTRAL_STATION_DISCONNECTED station=CS-{ward}
?{ts} MDI-GW {gw} INFO  bed {ward}-{bed} bound to 患者:{name} MRN:{mrn}
{ts} MDI-GW {gw} ERROR {k3} of {k3} monitors offline
""",
        """\
{ts} CS-{ward} central station: lost connection to bed {ward}-{bed} ({mon})
{ts} CS-{ward} central station: lost connection to all {k3} beds
{ts} CS-{ward} ALARM INOP "No Central Monitoring" raised on all beds
{ts} MDI-GW {gw} ERROR TCP {ip2}:24105 connection reset, retry in 10 s
""",
    ),
    "device_pump": (
        """\
{ts} GW-{gw} ALARM pump={pump} bed={ward}-{bed} type=OCCLUSION_DOWNSTREAM priority=HIGH
{ts} GW-{gw} WARN  forward to nurse-station {ip2}:7001 failed: connection refused
{ts} GW-{gw} ALARM pump={pump} bed={ward}-{bed} type=INFUSION_COMPLETE priority=MEDIUM
?{ts} GW-{gw} INFO  pump={pump} patient 患者:{name} MRN:{mrn}
{ts} GW-{gw} ERROR alarm forward queue backlog {k}
""",
    ),
    "device_pumplib": (
        """\
{ts} GW-{gw} INFO  pump={pump} drug library v{k3}.{k} loaded, {n2} entries
{ts} GW-{gw} WARN  pump={pump} drug name truncated to 12 chars: "去甲肾上腺素注射液(2mg:1ml)"
{ts} GW-{gw} WARN  pump={pump} model code mismatch: reported {k}, registry {k2}
""",
    ),
    "device_oru": (
        """\
{ts} MDI-GW {gw} OUT ORU^R01 {cid} to NIS {ip2}:6661
OBX|1|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC||118|mm[Hg]|||||F|||{tsh}
OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC||8{k3}|/min|||||F|||{tsh}
?{ts} MDI-GW {gw} patient 患者:{name} MRN:{mrn} bed {ward}-{bed}
MSA|AE|{cid}|Bed not bound to an admitted patient
{ts} MDI-GW {gw} WARN  {k3} observations dropped for bed {ward}-{bed}
""",
    ),
    "device_vent": (
        """\
{ts} MDI-GW {gw} WARN  vent {vent} bed {ward}-{bed}: serial link timeout (MEDIBUS)
{ts} MDI-GW {gw} INFO  vent {vent} reconnected after {ms} ms
{ts} MDI-GW {gw} INFO  vent {vent} backfilling {k} records
{ts} MDI-GW {gw} WARN  vent {vent} data delay {k3}{k3}0 s
""",
    ),
    "device_clock": (
        """\
{ts} MDI-GW {gw} WARN  monitor {mon} clock offset +{k3}{k3}s (NTP {ip2} unreachable)
{ts} MDI-GW {gw} WARN  pump {pump} clock offset -{k}s
{ts} MDI-GW {gw} INFO  device registry: {mon} still mapped to bed {ward}-{bed} (old)
""",
    ),
    "net_ping": (
        """\
C:\\Users\\{user}>ping {ip2} -n 4

Pinging {ip2} with 32 bytes of data:
Request timed out.
Reply from {ip2}: bytes=32 time=1{k}ms TTL=62
Request timed out.
Request timed out.

Ping statistics for {ip2}:
    Packets: Sent = 4, Received = 1, Lost = 3 (75% loss),
""",
        """\
[root@{host} ~]# mtr -r -c 20 {ip2}
HOST: {host}                Loss%   Snt   Last   Avg  Best  Wrst StDev
  1.|-- 10.0.{k3}.1            0.0%    20    0.6   0.7   0.5   1.2   0.1
  2.|-- 10.0.0.{k3}            0.0%    20    1.1   1.3   0.9   3.8   0.6
  3.|-- {ip2}                 {k3}0.0%    20   {k3}8.4  {k3}1.7   1.8  {k3}90.1  {k3}2.4
""",
    ),
    "net_core": (
        """\
{tss} {sw} %LINK-3-UPDOWN: Interface TenGigabitEthernet1/1/{k3}, changed state to down
{tss} {sw} %LINEPROTO-5-UPDOWN: Line protocol on Interface TenGigabitEthernet1/1/{k3}, \
changed state to down
{tss} {sw} %STACKMGR-4-SWITCH_REMOVED: Switch 2 has been REMOVED from the stack
{tss} {sw} %SPANTREE-5-TOPOTRAPS: Topology Change Trap for vlan {k}
{tss} {sw} %OSPF-5-ADJCHG: Process 1, Nbr {ip2} on Vlan{k} from FULL to DOWN, Neighbor Down
""",
        """\
{tss} {sw} %%01IFNET/4/IF_STATE(l)[{k}]:Interface XGigabitEthernet0/0/{k3} has turned into \
DOWN state.
{tss} {sw} %%01DEVM/1/hwBoardRemove(t)[{k2}]:The board was removed. (EntPhysicalName=slot 2)
{tss} {sw} %%01VRRP/4/STATEWARNING(l)[{k}]:Virtual Router state MASTER changed to INITIALIZE
""",
    ),
    "net_port": (
        """\
{tss} {sw} %CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on GigabitEthernet1/0/{k} \
(not full duplex), with {pc} (half duplex)
{tss} {sw} %LINK-3-UPDOWN: Interface GigabitEthernet1/0/{k}, changed state to down
{tss} {sw} %LINK-3-UPDOWN: Interface GigabitEthernet1/0/{k}, changed state to up
""",
    ),
    "net_dns": (
        """\
C:\\Users\\{user}>nslookup {host}.hosp.local
DNS request timed out.
    timeout was 2 seconds.
Server:  UnKnown
Address:  {ip2}

*** UnKnown can't find {host}.hosp.local: Server failed
""",
        """\
{tss} dns01 named[{pid}]: client @0x7f3a{k2}c0 {ip}#{pid2} ({host}.hosp.local): query failed \
(SERVFAIL) for {host}.hosp.local/IN/A at query.c:7219
{tss} dns01 named[{pid}]: zone hosp.local/IN: refresh: failure trying master {ip2}#53: timed out
{tss} dns01 named[{pid}]: zone hosp.local/IN: expired
""",
    ),
    "net_fw": (
        """\
{tss} fw01 %ASA-4-106023: Deny udp src inside:{ip}/{pid} dst outside:{ip2}/3478 by access-group \
"inside_in"
{tss} fw01 %ASA-4-106023: Deny tcp src inside:{ip}/{pid2} dst outside:{ip2}/443 by access-group \
"inside_in"
{tss} fw01 %ASA-6-302014: Teardown TCP connection {n} for outside:{ip2}/5061 duration 0:00:30 \
bytes 0 SYN Timeout
""",
    ),
    "net_vpn": (
        """\
{tss} fw01 %ASA-5-713041: IP = {ip2}, IKE Initiator: New Phase 1, Intf inside
{tss} fw01 %ASA-4-113019: Group = branch, IP = {ip2}, Session disconnected. Session Type: IPsec, \
Duration: 0h:{k3}m:0{k3}s, Reason: Lost Service
{tss} fw01 %ASA-3-752015: Tunnel Manager has failed to establish an L2L SA.  All configured IKE \
versions failed to establish the tunnel. Map Tag= outside_map.  Map Sequence Number = 10.
{tss} fw01 %ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is {k} per second
""",
    ),
    "net_wifi": (
        """\
{tss} wlc01 %DOT11-6-DISASSOC: Station {mac} Disassociated, reason 4 (inactivity), AP {ap}
{tss} wlc01 %DOT11-4-MAXRETRIES: Packet to client {mac} reached max retries, removing the client
{tss} wlc01 %DOT11-6-ROAMED: Station {mac} Roamed to AP {ap2}
{tss} wlc01 %RRM-4-CHAN_UTIL: AP {ap} radio 5GHz channel utilization 8{k3}%
""",
    ),
    "net_portal": (
        """\
{tss} portal01 nginx: {ip} "GET /portal/login?ssid=HOSP-GUEST HTTP/1.1" 502 157
{tss} portal01 sms-gw[{pid}]: send code to 1*******{k3}{k3} queued, provider latency {ms} ms
{tss} wlc01 %WEBAUTH-4-REDIRECT_FAIL: redirect to https://portal.hosp.local failed for {mac}
""",
    ),
    "vmware": (
        """\
{tsw} Alarm 'Host connection and power state' on {esx} changed from Green to Red
{tsw} Host {esx} in HOSP-DC is not responding
{tsw} vSphere HA detected a possible host failure of host {esx} in cluster PROD-01
{tsw} vSphere HA unsuccessfully failed over {vm}. vSphere HA will retry if the maximum number \
of attempts has not been exceeded.
{tsw} Insufficient resources to satisfy configured failover level for vSphere HA
""",
        """\
{tsw} Lost access to volume {vol} (DS_PROD_0{k3}) due to connectivity issues.
{tsw} Device naa.600507680c808{hex} performance has deteriorated. I/O latency increased from \
average value of 1{k3}00 microseconds to {ms}00 microseconds.
{tsw} Virtual machine {vm} disk write failed: Read-only file system
""",
    ),
    "storage": (
        """\
{tss} {host} kernel: sd 3:0:0:{k3}: [sdc] tag#{k} FAILED Result: \
hostbyte=DID_TRANSPORT_FAILFAST driverbyte=DRIVER_OK
{tss} {host} kernel: blk_update_request: I/O error, dev sdc, sector {n}{n2} op 0x1:(WRITE)
{tss} {host} multipathd[{pid}]: mpatha: remaining active paths: 0
{tss} {host} kernel: XFS (dm-2): metadata I/O error in "xfs_buf_iodone_callback_error" at \
daddr 0x{hex} len 32 error 5
{tss} {host} kernel: XFS (dm-2): Filesystem has been shut down due to log error (0x2).
""",
    ),
    "linux_oom": (
        """\
{tss} {host} kernel: java invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0
{tss} {host} kernel: Out of memory: Killed process {pid} (java) total-vm:16777216kB, \
anon-rss:7940336kB
{tss} {host} systemd[1]: {app}.service: Main process exited, code=killed, status=9/KILL
{tss} {host} systemd[1]: {app}.service: Failed with result 'signal'.
{tss} {host} systemd[1]: {app}.service: Scheduled restart job, restart counter is at {k3}.
""",
    ),
    "linux_disk": (
        """\
[root@{host} ~]# df -h /data
Filesystem            Size  Used Avail Use% Mounted on
/dev/mapper/vg-data   500G  497G  3.0G 100% /data
{ts} ERROR [logback-{k}] ch.qos.logback.core.rolling.RollingFileAppender - IO failure in appender
java.io.IOException: No space left on device
""",
    ),
    "backup": (
        """\
{tsw} Job 'FS01-Daily' finished with Warning
{tsw}   Processing FS01 Warning: {k3}{k} files skipped (access denied)
{tsw}   Tape library 'MSL2024' free media: 1 of 24
{tsw}   Duration 0{k3}:1{k3}:04, processed {n2} GB
""",
        """\
{tsw} Job 'TEST-APP02-Nightly' failed
{tsw}   Error: Failed to create VM snapshot. Error: An error occurred while saving the \
snapshot: Timeout.
{tsw}   Retry 1 of 3 scheduled
""",
    ),
    "sso_down": (
        """\
{ts} ERROR [org.apereo.cas.ticket.registry.RedisTicketRegistry] - <Failed to add [TGT-{k}-****]>
org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis; \
nested exception is io.lettuce.core.RedisConnectionException: Unable to connect to {ip2}:6379
\tat org.apereo.cas.ticket.registry.RedisTicketRegistry.addTicketInternal\
(RedisTicketRegistry.java:{k2})
{ip} - - [{tsn}] "POST /cas/login?service=https%3A%2F%2F{host}.hosp.local HTTP/1.1" 500 1187
{ip} - - [{tsn}] "GET /cas/login HTTP/1.1" 503 197
""",
    ),
    "sso_cas": (
        """\
{ts} WARN  [org.apereo.cas.authentication.PolicyBasedAuthenticationManager] - <Authentication \
has failed. Credentials may be incorrect or CAS cannot find authentication handler that \
supports [{user}]>
{ts} INFO  [org.apereo.cas.web.flow.login] - <Authentication for {user} took {ms} ms>
{ts} WARN  [org.ldaptive.pool.BlockingConnectionPool] - <Pool is empty, waiting {k}00 ms>
""",
    ),
    "ldap_slow": (
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind {user}@hosp.local took {ms} ms
{ts} ERROR [ldap-pool-{k}] LdapAuthenticator - javax.naming.CommunicationException: \
{ip2}:389 [Root exception is java.net.SocketTimeoutException: connect timed out]
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - failover to dc02.hosp.local
""",
    ),
    "ldap_user": (
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind {user}@hosp.local failed: \
[LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, \
data 532, v4563]
{ts} INFO  [ldap-pool-{k}] LdapAuthenticator - password expired for {user}
{ts} INFO  [portal] selfservice reset link offered to {user}
""",
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind {user}@hosp.local failed: \
[LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, \
data 775, v4563]
{ts} INFO  [ldap-pool-{k}] LdapAuthenticator - account locked out: {user} (badPwdCount=5)
?{ts} INFO  [portal] unlock SMS to 手机:{phone}
{ts} INFO  [portal] selfservice unlock offered to {user}
""",
    ),
    "iam_sync": (
        """\
{ts} [IAM-Sync] job hr_to_iam started
{ts} [IAM-Sync] fetched {k3}{k} new employees from HR
?{ts} [IAM-Sync] employee 姓名:{name} 身份证:{idno} 手机:{phone}
{ts} [IAM-Sync] ERROR role mapping for dept code {k2} not found, skipped {k3} accounts
{ts} [IAM-Sync] finished: created=0 updated={k3} failed={k}
""",
    ),
    "cert_down": (
        """\
{ts} ERROR [sign-pool-{k}] c.s.ca.SignService - 签名失败: 连接签名服务器 {ip2}:8443 超时
{ts} ERROR [sign-pool-{k}] c.s.ca.SignService - SVS_SignData returned 0x0A00001B
javax.net.ssl.SSLHandshakeException: PKIX path validation failed: \
java.security.cert.CertPathValidatorException: validity check failed
\tat sun.security.ssl.Alert.createSSLException(Alert.java:131)
Caused by: java.security.cert.CertificateExpiredException: NotAfter: {tsz} CST
""",
    ),
    "cert_expiry": (
        """\
{ts} WARN  [ukey-agent] certificate CN={user},OU=staff,O=hosp SN={hex} expires in 15 days
{ts} INFO  [ukey-agent] renewal not requested yet
{ts} WARN  [ukey-agent] tray notification shown ({k3} times today)
""",
    ),
    "rtc_fail": (
        """\
{ts} [rtc] room={room} peer={user} ICE connection state: checking -> failed
{ts} [rtc] selected candidate pair: none (host/srflx gathered, relay unavailable)
{ts} [rtc] TURN allocate failed: 401 Unauthorized from {ip2}:3478
{ts} [sip] INVITE sip:{room}@{ip2} -> 408 Request Timeout
""",
        """\
{ts} [rtc] room={room} join failed: signalling server wss://{host}.hosp.local/ws returned 502
{ts} [rtc] reconnect attempt {k3}/5
{ts} [rtc] room={room} join failed: WebSocket closed with code 1006
""",
    ),
    "rtc_stats": (
        """\
{ts} [stats] room={room} video inbound fps=7 jitter={k}ms packetsLost=1{k3}.4% bitrate=312kbps
{ts} [stats] room={room} qualityLimitationReason=bandwidth resolution 1280x720 -> 480x270
{ts} [rtc] room={room} ICE state connected -> disconnected -> connected ({k3} s)
""",
    ),
    "rtc_share": (
        """\
{ts} [rtc] room={room} getDisplayMedia failed: NotAllowedError: Permission denied by system
{ts} [rtc] room={room} screenshare track ended unexpectedly
{ts} [rtc] room={room} remote video track muted=true (screen)
""",
    ),
    "rtc_device": (
        """\
{ts} [device] camera 'HD PTZ Camera' preset 1 not set, using home position
{ts} [device] autofocus settle time {ms} ms
{ts} [device] background blur disabled: GPU not supported
""",
    ),
    "ora_seq": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.AdmitService - 生成住院号失败
org.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; \
SQL [SELECT SEQ_ZYH.NEXTVAL FROM DUAL]; ORA-08004: sequence SEQ_ZYH.NEXTVAL exceeds MAXVALUE \
and cannot be instantiated
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.AdmitService - 患者:{name} 身份证:{idno}
\tat org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:733)
\tat com.smarthos.{pkg}.dao.SeqDao.next(SeqDao.java:{k2})
\tat com.smarthos.{pkg}.service.AdmitService.register(AdmitService.java:{k})
Caused by: java.sql.SQLException: ORA-08004: sequence SEQ_ZYH.NEXTVAL exceeds MAXVALUE and \
cannot be instantiated
""",
    ),
    "autoupdate": (
        """\
{ts} [INFO ] [AutoUpdate] 本地版本 5.2.{k3}.{k} 服务器版本 5.3.0.{k}
{ts} [INFO ] [AutoUpdate] 下载 http://{ip2}/update/{app}/5.3.0.{k}/files.xml
{ts} [ERROR] [AutoUpdate] 下载失败: 远程服务器返回错误: (404) 未找到。
{ts} [ERROR] [AutoUpdate] 文件 {exe} 校验失败 MD5 不一致, 回滚
{ts} [ERROR] [{app}] 登录失败: 客户端版本与服务器不一致, 请更新后再登录
""",
        """\
{ts} [ERROR] {exe} 启动失败
System.IO.FileLoadException: 未能加载文件或程序集“{ns}.Core, Version=5.3.0.{k}, \
Culture=neutral, PublicKeyToken=null”或它的某一个依赖项。找到的程序集清单定义与程序集引用不匹配。
   at {ns}.Program.Main(String[] args)
{ts} [WARN ] {exe} AutoUpdate: {k3} files locked by another process, update incomplete
""",
    ),
    "einvoice": (
        """\
{ts} INFO  [einvoice-pool-{k}] c.s.{pkg}.EInvoiceClient - 开票请求 busNo={n}{k} \
url=https://{host}.czt.gov.local/api/medical/invEBillHospitalized
?{ts} DEBUG [einvoice-pool-{k}] c.s.{pkg}.EInvoiceClient - payer 姓名:{name} 电话:{phone}
{ts} ERROR [einvoice-pool-{k}] c.s.{pkg}.EInvoiceClient - 开票失败 result=S0012 \
message=业务流水号重复或平台处理超时
{ts} WARN  [einvoice-pool-{k}] c.s.{pkg}.EInvoiceJob - {k3} 张票据状态“开票中”超过 {k} 分钟, 待补开
""",
    ),
    "queue_call": (
        """\
{ts} [QueueCall] 诊室 {k3}{k} 呼叫 第{k}号 → 播报文本已生成
?{ts} [QueueCall] TTS 文本: 请 {name} 到 {k3} 号诊室就诊
{ts} [QueueCall] WARN  TTS 多音字未配置读音表, 使用默认读音
{ts} [QueueCall] INFO  语速 rate={k3} 音量 volume=9{k3}
""",
    ),
    "mongo_down": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.store.DocumentStore - load document {n} failed
org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while \
waiting for a server that matches ReadPreferenceServerSelector{{readPreference=primary}}. \
Client view of cluster state is {{type=REPLICA_SET, servers=[{{address={ip2}:27017, \
type=UNKNOWN, state=CONNECTING, exception={{com.mongodb.MongoSocketOpenException: Exception \
opening socket}}}}]}}
\tat org.springframework.data.mongodb.core.MongoExceptionTranslator.translateExceptionIfPossible\
(MongoExceptionTranslator.java:95)
\tat com.smarthos.{pkg}.store.DocumentStore.load(DocumentStore.java:{k2})
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.store.DocumentStore - 患者:{name} 病历号:{mrn}
""",
        """\
{tsiso} {{"t":{{"$date":"{tsiso}"}},"s":"E","c":"STORAGE","id":22435,"ctx":"WTCheckpointThread",\
"msg":"WiredTiger error","attr":{{"error":28,"message":"No space left on device"}}}}
{tsiso} {{"t":{{"$date":"{tsiso}"}},"s":"F","c":"-","id":23089,"ctx":"WTCheckpointThread",\
"msg":"Fatal assertion","attr":{{"msgid":50853,"file":"src/mongo/db/storage/wiredtiger"}}}}
""",
    ),
    "emr_lockjob": (
        """\
{ts} [INFO ] [{app}] 时效控制任务开始 规则版本 v{k3}.{k}
{ts} [WARN ] [{app}] 规则 R{k2} 截止时间计算为 1900-01-01 00:00:00 (入院时间字段为空)
{ts} [INFO ] [{app}] 封存病历 {n} 份 (在院 {n} 份)
?{ts} [DEBUG] [{app}] 封存 患者:{name} 住院号:{mrn}
{ts} [ERROR] [{app}] 保存失败: 病历已封存, 请联系医务科解封 doc={n2}
""",
    ),
    "critical_value": (
        """\
{ts} INFO  [cv-push-{k}] c.s.{pkg}.CriticalValueService - 危急值 标本 {n} 项目 K+ 结果 6.{k3} \
mmol/L
?{ts} INFO  [cv-push-{k}] c.s.{pkg}.CriticalValueService - 患者:{name} 住院号:{mrn} 手机:{phone}
{ts} ERROR [cv-push-{k}] c.s.{pkg}.CriticalValueService - 推送失败 target=NIS/{ward} \
WebSocket session not found
{ts} ERROR [cv-push-{k}] c.s.{pkg}.CriticalValueService - 推送失败 target=HIS-DOC \
java.net.ConnectException: Connection refused
{ts} WARN  [cv-monitor] c.s.{pkg}.CriticalValueMonitor - 未确认危急值 {k} 条, 超时 {k3} 分钟
""",
    ),
    "mssql_identity": (
        """\
Msg 8115, Level 16, State 1, Procedure usp_ReportAudit, Line {k}
Arithmetic overflow error converting IDENTITY to data type int.
Arithmetic overflow occurred.
{tsq} spid{k}      Error: 8115, Severity: 16, State: 1.
""",
        """\
{ts} [ERROR] {exe} 审核失败
System.Data.SqlClient.SqlException (0x80131904): Arithmetic overflow error converting IDENTITY \
to data type int.
   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()
   at {ns}.Data.ReportRepository.Audit(Int64 sampleId)
?{ts} [DEBUG] {exe} sample owner 患者:{name} 住院号:{mrn}
Error Number:8115,State:1,Class:16
""",
    ),
    "extlab": (
        """\
{ts} INFO  [extlab-job] c.s.{pkg}.ExtLabClient - 拉取外送结果 batch={n}
{ts} ERROR [extlab-job] c.s.{pkg}.ExtLabClient - 调用第三方接口失败: \
{{"code":"E5003","msg":"系统繁忙,请稍后重试"}}
{ts} WARN  [extlab-job] c.s.{pkg}.ExtLabClient - {k} 个外送标本超过 {k3} 天未回传
{ts} ERROR [extlab-job] c.s.{pkg}.ExtLabClient - PDF 报告下载失败 HTTP 504
""",
    ),
    "lis_qc": (
        """\
{ts} [QC] 仪器 {scu} 收到结果 样本号 QC{k3}-L{k3} 项目 ALT
{ts} [QC] WARN  样本号 QC{k3}-L{k3} 未匹配质控品批号, 按病人标本处理
{ts} [QC] WARN  质控品批号 {n} 已过期, 结果未入质控图
{ts} [QC] INFO  今日质控记录 0 条 (计划 {k} 条)
""",
    ),
    "pg_down": (
        """\
{ts} CST [{pid}] LOG:  database system was interrupted; last known up at {tsz} CST
{ts} CST [{pid}] LOG:  invalid record length at 3A/{hex}: wanted 24, got 0
{ts} CST [{pid}] PANIC:  could not locate a valid checkpoint record
{ts} CST [1] LOG:  startup process (PID {pid}) was terminated by signal 6: Aborted
{ts} CST [1] LOG:  aborting startup due to startup process failure
""",
        """\
{ts} ERROR [archive-{k}] o.d.d.a.s.StoreServiceImpl - store failed
org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication\
(ConnectionFactoryImpl.java:{k2})
\tat org.postgresql.Driver.connect(Driver.java:{k})
{ts} WARN  [archive-{k}] o.d.d.a.s.StoreServiceImpl - C-STORE-RSP status=0110H Processing failure
""",
    ),
    "dicom_print": (
        """\
{ts} INFO  [PrintSCU] {scu}->{ae}({k}) >> N-CREATE-RQ Basic Film Session
{ts} INFO  [PrintSCU] {scu}->{ae}({k}) << N-CREATE-RSP status=0000H
{ts} INFO  [PrintSCU] {scu}->{ae}({k}) >> N-SET-RQ Basic Grayscale Image Box
{ts} ERROR [PrintSCU] {scu}->{ae}({k}) << N-ACTION-RSP status=C600H \
errorComment=Film Box SOP Instance hierarchy does not contain Image Box
{ts} WARN  [PrintSCU] printer DRYVIEW-{k3} status=FAILURE info=ELEVATED_TEMP
""",
    ),
    "capture": (
        """\
{ts} [ERROR] {exe} 采集设备初始化失败 hr=0x80070490 (DirectShow: 未找到元素)
{ts} [WARN ] {exe} 视频信号丢失 input=HDMI1 format=1920x1080@60
{ts} [INFO ] {exe} 采集卡 OK_C{k3}0 驱动版本 {k3}.{k}.0 重新枚举
?{ts} [DEBUG] {exe} 当前检查 患者:{name} 检查号:{mrn}
""",
    ),
    "dicom_charset": (
        """\
{ts} INFO  [MWL] {scu}->{ae}({k}) << C-FIND-RSP status=ff00H
{ts} WARN  [MWL] (0008,0005) SpecificCharacterSet [ISO_IR 100] but value contains GB18030 bytes
{ts} WARN  [MWL] (0010,0010) PatientName decoded with replacement characters: ??{k3}
{ts} INFO  [MWL] modality {scu} supports character sets: ISO_IR 100, ISO_IR 192
""",
    ),
    "infant_sec": (
        """\
{ts} [InfantGuard] WARN  receiver RX-{ward}-0{k3} heartbeat lost ({ip2})
{ts} [InfantGuard] ERROR controller {ip2}:4000 connection refused, {k} tags OFFLINE
{ts} [InfantGuard] ALARM exit door DOOR-{ward}-01 monitoring disabled
?{ts} [InfantGuard] INFO  tag {hex} mother 姓名:{name} 住院号:{mrn}
{ts} [InfantGuard] ERROR license server unreachable, service stopping
""",
    ),
    "cabinet": (
        """\
{ts} [ADC-{ward}] WARN  connection to server {ip2}:9443 lost, entering offline mode
{ts} [ADC-{ward}] INFO  override access drawer {k3} by {user}
{ts} [ADC-{ward}] ERROR fingerprint module FPM-{k3} timeout, falling back to PIN
?{ts} [ADC-{ward}] INFO  withdrawal for 患者:{name} MRN:{mrn} queued (offline)
{ts} [ADC-{ward}] WARN  {k} transactions pending sync
""",
    ),
    "telemetry": (
        """\
{ts} TELE-{gw} ERROR antenna AX-{ward}-0{k3} not responding ({ip2})
{ts} TELE-{gw} ERROR receiver subsystem DOWN, {k} transmitters unassigned
{ts} TELE-{gw} ALARM INOP "No Signal" on all telemetry beds CS-{ward}
?{ts} TELE-{gw} INFO  TX {hex} bound to 患者:{name} MRN:{mrn}
{ts} MDI-GW {gw} ERROR telemetry server {ip2}:24105 connection refused
""",
    ),
    "dialysis": (
        """\
{ts} [DialysisGW] WARN  machine HD-{k3}{k3} ({ip2}) heartbeat timeout 60 s
{ts} [DialysisGW] ERROR serial server MOXA-{k3} port 1..16 no data
{ts} [DialysisGW] ERROR push prescription to HD-{k3}{k3} failed: socket closed
?{ts} [DialysisGW] INFO  session patient 患者:{name} 透析号:{mrn}
{ts} [DialysisGW] ERROR {k} of {k} machines OFFLINE
""",
    ),
    "alarm_mgr": (
        """\
{ts} [AlarmMgr] ERROR SIP trunk to PBX {ip2}:5060 down (503 Service Unavailable)
{ts} [AlarmMgr] ERROR deliver alarm HR_HIGH bed {ward}-{bed} to handset 8{k} failed
{ts} [AlarmMgr] WARN  escalation queue length {n2}, oldest {k} s
{ts} [AlarmMgr] ERROR database connection lost, rules engine stopped
""",
    ),
    "poct": (
        """\
{ts} [POCT-MW] INFO  dock DK-{ward}-{k3} meter SN{n} connected
{ts} [POCT-MW] WARN  operator {user} not in meter operator list, result held
{ts} [POCT-MW] ERROR ADT lookup failed for patient id {mrn}: HTTP 504
?{ts} [POCT-MW] INFO  result GLU 1{k3}.2 mmol/L 患者:{name}
{ts} [POCT-MW] WARN  {k} results pending upload to NIS
""",
    ),
    "ecg_upload": (
        """\
{ts} [ECG-Gateway] POST /ecg/upload from cart ECG-{ward}-{k3} ({ip}) HL7 aECG {k2} KB
{ts} [ECG-Gateway] ERROR order match failed: accession {n} not found
{ts} [ECG-Gateway] ERROR FTP {ip2}:21 530 Login incorrect
{ts} [ECG-Gateway] WARN  {k3} ECGs in cart outbox
""",
    ),
    "device_asset": (
        """\
{ts} MDI-GW {gw} INFO  device {mon} reported serial SN{n}, registry SN{n2}
{ts} MDI-GW {gw} WARN  unit for TEMP on {mon} is degF, expected degC
{ts} MDI-GW {gw} INFO  {pump} battery cycles {k2}, end-of-life threshold 500
""",
        """\
{ts} [AssetSync] device {pump} missing from asset register
{ts} [AssetSync] device {vent} department code {k} mismatch (register {k2})
{ts} [AssetSync] PM overdue: {k3} devices
""",
    ),
    "empi": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.EmpiClient - POST /empi/patient/register failed
feign.RetryableException: Connection refused (Connection refused) executing POST \
http://{ip2}:8086/empi/patient/register
\tat feign.FeignException.errorExecuting(FeignException.java:249)
\tat com.smarthos.{pkg}.EmpiClient.register(EmpiClient.java:{k2})
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.EmpiClient - 姓名:{name} 身份证:{idno}
Caused by: java.net.ConnectException: Connection refused (Connection refused)
""",
    ),
    "license": (
        """\
[{tsc}]  ERROR (com.mirth.connect.server.controllers.DefaultExtensionController:{k}): \
License validation failed: license expired on {tsz}
[{tsc}]  WARN  (com.mirth.connect.server.controllers.DonkeyEngineController:{k2}): \
Stopping all channels: no valid license
[{tsc}]  INFO  (com.mirth.connect.donkey.server.channel.Channel:{k}): Channel {chan} stopped
""",
        """\
{ts} [ESB] 授权校验失败: License 已于 {tsz} 过期
{ts} [ESB] 所有服务进入停止状态 (共 {k} 个)
{ts} [ESB] 服务 {chan} 调用被拒绝: 平台未授权
""",
    ),
    "hie": (
        """\
{ts} INFO  [hie-upload] c.s.{pkg}.HieUploader - 上传共享文档 type=C0032 count={k}
{ts} ERROR [hie-upload] c.s.{pkg}.HieUploader - 平台返回 \
{{"code":"4001","message":"文档校验失败: CDA 头部 recordTarget 缺失"}}
{ts} WARN  [hie-upload] c.s.{pkg}.HieUploader - 待上传 {n} 份, 最早 {tsz}
""",
    ),
    "pay_callback": (
        """\
{ip} - - [{tsn}] "POST /pay/notify/wechat HTTP/1.1" 500 61 "-" "Mozilla/4.0"
{ts} ERROR [pay-notify-{k}] c.s.{pkg}.PayNotifyController - 回调处理失败 out_trade_no={n}{k2}
org.springframework.dao.QueryTimeoutException: update MZ_SFJS set status=1 timed out
?{ts} INFO  [pay-notify-{k}] c.s.{pkg}.PayNotifyController - 付款人 手机:{phone}
{ts} WARN  [pay-reconcile] c.s.{pkg}.ReconcileJob - {k3} 笔已支付未更新, 将在 {k} 分钟后补偿
""",
    ),
    "ora_corrupt": (
        """\
{tsiso}
Errors in file /u01/app/oracle/diag/rdbms/orcl/orcl1/trace/orcl1_ora_{pid}.trc  (incident={n}):
ORA-01578: ORACLE data block corrupted (file # {k3}, block # {n})
ORA-01110: data file {k3}: '+DATA/ORCL/DATAFILE/his_data.{k2}.{n}'
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - select {table} failed
java.sql.SQLException: ORA-01578: ORACLE data block corrupted (file # {k3}, block # {n})
""",
    ),
    "ora_procs": (
        """\
{tsiso}
ORA-00020: maximum number of processes (2000) exceeded
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
SQLException, url: jdbc:oracle:thin:@{dbhost}:1521/orcl, errorCode 20, state 99999
java.sql.SQLException: ORA-00020: maximum number of processes (2000) exceeded
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
""",
    ),
    "ora_sessions": (
        """\
SQL> select machine, status, count(*) from v$session group by machine, status order by 3 desc;

MACHINE                        STATUS     COUNT(*)
------------------------------ -------- ----------
{host}                         INACTIVE       {k2}
{host}                         ACTIVE           {k3}
{ts} WARN  [HikariPool-1 housekeeper] c.z.h.pool.HikariPool - HikariPool-1 - Connection leak \
detection triggered for oracle.jdbc.driver.T4CConnection@{hex} on thread http-nio-8080-exec-{k}
""",
    ),
    "ora_temp": (
        """\
{ts} ERROR [report-pool-{k}] c.s.{pkg}.ReportService - 报表执行失败 id={k2}
java.sql.SQLException: ORA-01652: unable to extend temp segment by 128 in tablespace TEMP
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
\tat com.smarthos.{pkg}.ReportService.run(ReportService.java:{k})
{tsiso}
ORA-1652: unable to extend temp segment by 128 in tablespace                 TEMP
""",
    ),
    "mssql_ag": (
        """\
{tsq} spid{k}s     The state of the local availability replica in availability group 'AG_LIS' \
has changed from 'PRIMARY_NORMAL' to 'RESOLVING_NORMAL'.
{tsq} spid{k}s     Error: 35262, Severity: 17, State: 1.
{tsq} spid{k2}s    The availability group listener 'lis-ag-lsnr' failed to come online. \
Windows Server Failover Clustering error 5942.
Msg 983, Level 14, State 1, Line 1
Unable to access availability database 'LIS' because the database replica is not in the \
PRIMARY or SECONDARY role.
""",
    ),
    "rman": (
        """\
RMAN> backup incremental level 0 database plus archivelog delete input;
RMAN-03009: failure of backup command on ORA_DISK_1 channel at {tsz}
ORA-19502: write error on file "/backup/orcl/df_{n}.bkp", block number {n2} (block size=8192)
ORA-27072: File I/O error
Linux-x86_64 Error: 28: No space left on device
RMAN-00571: ===========================================================
""",
        """\
{tsq} Backup      Error: 3041, Severity: 16, State: 1.
{tsq} Backup      BACKUP failed to complete the command BACKUP DATABASE LIS WITH DIFFERENTIAL. \
Check the backup application log for detailed messages.
Msg 3035, Level 16, State 1, Line 1
Cannot perform a differential backup for database "LIS", because a current database backup \
does not exist.
""",
    ),
    "ora_pwd": (
        """\
SQL> connect report_ro@ORCL
ERROR:
ORA-28002: the password will expire within 7 days
Connected.
SQL> select username, account_status, expiry_date from dba_users where username like 'ESB%';
ESB_APP                        EXPIRED(GRACE)       {tsz}
""",
    ),
    "net_dhcp": (
        """\
{tss} dhcp01 dhcpd[{pid}]: DHCPDISCOVER from {mac} via 10.{k}.{k3}.1: network \
10.{k}.{k3}.0/24: no free leases
{tss} dhcp01 dhcpd[{pid}]: DHCPDISCOVER from {mac} via 10.{k}.{k3}.1: network \
10.{k}.{k3}.0/24: no free leases
{tss} {sw} %DHCP_SNOOPING-4-DHCP_SNOOPING_ERRDISABLE_WARNING: DHCP Snooping received {k2} DHCP \
packets on interface Gi1/0/{k}
""",
        """\
C:\\Users\\{user}>ipconfig
以太网适配器 以太网:
   自动配置 IPv4 地址  . . . . . . . : 169.254.{k}.{k2}
   子网掩码  . . . . . . . . . . . . : 255.255.0.0
   默认网关. . . . . . . . . . . . . :
""",
    ),
    "net_loop": (
        """\
{tss} {sw} %SW_MATM-4-MACFLAP_NOTIF: Host {mac} in vlan {k} is flapping between port \
Gi1/0/{k3} and port Gi1/0/{k}
{tss} {sw} %STORM_CONTROL-3-FILTERED: A packet storm was detected on Gi1/0/{k}. A packet \
filter action has been applied on the interface.
{tss} {sw} %SPANTREE-2-LOOPGUARD_BLOCK: Loop guard blocking port Gi1/0/{k3} on VLAN{k}.
{tss} {sw} %SYS-3-CPUHOG: Task is running for ({ms})msecs, more than (2000)msecs
""",
    ),
    "net_fw_ha": (
        """\
{tss} fw01 %ASA-1-104001: (Primary) Switching to ACTIVE - Other unit wants me Active.
{tss} fw01 %ASA-1-105005: (Primary) Lost Failover communications with mate on interface \
failover
{tss} fw02 %ASA-1-104001: (Secondary) Switching to ACTIVE - Other unit wants me Active.
{tss} fw01 %ASA-4-411002: Line protocol on Interface inside, changed state to down
{tss} fw01 %ASA-6-110003: Routing failed to locate next hop for TCP from inside:{ip}/{pid} to \
dmz-srv:{ip2}/1521
""",
    ),
    "net_arp": (
        """\
Log Name:      System
Source:        Tcpip
Date:          {tsw}
Event ID:      4199
Level:         Error
Computer:      {pc}.hosp.local
Description:
The system detected an address conflict for IP address {ip} with the system having network \
hardware address {mac}. Network operations on this system may be disrupted as a result.
""",
        """\
{tss} {sw} %IP-4-DUPADDR: Duplicate address {ip} on Vlan{k}, sourced by {mac}
{tss} {sw} %SW_DAI-4-DHCP_SNOOPING_DENY: 1 Invalid ARPs (Req) on Gi1/0/{k3}, vlan {k}
""",
    ),
    "net_bw": (
        """\
{tss} edge01 %QOS-4-CONGESTION: interface GigabitEthernet0/0/0 (ISP-CT) output utilization \
9{k3}% for 300 s
{tss} edge01 %QOS-6-DROP: class default drops {n} packets in last 60 s
{tss} edge01 top talkers: {ip} -> 0.0.0.0 {k2} Mbps (video streaming), {ip} -> update.* {k} Mbps
""",
    ),
    "net_radius": (
        """\
{tss} radius01 radiusd[{pid}]: (1{k}) Login incorrect (eap_peap: TLS Alert read:fatal:unknown \
CA): [host/{pc}] (from client wlc01 port 0 cli {mac})
{tss} radius01 radiusd[{pid}]: (1{k2}) eap_peap: ERROR: TLS Alert read:fatal:certificate expired
{tss} wlc01 %DOT1X-4-MAX_EAPOL_KEY_RETRANS: Max EAPOL-key M1 retransmissions exceeded for \
client {mac}
""",
    ),
    "ups_env": (
        """\
{tss} ups01 UPS: On battery. Input voltage 0.0 V. Runtime remaining {k3} min
{tss} ups01 UPS: Bypass transfer failed, output OFF on group B
{tss} env01 SENSOR rack-{k3}{k3} inlet temperature 4{k3}.2 C > critical 35.0 C
{tss} env01 SENSOR CRAC-{k3} status ALARM compressor fault
{tss} {host} systemd-logind[{pid}]: Power key pressed. System is powering down.
""",
    ),
    "av_ransom": (
        """\
{ts} [EDR] ALERT ransomware behavior detected on {pc} process svch0st.exe pid {pid}
{ts} [EDR] {n} files renamed to *.locked in \\\\fs01\\share\\{user}
{ts} [EDR] ransom note README_RESTORE.txt created on {pc}
{ts} [EDR] lateral movement: SMB 445 connections from {ip} to {k2} hosts
{ts} [EDR] host {pc} isolated by policy
""",
    ),
    "vdi": (
        """\
{tsw} Connection Server cs01: Desktop pool HIS-POOL: no available desktops for user {user}
{tsw} Connection Server cs01: Error communicating with vCenter: Connection refused
{tsw} Agent on {vm} unreachable, state AGENT_UNREACHABLE
{tsw} Broker: {k2} pending session requests timed out
""",
    ),
    "smb_slow": (
        """\
Log Name:      Microsoft-Windows-SMBClient/Connectivity
Source:        Microsoft-Windows-SMBClient
Date:          {tsw}
Event ID:      30803
Level:         Error
Computer:      {pc}.hosp.local
Description:
Failed to establish a network connection. Error: {{Network Name Not Found}} \
Server name: fs01.hosp.local Server address: {ip2}:445 Connection type: Wsk
""",
    ),
    "av_scan": (
        """\
{ts} [AV] scheduled full scan started on {pc}, priority=normal
{ts} [AV] process avscan.exe cpu {k3}{k3}% disk {ms} KB/s
{ts} [AV] quarantined C:\\Program Files\\SmartHos\\{exe} (Heur.Suspicious.Gen)
{ts} [AV] scan finished: {n} files, {k3} threats, duration {k}m
""",
    ),
    "profile": (
        """\
Log Name:      Application
Source:        Microsoft-Windows-User Profiles Service
Date:          {tsw}
Event ID:      1511
Level:         Warning
Computer:      {pc}.hosp.local
Description:
Windows cannot find the local profile and is logging you on with a temporary profile. Changes \
you make to this profile will be lost when you log off.
""",
    ),
    "display": (
        """\
Log Name:      System
Source:        Display
Date:          {tsw}
Event ID:      4101
Level:         Warning
Computer:      {pc}.hosp.local
Description:
Display driver igfx stopped responding and has successfully recovered.
""",
    ),
    "msi_install": (
        """\
Log Name:      Application
Source:        MsiInstaller
Date:          {tsw}
Event ID:      11708
Level:         Information
Computer:      {pc}.hosp.local
Description:
Product: Office Suite -- Installation failed. Error 1925: You do not have sufficient \
privileges to complete this installation for all users.
""",
    ),
    "ilo": (
        """\
{tss} ilo-{host} IML: Fan {k3} failed (Location: System, Redundant)
{tss} ilo-{host} IML: Power Supply 2 redundancy lost
{tss} ilo-{host} IML: Drive Array: Physical drive 1I:1:{k3} predictive failure
""",
    ),
    "ad_dc": (
        """\
Log Name:      System
Source:        NETLOGON
Date:          {tsw}
Event ID:      5719
Level:         Error
Computer:      {pc}.hosp.local
Description:
This computer was not able to set up a secure session with a domain controller in domain HOSP \
due to the following: There are currently no logon servers available to service the logon \
request.
""",
        """\
Log Name:      Directory Service
Source:        Microsoft-Windows-ActiveDirectory_DomainService
Date:          {tsw}
Event ID:      2092
Level:         Error
Computer:      dc01.hosp.local
Description:
This server is the owner of the following FSMO role, but does not consider it valid. \
Role: CN=RID Manager$,CN=System,DC=hosp,DC=local
""",
    ),
    "ad_lockout": (
        """\
Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          {tsw}
Event ID:      4740
Level:         Information
Computer:      dc01.hosp.local
Description:
A user account was locked out.
Account That Was Locked Out:  Account Name: {user}
Additional Information:  Caller Computer Name: {host}
""",
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - account locked out: {user} (badPwdCount=5)
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - {n2} lockouts in last 10 min, source {ip}
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind svc_{app}@hosp.local failed: data 52e
""",
    ),
    "tls_expired": (
        """\
{tsng} [warn] {pid}#0: "ssl_stapling" ignored, certificate "/etc/nginx/ssl/sso.crt" has \
expired
{ts} ERROR [http-nio-8443-exec-{k}] o.a.c.c.DefaultCasClient - validate ticket failed
javax.net.ssl.SSLHandshakeException: PKIX path validation failed: \
java.security.cert.CertPathValidatorException: validity check failed
Caused by: java.security.cert.CertificateExpiredException: NotAfter: {tsz} CST
{ip} - - [{tsn}] "GET /cas/login HTTP/1.1" 495 0 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
    ),
    "iam_role": (
        """\
{ts} [IAM] role R_{k2} updated by {user}: removed {k3} permissions
{ts} [IAM] WARN  permission ZY_JS_CY (出院结算) no longer granted to {k} users
{ts} [IAM] INFO  cache refresh pushed to {k3} applications
""",
    ),
    "bio_auth": (
        """\
{ts} [BioAuth] match request from {pc} template={k2} score=0.{k} threshold=0.75 REJECT
{ts} [BioAuth] WARN  matching service {ip2}:9090 latency {ms} ms
{ts} [BioAuth] ERROR device FP-{k3} image quality low (NFIQ {k3})
""",
    ),
    "ca_slow": (
        """\
{ts} WARN  [sign-pool-{k}] c.s.ca.SignService - SVS_SignData took {ms} ms
{ts} WARN  [sign-pool-{k}] c.s.ca.TsaClient - timestamp request to {ip2}:9810 slow ({ms2} ms)
{ts} ERROR [sign-pool-{k}] c.s.ca.SignService - verify failed: OCSP responder timeout, retry 1/3
""",
    ),
    "sms_otp": (
        """\
{ts} [MFA] send OTP to user {user} via provider SMS-GW
{ts} [MFA] WARN  provider accepted, delivery report delayed {ms} ms
{ts} [MFA] WARN  template signature 【旧院名】 pending update
?{ts} [MFA] DEBUG mobile {phone}
""",
    ),
    "queue_srv": (
        """\
{ts} [QueueServer] ERROR database connection lost: Communications link failure
{ts} [QueueServer] WARN  screen SCR-{k3}{k} heartbeat timeout, {k} screens offline
{ts} [QueueServer] ERROR TTS service {ip2}:8099 connection refused
?{ts} [QueueServer] INFO  pending call 患者:{name} 诊室 {k3}
{ts} [QueueServer] ERROR service stopped after {k3} restarts
""",
    ),
    "pos": (
        """\
{ts} [POS] 终端 {n2} 签到失败 RespCode=A0 (MAC校验错)
{ts} [POS] 交易 消费 金额 {k}.00 → 通讯失败, 连接银联前置 {ip2}:6001 超时
{ts} [POS] 扫码盒 QR-{k3} 支付请求返回 SYSTEMERROR
?{ts} [POS] 付款人 手机:{phone}
{ts} [POS] 当日失败交易 {k} 笔
""",
    ),
    "tube_labeler": (
        """\
{ts} [TubePrep] ERROR LIS query {ip2}:8080/lis/api/tubes timeout after {ms} ms
{ts} [TubePrep] ERROR unit BS-{k3} label printer head error, stopping
{ts} [TubePrep] WARN  tube bin {k3} empty
?{ts} [TubePrep] INFO  pending 患者:{name} 条码 {n}
{ts} [TubePrep] ERROR queue {k} patients waiting, manual mode required
""",
    ),
    "sigpad": (
        """\
{ts} [SignPad] open device HID VID_2A53 failed, error 0x{hex}
{ts} [SignPad] WARN  stroke data empty after confirm, points=0
{ts} [SignPad] INFO  reconnect attempt {k3}
""",
    ),
    "twain": (
        """\
{ts} [ScanStation] TWAIN DSM: data source 'fi-7160' not found
{ts} [ScanStation] ERROR scanner reported PAPER JAM at ADF, batch {n} page {k}
{ts} [ScanStation] WARN  duplex page count mismatch: front {k} back {k2}
""",
    ),
    "ambulance": (
        """\
{ts} [EMS-GW] WARN  vehicle AMB-{k3}{k} 5G link RSRP -1{k}dBm SINR -{k3}dB
{ts} [EMS-GW] ERROR vehicle AMB-{k3}{k} MQTT disconnected: keepalive timeout
{ts} [EMS-GW] ERROR 12-lead ECG upload from AMB-{k3}{k} failed: TLS handshake timeout
?{ts} [EMS-GW] INFO  case patient 姓名:{name} 电话:{phone}
{ts} [EMS-GW] WARN  {k3} vehicles offline
""",
    ),
    "rtc_audio": (
        """\
{ts} [stats] room={room} audio outbound level=0.0{k3} inbound level=0.00 packetsLost=0
{ts} [rtc] room={room} remote audio track muted=true (peer {user})
{ts} [device] AEC disabled: echo return loss {k3} dB
{ts} [device] microphone gain {k}% (agc off)
""",
    ),
    "rtc_record": (
        """\
{ts} [recorder] room={room} recording started file=/rec/{room}_{n}.mp4
{ts} [recorder] ERROR write failed: No space left on device after {k} min
{ts} [recorder] WARN  moov atom not written, file not playable
{ts} [recorder] ERROR upload to archive {ip2} failed: 403 Forbidden
""",
    ),
    "push_notify": (
        """\
{ts} INFO  [push-{k}] c.s.{pkg}.PushService - send template msg to doctor {user}
{ts} ERROR [push-{k}] c.s.{pkg}.PushService - wechat api errcode=45009 api freq out of limit
{ts} WARN  [push-{k}] c.s.{pkg}.PushService - queue backlog {n2}, oldest {k} min
?{ts} DEBUG [push-{k}] c.s.{pkg}.PushService - patient 姓名:{name} 手机:{phone}
""",
    ),
}

# --------------------------------------------------------------------------- log values

HOST_PREFIX: dict[str, str] = {
    "his": "his",
    "emr": "emr",
    "lis": "lis",
    "pacs": "pacs",
    "nursing": "nis",
    "medical_device": "mdi",
    "integration": "esb",
    "database": "his",
    "network": "core",
    "infrastructure": "app",
    "identity": "cas",
    "peripheral": "print",
    "telemedicine": "rtc",
}
TABLES: dict[str, tuple[str, ...]] = {
    "his": ("MZ_GHMX", "MZ_SFJS", "ZY_YZXX", "YF_FYMX", "ZY_BRXX"),
    "emr": ("EMR_DOCUMENT", "EMR_SIGN", "BA_SY", "HL_JLD"),
    "lis": ("LIS_SAMPLE", "LIS_RESULT", "LIS_REQUEST"),
    "pacs": ("RIS_STUDY", "RIS_REPORT", "RIS_SCHEDULE"),
    "integration": ("ESB_MSG_LOG", "DICT_MAPPING", "ESB_RETRY_QUEUE"),
    "database": ("MZ_SFJS", "ZY_YZXX", "EMR_DOCUMENT", "YF_FYMX", "MZ_GHMX"),
}
DEFAULT_TABLES = ("MZ_SFJS", "ZY_YZXX", "EMR_DOCUMENT", "ZY_BRXX")
PC_PREFIXES = ("MZ-SFC", "JZ-GH", "ICU-NS", "W05-NS", "FSK-RD", "JYK-QS", "YWK-OFF", "W12-DR")
USER_PREFIXES = ("hs", "ys", "sf", "jy", "fs", "xx")
CHANNELS = (
    "HIS_ADT_to_LIS",
    "HIS_ORM_to_PACS",
    "LIS_ORU_to_HIS",
    "HIS_ADT_to_PACS",
    "EMR_MDM_to_HIE",
    "NIS_VITALS_IN",
)
PACS_AES = ("PACS_ARCH", "DCM4CHEE", "PACS_QR", "RIS_MWL")
MODALITY_AES = ("CT_GE_01", "MR_SIEMENS_1", "DR_ER_01", "US_PHILIPS_3", "COBAS8000", "XN1000")
MONITORS = ("MX700", "N17", "iMEC10", "BSM-6701")
PUMPS = ("Infusomat", "BeneFusion-SP5", "Agilia-VP", "SK-600")
VENTS = ("Servo-i", "Evita-V500", "SV800", "Hamilton-C6")
PRINTERS: dict[str, tuple[str, ...]] = {
    "print-invoice": ("EPSON LQ-630KII", "OKI 5200F", "Jolimark FP-630K"),
    "print-label": ("Zebra ZD888", "Zebra GK888t", "TSC TTP-244 Pro"),
    "print-report": ("HP LaserJet Pro M404dn", "Brother HL-5590DN", "Lenovo LJ2405D"),
}
PRINT_DOCS = ("Print Document", "发票_{n}", "腕带_{k}", "检验条码_{n}", "报告单")
SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗"
GIVEN_NAMES = (
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "强",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "建国",
    "桂英",
)
ID_REGIONS = ("110101", "310104", "440106", "330106", "510107", "420102")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FIRST_LOG_TIME = datetime(2026, 1, 5)
LOG_TIME_SPAN_DAYS = 320


def _pascal(app: str) -> str:
    """ "his-reg" -> "HisReg", for executables, namespaces and services."""
    return "".join(part.capitalize() for part in app.split("-"))


def _ip(rng: random.Random, second_octet: int) -> str:
    """A private address; servers sit in 10.1-3.x.x, clients in 10.20-60.x.x."""
    return f"10.{second_octet}.{rng.randint(1, 254)}.{rng.randint(2, 250)}"


def _guid(rng: random.Random) -> str:
    """A GUID drawn from `rng` (uuid4 would not be reproducible)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _resident_id(rng: random.Random) -> str:
    """A synthetic 18-digit resident ID: real layout and check digit, random content."""
    birth = datetime(1940, 1, 1) + timedelta(days=rng.randint(0, 29_000))
    body = f"{rng.choice(ID_REGIONS)}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def _log_values(rng: random.Random, fam: Family) -> dict[str, str]:
    """Random hosts, ids, devices and fake personal data for one log excerpt."""
    prefix = HOST_PREFIX[fam.subsystem]
    values = {
        "app": fam.app,
        "pkg": fam.app.replace("-", "."),
        "exe": f"{_pascal(fam.app)}.exe",
        "ns": f"SmartHos.{_pascal(fam.app)}",
        "svc": f"{_pascal(fam.app)}Service",
        "host": f"{prefix}-{rng.choice(('app', 'web', 'srv'))}{rng.randint(1, 4):02d}",
        "dbhost": f"{prefix}-db{rng.randint(1, 2):02d}",
        "pc": f"{rng.choice(PC_PREFIXES)}-{rng.randint(1, 40):02d}",
        "sw": f"{rng.choice(('CORE', 'AGG', 'ACC'))}-SW-{rng.choice('ABCD')}{rng.randint(1, 9)}",
        "esx": f"esxi-{rng.randint(1, 16):02d}.hosp.local",
        "vm": f"{rng.choice(('his', 'emr', 'esb', 'lis'))}-app{rng.randint(1, 6):02d}",
        "vol": f"5f{rng.getrandbits(24):06x}-{rng.getrandbits(16):04x}",
        "ip": _ip(rng, rng.randint(20, 60)),
        "ip2": _ip(rng, rng.randint(1, 3)),
        "user": f"{rng.choice(USER_PREFIXES)}{rng.randint(1, 9999):04d}",
        "k": str(rng.randint(10, 199)),
        "k2": str(rng.randint(10, 999)),
        "k3": str(rng.randint(2, 9)),
        "k4": str(rng.randint(10, 59)),
        "n": str(rng.randint(1000, 99999)),
        "n2": str(rng.randint(100, 9999)),
        "ms": str(rng.randint(3000, 65000)),
        "ms2": str(rng.randint(3000, 65000)),
        "pid": str(rng.randint(1000, 65000)),
        "pid2": str(rng.randint(1000, 65000)),
        "cid": str(rng.randint(10**11, 10**12 - 1)),
        "cid2": str(rng.randint(10**11, 10**12 - 1)),
        "table": rng.choice(TABLES.get(fam.subsystem, DEFAULT_TABLES)),
        "chan": rng.choice(CHANNELS),
        "ae": rng.choice(PACS_AES),
        "scu": rng.choice(MODALITY_AES),
        "uid": f"1.2.840.113619.2.55.3.{rng.randint(10**8, 10**9)}.{rng.randint(100, 999)}",
        "mon": f"{rng.choice(MONITORS)}-{rng.randint(1000, 9999)}",
        "pump": f"{rng.choice(PUMPS)}-{rng.randint(1000, 9999)}",
        "vent": f"{rng.choice(VENTS)}-{rng.randint(1, 20):02d}",
        "gw": f"{rng.randint(1, 4):02d}",
        "ward": f"W{rng.choice(WARD_NUMBERS):02d}",
        "bed": f"{rng.randint(1, 40):02d}",
        "mac": ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6)),
        "ap": f"AP-IP-{rng.randint(3, 16)}F-{rng.randint(1, 12):02d}",
        "ap2": f"AP-IP-{rng.randint(3, 16)}F-{rng.randint(1, 12):02d}",
        "printer": rng.choice(PRINTERS.get(fam.app, PRINTERS["print-report"])),
        "guid": _guid(rng),
        "sqlid": "".join(rng.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)),
        "sqlid2": "".join(rng.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)),
        "hex": f"{rng.getrandbits(32):08X}",
        "room": f"MDT-{rng.randint(100, 999)}",
        "name": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
        "idno": _resident_id(rng),
        "phone": f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}",
        "mrn": f"{rng.randint(1, 999_999):08d}",
    }
    values["doc"] = rng.choice(PRINT_DOCS).format_map(values)
    return values


def _stamps(t: datetime) -> dict[str, str]:
    """The same instant in each timestamp format the templates use."""
    ms = t.microsecond // 1000
    month = MONTHS[t.month - 1]
    return {
        "ts": f"{t:%Y-%m-%d %H:%M:%S}.{ms:03d}",
        "tsc": f"{t:%Y-%m-%d %H:%M:%S},{ms:03d}",
        "tsz": f"{t:%Y-%m-%d %H:%M:%S}",
        "tsiso": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+08:00",
        "tsw": f"{t.year}/{t.month}/{t.day} {t.hour}:{t:%M:%S}",
        "tsn": f"{t.day:02d}/{month}/{t.year}:{t:%H:%M:%S} +0800",
        "tsng": f"{t:%Y/%m/%d %H:%M:%S}",
        "tss": f"{month} {t.day:2d} {t:%H:%M:%S}",
        "tsh": f"{t:%Y%m%d%H%M%S}",
        "tsa": f"{t:%m-%d %H:%M:%S}.{ms:03d}",
        "tsq": f"{t:%Y-%m-%d %H:%M:%S}.{ms // 10:02d}",
    }


def _render_log(rng: random.Random, fam: Family) -> str:
    """One log excerpt from one of the family's log kinds, clock advancing line by line."""
    template = rng.choice(LOG_TEMPLATES[rng.choice(fam.logs.split())])
    values = _log_values(rng, fam)
    with_pii = rng.random() < PII_SHARE
    clock = FIRST_LOG_TIME + timedelta(
        days=rng.randint(0, LOG_TIME_SPAN_DAYS), microseconds=rng.randint(0, 86_399_999_999)
    )
    lines = []
    for line in template.splitlines():
        if line.startswith("?"):
            if not with_pii:
                continue
            line = line[1:]
        if "{ts" in line:
            clock += timedelta(milliseconds=rng.randint(1, rng.choice((900, 9000))))
        lines.append(line.format_map(values | _stamps(clock)))
    return "\n".join(lines)


# --------------------------------------------------------------------------- text


def _places(where: str) -> list[tuple[str, str, str]]:
    """(pool, zh, en) for every place in the named pools."""
    return [(pool, zh, en) for pool in where.split() for zh, en in PLACES[pool]]


def _fill(rng: random.Random, fam: Family, lang: str) -> dict[str, str]:
    """Placeholder values for one description: place, reporter, ward, bed and counts."""
    pool, zh, en = rng.choice(_places(fam.where))
    role_zh, role_en = rng.choice(ROLES[pool])
    ward = rng.choice(WARD_NUMBERS)
    common = {
        "bed": str(rng.randint(1, 40)),
        "n": str(rng.randint(3, 12)),
        "m": str(rng.choice((10, 15, 20, 30, 40, 50))),
        "ext": str(rng.randint(2000, 8999)),
    }
    if lang == "zh":
        return common | {"loc": zh, "bare": zh, "role": role_zh, "ward": f"{ward}病区"}
    return common | {
        "loc": en,
        "bare": en.removeprefix("the "),
        "role": role_en,
        "ward": f"Ward {ward}",
    }


def _join(parts: list[str], lang: str) -> str:
    """Join sentences, closing any that lacks end punctuation."""
    closer, sep = ("。", "") if lang == "zh" else (".", " ")
    closed = [p if p[-1] in SENTENCE_END[lang] else p + closer for p in parts[:-1]]
    return sep.join([*closed, parts[-1]])


def _compose(rng: random.Random, fam: Family, lang: str, wording: str) -> str:
    """A description: the wording, sometimes framed by tier-matched and neutral fragments."""
    fill = _fill(rng, fam, lang)
    body = wording.format_map(fill)
    if rng.random() < BARE_SHARE:
        return body
    key = (fam.tier, lang)
    impact = rng.choice(IMPACTS[key]) if rng.random() < 0.6 else ""
    # an impact that already says how long ("{m} minutes") leaves no room for a start time
    when = rng.choice(WHENS[lang]) if rng.random() < 0.35 and "{m}" not in impact else ""
    ask = rng.choice(ASKS[key]) if rng.random() < 0.3 else ""
    opener = rng.choice(OPENERS[key]) if rng.random() < 0.3 else ""
    parts = [p.format_map(fill) for p in (opener, body, impact, when, ask) if p]
    text = _join(parts, lang)
    if "{loc}" not in wording and rng.random() < 0.2:
        text = TAGS[lang].format_map(fill) + text
    if rng.random() < 0.3:
        text += "\n" + rng.choice(SIGNATURES[lang]).format_map(fill)
    return text


def _family_cases(fam: Family, seed: int) -> list[dict]:
    """All cases of one family; its own generator keeps it stable when others change."""
    rng = random.Random(f"{seed}/{fam.name}")
    decks = {
        lang: rng.sample(wordings, len(wordings))
        for lang, wordings in (("zh", fam.zh), ("en", fam.en))
    }
    with_log = [i < CASES_PER_FAMILY // 2 for i in range(CASES_PER_FAMILY)]
    rng.shuffle(with_log)
    seen: set[str] = set()
    cases = []
    for i in range(CASES_PER_FAMILY):
        lang = ("zh", "en")[i % 2]
        deck = decks[lang]
        for attempt in range(COMPOSE_TRIES):
            text = _compose(rng, fam, lang, deck[(i // 2 + attempt) % len(deck)])
            if text not in seen:
                break
        seen.add(text)
        cases.append(
            {
                "id": f"{fam.name}/{i:02d}",
                "family": fam.name,
                "lang": lang,
                "text": text,
                "log": _render_log(rng, fam) if with_log[i] else "",
                "subsystem": fam.subsystem,
                "tier": fam.tier,
            }
        )
    return cases


def generate_cases(seed: int = 20261126) -> list[dict]:
    """Every labelled case, family by family; the same seed always gives the same list."""
    return [case for fam in FAMILIES for case in _family_cases(fam, seed)]


def _check_tables() -> None:
    """Fail at import if the tables stop covering every label cell or name unknown kinds."""
    cells = Counter((fam.subsystem, fam.tier) for fam in FAMILIES)
    for subsystem in SUBSYSTEM_IDS:
        for tier in TIER_IDS:
            assert cells[(subsystem, tier)] >= MIN_FAMILIES_PER_CELL, (subsystem, tier)
    assert set(cells) <= {(s, t) for s in SUBSYSTEM_IDS for t in TIER_IDS}, set(cells)
    assert len({fam.name for fam in FAMILIES}) == len(FAMILIES), "duplicate family name"
    for fam in FAMILIES:
        assert fam.zh and fam.en, fam.name
        assert set(fam.logs.split()) <= LOG_TEMPLATES.keys(), fam.name
        assert set(fam.where.split()) <= PLACES.keys(), fam.name


_check_tables()
