"""Fault families of subsystem `integration` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "integration/mq-resource-alarm",
        "P1",
        "it ward",
        "esb-mq",
        "integration_mq_alarm mq",
        zh=(
            "消息队列服务器报警，所有系统之间的消息都发不出去",
            "护士站收不到新医嘱，检验科也收不到申请，说是消息中间件堵住了！",
            "{loc}开的医嘱、申请全卡在“发送中”，药房、检验、影像一条都没收到",
            "MQ磁盘满了，发消息的全部被挂起，全院接口都停了",
            "早上开始全院的单子都传不过去，平台说队列服务器资源告警，发送端全被阻塞",
        ),
        en=(
            "Message broker alarm, nothing moving between any systems",
            "Nurse stations get no new orders, the lab gets no requests - all stuck on 'sending'!",
            "Orders from {loc} all stuck at 'sending', pharmacy, lab and imaging received nothing",
            "RabbitMQ hit its disk alarm and blocked every publisher, all interfaces stopped",
            "Since this morning no order or request crosses between systems, the queue "
            "server is in alarm and everything is waiting",
        ),
    ),
    Family(
        "integration/health-code-decode-down",
        "P1",
        "front",
        "esb-ehc",
        "integration_ehc java_timeout",
        zh=(
            "扫电子健康卡全失败，病人挂不了号",
            "电子健康卡扫码一直提示“二维码解析失败”，没带实体卡的病人都挂不了号！",
            "{loc}扫病人手机上的码全部报错，窗口排了长队，只能一个个手工建档",
            "医保电子凭证、健康码都扫不出来，门诊挂号、收费全卡住了",
            "所有窗口和自助机扫码就诊都不行，病人都是拿手机码来的，现在没法挂号",
        ),
        en=(
            "Health card QR scans all failing, patients can't register",
            "Every e-health card scan says 'QR decode failed' - patients without a card can't "
            "register!",
            "Scanning patients' phone codes at {loc} errors every time, long queue, "
            "creating records by hand",
            "Insurance e-voucher and health codes won't read, registration and billing stuck",
        ),
    ),
    Family(
        "integration/theatre-dblink-broken",
        "P1",
        "ward it",
        "anes-sync",
        "integration_dblink",
        zh=(
            "手麻系统看不到今天的手术申请",
            "手术室系统里今天的排班全是空的，病人已经接进来了，麻醉记录开不了！",
            "{loc}手麻、输血、供应室这几个系统同时取不到HIS的数据，报数据库链接错误",
            "HIS昨晚改了数据库密码，今早手术室的系统全部读不到病人信息",
        ),
        en=(
            "Anaesthesia system shows no surgery requests today",
            "Today's theatre list is empty, patients already in holding, can't start the "
            "anaesthesia record!",
            "Anaesthesia, transfusion and sterile supply systems in {loc} all fail to pull HIS "
            "data with a database link error",
            "HIS changed a database password last night and no theatre system can read "
            "patient details this morning",
        ),
    ),
    Family(
        "integration/api-gateway-down",
        "P1",
        "front it",
        "api-gw",
        "integration_apigw nginx",
        zh=(
            "微信挂号、自助机、小程序全部报服务异常",
            "所有对外接口都返回503，公众号挂不了号、自助机缴不了费、线上问诊也进不去！",
            "{loc}自助机一排全部提示“服务暂不可用”，手机上也挂不了号，病人全涌到窗口",
            "接口网关挂了，所有走网关的第三方调用都失败",
        ),
        en=(
            "WeChat booking, kiosks and the mini-program all say service error",
            "Every external API returns 503 - no WeChat booking, no kiosk payment, online "
            "consults won't open!",
            "All kiosks at {loc} say 'service unavailable', phones can't book either, everyone "
            "is at the windows",
            "API gateway down, every third-party call through it fails",
        ),
    ),
    Family(
        "integration/empi-wrong-merge",
        "P1",
        "ward it office",
        "esb-mpi",
        "integration_empi_merge",
        zh=(
            "主索引把两个病人合并成一个了",
            "病人的检验报告里出现了别人的结果，血型都不一样！同名同生日的两个人被合到一起",
            "{loc}发现一个病人的病历里有另一个人的CT和化验，医生差点按错的结果用药",
            "主索引自动合并出错，好几对同名病人资料串了，已经有报告发错人",
            "病历里的过敏史、既往检查混进了别人的，这是医疗安全问题，赶紧处理",
        ),
        en=(
            "Master index merged two different patients into one",
            "A patient's lab report shows someone else's results - different blood group! "
            "Same name and birthday got merged",
            "{loc} found another person's CT and labs in a patient's record, a doctor nearly "
            "treated on the wrong results",
            "Auto-merge went wrong, several same-name patients mixed up, reports already went "
            "to the wrong person",
        ),
    ),
    Family(
        "integration/rare-char-encoding",
        "P2",
        "it lab ward",
        "esb-charset",
        "integration_charset hl7_ae",
        zh=(
            "名字里有生僻字的病人，检验申请传不过去",
            "姓名带生僻字的病人，开的检验申请LIS收不到，接口那边报错",
            "{loc}这几天有几个病人的申请卡在平台上发不出去，都是名字里有生僻字的",
            "带“堃”“䶮”这种字的病人单子老是卡在接口里，别的都正常",
        ),
        en=(
            "Patients with rare characters in their names - lab requests don't go through",
            "Lab requests for patients with uncommon characters in their names never reach "
            "LIS, the interface errors",
            "A few requests from {loc} stuck on the platform this week, all for patients with "
            "rare characters in their names",
            "Orders for patients with characters like 堃 keep getting stuck in the interface, "
            "everything else fine",
        ),
    ),
    Family(
        "integration/settlement-list-upload",
        "P2",
        "office it",
        "esb-ybqd",
        "integration_ybqd",
        zh=(
            "医保结算清单上传失败",
            "医保办说这个月有几百份结算清单传不上去，月底前必须报完",
            "{loc}上传结算清单一直报“诊断编码不在医保版目录”，只能一份份改",
            "结算清单上报接口时好时坏，传一半就超时",
        ),
        en=(
            "Insurance settlement lists failing to upload",
            "Insurance office says hundreds of this month's settlement lists won't upload, "
            "due by month end",
            "Uploads from {loc} keep failing with 'diagnosis code not in insurance catalogue', "
            "fixing one by one",
            "Settlement list upload flaky, times out halfway",
        ),
    ),
    Family(
        "integration/result-recognition-timeout",
        "P2",
        "ward front it",
        "esb-hr",
        "integration_mutual java_timeout",
        zh=(
            "检查检验互认查询很慢",
            "开检查前要查互认结果，平台经常转一分钟然后超时，只能先跳过",
            "{loc}医生说区域互认弹窗老是报“查询失败”，开单要等很久",
            "外院结果互认接口时好时坏，病人在诊室干等",
        ),
        en=(
            "Regional result-recognition lookup very slow",
            "We must check recognised outside results before ordering, it spins a minute then "
            "times out, skipping it for now",
            "Doctors in {loc} say the recognition pop-up keeps showing 'query failed'",
            "Outside-results lookup works only sometimes, patients waiting in the consult room",
        ),
    ),
    Family(
        "integration/booking-platform-sync",
        "P2",
        "front office",
        "esb-booking",
        "integration_booking",
        zh=(
            "第三方预约平台号源不同步",
            "病人在市预约平台约上了号，来了我们系统里查不到，只能现场补挂",
            "{loc}这两天好几个病人拿着平台的预约短信来，系统里没有记录",
            "号源推送到预约平台失败，平台上还是上周的排班",
        ),
        en=(
            "Third-party booking platform slots out of sync",
            "Patients booked on the city booking platform but we can't find them, "
            "re-registering on the spot",
            "Several patients at {loc} showed platform booking texts, nothing in our system",
            "Slot push to the booking platform failing, it still shows last week's rota",
        ),
    ),
    Family(
        "integration/adt-out-of-order",
        "P2",
        "ward it",
        "esb-adt-seq",
        "integration_sequence",
        zh=(
            "已经出院的病人又回到在院列表里了",
            "有几个出院病人在检验和护理系统里又变成在院，还能开单",
            "{loc}转科的病人在检验那边一会儿是新科室一会儿又是老科室",
            "接口消息顺序乱了，出院以后又来一条旧的更新，把状态改回去了",
        ),
        en=(
            "Discharged patients reappearing as inpatients",
            "A few discharged patients show as admitted again in lab and nursing systems, "
            "orders still possible",
            "Patients transferred from {loc} flip between old and new ward in the lab system",
            "Messages processed out of order, an older update after discharge resets the status",
        ),
    ),
    Family(
        "integration/field-truncation",
        "P3",
        "imaging it",
        "esb-ris",
        "integration_truncate",
        zh=(
            "PACS里申请单的临床诊断显示不全",
            "影像科看到的病史摘要被截断了，后半句没了",
            "{loc}说检查申请里长一点的诊断只显示前面一部分",
            "接口传过去的申请医生名字偶尔少一个字",
        ),
        en=(
            "Clinical diagnosis cut short on imaging requests",
            "History summary on imaging requests truncated, second half missing",
            "{loc} says longer diagnoses on requests only show the beginning",
            "Ordering doctor's name sometimes loses a character over the interface",
        ),
    ),
    Family(
        "integration/timezone-offset",
        "P3",
        "it office",
        "esb-fhirsync",
        "integration_tz",
        zh=(
            "区域平台上我们的报告时间差了8个小时",
            "上传到区域平台的检查时间都比实际早8小时",
            "{loc}在区域平台上看到的就诊时间不对，内容是对的",
            "FHIR接口返回的时间没带时区",
        ),
        en=(
            "Our report times are 8 hours off on the regional platform",
            "Exam times uploaded to the regional platform show 8 hours early",
            "Visit times {loc} sees on the regional portal are wrong, the content is right",
            "FHIR API returns times without a time zone",
        ),
    ),
    Family(
        "integration/dead-letter-stale",
        "P3",
        "it",
        "esb-dlq",
        "integration_dlq",
        zh=(
            "死信队列里一直有几百条旧消息",
            "平台告警说死信队列超阈值，看了是已经停用的膳食系统的消息",
            "消息队列里有条老队列没人消费，能不能清掉",
            "每天早上都收到死信队列的告警邮件，其实没影响",
        ),
        en=(
            "Dead-letter queue holding hundreds of old messages",
            "Platform alert says DLQ over threshold, all for the retired diet system",
            "There's an old queue nobody consumes, can it be removed?",
            "Dead-letter alert email every morning, no actual impact",
        ),
    ),
    Family(
        "integration/sms-template-placeholder",
        "P3",
        "front imaging",
        "esb-sms",
        "integration_sms",
        zh=(
            "预约短信里出现“$examTime”这种字样",
            "病人收到的检查预约短信里，时间那里显示成一串变量",
            "{loc}有病人拿手机来问短信里的“$date”是什么意思",
            "缴费提醒短信少了科室名称",
        ),
        en=(
            "Appointment texts show '$examTime' instead of the time",
            "Exam booking texts show raw variables where the time should be",
            "A patient at {loc} asked what '$date' in our text message means",
            "Payment reminder texts are missing the department name",
        ),
    ),
    Family(
        "integration/bank-reconcile-file",
        "P3",
        "office",
        "esb-recon",
        "integration_recon",
        zh=(
            "昨天的银行对账文件没下下来",
            "财务对账发现平台没拿到昨天的聚合支付对账单，对不了账",
            "{loc}说对账系统里前天的微信账单是空的",
            "对账文件下载任务报错，手工下载的能用",
        ),
        en=(
            "Yesterday's bank reconciliation file didn't download",
            "Finance can't reconcile: the platform never fetched yesterday's payment statement",
            "{loc} says the WeChat statement for the day before yesterday is empty",
            "Reconciliation file download job errors, manual download works",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "integration_mq_alarm": (
        """\
{ts} [warning] <0.{k2}.0> Free disk space is insufficient. Free bytes: {n}{n2}. Limit: 50000000
{ts} [warning] <0.{k2}.0> disk resource limit alarm set on node 'rabbit@esb-mq0{k3}'.

**********************************************************
*** Publishers will be blocked until this alarm clears ***
**********************************************************
{ts} WARN  [AMQP Connection {ip2}:5672] c.s.{pkg}.mq.Publisher - connection blocked by broker, \
reason: low on disk
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.mq.Publisher - publish to exchange his.order \
timed out after {ms} ms
""",
        """\
$ rabbitmqctl status
Alarms
Memory alarm on node rabbit@esb-mq0{k3}
Free disk space alarm on node rabbit@esb-mq0{k3}
$ rabbitmqctl list_connections name state | grep -c blocked
{k}
{ts} ERROR [order-publisher-{k3}] c.s.{pkg}.mq.Publisher - {n2} messages waiting to publish
""",
    ),
    "integration_ehc": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.EhcClient - 解码请求 terminal={pc} scene=0101
?{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.EhcClient - 持卡人 姓名:{name} 证件号:{idno}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.EhcClient - 省平台返回 \
{{"resultCode":"-1","resultDesc":"二维码解析失败: 平台连接超时"}}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.EhcClient - POST \
https://{ip2}/ehc/api/v2/qrcode/decode failed after {ms} ms
{ts} WARN  [ehc-monitor] c.s.{pkg}.EhcMonitor - 近5分钟解码成功率 0% (失败 {k2} 次)
""",
    ),
    "integration_dblink": (
        """\
{ts} ERROR [quartz-{k3}] c.s.{pkg}.job.SyncApplyJob - 同步手术申请失败
java.sql.SQLException: ORA-01017: invalid username/password; logon denied
ORA-02063: preceding line from HISLINK
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
\tat com.smarthos.{pkg}.dao.ViewDao.listApply(ViewDao.java:{k2})
{ts} WARN  [quartz-{k3}] c.s.{pkg}.job.SyncApplyJob - 今日手术申请 0 条 (昨日 {k} 条)
""",
        """\
SQL> select count(*) from v_ss_apply@hislink where apply_date >= trunc(sysdate);
select count(*) from v_ss_apply@hislink where apply_date >= trunc(sysdate)
                                *
ERROR at line 1:
ORA-02019: connection description for remote database not found
{ts} ERROR [sync-{k3}] c.s.{pkg}.job.SyncPatientJob - 读取 v_zy_brxx@hislink 失败, 重试 3/3
""",
    ),
    "integration_apigw": (
        """\
{tsng} [error] {pid}#{pid}: *{n} [lua] config_etcd.lua:{k2}: sync_data(): failed to check \
item data of [/apisix/routes] err:connection refused, context: ngx.timer
{tsng} [error] {pid}#{pid}: *{n} [lua] init.lua:{k}: http_access_phase(): failed to fetch \
route configuration, client: {ip}
{ip} - - [{tsn}] "POST /api/his/register/lock HTTP/1.1" 503 {k2} "-" "Mozilla/5.0 (iPhone) \
MicroMessenger/8.0"
{ip} - - [{tsn}] "POST /api/his/pay/unified HTTP/1.1" 503 {k2} "-" "KioskClient/3.{k3}"
""",
        """\
{tsng} [error] {pid}#0: *{n} [kong] handler.lua:{k}: failed to get from node cache: could \
not acquire callback lock: timeout, client: {ip}, server: kong, request: \
"GET /api/kiosk/patient HTTP/1.1"
{ip} - - [{tsn}] "GET /api/kiosk/patient HTTP/1.1" 500 42 "-" "KioskClient/3.{k3}"
{{"message":"An unexpected error occurred"}}
""",
    ),
    "integration_empi_merge": (
        """\
{ts} INFO  [empi-match-{k3}] c.s.{pkg}.MatchEngine - candidate pair score=0.9{k3} \
rule=NAME+BIRTHDATE+SEX threshold=0.90
?{ts} INFO  [empi-match-{k3}] c.s.{pkg}.MatchEngine - 姓名:{name} 身份证:{idno} <-> 身份证:(空)
{ts} INFO  [empi-match-{k3}] c.s.{pkg}.MergeService - AUTO MERGE EMPI{n} -> EMPI{n2}, \
linked records moved: {k2}
{ts} INFO  [empi-notify] c.s.{pkg}.Notifier - ADT^A40 sent to LIS, PACS, EMR \
(merge EMPI{n} into EMPI{n2})
{ts} WARN  [empi-audit] c.s.{pkg}.AuditJob - {k3} merges today with conflicting attributes \
(ABO, phone)
""",
    ),
    "integration_charset": (
        """\
[{tsc}]  ERROR (com.mirth.connect.donkey.server.channel.Channel:{k}): Error processing \
message {cid} in channel {chan}
com.mirth.connect.donkey.server.channel.ChannelException: \
java.nio.charset.UnmappableCharacterException: Input length = 2
\tat com.mirth.connect.plugins.datatypes.hl7v2.ER7Serializer.toXML(ER7Serializer.java:{k2})
?[{tsc}]  DEBUG (com.mirth.connect.donkey.server.channel.Channel:{k}): \
PID|1||{mrn}^^^HIS||{name}??^^^^||
[{tsc}]  WARN  (com.mirth.connect.donkey.server.channel.Channel:{k}): destination charset \
GB2312, source UTF-8, {k3} messages ERROR today
""",
    ),
    "integration_ybqd": (
        """\
{ts} [YB] 调用医保交易[4101A] 医保结算清单信息上传 setl_id={n}{k}
{ts} [YB] 医保交易[4101A]返回: {{"infcode":-1,"err_msg":"诊断代码[K80.{k3}00x00{k3}]\
不在医保版ICD-10 2.0目录中"}}
{ts} [YB] 医保交易[4101A]返回: {{"infcode":-1,"err_msg":"手术操作代码[{k4}.{k3}{k3}00]\
与手术日期不匹配"}}
{ts} [YB] 本批上传 {n2} 份, 失败 {k}
""",
        """\
{ts} [YB] 调用医保交易[4101A] 医保结算清单信息上传 setl_id={n}{k2}
{ts} [YB] ERROR 读取返回超时 {ms} ms, 连接 {ip2}:8080 已关闭
{ts} [YB] 待上传结算清单 {n2} 份, 截止日期剩余 {k3} 天
""",
    ),
    "integration_mutual": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.HrClient - 互认查询 items=CT胸部平扫,血常规 \
dept={k2}
?{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.HrClient - 患者 证件号:{idno} 姓名:{name}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.HrClient - 调用区域互认平台超时 {ms} ms \
url=https://{ip2}/hr/api/v1/result/query
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.HrClient - 降级: 跳过互认提醒, 返回空结果
""",
    ),
    "integration_booking": (
        """\
{ts} INFO  [booking-sync] c.s.{pkg}.SlotPushJob - 推送号源 doctors={k} slots={n2}
{ts} ERROR [booking-sync] c.s.{pkg}.PlatformClient - POST /open/api/schedule/push -> 401 \
{{"code":40101,"msg":"access_token expired"}}
{ts} WARN  [booking-sync] c.s.{pkg}.PlatformClient - token refresh failed: appSecret mismatch
{ts} INFO  [booking-pull] c.s.{pkg}.OrderPullJob - 拉取平台预约单 0 条, 上次成功 {k3} 天前
?{ts} WARN  [booking-pull] c.s.{pkg}.OrderPullJob - 现场补挂 预约人:{name} 手机:{phone}
""",
    ),
    "integration_sequence": (
        """\
{ts} INFO  [adt-consumer-{k3}] c.s.{pkg}.AdtHandler - ADT^A03 visit {n} processed
{ts} INFO  [adt-consumer-{k}] c.s.{pkg}.AdtHandler - ADT^A08 visit {n} processed \
(EVN-2 earlier than last A03)
?{ts} DEBUG [adt-consumer-{k}] c.s.{pkg}.AdtHandler - 患者:{name} 住院号:{mrn}
{ts} WARN  [adt-consumer-{k}] c.s.{pkg}.AdtHandler - visit {n} status DISCHARGED -> INHOUSE \
by control id {cid}
{ts} INFO  [main] c.s.{pkg}.ConsumerConfig - concurrentConsumers={k3} prefetch=50 ordering=NONE
""",
    ),
    "integration_truncate": (
        """\
{ts} WARN  [HIS_ORM_to_PACS] OBR-13 (Relevant Clinical Info) length {k2} exceeds 200, truncated
{ts} WARN  [HIS_ORM_to_PACS] field DG1-4 (Diagnosis Description) length {k} exceeds 60, truncated
{ts} WARN  [HIS_ORM_to_PACS] field ORC-12 (Ordering Provider) length {k3}1 exceeds 20, truncated
{ts} INFO  [HIS_ORM_to_PACS] ORM^O01 control id {cid} delivered, ACK AA
""",
    ),
    "integration_tz": (
        """\
{ts} INFO  [fhir-sync] c.s.{pkg}.Exporter - POST /fhir/DiagnosticReport id={n} status=201
{{"resourceType":"DiagnosticReport","id":"{n}","status":"final",\
"effectiveDateTime":"{tsz}Z"}}
{ts} WARN  [fhir-sync] c.s.{pkg}.Validator - effectiveDateTime has no offset, serialised as UTC
{ts} INFO  [fhir-sync] c.s.{pkg}.Exporter - batch done ok={k2} fail=0
""",
    ),
    "integration_dlq": (
        """\
$ rabbitmqctl list_queues name messages consumers
diet.adt.dlq        {n2}    0
esb.retry.dlq       {k3}    1
{ts} WARN  [dlq-monitor] c.s.{pkg}.DlqMonitor - queue diet.adt.dlq messages={n2} > threshold \
100, x-death reason=expired, oldest {k} days
""",
    ),
    "integration_sms": (
        """\
{ts} INFO  [sms-sender-{k3}] c.s.{pkg}.SmsService - template=EXAM_APPT_V{k3} \
vars={{deptName=CT室, examTime=null}}
?{ts} INFO  [sms-sender-{k3}] c.s.{pkg}.SmsService - to {phone} 尊敬的{name}您好，\
您预约的检查时间为${{examTime}}，请提前30分钟到达
{ts} WARN  [sms-sender-{k3}] c.s.{pkg}.SmsService - unresolved placeholder ${{examTime}} \
in template EXAM_APPT_V{k3}
{ts} INFO  [sms-sender-{k3}] c.s.{pkg}.SmsGateway - submit ok msgid={n}
""",
    ),
    "integration_recon": (
        """\
{ts} INFO  [recon-job] c.s.{pkg}.BillDownloadJob - 下载对账单 channel=WXPAY type=ALL
{ts} ERROR [recon-job] c.s.{pkg}.BillDownloadJob - 返回 \
{{"return_code":"FAIL","return_msg":"No Bill Exist"}}
{ts} ERROR [recon-job] c.s.{pkg}.SftpClient - sftp get /bill/{n}.csv from {ip2}: No such file
{ts} WARN  [recon-job] c.s.{pkg}.ReconcileService - 差异 {k} 笔 金额 {n2}.{k4}
""",
    ),
}
