"""Fault families of subsystem `medical_device` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "medical_device/pump-library-wrong-limits",
        "P1",
        "ward",
        "mdi-druglib",
        "mdi_druglib_push device_pumplib",
        zh=(
            "输液泵药物库剂量上限不对",
            "今天新推的泵药物库，去甲肾的剂量上限变成了原来的一千倍，超量也不报警！",
            "{loc}所有输液泵的肝素单位显示成mg了，护士不敢用泵",
            "药物库更新后泵上的硬限制全乱了，全院泵都得停用检查",
            "泵上微量泵药物浓度跟药房的对不上，差点给错剂量",
        ),
        en=(
            "Pump drug library dose limits wrong",
            "Library pushed today has the noradrenaline upper limit 1000x too high, no alarm "
            "on overdose!",
            "Every pump in {loc} shows heparin in mg instead of units, nurses afraid to use them",
            "hard limits all messed up after the library update, pumps across the hospital "
            "need pulling",
            "syringe pump drug concentrations don't match pharmacy's, nearly gave a wrong dose",
        ),
    ),
    Family(
        "medical_device/modality-network-lost",
        "P1",
        "imaging",
        "mdi-modality",
        "mdi_modality_net",
        zh=(
            "急诊CT机连不上网了",
            "厂家工程师修完CT以后机器网络不通，worklist取不到，片子也发不出去，急诊CT全停！",
            "{loc}那台MR换了主机后IP没了，所有设备节点都ping不通",
            "DR机器DICOM节点测试全红，病人只能推到别的机房",
        ),
        en=(
            "ER CT scanner lost its network",
            "After the vendor repaired the CT it has no network - no worklist, can't send "
            "images, ER CT stopped!",
            "The MR in {loc} lost its IP config after a host PC swap, every DICOM node unreachable",
            "DR unit's DICOM echo tests all fail, sending patients to another room",
        ),
    ),
    Family(
        "medical_device/vitals-to-wrong-patient",
        "P1",
        "ward",
        "mdi-binding",
        "mdi_bind device_oru",
        zh=(
            "监护数据进到别的病人记录里了",
            "{loc}{bed}床的血压心率跑到另一个病人的护理记录上了，绑床全乱了！",
            "设备网关升级后床位和监护仪对应关系错了，ICU好几个病人的体征串了",
            "护理记录里自动采集的生命体征不是这个病人的，已经有医生按错的数据下医嘱",
        ),
        en=(
            "Monitor data going into the wrong patient's record",
            "Bed {bed}'s BP and HR in {loc} are landing in another patient's chart, bed "
            "bindings scrambled!",
            "after the gateway upgrade monitor-to-bed mapping is wrong, several ICU patients' "
            "vitals crossed",
            "auto-charted vitals belong to someone else - a doctor already ordered off the wrong "
            "numbers",
        ),
    ),
    Family(
        "medical_device/fetal-monitoring-central-down",
        "P1",
        "ward",
        "mdi-fetal",
        "mdi_fetal",
        zh=(
            "胎心监护中央站看不到曲线",
            "产房胎监中央站所有床位都没信号，产妇的胎心只能一个个去床边看！",
            "{loc}胎心监护系统服务器挂了，胎心减速报警中央收不到",
            "待产室胎监数据全断，医生没法远程看胎心图",
        ),
        en=(
            "Fetal monitoring central station shows no traces",
            "Labour ward fetal central shows no signal on any bed, checking each CTG at the "
            "bedside!",
            "fetal monitoring server in {loc} down, decelerations not alarming centrally",
            "All CTG feeds lost in the labour room, doctors can't review traces remotely",
        ),
    ),
    Family(
        "medical_device/cath-lab-recording-down",
        "P1",
        "imaging ward",
        "mdi-hemo",
        "mdi_hemo",
        zh=(
            "导管室多导记录仪没有波形",
            "介入手术做到一半多导生理记录仪采集主机死机了，有创压力和心电都看不到！",
            "{loc}DSA间的电生理记录系统连不上采集盒，急诊PCI做不了",
            "导管室记录系统启动报采集模块错误，今天的介入手术全停",
        ),
        en=(
            "Cath lab recording system shows no waveforms",
            "Hemodynamic recorder froze mid-procedure, no invasive pressures or ECG!",
            "the recording system in the {loc} cath lab can't reach its amplifier, primary PCI "
            "can't proceed",
            "Cath lab recorder reports acquisition module error on startup, all cases on hold",
        ),
    ),
    Family(
        "medical_device/pump-auto-programming-fails",
        "P2",
        "ward",
        "mdi-autoprog",
        "mdi_autoprog",
        zh=(
            "医嘱推送到输液泵失败",
            "PDA扫完泵和医嘱，参数下不到泵上，只能手工设速度",
            "{loc}智能泵自动编程时有时无，有几台一直提示“等待确认”",
            "泵端收到的速率和医嘱对不上就拒收了，护士手动输入",
        ),
        en=(
            "Orders not programming the pumps",
            "Scanning pump and order on the PDA no longer sends settings, typing rates by hand",
            "pump auto-programming in {loc} hit and miss, a few stuck on 'awaiting confirmation'",
            "Pumps reject the pushed rate as mismatched, nurses entering it manually",
        ),
    ),
    Family(
        "medical_device/monitor-adt-push-fails",
        "P2",
        "ward",
        "mdi-adt",
        "mdi_adt_push",
        zh=(
            "新入院病人信息不自动到监护仪",
            "监护仪上的病人姓名不自动更新了，只能在机器上手动输",
            "{loc}出院了监护仪上还挂着上个病人",
            "病人信息推送到中央站有时候要半小时",
        ),
        en=(
            "New admissions not appearing on monitors",
            "Patient names no longer update on the monitors, typing them on each unit",
            "discharged patient still shown on the monitor in {loc}",
            "patient details take half an hour to reach the central station",
        ),
    ),
    Family(
        "medical_device/endoscope-reprocessing-trace",
        "P2",
        "imaging ward",
        "mdi-endowash",
        "mdi_endo_trace",
        zh=(
            "内镜清洗追溯系统没记录",
            "洗消机的清洗数据传不到追溯系统，只能手工登记本",
            "{loc}有两台全自动洗消机显示离线，别的正常",
            "内镜扫码追溯时有时无，院感查的时候对不上",
        ),
        en=(
            "Endoscope reprocessing traceability not recording",
            "Washer-disinfector cycles aren't reaching the tracking system, paper log for now",
            "two automated reprocessors in {loc} show offline, the rest OK",
            "scope tracking scans come and go, infection control can't reconcile",
        ),
    ),
    Family(
        "medical_device/central-station-review-storage",
        "P2",
        "ward",
        "mdi-review",
        "mdi_review",
        zh=(
            "中央站回顾不了前面的波形",
            "想回看昨晚的心律失常事件，中央站提示存储空间已满",
            "{loc}中央站全息回顾只能看到最近两个小时",
            "报警事件回放打开很慢，有时候报错",
        ),
        en=(
            "Central station can't review earlier waveforms",
            "Tried to review last night's arrhythmia events, station says storage full",
            "full disclosure at {loc} only goes back two hours",
            "Alarm event playback slow to open, sometimes errors",
        ),
    ),
    Family(
        "medical_device/transport-monitor-roaming-drops",
        "P2",
        "ward",
        "mdi-wireless",
        "mdi_roam net_wifi",
        zh=(
            "转运监护仪一出病区就掉线",
            "推病人去做CT路上，转运监护仪中央站就没数据了",
            "{loc}无线监护仪换楼层要几分钟才连回来",
            "几台无线监护仪经常显示“网络断开”",
        ),
        en=(
            "Transport monitors drop off when leaving the ward",
            "Taking a patient to CT, the transport monitor disappears from the central station",
            "wireless monitors from {loc} take minutes to reconnect after changing floors",
            "A few wireless monitors keep saying network disconnected",
        ),
    ),
    Family(
        "medical_device/defib-selftest-report",
        "P3",
        "ward office",
        "mdi-defib",
        "mdi_defib",
        zh=(
            "除颤仪自检报告系统里看不到",
            "设备科说我们科除颤仪每天自检记录没上传",
            "{loc}除颤仪自检结果还要手工登记，能不能自动导入",
            "除颤仪巡检表里有台机器编号不对",
        ),
        en=(
            "Defibrillator self-test reports not in the system",
            "Clinical engineering says our defib daily self-tests never uploaded",
            "still logging defib self-tests by hand in {loc}, can it be automatic?",
            "One defib has the wrong asset number on the check sheet",
        ),
    ),
    Family(
        "medical_device/alarm-profile-request",
        "P3",
        "ward",
        "mdi-profile",
        "mdi_alarmprofile",
        zh=(
            "想改一下监护仪默认报警限",
            "儿科监护仪的默认心率报警上限太低，老是误报",
            "{loc}新收的监护仪报警配置和其他的不一样",
            "中央站能不能加一个新生儿的报警模板",
        ),
        en=(
            "Request to change default monitor alarm limits",
            "Paediatric default HR upper limit too low, lots of nuisance alarms",
            "the new monitors in {loc} have a different alarm profile from the rest",
            "Can the central station get a neonatal alarm profile?",
        ),
    ),
    Family(
        "medical_device/device-utilization-report",
        "P3",
        "office",
        "mdi-stat",
        "mdi_util_stat",
        zh=(
            "设备使用率报表数字不对",
            "呼吸机使用时长统计比实际多",
            "{loc}输液泵月度使用率报表导出是空的",
            "设备开机率统计把维修中的也算进去了",
        ),
        en=(
            "Device utilisation report numbers look wrong",
            "Ventilator usage hours higher than actual",
            "monthly pump utilisation export for {loc} comes out empty",
            "Uptime stats count devices that are out for repair",
        ),
    ),
    Family(
        "medical_device/vent-trend-export",
        "P3",
        "ward",
        "mdi-export",
        "mdi_export",
        zh=(
            "呼吸机趋势数据导出是乱码",
            "导出的呼吸机参数表格中文列名都是问号",
            "{loc}想导出一个病人一周的呼吸机数据做科研",
            "监护趋势图导出PDF时间轴不对",
        ),
        en=(
            "Ventilator trend export is garbled",
            "Chinese column names in the exported vent data show as question marks",
            "want to export a week of one patient's vent data in {loc} for research",
            "Time axis wrong on monitor trend PDF export",
        ),
    ),
    Family(
        "medical_device/gateway-console-cert-warning",
        "P3",
        "it ward",
        "mdi-console",
        "mdi_console",
        zh=(
            "设备网关管理页面提示证书不安全",
            "打开设备集成平台网页浏览器报不安全连接",
            "{loc}网关控制台一直弹固件升级提示",
            "设备平台登录页面的logo显示不出来",
        ),
        en=(
            "Device gateway console shows certificate warning",
            "Browser says connection not secure on the device integration page",
            "gateway console in {loc} keeps nagging about a firmware update",
            "Logo missing on the device platform login page",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "mdi_druglib_push": (
        """\
{ts} [DERS-Server] INFO  publish drug library v{k3}.{k} to {n2} pumps (care area ICU)
{ts} [DERS-Server] WARN  entry 去甲肾上腺素 unit changed mcg/kg/min -> mg/kg/min, \
hard max {k2}.0
{ts} [DERS-Server] WARN  entry 肝素钠 dose unit 'units/h' mapped to 'mg/h'
?{ts} [DERS-Server] INFO  approved by {user} 姓名:{name} 手机:{phone}
{ts} [DERS-Server] INFO  {k} pumps acknowledged v{k3}.{k}, {k3} pending
""",
        """\
{ts} GW-{gw} INFO  pump={pump} library v{k3}.{k} activated
{ts} GW-{gw} WARN  pump={pump} soft limit exceeded override count {k} in 1 h
{ts} GW-{gw} ERROR pump={pump} library checksum {hex} differs from server
""",
    ),
    "mdi_modality_net": (
        """\
{ts} [ServiceTool] network config restored from backup: IP 0.0.0.0 mask 0.0.0.0
{ts} [DICOM] C-ECHO CT_ER_01 -> {ae}@{ip2}:104 failed: No route to host
{ts} [DICOM] MWL query to RIS_MWL@{ip2}:104 failed: association timeout
{ts} [DICOM] job queue: {k} series pending send, {k3} failed
""",
        """\
Pinging {ip2} with 32 bytes of data:
Request timed out.
Request timed out.
PING: transmit failed. General failure.
{ts} [NetCheck] MR_3T_02 link down on eth1, autoneg failed (1000/full expected)
{ts} [NetCheck] AE title MR_3T_02 not found in PACS device list after host PC replacement
""",
    ),
    "mdi_bind": (
        """\
{ts} MDI-GW {gw} INFO  binding sync from NIS: {k} beds updated
{ts} MDI-GW {gw} WARN  monitor {mon} bound to bed {ward}-{bed} and {ward}-{k4} simultaneously
?{ts} MDI-GW {gw} WARN  ORU for bed {ward}-{bed} routed to 患者:{name} MRN:{mrn} (stale binding)
{ts} MDI-GW {gw} ERROR device map v{k3} imported with bed offset, {k3}{k3} mappings shifted
""",
    ),
    "mdi_fetal": (
        """\
{ts} [FetalCentral] ERROR server {ip2}:7300 connection refused, central view stopped
{ts} [FetalCentral] WARN  bed LD-{k3}: FHR/TOCO stream lost ({mon})
?{ts} [FetalCentral] INFO  bed LD-{k3} 产妇:{name} 住院号:{mrn} 孕周 3{k3}+2
{ts} [FetalCentral] ERROR alarm FHR_DECEL not delivered, {k3} beds offline
{ts} [FetalCentral] WARN  archive database {dbhost} unreachable, traces buffered locally
""",
    ),
    "mdi_hemo": (
        """\
{ts} [HemoRec] ERROR amplifier AMP-{k3} (USB) not detected, acquisition stopped
{ts} [HemoRec] ERROR transducer P1 zero failed: no signal
{ts} [HemoRec] WARN  ECG leads I, II, V1 flat
{ts} [HemoRec] ERROR case database \\\\{host}\\hemo\\cases not reachable, local mode
""",
        """\
Log Name:      Application
Source:        HemoRecorder
Date:          {tsw}
Event ID:      {k2}
Level:         Error
Computer:      {pc}.hosp.local
Description:
Acquisition module failed to initialise: timeout waiting for amplifier handshake (0x{hex}).
""",
    ),
    "mdi_autoprog": (
        """\
{ts} [PumpIntegration] OUT RGV^O15 {cid} pump={pump} order={n} rate {k}.0 ml/h
MSA|AE|{cid}|Infusion parameters outside drug library limits
{ts} [PumpIntegration] WARN  pump={pump} program state AWAITING_CONFIRM timeout {ms} ms
?{ts} [PumpIntegration] INFO  patient 患者:{name} MRN:{mrn} bed {ward}-{bed}
{ts} [PumpIntegration] ERROR {k3} auto-programming requests rejected in 10 min
""",
    ),
    "mdi_adt_push": (
        """\
{ts} MDI-GW {gw} IN  ADT^A01 {cid} from HIS
?{ts} MDI-GW {gw} INFO  admit 患者:{name} MRN:{mrn} bed {ward}-{bed}
{ts} MDI-GW {gw} ERROR push demographics to CS-{ward} failed: PDQ query returned 0 matches
{ts} MDI-GW {gw} WARN  ADT^A03 {cid} discharge not applied, monitor {mon} still admitted
{ts} MDI-GW {gw} WARN  ADT queue lag {k} min
""",
    ),
    "mdi_endo_trace": (
        """\
{ts} [EndoTrace] WARN  washer AER-{k3} ({ip}) no cycle report for {k} min
{ts} [EndoTrace] ERROR cycle {n} from AER-{k3}: scope tag {hex} unknown
{ts} [EndoTrace] ERROR serial bridge COM{k3} read timeout, {k3} cycles not recorded
{ts} [EndoTrace] INFO  manual entries today {k}
""",
    ),
    "mdi_review": (
        """\
{ts} CS-{ward} WARN  full disclosure storage 98% used (D:\\FD), oldest data purged
{ts} CS-{ward} ERROR review request bed {ward}-{bed} {tsz} failed: segment not found
{ts} CS-{ward} WARN  event database compaction skipped, disk busy
""",
    ),
    "mdi_roam": (
        """\
{ts} MDI-GW {gw} WARN  monitor {mon} ({mac}) association lost on {ap}
{ts} MDI-GW {gw} INFO  monitor {mon} re-associated on {ap2} after {ms} ms
{ts} MDI-GW {gw} WARN  monitor {mon} DHCP renew on new VLAN, central station session reset
{ts} MDI-GW {gw} INFO  monitor {mon} {k3} roaming gaps in the last hour
""",
    ),
    "mdi_util_stat": (
        """\
{ts} [INFO ] [UtilJob] 设备使用率 月报 类别=呼吸机 科室数 {k3}
{ts} [WARN ] [UtilJob] vent {vent} session open since {k} days (no STANDBY event), hours capped
{ts} [WARN ] [UtilJob] {k3} devices in status 维修中 counted as available
{ts} [INFO ] [UtilJob] pumps rows=0 for dept {k2}, export skipped
""",
    ),
    "mdi_defib": (
        """\
{ts} [DefibSync] WARN  device AED-{ward}-0{k3} last self-test upload {k} days ago
{ts} [DefibSync] ERROR Wi-Fi upload from DEFIB-{k2} failed: certificate not trusted
{ts} [DefibSync] INFO  self-test PASS records {k}, missing {k3}
""",
    ),
    "mdi_alarmprofile": (
        """\
{ts} CS-{ward} INFO  alarm profile ADULT_DEFAULT v{k3} applied to {mon}
{ts} CS-{ward} WARN  {mon} profile 'PEDI' not found, using ADULT_DEFAULT (HR high 120)
{ts} CS-{ward} INFO  HR_HIGH alarms bed {ward}-{bed}: {k} in 24 h
""",
    ),
    "mdi_export": (
        """\
{ts} [TrendExport] export vent {vent} bed {ward}-{bed} 168 h to CSV
{ts} [TrendExport] WARN  CSV written as GBK, header contains non-ASCII column names
{ts} [TrendExport] WARN  PDF time axis uses device clock, offset {k3} min
""",
    ),
    "mdi_console": (
        """\
{ts} [GatewayConsole] WARN  TLS certificate CN=mdi-gw{gw}.hosp.local self-signed, \
expired {k} days ago
{ts} [GatewayConsole] INFO  firmware {k3}.{k}.{k2} available, current {k3}.{k}.0
{ts} [GatewayConsole] WARN  static resource /img/logo.png 404
""",
    ),
}
