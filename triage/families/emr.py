"""Fault families of subsystem `emr` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "emr/record-patient-mixup",
        "P1",
        "ward",
        "emr-doccache",
        "emr_cache_mixup",
        zh=(
            "病历串了！打开的是别的病人的病历",
            "{loc}点开{bed}床的病历，里面的病程是另一个病人的！好几个医生都遇到了",
            "电子病历串患者，医生差点按别人的病历开药，现在都不敢写了",
            "全院病历显示错乱，病人姓名是对的，内容是别人的，已经让大家先停用",
            "打开病历出来的过敏史和检查结果不是这个病人的，太危险了，快来看！",
        ),
        en=(
            "Records mixed up - opening one patient shows another's notes!",
            "Opened bed {bed}'s record in {loc} and the progress notes belong to a different "
            "patient! several doctors saw it",
            "EMR showing the wrong patient's content, a doctor nearly prescribed off someone "
            "else's notes, nobody dares write now",
            "Record content scrambled across patients hospital-wide - right name, wrong notes; "
            "told everyone to stop using it",
            "allergies and results in this record aren't this patient's, this is dangerous, "
            "come now!",
        ),
    ),
    Family(
        "emr/document-save-corrupt",
        "P1",
        "ward",
        "emr-xmldoc",
        "emr_xml_corrupt",
        zh=(
            "保存过的病历再打开全是乱码",
            "今天保存的病历重新打开全变成乱码和方框，全院都这样，昨天的还正常！",
            "{loc}刚写完的入院记录一保存再打开就提示“文档格式错误”，写的都白写了",
            "病历保存后内容损坏，医生们不敢再写了，手术记录、抢救记录都在纸上记",
            "所有新病历都打不开，报XML解析错误，已经坏了几十份了",
        ),
        en=(
            "Saved notes reopen as garbage",
            "Anything saved today reopens as garbled text and boxes, whole hospital, "
            "yesterday's are fine!",
            "Admission note just written in {loc} reopens with 'document format error', all "
            "that work lost",
            "Notes get corrupted on save; doctors have stopped writing, op notes and resus "
            "notes on paper",
            "Every new record fails to open with an XML parse error, dozens broken already",
        ),
    ),
    Family(
        "emr/surgical-checklist-down",
        "P1",
        "ward",
        "emr-opsafe",
        "emr_form_engine",
        zh=(
            "手术安全核查表打不开",
            "手术室所有术间的安全核查表都打不开，核查做不了，手术都卡着开不了台！",
            "{loc}术前核查单、手术知情同意书点开都是白屏，第一台手术已经推迟了",
            "手术安全核查和手术风险评估表全部报错，麻醉医生、手术医生和护士都签不了",
            "核查表加载不出来，接台手术全堵住了",
        ),
        en=(
            "Surgical safety checklist won't open",
            "Safety checklist won't open in any theatre, sign-in can't be done so no case can "
            "start!",
            "Pre-op checklist and surgical consent in {loc} open as a blank page, first case "
            "already delayed",
            "All surgical safety and risk assessment forms error out, anaesthetist, surgeon "
            "and nurses can't sign",
            "checklist form won't load, every following case is backed up",
        ),
    ),
    Family(
        "emr/editor-control-not-loading",
        "P1",
        "ward office",
        "emr-editorctl",
        "emr_control winevent_app",
        zh=(
            "病历编辑器控件加载不出来",
            "全院电脑打开病历都提示“编辑器控件未注册”，一份病历都写不了！",
            "{loc}今天开机以后病历那块是白的，上面写着加载控件失败",
            "昨晚电脑自动打了补丁，早上所有医生站的病历编辑器都用不了，查房记录写不了",
            "病历只能看不能写，编辑器那里报“没有注册类”，所有科室都一样",
        ),
        en=(
            "EMR editor control won't load",
            "Every PC says 'editor control not registered' when opening a record, nobody can "
            "write!",
            "Since boot today the note area in {loc} is a white box saying the control failed "
            "to load",
            "PCs got patched overnight, this morning no doctor workstation can open the note "
            "editor",
            "Records are view-only, editor shows 'class not registered', every department",
        ),
    ),
    Family(
        "emr/partogram-down",
        "P1",
        "ward",
        "emr-obstetric",
        "emr_partogram",
        zh=(
            "产房产程图打不开",
            "产房所有待产产妇的产程记录都录不进去，胎心、宫口都只能写在纸上！",
            "产程图模块一打开就报错，分娩记录也保存不了",
            "产科电子产程图挂了，现在有好几个产妇在产程中，没法记录也看不了趋势",
            "产程记录全部用不了，助产士急得不行，已经{m}分钟了",
        ),
        en=(
            "Partograph won't open in the delivery suite",
            "Can't chart labour for any woman in the delivery suite - fetal heart and dilation "
            "going on paper!",
            "Partogram module errors on open, delivery records won't save either",
            "Electronic partograph down with several women in active labour, can't record or "
            "see the trend",
            "labour charting completely unusable, midwives very worried, {m} minutes so far",
        ),
    ),
    Family(
        "emr/qc-false-defects",
        "P2",
        "ward office",
        "emr-qcrule",
        "emr_qc_rule",
        zh=(
            "病历质控老是报错误的缺陷",
            "提交病历时质控提示“缺少三级查房记录”，明明写了，只能申请强制提交",
            "{loc}这周病历质控误报特别多，每份都要找医务科解释",
            "质控规则好像认不出新模板写的记录，都算缺项",
        ),
        en=(
            "EMR quality control flagging false defects",
            "Submission says 'missing senior round note' though it's written, have to request "
            "a forced submit",
            "Loads of false QC flags in {loc} this week, every chart needs explaining to "
            "medical affairs",
            "QC rules don't seem to recognise notes from the new template, counted as missing",
        ),
    ),
    Family(
        "emr/archive-pdf-failing",
        "P2",
        "office ward",
        "emr-archive",
        "emr_pdf",
        zh=(
            "出院病历归档生成PDF失败",
            "病案室收不到一部分出院病历，归档状态一直是“生成中”",
            "{loc}给病人复印病历，有些打出来缺页，归档PDF不全",
            "病历无纸化归档任务报错，只能先打纸质的送病案室",
        ),
        en=(
            "Discharge record PDF archiving failing",
            "Medical records hasn't received part of the discharged charts, archive status "
            "stuck at 'generating'",
            "Record copies printed for patients at {loc} miss pages, the archived PDF is "
            "incomplete",
            "paperless archiving job erroring, sending paper copies to medical records meanwhile",
        ),
    ),
    Family(
        "emr/infectious-report-card-failing",
        "P2",
        "ward office",
        "emr-cdc",
        "emr_cdc",
        zh=(
            "传染病报告卡报不上去",
            "医生填了传染病报告卡，一直显示“未上报”，疾控那边看不到",
            "{loc}报卡接口超时，防保科只能登国家直报网站手工录",
            "肺结核报卡有几张提交失败，提示证件号校验不通过",
        ),
        en=(
            "Infectious disease report cards not submitting",
            "Cards filled in by doctors stay 'not reported', the CDC can't see them",
            "Report-card interface at {loc} times out, public health office typing them into "
            "the national system by hand",
            "A few TB report cards failed with an ID number validation error",
        ),
    ),
    Family(
        "emr/prior-visits-missing",
        "P2",
        "ward",
        "emr-history",
        "emr_history_idx",
        zh=(
            "病人以前住院的病历看不到",
            "再入院的病人，历次病历里只有这次的，上次的出院小结找不到",
            "{loc}有几个病人既往门诊病历不显示，要去病案室调",
            "病历时间轴里一部分历史就诊记录没了",
        ),
        en=(
            "Previous admissions' notes not visible",
            "For readmitted patients the history only shows this stay, can't find the last "
            "discharge summary",
            "Past outpatient notes missing for a few patients in {loc}, requesting them from "
            "medical records",
            "Some earlier visits disappeared from the record timeline",
        ),
    ),
    Family(
        "emr/order-sheet-missing-orders",
        "P2",
        "ward",
        "emr-ordersheet",
        "emr_order_sheet java_timeout",
        zh=(
            "病历里的医嘱单少了几条医嘱",
            "打印长期医嘱单时发现有几条停掉的医嘱没有停止时间",
            "{loc}临时医嘱单和医生站开的对不上，出院归档前要一条条核对",
            "医嘱单刷新很久，部分病人的医嘱单只到前天",
        ),
        en=(
            "Order sheet in the record is missing some orders",
            "Printed standing-order sheet doesn't show stop times for a few stopped orders",
            "One-off order sheet in {loc} doesn't match what was ordered, checking line by "
            "line before archiving",
            "order sheet takes ages to refresh, for some patients it stops two days ago",
        ),
    ),
    Family(
        "emr/special-symbol-garbled",
        "P3",
        "ward",
        "emr-glyph",
        "emr_font",
        zh=(
            "病历里的特殊符号打印出来是问号",
            "写的℃和↑打印出来变成“?”，屏幕上是好的",
            "{loc}有台电脑输入的罗马数字Ⅱ在别的电脑上显示成方框",
            "病历里的±号打印不出来",
        ),
        en=(
            "Special symbols in notes print as question marks",
            "℃ and ↑ look fine on screen but print as '?'",
            "Roman numeral Ⅱ typed on one PC in {loc} shows as a box on other PCs",
            "The ± sign doesn't print in notes",
        ),
    ),
    Family(
        "emr/print-watermark",
        "P3",
        "ward office",
        "emr-watermark",
        "client_warn",
        zh=(
            "打印病历的水印还是旧院名",
            "病历复印件上的水印是改名前的医院名称",
            "{loc}打印出来的水印颜色太深，盖住了字",
            "想给病历打印加上“仅供复印”水印",
        ),
        en=(
            "Printed records still watermarked with the old hospital name",
            "Watermark on record copies shows the name from before the renaming",
            "Watermark printed at {loc} is so dark it covers the text",
            "Can we add a 'copy only' watermark to record printouts?",
        ),
    ),
    Family(
        "emr/note-list-order",
        "P3",
        "ward",
        "emr-navtree",
        "client_warn app_cn",
        zh=(
            "病程记录目录排序乱了",
            "病历目录里病程记录不是按时间排的，找起来费劲",
            "{loc}病历树里会诊记录跑到最下面去了",
            "能不能让病历目录默认展开到病程记录",
        ),
        en=(
            "Progress note list sorted oddly",
            "Notes in the record tree aren't in time order, hard to find",
            "Consult notes ended up at the bottom of the record tree in {loc}",
            "Could the record tree open at progress notes by default?",
        ),
    ),
    Family(
        "emr/infant-age-display",
        "P3",
        "ward",
        "emr-header",
        "emr_age",
        zh=(
            "新生儿病历上年龄显示0岁",
            "病历眉栏里新生儿年龄是“0岁”，应该显示天数",
            "{loc}婴儿的病案首页年龄写成0岁，要手工改成月龄",
            "儿科病历里几个月大的孩子年龄显示不对",
        ),
        en=(
            "Newborn records show age as 0 years",
            "Record header shows newborns as '0 yrs' instead of days",
            "Infant front sheets in {loc} say age 0, we correct it to months by hand",
            "Age wrong for babies a few months old in paediatric notes",
        ),
    ),
    Family(
        "emr/timeliness-stats-wrong",
        "P3",
        "office",
        "emr-stat",
        "emr_stat",
        zh=(
            "病历书写及时率统计不对",
            "医务科看到我们科24小时完成率是0，实际都按时写了",
            "{loc}的病历按时完成率报表把请假的医生也算进去了",
            "病历质量月报的甲级病历数和质控科手工统计对不上",
        ),
        en=(
            "Record timeliness statistics wrong",
            "Medical affairs sees our 24-hour completion rate as 0%, we wrote them all on time",
            "Timeliness report for {loc} counts doctors who were on leave",
            "Grade-A record count in the monthly quality report doesn't match the QC office's "
            "tally",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "emr_cache_mixup": (
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.cache.DocCache - cache node {ip2}:6379 failover, \
key prefix reset to default
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.DocController - 文档归属校验失败 requested \
patient={n} returned owner={n2}
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.DocController - 请求 患者:{name} 病历号:{mrn}
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.cache.DocCache - {k} owner mismatches in last 5 \
min, still serving cached content
""",
        """\
{ts} INFO  [session-{k}] c.s.{pkg}.context.PatientContext - switch patient {n} -> {n2} on {pc} \
user={user}
{ts} WARN  [session-{k}] c.s.{pkg}.context.PatientContext - context event arrived out of order, \
editor still bound to {n}
{ts} ERROR [session-{k}] c.s.{pkg}.context.PatientContext - 编辑器患者与上下文患者不一致, \
内容已写入文档 {n2}
""",
    ),
    "emr_xml_corrupt": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.doc.DocumentParser - 解析文档 {n} 失败
org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: {k2}; Invalid byte 1 of 1-byte UTF-8 \
sequence.
\tat org.apache.xerces.impl.io.UTF8Reader.invalidByte(Unknown Source)
\tat com.smarthos.{pkg}.doc.DocumentParser.parse(DocumentParser.java:{k})
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.doc.DocumentService - 文档 {n} 保存编码 GBK 与声明 \
encoding="UTF-8" 不一致
""",
        """\
{ts} [ERROR] {exe} 加载病历失败 docId={n}
System.Xml.XmlException: 根级别上的数据无效。 行 1，位置 1。
   at System.Xml.XmlTextReaderImpl.Throw(Exception e)
   at {ns}.Document.XmlDocumentLoader.Load(Stream stream)
{ts} [WARN ] {exe} 今日损坏文档 {k} 份, 最早 {tsz}
""",
    ),
    "emr_form_engine": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.form.FormRenderer - 表单 SSAQHC_V{k3} 渲染失败
freemarker.core.InvalidReferenceException: The following has evaluated to null or missing:
==> patient.operation.scheduleTime  [in template "ssaqhc.ftl" at line {k}, column {k4}]
\tat freemarker.core.InvalidReferenceException.getInstance(InvalidReferenceException.java:134)
\tat com.smarthos.{pkg}.form.FormRenderer.render(FormRenderer.java:{k2})
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.form.FormController - 返回空白页 formId={n}
""",
        """\
{ip} - - [{tsn}] "GET /{app}/form/ssaqhc?opId={n} HTTP/1.1" 500 0 "-" "Mozilla/5.0 (Windows NT \
10.0)"
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.client.OpScheduleClient - 获取手术排班失败 \
http://{ip2}:8080/op/api/schedule 404
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.form.FormController - 今日 {k} 台手术核查表加载失败
""",
    ),
    "emr_control": (
        """\
{ts} [ERROR] {exe} 创建编辑器控件失败
System.Runtime.InteropServices.COMException (0x80040154): 检索 COM 类工厂中 CLSID 为 {{{guid}}} \
的组件失败，原因是出现以下错误: 80040154 没有注册类 (异常来自 HRESULT:0x80040154 \
(REGDB_E_CLASSNOTREG))。
   at {ns}.Editor.EditorHost.CreateControl()
   at {ns}.MainForm.OpenDocument(Int64 docId)
""",
        """\
{ts} [INFO ] {exe} 系统补丁 KB50{k2}{k3} 安装后首次启动 on {pc}
{ts} [ERROR] {exe} regsvr32 EmrEditor.ocx 返回 0x80070005 (拒绝访问)
{ts} [ERROR] {exe} 编辑器初始化失败, 切换只读模式
""",
    ),
    "emr_partogram": (
        """\
{ts} [ERROR] {exe} 产程图绘制失败
System.ArgumentOutOfRangeException: 索引超出范围。必须为非负值并小于集合大小。
参数名: index
   at System.Collections.Generic.List`1.get_Item(Int32 index)
   at {ns}.Partogram.CurveBuilder.BuildAlertLine(IList`1 points)
   at {ns}.Partogram.PartogramView.Refresh()
?{ts} [DEBUG] {exe} 产妇 姓名:{name} 住院号:{mrn}
{ts} [ERROR] {exe} 保存分娩记录失败: 产程时间轴为空
""",
    ),
    "emr_qc_rule": (
        """\
{ts} [INFO ] [QcEngine] 运行时质控 文档={n} 规则集 v{k3}.{k}
{ts} [WARN ] [QcEngine] 规则 Q{k2} (三级查房) 未找到匹配文档类型 code=BC_{k}, 期望 BC_03
{ts} [WARN ] [QcEngine] 缺陷 Q{k2} 判定为 "缺失" 扣分 {k3}
{ts} [INFO ] [QcEngine] 本周误报申诉 {k} 条
""",
    ),
    "emr_pdf": (
        """\
{ts} INFO  [archive-job-{k}] c.s.{pkg}.ArchiveJob - 生成归档 PDF 批次={n} 文档 {k} 份
{ts} ERROR [archive-job-{k}] c.s.{pkg}.PdfRenderer - 文档 {n2} 渲染失败
com.itextpdf.io.IOException: Font file /usr/share/fonts/simsun.ttc not found
{ts} WARN  [archive-job-{k}] c.s.{pkg}.ArchiveJob - 跳过 {k3} 份, PDF 页数 {k} < 文档页数 {k2}
{ts} ERROR [archive-job-{k}] c.s.{pkg}.ArchiveJob - 上传 PDF 到 {ip2} 失败: 507 Insufficient \
Storage
""",
    ),
    "emr_cdc": (
        """\
{ts} INFO  [cdc-report-{k}] c.s.{pkg}.CdcReportClient - 上报传染病报告卡 cardId={n} \
病种编码=0{k3}0{k3}
?{ts} INFO  [cdc-report-{k}] c.s.{pkg}.CdcReportClient - 患者:{name} 身份证:{idno} 电话:{phone}
{ts} ERROR [cdc-report-{k}] c.s.{pkg}.CdcReportClient - 直报平台返回 \
{{"resultCode":"E1021","resultMsg":"有效证件号校验失败"}}
{ts} ERROR [cdc-report-{k}] c.s.{pkg}.CdcReportClient - 连接前置机 {ip2}:8443 超时 {ms} ms
{ts} WARN  [cdc-report-{k}] c.s.{pkg}.CdcReportJob - 未上报卡片 {k} 张, 超过 24 小时 {k3} 张
""",
    ),
    "emr_history_idx": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.HistoryService - 查询历次就诊 empiId={n}
?{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.HistoryService - 患者:{name} 病历号:{mrn}
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.HistoryService - EMPI 合并 {n} <- {n2} \
未同步到病历索引, 仅返回 {k3} 次就诊
{ts} WARN  [emr-index-sync] c.s.{pkg}.IndexSyncJob - 合并事件积压 {k} 条, 最早 {tsz}
""",
    ),
    "emr_order_sheet": (
        """\
{ts} INFO  [ordersheet-sync] c.s.{pkg}.OrderSheetSync - 同步医嘱单 本轮 {k} 人
{ts} WARN  [ordersheet-sync] c.s.{pkg}.OrderSheetSync - 医嘱 {n} 停止时间为空 (HIS 状态=已停), \
保持原状
{ts} ERROR [ordersheet-sync] c.s.{pkg}.OrderSheetSync - 拉取 ZY_YZXX 增量超时 {ms} ms, 本轮跳过
{ts} WARN  [ordersheet-sync] c.s.{pkg}.OrderSheetSync - 上次完整同步 {tsz}
""",
    ),
    "emr_font": (
        """\
{ts} [WARN ] {exe} 打印字体 'SimSun' 缺少字形 U+2103, 替换为 '?'
{ts} [WARN ] {exe} 打印字体 'SimSun' 缺少字形 U+2191, 替换为 '?'
{ts} [INFO ] {exe} 打印驱动 {printer} 字体下载模式=位图
""",
    ),
    "emr_age": (
        """\
{ts} [WARN ] [{app}] 年龄格式化 出生 {k3} 天 入院日期={tsz} 结果="0岁" (规则: 按整岁)
{ts} [INFO ] [{app}] 参数 AGE_FMT_INFANT 未配置, <1岁 不按月/天显示
""",
    ),
    "emr_stat": (
        """\
{ts} [INFO ] [StatJob] 病历书写及时率 统计截至 {tsz}
{ts} [WARN ] [StatJob] 科室 {k} 完成时间取 SIGN_TIME, {k2} 份未签名按超时计
{ts} [INFO ] [StatJob] 科室 {k} 应完成 {k2} 按时 0 及时率 0.00%
""",
    ),
}
