"""Fault families of subsystem `pacs` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "pacs/stroke-ai-routing-down",
        "P1",
        "imaging ward",
        "pacs-router",
        "pacs_ai_route",
        zh=(
            "卒中CT灌注结果出不来",
            "急诊卒中病人CTP做完了，灌注分析软件一直收不到图，溶栓等着结果！",
            "{loc}头颅CTA、CTP扫完自动推送到后处理的全部失败，绿色通道卡住了",
            "卒中中心说今天所有CT灌注图都没有自动算出来，神经内科医生在CT室门口等着",
            "CT转发到AI卒中分析那台服务器的片子一张都没过去，取栓决策做不了",
        ),
        en=(
            "Stroke CT perfusion maps not coming out",
            "Code stroke patient scanned, the perfusion software never gets the images - "
            "thrombolysis decision on hold!",
            "Every head CTA/CTP from {loc} fails to auto-route to post-processing, "
            "stroke pathway blocked",
            "Neuro team standing in CT because no perfusion map has been produced all day",
            "nothing is reaching the AI stroke server, can't decide on thrombectomy",
        ),
    ),
    Family(
        "pacs/images-wrong-patient",
        "P1",
        "imaging ward",
        "pacs-ingest",
        "pacs_uid_conflict dicom_mwl",
        zh=(
            "片子挂到别的病人名下了",
            "今天好几个病人打开影像看到的是别人的片子，检查号重复了！",
            "{loc}医生发现CT报告对应的图像是另一个病人的，性别年龄都对不上，吓死了",
            "影像和病人对不上号，已经有两份报告可能写错了人，急需停下来查",
            "RIS检查号好像重新从1开始了，新片子合并到了老病人的检查里",
        ),
        en=(
            "Images filed under the wrong patient",
            "Several patients today open someone else's images - accession numbers duplicated!",
            "Doctor in {loc} found the CT images don't match the patient, wrong sex and age, "
            "we're scared a report went out on the wrong person",
            "images and patients don't line up anymore, two reports may be on the wrong "
            "patient, need to stop and check now",
            "RIS accession numbers seem to restart from 1, new scans merged into old patients' "
            "studies",
        ),
    ),
    Family(
        "pacs/critical-finding-notify-down",
        "P1",
        "imaging ward",
        "ris-critical",
        "pacs_crit_notify java_timeout",
        zh=(
            "影像危急值发不出去",
            "放射科报的危急值临床全部收不到，气胸、脑出血都只能打电话一个个通知！",
            "{loc}危急值上报点了提交一直转圈，临床那边没弹窗也没短信",
            "今天影像危急值闭环全断了，超时未确认的一大堆，医务科在追责",
            "急诊CT脑出血危急值没推到医生站，病人差点耽误",
        ),
        en=(
            "Imaging critical findings not being sent",
            "No radiology critical result reaches the wards - pneumothorax, bleeds, "
            "we're phoning every one!",
            "Critical finding submit in {loc} just spins, no popup or SMS on the clinical side",
            "the whole critical-result loop is broken today, pile of unacknowledged alerts",
            "ER head CT bleed alert never reached the doctor, patient nearly missed",
        ),
    ),
    Family(
        "pacs/images-corrupted-display",
        "P1",
        "imaging ward",
        "pacs-render",
        "pacs_decompress",
        zh=(
            "片子打开全是花屏",
            "今天新做的CT、MR在阅片里全是马赛克和黑块，没法诊断！",
            "{loc}所有新检查打开都是灰图或者一半黑的，老片子正常",
            "影像显示乱码一样的条纹，急诊的片子一张也看不了",
        ),
        en=(
            "Images all garbled when opened",
            "Every new CT and MR today shows blocks and noise in the viewer, can't diagnose!",
            "All new studies in {loc} open grey or half black, older ones fine",
            "images render as stripes, not a single ER study is readable",
            "viewer shows corrupted slices for everything acquired since this morning",
        ),
    ),
    Family(
        "pacs/reading-list-not-updating",
        "P1",
        "imaging",
        "ris-worklist",
        "pacs_study_notify mq",
        zh=(
            "诊断医生的待写报告列表空了",
            "放射科所有医生的待诊断列表都不刷新，技师做完的检查一个都不进来！",
            "{loc}检查都扫完了，报告医生那边看不到，急诊报告全压着",
            "图像到了PACS，可是报告系统里一直显示“未到检”，没人能开始写报告",
        ),
        en=(
            "Radiologists' reading list is empty",
            "No radiologist's worklist refreshes, not one finished exam is coming through!",
            "Exams in {loc} are done but readers can't see them, ER reads all piling up",
            "images are in PACS but the report system still says not arrived, nobody can "
            "start a report",
        ),
    ),
    Family(
        "pacs/emr-image-link-broken",
        "P2",
        "ward imaging",
        "pacs-launch",
        "pacs_launch nginx",
        zh=(
            "医生站点“查看影像”打不开",
            "病房医生工作站里点影像链接提示参数错误，只能去单独登PACS客户端看",
            "{loc}从电子病历调阅片子报401，部分电脑可以",
            "临床调阅影像的按钮没反应，换用网页版才看得到",
        ),
        en=(
            "'View images' button in the doctor workstation broken",
            "Image link from the ward workstation says invalid parameters, logging into the "
            "PACS client separately",
            "opening images from the EMR in {loc} gives 401, some PCs OK",
            "Clinical image launch does nothing, using the web viewer instead",
        ),
    ),
    Family(
        "pacs/cd-burning-fails",
        "P2",
        "imaging",
        "pacs-media",
        "pacs_burner",
        zh=(
            "刻光盘一直失败",
            "病人要转院带影像光盘，刻录机一直报错，只能先打胶片",
            "{loc}光盘刻录机任务卡住，排了十几个病人",
            "刻出来的光盘在外院打不开，说没有浏览器",
        ),
        en=(
            "Patient CD burning keeps failing",
            "Patient transferring out needs an image CD, the burner keeps erroring, "
            "printing film for now",
            "disc publisher in {loc} stuck, a dozen patients queued",
            "CDs we burn won't open at the other hospital, no viewer on them",
        ),
    ),
    Family(
        "pacs/cloud-film-qr-fails",
        "P2",
        "imaging front",
        "pacs-cloudfilm",
        "pacs_cloudfilm",
        zh=(
            "云胶片二维码扫了打不开",
            "病人扫报告上的二维码看不到片子，只能回来打胶片",
            "{loc}好几个病人投诉手机上云影像一直加载中",
            "今天的云胶片部分没上传上去，昨天的可以看",
            "数字影像短信链接点开显示404",
        ),
        en=(
            "Cloud film QR code doesn't open",
            "Patients scan the QR on the report and see no images, coming back for film",
            "several patients at {loc} say the cloud images just keep loading on their phones",
            "Some of today's cloud films never uploaded, yesterday's are fine",
            "digital image SMS link gives 404",
        ),
    ),
    Family(
        "pacs/postprocessing-jobs-stuck",
        "P2",
        "imaging",
        "pacs-3d",
        "pacs_3d",
        zh=(
            "三维重建做不出来",
            "后处理服务器重建任务一直排队，冠脉CTA的图要等一个多小时",
            "{loc}VR、MPR打开很卡，有时候直接报显存不足",
            "血管分析软件任务卡在90%，只能在CT机上自己重建",
        ),
        en=(
            "3D reconstructions not getting done",
            "Post-processing server queue stuck, coronary CTA recon takes over an hour",
            "VR and MPR in {loc} very laggy, sometimes out of GPU memory",
            "vessel analysis jobs hang at 90%, reconstructing on the scanner console instead",
        ),
    ),
    Family(
        "pacs/us-sr-measurements-missing",
        "P2",
        "imaging",
        "us-report",
        "pacs_sr",
        zh=(
            "超声测量值带不进报告",
            "产科超声测的双顶径、股骨长不能自动导入报告，要手抄",
            "{loc}心超的测量数据有时候进得来有时候没有",
            "超声机发过来的结构化数据报告里是空的",
        ),
        en=(
            "Ultrasound measurements don't carry into the report",
            "OB measurements like BPD and FL no longer import, typing them by hand",
            "echo measurements in {loc} come through sometimes, sometimes not",
            "Structured data sent from the US machine shows empty in the report",
        ),
    ),
    Family(
        "pacs/report-print-header",
        "P3",
        "imaging",
        "ris-print",
        "client_warn",
        zh=(
            "影像报告打印出来医院logo是旧的",
            "报告单抬头科室电话还是以前的号码",
            "{loc}打印的报告页脚“仅供临床参考”那行被截掉了",
            "报告单上关键图像排列能不能改成两列",
        ),
        en=(
            "Old hospital logo on printed imaging reports",
            "Report header still has the department's old phone number",
            "footer disclaimer cut off on reports printed in {loc}",
            "Could key images on the printed report be in two columns?",
        ),
    ),
    Family(
        "pacs/teaching-folder",
        "P3",
        "imaging",
        "pacs-teaching",
        "app_cn",
        zh=(
            "教学病例收藏夹不能重命名",
            "我收藏的典型病例文件夹没法排序",
            "{loc}教学文件夹里的病例备注保存不了",
            "想把收藏的病例共享给科里的规培生",
        ),
        en=(
            "Can't rename my teaching file folder",
            "No way to sort my saved interesting cases",
            "notes on teaching cases in {loc} don't save",
            "Want to share my case collection with the residents",
        ),
    ),
    Family(
        "pacs/dose-report-missing",
        "P3",
        "imaging office",
        "pacs-dose",
        "pacs_dose",
        zh=(
            "CT剂量报告在系统里看不到",
            "辐射剂量统计里少了一台CT的数据",
            "{loc}剂量管理报表DLP一栏是空的",
            "质控要的CT剂量月报导出来少了几天",
        ),
        en=(
            "CT dose reports not visible in the system",
            "One CT scanner missing from the radiation dose statistics",
            "DLP column empty in the dose report for {loc}",
            "Monthly CT dose export for QA is missing a few days",
        ),
    ),
    Family(
        "pacs/exam-item-names",
        "P3",
        "imaging front",
        "ris-dict",
        "app_cn client_warn",
        zh=(
            "预约时检查项目名称是旧的",
            "RIS里“胸部平扫”还叫原来的名字",
            "{loc}检查项目下拉框里有两个一样的名字",
            "新增的检查部位在预约单上显示编码",
        ),
        en=(
            "Old exam names in the booking screen",
            "A chest CT item in RIS still has its old name",
            "two identical exam names in the dropdown at {loc}",
            "New body part shows as a code on the booking slip",
        ),
    ),
    Family(
        "pacs/display-qa-warning",
        "P3",
        "imaging",
        "pacs-displayqa",
        "pacs_display_qa",
        zh=(
            "诊断显示器校准提示过期",
            "我这台阅片屏开机就提示亮度不达标",
            "{loc}一台医用显示器的质控软件报警，看片子好像没问题",
            "显示器校准软件说要做一致性检测",
        ),
        en=(
            "Diagnostic monitor calibration overdue",
            "My reading screen warns luminance out of tolerance at startup",
            "QA software flags one medical display in {loc}, images look OK",
            "Display calibration tool asks for a constancy test",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "pacs_ai_route": (
        """\
{ts} INFO  [Router] rule STROKE_CTP matched study {uid} from CT_ER_01
{ts} INFO  [Router] forward to AI_STROKE@{ip2}:104 queued, {k2} instances
{ts} ERROR [Router] AI_STROKE@{ip2}:104 A-ASSOCIATE-RJ result=1 source=1 reason=3 \
(Calling AE Title not recognized)
{ts} WARN  [Router] forward retry {k3}/5 for {uid}
{ts} ERROR [Router] destination AI_STROKE queue depth {k}, oldest {ms} ms
""",
        """\
{ts} [rapid-listener] WARN  series {uid} incomplete: received {k} of {k2} slices after 300 s
{ts} [rapid-listener] ERROR CTP processing aborted: no arterial input function
{ts} [rapid-listener] ERROR result push to {ae} failed: C-STORE status 0xA900 \
(Dataset does not match SOP Class)
""",
        """\
{ts} WARN  [Router] AI_STROKE@{ip2}:104 C-ECHO failed: Connection refused
{ts} ERROR [Router] rule STROKE_CTA: destination offline, {k} studies held since {tsz}
{ts} INFO  [Router] CT_GE_01 study {uid} routed to {ae} only (AI_STROKE skipped)
""",
    ),
    "pacs_uid_conflict": (
        """\
{ts} WARN  [Ingest] study {uid}: AccessionNumber {n} already assigned to another PatientID
{ts} WARN  [Ingest] (0010,0020) received [{mrn}] differs from RIS order [{n2}]
?{ts} WARN  [Ingest] incoming 患者:{name} 身份证:{idno} vs RIS order patient mismatch
{ts} INFO  [Ingest] study {uid} merged into existing study by accession match
{ts} ERROR [Ingest] reconciliation queue {k} studies flagged for manual check
""",
        """\
SQL> select accession_no, count(distinct patient_id) from RIS_STUDY
  2  where create_time > sysdate - 1 group by accession_no having count(*) > 1;

ACCESSION_NO  COUNT(DISTINCTPATIENT_ID)
------------- -------------------------
{n}                                   2
{n2}                                  2
{ts} WARN  [Seq] RIS_ACCESSION_SEQ current value {k} lower than max used {n}
""",
    ),
    "pacs_crit_notify": (
        """\
{ts} INFO  [CriticalService] report {n} flagged CRITICAL item=脑出血 by {user}
?{ts} INFO  [CriticalService] patient 姓名:{name} 住院号:{mrn} 主管医生手机:{phone}
{ts} ERROR [CriticalService] push to HIS doctor station http://{ip2}:8090/critical/notify \
failed: 502 Bad Gateway
{ts} ERROR [CriticalService] SMS gateway returned code 40005 (signature invalid)
{ts} WARN  [CriticalService] {k} critical results unacknowledged beyond 15 min
""",
    ),
    "pacs_decompress": (
        """\
{ts} ERROR [Render] decode failed for {uid}: TransferSyntax 1.2.840.10008.1.2.4.91 \
(JPEG 2000) codestream truncated at {n} bytes
{ts} WARN  [Render] frame {k} fallback to placeholder image
{ts} ERROR [Render] OpenJPEG: Stream too short, expected SOT marker
{ts} WARN  [Archive] compression job v{k3}.{k} wrote {k2} objects with size 0 to /pacs/online/{k3}
""",
        """\
{ts} WARN  [WebViewer] /wado?studyUID={uid}&contentType=image/jpeg 500 in {ms} ms
{ts} ERROR [WebViewer] javax.imageio.IIOException: Unsupported Image Type, \
BitsStored=16 PhotometricInterpretation=YBR_ICT
{ts} ERROR [WebViewer] {k} render errors in last 5 minutes
""",
    ),
    "pacs_study_notify": (
        """\
{ts} INFO  [StudyWatcher] study {uid} complete, {k2} images, accession {n}
{ts} ERROR [StudyWatcher] notify RIS http://{ip2}:8080/ris/api/study/arrived failed: \
Connection reset
{ts} WARN  [StudyWatcher] pending notifications {n2}, oldest {k} min
{ts} ERROR [RIS] status update for accession {n} skipped: exam status 已登记 not 已检查
""",
    ),
    "pacs_launch": (
        """\
{ts} INFO  [Launch] GET /viewer/launch?accession={n}&pid=***&token=*** from {ip}
{ts} WARN  [Launch] token signature check failed: key id {k3} unknown (HIS sent key v{k3})
{ts} ERROR [Launch] 401 Unauthorized returned to {pc}
{ts} WARN  [Launch] parameter 'studyUID' missing, cannot resolve study for accession {n}
""",
    ),
    "pacs_burner": (
        """\
{ts} [DiscPublisher] job {n} 刻录开始 drive 1 media DVD-R
{ts} [DiscPublisher] ERROR PP-100II status 0x{hex}: disc transfer arm error
{ts} [DiscPublisher] WARN  job {n} retry {k3}, ink cartridge Cyan 3%
?{ts} [DiscPublisher] INFO  job {n} 患者:{name} 检查号:{mrn} {k2} MB
{ts} [DiscPublisher] ERROR viewer package not found in \\\\{host}\\burn\\viewer, DICOMDIR only
""",
    ),
    "pacs_cloudfilm": (
        """\
{ts} INFO  [CloudFilm] upload study {uid} to OSS bucket hosp-film ({k2} MB)
{ts} ERROR [CloudFilm] OSS PutObject failed: RequestTimeTooSkewed after {ms} ms
{ts} WARN  [CloudFilm] short link https://film.hosp.cn/s/{hex} resolve 404, study not published
?{ts} INFO  [CloudFilm] SMS to 手机:{phone} 患者:{name}
{ts} WARN  [CloudFilm] upload backlog {k} studies
""",
    ),
    "pacs_3d": (
        """\
{ts} [PostProc] job {n} CTA_CORONARY queued position {k}
{ts} [PostProc] ERROR CUDA error: out of memory (allocated {k3}.{k}GiB of 16GiB)
{ts} [PostProc] WARN  job {n} stalled at 90% (centerline extraction) for {ms} ms
{ts} [PostProc] ERROR license server {ip2}:27000 returned 'Licensed number of users \
already reached'
""",
    ),
    "pacs_sr": (
        """\
{ts} INFO  [SRReceiver] C-STORE Comprehensive SR from US_PHILIPS_3 iuid={uid}
{ts} WARN  [SRReceiver] template TID 5000 unknown code (99PHILIPS, {k2}, "BPD Hadlock") ignored
{ts} ERROR [SRReceiver] cannot match SR to report: accession empty, StudyInstanceUID {uid}
{ts} INFO  [SRReceiver] mapped 0 of {k3} measurements into report fields
""",
    ),
    "pacs_dose": (
        """\
{ts} INFO  [DoseCollector] poll CT_GE_01 for RDSR
{ts} WARN  [DoseCollector] study {uid}: no X-Ray Radiation Dose SR, \
dose screen OCR fallback failed
{ts} WARN  [DoseCollector] CTDIvol missing for series {k}, DLP set to null
{ts} INFO  [DoseCollector] month summary rows={n2} missing_days={k3}
""",
    ),
    "pacs_display_qa": (
        """\
{ts} [DisplayQA] {pc} display 2 (MDL-{k3}MP) constancy test result: FAIL
{ts} [DisplayQA] Lmax 3{k4} cd/m2 below target 500, GSDF deviation {k3}.{k}%
{ts} [DisplayQA] last calibration 1{k4} days ago, interval exceeded by {k} days
""",
    ),
}
