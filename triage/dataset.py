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

CASES_PER_FAMILY = 16
MIN_FAMILIES_PER_CELL = 2
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
