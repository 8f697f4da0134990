"""Fault families of subsystem `database` (SPEC §3.1): one underlying fault each."""

from __future__ import annotations

from triage.family import Family

FAMILIES: tuple[Family, ...] = (
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
    Family(
        "database/block-corruption",
        "P1",
        "it",
        "his",
        "ora_corrupt",
        zh=(
            "数据库坏块，医嘱表读不出来",
            "HIS报ORA-01578数据块损坏，全院医嘱查询和保存都失败！",
            "数据库有坏块，住院病人信息表读不了，病房全部停了",
            "存储掉电后数据库文件损坏，核心表报错，业务全停",
        ),
        en=(
            "Database block corruption, orders table unreadable",
            "HIS throws ORA-01578 block corrupted - order queries and saves fail everywhere!",
            "corrupt blocks in the inpatient table, every ward has stopped",
            "Datafile damaged after the storage power loss, core tables erroring, all down",
        ),
    ),
    Family(
        "database/max-processes",
        "P1",
        "it",
        "his",
        "ora_procs java_db",
        zh=(
            "数据库连接数满了，新登录全失败",
            "报ORA-00020超过最大进程数，全院谁都登不进HIS！",
            "数据库会话被占满，已经登录的还能用，新开的全部连不上，挂号收费停了",
            "数据库拒绝新连接，所有应用服务器都报获取连接失败",
        ),
        en=(
            "Database connections maxed, every new login fails",
            "ORA-00020 maximum number of processes exceeded - nobody can log into HIS!",
            "DB sessions exhausted, new connections all refused, registration and billing stopped",
            "Database refusing new connections, every app server fails to get one",
        ),
    ),
    Family(
        "database/ag-failover-broken",
        "P1",
        "it",
        "lis",
        "mssql_ag mssql_conn",
        zh=(
            "数据库主备切换后应用连不上",
            "SQL Server AlwaysOn自动切换了，但侦听器连不上，LIS和手麻全断！",
            "可用性组切到备节点后数据库处于“正在解析”状态，所有业务报错",
            "主库宕机切换失败，两个节点都不是主，系统全部停了",
        ),
        en=(
            "Apps can't connect after database failover",
            "AlwaysOn failed over but the listener is unreachable - LIS and anaesthesia down!",
            "availability group stuck in RESOLVING after failover, every app erroring",
            "Primary crashed and failover failed, no node is primary, systems down",
        ),
    ),
    Family(
        "database/temp-space-exhausted",
        "P2",
        "it office",
        "report",
        "ora_temp",
        zh=(
            "大报表跑不出来，报临时表空间不足",
            "月底统计报表一跑就报ORA-01652，小查询正常",
            "{loc}导出全年数据失败，临时段扩展不了",
            "几个复杂查询报临时空间不足，业务操作还正常",
        ),
        en=(
            "Big reports fail with temp space errors",
            "Month-end statistics hit ORA-01652, small queries are fine",
            "Full-year export from {loc} fails, temp segment can't extend",
            "A few heavy queries run out of temp space, daily operations OK",
        ),
    ),
    Family(
        "database/connection-leak",
        "P2",
        "it",
        "emr",
        "ora_sessions java_timeout",
        zh=(
            "数据库会话数一直涨，像是连接泄漏",
            "EMR应用连接数每天涨，到下午部分人报获取连接超时，重启应用就好",
            "数据库INACTIVE会话越来越多，偶尔有人保存失败",
            "连接池经常打满，重试能过",
        ),
        en=(
            "DB session count keeps climbing, looks like a connection leak",
            "EMR connections grow daily, afternoon timeouts for some users, app restart fixes it",
            "more and more INACTIVE sessions on the DB, occasional save failures",
            "Connection pool keeps filling up, retry works",
        ),
    ),
    Family(
        "database/backup-failing",
        "P2",
        "it",
        "db-maint",
        "rman",
        zh=(
            "数据库备份连续几天失败",
            "RMAN全备这三天都失败了，归档日志也没备走，磁盘在涨",
            "数据库备份作业报错，现在没有可用的最新备份",
            "SQL Server差异备份失败，完整备份还正常",
        ),
        en=(
            "Database backups failing for several days",
            "RMAN full backups failed three nights running, archive logs piling up on disk",
            "DB backup job erroring, we have no recent usable backup",
            "SQL Server differential backups failing, fulls still OK",
        ),
    ),
    Family(
        "database/password-expiry-warning",
        "P3",
        "it",
        "db-maint",
        "ora_pwd",
        zh=(
            "数据库账号密码快过期了",
            "报表账号登录提示ORA-28002，密码7天后过期",
            "接口用的数据库账号要改密码，提前安排一下",
            "数据库账号密码策略能不能调整",
        ),
        en=(
            "Database account password expiring soon",
            "Report account logs in with ORA-28002, password expires in 7 days",
            "interface DB account password needs changing, please schedule it",
            "Can the DB account password policy be adjusted?",
        ),
    ),
    Family(
        "database/audit-table-growth",
        "P3",
        "it",
        "db-maint",
        "ora_usage",
        zh=(
            "数据库审计表增长太快",
            "SYSAUX表空间快满了，审计记录占了大头",
            "审计日志要不要定期清理一下",
            "AUD$表已经很大了，提醒一下",
        ),
        en=(
            "Database audit table growing fast",
            "SYSAUX nearly full, mostly audit records",
            "should the audit trail be purged regularly?",
            "AUD$ is getting big, heads-up",
        ),
    ),
    Family(
        "database/index-fragmentation",
        "P3",
        "it",
        "db-maint",
        "mssql_agent",
        zh=(
            "几个索引碎片率很高",
            "巡检发现LIS库几个表的索引碎片超过60%",
            "索引维护作业能不能改到凌晨跑",
            "统计信息有点旧了，提醒下",
        ),
        en=(
            "Several indexes heavily fragmented",
            "Health check: a few LIS tables have index fragmentation over 60%",
            "can the index maintenance job run overnight instead?",
            "Statistics are a bit stale, FYI",
        ),
    ),
    Family(
        "database/mass-update-no-where",
        "P1",
        "it front ward",
        "his-drugbase",
        "database_bad_dml",
        zh=(
            "所有药品价格突然都变成一样了",
            "收费处发现全部药品单价都变成了0.01，已经收错好多笔了！",
            "{loc}在院病人列表突然全空了，医嘱都查不到，怀疑有人误删了数据",
            "实施人员在数据库里改数据没加条件，整张表都被改了，全院收费都不对",
            "药房发药价格全错，问了才知道后台刚跑了一条更新语句",
        ),
        en=(
            "All drug prices suddenly the same",
            "Billing found every drug price is now 0.01, we've already charged lots of patients "
            "wrong!",
            "Inpatient list in {loc} suddenly empty, no orders to be found, someone may have "
            "deleted data",
            "A vendor engineer ran an update with no condition on the live database, the whole "
            "table changed, billing wrong everywhere",
        ),
    ),
    Family(
        "database/shared-pool-hang",
        "P1",
        "it ward front",
        "his-inpatient",
        "database_hang java_timeout",
        zh=(
            "全院系统都卡死了，不报错就是一直转",
            "HIS、电子病历点什么都没反应，也不报错，数据库会话一下涨到两千多！",
            "{loc}所有电脑都卡在“正在查询”，等了十分钟也不动",
            "数据库大量会话在等待，连DBA都登不进去了",
        ),
        en=(
            "Whole hospital frozen, no errors, just spinning",
            "HIS and EMR don't respond to any click, no error, DB sessions jumped past two "
            "thousand!",
            "Every PC in {loc} is stuck on 'querying', ten minutes and nothing",
            "Database sessions all waiting, even the DBA can't log in",
        ),
    ),
    Family(
        "database/pg-xid-wraparound",
        "P1",
        "it front ward",
        "his-pgcore",
        "database_pg_wrap",
        zh=(
            "能查不能存，所有保存都报数据库错误",
            "挂号、收费、医嘱一保存就报“database is not accepting commands”，查询倒是正常！",
            "{loc}所有单据都存不进去，新HIS的数据库拒绝写入",
            "数据库提示要做VACUUM防止回卷，拒绝所有写入，全院收费医嘱全停",
        ),
        en=(
            "Can look things up but nothing saves, database error on every save",
            "Registration, billing and orders all fail on save with 'database is not accepting "
            "commands', lookups still work!",
            "Nothing saves in {loc}, the new HIS database refuses writes",
            "Database demands a VACUUM to avoid wraparound and refuses every write, billing and "
            "orders stopped hospital-wide",
        ),
    ),
    Family(
        "database/app-account-locked",
        "P1",
        "it front ward",
        "his-outpatient",
        "database_acct_lock",
        zh=(
            "HIS登录全部报账户被锁",
            "所有电脑打开HIS都提示ORA-28000账户已锁定，挂号收费全停了！",
            "{loc}突然全部掉线，再登录提示数据库用户被锁",
            "有台旧服务器一直用错密码连数据库，把HIS的应用账号锁了，全院登不进去",
        ),
        en=(
            "Every HIS login says account locked",
            "Every PC opening HIS gets ORA-28000 the account is locked - registration and "
            "billing stopped!",
            "{loc} all dropped out and logging back in says the database user is locked",
            "An old server kept trying the DB with a wrong password and locked the HIS app "
            "account, nobody can log in",
        ),
    ),
    Family(
        "database/mysql-crash-loop",
        "P1",
        "ward it",
        "nis-store",
        "database_mysql_crash",
        zh=(
            "护理系统数据库一直重启",
            "移动护理和护理记录全都连不上，说数据库挂了，护士全部改手写！",
            "{loc}PDA和护士站电脑都报“数据库连接失败”，MySQL起来几秒又崩",
            "护理数据库服务器断电重启后数据库起不来，报数据页损坏",
        ),
        en=(
            "Nursing system database keeps restarting",
            "Mobile nursing and nursing records can't connect, the database is down, nurses on "
            "paper!",
            "PDAs and station PCs in {loc} say database connection failed, MySQL comes up and "
            "crashes again",
            "After a power cut the nursing DB server won't start MySQL, page corruption errors",
        ),
    ),
    Family(
        "database/plan-regression",
        "P2",
        "front it",
        "his-stock",
        "database_plan",
        zh=(
            "药品库存查询突然变得特别慢",
            "从今天早上开始药房查库存要等半分钟，昨天还是秒出，别的功能正常",
            "{loc}有一个查询功能变慢了，DBA说是执行计划变了",
            "昨晚数据库收集了统计信息，今天发药查询就慢了",
        ),
        en=(
            "Drug stock lookup suddenly very slow",
            "Since this morning the pharmacy stock query takes 30 seconds, yesterday it was "
            "instant, everything else fine",
            "One query screen in {loc} got slow, DBA says the execution plan changed",
            "Stats were gathered overnight and today the dispensing lookup crawls",
        ),
    ),
    Family(
        "database/ogg-replicat-abended",
        "P2",
        "it ward",
        "cdr-sync",
        "database_ogg",
        zh=(
            "临床数据中心的数据停在昨天了",
            "医生在患者360视图里看不到今天的化验和医嘱，数据中心同步好像停了",
            "{loc}说数据中心查到的病人信息不是最新的，HIS里是对的",
            "OGG复制进程ABENDED了，数据中心落后好几个小时",
        ),
        en=(
            "Clinical data repository stuck at yesterday",
            "Doctors see no labs or orders from today in the patient 360 view, the data centre "
            "copy seems stopped",
            "{loc} says patient details in the data centre are stale, HIS is correct",
            "OGG replicat ABENDED, the data warehouse is hours behind",
        ),
    ),
    Family(
        "database/client-charset-garbled",
        "P2",
        "front ward it",
        "his-mzjd",
        "database_nls",
        zh=(
            "部分病人名字变成问号了",
            "新建档的病人里有一部分姓名、地址显示成“???”，都是同一台电脑建的",
            "{loc}新装的那台电脑录进去的中文全是乱码，别的电脑正常",
            "数据库里有些记录中文乱码，腕带打出来名字不对，只能手工改",
        ),
        en=(
            "Some patient names turned into question marks",
            "Some new patients have '???' for name and address, all registered on the same PC",
            "Chinese typed on the newly installed PC in {loc} is saved as garbage, other PCs fine",
            "Some records in the database have garbled Chinese, wristbands print wrong names",
        ),
    ),
    Family(
        "database/undo-exhausted-batch",
        "P2",
        "it front",
        "his-nightjob",
        "database_undo",
        zh=(
            "夜里的自动计费没跑完",
            "住院床位费、护理费今天早上发现没自动计上，夜间批处理报错",
            "{loc}说昨晚的日结处理失败了，今天要手工补",
            "晚上的批量作业报undo表空间不足，白天业务正常",
        ),
        en=(
            "Overnight auto-charging didn't finish",
            "Bed and nursing fees weren't charged automatically overnight, the night batch errored",
            "{loc} says last night's day-end close failed, redoing it by hand",
            "Nightly batch job fails on undo tablespace, daytime work fine",
        ),
    ),
    Family(
        "database/rac-node-evicted",
        "P2",
        "it ward front",
        "his-cluster",
        "database_rac",
        zh=(
            "数据库一个节点挂了，一部分人掉线",
            "刚才有一部分电脑HIS突然断开，重新登录又能用，说是数据库集群掉了一个节点",
            "{loc}有人报ORA-03113连接断开，重登就好，但系统明显变慢",
            "RAC二节点被踢出集群，现在全压在一节点上，很卡",
        ),
        en=(
            "One database node down, some users kicked out",
            "Some PCs lost HIS suddenly, logging back in works, apparently a database cluster "
            "node dropped",
            "People in {loc} got ORA-03113 disconnects, re-login fixes it but everything's slower",
            "RAC node 2 evicted from the cluster, all load on node 1, very sluggish",
        ),
    ),
    Family(
        "database/invalid-objects",
        "P3",
        "office it",
        "his-stats",
        "database_invalid",
        zh=(
            "有个统计报表打开报错，说包无效",
            "{loc}月度工作量报表点开提示ORA-04063，其他报表正常",
            "升级后数据库里有几十个无效对象，提醒一下",
            "一个不常用的查询功能报“程序包体有错误”",
        ),
        en=(
            "One statistics report errors with an invalid package",
            "Monthly workload report in {loc} throws ORA-04063, other reports fine",
            "After the upgrade there are dozens of invalid objects in the DB, FYI",
            "A rarely used query screen says 'package body has errors'",
        ),
    ),
    Family(
        "database/listener-log-size",
        "P3",
        "it",
        "db-listener",
        "database_listener_log",
        zh=(
            "数据库监听日志快4个G了",
            "巡检发现listener.log已经3.9G，超过4G监听可能出问题，排个时间清理",
            "监听日志文件太大，能不能设置自动轮转",
            "数据库服务器D盘被监听日志占了不少空间",
        ),
        en=(
            "Database listener log almost 4 GB",
            "Health check found listener.log at 3.9 GB, past 4 GB the listener can misbehave, "
            "please schedule a cleanup",
            "Listener log file too big, can we set up rotation?",
            "Listener logs eating space on the DB server's D drive",
        ),
    ),
    Family(
        "database/stale-login-failures",
        "P3",
        "it",
        "lis-legacy-if",
        "database_login_flood",
        zh=(
            "数据库错误日志里全是登录失败",
            "SQL Server日志每分钟几十条18456，来源是一台已经下线的旧服务器",
            "数据库安全审计报警，有个IP一直用错密码登录",
            "旧的接口服务器还在连数据库，麻烦关掉",
        ),
        en=(
            "DB error log full of failed logins",
            "SQL Server logs dozens of 18456 a minute, all from an old retired server",
            "Database audit alert: one IP keeps logging in with a wrong password",
            "The old interface server still tries to connect to the DB, please switch it off",
        ),
    ),
    Family(
        "database/chinese-sort-order",
        "P3",
        "office front",
        "his-pick",
        "database_sort",
        zh=(
            "下拉列表里的科室排序乱了",
            "{loc}选医生的列表不是按拼音排的，找人很费劲",
            "换了新数据库以后，字典列表的排序和以前不一样",
            "中文名称排序看着没规律",
        ),
        en=(
            "Department drop-down sorted in a weird order",
            "Doctor pick list in {loc} isn't in pinyin order, hard to find people",
            "Since the database migration, dictionary lists sort differently",
            "Chinese names seem to sort randomly",
        ),
    ),
    Family(
        "database/server-clock-drift",
        "P3",
        "it office",
        "db-time",
        "database_clock",
        zh=(
            "数据库服务器时间慢了几分钟",
            "病历里的保存时间比电脑上的时间晚三分钟，查了是数据库服务器时间不准",
            "{loc}说单据上打印的时间和墙上的钟对不上，差几分钟",
            "数据库主机没有同步时间服务器，提醒一下",
        ),
        en=(
            "Database server clock a few minutes slow",
            "Save times in records are three minutes behind the PC clock, the DB server's time "
            "is off",
            "{loc} says printed times on slips are a few minutes off the wall clock",
            "DB host isn't syncing with the time server, FYI",
        ),
    ),
)
# Log kinds only these families use, added to the shared LOG_TEMPLATES of triage/dataset.py.
LOGS: dict[str, tuple[str, ...]] = {
    "database_bad_dml": (
        """\
SQL> update YF_YPJG set LSJ = 0.01;

{n} rows updated.

SQL> commit;

Commit complete.
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.ChargeService - 药品单价异常 0.01, 处方 {n2}
?{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.ChargeService - 患者:{name} 门诊号:{mrn} 应收 0.0{k3}
""",
        """\
SQL> select count(*) from ZY_BRXX as of timestamp (systimestamp - interval '30' minute);

  COUNT(*)
----------
      {n}

SQL> select count(*) from ZY_BRXX;

  COUNT(*)
----------
         0

SQL> select parsing_schema_name, last_active_time, sql_text from v$sql
  2  where sql_text like 'delete%ZY_BRXX%';
SYSTEM    {tsz}    delete from ZY_BRXX
""",
    ),
    "database_hang": (
        """\
SQL> select event, count(*) from v$session where wait_class <> 'Idle' group by event
  2  order by 2 desc;

EVENT                                                              COUNT(*)
---------------------------------------------------------------- ----------
cursor: pin S wait on X                                                {n2}
library cache lock                                                      {k2}
row cache lock                                                          {k}
{tsiso}
WARNING: inbound connection timed out (ORA-3136)
""",
        """\
{tsiso}
Errors in file /u01/app/oracle/diag/rdbms/orcl/orcl1/trace/orcl1_mmon_{pid}.trc:
ORA-04031: unable to allocate {n} bytes of shared memory ("shared pool","unknown object",\
"sga heap(1,0)","KGLH0^{hex}")
{tsiso}
Process m00{k3} died, see its trace file
{tsiso}
WARNING: inbound connection timed out (ORA-3136)
""",
    ),
    "database_pg_wrap": (
        """\
{ts} CST [{pid}] WARNING:  database "his" must be vacuumed within {n} transactions
{ts} CST [{pid}] HINT:  To avoid a database shutdown, execute a database-wide VACUUM in that \
database.
{ts} CST [{pid2}] his_app@his ERROR:  database is not accepting commands to avoid wraparound \
data loss in database "his"
{ts} CST [{pid2}] his_app@his HINT:  Stop the postmaster and vacuum that database in \
single-user mode.
{ts} CST [{pid2}] his_app@his STATEMENT:  INSERT INTO {table} (id, patient_id, status) \
VALUES ($1, $2, $3)
""",
    ),
    "database_acct_lock": (
        """\
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
SQLException, url: jdbc:oracle:thin:@{dbhost}:1521/orcl, errorCode 28000, state 99999
java.sql.SQLException: ORA-28000: The account is locked.
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
SQL> select username, account_status, lock_date from dba_users where username = 'HIS_APP';

USERNAME                       ACCOUNT_STATUS       LOCK_DATE
------------------------------ -------------------- -------------------
HIS_APP                        LOCKED(TIMED)        {tsz}
""",
        """\
SQL> select userhost, returncode, count(*) from dba_audit_session
  2  where username = 'HIS_APP' and timestamp > sysdate - 1/24 group by userhost, returncode;

USERHOST             RETURNCODE   COUNT(*)
-------------------- ---------- ----------
{host}                     1017       {k2}
{pc}                      28000       {n2}
""",
    ),
    "database_mysql_crash": (
        """\
{tsiso} 0 [ERROR] [MY-011906] [InnoDB] Database page corruption on disk or a failed file read \
of page [page id: space={k}, page number={n}]. You may have to recover from a backup.
{tsiso} 0 [ERROR] [MY-011937] [InnoDB] [FATAL] Apparent corruption of an index page \
[page id: space={k}, page number={n}] to be written to data file.
{tsiso} 0 [ERROR] [MY-013183] [InnoDB] Assertion failure: buf0buf.cc:{k2} thread 1398{n}
{tsz} mysqld_safe Number of processes running now: 0
{tsz} mysqld_safe mysqld restarted
""",
    ),
    "database_plan": (
        """\
SQL> select sql_id, plan_hash_value, executions, elapsed_time/executions/1e6 avg_s
  2  from v$sql where sql_id = '{sqlid}';

SQL_ID        PLAN_HASH_VALUE EXECUTIONS      AVG_S
------------- --------------- ---------- ----------
{sqlid}            {n}{k2}        {k2}      {k4}.31
{sqlid}            {n2}{k}       {n}       0.04

| Id  | Operation          | Name     | Rows  | Cost (%CPU)|
|   0 | SELECT STATEMENT   |          |       |  {n} (100)|
|*  1 |  TABLE ACCESS FULL | {table}  | {n}{k} |  {n}   (2)|
""",
    ),
    "database_ogg": (
        """\
GGSCI ({dbhost}) 1> info all

Program     Status      Group       Lag at Chkpt  Time Since Chkpt
MANAGER     RUNNING
EXTRACT     RUNNING     EXTHIS      00:00:02      00:00:05
REPLICAT    ABENDED     RPCDR       0{k3}:{k4}:11      0{k3}:{k4}:40
{tsz}  ERROR   OGG-01296  Oracle GoldenGate Delivery for Oracle, rpcdr.prm:  Error mapping \
from HIS.{table} to CDR.{table}.
{tsz}  ERROR   OGG-00519  Oracle GoldenGate Delivery for Oracle, rpcdr.prm:  Fatal error \
executing DML for table CDR.{table}, operation [INSERT], ORA-00001: unique constraint \
(CDR.PK_{table}) violated
?Discard record: PATIENT_NAME = '{name}' ID_CARD = '{idno}' MOBILE = '{phone}'
{tsz}  ERROR   OGG-01668  Oracle GoldenGate Delivery for Oracle, rpcdr.prm:  PROCESS ABENDING.
""",
    ),
    "database_nls": (
        """\
SQL> select id, name, dump(name) from ZY_BRXX where create_pc = '{pc}' and rownum < 3;

        ID NAME       DUMP(NAME)
---------- ---------- ----------------------------------------
      {n} ???        Typ=1 Len=3: 63,63,63
SQL> select value from nls_database_parameters where parameter = 'NLS_CHARACTERSET';
ZHS16GBK
C:\\Users\\{user}>reg query HKLM\\SOFTWARE\\WOW6432Node\\ORACLE\\KEY_OraClient11g_home1 \
/v NLS_LANG
    NLS_LANG    REG_SZ    AMERICAN_AMERICA.WE8MSWIN1252
?{ts} [WARN ] {exe} 姓名校验失败 原值:{name} 存储值:??? 身份证:{idno}
""",
    ),
    "database_undo": (
        """\
{ts} INFO  [quartz-{k3}] c.s.{pkg}.job.AutoChargeJob - 自动计费开始 病区数={k}
?{ts} DEBUG [quartz-{k3}] c.s.{pkg}.job.AutoChargeJob - 处理 患者:{name} 住院号:{mrn}
{ts} ERROR [quartz-{k3}] c.s.{pkg}.job.AutoChargeJob - 自动计费失败 已处理 {k2}/{n}
java.sql.SQLException: ORA-30036: unable to extend segment by 8 in undo tablespace 'UNDOTBS1'
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
\tat com.smarthos.{pkg}.job.AutoChargeJob.execute(AutoChargeJob.java:{k2})
""",
        """\
{tsiso}
ORA-01555 caused by SQL statement below (SQL ID: {sqlid}, Query Duration={n2} sec, \
SCN: 0x0000.{hex}):
SELECT * FROM {table} WHERE SETTLE_DATE = :B1
{ts} ERROR [quartz-{k3}] c.s.{pkg}.job.DayEndJob - 日结失败: ORA-01555: snapshot too old: \
rollback segment number {k} with name "_SYSSMU{k}_{n}$" too small
""",
    ),
    "database_rac": (
        """\
{tsiso}
[cssd({pid})]CRS-1612:Network communication with node orcl2 (2) missing for 50% of timeout \
interval.  Removal of this node from cluster in 14.{k3}0 seconds
{tsiso}
[cssd({pid})]CRS-1607:Node orcl2 is being evicted in cluster incarnation {n}; details at \
(:CSSNM00007:) in /u01/app/grid/diag/crs/orcl1/crs/trace/ocssd.trc.
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - query {table} failed: \
ORA-03113: end-of-file on communication channel
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - 患者:{name} 住院号:{mrn}
""",
        """\
[grid@{dbhost} ~]$ crsctl stat res -t | grep -A2 ora.orcl.db
ora.orcl.db
      1        ONLINE  ONLINE       orcl1                    Open,HOME=/u01/app/oracle
      2        ONLINE  OFFLINE                               STABLE
{ts} WARN  [HikariPool-1 housekeeper] c.z.h.pool.HikariPool - HikariPool-1 - Failed to \
validate connection (ORA-25408: can not safely replay call)
""",
    ),
    "database_invalid": (
        """\
SQL> select owner, object_type, count(*) from dba_objects where status = 'INVALID'
  2  group by owner, object_type;

OWNER      OBJECT_TYPE     COUNT(*)
---------- --------------- --------
HIS        PACKAGE BODY         {k3}
HIS        VIEW                 {k}
{ts} ERROR [report-pool-{k3}] c.s.{pkg}.ReportService - ORA-04063: package body \
"HIS.PKG_WORKLOAD_STAT" has errors
ORA-06508: PL/SQL: could not find program unit being called: "HIS.PKG_WORKLOAD_STAT"
""",
    ),
    "database_listener_log": (
        """\
D:\\app\\oracle\\diag\\tnslsnr\\{dbhost}\\listener\\trace>dir listener.log
{tsw}     4,18{k3},{n2},{k2} listener.log
D:\\>lsnrctl status | findstr "Log"
Listener Log File         D:\\app\\oracle\\diag\\tnslsnr\\{dbhost}\\listener\\alert\\log.xml
""",
    ),
    "database_login_flood": (
        """\
{tsq} Logon       Error: 18456, Severity: 14, State: 8.
{tsq} Logon       Login failed for user 'lis_if'. Reason: Password did not match that for \
the login provided. [CLIENT: {ip}]
{tsq} Logon       Error: 18456, Severity: 14, State: 8.
{tsq} Logon       Login failed for user 'lis_if'. Reason: Password did not match that for \
the login provided. [CLIENT: {ip}]
{tsq} Logon       Error: 18456, Severity: 14, State: 5.
{tsq} Logon       Login failed for user 'sa'. Reason: Could not find a login matching the \
name provided. [CLIENT: {ip}]
""",
    ),
    "database_sort": (
        """\
SQL> show parameter nls_sort

NAME                                 TYPE        VALUE
------------------------------------ ----------- ------------------------------
nls_sort                             string      BINARY
SQL> select dept_name from dict_dept order by dept_name fetch first 4 rows only;

DEPT_NAME
--------------------
中医科
儿科
内分泌科
心内科
""",
    ),
    "database_clock": (
        """\
[root@{dbhost} ~]# chronyc tracking
Reference ID    : 00000000 ()
Stratum         : 0
System time     : 1{k4}.{k2} seconds slow of NTP time
Leap status     : Not synchronised
[root@{dbhost} ~]# systemctl is-active chronyd
inactive
SQL> select to_char(sysdate, 'yyyy-mm-dd hh24:mi:ss') from dual;
{tsz}
""",
    ),
}
