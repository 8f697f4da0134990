"""Fault families of subsystem `identity` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "identity/domain-controllers-down",
        "P1",
        "ward front office",
        "ad",
        "ad_dc net_dns",
        zh=(
            "域控都挂了，电脑登录不了",
            "全院电脑开机登录都提示“没有可用的登录服务器”，所有人进不了系统！",
            "{loc}所有电脑域账号登录失败，交接班没人能登上",
            "两台域控同时宕机，登录、共享盘、邮箱全不行",
        ),
        en=(
            "Domain controllers down, no PC logins",
            "Every PC says 'no logon servers available' - nobody in the hospital can log in!",
            "Domain logins fail on every PC in {loc}, the incoming shift can't log on",
            "both domain controllers down: logins, shares and mail all dead",
        ),
    ),
    Family(
        "identity/mass-account-lockout",
        "P1",
        "ward front office",
        "ad",
        "ad_lockout",
        zh=(
            "全院账号被批量锁定了",
            "一大批医生护士账号同时被锁，解锁了过几分钟又锁，根本没法工作！",
            "{loc}所有人账号都提示“已被锁定”，系统都进不去",
            "好像有程序在用错误密码一直试，全院账号都被锁了",
        ),
        en=(
            "Accounts locked out hospital-wide",
            "Huge numbers of staff accounts locked at once, unlock and they relock minutes later!",
            "Everyone in {loc} gets 'account locked', nobody can get in",
            "something is hammering wrong passwords and locking every account",
        ),
    ),
    Family(
        "identity/sso-cert-expired",
        "P1",
        "ward front office",
        "sso",
        "tls_expired",
        zh=(
            "统一登录页面报证书过期",
            "今天早上所有人打开单点登录都提示“您的连接不是私密连接”，全院登不上！",
            "SSO服务器证书到期了，各系统跳转认证全部失败",
            "{loc}登录统一门户全部报证书错误，客户端也连不上认证中心",
        ),
        en=(
            "SSO login page says certificate expired",
            "Since this morning everyone gets 'connection not private' on SSO - no logins!",
            "SSO server certificate expired, every app's auth redirect fails",
            "All logins in {loc} fail with certificate errors, clients can't reach auth either",
        ),
    ),
    Family(
        "identity/role-menus-missing",
        "P2",
        "ward front",
        "iam",
        "iam_role",
        zh=(
            "权限调整后部分菜单不见了",
            "昨天权限整理后{loc}有几个人看不到“出院结算”菜单，借别人账号先用",
            "护士长的审批权限没了，其他功能正常",
            "部分药剂师账号的退药权限丢了",
        ),
        en=(
            "Some menus disappeared after a permissions change",
            "After yesterday's role cleanup some staff in {loc} lost the discharge billing menu",
            "charge nurse approval rights gone, everything else works",
            "A few pharmacist accounts lost the return-drug permission",
        ),
    ),
    Family(
        "identity/fingerprint-login-flaky",
        "P2",
        "ward front",
        "bio-auth",
        "bio_auth",
        zh=(
            "指纹登录时好时坏",
            "{loc}指纹仪登录经常识别失败，只能改用密码",
            "人脸识别登录很慢，有时候认不出来",
            "指纹比对服务超时，刷几次才能进",
        ),
        en=(
            "Fingerprint login unreliable",
            "Fingerprint readers in {loc} often fail to match, using passwords instead",
            "Face login slow and sometimes doesn't recognise us",
            "fingerprint matching service times out, takes several tries",
        ),
    ),
    Family(
        "identity/signing-slow",
        "P2",
        "ward",
        "ca-sign",
        "ca_slow",
        zh=(
            "电子签名很慢",
            "每次签名要等十几秒，有时候提示超时，再签一次就好",
            "{loc}医生批量签病历特别慢",
            "签名验证时好时坏，处方提交要重试",
        ),
        en=(
            "E-signing very slow",
            "Each signature takes 10+ seconds, sometimes times out, works on retry",
            "Batch signing notes in {loc} is painfully slow",
            "signature verification flaky, prescriptions need resubmitting",
        ),
    ),
    Family(
        "identity/display-name-wrong",
        "P3",
        "ward front office",
        "iam",
        "iam_sync",
        zh=(
            "系统里我的职称显示不对",
            "我改名了，系统里还是旧名字",
            "{loc}有个同事的科室显示错了",
            "工号对应的姓名里有个字是繁体",
        ),
        en=(
            "My job title shows wrong in the system",
            "Changed my name but the system still has the old one",
            "a colleague in {loc} shows under the wrong department",
            "One character of my name shows in traditional form",
        ),
    ),
    Family(
        "identity/leaver-account-request",
        "P3",
        "office",
        "iam",
        "ldap_user iam_sync",
        zh=(
            "离职人员账号要停用",
            "{loc}上个月走了两个人，账号还能登录",
            "进修医生结束了，账号麻烦注销",
            "实习生账号有效期能不能延长一个月",
        ),
        en=(
            "Leaver accounts need disabling",
            "Two people left {loc} last month and their accounts still work",
            "visiting doctor's placement ended, please close the account",
            "Can intern accounts be extended by a month?",
        ),
    ),
    Family(
        "identity/sms-otp-slow",
        "P3",
        "office ward",
        "mfa",
        "sms_otp",
        zh=(
            "登录短信验证码收得慢",
            "外网登录的验证码要等一两分钟才到",
            "{loc}有人说收不到登录验证码短信",
            "验证码短信的签名写的还是旧医院名",
        ),
        en=(
            "Login SMS codes arrive slowly",
            "Remote login code takes a minute or two to arrive",
            "someone in {loc} isn't getting login codes by SMS",
            "Verification SMS still signed with the old hospital name",
        ),
    ),
    Family(
        "identity/kerberos-time-skew",
        "P1",
        "ward front office",
        "ad-kdc",
        "identity_kerberos",
        zh=(
            "电脑登录提示时间不一致",
            "全院电脑登录都报“计算机与服务器时间差异太大”，没人登得进去！",
            "{loc}所有人开机登录失败，说时钟不同步，交接班卡住了",
            "服务器时间突然跳了，域账号认证全部失败，系统都进不去",
            "今天早上开始登录一直报错，电脑右下角的时间也不对，全科室都用不了",
        ),
        en=(
            "Login says the time is different from the server",
            "Every PC says the computer and server times differ - nobody in the hospital gets in!",
            "Nobody in {loc} can log on, something about clocks out of sync, shift change stuck",
            "server clock jumped and every domain login fails, no one can get into anything",
            "Login errors everywhere since this morning and the PC clock is wrong too, all stuck",
        ),
    ),
    Family(
        "identity/authz-service-down",
        "P1",
        "ward front",
        "iam-authz",
        "identity_authz nginx",
        zh=(
            "登录进去以后菜单全空了",
            "能登录但是所有功能菜单都没了，提示“无权限访问”，全院都是这样！",
            "{loc}所有人进系统只剩个空白首页，开不了医嘱也收不了费",
            "权限中心好像挂了，谁登进去都没有任何权限",
            "大家都能输密码进去，但点什么都说没有权限，病人排了一走廊",
        ),
        en=(
            "Menus completely empty after logging in",
            "Login works but every menu is gone and it says 'access denied' - the whole hospital!",
            "Everyone in {loc} lands on a blank home page, can't place orders or take payments",
            "the permissions service seems dead, whoever logs in has no rights at all",
            "We can sign in but every click says no permission, patients queuing down the hall",
        ),
    ),
    Family(
        "identity/ukey-middleware-broken",
        "P1",
        "ward",
        "ukey-mw",
        "identity_ukey_mw",
        zh=(
            "UKey插上没反应了",
            "昨晚电脑更新后全病区UKey都识别不了，医嘱、病历一个都签不了！",
            "{loc}所有电脑插UKey都提示“未检测到设备”，换了好几个Key都一样",
            "签名控件加载失败，医生全部签不了字，出院病人走不了",
            "不是一个人的问题，整个楼层的电脑都读不到数字证书了",
        ),
        en=(
            "UKeys not detected anymore",
            "Since last night's PC updates no UKey on the ward works - nothing can be signed!",
            "Every PC in {loc} says 'no device detected' with a UKey in, tried several keys",
            "signing plug-in fails to load, no doctor can sign, discharges stuck",
            "It's not one person - no PC on the whole floor can read the digital certificates",
        ),
    ),
    Family(
        "identity/bind-account-expired",
        "P1",
        "ward front office",
        "cas-ldap",
        "identity_bind sso_cas",
        zh=(
            "所有人登录都提示用户名或密码错误",
            "密码明明是对的，全院登录都报认证失败，已经{m}分钟了！",
            "认证平台连域控用的那个服务账号密码过期了，现在谁都登不上",
            "{loc}每个人输对密码也进不去，交班的医生护士都在等",
        ),
        en=(
            "Everyone gets 'wrong username or password'",
            "Passwords are right but every login in the hospital fails, {m} minutes now!",
            "The login platform's directory service account expired, nobody can log in",
            "Nobody in {loc} gets in even with the right password, the incoming shift is waiting",
        ),
    ),
    Family(
        "identity/mfa-server-down",
        "P1",
        "ward front office",
        "mfa",
        "identity_mfa",
        zh=(
            "登录第二步验证过不去",
            "输完密码就卡在动态口令那一步，全院都登不进系统！",
            "双因素认证服务器挂了，医生登录全部失败，门诊停了",
            "{loc}所有人收不到验证码推送，也扫不了码，系统进不去",
            "令牌验证一直提示服务不可用，急诊这边完全没法开单",
        ),
        en=(
            "Can't get past the second login step",
            "Stuck at the one-time code after the password - nobody in the hospital can log in!",
            "Two-factor server down, every doctor login fails, outpatients stopped",
            "No push or QR code verification for anyone in {loc}, can't get into anything",
            "token check keeps saying service unavailable, ER can't place a single order",
        ),
    ),
    Family(
        "identity/password-sync-broken",
        "P2",
        "ward front office",
        "pwd-sync",
        "identity_pwdsync",
        zh=(
            "改了密码以后有的系统进不去",
            "电脑上改完新密码，HIS还得用旧密码才能进",
            "{loc}好几个人改密码后，有的系统认新的有的认旧的",
            "密码同步好像不工作了，先用旧密码顶着",
        ),
        en=(
            "Changed my password and now some systems won't take it",
            "Changed it on the PC but the HIS still only accepts my old password",
            "Several in {loc} changed passwords - some systems want the new one, some the old",
            "password sync seems broken, using old passwords where they still work",
        ),
    ),
    Family(
        "identity/sso-app-relogin",
        "P2",
        "ward imaging",
        "sso-agent",
        "identity_ticket",
        zh=(
            "从HIS跳到影像要重新登录",
            "单点登录以后，点检查结果跳影像系统又要输一遍账号密码",
            "{loc}从病历里打开其他系统老是弹登录框，手动输一遍能进",
            "统一门户点进去几个子系统都提示票据无效",
        ),
        en=(
            "Jumping from HIS to imaging asks me to log in again",
            "Already signed in, but opening results in the imaging system wants my password again",
            "In {loc} opening other systems from the record pops a login box, typing it works",
            "Several apps in the portal say invalid ticket when opened",
        ),
    ),
    Family(
        "identity/session-expiring-early",
        "P2",
        "ward front",
        "sso-session",
        "identity_session",
        zh=(
            "系统几分钟就退出登录",
            "写病历写到一半就被踢出去了，要重新登录，写的还得重来",
            "{loc}最近五分钟不动就掉线，一天要登几十次",
            "会话超时好像被改短了，护士都在抱怨",
        ),
        en=(
            "System logs me out after a few minutes",
            "Got kicked out halfway through a note and had to log in again and redo it",
            "In {loc} five minutes idle and we're logged out, dozens of logins a day",
            "session timeout seems to have been shortened, nurses complaining",
        ),
    ),
    Family(
        "identity/data-scope-too-wide",
        "P2",
        "office ward",
        "iam-scope",
        "identity_scope",
        zh=(
            "能看到别的科室的病人",
            "{loc}医生说能查到全院所有病人的病历，以前只能看本科室的",
            "权限好像放大了，实习生也能看到VIP病人信息",
            "病人隐私有风险，数据权限范围不对，麻烦尽快查一下",
        ),
        en=(
            "I can see other departments' patients",
            "Doctors in {loc} can open any patient's record now, it used to be only their own",
            "permissions look too broad - interns can see VIP patients' details",
            "Data access scope is wrong and it's a privacy risk, please check today",
        ),
    ),
    Family(
        "identity/old-signatures-invalid",
        "P2",
        "office",
        "ca-verify",
        "identity_verify",
        zh=(
            "以前签过的病历显示签名无效",
            "病案室归档的时候，去年签的病历都打红叉，验签不通过",
            "{loc}说换了新CA以后老病历验证签名全部失败",
            "证书链更新后历史电子签名验不过，归档先停了",
        ),
        en=(
            "Old signed records show the signature as invalid",
            "While archiving, records signed last year all show a red cross, verification fails",
            "{loc} says since the CA change old records all fail signature verification",
            "Old e-signatures won't verify since the certificate chain update, archiving paused",
        ),
    ),
    Family(
        "identity/ukey-pin-locked",
        "P3",
        "ward",
        "ukey-client",
        "identity_ukey_pin",
        zh=(
            "UKey密码输错锁了",
            "我的UKey口令输错几次被锁住了，怎么解锁",
            "{loc}一个医生的Key提示PIN码已锁定，先让上级代签了",
            "忘了UKey的密码，能不能重置一下",
        ),
        en=(
            "UKey PIN locked after typos",
            "I typed my UKey PIN wrong a few times and it's locked, how do I unlock it",
            "A doctor in {loc} has 'PIN locked' on their key, senior is co-signing for now",
            "forgot my UKey PIN, can it be reset?",
        ),
    ),
    Family(
        "identity/login-default-dept",
        "P3",
        "ward front",
        "his-login",
        "identity_login_pref",
        zh=(
            "每次登录都要重新选科室",
            "我在两个科室排班，登录默认科室总是错的",
            "{loc}登录界面记不住用户名，每次都要重输",
            "登录后默认进的是以前的病区，要手动切换",
        ),
        en=(
            "Have to pick my department every time I log in",
            "I work in two departments and the default at login is always the wrong one",
            "Login screen in {loc} doesn't remember the username",
            "after login it opens my old ward and I switch by hand",
        ),
    ),
    Family(
        "identity/login-history-request",
        "P3",
        "office",
        "iam-audit",
        "identity_login_audit",
        zh=(
            "想查一下我账号的登录记录",
            "怀疑有人用了我的账号，能不能导出上个月的登录日志",
            "{loc}要做检查，需要某个工号最近三个月的登录记录",
            "能查到这个账号是在哪台电脑登录的吗",
        ),
        en=(
            "Can I see my account's login history?",
            "I think someone used my account, can you export last month's logins?",
            "{loc} needs the last three months of logins for one staff ID for an audit",
            "can you tell which PCs this account logged in from?",
        ),
    ),
    Family(
        "identity/duplicate-accounts-merge",
        "P3",
        "ward office",
        "iam-admin",
        "identity_dup",
        zh=(
            "我有两个工号",
            "调科室以后系统给我新开了一个账号，旧的也还在，想合并",
            "{loc}有个护士两个账号，排班和权限都乱了",
            "同一个人在系统里有两条记录，能不能注销一个",
        ),
        en=(
            "I've got two staff accounts",
            "After my transfer I got a new account and the old one still exists, please merge",
            "A nurse in {loc} has two accounts and her rota and rights are muddled",
            "same person shows twice in the system, can one be retired?",
        ),
    ),
    Family(
        "identity/approval-delegation",
        "P3",
        "office ward",
        "iam-delegate",
        "identity_delegate",
        zh=(
            "主任休假，审批权限想临时授权给副主任",
            "{loc}护士长下周出差，排班审批能不能让别人代",
            "请问怎么设置审批代理人",
            "代理授权到期了能不能自动收回",
        ),
        en=(
            "Head of department on leave, want to delegate approvals to the deputy",
            "Charge nurse in {loc} travelling next week, can someone else approve rotas?",
            "how do I set up an approval delegate?",
            "Can a delegation lapse automatically when it ends?",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "identity_kerberos": (
        """\
Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          {tsw}
Event ID:      4771
Level:         Information
Computer:      dc01.hosp.local
Description:
Kerberos pre-authentication failed.
Account Information:  Account Name: {user}
Network Information:  Client Address: ::ffff:{ip}
Additional Information:  Failure Code: 0x25  Pre-Authentication Type: 2
""",
        """\
Log Name:      System
Source:        Microsoft-Windows-Time-Service
Date:          {tsw}
Event ID:      36
Level:         Warning
Computer:      dc01.hosp.local
Description:
The time service has not synchronized the system time for 86400 seconds because none of the \
time service providers provided a usable time stamp.
{ts} WARN  [ldap-pool-{k}] KerberosAuthenticator - KrbException: Clock skew too great (37) \
for {user}@HOSP.LOCAL, local {tsz} KDC offset {k4}m
""",
    ),
    "identity_authz": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.iam.client.PermissionClient - load permissions for \
{user} failed, returning empty menu
feign.RetryableException: Read timed out executing GET \
http://{app}:8090/authz/api/v1/menus?userId={user}
\tat feign.FeignException.errorExecuting(FeignException.java:268)
Caused by: java.net.SocketTimeoutException: Read timed out
{ts} WARN  [http-nio-8080-exec-{k2}] c.s.iam.filter.AuthzFilter - 403 uri=/his/order/save \
user={user} reason=NO_PERMISSION
""",
        """\
{ts} ERROR [main] c.s.iam.AuthzApplication - permission cache warm-up failed
io.lettuce.core.RedisCommandTimeoutException: Command timed out after 10 second(s)
{ts} WARN  [authz-cache] c.s.iam.cache.PermCache - {n2} role entries missing, {k2} users \
resolved to EMPTY_ROLE
""",
    ),
    "identity_ukey_mw": (
        """\
{ts} [SignAgent] INFO  start 3.{k3}.{k} on {pc}
{ts} [SignAgent] ERROR SKF_EnumDev returned 0x0A000023 (SAR_DEVICE_REMOVED), 0 devices
{ts} [SignAgent] ERROR load CSP 'SM2 UKey CSP v2.0' failed: 0x8009001D
{ts} [SignAgent] ERROR websocket ws://127.0.0.1:{k2}{k3}0 handshake failed, browser plug-in \
not connected
""",
        """\
Log Name:      Application
Source:        Application Error
Date:          {tsw}
Event ID:      1000
Level:         Error
Computer:      {pc}.hosp.local
Description:
Faulting application name: UKeyMonitor.exe, version: 2.1.{k}.0
Faulting module name: mtoken_gm3000.dll, version: 1.{k3}.0.{k2}
Exception code: 0xc0000409
""",
    ),
    "identity_bind": (
        """\
{ts} ERROR [ldap-pool-{k}] o.l.pool.BlockingConnectionPool - unable to initialize pool
org.ldaptive.LdapException: resultCode=INVALID_CREDENTIALS, diagnosticMessage=80090308: \
LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 532, v4563
{ts} ERROR [ldap-pool-{k}] LdapAuthenticator - search bind as svc_cas@hosp.local failed \
(password expired); all authentication requests rejected
{ts} WARN  [http-nio-8443-exec-{k2}] org.apereo.cas.web.flow - {n2} failed logins in last 5 min
""",
    ),
    "identity_mfa": (
        """\
{ts} WARN  [mfa-{k}] c.s.mfa.RadiusOtpProvider - Access-Request to {ip2}:1812 timed out \
(retry 3/3)
{ts} ERROR [mfa-{k}] org.apereo.cas.mfa - provider 'mfa-otp' unavailable, failure mode CLOSED: \
authentication denied for {user}
?{ts} DEBUG [mfa-{k}] c.s.mfa.PushService - push to 手机:{phone} failed: gateway 503
{ts} WARN  [http-nio-8443-exec-{k2}] org.apereo.cas.web.flow - {n2} logins stuck at second step
""",
    ),
    "identity_pwdsync": (
        """\
{ts} [PwdSync] change notification for {user} received from dc01 (PasswordFilter)
{ts} [PwdSync] push to target HIS_USER failed: HTTP 500 from http://{ip2}:8080/his/api/user/pwd
?{ts} [PwdSync] user 姓名:{name} 手机:{phone} queued for retry
{ts} [PwdSync] WARN  retry queue backlog {n2}, oldest {k} h
""",
    ),
    "identity_ticket": (
        """\
{ts} WARN  [http-nio-8443-exec-{k}] o.a.c.t.r.DefaultTicketRegistry - ST-{n}-**** validation \
failed: INVALID_SERVICE ticket does not match supplied service \
https://pacs-web.hosp.local/viewer/
{ts} WARN  [http-nio-8443-exec-{k}] o.a.c.s.DefaultServicesManager - service \
https://pacs-web.hosp.local/viewer/ not found in service registry
{ts} INFO  [sso-agent] redirect {user} to /cas/login (no valid session for target app)
""",
    ),
    "identity_session": (
        """\
{ts} INFO  [admin-{k}] c.s.sso.config - tgt.timeToKillInSeconds changed 1800 -> 300 by {user}
{ts} INFO  [ticket-cleaner] TGT-{k}-**** for {user} expired after 300 s idle
{ts} WARN  [sso-session] {k2} re-login events in last hour (dept {k})
""",
    ),
    "identity_scope": (
        """\
{ts} [IAM] WARN  data scope rule DS_{k2} (本科室) evaluated to ALL for role R_{k}
{ts} [Audit] user {user} (dept {k}) opened record in dept {k2}, scope=ALL
?{ts} [Audit] record 患者:{name} 住院号:{mrn} accessed by {user}
{ts} [IAM] INFO  rule DS_{k2} last modified {tsz} by {user}
""",
    ),
    "identity_verify": (
        """\
{ts} WARN  [verify-{k}] c.s.ca.VerifyService - doc {n} signature verify: certificate chain \
build failed: unable to find issuer CN=HOSP SM2 CA 2021
{ts} WARN  [verify-{k}] c.s.ca.CrlClient - GET http://crl.hosp-ca.local/sm2ca2021.crl 404
{ts} INFO  [verify-{k}] c.s.ca.VerifyService - {k2} of {n2} archived documents INVALID \
(signed before {tsz})
""",
    ),
    "identity_ukey_pin": (
        """\
{ts} [SignAgent] WARN  SKF_VerifyPIN failed 0x0A000024 (SAR_PIN_INCORRECT), retries left {k3}
{ts} [SignAgent] WARN  SKF_VerifyPIN failed 0x0A000025 (SAR_PIN_LOCKED), retries left 0
{ts} [SignAgent] INFO  unblock requires SO PIN, contact CA administrator
""",
    ),
    "identity_login_pref": (
        """\
{ts} [Login] {user} departments=[{k},{k2}] default=null, prompting
{ts} [Login] WARN  save preference for {user} failed: DEFAULT_DEPT_ID {k2} not in user depts
{ts} [Login] INFO  remember-username cookie rejected (SameSite)
""",
    ),
    "identity_login_audit": (
        """\
LOGIN_TIME           USER_ID  CLIENT_IP      HOST          APP   RESULT
{tsz}  {user}   {ip}   {pc}     HIS   SUCCESS
{tsz}  {user}   {ip}   {pc}     EMR   SUCCESS
{tsz}  {user}   {ip}   {pc}     HIS   FAIL(49)
?-- account owner 姓名:{name} 手机:{phone}
({k2} rows selected)
""",
    ),
    "identity_dup": (
        """\
{ts} [IAM] WARN  duplicate identity: accounts {user} and {user}1 share id-card hash {hex}
?{ts} [IAM] DEBUG staff 姓名:{name} 身份证:{idno}
{ts} [IAM] INFO  {user}1 roles [R_{k}] dept {k2}; {user} roles [R_{k2}] dept {k}
{ts} [IAM] INFO  merge requires manual approval
""",
    ),
    "identity_delegate": (
        """\
{ts} [Workflow] approval task {n} assigned to {user} (status ON_LEAVE)
{ts} [Workflow] WARN  no delegation rule for {user}, task waiting {k} h
{ts} [IAM] INFO  delegation {user} -> {user}2 requested, valid to {tsz}
""",
    ),
}
