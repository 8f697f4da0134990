"""Fault families of subsystem `infrastructure` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "infrastructure/datastore-full",
        "P1",
        "it ward front",
        "vsphere-ds",
        "infrastructure_datastore",
        zh=(
            "虚拟机全部卡住不动了",
            "HIS和电子病历同时卡死，点什么都没反应，机房说存储空间满了！",
            "虚拟化平台弹窗“虚拟磁盘没有更多空间”，好几台业务服务器挂起了",
            "{loc}所有系统一起转圈{m}分钟了，病人都在排队，快来人看看！",
            "存储精简置备超配，数据存储用到100%，上面的虚机全部暂停",
        ),
        en=(
            "All the virtual servers have frozen",
            "HIS and the EMR froze at the same time - the server room says storage is full!",
            "vSphere popup 'no more space for virtual disk', several production VMs suspended",
            "Every system in {loc} has been spinning for {m} minutes, patients queuing, help!",
            "thin-provisioned datastore hit 100% and every VM on it is paused",
        ),
    ),
    Family(
        "infrastructure/container-nodes-down",
        "P1",
        "it front ward",
        "his-cloud",
        "infrastructure_k8s",
        zh=(
            "云HIS页面打不开，全院都报502",
            "容器平台好几个节点NotReady，挂号、收费、医嘱服务的容器一直重启！",
            "{loc}新HIS网页版全部白屏，信息科说是云平台节点挂了",
            "云平台那边的服务全停了，门诊急诊都开不了单子",
            "集群节点磁盘压力把服务都驱逐了，现在所有业务都起不来",
        ),
        en=(
            "Cloud HIS pages won't load, 502 everywhere",
            "Container nodes NotReady - registration, billing and order pods keep restarting!",
            "The web HIS is a blank page on every PC in {loc}, IT says the cloud nodes died",
            "everything on the new cloud platform is down, OPD and ER can't place anything",
            "Disk pressure on the cluster nodes evicted all the services and nothing comes back up",
        ),
    ),
    Family(
        "infrastructure/patch-auto-reboot",
        "P1",
        "it front ward",
        "his-appsrv",
        "infrastructure_reboot",
        zh=(
            "中午服务器自己重启了，系统全断",
            "应用服务器被自动更新重启了，重启完服务没起来，{loc}全部登不上！",
            "上班时间几台Windows服务器一起装补丁重启，收费挂号全停",
            "好好的突然全院掉线，说是服务器打补丁自动重启了，到现在还没恢复",
            "服务器重启后中间件服务启动超时，所有客户端连不上",
        ),
        en=(
            "Servers rebooted by themselves at noon, everything disconnected",
            "Auto-updates rebooted the app servers, services never came back - {loc} can't log in!",
            "several Windows servers patched and rebooted in clinic hours, billing and reg stopped",
            "Whole hospital suddenly offline - servers auto-rebooted for patches, still not back",
            "After the reboot the middleware service times out on start, no client can connect",
        ),
    ),
    Family(
        "infrastructure/raid-controller-failed",
        "P1",
        "lab imaging it",
        "lab-srv",
        "infrastructure_raid",
        zh=(
            "{loc}的服务器开不了机了",
            "服务器开机卡在阵列卡报错，提示找不到逻辑盘，科里系统全停了！",
            "{loc}那台物理服务器阵列卡坏了，上面的系统和数据都起不来",
            "服务器硬盘灯全红，系统进不去，标本结果都出不来，快派人！",
            "RAID卡故障，逻辑盘变成Failed，操作系统起不来",
        ),
        en=(
            "Server in {loc} won't boot",
            "Server stops at boot with a RAID error, no logical drive found - our system is down!",
            "The physical server in {loc} lost its array controller, system and data won't come up",
            "every drive light on the server is red, it won't boot, no results going out, help!",
            "RAID controller failure, logical drive Failed, OS won't start",
        ),
    ),
    Family(
        "infrastructure/snapshot-stun",
        "P1",
        "it ward front",
        "emr-vm",
        "infrastructure_snapshot",
        zh=(
            "删快照以后服务器卡死了",
            "核心服务器在合并快照，整个系统卡住{m}分钟了，所有人都动不了！",
            "备份软件留下的快照太大，一合并虚机就挂起，{loc}全停",
            "服务器每隔几秒就冻住一次，医生护士都说系统完全没法用",
        ),
        en=(
            "Server froze after deleting a snapshot",
            "Core server consolidating snapshots, everything stuck {m} minutes - nobody can work!",
            "A huge leftover backup snapshot stuns the VM when merged, {loc} is at a standstill",
            "the server freezes every few seconds, doctors and nurses say nothing is usable",
        ),
    ),
    Family(
        "infrastructure/backup-overrun-slow",
        "P2",
        "front ward",
        "backup-nbu",
        "infrastructure_backup_window",
        zh=(
            "每天早上系统特别卡",
            "最近每天早上8点到9点半系统都很慢，说是夜里的备份还没跑完",
            "{loc}早上开诊那一个小时卡得厉害，过了十点就好了",
            "全备越跑越久，已经拖到上班时间，存储被备份占满了",
            "备份窗口超时，早班收费一开单就转圈，先手工记着",
        ),
        en=(
            "System really slow every morning",
            "Every day 8 to 9:30 the system crawls - the overnight backup hasn't finished",
            "The first hour of clinic in {loc} is painfully slow, fine after ten",
            "Full backup keeps running longer and now overlaps opening hours, storage saturated",
            "backup overruns, morning billing spins on every bill, writing things down meanwhile",
        ),
    ),
    Family(
        "infrastructure/restore-protection-revert",
        "P2",
        "front ward",
        "desk-freeze",
        "infrastructure_restore_card",
        zh=(
            "电脑一重启设置全没了",
            "{loc}的电脑装了还原保护，每天开机HIS都回到旧版本，又要重新升级半天",
            "还原卡把打印机设置也还原了，每天早上都要重新装",
            "这几台电脑一重启就回到原来的样子，昨天装的东西都没了，先用隔壁的电脑",
            "冰点还原没解冻就更新了，系统每天都要重新下载更新包",
        ),
        en=(
            "PC loses all settings on every reboot",
            "PCs in {loc} have restore protection, each morning HIS is back on the old version",
            "Reboot protection wipes the printer setup too, we reinstall it every morning",
            "these PCs reset themselves on restart, yesterday's installs gone, using the next desk",
            "Updates were pushed while the machines were frozen, so they re-download every day",
        ),
    ),
    Family(
        "infrastructure/server-random-reboots",
        "P2",
        "it",
        "esb-node",
        "infrastructure_mce",
        zh=(
            "一台服务器老是自己重启",
            "集群里一台节点一天莫名重启两三次，业务切到另外几台，还能用",
            "服务器日志有内存硬件错误，重启后过几个小时又掉",
            "那台应用服务器一周重启了5次，每次掉几分钟",
        ),
        en=(
            "One server keeps rebooting itself",
            "A cluster node reboots two or three times a day, the others carry the load",
            "Server log shows memory hardware errors, it drops a few hours after each restart",
            "That app server has restarted 5 times this week, a few minutes down each time",
        ),
    ),
    Family(
        "infrastructure/hci-rebuild-slow",
        "P2",
        "it ward front",
        "hci",
        "infrastructure_hci",
        zh=(
            "超融合坏了块盘，系统都变慢了",
            "超融合一个节点硬盘故障，正在重建数据，这两天所有系统都慢",
            "{loc}说今天开病历、查结果都比平时慢很多，平台那边在做数据重构",
            "存储重建还要十几个小时，业务能用但是很卡",
        ),
        en=(
            "Lost a disk in the hyperconverged cluster, everything slower",
            "A hyperconverged node lost a disk and is rebuilding, all systems slow for two days",
            "{loc} says records and results are much slower today, the platform is resyncing data",
            "storage rebuild has another dozen hours to go, everything works but sluggish",
        ),
    ),
    Family(
        "infrastructure/rds-licensing-expired",
        "P2",
        "office front",
        "rds-farm",
        "infrastructure_rds_license",
        zh=(
            "远程桌面连不上了，提示没有许可证",
            "{loc}用远程桌面登医保客户端，现在只能两个人同时连，其他人被踢",
            "远程桌面授权宽限期到了，连接一下就断开",
            "财务那台远程服务器连不上，先去机房本地操作",
        ),
        en=(
            "Remote desktop won't connect, says no licence",
            "{loc} uses remote desktop for the insurance client, now only two can connect at once",
            "RD licensing grace period ran out, sessions drop right after connecting",
            "Can't get onto the finance remote server, doing it at the console for now",
        ),
    ),
    Family(
        "infrastructure/pc-relocation",
        "P3",
        "office ward",
        "desk-move",
        "infrastructure_asset",
        zh=(
            "科室搬家，需要移几台电脑",
            "{loc}下周搬到新楼，{n}台电脑和打印机要一起搬过去重新装好",
            "办公室调整座位，麻烦把这台电脑挪到隔壁房间",
            "新诊室要加一台电脑，从库房调一台旧的就行",
        ),
        en=(
            "Department moving, need some PCs relocated",
            "{loc} moves to the new building next week, {n} PCs and printers to move and set up",
            "office seating change - please move this PC to the next room",
            "New consult room needs a PC, a spare from stores is fine",
        ),
    ),
    Family(
        "infrastructure/vm-provision-request",
        "P3",
        "it office",
        "vsphere-req",
        "infrastructure_capacity",
        zh=(
            "申请一台新的虚拟机",
            "科研平台要部署，想申请一台8核16G的服务器",
            "{loc}的测试系统要扩容，麻烦加点内存和磁盘",
            "新项目需要一台Linux服务器做前置机，什么时候能开",
        ),
        en=(
            "Requesting a new VM",
            "Research platform rollout - could we get an 8-core 16 GB server?",
            "Test system for {loc} needs more memory and disk",
            "new project needs a Linux box as a front-end server, when can it be provisioned?",
        ),
    ),
    Family(
        "infrastructure/usb-storage-blocked",
        "P3",
        "office ward",
        "endpoint-ctl",
        "infrastructure_usb",
        zh=(
            "U盘插电脑上没反应",
            "{loc}这台电脑读不出U盘，想拷个课件",
            "插U盘提示被管理员禁止，能不能给我开一下",
            "学术会议的PPT拷不进来，移动硬盘也识别不了",
        ),
        en=(
            "USB stick does nothing when plugged in",
            "PC in {loc} won't read my USB drive, just need to copy some slides",
            "inserting a USB stick says blocked by administrator, can it be allowed?",
            "Can't copy conference slides over, external drive not recognised either",
        ),
    ),
    Family(
        "infrastructure/windows-not-activated",
        "P3",
        "front ward office",
        "kms",
        "infrastructure_kms",
        zh=(
            "电脑右下角显示激活Windows",
            "{loc}有几台电脑桌面变黑了，提示系统未激活",
            "电脑总提示Windows许可证即将过期",
            "办公软件打开提示产品未激活，功能都能用",
        ),
        en=(
            "'Activate Windows' watermark on my screen",
            "A few PCs in {loc} have a black desktop and say Windows isn't activated",
            "PC keeps saying the Windows licence will expire soon",
            "Office says product not activated, everything still works",
        ),
    ),
    Family(
        "infrastructure/ups-battery-aging",
        "P3",
        "it",
        "ups-mon",
        "infrastructure_ups_battery",
        zh=(
            "UPS提示更换电池",
            "机房UPS自检没通过，提示电池老化",
            "弱电间那台小UPS一直在滴滴响",
            "UPS监控显示后备时间只剩6分钟，比以前短很多",
        ),
        en=(
            "UPS says replace battery",
            "Server room UPS failed its self-test, batteries ageing",
            "the small UPS in the comms closet keeps beeping",
            "UPS monitor shows only 6 minutes runtime, much less than before",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "infrastructure_datastore": (
        """\
{tsw} Alarm 'Datastore usage on disk' on DS_PROD_0{k3} changed from Yellow to Red (100%)
{tsw} There is no more space for virtual disk {vm}_1.vmdk. You might be able to continue this \
session by freeing disk space on the relevant volume, and clicking Retry. Click Cancel to \
terminate this session.
{tsw} Virtual machine {vm} on {esx} in HOSP-DC is suspended: msg.hbacommon.outofspace
{tsw} {k3} virtual machines on DS_PROD_0{k3} waiting for question answer
""",
        """\
{tss} {esx} vmkernel: ScsiDeviceIO: {k2}: Cmd(0x45{k3}) 0x2a, CmdSN 0x{hex} from world {pid} \
to dev "naa.600507680c808{hex}" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x7 0x27 0x7.
{tss} {esx} vmkernel: Space utilization on thin-provisioned device naa.600507680c808{hex} \
exceeded configured threshold
{tss} {esx} hostd[{pid}]: Thin provisioned device out of space, VM {vm} paused
""",
    ),
    "infrastructure_k8s": (
        """\
[root@k8s-master01 ~]# kubectl get nodes
NAME          STATUS     ROLES    AGE    VERSION
k8s-node01    NotReady   <none>   {k2}d   v1.23.{k3}
k8s-node02    NotReady   <none>   {k2}d   v1.23.{k3}
k8s-node03    Ready      <none>   {k2}d   v1.23.{k3}
[root@k8s-master01 ~]# kubectl -n his get pods | grep -v Running
{app}-reg-7d9f{k3}b-x2kq{k3}     0/1   CrashLoopBackOff   {k}   {k4}m
{app}-order-5c6{k3}d-pl{k3}vz    0/1   Evicted            0     {k4}m
""",
        """\
{tss} k8s-node0{k3} kubelet[{pid}]: E{k4}: "Skipping pod synchronization" err="PLEG is not \
healthy: pleg was last seen active {k3}m{k4}s ago"
{tss} k8s-node0{k3} kubelet[{pid}]: eviction manager: attempting to reclaim ephemeral-storage
{tss} k8s-node0{k3} kubelet[{pid}]: eviction manager: pods his/{app}-bill-{k2} evicted
{ts} ERROR [main] c.s.{pkg}.Application - Application run failed: Connection to \
nacos-headless:8848 refused
?{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.RegController - 挂号中断 患者:{name} 身份证:{idno}
""",
    ),
    "infrastructure_reboot": (
        """\
Log Name:      System
Source:        User32
Date:          {tsw}
Event ID:      1074
Level:         Information
Computer:      {host}.hosp.local
Description:
The process C:\\Windows\\servicing\\TrustedInstaller.exe ({host}) has initiated the restart \
of computer {host} on behalf of user NT AUTHORITY\\SYSTEM for the following reason: Operating \
System: Service pack (Planned)
 Reason Code: 0x80020010
 Shutdown Type: restart
""",
        """\
Log Name:      System
Source:        Service Control Manager
Date:          {tsw}
Event ID:      7009
Level:         Error
Computer:      {host}.hosp.local
Description:
A timeout was reached (30000 milliseconds) while waiting for the {svc} service to connect.

Log Name:      System
Source:        Microsoft-Windows-WindowsUpdateClient
Date:          {tsw}
Event ID:      19
Level:         Information
Computer:      {host}.hosp.local
Description:
Installation Successful: Windows successfully installed the following update: 2026-{k3} \
Cumulative Update for Windows Server 2019 for x64-based Systems (KB50{n})
""",
    ),
    "infrastructure_raid": (
        """\
{tss} {host} kernel: megaraid_sas 0000:18:00.0: FW in FAULT state!!
{tss} {host} kernel: megaraid_sas 0000:18:00.0: Found FW in FAULT state, will reset adapter \
scsi0.
{tss} {host} kernel: megaraid_sas 0000:18:00.0: Reset failed, killing adapter scsi0.
{tss} {host} kernel: sd 0:2:0:0: rejecting I/O to offline device
{tss} {host} kernel: EXT4-fs error (device sda3): ext4_find_entry:1455: inode #2: comm \
{app}: reading directory lblock 0
""",
        """\
POST Error: 1785-Slot 0 Drive Array Not Configured
  Run Smart Storage Administrator
POST Error: 1720-S.M.A.R.T. Hard Drive(s) Detect imminent failure
  Port 1I: Box 1: Bays {k3}
Logical Drive 1 (RAID 5, 2.2 TB): Failed
""",
    ),
    "infrastructure_snapshot": (
        """\
{tsw} Virtual machine disks consolidation is needed for {vm}.
{tsw} Task: Consolidate virtual machine disk files on {vm} - Running {k}%
{tsw} The virtual machine {vm} has been stunned for {ms} ms during consolidation
{tsw} Snapshot 'VEEAM BACKUP TEMPORARY SNAPSHOT' on {vm} size {k2} GB (created {k3} days ago)
""",
        """\
{tsiso}| vcpu-0| I125: Checkpoint_Unstun: vm stopped for {ms}{k2} us
{tsiso}| vmx| I125: SnapshotVMXConsolidateOnlineCB: nextState = 2 uid 0
{tsiso}| vmx| I125: DISKLIB-CBT : Creating cbt node {hex}-cbt failed with error Cannot \
allocate memory
{tsiso}| vcpu-0| I125: Checkpoint_Unstun: vm stopped for {ms}{k2} us
""",
    ),
    "infrastructure_backup_window": (
        """\
{tsw} Job 'HIS-DB-Full-Daily' started (scheduled 22:00)
{tsw}   Processing {vm}: {k3}{k2} GB read at {k} MB/s, bottleneck: Source
{tsw} Job 'HIS-DB-Full-Daily' still running: elapsed 10:{k4}:0{k3}, {k4}% complete
{tsw} WARNING: job exceeded backup window (22:00-06:00)
""",
        """\
{tss} {esx} vmkernel: Device naa.600507680c808{hex} performance has deteriorated. I/O \
latency increased from average value of {k3}{k2} microseconds to {ms}{k2} microseconds.
{tss} backup-proxy01 VeeamAgent[{pid}]: hotadd read {vm} disk 0, {k} MB/s
{ts} WARN  [http-nio-8080-exec-{k}] c.s.his.aop.CostAspect - slow request {ms}ms uri=/his/api/charge
""",
    ),
    "infrastructure_restore_card": (
        """\
{ts} [Restore] 系统保护状态: 已冻结 (C:) 重启后将还原
{ts} [Restore] 检测到 {k2} 个文件变更, 将在下次重启时丢弃
{ts} [INFO ] [AutoUpdate] 本地版本 5.2.{k3}.{k} 服务器版本 5.3.0.{k}, 今日第 1 次更新
{ts} [INFO ] [AutoUpdate] 下载 {k2} 个文件, 共 {n2} KB
?{ts} [INFO ] [{app}] 上次登录: {user} 科室电话 {phone}
""",
        """\
{ts} [Restore] 还原点: 2025-12-{k4} 安装
{ts} [Restore] WARN 打印机 {printer} 配置在重启后丢失
{ts} [Restore] WARN 补丁 KB50{n} 安装于冻结状态, 已回滚
""",
    ),
    "infrastructure_mce": (
        """\
{tss} {host} kernel: mce: [Hardware Error]: Machine check events logged
{tss} {host} kernel: EDAC MC1: 1 UE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 \
(channel:2 slot:0 page:0x{hex} offset:0x0 grain:32)
{tss} {host} kernel: {{1}}[Hardware Error]: fatal error on CPU 1, DIMM P2-DIMMC1
-- Reboot --
{tss} {host} systemd[1]: Started {app}.service.
""",
        """\
{tss} ilo-{host} IML: Uncorrectable Memory Error detected by ROM-based memory validation. \
Board 1, Processor 2, DIMM {k3}.
{tss} ilo-{host} IML: System Power Supplies OK; POST Error: 207-Memory initialization error
{tss} ilo-{host} IML: Automatic Server Recovery (ASR) reset, uptime {k}h
""",
    ),
    "infrastructure_hci": (
        """\
{ts} [HCI] node-0{k3} disk sdd (SSD cache, S/N {hex}) status FAILED
{ts} [HCI] data rebuild started: {k3}.{k3} TB to resync, ETA 1{k3}h
{ts} [HCI] WARN volume vol-his latency {k}ms (threshold 20ms)
{ts} [HCI] WARN rebuild throughput {k2} MB/s, foreground IO throttled
""",
        """\
{tsw} vSAN object health: reduced-availability-with-active-rebuild ({n2} objects)
{tsw} vSAN disk group on {esx} cache device unhealthy
{tsw} Resync: {k3}.{k2} TB remaining, ETA 1{k3}h
{tsw} VM {vm} latency 1{k}ms (vSAN)
""",
    ),
    "infrastructure_rds_license": (
        """\
Log Name:      System
Source:        Microsoft-Windows-TerminalServices-RemoteConnectionManager
Date:          {tsw}
Event ID:      1069
Level:         Error
Computer:      {host}.hosp.local
Description:
The RD Licensing grace period has expired and the service has not registered with a license \
server with installed licenses.
""",
        """\
Log Name:      System
Source:        Microsoft-Windows-TerminalServices-RemoteConnectionManager
Date:          {tsw}
Event ID:      1128
Level:         Warning
Computer:      {host}.hosp.local
Description:
The RD Licensing grace period has expired and Licensing mode for the Remote Desktop Session \
Host server has not been configured. Licensing mode must be configured for continuous operation.
?Session user: HOSP\\{user} ({name}) from {pc} ({ip}) disconnected: no Remote Desktop client \
access licenses available for this computer
""",
    ),
    "infrastructure_asset": (
        """\
{ts} [EndpointMgr] {pc} offline since {tsz}, last IP {ip}, switch port Gi1/0/{k3}
{ts} [EndpointMgr] move request WO-{n} for {pc}: pending, owner dept {k}
{ts} [EndpointMgr] asset tag ZC-{n2} location 3F-{k3}0{k3} -> new building
""",
    ),
    "infrastructure_capacity": (
        """\
{tsw} Cluster PROD-01: CPU {k4}% used, memory 8{k3}% used, {k3} hosts
{tsw} Datastore DS_TEST_0{k3}: {k2} GB free of 4 TB
{tsw} Resource pool TEST: {k} VMs, reservation {k2} GB
{tsw} Request REQ-{n}: new VM 8 vCPU / 16 GB / 200 GB for {user} awaiting approval
""",
    ),
    "infrastructure_usb": (
        """\
{ts} [EndpointCtl] {pc}: USB mass storage 'Kingston DataTraveler 3.0' (VID_0951&PID_1666) \
blocked by policy Clinical-PC-USB-Deny
{ts} [EndpointCtl] {pc}: user {user} requested exception, ticket pending
?{ts} [EndpointCtl] {pc}: file copy attempt 病人名单_{name}.xlsx blocked (DLP)
""",
        """\
Log Name:      Microsoft-Windows-Kernel-PnP/Configuration
Source:        Microsoft-Windows-Kernel-PnP
Date:          {tsw}
Event ID:      411
Level:         Error
Computer:      {pc}.hosp.local
Description:
Device USBSTOR\\Disk&Ven_Generic&Prod_Flash_Disk&Rev_8.07\\{hex}&0 had a problem starting. \
Problem Status: 0xC0000022 (access denied by group policy)
""",
    ),
    "infrastructure_kms": (
        """\
Log Name:      Application
Source:        Microsoft-Windows-Security-SPP
Date:          {tsw}
Event ID:      8198
Level:         Error
Computer:      {pc}.hosp.local
Description:
License Activation (slui.exe) failed with the following error code:
hr=0xC004F074
Command-line arguments:
RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;AppId=55c92734-d682-4d71-\
983e-d6ec3f16059f;SkuId={guid};NotificationInterval=1440;Trigger=TimerEvent
""",
        """\
C:\\Windows\\system32>cscript slmgr.vbs /dli
Name: Windows(R), Professional edition
Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel
License Status: Notification
Notification Reason: 0xC004F056.
KMS machine name from DNS: kms.hosp.local:1688 (not responding)
""",
    ),
    "infrastructure_ups_battery": (
        """\
{tss} ups0{k3} UPS: Self-test failed: battery needs replacement
{tss} ups0{k3} UPS: Battery age {k3} years, capacity {k4}%
{tss} ups0{k3} UPS: Estimated runtime {k3} min at {k4}% load
{tss} ups0{k3} UPS: Audible alarm enabled (battery fault)
""",
    ),
}
