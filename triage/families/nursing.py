"""Fault families of subsystem `nursing` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "nursing/pda-wrong-patient-match",
        "P1",
        "ward",
        "nis-scan",
        "nursing_scan_match android_sync",
        zh=(
            "PDA扫腕带出来的是别的病人",
            "扫{bed}床的腕带，PDA显示的是隔壁床病人的名字和医嘱，差点挂错药！",
            "{loc}好几台PDA扫码核对都对不上人，扫A出B，给药核对完全不敢用了",
            "腕带扫码匹配错乱，全院都在报，护士只能人工双人核对",
            "PDA核对提示“匹配成功”，但病人根本不对，这是要出大事的",
        ),
        en=(
            "PDA shows a different patient when scanning the wristband",
            "Scanned bed {bed}'s wristband and the PDA showed the next bed's patient and "
            "orders - nearly hung the wrong drip!",
            "Several PDAs in {loc} match the wrong person on scan, we can't trust med checks",
            "wristband scan matching is mixed up hospital-wide, doing two-nurse manual checks",
            "PDA says match OK but it's the wrong patient - this is a safety incident waiting "
            "to happen",
        ),
    ),
    Family(
        "nursing/transfusion-verify-down",
        "P1",
        "ward",
        "nis-transfusion",
        "nursing_transfusion java_db",
        zh=(
            "输血核对扫不了血袋",
            "床旁输血双人核对扫血袋条码一直报“未找到发血记录”，血都取回来了输不上！",
            "{loc}病人大出血在等输血，PDA输血核对模块打不开",
            "输血闭环系统挂了，全院的输血执行都卡在核对这一步",
        ),
        en=(
            "Can't scan blood bags for transfusion check",
            "Bedside transfusion check says 'no issue record found' for every bag - blood is "
            "here and we can't start it!",
            "Patient bleeding in {loc} waiting for blood, transfusion check module won't open",
            "transfusion closed-loop system is down, every transfusion stuck at verification",
        ),
    ),
    Family(
        "nursing/bathroom-pullcord-dead",
        "P1",
        "ward",
        "nis-call-zone",
        "nursing_pullcord",
        zh=(
            "卫生间紧急拉绳拉了没反应",
            "{ward}所有卫生间的紧急呼叫拉绳都不报警了，刚才有病人在厕所摔倒没人知道！",
            "{loc}卫生间报警器拉了护士站和走廊灯都没动静",
            "病房厕所的紧急按钮整层失灵，只能让家属陪着上厕所",
        ),
        en=(
            "Bathroom emergency pull cords don't alarm",
            "No bathroom pull cord on {ward} alarms anymore - a patient fell in the toilet "
            "and nobody knew!",
            "pulling the toilet alarm in {loc} does nothing at the station or the corridor light",
            "Bathroom emergency buttons dead on the whole floor, families have to escort patients",
        ),
    ),
    Family(
        "nursing/infusion-labels-not-generated",
        "P1",
        "ward",
        "nis-label",
        "nursing_label java_npe",
        zh=(
            "护士站生成不了输液瓶签",
            "全院今天的医嘱都生成不出瓶签，点了没反应，打印机是好的，别的单子都能打，液体配不了！",
            "{loc}瓶签和口服药袋标签那一步提示模板加载失败，早上的输液全压着",
            "执行单能打，瓶签一步报错，配液中心也说今天一批瓶签数据都没收到",
        ),
        en=(
            "Nurse station can't generate IV bag labels",
            "No IV label can be generated for today's orders anywhere - printers are fine, "
            "other forms print, but we can't prepare IVs!",
            "IV and oral med bag labels in {loc} fail with a template error, morning "
            "infusions delayed",
            "execution sheets print but the label step errors, and the IV room says no label "
            "data arrived from us today",
        ),
    ),
    Family(
        "nursing/early-warning-alerts-stopped",
        "P1",
        "ward",
        "nis-ews",
        "nursing_ews",
        zh=(
            "早期预警评分不提醒了",
            "NEWS评分到了高危系统一个提醒都没有，病人病情加重没人知道！",
            "{loc}录完体征后预警分数不算了，全是空的",
            "病情预警系统从昨晚就没推送过，快速反应小组一个呼叫都没收到",
        ),
        en=(
            "Early warning score alerts stopped",
            "NEWS scores hit high-risk and the system gives zero alerts, deteriorating "
            "patients being missed!",
            "After entering vitals in {loc} the warning score stays blank",
            "deterioration alerts haven't fired since last night, rapid response team got no calls",
        ),
    ),
    Family(
        "nursing/handover-report-blank",
        "P2",
        "ward",
        "nis-handover",
        "java_npe app_cn",
        zh=(
            "交班报告生成出来是空的",
            "护理交接班报告有几个病人的内容空白，只能口头交班",
            "{loc}SBAR交班单新入院病人那栏不带数据",
            "交接班本打印出来少了几个病人，要手写补上",
        ),
        en=(
            "Shift handover report comes out blank",
            "Handover report is empty for some patients, handing over verbally",
            "SBAR handover in {loc} doesn't pull data for new admissions",
            "printed handover sheet misses a few patients, writing them in",
        ),
    ),
    Family(
        "nursing/intercom-no-audio",
        "P2",
        "ward",
        "nis-intercom",
        "nursing_intercom",
        zh=(
            "呼叫对讲听不到病人说话",
            "病人按铃护士站能看到，但接起来没声音，只能跑过去",
            "{loc}有几间病房对讲是单向的，病人听得到我们，我们听不到他们",
            "护士站主机通话有杂音，时有时无",
        ),
        en=(
            "Can't hear patients on the nurse call intercom",
            "Calls show at the station but there's no audio when we answer, running to the room",
            "a few rooms in {loc} are one-way - patients hear us, we can't hear them",
            "Station handset crackles, on and off",
        ),
    ),
    Family(
        "nursing/meal-orders-not-reaching-kitchen",
        "P2",
        "ward",
        "nis-diet",
        "nursing_diet",
        zh=(
            "病人订餐营养食堂收不到",
            "床旁点的餐和护士站下的膳食医嘱，食堂那边没有，只能打电话报",
            "{loc}糖尿病餐、流质的单子没传到营养科",
            "订餐系统部分病区数据过不去，午饭差点送错",
        ),
        en=(
            "Patient meal orders not reaching the kitchen",
            "Meals ordered at the bedside and diet orders from the station aren't at the "
            "kitchen, phoning them through",
            "diabetic and liquid diet orders from {loc} never reached nutrition",
            "Meal ordering drops data from some wards, lunch nearly went to the wrong beds",
        ),
    ),
    Family(
        "nursing/transfer-bed-not-updated",
        "P2",
        "ward",
        "nis-adt",
        "nursing_transfer",
        zh=(
            "转科病人在我们病区床位图里看不到",
            "病人已经转过来了，床位一览还显示在原科室，医嘱执行不了",
            "{loc}换床以后PDA上还是旧床号",
            "转入病人要等半天才出现在护理系统里，只能先用纸质记录",
        ),
        en=(
            "Transferred patient not on our bed board",
            "Patient's already here but the bed list still shows them in the old department, "
            "can't execute orders",
            "after a bed change in {loc} the PDA still shows the old bed",
            "incoming transfers take hours to appear in nursing, charting on paper meanwhile",
        ),
    ),
    Family(
        "nursing/pda-scan-fails-after-update",
        "P2",
        "ward",
        "nis-mobile",
        "nursing_scanner",
        zh=(
            "PDA升级后扫码扫不出来",
            "昨天PDA推送更新以后，几台扫腕带没反应，只能手选病人",
            "{loc}一半PDA扫描头亮了但读不到条码",
            "PDA扫药品条码要扫很多次才认",
        ),
        en=(
            "PDAs won't scan since the update",
            "After yesterday's PDA update several don't read wristbands, picking patients manually",
            "half the PDAs in {loc} light up but don't read barcodes",
            "PDA needs many tries to read a medication barcode",
        ),
    ),
    Family(
        "nursing/bed-card-layout",
        "P3",
        "ward",
        "nis-bedcard",
        "client_warn",
        zh=(
            "床头卡打印过敏标识和姓名重叠",
            "床头卡上的护理级别颜色条打歪了",
            "{loc}床头卡字太小，老人看不清",
            "想在床头卡上加一个防跌倒标识",
        ),
        en=(
            "Allergy tag overlaps the name on bed cards",
            "Care-level colour strip prints crooked on bed cards",
            "bed card font in {loc} too small for elderly patients",
            "Could we add a fall-risk icon to the bed card?",
        ),
    ),
    Family(
        "nursing/quality-indicator-stats",
        "P3",
        "office ward",
        "nis-quality",
        "nursing_quality_stat",
        zh=(
            "护理质量指标统计数对不上",
            "护理部月报里的压疮发生率比科里报的高",
            "{loc}非计划拔管例数统计重复算了",
            "护理不良事件汇总少了上个月最后一天",
        ),
        en=(
            "Nursing quality indicator numbers don't add up",
            "Pressure injury rate in the monthly report is higher than the ward reported",
            "unplanned extubations double-counted in {loc}'s stats",
            "Nursing incident summary leaves out the last day of the month",
        ),
    ),
    Family(
        "nursing/call-night-mode",
        "P3",
        "ward",
        "nis-call",
        "nursing_callcfg",
        zh=(
            "呼叫系统夜间模式没生效",
            "晚上十点以后护士站铃声还是白天的音量",
            "{ward}走廊显示屏半夜还亮得刺眼",
            "呼叫主机的铃声能不能换个柔和一点的",
        ),
        en=(
            "Nurse call night mode not kicking in",
            "Station chime still at daytime volume after 10 pm",
            "{ward} corridor display still glaring at night",
            "Can the call station ringtone be something gentler?",
        ),
    ),
    Family(
        "nursing/training-exam-scores",
        "P3",
        "office ward",
        "nis-training",
        "app_cn",
        zh=(
            "护士培训考试成绩没显示",
            "在线考试交卷后看不到分数",
            "{loc}三基考试题库里有道题答案错了",
            "培训学分统计少了一次院内讲座",
        ),
        en=(
            "Nurse training exam scores not showing",
            "No score shown after submitting the online exam",
            "one answer in the {loc} exam question bank is wrong",
            "Training credits missing one hospital lecture",
        ),
    ),
    Family(
        "nursing/followup-list-duplicates",
        "P3",
        "ward office",
        "nis-followup",
        "app_cn",
        zh=(
            "出院随访名单有重复的病人",
            "随访系统里同一个病人出现两次",
            "{loc}随访电话记录保存后备注没了",
            "随访问卷里有个选项错别字",
        ),
        en=(
            "Discharge follow-up list has duplicate patients",
            "Same patient appears twice in the follow-up system",
            "notes on follow-up calls in {loc} disappear after saving",
            "Typo in one option of the follow-up questionnaire",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "nursing_scan_match": (
        """\
{tsa}  {pid}  {pid} D ScanActivity: barcode raw=ZY{n}{k3} type=CODE128
{tsa}  {pid}  {pid2} I PatientMatcher: lookup by inpatient no prefix ZY{n} -> {k3} hits, \
taking first
?{tsa}  {pid}  {pid2} W PatientMatcher: scanned 住院号:{mrn} matched 患者:{name} bed {ward}-{bed}
{tsa}  {pid}  {pid2} W PatientMatcher: wristband checksum ignored (config strict=false)
{tsa}  {pid}  {pid2} I ExecService: verify result=MATCH order={n2}
""",
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.service.WristbandService - barcode {n} \
resolved to visit {n2}, expected visit {k2}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.WristbandService - cache key collision \
PATIENT:{n} (ward {ward})
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.service.VerifyService - {k} verifications \
today with mismatched bed
""",
    ),
    "nursing_transfusion": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.TransfusionController - scan bag {n}{k3} \
product=悬浮红细胞 2U
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.TransfusionController - 未找到发血记录 \
bagNo={n}{k3}
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.TransfusionController - 受血者:{name} \
住院号:{mrn} 血型 O RhD+
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.client.BloodBankClient - GET \
http://{ip2}:8086/bis/api/issue/{n} failed: 503 Service Unavailable
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.TransfusionController - {k3} bags pending \
bedside verification
""",
    ),
    "nursing_pullcord": (
        """\
{ts} [CallServer] zone {ward}-WC bus {k3}: {k3} pull-cord units not responding
{ts} [CallServer] WARN  zone {ward}-WC event TOILET_EMERGENCY dropped: zone disabled \
after firmware {k3}.{k}
{ts} [CallServer] ERROR corridor lamp controller CL-{ward}-0{k3} offline ({ip2})
{ts} [CallServer] INFO  bed units {ward}-01..{ward}-{bed} OK, toilet units 0/{k3} OK
""",
    ),
    "nursing_label": (
        """\
{ts} INFO  [label-job-{k}] c.s.{pkg}.job.LabelJob - 生成瓶签 批次={n} 病区={ward}
{ts} ERROR [label-job-{k}] c.s.{pkg}.job.LabelJob - template INFUSION_LABEL_V{k3} render failed
net.sf.jasperreports.engine.JRException: Error loading object from file : infusion_label.jasper
\tat net.sf.jasperreports.engine.util.JRLoader.loadObject(JRLoader.java:{k2})
\tat com.smarthos.{pkg}.print.LabelRenderer.render(LabelRenderer.java:{k})
{ts} WARN  [label-job-{k}] c.s.{pkg}.job.LabelJob - PIVAS push skipped, {n2} labels pending
""",
    ),
    "nursing_ews": (
        """\
{ts} INFO  [ews-engine] consume topic nis.vitals offset {n}
{ts} ERROR [ews-engine] rule set NEWS2 v{k3}.{k} failed to load: missing parameter RESP_RATE_MAP
{ts} WARN  [ews-engine] score skipped for {k} observations, reason=rules not loaded
?{ts} WARN  [ews-engine] NEWS 7 not evaluated 患者:{name} 住院号:{mrn} bed {ward}-{bed}
{ts} ERROR [ews-engine] notify RRT pager {ip2}:5060 skipped, engine in DEGRADED state since {tsz}
""",
    ),
    "nursing_intercom": (
        """\
{ts} [CallServer] SIP INVITE {ward}-{bed}@{ip} -> NS-{ward} 200 OK
{ts} [CallServer] WARN  RTP from {ward}-{bed} to NS-{ward}: 0 packets in 10 s (one-way audio)
{ts} [CallServer] WARN  codec mismatch: bed unit offers G.722, station answers PCMA
{ts} [CallServer] INFO  call {n} ended by station after {k} s
""",
    ),
    "nursing_diet": (
        """\
{ts} [DietSync] INFO  push diet orders ward={ward} count={k}
{ts} [DietSync] ERROR POST http://{ip2}:8099/canteen/api/orders 400: 膳食类型编码 \
DT{k2} 未对照
{ts} [DietSync] WARN  bedside meal order from {ward}-{bed} queued, canteen API timeout {ms} ms
{ts} [DietSync] ERROR {k3} wards failed, {n2} orders not delivered for 午餐
""",
    ),
    "nursing_transfer": (
        """\
{ts} INFO  [AdtListener] A02 transfer visit {n} from dept {k} to dept {k2} bed {ward}-{bed}
{ts} WARN  [AdtListener] target bed {ward}-{bed} still occupied in NIS, event parked
?{ts} WARN  [AdtListener] parked 患者:{name} 住院号:{mrn}
{ts} ERROR [AdtListener] parked events {k}, retry job last run {k4} min ago
""",
        """\
MSH|^~\\&|HIS|HOSP|NIS|HOSP|{tsh}||ADT^A02^ADT_A02|{cid}|P|2.4
EVN|A02|{tsh}
PV1|1|I|{ward}^{bed}^01||||||||||||||||{n}
MSA|AE|{cid}|Bed {ward}-{bed} not found in NIS bed dictionary
""",
    ),
    "nursing_scanner": (
        """\
{tsa}  {pid}  {pid} I OtaUpdate: applied package nis-pda-{k3}.{k}.0, reboot
{tsa}  {pid}  {pid2} E ScanManager: open scan engine failed: service com.android.scanner \
not bound
{tsa}  {pid}  {pid2} W ScanManager: broadcast action changed, receiver not registered
{tsa}  {pid}  {pid2} W ScanActivity: decode timeout {ms} ms, symbology DataMatrix disabled
""",
    ),
    "nursing_quality_stat": (
        """\
{ts} [INFO ] [QualityJob] 护理质量指标 月报 批次={n}
{ts} [WARN ] [QualityJob] 非计划拔管 事件 {n} 在 不良事件表 和 护理记录 中各计一次
{ts} [WARN ] [QualityJob] 压力性损伤 分母 床日数 取自 {table}, 缺少 {k3} 个病区
{ts} [INFO ] [QualityJob] 指标 {k} 项 完成 耗时 {ms} ms
""",
    ),
    "nursing_callcfg": (
        """\
{ts} [CallServer] INFO  schedule NIGHT ({ward}) 22:00-06:00 loaded
{ts} [CallServer] WARN  schedule NIGHT not applied: station NS-{ward} clock {k3}h off
{ts} [CallServer] INFO  station NS-{ward} chime volume {k}%, corridor display brightness 100%
""",
    ),
}
