"""Fault families of subsystem `peripheral` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "peripheral/queue-system-down",
        "P1",
        "front",
        "queue-srv",
        "queue_srv",
        zh=(
            "门诊叫号系统全瘫了",
            "全院分诊叫号屏全部黑屏，诊室叫不了号，候诊区乱成一团！",
            "{loc}排队叫号服务器挂了，病人不知道去哪个诊室",
            "叫号系统全部停了，医生只能出门喊名字，几百个病人在等",
        ),
        en=(
            "Outpatient queue-calling system down",
            "Every queue screen in the hospital is black, clinics can't call patients - chaos!",
            "Queue server for {loc} is down, patients don't know which room to go to",
            "whole call system stopped, doctors shouting names, hundreds waiting",
        ),
    ),
    Family(
        "peripheral/pos-terminals-down",
        "P1",
        "front",
        "pos",
        "pos",
        zh=(
            "所有窗口刷卡机和扫码盒都不能用",
            "收费处POS机全部报“通讯失败”，银行卡、扫码都收不了钱！",
            "{loc}每个窗口的扫码支付盒子都没反应，只能收现金",
            "聚合支付终端全挂了，门诊住院都收不了费",
        ),
        en=(
            "Card terminals and QR scanners down at every window",
            "Every POS at billing says communication failure - no card or QR payments at all!",
            "QR payment boxes at every window in {loc} dead, cash only",
            "all payment terminals down, neither outpatient nor inpatient can take payments",
        ),
    ),
    Family(
        "peripheral/tube-labeler-down",
        "P1",
        "lab",
        "tube-labeler",
        "tube_labeler",
        zh=(
            "采血处自动贴管机停了",
            "门诊采血的智能备管系统全部报错，一根管都出不来，几百个病人在排队！",
            "{loc}贴管机和采血叫号一起挂了，只能手工贴条码",
            "备管机连不上LIS，早高峰采血全部停下",
        ),
        en=(
            "Phlebotomy tube labelling machines stopped",
            "Tube prep at outpatient phlebotomy erroring, not one tube out - hundreds queued!",
            "Tube labellers and calling in {loc} both down, labelling by hand",
            "tube prep machines lost LIS, morning rush at phlebotomy halted",
        ),
    ),
    Family(
        "peripheral/report-kiosk-printing",
        "P2",
        "front lab",
        "kiosk",
        "kiosk spooler",
        zh=(
            "自助报告打印机打不出报告",
            "{loc}有两台自助报告机卡纸，病人只能去另外几台打",
            "自助打印机打检验报告打一半停了",
            "报告自助机提示打印机缺纸，但纸是满的",
        ),
        en=(
            "Self-service report printers not printing",
            "Two report kiosks at {loc} jammed, sending patients to the others",
            "Lab report kiosk stops halfway through printing",
            "report kiosk says out of paper when it's full",
        ),
    ),
    Family(
        "peripheral/signature-pad-fails",
        "P2",
        "front ward",
        "sigpad",
        "sigpad",
        zh=(
            "患者签名板用不了",
            "{loc}的电子签名板签完不显示，知情同意书只能打印纸质签",
            "手写签名板时好时坏，要拔插一下",
            "签名板签完以后笔迹是空白的",
        ),
        en=(
            "Patient signature pad not working",
            "Signature pad at {loc} shows nothing after signing, using paper consent forms",
            "signature pad works on and off, needs replugging",
            "Signature comes out blank after signing on the pad",
        ),
    ),
    Family(
        "peripheral/records-scanner-fails",
        "P2",
        "office",
        "scanner",
        "twain pnp",
        zh=(
            "病案扫描仪扫不了",
            "病案室高速扫描仪一扫就报错，归档扫描只能停着",
            "{loc}扫描仪经常卡纸，双面扫描会漏页",
            "扫描软件找不到扫描仪，换电脑能用",
        ),
        en=(
            "Medical records scanner won't scan",
            "High-speed scanner in records errors every time, archiving halted",
            "scanner in {loc} keeps jamming and skips pages in duplex",
            "Scanning software can't find the scanner, works from another PC",
        ),
    ),
    Family(
        "peripheral/keyboard-keys",
        "P3",
        "front ward office",
        "desktop-hid",
        "pnp",
        zh=(
            "键盘有几个键不灵",
            "{loc}鼠标滚轮失灵了",
            "键盘上的数字键盘用不了",
            "想换个静音鼠标",
        ),
        en=(
            "A few keyboard keys don't work",
            "Mouse wheel broken in {loc}",
            "numeric keypad on the keyboard doesn't respond",
            "Could I get a silent mouse?",
        ),
    ),
    Family(
        "peripheral/dictation-headset",
        "P3",
        "imaging office",
        "dictation",
        "pnp",
        zh=(
            "语音录入耳麦有杂音",
            "{loc}语音录入的麦克风声音小，识别不准",
            "耳麦插上后电脑默认设备还是音箱",
            "想申请一个语音录入脚踏开关",
        ),
        en=(
            "Dictation headset crackles",
            "Dictation mic in {loc} is quiet, recognition poor",
            "PC keeps the speakers as default even with the headset plugged in",
            "Could we get a dictation foot pedal?",
        ),
    ),
    Family(
        "peripheral/id-reader-slow",
        "P3",
        "front",
        "cardreader",
        "cardreader",
        zh=(
            "身份证读卡器读得慢",
            "{loc}一台读卡器读身份证要放好几秒",
            "读卡器的提示音太响",
            "读卡器的线太短，够不到窗口",
        ),
        en=(
            "ID card reader is slow",
            "One reader at {loc} takes several seconds per ID card",
            "card reader beep is too loud",
            "Reader cable too short to reach the window",
        ),
    ),
    Family(
        "peripheral/print-server-down",
        "P1",
        "front ward office",
        "print-srv",
        "peripheral_printsrv",
        zh=(
            "全院打印机都打不出东西",
            "处方、导诊单、发票全部打不出来，所有打印任务都卡在“正在打印”，窗口排长队！",
            "{loc}每台电脑点打印都提示找不到打印机或者打印机脱机",
            "不止一个科室，门诊和病房的网络打印机全都没反应，病人拿不到单子没法去缴费检查",
            "是不是打印服务器挂了？几百台打印机一起掉线",
        ),
        en=(
            "Nothing prints anywhere in the hospital",
            "Prescriptions, guide sheets, invoices - nothing prints, every job stuck on "
            "'printing', queues out the door!",
            "Every PC in {loc} says the printer is offline or can't be found",
            "Not one department - network printers in clinics and wards all dead, patients "
            "can't get their slips to pay or go for tests",
            "Is the print server down? hundreds of printers dropped at once",
        ),
    ),
    Family(
        "peripheral/scanners-dead-after-update",
        "P1",
        "front lab ward",
        "scan-bridge",
        "peripheral_com pnp",
        zh=(
            "扫码枪全部扫不进去了",
            "昨晚系统更新后药房、收费、采血的扫码枪扫了都没反应，发药要一个个手敲处方号，"
            "病人排到门外！",
            "{loc}所有扫码枪灯亮、也会响，就是电脑上不出字",
            "全院扫描枪都失灵了，门诊药房没法扫码发药，急诊挂号也扫不了电子健康卡",
        ),
        en=(
            "Barcode scanners stopped working everywhere",
            "Since last night's update no scanner in pharmacy, billing or phlebotomy works - "
            "typing every Rx number by hand, line out the door!",
            "Scanners in {loc} light up and beep but nothing appears on screen",
            "every scanner in the hospital is dead, pharmacy can't scan to dispense and ER "
            "registration can't scan health codes",
        ),
    ),
    Family(
        "peripheral/facepay-terminals-offline",
        "P1",
        "front",
        "face-term",
        "peripheral_facepay",
        zh=(
            "医保刷脸终端全部离线",
            "所有窗口的医保刷脸机都显示“设备未激活”，没带卡的医保病人全都挂不了号、结不了账！",
            "{loc}刷脸设备和扫医保码的盒子一起黑屏，医保病人只能自费或者回家拿卡",
            "刷脸终端全都连不上，{n}个窗口的医保结算一上午都停着",
        ),
        en=(
            "Insurance face-verification terminals all offline",
            "Every window's insurance face scanner says device not activated - insured "
            "patients without a card can't register or pay!",
            "Face scanners and insurance QR boxes in {loc} both black, insured patients told "
            "to pay out of pocket or fetch their card",
            "face terminals can't connect at all, insurance settlement stopped at {n} windows",
        ),
    ),
    Family(
        "peripheral/pivas-label-printers-down",
        "P1",
        "ward front",
        "pivas-label",
        "peripheral_pivas",
        zh=(
            "静配中心输液标签打不出来",
            "静配中心所有标签打印机都不出纸，今天的输液袋一袋都贴不了签，全院病房等着用药！",
            "配液标签机全部报错，上午的批次配不出来，{loc}的抗生素和化疗药都没送到",
            "静配标签打印全停了，药师只能手写，怕贴错不敢发",
        ),
        en=(
            "IV admixture labels won't print",
            "All label printers in the IV compounding centre are dead - not one bag labelled "
            "today, every ward waiting on infusions!",
            "Compounding label printers all erroring, morning batch can't go out, antibiotics "
            "and chemo for {loc} not delivered",
            "PIVAS label printing stopped, pharmacists hand-writing and afraid to send "
            "anything out",
        ),
    ),
    Family(
        "peripheral/wristband-printers-offline",
        "P1",
        "ward front",
        "wristband",
        "peripheral_wristband",
        zh=(
            "急诊和入院处腕带都打不了",
            "推了新驱动以后所有腕带打印机都显示脱机，新收的病人没有腕带，抢救室没法核对身份！",
            "{loc}腕带打印机全部打不出来，入院病人只能手写腕带",
            "全院腕带一起打不了，产科新生儿腕带也出不来，太危险了",
        ),
        en=(
            "Wristbands can't be printed in the ER or admissions",
            "After a driver push every wristband printer shows offline - new patients have no "
            "wristbands, resus can't check IDs!",
            "No wristband printer in {loc} prints, admitting with hand-written bands",
            "wristband printing stopped hospital-wide, even newborn bands in maternity - "
            "this is dangerous",
        ),
    ),
    Family(
        "peripheral/rx-printer-garbled",
        "P2",
        "front office",
        "print-rx",
        "peripheral_pcl",
        zh=(
            "处方打出来是乱码",
            "门诊三楼几台打印机打处方全是乱码，只能让医生换到隔壁诊室打",
            "{loc}打印的中文变成方框，英文和数字是正常的",
            "打印机驱动更新后处方上的中文全是问号，药房不认",
        ),
        en=(
            "Prescriptions print as gibberish",
            "Several printers on clinic floor 3 print prescriptions as garbage, doctors "
            "printing from the room next door",
            "Chinese characters print as boxes in {loc}, numbers and English fine",
            "Since the driver update the Chinese on prescriptions comes out as question marks, "
            "pharmacy won't accept them",
        ),
    ),
    Family(
        "peripheral/document-camera-fails",
        "P2",
        "front office",
        "doc-camera",
        "peripheral_doccam",
        zh=(
            "高拍仪拍不了",
            "入院处的高拍仪打开是黑屏，医保材料、身份证复印件拍不了，只能去复印再扫描",
            "{loc}高拍仪时好时坏，拍出来的一直是上一张照片",
            "{n}个窗口里有两台高拍仪识别不到，拍身份证只能让病人去别的窗口",
        ),
        en=(
            "Document camera not working",
            "Admissions document camera shows a black screen, can't capture insurance papers "
            "or ID copies - photocopying and scanning instead",
            "Document camera in {loc} on and off, keeps showing the previous photo",
            "Two of our {n} document cameras aren't detected, sending people to other windows "
            "for ID photos",
        ),
    ),
    Family(
        "peripheral/kiosk-touch-offset",
        "P2",
        "front lab",
        "kiosk-touch",
        "peripheral_touch",
        zh=(
            "自助机屏幕点不准",
            "{loc}有几台自助机触摸偏了，点“缴费”跳到“挂号”，老人老点错，得派志愿者守着",
            "自助机触摸屏有一块没反应，最下面的确认按钮点不到",
            "几台自助机屏幕自己乱跳，像有人在点一样",
        ),
        en=(
            "Kiosk touchscreens off target",
            "A few kiosks in {loc} register touches in the wrong spot - tapping Pay opens "
            "Register, volunteers standing by to help",
            "part of the kiosk touchscreen is dead, the confirm button at the bottom can't "
            "be pressed",
            "Some kiosk screens jump around by themselves, like phantom taps",
        ),
    ),
    Family(
        "peripheral/kiosk-cash-acceptor-jams",
        "P2",
        "front",
        "kiosk-cash",
        "peripheral_cash",
        zh=(
            "自助机不收现金了",
            "{loc}自助机的纸币器老卡钞，钱吞进去了没到账，病人来窗口闹",
            "有几台自助机现金充值显示“钱箱已满”，其实刚清过",
            "老人用现金缴费，自助机把百元钞退出来，只能去人工窗口",
        ),
        en=(
            "Kiosks not taking cash",
            "Note acceptors on the kiosks in {loc} keep jamming - money swallowed but not "
            "credited, patients arguing at the desk",
            "Several kiosks say the cash box is full when it was just emptied",
            "kiosk keeps rejecting 100-yuan notes from elderly patients, sending them to "
            "staffed windows",
        ),
    ),
    Family(
        "peripheral/mfp-scan-to-folder",
        "P2",
        "office ward",
        "mfp-scan",
        "peripheral_mfp",
        zh=(
            "复印机扫描发不到电脑上",
            "{loc}的打印复印一体机扫描报“连接服务器失败”，只能扫到U盘再拷",
            "科室一体机能打印能复印，就是扫描发不出去",
            "改了密码以后一体机扫描到邮箱不行了，外院的会诊资料没法扫",
        ),
        en=(
            "Copier scan to folder fails",
            "The multifunction copier in {loc} can't send scans to the PC, says cannot "
            "connect to server - using a USB stick",
            "department MFP prints and copies fine but scanning won't send",
            "Scan-to-email stopped after the password change, can't scan outside records",
        ),
    ),
    Family(
        "peripheral/eval-pad-staff-info",
        "P3",
        "front",
        "eval-pad",
        "peripheral_evalpad",
        zh=(
            "窗口评价器上的照片不是我",
            "{loc}评价器显示的还是上一个收费员的名字和工号",
            "服务评价器的“非常满意”按钮有点不灵",
            "评价器待机画面的宣传语想换一下",
        ),
        en=(
            "Desk feedback pad shows someone else's photo",
            "Feedback pad at {loc} still shows the previous cashier's name and ID",
            "'Very satisfied' button on the feedback pad is a bit sticky",
            "Would like to change the idle slogan on the feedback pad",
        ),
    ),
    Family(
        "peripheral/kiosk-screensaver-old",
        "P3",
        "front",
        "kiosk-media",
        "peripheral_kmedia",
        zh=(
            "自助机屏保还是春节的海报",
            "{loc}自助机待机广告还是去年的义诊通知",
            "自助机首页的楼层导航图是旧的",
            "自助机播放的宣传视频没有声音",
        ),
        en=(
            "Kiosk screensaver still shows the New Year poster",
            "Kiosk idle ads in {loc} still show last year's free clinic notice",
            "kiosk home page floor map is the old layout",
            "Promo video on the kiosks plays with no sound",
        ),
    ),
    Family(
        "peripheral/print-defaults",
        "P3",
        "office ward",
        "print-office",
        "peripheral_devmode",
        zh=(
            "打印机默认不是双面了",
            "{loc}有一台电脑每次打印都要手动选双面",
            "想把科室打印机默认设成黑白打印，省彩粉",
            "打印时纸张默认老是Letter，想改成A4",
        ),
        en=(
            "Printer no longer defaults to double-sided",
            "One PC in {loc} needs duplex picked by hand every time",
            "Could the department printer default to black and white to save colour toner?",
            "Print dialog keeps defaulting to Letter instead of A4",
        ),
    ),
    Family(
        "peripheral/printer-mapping-request",
        "P3",
        "ward office front",
        "print-gpo",
        "peripheral_gpo",
        zh=(
            "新来的同事电脑里没有科室打印机",
            "{loc}新装的电脑麻烦添加一下护士站的打印机",
            "打印机列表里好多早就撤掉的打印机，想删掉",
            "科室新到一台打印机，麻烦帮忙装驱动共享出来",
        ),
        en=(
            "New colleague's PC doesn't have the department printer",
            "New PC in {loc} needs the nurse station printer added",
            "printer list is full of printers removed long ago, please tidy it",
            "Department got a new printer, please install and share it",
        ),
    ),
    Family(
        "peripheral/pos-slip-merchant-name",
        "P3",
        "front",
        "pos-slip",
        "peripheral_posslip",
        zh=(
            "刷卡小票上医院名称是旧的",
            "{loc}POS机打的签购单商户名还是医院改名前的",
            "POS小票打印字有点淡，还能看清",
            "POS机签购单能不能只打一联",
        ),
        en=(
            "Card slips show the hospital's old name",
            "POS slips at {loc} still print the merchant name from before the rename",
            "POS slips print faint but readable",
            "Can the POS print just one copy of the slip?",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "peripheral_printsrv": (
        """\
Log Name:      System
Source:        Service Control Manager
Date:          {tsw}
Event ID:      7031
Level:         Error
Computer:      PRINTSRV0{k3}.hosp.local
Description:
The Print Spooler service terminated unexpectedly.  It has done this {k3} time(s).  The \
following corrective action will be taken in 60000 milliseconds: Restart the service.
""",
        """\
{ts} [PrintAgent] connect \\\\PRINTSRV01\\{printer} from {pc}: The RPC server is unavailable \
(0x800706BA)
?{ts} [PrintAgent] pending job {n} 处方 患者:{name} MRN:{mrn}
{ts} [PrintAgent] {k2} jobs queued locally, print server {ip2} not responding
{ts} [PrintAgent] fallback to direct IP printing disabled by policy
""",
    ),
    "peripheral_com": (
        """\
Log Name:      Microsoft-Windows-Kernel-PnP/Configuration
Source:        Microsoft-Windows-Kernel-PnP
Date:          {tsw}
Event ID:      411
Level:         Error
Computer:      {pc}.hosp.local
Description:
Device USB\\VID_0C2E&PID_0CAA\\{hex} had a problem starting.
Driver Name: usbser.inf
Problem: 0xA
Problem Status: 0xC0000001
""",
        """\
{ts} [ScanBridge] open COM{k3} failed: Access is denied. (5)
{ts} [ScanBridge] port COM{k3} not present, scanner enumerated as HID keyboard
{ts} [ScanBridge] retry 5/5 failed, barcode input disabled on {pc}
""",
    ),
    "peripheral_facepay": (
        """\
{ts} [FaceTerm] 终端 SN{n}{k} 心跳上报失败: 连接医保刷脸服务 {ip2}:8443 超时
{ts} [FaceTerm] ERROR 设备激活状态校验失败 code=FACE_DEVICE_NOT_ACTIVE
?{ts} [FaceTerm] INFO  待核验 姓名:{name} 证件号:{idno}
{ts} [FaceTerm] ERROR 获取医保电子凭证 ecToken 失败: 设备证书已过期
{ts} [FaceTerm] WARN  {k} 台终端离线
""",
    ),
    "peripheral_pivas": (
        """\
{ts} [PIVAS-Label] 批次 {k3} 共 {n2} 袋 标签任务下发 -> TSC TTP-342E Pro ({ip2}:9100)
?{ts} [PIVAS-Label] {ward}-{bed}床 {name} 标签 {n}
{ts} [PIVAS-Label] ERROR socket send failed: Connection reset by peer
{ts} [PIVAS-Label] ERROR 打印机状态 0x{hex}: HEAD OPEN / RIBBON ERROR
{ts} [PIVAS-Label] WARN  {k} 个批次待打印, 配液流水线暂停
""",
    ),
    "peripheral_wristband": (
        """\
{ts} [PrintAgent] driver ZDesigner HC100 v{k3}.1.{k2} installed by policy on {pc}
{ts} [PrintAgent] ZDesigner HC100: port USB00{k3} status OFFLINE after driver reinstall
{ts} [PrintAgent] job {n} rejected: media type 'wristband' not supported by driver settings
{ts} [PrintAgent] {k} wristband jobs failed in last 10 min
""",
        """\
{ts} [PrintAgent] send ZPL job {n} to ZDesigner HC100 ({ip2}:9100)
?{ts} [PrintAgent] ^FD{name}^FS ^FD住院号 {mrn}^FS
{ts} [PrintAgent] ~HS -> no response, printer not ready
{ts} [PrintAgent] job {n} failed: printer offline after {k3} retries
""",
    ),
    "peripheral_pcl": (
        """\
{ts} [PrintAgent] job {n} '{doc}' -> {printer} driver 'HP Universal Printing PCL 6' v7.{k3}.0
{ts} [PrintAgent] WARN  font '宋体' (SimSun) not downloaded, TrueType-as-bitmap disabled
{ts} [PrintAgent] WARN  glyph substitution: {k2} characters mapped to U+FFFD
{ts} [PrintAgent] job {n} completed, {k3} pages
""",
    ),
    "peripheral_doccam": (
        """\
{ts} [DocCam] open camera index 0 (S1000 UVC) failed: MF_E_HW_MFT_FAILED_START_STREAMING
{ts} [DocCam] capture timeout after {ms} ms, returning cached frame
?{ts} [DocCam] upload 身份证正面 姓名:{name} 证件号:{idno}
{ts} [DocCam] ERROR upload to http://{ip2}:8080/archive/api/image failed: 413 Request Entity \
Too Large
""",
    ),
    "peripheral_touch": (
        """\
{ts} [Kiosk-{k}] WARN  TouchDriver: calibration data invalid, using default matrix
{ts} [Kiosk-{k}] WARN  TouchDriver: {k2} ghost touch events in 60 s, zone bottom-right
{ts} [Kiosk-{k}] INFO  TouchDriver: controller firmware 4.{k3}.{k4}, USB reset
""",
    ),
    "peripheral_cash": (
        """\
{ts} [Kiosk-{k}] [BillAcceptor] NV200 status NOTE_PATH_OPEN
{ts} [Kiosk-{k}] [BillAcceptor] ERROR note jammed in stacker, credit not confirmed amount=100.00
?{ts} [Kiosk-{k}] [Pay] 充值 患者:{name} 就诊卡 {mrn} 状态=待确认
{ts} [Kiosk-{k}] [BillAcceptor] WARN  cashbox count {k2} reported FULL (limit 600)
{ts} [Kiosk-{k}] [BillAcceptor] reject reason 0x0{k3}: validation failed
""",
    ),
    "peripheral_mfp": (
        """\
{tsz} RICOH IM C3000 ({ip}) Scan to Folder: cannot connect to \\\\fs01.hosp.local\\scan\\{user}
{tsz} RICOH IM C3000 ({ip}) SMB: STATUS_LOGON_FAILURE, SMBv1 negotiation rejected by server
{tsz} RICOH IM C3000 ({ip}) Scan to E-mail: SMTP 535 5.7.8 Authentication credentials invalid
""",
    ),
    "peripheral_evalpad": (
        """\
{ts} [EvalPad-{k3}] 同步窗口人员信息 window={k} staff={user}
{ts} [EvalPad-{k3}] WARN  下载员工照片 /photo/{user}.jpg 失败: 404
{ts} [EvalPad-{k3}] WARN  窗口 {k} 未登录新员工, 沿用缓存信息
""",
    ),
    "peripheral_kmedia": (
        """\
{ts} [Kiosk-{k}] [Media] playlist version 2025.{k3}.01, server has 2026.{k3}.{k4}
{ts} [Kiosk-{k}] [Media] WARN  download idle_ad_{k2}.mp4 failed: 403, keeping local copy
{ts} [Kiosk-{k}] [Media] WARN  audio device not configured, playback muted
""",
    ),
    "peripheral_devmode": (
        """\
{ts} [PrintAgent] {pc} {printer} DEVMODE dmDuplex=DMDUP_SIMPLEX dmColor=DMCOLOR_COLOR \
dmPaperSize=DMPAPER_LETTER
{ts} [PrintAgent] per-user printing preferences override server default (duplex, A4, mono)
""",
    ),
    "peripheral_gpo": (
        """\
Log Name:      Application
Source:        Group Policy Printers
Date:          {tsw}
Event ID:      4098
Level:         Warning
Computer:      {pc}.hosp.local
Description:
The user '{printer}' preference item in the 'Ward Printers {{{guid}}}' Group Policy object did \
not apply because it failed with error code '0x80070709 The printer name is invalid.' This \
error was suppressed.
""",
    ),
    "peripheral_posslip": (
        """\
{ts} [POS] 终端 {n2} 参数下载 版本 {k3}.{k}
{ts} [POS] WARN  TMS 参数包 v{k3}.{k2} 未下发, 签购单抬头沿用本地商户名称
{ts} [POS] 打印签购单 联数=2 浓度={k3}
""",
    ),
}
