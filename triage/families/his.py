"""Fault families of subsystem `his` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "his/charge-package-invalid",
        "P1",
        "front",
        "his-settle",
        "his_ora_pkg",
        zh=(
            "门诊收费全部结算失败",
            "{loc}所有窗口一点结算就报“程序包状态已被丢弃”，一个病人都收不了费！",
            "昨晚信息科动过数据库，今天一早收费全停了，挂号能挂但是交不了费",
            "门诊、急诊收费处全部收不了钱，病人交不了费就拿不了药、做不了检查，队排到大厅外面了",
            "收费结算报ORA错误，退出重登也不行，所有收费员都一样",
        ),
        en=(
            "Outpatient checkout failing at every window",
            "Every settlement at {loc} errors with 'package state has been discarded' - can't "
            "take a single payment!",
            "Something was changed on the database last night and since opening no cashier can "
            "settle, registration still works",
            "Nobody can pay anywhere - no payment means no meds and no tests, queue out into "
            "the lobby",
            "checkout throws an ORA error for all cashiers, logging out and back in doesn't help",
        ),
    ),
    Family(
        "his/discharge-settlement-down",
        "P1",
        "front",
        "his-zyjs",
        "his_settle",
        zh=(
            "出院结算办不了",
            "住院处所有窗口出院结算都报错，病人出不了院，家属在窗口吵",
            "今天一个出院结算都没办成，提示“值太大”，病区床位腾不出来，急诊的病人收不上去！",
            "出院结算全挂了，中途结算也不行，只能让病人先回去改天再来结账",
            "{loc}住院结算一点确定就报数据库错误，全部窗口、全部病人都这样",
        ),
        en=(
            "Discharge settlement not working",
            "Every inpatient billing window fails discharge settlement, families arguing at "
            "the desk",
            "Not one discharge settled today - 'value too large' - beds can't be freed and ER "
            "admissions are stuck!",
            "All inpatient settlement down, interim settlement too, sending patients home to "
            "settle another day",
            "Settle button at {loc} throws a database error for every patient at every window",
        ),
    ),
    Family(
        "his/arrears-block-misfire",
        "P1",
        "ward",
        "his-arrears",
        "his_arrears",
        zh=(
            "全院病人都显示欠费，医嘱开不出去",
            "{loc}每个病人开医嘱都弹“患者已欠费，禁止开立”，明明刚交了押金！",
            "急诊抢救病人开不了药，系统说欠费停药，绿色通道也不管用",
            "住院药房摆药全被欠费拦住了，今天的药一个病区都发不出去",
            "欠费控制好像出问题了，预交金还有几千块的病人也提示欠费，护士没法执行医嘱",
        ),
        en=(
            "Every patient shows as in arrears, orders blocked",
            "Each order in {loc} pops 'patient in arrears, ordering blocked' - they just paid "
            "a deposit!",
            "Can't order drugs for an ER resus patient, system says arrears stop, green "
            "channel ignored",
            "Inpatient pharmacy picking blocked by the arrears check for every ward, no doses "
            "going out",
            "arrears control gone mad - patients with thousands on deposit flagged, nurses "
            "can't carry out orders",
        ),
    ),
    Family(
        "his/drug-catalog-disabled",
        "P1",
        "ward front",
        "his-drugdict",
        "his_drug_dict app_cn",
        zh=(
            "所有药品都开不出来，提示药品已停用",
            "医生站开药全部提示“该药品已停用”，全院都是，急诊开不了药！",
            "今天早上药品字典同步以后，{loc}搜药全是灰的，一个药都开不了",
            "门诊和病区开处方全部失败，药房说药都有，系统里全显示停用",
            "药品目录全被停用了，抢救用药都得手写处方",
        ),
        en=(
            "Every drug shows discontinued, can't prescribe",
            "Doctor stations hospital-wide say 'drug discontinued' for everything - ER can't "
            "prescribe!",
            "After this morning's drug dictionary sync every drug in {loc} is greyed out",
            "No prescriptions going through in clinics or wards; pharmacy has stock, system "
            "says discontinued",
            "whole formulary got switched off, even resus drugs need paper scripts",
        ),
    ),
    Family(
        "his/ward-transfer-down",
        "P1",
        "ward",
        "his-bed",
        "his_bed java_npe",
        zh=(
            "转科、入科全部报错，病人分不了床",
            "{loc}的病人要转ICU，点转科一直提示“床位已被占用”，可那张床是空的！",
            "全院转科、入科、换床都失败，新入院的病人分不了床，医生也开不了医嘱",
            "床位分配出问题了，所有病区都接收不了病人，病人在走廊等着",
            "今天办不了任何转科，病区护士站一点“接收”就报错",
        ),
        en=(
            "Transfers and ward admissions failing, no bed can be assigned",
            "Transferring a patient out of {loc} to ICU keeps saying 'bed occupied' but the "
            "target bed is empty!",
            "Transfers, ward admissions and bed changes failing hospital-wide - new admissions "
            "get no bed so no orders",
            "Bed assignment broken, no ward can receive patients, they're waiting in the corridor",
            "Not a single transfer works today, 'receive patient' errors at every nurse station",
        ),
    ),
    Family(
        "his/refund-original-route-failing",
        "P2",
        "front",
        "his-refund",
        "his_refund",
        zh=(
            "微信支付宝退费退不回去",
            "{loc}手机支付的退费一直提示“原路退回失败”，只能先给病人退现金",
            "部分扫码付款的退费卡在“退款中”，病人来问了好几次",
            "退费时好时坏，银行卡能退，微信的十笔有三四笔失败",
        ),
        en=(
            "WeChat/Alipay refunds failing",
            "Refunds of mobile payments at {loc} keep failing 'original-route refund failed', "
            "giving cash instead",
            "Some QR-payment refunds stuck on 'refunding', patients keep coming back to ask",
            "refunds hit and miss - bank cards fine, about a third of WeChat ones fail",
        ),
    ),
    Family(
        "his/rational-drug-check-timeout",
        "P2",
        "ward",
        "his-pass",
        "his_pass",
        zh=(
            "合理用药审查太慢了，开一张处方等半天",
            "开医嘱时合理用药弹窗一直转圈，要等二三十秒才出来，有时候直接跳过",
            "{loc}医生反映处方审查插件经常超时，点“忽略”才能保存",
            "用药审查时灵时不灵，有的配伍禁忌没提示出来，只能药师人工看",
        ),
        en=(
            "Drug interaction check very slow when prescribing",
            "The rational-drug-use popup spins 20-30 seconds on every order, sometimes skipped "
            "entirely",
            "Doctors in {loc} say the prescription check plugin times out, have to click "
            "Ignore to save",
            "drug checking on and off - some interactions not flagged, pharmacists checking by eye",
        ),
    ),
    Family(
        "his/auto-charge-missed",
        "P2",
        "ward office",
        "his-autofee",
        "his_autocharge ora_lock",
        zh=(
            "昨晚床位费没有自动计上",
            "{loc}今天一查费用，昨天的床位费、护理费都没计，要一个个手工补",
            "有几个病区的长期医嘱自动计费没跑，费用清单少了一天",
            "每日自动计费有的病区计了有的没计，出院结算的时候对不上",
        ),
        en=(
            "Last night's bed charges not posted",
            "Yesterday's bed and nursing fees missing for {loc}, adding them by hand one by one",
            "Standing-order auto charging didn't run for a few wards, a day missing from the bills",
            "Daily auto-charge posted for some wards and not others, discharge bills don't add up",
        ),
    ),
    Family(
        "his/ward-drug-return-stuck",
        "P2",
        "ward",
        "his-tuiyao",
        "his_drug_return mq",
        zh=(
            "病区退药申请药房收不到",
            "护士提交的退药单药房那边看不到，药退不回去，病人费用也退不了",
            "{loc}这两天退药有一部分卡在“已申请”，只能打电话让药房手工处理",
            "出院带药退药，药房确认以后费用没冲掉",
            "退药单有时候要提交两三次药房才收到",
        ),
        en=(
            "Ward drug returns not reaching the pharmacy",
            "Return requests from nurses don't show up in pharmacy, meds can't go back and "
            "charges stay",
            "Some returns from {loc} stuck at 'requested' for two days, phoning pharmacy to do "
            "them by hand",
            "Pharmacy confirmed the return but the patient's charge wasn't reversed",
        ),
    ),
    Family(
        "his/insurance-catalog-mismatch",
        "P2",
        "front office",
        "his-ybdz",
        "his_yb_catalog app_cn",
        zh=(
            "部分药品医保结算变成自费了",
            "{loc}有几个药以前能报，这周结算全部显示自费，病人不干",
            "医保目录更新以后，一些检查项目结算时提示“未对照医保编码”",
            "门诊医保结算有的项目报销比例不对，只能先自费，等对照好了再退费重结",
        ),
        en=(
            "Some drugs settling as self-pay under insurance",
            "A few drugs that used to be covered all settle as self-pay this week at {loc}, "
            "patients upset",
            "Since the insurance catalogue update some exam items say 'no insurance code mapped'",
            "wrong reimbursement ratio on certain items; charging self-pay for now, refund and "
            "resettle once mapped",
        ),
    ),
    Family(
        "his/order-set-share",
        "P3",
        "ward",
        "his-orderset",
        "client_warn app_cn",
        zh=(
            "个人医嘱组套没法共享给科室",
            "我建的术后医嘱套餐想设成科室共享，点了没反应",
            "{loc}科室组套里有个旧套餐删不掉",
            "医嘱组套的排序每次都乱，找起来麻烦",
        ),
        en=(
            "Can't share my order set with the department",
            "Made a post-op order set, 'share with department' does nothing",
            "One old order set in the {loc} department list won't delete",
            "Order set list order scrambles every time, hard to find things",
        ),
    ),
    Family(
        "his/rx-slip-weight-missing",
        "P3",
        "front ward",
        "his-rxprint",
        "his_rx_print",
        zh=(
            "儿科处方笺上没打出体重",
            "打印的儿科处方体重那一栏是空的，药房让手写补上",
            "{loc}打出来的处方笺医生签名和日期挤在一起了",
            "麻精处方打印出来代办人那一栏没有",
        ),
        en=(
            "Paediatric prescription slip doesn't print the weight",
            "Weight box blank on printed paediatric scripts, pharmacy asks us to write it in",
            "Doctor signature and date overlap on scripts printed at {loc}",
            "Controlled-drug prescription printout is missing the proxy's details",
        ),
    ),
    Family(
        "his/near-expiry-report-wrong",
        "P3",
        "office",
        "his-ykreport",
        "his_expiry",
        zh=(
            "近效期药品预警表不准",
            "药库近效期报表里有好几个已经退货的药还在列",
            "{loc}把近效期提醒设成90天，报表还是按30天出的",
            "效期预警里同一个批号出现两次",
        ),
        en=(
            "Near-expiry drug report inaccurate",
            "Drug store's near-expiry list still shows items we returned to the supplier",
            "{loc} set the expiry warning to 90 days but the report still uses 30",
            "Same batch number listed twice in the expiry warning",
        ),
    ),
    Family(
        "his/hotkey-changed",
        "P3",
        "front",
        "his-cashier",
        "client_warn",
        zh=(
            "收费界面快捷键变了",
            "升级后F8不是结算了，老是按错",
            "{loc}回车不能跳到下一个输入框了，要用鼠标点",
            "收费员想把找零提示音关掉",
        ),
        en=(
            "Billing screen shortcut keys changed",
            "Since the update F8 no longer settles, we keep pressing the wrong key",
            "Enter doesn't move to the next field at {loc} any more, have to click",
            "cashier wants the change-due beep turned off",
        ),
    ),
    Family(
        "his/id-x-case-search",
        "P3",
        "front",
        "his-patidx",
        "his_patient_search",
        zh=(
            "身份证号末尾是小写x的病人查不到",
            "建档查重时输小写x找不到老病人，改成大写X就能找到",
            "{loc}有个病人身份证带x，每次都要改成大写才能查到",
            "按身份证查病人，x大小写不一样结果就不一样",
        ),
        en=(
            "Patients with a lowercase x in their ID number not found",
            "Duplicate check misses existing patients if the ID ends in lowercase x, uppercase "
            "X works",
            "At {loc} we have to retype the x in uppercase to find the patient",
            "ID search results differ depending on whether the x is upper or lower case",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "his_ora_pkg": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.SettleService - 门诊结算失败 发票号={n}
org.springframework.jdbc.UncategorizedSQLException: CallableStatementCallback; SQL [{{call \
PKG_MZ_SF.P_JS(?, ?, ?, ?)}}]; ORA-04068: existing state of packages has been discarded
ORA-04061: existing state of package body "HIS.PKG_MZ_SF" has been invalidated
ORA-04065: not executed, altered or dropped package body "HIS.PKG_MZ_SF"
ORA-06508: PL/SQL: could not find program unit being called: "HIS.PKG_MZ_SF"
\tat org.springframework.jdbc.core.JdbcTemplate.call(JdbcTemplate.java:1105)
\tat com.smarthos.{pkg}.dao.SettleDao.callSettle(SettleDao.java:{k2})
""",
        """\
SQL> select object_name, object_type, status from dba_objects where owner = 'HIS' and status = \
'INVALID';

OBJECT_NAME                    OBJECT_TYPE         STATUS
------------------------------ ------------------- -------
PKG_MZ_SF                      PACKAGE BODY        INVALID
PKG_MZ_YB                      PACKAGE BODY        INVALID
SQL> alter package HIS.PKG_MZ_SF compile body;
Warning: Package Body altered with compilation errors.
SQL> show errors
LINE/COL ERROR
-------- -----------------------------------------------------------------
{k}/7    PLS-00201: identifier 'MZ_SFJS.YBJE_NEW' must be declared
""",
    ),
    "his_settle": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.service.DischargeSettleService - 出院结算 \
预交金={n2}.00 费用={n}.{k4}
?{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.service.DischargeSettleService - 患者:{name} \
住院号:{mrn} 身份证:{idno}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.DischargeSettleService - 结算失败, 事务回滚
org.springframework.dao.DataIntegrityViolationException: PreparedStatementCallback; SQL [INSERT \
INTO ZY_JSJL (JSID, ZYH, YBJSID, JE) VALUES (?, ?, ?, ?)]; ORA-12899: value too large for column \
"HIS"."ZY_JSJL"."YBJSID" (actual: 32, maximum: 20)
\tat com.smarthos.{pkg}.dao.SettleDao.insert(SettleDao.java:{k2})
\tat com.smarthos.{pkg}.service.DischargeSettleService.settle(DischargeSettleService.java:{k})
""",
        """\
{ts} [ERROR] [{app}] 出院结算 批次={n} 失败: ORA-06502: PL/SQL: numeric or value error: character \
string buffer too small
{ts} [ERROR] [{app}] ORA-06512: at "HIS.PKG_ZY_JS", line {k2}
{ts} [ERROR] [{app}] ORA-06512: at line 1
{ts} [WARN ] [{app}] 今日出院结算 成功 0 笔, 失败 {k} 笔
""",
    ),
    "his_arrears": (
        """\
{ts} [INFO ] [{app}] 加载欠费控制参数 版本 {k3}.{k}
{ts} [WARN ] [{app}] 参数 QFKZ_XE (欠费下限) 值为空, 按 999999.00 处理
{ts} [WARN ] [{app}] 欠费拦截 病区={ward} 床号={bed} 余额={n2}.00 下限=999999.00 动作=禁止开立
{ts} [WARN ] [{app}] 欠费拦截 病区={ward} 余额={n}.00 下限=999999.00 动作=停止发药
{ts} [WARN ] [{app}] 近10分钟拦截 {n} 次 (平时 {k3} 次)
""",
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.rule.ArrearsRule - blocked order: balance={n2}.00 \
threshold=999999.00 greenChannel=false
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.rule.ArrearsRule - greenChannel flag ignored: \
column ZY_BRXX.LSTD_FLAG not found
{ts} ERROR [pharm-batch-{k}] c.s.{pkg}.DispenseBatch - 摆药批次 {n} 中止: {k} 条医嘱被欠费控制拦截
""",
    ),
    "his_drug_dict": (
        """\
{ts} [INFO ] [DictSync] 药品字典同步开始 来源=药库 批次={n}
{ts} [WARN ] [DictSync] 来源记录 {n2} 条 STOP_FLAG 为空, 按默认值 1(停用) 写入
{ts} [INFO ] [DictSync] UPDATE YK_YPZD SET STOP_FLAG = 1 WHERE ... 影响行数 {n2}
{ts} [INFO ] [DictSync] 同步完成 新增 0 修改 {n2} 停用 {n2}
{ts} [WARN ] [{app}] 开立校验: 药品 {k2}{k} 已停用, 拒绝
""",
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.service.PrescribeService - 药品可用性校验未通过 \
drugId={k2}{k} stopFlag=1
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.service.PrescribeService - 药品可用性校验未通过 \
drugId={k}{k2} stopFlag=1
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.web.DrugController - GET \
/{app}/api/drug/search?py=ams rows=0 (disabled filtered {k2})
""",
    ),
    "his_bed": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.BedService - 分配床位失败 病区={ward} \
床号={bed}
org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO \
ZY_CWSY (BQDM, CWH, ZYH, KSSJ) VALUES (?, ?, ?, ?)]; ORA-00001: unique constraint \
(HIS.PK_ZY_CWSY) violated
\tat com.smarthos.{pkg}.dao.BedDao.occupy(BedDao.java:{k2})
\tat com.smarthos.{pkg}.service.TransferService.transferIn(TransferService.java:{k})
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.service.TransferService - 转科回滚 转出科室保持不变
""",
        """\
SQL> select bqdm, count(*) from zy_cwsy where jssj is null and zyh is null group by bqdm;

BQDM       COUNT(*)
-------- ----------
{ward}           {k}
W12             {k2}
{ts} [WARN ] [{app}] 夜间床位释放任务 上次成功 {tsz}, 之后连续 {k3} 次失败: ORA-01013
""",
    ),
    "his_refund": (
        """\
{ts} INFO  [refund-pool-{k}] c.s.{pkg}.RefundService - 原路退款 out_refund_no=TF{n}{k} \
amount={k}.00
?{ts} INFO  [refund-pool-{k}] c.s.{pkg}.RefundService - 退款人 姓名:{name} 手机:{phone}
{ts} ERROR [refund-pool-{k}] c.s.{pkg}.WxPayClient - POST /v3/refund/domestic/refunds 403 \
{{"code":"NOT_ENOUGH","message":"基本账户余额不足，请充值后重新发起"}}
{ts} WARN  [refund-pool-{k}] c.s.{pkg}.RefundService - {k3} 笔退款状态 PROCESSING 超过 {k} 分钟
""",
        """\
{ts} ERROR [refund-pool-{k}] c.s.{pkg}.AlipayClient - alipay.trade.refund code=40004 \
sub_code=ACQ.SYSTEM_ERROR
{ts} WARN  [refund-pool-{k}] c.s.{pkg}.RefundService - 退款 TF{n} 重试 3/3 失败, 转人工处理
{ts} INFO  [refund-reconcile] c.s.{pkg}.RefundReconcileJob - 今日退款 成功 {n2} 笔 失败 {k} 笔
""",
    ),
    "his_pass": (
        """\
{ts} [WARN ] {exe} 合理用药审查调用耗时 {ms} ms (阈值 3000 ms)
{ts} [ERROR] {exe} 审查服务 http://{ip2}:8090/pass/analyze 超时, 本次审查跳过
{ts} [INFO ] {exe} 医生选择 忽略审查 继续保存 处方号={n}
{ts} [WARN ] {exe} 审查服务连接池 active=64/64 waiting={k}
""",
        """\
{ts} WARN  [pass-engine-{k}] c.s.pass.RuleEngine - analyze rx={n} drugs={k3} took {ms} ms
{ts} WARN  [pass-engine-{k}] c.s.pass.KnowledgeBase - 知识库缓存未命中, 回源查询 DDI 规则 {n2} 条
{ts} ERROR [pass-engine-{k}] c.s.pass.web.AnalyzeController - 审查超时, 返回空结果 rx={n}
""",
    ),
    "his_autocharge": (
        """\
{ts} [INFO ] [AutoFeeJob] 每日自动计费开始 计费日期={tsz}
{ts} [INFO ] [AutoFeeJob] 病区 {ward} 床位费 {k} 人 护理费 {k} 人 完成
{ts} [ERROR] [AutoFeeJob] 病区 W12 计费失败: ORA-00054: resource busy and acquire with NOWAIT \
specified or timeout expired
{ts} [WARN ] [AutoFeeJob] 病区 W12 已跳过, 未重试
{ts} [INFO ] [AutoFeeJob] 结束 成功 {k3} 个病区 失败 {k3} 个病区 耗时 {ms} ms
""",
    ),
    "his_drug_return": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.service.ReturnService - 退药申请 单号=TY{n} \
病区={ward} 明细 {k3} 条
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.ReturnService - 发送药房消息失败 单号=TY{n}
org.springframework.amqp.AmqpTimeoutException: java.util.concurrent.TimeoutException
\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator\
.convertRabbitAccessException(RabbitExceptionTranslator.java:73)
{ts} WARN  [return-compensate] c.s.{pkg}.ReturnCompensateJob - 待补发 {k} 单, 最早 {tsz}
""",
        """\
{ts} [ERROR] [{app}] 退药确认 单号=TY{n} 冲销费用失败: 原收费明细 {n2} 已结算, 不允许冲销
{ts} [WARN ] [{app}] 退药确认 单号=TY{n} 库存已回退, 费用未冲销
""",
    ),
    "his_yb_catalog": (
        """\
{ts} [YB] 上传费用明细 mdtrt_id={n}{k} 共 {k} 条
{ts} [YB] WARN  项目 {k2}{k} 未对照国家医保编码, 按自费上传
{ts} [YB] WARN  药品 {k2}{k3} 医保编码 XA01{k}{k2} 在新版目录中已失效
?{ts} [YB] 人员 姓名:{name} 证件号:{idno}
{ts} [YB] 结算返回 fulamt_ownpay_amt={n2}.{k} (自费金额异常偏高)
""",
    ),
    "his_rx_print": (
        """\
{ts} [INFO ] {exe} 打印处方 模板=儿科处方笺 v{k3}.{k} 打印机={printer}
{ts} [WARN ] {exe} 模板字段 [TZ] 未绑定数据源, 输出为空
{ts} [WARN ] {exe} 字段 [YSQM] 与 [KFRQ] 位置重叠 {k3} mm
""",
    ),
    "his_expiry": (
        """\
{ts} [INFO ] [ReportJob] 近效期药品预警 预警天数=30 (配置值 90 未生效)
{ts} [WARN ] [ReportJob] 批号 {n} 库存 0 已退货, 仍纳入预警
{ts} [WARN ] [ReportJob] 批号 {n2} 在 YK_KCMX 中存在 2 条记录, 未合并
{ts} [INFO ] [ReportJob] 输出 {k2} 条 耗时 {ms} ms
""",
    ),
    "his_patient_search": (
        """\
{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.mapper.PatientMapper.findByIdCard - ==>  Preparing: \
SELECT * FROM ZY_BRXX WHERE SFZH = ?
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.mapper.PatientMapper.findByIdCard - ==> \
Parameters: {idno}(String)
{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.mapper.PatientMapper.findByIdCard - <==      Total: \
0
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.service.PatientService - 未找到, 新建档案 (疑似重复 \
{k3} 条)
""",
    ),
}
