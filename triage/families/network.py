"""Fault families of subsystem `network` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "network/campus-fiber-cut",
        "P1",
        "ward front",
        "wan-campus",
        "network_fiber net_ping",
        zh=(
            "分院区整个断网了，连不上总院的系统",
            "东院区所有电脑都连不上HIS，说是院区之间的光缆被挖断了！",
            "{loc}所有系统都打不开，分院门诊完全停了",
            "外面修路把光缆挖断了，新院区跟数据中心断开，挂号收费、病房全停",
        ),
        en=(
            "Branch campus cut off from the main campus systems",
            "Every PC on the east campus lost HIS - the fibre between campuses got dug up!",
            "Nothing opens in {loc} on the branch campus, outpatients completely stopped",
            "Roadworks cut the fibre, the new campus lost the data centre, registration, "
            "billing and wards all down",
        ),
    ),
    Family(
        "network/wireless-controller-down",
        "P1",
        "ward",
        "wlc-core",
        "network_wlc",
        zh=(
            "全院无线都断了",
            "所有病区PDA、移动查房车全部没网，扫码执行不了医嘱！",
            "{loc}无线全没了，AP灯都在闪，不止一个病区",
            "无线控制器坏了，全院AP掉线，移动护理、无线输液监控全停",
        ),
        en=(
            "Hospital-wide Wi-Fi gone",
            "Every ward's PDAs and ward-round carts have no network, can't scan to give meds!",
            "No Wi-Fi at all in {loc}, the access points are all blinking, other wards too",
            "Wireless controller failed, every AP dropped, mobile nursing and infusion "
            "monitoring stopped",
        ),
    ),
    Family(
        "network/arp-gateway-spoofing",
        "P1",
        "front ward office",
        "access-sec",
        "network_arp_spoof net_ping",
        zh=(
            "整个楼层的电脑一阵一阵断网",
            "{loc}所有电脑每隔几分钟全部掉线，HIS一直断开重连，根本没法收费！",
            "网关地址被一台电脑冒充了，整个网段都上不了网",
            "好像有电脑中毒在发ARP攻击，门诊二楼全部时断时续，业务停了",
        ),
        en=(
            "Whole floor losing network every few minutes",
            "Every PC in {loc} drops out every few minutes, HIS keeps reconnecting, billing "
            "impossible!",
            "Some PC is impersonating the gateway, the whole subnet is offline",
            "Looks like an infected PC doing ARP spoofing, outpatient floor 2 up and down, "
            "work has stopped",
        ),
    ),
    Family(
        "network/isp-uplink-down",
        "P1",
        "front it",
        "edge-isp",
        "network_isp net_ping",
        zh=(
            "外网断了，扫码支付、线上挂号全不行",
            "所有窗口微信支付宝都付不了，线上挂号也断了，病人都堵在收费处！",
            "{loc}扫码付款全部失败，电子发票也开不出来，外网完全不通",
            "电信线路断了，备用线路没切过去，互联网业务全停",
        ),
        en=(
            "Internet down, QR payments and online booking all failing",
            "No window can take WeChat or Alipay, online booking down too, patients piling "
            "up at billing!",
            "Every QR payment at {loc} fails, e-invoices won't issue, no internet at all",
            "ISP line down and the backup line never took over, all internet-facing services "
            "stopped",
        ),
    ),
    Family(
        "network/closet-switch-power",
        "P1",
        "ward",
        "or-access",
        "network_closet net_core",
        zh=(
            "手术室这边电脑全部断网",
            "手术室十几间的电脑、麻醉系统全都没网了，正在做手术，记录没法写！",
            "{loc}弱电间的交换机好像没电了，整个区域都掉线",
            "手术部网络全断，弱电间UPS报警以后交换机就不亮了",
        ),
        en=(
            "All theatre PCs offline",
            "Every PC and the anaesthesia system in a dozen theatres lost the network "
            "mid-surgery, can't record anything!",
            "The comms closet switch for {loc} seems to have lost power, the whole area is offline",
            "Theatre suite network fully down, the closet switch went dark after the UPS alarmed",
        ),
    ),
    Family(
        "network/uplink-crc-errors",
        "P2",
        "ward front office",
        "agg-uplink",
        "network_crc net_ping",
        zh=(
            "这层楼网络时快时慢",
            "{loc}这两天系统老是卡一下，打开病历要转半天，偶尔又正常",
            "整个楼层网速忽快忽慢，丢包厉害，能用但很折腾",
            "交换机上联口一直报错包，怀疑光模块不行了",
        ),
        en=(
            "Network on this floor fast one minute, slow the next",
            "Systems in {loc} keep stalling the last two days, records take ages to open, "
            "sometimes fine",
            "Whole floor's network speed up and down, lots of packet loss, usable but painful",
            "Switch uplink keeps counting error packets, suspect the optic is failing",
        ),
    ),
    Family(
        "network/nac-false-quarantine",
        "P2",
        "front ward office",
        "nac",
        "network_nac",
        zh=(
            "几台电脑被准入系统拦了，上不了网",
            "{loc}有三台电脑一开浏览器就跳到准入页面，说杀毒软件没装，其实装了",
            "准入策略更新以后一批电脑被隔离了，只能先用别的电脑",
            "电脑右下角弹窗说“终端不合规，已隔离”，HIS打不开",
        ),
        en=(
            "A few PCs blocked by network access control",
            "Three PCs in {loc} get redirected to the NAC page saying antivirus is missing, "
            "it's installed",
            "After the NAC policy update a batch of PCs got quarantined, using other PCs for now",
            "Pop-up says 'device non-compliant, isolated' and HIS won't open",
        ),
    ),
    Family(
        "network/firewall-idle-timeout",
        "P2",
        "front ward",
        "fw-dc",
        "network_fw_idle",
        zh=(
            "午休回来HIS就断开了",
            "电脑放一会儿不动，再操作就提示“与服务器的连接已断开”，要重新登录",
            "{loc}好几台电脑闲置半小时后HIS报错断开，重登能用",
            "换了新防火墙以后，长时间不操作系统就掉线",
        ),
        en=(
            "HIS disconnected after the lunch break",
            "Leave the PC idle a while and the next click says 'connection to server lost', "
            "have to log in again",
            "Several PCs in {loc} get disconnected from HIS after half an hour idle, re-login "
            "works",
            "Since the new firewall went in, idle sessions get dropped",
        ),
    ),
    Family(
        "network/stale-dns-record",
        "P2",
        "ward office it",
        "dns-int",
        "network_dns_stale",
        zh=(
            "部分电脑打不开新的病历系统地址",
            "病历系统迁到新服务器后，{loc}一半电脑能打开一半打不开",
            "有的电脑访问系统还跑到旧地址去了，用IP能打开",
            "同一个网址，护士站这台能开，医生办那台提示无法访问",
        ),
        en=(
            "Some PCs can't open the new records system address",
            "Since the records system moved servers, half the PCs in {loc} open it and half don't",
            "Some PCs still go to the old address, works by IP",
            "Same URL opens at the nurse station but not in the doctors' office",
        ),
    ),
    Family(
        "network/ip-phone-voice-choppy",
        "P2",
        "ward front office",
        "voip",
        "network_voip",
        zh=(
            "院内电话通话断断续续",
            "病区打电话给检验科，声音一卡一卡的，报危急值都听不清",
            "{loc}的IP电话经常有杂音、吞字，要重复好几遍",
            "内线电话延迟很大，说完话要等一秒对方才听到",
        ),
        en=(
            "Internal phone calls breaking up",
            "Calling the lab from the ward, the audio stutters, can barely hear critical "
            "values read out",
            "IP phones in {loc} crackle and drop words, have to repeat everything",
            "Internal calls lag, a second before the other side hears me",
        ),
    ),
    Family(
        "network/switch-psu-alarm",
        "P3",
        "it ward",
        "closet-sw",
        "network_env",
        zh=(
            "弱电间交换机一直在报警",
            "{loc}弱电间的交换机嘀嘀响，有个指示灯是红的，网络正常",
            "巡检发现一台接入交换机双电源坏了一个",
            "交换机风扇告警，设备还在正常运行",
        ),
        en=(
            "Closet switch keeps alarming",
            "The comms closet switch for {loc} is beeping with a red light, network works",
            "Inspection found an access switch with one of its two power supplies dead",
            "Switch fan alarm, still running normally",
        ),
    ),
    Family(
        "network/url-filter-overblock",
        "P3",
        "office ward",
        "web-filter",
        "network_urlfilter",
        zh=(
            "知网打不开，被上网行为管理拦了",
            "{loc}医生查文献的网站提示“该网站已被禁止访问”",
            "上网行为管理把一个医学会议网站拦了，麻烦放开",
            "办公电脑下载指南PDF被拦截",
        ),
        en=(
            "CNKI blocked by the web filter",
            "Literature search site in {loc} says 'access to this site is prohibited'",
            "The web filter blocks a medical society conference site, please allow it",
            "Downloading a guideline PDF gets blocked on the office PC",
        ),
    ),
    Family(
        "network/monitoring-false-down",
        "P3",
        "it",
        "netmon",
        "network_snmp",
        zh=(
            "网管平台显示交换机离线，其实是好的",
            "监控大屏上一排接入交换机都是红的，去现场看都正常",
            "网络监控一直报SNMP采集失败",
            "网管告警短信太多，好多是误报",
        ),
        en=(
            "Network monitor shows switches offline but they're fine",
            "A row of access switches red on the dashboard, all fine on site",
            "Network monitoring keeps reporting SNMP polling failures",
            "Too many network alert texts, mostly false alarms",
        ),
    ),
    Family(
        "network/legacy-ssid-broadcast",
        "P3",
        "ward office",
        "wlan-cfg",
        "network_ssid",
        zh=(
            "手机上能搜到好几个旧的无线名称",
            "{loc}还能看到以前的“HOSP-OLD”无线，连上去上不了网",
            "老的无线网络名称没删，同事老是连错",
            "能不能把没用的Wi-Fi名字去掉",
        ),
        en=(
            "Phones still see several old Wi-Fi names",
            "Old 'HOSP-OLD' network still shows in {loc}, connects but no internet",
            "Old SSIDs never removed, colleagues keep joining the wrong one",
            "Could the unused Wi-Fi names be removed?",
        ),
    ),
    Family(
        "network/port-wrong-vlan",
        "P3",
        "office ward",
        "access-cfg",
        "network_vlan",
        zh=(
            "换了工位后这台电脑只能上外网",
            "{loc}挪了一台电脑，现在能上网但打不开HIS",
            "新搬的电脑拿到的是打印机网段的地址",
            "办公室那个网口好像划错网段了",
        ),
        en=(
            "After moving desks this PC only gets internet",
            "Moved a PC in {loc}, web works but HIS won't open",
            "The relocated PC gets an address from the printer subnet",
            "That office wall port seems to be on the wrong VLAN",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "network_fiber": (
        """\
{tss} {sw} %%01OPTICALINFO/4/OPTICAL_RX_POWER_LOW(l)[{k}]:Optical module RX power too low. \
(Interface=XGigabitEthernet1/0/{k3}, RxPower=-40.00dBm, Threshold=-14.40dBm)
{tss} {sw} %%01IFNET/4/IF_STATE(l)[{k2}]:Interface XGigabitEthernet1/0/{k3} has turned into \
DOWN state.
{tss} {sw} %%01BFD/4/STACHG_TODWN(l)[{k}]:BFD session changed to Down. \
(Discriminator={k2}, Diagnostic=DetectDown, Applications=OSPF)
{tss} {sw} %%01OSPF/3/NBR_DOWN_REASON(l)[{k}]:Neighbor state leaves full or changed to Down. \
(NeighborAddress={ip2}, NeighborDownImmediate reason=Neighbor Down Due to Inactivity)
""",
    ),
    "network_wlc": (
        """\
{tss} wlc01 %CAPWAP-3-ERRORLOG: Did not receive heartbeat reply; AP: {mac}
{tss} wlc01 %LWAPP-3-AP_DEL: AP Disassociated. Base Radio MAC:{mac} ApName - {ap}
{tss} wlc01 %LWAPP-3-AP_DEL: AP Disassociated. Base Radio MAC:{mac} ApName - {ap2}
{tss} wlc01 %RED-3-PEER_UNREACHABLE: HA peer wlc02 not reachable on redundancy port
{tss} wlc01 %OSAPI-0-TASK_CRASH: task apfMsConnTask crashed, system reloading
""",
        """\
{tss} {ap}: %CAPWAP-3-ERRORLOG: Go join a capwap controller
{tss} {ap}: %CAPWAP-5-DTLSREQSEND: DTLS connection request sent peer_ip: {ip2} peer_port: 5246
{tss} {ap}: %DTLS-5-SEND_ALERT: Send FATAL : Close notify Alert to {ip2}:5246
{tss} {ap}: %CAPWAP-3-ERRORLOG: Selected MWAR '' (index 0). No controller reachable
""",
    ),
    "network_arp_spoof": (
        """\
{tss} {sw} %%01SECE/4/GATEWAY_CONFLICT(l)[{k}]:Gateway conflict. \
(SourceInterface=GigabitEthernet0/0/{k3}, SourceIP=10.{k}.{k3}.1, SourceMAC={mac}, PVLAN={k})
{tss} {sw} %%01SECE/4/ARPMISS(l)[{k2}]:Attack occurred. (AttackType=Arp Miss Attack, \
SourceInterface=GigabitEthernet0/0/{k3}, SourceMAC={mac}, AttackPackets={n} packets per second)
""",
        """\
C:\\Users\\{user}>arp -a

接口: {ip} --- 0x{k3}
  Internet 地址         物理地址              类型
  10.{k}.{k3}.1           {mac}     动态
  10.{k}.{k3}.{k4}         {mac}     动态
{tss} {sw} %SW_DAI-4-DHCP_SNOOPING_DENY: {k2} Invalid ARPs (Res) on Gi1/0/{k3}, vlan {k}
""",
    ),
    "network_isp": (
        """\
{tss} edge01 %TRACK-6-STATE: 1 ip sla 1 reachability Up -> Down
{tss} edge01 %LINK-3-UPDOWN: Interface GigabitEthernet0/0/0 (ISP-CT), changed state to down
{tss} edge01 %BGP-5-ADJCHANGE: neighbor {ip2} Down BGP Notification sent
{tss} edge01 %TRACK-6-STATE: 2 ip sla 2 reachability Up -> Down
?{ts} ERROR [pay-{k}] 聚合支付下单失败 UnknownHostException api.mch.weixin.qq.com 手机:{phone}
""",
    ),
    "network_closet": (
        """\
{tsz} Zabbix PROBLEM: UPS-OR-4F On battery, remaining {k3} min
{tsz} Zabbix PROBLEM: UPS-OR-4F Battery low, load will shut down
{tsz} Zabbix PROBLEM: {sw} Unavailable by ICMP ping (Severity: High)
{tss} AGG-SW-A1 %LINK-3-UPDOWN: Interface TenGigabitEthernet1/0/{k3}, changed state to down
{tss} AGG-SW-A1 %LLDP-4-NEIGHBOR_LOST: neighbor {sw} on Te1/0/{k3} aged out
""",
    ),
    "network_crc": (
        """\
{sw}#show interfaces TenGigabitEthernet1/1/{k3} | include errors|CRC|rate
  5 minute input rate {n} bits/sec, {n2} packets/sec
     {n} input errors, {n} CRC, 0 frame, 0 overrun, 0 ignored
     0 output errors, 0 collisions, {k3} interface resets
{tss} {sw} %SFF8472-5-THRESHOLD_VIOLATION: Te1/1/{k3}: Rx power low warning; Operating value: \
-1{k3}.{k} dBm, Threshold value: -12.0 dBm.
""",
    ),
    "network_nac": (
        """\
{tsz} [NAC] 终端 {pc} IP={ip} MAC={mac} 检查项 "防病毒软件运行" 结果=不合规 (策略 v{k3}.{k})
{tsz} [NAC] 终端 {pc} 已下发隔离 VLAN 999, 端口 {sw} Gi1/0/{k4}
?{tsz} [NAC] 终端 {pc} 登记人 {name} 手机 {phone}
{tsz} [NAC] 今日新增隔离终端 {k} 台 (昨日 {k3} 台)
""",
    ),
    "network_fw_idle": (
        """\
{tss} fw01 %ASA-6-302014: Teardown TCP connection {n} for inside:{ip}/{pid} to \
dmz-srv:{ip2}/1521 duration 0:30:0{k3} bytes {n2} Connection timeout
{ts} [ERROR] {exe} 执行查询失败
?{ts} [DEBUG] {exe} 当前病人:{name} 门诊号:{mrn}
Oracle.ManagedDataAccess.Client.OracleException (0x80004005): ORA-03135: connection lost contact
   at {ns}.Data.DbHelper.ExecuteQuery(String sql)
""",
    ),
    "network_dns_stale": (
        """\
C:\\Users\\{user}>nslookup emr.hosp.local
服务器:  dns02.hosp.local
Address:  {ip2}

名称:    emr.hosp.local
Address:  10.2.{k}.{k4}

C:\\Users\\{user}>type C:\\Windows\\System32\\drivers\\etc\\hosts | findstr emr
10.2.{k}.{k4}    emr.hosp.local
{tss} dns02 named[{pid}]: zone hosp.local/IN: refresh: failure trying master {ip2}#53 \
(source 0.0.0.0#0): operation canceled
""",
    ),
    "network_voip": (
        """\
{tsz} CallDiagnostics: call {n} {ip} -> {ip2} codec G.711 MOS 2.{k3} jitter {k}ms \
loss {k3}.{k3}%
{tss} {sw} %QOS-4-TRUST: interface Gi1/0/{k4} not trusting DSCP, EF packets remarked to 0
{tss} {sw} %QOS-6-DROP: queue 0 drops {n} packets in last 60 s on Gi1/0/{k4}
""",
    ),
    "network_env": (
        """\
{tss} {sw} %PLATFORM_ENV-1-PWR: Power supply 2 is not functional
{tss} {sw} %PLATFORM_ENV-1-FAN: Fan {k3} is not functioning
{tss} {sw} %PLATFORM_ENV-6-TEMP: Inlet temperature 4{k3}C, warning threshold 46C
""",
    ),
    "network_urlfilter": (
        """\
{tsz} [AC] user={user} src={ip} url=https://kns.cnki.net/kns8s/search category=未分类 \
action=拒绝 policy=办公网默认
{tsz} [AC] user={user} src={ip} url=https://www.cma.org.cn/ category=文件下载 action=拒绝 \
rule=禁止下载文档
""",
    ),
    "network_snmp": (
        """\
{tsz} Zabbix PROBLEM: {sw} No SNMP data collection (Severity: Warning)
[root@netmon ~]# snmpwalk -v2c -c hosp_ro {ip2} sysUpTime
Timeout: No Response from {ip2}
[root@netmon ~]# ping -c 2 {ip2}
64 bytes from {ip2}: icmp_seq=1 ttl=254 time=1.{k} ms
64 bytes from {ip2}: icmp_seq=2 ttl=254 time=0.{k3} ms
""",
    ),
    "network_ssid": (
        """\
(wlc01) >show wlan summary

WLAN ID  WLAN Profile Name / SSID        Status    Interface Name
-------  -------------------------------- --------  --------------
1        HOSP-STAFF / HOSP-STAFF          Enabled   staff
2        HOSP-MOBILE / HOSP-MOBILE        Enabled   pda
{k4}       HOSP-OLD / HOSP-OLD              Enabled   vlan{k}-unused
{tss} wlc01 %DHCP-4-NO_SERVER: client {mac} on WLAN HOSP-OLD got no DHCP offer
""",
    ),
    "network_vlan": (
        """\
{sw}#show interfaces Gi1/0/{k4} switchport | include Access Mode
Access Mode VLAN: {k3}0 (PRINTER)
C:\\Users\\{user}>ipconfig | findstr IPv4
   IPv4 地址 . . . . . . . . . . . . : 10.{k3}0.{k}.{k4}
{tss} {sw} %SYS-5-CONFIG_I: Configured from console by {user} on vty0
""",
    ),
}
