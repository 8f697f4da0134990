"""Fault families of subsystem `telemedicine` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "telemedicine/frozen-section-upload-fails",
        "P1",
        "ward",
        "rtc-patho",
        "telemedicine_wsi",
        zh=(
            "远程冰冻切片传不上去",
            "病人还在手术台上麻醉着，冰冻切片扫描完传不到上级医院病理科，专家看不到片子！",
            "手术室在等远程冰冻结果，数字切片平台打不开，手术只能停着等",
            "远程病理诊断平台挂了，今天{n}台手术的冰冻都没法远程看",
        ),
        en=(
            "Remote frozen section slides won't upload",
            "Patient still under anaesthesia and the frozen-section scan won't reach the "
            "partner pathology department - the pathologist can't see anything!",
            "The OR is waiting on a remote frozen section and the digital slide platform "
            "won't open, surgery on hold",
            "telepathology platform down, {n} operations today can't get frozen sections read",
        ),
    ),
    Family(
        "telemedicine/video-bridge-down",
        "P1",
        "office ward",
        "rtc-mcu",
        "telemedicine_mcu",
        zh=(
            "视频会议MCU挂了，所有会场都入不了会",
            "所有远程会诊终端都呼不进会议，多学科会诊和县医院联合查房全停了！",
            "{loc}和所有分院的视频终端都显示“注册失败”，会诊开不了",
            "全部视频终端连不上会议平台，今天排的{n}场远程会诊一场都开不了",
        ),
        en=(
            "Video bridge down - no site can join any meeting",
            "No consult terminal can dial into any meeting - MDTs and joint rounds with the "
            "county hospitals all stopped!",
            "Terminals in {loc} and at every branch show registration failed, no consults possible",
            "all video terminals can't reach the meeting platform, none of today's {n} "
            "remote consults can run",
        ),
    ),
    Family(
        "telemedicine/tele-icu-feeds-lost",
        "P1",
        "ward",
        "rtc-teleicu",
        "telemedicine_rtsp",
        zh=(
            "远程ICU看不到床旁画面了",
            "远程重症监护中心所有合作医院的床旁视频和监护数据都断了，夜里没人盯着这些病人！",
            "远程监护中心大屏全黑了，基层ICU的危重病人一个都看不到",
            "远程ICU平台视频、生命体征全挂了，基层医院打电话来问病人怎么处理",
        ),
        en=(
            "Tele-ICU lost all bedside feeds",
            "The tele-ICU centre lost every partner hospital's bedside video and monitor data "
            "- nobody is watching those patients overnight!",
            "Tele-ICU video wall completely black, can't see the critical patients at the "
            "district ICUs",
            "tele-ICU video and vitals both down, district hospitals phoning for advice and "
            "we have no data",
        ),
    ),
    Family(
        "telemedicine/fetal-monitoring-uploads-fail",
        "P1",
        "ward office",
        "rtc-fetal",
        "telemedicine_fetal nginx",
        zh=(
            "远程胎监数据传不上来",
            "居家远程胎心监护平台收不到任何孕妇上传的胎监图，高危孕妇在家等着判读！",
            "{loc}反映远程胎监中心一上午一份都没收到，孕妇打电话说一直上传失败",
            "居家胎监全停了，孕妇在家测完传不上来，判读医生看不到图，有孕妇说胎动少了",
        ),
        en=(
            "Remote fetal monitoring uploads not arriving",
            "Home fetal monitoring platform receives no tracings from any mother - high-risk "
            "pregnancies waiting on reads!",
            "{loc} says the remote CTG centre has received nothing all morning, mothers "
            "calling to say uploads fail",
            "home fetal monitoring totally stopped, mothers' uploads fail, readers see nothing "
            "and one mother reports reduced movements",
        ),
    ),
    Family(
        "telemedicine/video-visit-service-suspended",
        "P1",
        "office it",
        "rtc-visit",
        "telemedicine_vendor",
        zh=(
            "线上视频问诊全部进不去",
            "互联网医院视频问诊都提示“进入房间失败”，图文能用，视频一个都接不通，几百个预约病人在等！",
            "{loc}说视频问诊从零点开始全部失败，好像是云视频服务被停了",
            "所有医生的视频复诊都打不通，病人在排队申请退款",
        ),
        en=(
            "All online video visits failing",
            "Every video visit on the online hospital says failed to enter room - chat works "
            "but no video connects, hundreds booked!",
            "{loc} reports video visits failing since midnight, looks like the cloud video "
            "service was suspended",
            "no doctor can connect any video follow-up, patients queuing for refunds",
        ),
    ),
    Family(
        "telemedicine/consult-image-transfer-slow",
        "P2",
        "ward office imaging",
        "rtc-cloudfilm",
        "telemedicine_imgxfer",
        zh=(
            "远程会诊影像传得很慢",
            "基层医院传上来的CT几百张要传一个多小时，会诊只能往后推",
            "{loc}会诊时调阅对方的影像一直转圈，只能让对方截图发过来",
            "会诊申请上传影像老是失败，重传几次才成功",
        ),
        en=(
            "Consult images transfer very slowly",
            "A CT from the referring hospital takes over an hour to arrive, consults keep "
            "getting pushed back",
            "Opening the partner's images during consults in {loc} spins forever, they send "
            "screenshots instead",
            "image uploads for consult requests keep failing, succeed after several retries",
        ),
    ),
    Family(
        "telemedicine/patient-camera-blocked",
        "P2",
        "office ward",
        "rtc-visit",
        "telemedicine_webview",
        zh=(
            "部分病人视频问诊打不开摄像头",
            "用苹果手机的病人进视频问诊是黑屏，医生只能改打电话",
            "{loc}好几个医生说病人那边没画面，提示没有摄像头权限",
            "老人用微信进视频复诊一直卡在“正在连接”，安卓手机的能用",
        ),
        en=(
            "Some patients' cameras won't open in video visits",
            "Patients on iPhones get a black screen in video visits, doctors switching to "
            "phone calls",
            "Several doctors in {loc} say the patient's video is missing, app says no camera "
            "permission",
            "elderly patients joining through WeChat stuck on connecting, Android phones work",
        ),
    ),
    Family(
        "telemedicine/surgery-livestream-lag",
        "P2",
        "ward office",
        "rtc-live",
        "telemedicine_live",
        zh=(
            "手术示教直播很卡",
            "手术直播到分院的画面延迟半分钟，还经常花屏，讲解和画面对不上",
            "{loc}示教直播推流老断，断了要重新开始推",
            "继续教育直播课看的人一多就卡住，只能事后发录像",
        ),
        en=(
            "Surgery teaching livestream lagging",
            "OR livestream to the branch hospital runs 30 seconds behind and pixelates, "
            "commentary out of sync",
            "Teaching stream from {loc} keeps dropping and has to be restarted",
            "CME live lecture freezes once many people watch, sending recordings afterwards",
        ),
    ),
    Family(
        "telemedicine/consult-opinion-not-returned",
        "P2",
        "office ward",
        "rtc-consult",
        "telemedicine_sync",
        zh=(
            "会诊意见基层医院收不到",
            "专家写完会诊意见提交了，申请医院那边一直显示“待会诊”，只能拍照用微信发过去",
            "{loc}这几天的远程会诊报告都没回传到县医院",
            "会诊报告提交后状态不变，下级医院来电催了好几次",
        ),
        en=(
            "Referring hospital doesn't receive consult opinions",
            "Specialist submitted the opinion but the requesting hospital still shows "
            "'awaiting consult', we photograph it and send it by WeChat",
            "Consult reports from {loc} these past days never reached the county hospital",
            "consult report status doesn't change after submitting, partner hospital keeps phoning",
        ),
    ),
    Family(
        "telemedicine/ar-guidance-drops",
        "P2",
        "imaging ward",
        "rtc-assist",
        "telemedicine_ar",
        zh=(
            "AR眼镜远程指导老断线",
            "{loc}用AR眼镜请厂家远程指导设备维修，画面几分钟就断一次",
            "远程协助眼镜画面很糊，对方看不清仪器面板上的字",
            "远程指导时戴着眼镜一走动就掉线，只能站在门口",
        ),
        en=(
            "AR glasses remote guidance keeps dropping",
            "Using AR glasses in {loc} for the vendor's remote repair guidance, the picture "
            "cuts out every few minutes",
            "remote assist glasses video so blurry the expert can't read the device panel",
            "Glasses disconnect whenever we walk around during remote guidance, have to stand "
            "by the door",
        ),
    ),
    Family(
        "telemedicine/consult-settlement-stats",
        "P3",
        "office",
        "rtc-stats",
        "telemedicine_stats",
        zh=(
            "远程会诊月度结算统计不对",
            "{loc}导出的远程会诊工作量，跟专家自己记的次数对不上",
            "会诊费用分成报表里有几家合作医院名字重复",
            "远程会诊统计报表想加一列会诊时长",
        ),
        en=(
            "Monthly remote consult settlement figures wrong",
            "Consult workload exported by {loc} doesn't match the specialists' own counts",
            "some partner hospitals appear twice in the consult fee sharing report",
            "Could the consult statistics report get a duration column?",
        ),
    ),
    Family(
        "telemedicine/visit-survey-missing",
        "P3",
        "office",
        "rtc-survey",
        "telemedicine_survey",
        zh=(
            "线上问诊结束后病人收不到满意度评价",
            "{loc}反映互联网医院评价页面的星星显示不全",
            "问诊评价里医生的回复显示不出来",
            "满意度问卷的题目想改一下",
        ),
        en=(
            "Patients get no satisfaction survey after online visits",
            "{loc} says the star rating on the online hospital review page is cut off",
            "doctor replies to reviews don't show",
            "Would like to change the questions in the satisfaction survey",
        ),
    ),
    Family(
        "telemedicine/terminal-upgrade-prompt",
        "P3",
        "office",
        "rtc-terminal",
        "telemedicine_fw",
        zh=(
            "会诊终端老是弹升级提示",
            "{loc}视频终端每次开机都提示有新固件",
            "会诊终端开机要等好几分钟",
            "视频终端升级后遥控器有几个按键不管用了",
        ),
        en=(
            "Consult terminal keeps prompting to upgrade",
            "Video terminal in {loc} shows a new firmware notice every boot",
            "consult terminal takes several minutes to boot",
            "A few remote buttons stopped working after the terminal upgrade",
        ),
    ),
    Family(
        "telemedicine/live-caption-accuracy",
        "P3",
        "office ward",
        "rtc-asr",
        "telemedicine_asr",
        zh=(
            "会诊实时字幕识别不准",
            "{loc}会诊的自动字幕把好多药名识别错了",
            "会诊纪要自动转写的说话人分错了",
            "字幕字太小，大屏上看不清",
        ),
        en=(
            "Live captions in consults inaccurate",
            "Auto captions in {loc} consults garble a lot of drug names",
            "automatic consult minutes assign the speakers wrongly",
            "Caption font too small to read on the big screen",
        ),
    ),
    Family(
        "telemedicine/partner-site-onboarding",
        "P3",
        "office",
        "rtc-admin",
        "telemedicine_admin",
        zh=(
            "新签约的卫生院要开通远程会诊",
            "{loc}申请把新来的专家加到远程会诊专家库里",
            "合作医院换了对接人，麻烦改一下联系方式",
            "远程门诊排班里想加一个专家号",
        ),
        en=(
            "Newly signed township clinic needs setting up for remote consults",
            "{loc} asks to add a new specialist to the consult expert pool",
            "partner hospital changed its contact person, please update the details",
            "Please add a specialist slot to the remote clinic schedule",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "telemedicine_wsi": (
        """\
{ts} [WSI-Scan] slide F{n}-{k3} scanned 40x, {k2}0 MB, tiles {n2}
?{ts} [WSI-Scan] case 病理号 F{n} 患者:{name} 住院号:{mrn}
{ts} [WSI-Upload] PUT https://{ip2}/telepath/api/slides/{n} -> 504 Gateway Timeout after {ms} ms
{ts} [WSI-Upload] ERROR chunk {k}/{k2} failed, retry 3/3
{ts} [TelePath] viewer tile server {host}:8090 unreachable, {k3} frozen-section cases pending
""",
    ),
    "telemedicine_mcu": (
        """\
{ts} [MCU] H.323 RAS RRQ from {room} rejected: RRJ securityDenial
{ts} [MCU] SIP REGISTER sip:{room}@{ip2} -> 503 Service Unavailable
{ts} [MCU] ERROR media processing board 2 failed self-test, available ports 0/{k}
{ts} [MCU] conference {n2} start failed: no resources
""",
        """\
{ts} [MCU] license check: {k} ports licensed, license server {ip2} not reachable
{ts} [MCU] ERROR all conferences ended, service restart {k3}/3
{ts} [MCU] cascade link to branch MCU {ip} down
""",
    ),
    "telemedicine_rtsp": (
        """\
{ts} [TeleICU] pull rtsp://{ip2}:554/{ward}/bed{bed} failed: 454 Session Not Found
{ts} [TeleICU] ERROR vitals websocket wss://{host}.hosp.local/vitals/{ward} closed code=1006
?{ts} [TeleICU] bed {ward}-{bed} 患者:{name} last vitals {k4} min ago
{ts} [TeleICU] WARN  {k} of {k2} bed streams offline, media server {ip2} CPU 100%
""",
    ),
    "telemedicine_fetal": (
        """\
{ts} [FetalHub] POST /fetal/api/upload from FM-{n2} -> 500 Internal Server Error
{ts} [FetalHub] ERROR object storage bucket fetal-ctg write failed: AccessDenied
?{ts} [FetalHub] 孕妇 {name} 手机 {phone} 记录 {n} 上传失败
{ts} [FetalHub] WARN  {k} records pending read, oldest {k4} min
""",
    ),
    "telemedicine_vendor": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.video.RtcRoomService - enterRoom failed \
room={room} code=-100013
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.video.RtcRoomService - cloud RTC API \
DescribeAppStatus: {{"Code":"FailedOperation.ServiceSuspended","Message":"账户欠费, 服务已停止"}}
{ts} WARN  [video-visit-{k3}] c.s.{pkg}.video.VisitJob - {k2} video visits failed to start \
since 00:00
""",
    ),
    "telemedicine_imgxfer": (
        """\
{ts} [CloudFilm] upload study {uid} images {k2}/{n2} throughput 0.{k3} MB/s
?{ts} [CloudFilm] patient 姓名:{name} 检查号 {n}
{ts} [CloudFilm] WARN  chunk retry {k3}, HTTP 408 from {ip2}:443
{ts} [CloudFilm] WARN  viewer WADO request took {ms} ms for series 2
""",
    ),
    "telemedicine_webview": (
        """\
{ts} [h5-visit] UA: Mozilla/5.0 (iPhone; CPU iPhone OS 16_{k3} like Mac OS X) \
MicroMessenger/8.0.{k4}
{ts} [h5-visit] ERROR getUserMedia NotAllowedError: Permission denied
{ts} [h5-visit] WARN  RTCPeerConnection unavailable in this WebView, falling back to audio call
""",
    ),
    "telemedicine_live": (
        """\
{ts} [live] rtmp push rtmp://{ip2}/live/{room} dropped frames {k2}, bitrate 2{k3}00 kbps -> \
{k}0 kbps
{ts} [live] HLS segment delay {k4} s, viewers {n2}
{ts} [live] ERROR rtmp push disconnected: Broken pipe, restart required
""",
    ),
    "telemedicine_sync": (
        """\
{ts} INFO  [consult-sync-{k3}] c.s.{pkg}.sync.OpinionSyncJob - push opinion of consult {n}
?{ts} DEBUG [consult-sync-{k3}] c.s.{pkg}.sync.OpinionSyncJob - 患者:{name} 身份证:{idno}
{ts} ERROR [consult-sync-{k3}] c.s.{pkg}.sync.OpinionSyncJob - callback \
http://{ip}:8080/consult/opinion -> 500 Internal Server Error
{ts} WARN  [consult-sync-{k3}] c.s.{pkg}.sync.OpinionSyncJob - {k} opinions in state \
SIGNED_NOT_SENT
""",
    ),
    "telemedicine_ar": (
        """\
{ts} [AR-Assist] glasses RG-{k3}{k} roamed {ap} -> {ap2}, stream paused {ms} ms
{ts} [AR-Assist] WARN  RTT {k2} ms, resolution 1080p -> 360p
{ts} [AR-Assist] ERROR session {room} disconnected: keepalive timeout
""",
    ),
    "telemedicine_stats": (
        """\
{ts} [ConsultStats] 月度结算 会诊 {n2} 例, 专家 {k} 人
{ts} [ConsultStats] WARN  合作机构 ORG{k2} 与 ORG{k2}0 名称相同, 未合并
{ts} [ConsultStats] WARN  {k3} 例会诊状态为“已取消”仍计入工作量
""",
    ),
    "telemedicine_survey": (
        """\
{ts} INFO  [survey-{k3}] c.s.{pkg}.SurveyService - visit {n} finished, survey link pending
{ts} WARN  [survey-{k3}] c.s.{pkg}.SurveyService - survey template {k} disabled, not sent
{ts} WARN  [survey-{k3}] c.s.{pkg}.SurveyService - rating widget asset star-5.svg missing
""",
    ),
    "telemedicine_fw": (
        """\
{ts} [device] firmware check: current 6.{k3}.1, latest 6.{k3}.4, prompt on boot
{ts} [device] upgrade server {ip2} reachable, auto-upgrade disabled by admin
{ts} [device] boot time {k4}{k3} s (self-test camera, codec)
""",
    ),
    "telemedicine_asr": (
        """\
{ts} [asr] room={room} stream zh-CN, hotword list 'medical-drugs' not loaded
{ts} [asr] room={room} avg confidence 0.{k3}{k3}, speaker labels switched {k} times in 10 min
{ts} [asr] caption font size 24px on 3840x2160 output
""",
    ),
    "telemedicine_admin": (
        """\
{ts} [admin] org ORG{k2} created by {user}, experts 0, schedule none
{ts} [admin] WARN  expert {user} has no consult role, hidden from expert pool
""",
    ),
}
