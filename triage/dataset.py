"""Deterministic labelled cases for the triage classifier, built from fault families.

A family is one underlying fault with one subsystem and one tier, worded several ways in
Chinese and English. Cases combine a wording with tier-matched context fragments and, for
half of them, a log excerpt in a format the field produces. Every personal datum in the logs
(names, resident ID numbers, mobile numbers, record numbers) is fabricated at random.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from triage.families import FAMILIES, LOGS
from triage.family import Family

CASES_PER_FAMILY = 12
MIN_FAMILIES_PER_CELL = 10
BARE_SHARE = 0.3  # cases that are just the wording, like a ticket title
PII_SHARE = 0.4  # of logs whose template has a personal-data line: ~10% of all logs
COMPOSE_TRIES = 12

# --------------------------------------------------------------------------- text fragments

PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "ward": (
        ("急诊", "the ER"),
        ("ICU", "ICU"),
        ("手术室", "the OR"),
        ("5病区", "Ward 5"),
        ("心内科病房", "the cardiology ward"),
        ("12病区", "Ward 12"),
        ("儿科病房", "the paediatric ward"),
        ("产科", "maternity"),
        ("神经外科", "neurosurgery"),
        ("EICU", "EICU"),
    ),
    "front": (
        ("门诊收费处", "outpatient billing"),
        ("挂号窗口", "the registration desk"),
        ("急诊挂号", "ER registration"),
        ("入院处", "admissions"),
        ("门诊药房", "the outpatient pharmacy"),
        ("住院收费处", "inpatient billing"),
    ),
    "lab": (
        ("检验科", "the lab"),
        ("急诊检验", "the stat lab"),
        ("生化室", "chemistry"),
        ("微生物室", "microbiology"),
        ("门诊采血处", "outpatient phlebotomy"),
    ),
    "imaging": (
        ("放射科", "radiology"),
        ("CT室", "CT"),
        ("磁共振室", "MRI"),
        ("超声科", "ultrasound"),
        ("急诊影像", "ER imaging"),
    ),
    "office": (
        ("医务科", "medical affairs"),
        ("财务科", "finance"),
        ("门诊办公室", "the outpatient office"),
        ("病案室", "medical records"),
        ("护理部", "the nursing department"),
    ),
    "it": (("信息科", "IT"), ("信息中心", "the IT centre")),
}
ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    "ward": (
        ("护士站", "nurse station"),
        ("护士长", "charge nurse"),
        ("值班医生", "doctor on call"),
    ),
    "front": (("收费员", "cashier"), ("窗口", "front desk"), ("组长", "shift lead")),
    "lab": (("技师", "lab tech"), ("值班", "on-call tech")),
    "imaging": (("技师", "radiographer"), ("医生", "radiologist")),
    "office": (("干事", "admin"), ("主任", "head of department")),
    "it": (("值班工程师", "on-call engineer"), ("运维", "ops")),
}
WARD_NUMBERS = (3, 5, 7, 8, 11, 12, 15, 21)

OPENERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("P1", "zh"): ("紧急！", "【紧急】", "急！！", "救命，", "快来人！"),
    ("P1", "en"): ("URGENT:", "Help!", "Emergency -", "PLEASE HELP:"),
    ("P2", "zh"): ("你好，", "麻烦看一下，", "信息科你好，", "报个故障："),
    ("P2", "en"): ("Hi IT,", "Hi,", "Reporting an issue:", "Hello -"),
    ("P3", "zh"): ("不急，", "麻烦问一下，", "有个小问题，", "您好，"),
    ("P3", "en"): ("Not urgent -", "Quick one:", "Hi team,", "Small thing:"),
}
IMPACTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("P1", "zh"): (
        "所有人都用不了。",
        "不是一台电脑的问题，全部都这样。",
        "病人在排队，业务完全停了！",
        "现在只能手写，完全没法干活。",
        "已经{m}分钟了还没好！",
        "重启了也没用，全部都不行。",
    ),
    ("P1", "en"): (
        "Nobody can work.",
        "It's not one PC, it's all of them.",
        "Patients are waiting and everything has stopped!",
        "We're on paper and can't keep up.",
        "It's been {m} minutes and still down!",
        "Rebooting didn't help, everything is down.",
    ),
    ("P2", "zh"): (
        "暂时用别的办法顶着，但效率很低。",
        "重启后能好一会儿，过会儿又不行。",
        "不是全部，部分还能用。",
        "先手工补录着，撑不了太久。",
        "时好时坏，已经影响工作了。",
        "能用但很折腾，麻烦尽快看看。",
    ),
    ("P2", "en"): (
        "We have a workaround but it's slowing us down.",
        "A restart fixes it for a bit, then it comes back.",
        "Not everything, some of it works.",
        "Doing it by hand for now.",
        "It comes and goes, but it's hurting our workflow.",
        "Usable but painful.",
    ),
    ("P3", "zh"): (
        "不影响使用。",
        "其他功能都正常。",
        "方便的时候处理一下就行。",
        "不着急，下周处理也可以。",
        "就是看着别扭。",
    ),
    ("P3", "en"): (
        "Doesn't stop us working.",
        "Everything else is fine.",
        "Whenever you get a chance.",
        "No rush, next week is fine.",
        "Just annoying.",
        "Low priority.",
    ),
}
ASKS: dict[tuple[str, str], tuple[str, ...]] = {
    ("P1", "zh"): (
        "请马上派人来！",
        "电话一直打不通，请速回！",
        "请立即处理！！",
        "急需工程师到场！",
    ),
    ("P1", "en"): (
        "Send someone now please!",
        "Call me back ASAP.",
        "Need an engineer on site now!",
        "Please escalate!",
    ),
    ("P2", "zh"): ("麻烦尽快处理。", "请今天内看一下。", "有结果回个电话，分机{ext}。"),
    ("P2", "en"): (
        "Please look at it today.",
        "Please fix soon.",
        "Call ext. {ext} with an update.",
    ),
    ("P3", "zh"): ("有空看看，谢谢。", "谢谢！", "麻烦排个期。"),
    ("P3", "en"): ("Thanks!", "Thanks in advance.", "Whenever convenient."),
}
WHENS: dict[str, tuple[str, ...]] = {
    "zh": (
        "从早上8点多开始的。",
        "刚刚出现的。",
        "交接班以后就这样了。",
        "昨晚夜班就有人说过。",
        "大概{m}分钟前开始。",
        "今天上午开始的。",
        "更新以后就这样了。",
    ),
    "en": (
        "Started around 8 this morning.",
        "Just started.",
        "Since shift change.",
        "Night shift mentioned it too.",
        "Started about {m} minutes ago.",
        "Since this morning.",
        "Started after the update.",
    ),
}
TAGS: dict[str, str] = {"zh": "【{bare}】", "en": "[{bare}] "}
SIGNATURES: dict[str, tuple[str, ...]] = {
    "zh": ("——{bare}{role}", "（{bare} {role}）", "{bare}{role}，分机{ext}"),
    "en": ("- {role}, {bare}", "({bare} {role})", "{role}, {bare}, ext. {ext}"),
}
SENTENCE_END: dict[str, str] = {"zh": "。！？!?，：:】", "en": ".!?:,-"}

# --------------------------------------------------------------------------- log templates
# A line starting with "?" carries personal data and is kept only in logs chosen for it.
# A line is stamped with the advancing clock when it uses any {ts...} placeholder.

_SHARED_LOG_TEMPLATES: dict[str, tuple[str, ...]] = {
    "java_db": (
        """\
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.web.ApiController - POST /{app}/api/save user={user}
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.web.ApiController - 患者:{name} MRN:{mrn}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.CoreService - 数据库连接失败
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; \
nested exception is java.sql.SQLRecoverableException: IO Error: The Network Adapter could not \
establish the connection
\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:82)
\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:612)
\tat com.smarthos.{pkg}.dao.BaseDao.query(BaseDao.java:{k2})
Caused by: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish \
the connection
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:801)
\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)
Caused by: java.net.ConnectException: Connection refused (Connection refused)
""",
        """\
{ts} WARN  [HikariPool-1 connection adder] c.z.h.pool.HikariPool - HikariPool-1 - Connection is \
not available, request timed out after 30000ms.
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - 服务异常 \
uri=/{app}/api/list
org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException\
(HibernateJpaDialect.java:277)
\tat com.smarthos.{pkg}.service.impl.QueryServiceImpl.list(QueryServiceImpl.java:{k2})
Caused by: java.sql.SQLException: ORA-12170: TNS:Connect timeout occurred
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:774)
\t... 58 common frames omitted
{ts} WARN  [HikariPool-1 housekeeper] c.z.h.pool.HikariPool - HikariPool-1 - Pool stats \
(total=0, active=0, idle=0, waiting={k})
""",
    ),
    "java_timeout": (
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.aop.CostAspect - slow request {ms}ms \
uri=/{app}/api/submit
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - request failed
java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request \
timed out after 30000ms.
\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)
\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)
\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)
\tat com.smarthos.{pkg}.dao.BaseDao.query(BaseDao.java:{k2})
?{ts} DEBUG [http-nio-8080-exec-{k}] c.s.{pkg}.aop.CostAspect - args: 姓名={name} 手机={phone}
""",
        """\
{ts} INFO  [pool-3-thread-{k}] c.s.{pkg}.client.RemoteClient - POST http://{ip2}:8081/api/v1/sync
{ts} ERROR [pool-3-thread-{k}] c.s.{pkg}.client.RemoteClient - call failed after {ms}ms
java.net.SocketTimeoutException: Read timed out
\tat java.net.SocketInputStream.socketRead0(Native Method)
\tat java.net.SocketInputStream.read(SocketInputStream.java:171)
\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)
\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)
\tat com.smarthos.{pkg}.client.RemoteClient.post(RemoteClient.java:{k2})
{ts} WARN  [pool-3-thread-{k}] c.s.{pkg}.client.RemoteClient - retry 3/3 exhausted
""",
    ),
    "java_npe": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - 系统异常 \
uri=/{app}/api/query
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.web.GlobalExceptionHandler - 病人:{name} 住院号:{mrn}
java.lang.NullPointerException: null
\tat com.smarthos.{pkg}.service.impl.QueryServiceImpl.build(QueryServiceImpl.java:{k2})
\tat com.smarthos.{pkg}.service.impl.QueryServiceImpl.list(QueryServiceImpl.java:{k})
\tat sun.reflect.GeneratedMethodAccessor{k}.invoke(Unknown Source)
\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed\
(ReflectiveMethodInvocation.java:186)
\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1067)
""",
    ),
    "java_oom": (
        """\
{ts} WARN  [jvm-monitor] c.s.{pkg}.monitor.JvmMonitor - heap used 97% (7.8G/8G), full GC {k} \
times in 10 min
{ts} ERROR [http-nio-8080-exec-{k}] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() \
threw exception
java.lang.OutOfMemoryError: GC overhead limit exceeded
\tat java.util.Arrays.copyOf(Arrays.java:3332)
\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)
\tat com.fasterxml.jackson.databind.ObjectMapper.writeValueAsString(ObjectMapper.java:3316)
\tat com.smarthos.{pkg}.service.CoreService.export(CoreService.java:{k2})
{ts} ERROR [main] c.s.{pkg}.Application - java.lang.OutOfMemoryError: Java heap space
""",
    ),
    "ora_tns": (
        """\
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
SQLException, url: jdbc:oracle:thin:@{dbhost}:1521/orcl, errorCode 12541, state 08006
java.sql.SQLRecoverableException: Listener refused the connection with the following error:
ORA-12541, TNS:no listener
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:774)
\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:688)
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
holder error, retry {k}
""",
        """\
[oracle@{dbhost} ~]$ tnsping ORCL
TNS Ping Utility for Linux: Version 19.0.0.0.0 - Production on {tsz}
Attempting to contact (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={ip2})(PORT=1521))\
(CONNECT_DATA=(SERVICE_NAME=orcl)))
TNS-12541: TNS:no listener
[oracle@{dbhost} ~]$ sqlplus his_app@ORCL
ERROR:
ORA-12514: TNS:listener does not currently know of service requested in connect descriptor
""",
    ),
    "ora_lock": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - update {table} failed
org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; \
SQL [UPDATE {table} SET STATUS = ? WHERE ID = ?]; ORA-00060: deadlock detected while waiting \
for resource
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - params: [1, {n}] 患者:{name}
\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate\
(SQLErrorCodeSQLExceptionTranslator.java:267)
\tat com.smarthos.{pkg}.dao.BaseDao.update(BaseDao.java:{k2})
Caused by: java.sql.SQLException: ORA-00060: deadlock detected while waiting for resource
""",
        """\
SQL> select sid, blocking_session, event, seconds_in_wait from v$session \
where blocking_session is not null;

       SID BLOCKING_SESSION EVENT                            SECONDS_IN_WAIT
---------- ---------------- -------------------------------- ---------------
       {k}             {k2} enq: TX - row lock contention                {ms}
       {k2}            {k} enq: TX - row lock contention                 {ms}
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - ORA-00054: resource busy and acquire \
with NOWAIT specified or timeout expired
""",
    ),
    "ora_space": (
        """\
{tsiso}
ORA-1653: unable to extend table HIS.{table} by 8192 in tablespace HIS_DATA
{tsiso}
ORA-1653: unable to extend table HIS.{table} by 8192 in tablespace HIS_DATA
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - insert {table} failed
java.sql.SQLException: ORA-01653: unable to extend table HIS.{table} by 8192 in tablespace HIS_DATA
""",
        """\
{tsiso}
ARC1: Archival stopped, error occurred. Will continue retrying
ORA-19809: limit exceeded for recovery files
ORA-19804: cannot reclaim 2147483648 bytes disk space from 429496729600 bytes limit
{tsiso}
ORA-00257: Archiver error. Connect AS SYSDBA only until resolved.
""",
    ),
    "ora_slow": (
        """\
{ts} WARN  [http-nio-8080-exec-{k}] c.s.{pkg}.interceptor.SqlCostInterceptor - 慢SQL 耗时{ms}ms
    SELECT a.*, b.DEPT_NAME FROM {table} a LEFT JOIN DICT_DEPT b ON a.DEPT_ID = b.ID
    WHERE a.CREATE_TIME >= :1 AND a.CREATE_TIME < :2 ORDER BY a.CREATE_TIME DESC
{ts} WARN  [http-nio-8080-exec-{k2}] c.s.{pkg}.interceptor.SqlCostInterceptor - 慢SQL 耗时{ms2}ms
{ts} INFO  [http-nio-8080-exec-{k}] c.s.{pkg}.web.ApiController - /api/list rows={n} cost={ms}ms
""",
        """\
SQL_ID        EXECUTIONS ELAPSED_S  BUFFER_GETS SQL_TEXT
------------- ---------- --------- ------------ ----------------------------------------
{sqlid}           {k}      {k2}.4     {n}{k} SELECT * FROM {table} WHERE PATIENT_ID = :B1
{sqlid2}          {k2}      {k}.9      {n2} UPDATE {table} SET FLAG = :B2 WHERE ID = :B1
""",
    ),
    "ora_usage": (
        """\
SQL> @ts_usage.sql
TABLESPACE_NAME      TOTAL_MB    USED_MB  PCT_USED
-------------------- -------- ---------- ---------
HIS_DATA               409600     331776     81.00
HIS_INDEX              204800     141312     69.00
SYSAUX                  32768      30146     92.00
{tsiso} GATHER_STATS_JOB: ORA-20000: Unable to analyze TABLE "HIS"."{table}", insufficient \
privileges or does not exist
""",
    ),
    "mssql_conn": (
        """\
{ts} [ERROR] {exe} 数据库连接失败
System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error \
occurred while establishing a connection to SQL Server. The server was not found or was not \
accessible. (provider: TCP Provider, error: 0 - 远程主机强迫关闭了一个现有的连接。)
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity)
   at System.Data.SqlClient.SqlConnection.Open()
   at {ns}.Data.DbHelper.Open()
ClientConnectionId:{guid}
Error Number:10054,State:0,Class:20
""",
        """\
{tsq} Logon       Error: 18456, Severity: 14, State: 38.
{tsq} Logon       Login failed for user '{user}'. Reason: Failed to open the explicitly \
specified database 'HIS'. [CLIENT: {ip}]
{tsq} spid{k}      SQL Server is terminating because of a system shutdown.
{tsq} Server      SQL Server is not ready to accept new client connections. Wait a few minutes.
""",
    ),
    "mssql_deadlock": (
        """\
Msg 1205, Level 13, State 51, Line 1
Transaction (Process ID {k}) was deadlocked on lock resources with another process and has been \
chosen as the deadlock victim. Rerun the transaction.
{tsq} spid{k}      Error: 1205, Severity: 13, State: 51.
{tsq} spid{k2}     Process ID {k2} was blocking {k} for {ms} ms on dbo.{table}
""",
        """\
{ts} [ERROR] {exe} 保存失败
System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID {k}) was deadlocked on \
lock resources with another process and has been chosen as the deadlock victim. Rerun the \
transaction.
   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection)
   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()
   at {ns}.Data.ChargeRepository.Save(ChargeBill bill)
?{ts} [DEBUG] {exe} bill owner 患者:{name} 身份证:{idno}
ClientConnectionId:{guid}
Error Number:1205,State:51,Class:13
""",
    ),
    "mssql_full": (
        """\
{tsq} spid{k}      Error: 9002, Severity: 17, State: 2.
{tsq} spid{k}      The transaction log for database 'HIS' is full due to 'LOG_BACKUP'.
Msg 9002, Level 17, State 2, Line 1
The transaction log for database 'HIS' is full due to 'LOG_BACKUP'.
{tsq} spid{k2}     Could not allocate space for object 'dbo.{table}' in database 'HIS' \
because the 'PRIMARY' filegroup is full.
""",
    ),
    "mssql_agent": (
        """\
Date        {tsw}
Log         Job History (IndexOptimize - USER_DATABASES)
Step ID     1
Server      {dbhost}
Job Name    IndexOptimize - USER_DATABASES
Duration    01:12:44
Message
Executed as user: NT SERVICE\\SQLSERVERAGENT. Lock request time out period exceeded. \
[SQLSTATE HY000] (Error 1222).  The step failed.
""",
    ),
    "mysql_lock": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.mapper.BillMapper.updateStatus - ==> failed
### Error updating database.  Cause: com.mysql.cj.jdbc.exceptions.\
MySQLTransactionRollbackException: Lock wait timeout exceeded; try restarting transaction
### The error may involve com.smarthos.{pkg}.mapper.BillMapper.updateStatus-Inline
### SQL: UPDATE {table} SET status = ? WHERE id = ?
### Cause: Lock wait timeout exceeded; try restarting transaction
""",
        """\
mysql> UPDATE {table} SET status = 2 WHERE id = {n};
ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction
mysql> SELECT trx_id, trx_state, trx_started, trx_mysql_thread_id FROM \
information_schema.innodb_trx;
| {n2} | LOCK WAIT | {tsz} | {k} |
| {n}  | RUNNING   | {tsz} | {k2} |
""",
    ),
    "mysql_slow": (
        """\
# Time: {tsiso}
# User@Host: report[report] @  [{ip}]  Id: {k}
# Query_time: {k4}.418  Lock_time: 0.000  Rows_sent: {k}  Rows_examined: {n}{n2}
SET timestamp=1764115200;
SELECT dept_id, COUNT(*) FROM {table} WHERE create_time BETWEEN ? AND ? GROUP BY dept_id;
""",
    ),
    "mysql_repl": (
        """\
mysql> SHOW SLAVE STATUS\\G
*************************** 1. row ***************************
               Slave_IO_State: Waiting for master to send event
                  Master_Host: {ip2}
             Slave_IO_Running: Yes
            Slave_SQL_Running: Yes
        Seconds_Behind_Master: {ms}
                   Last_Error:
""",
    ),
    "pg_lock": (
        """\
{ts} CST [{pid}] his_app@his ERROR:  deadlock detected
{ts} CST [{pid}] his_app@his DETAIL:  Process {pid} waits for ShareLock on transaction {n}; \
blocked by process {pid2}.
\tProcess {pid2} waits for ShareLock on transaction {n2}; blocked by process {pid}.
{ts} CST [{pid}] his_app@his HINT:  See server log for query details.
{ts} CST [{pid}] his_app@his STATEMENT:  UPDATE {table} SET status = $1 WHERE id = $2
""",
    ),
    "pg_full": (
        """\
{ts} CST [{pid}] his_app@his ERROR:  could not extend file "base/16384/{n}": No space left on \
device
{ts} CST [{pid}] his_app@his HINT:  Check free disk space.
{ts} CST [{pid2}] LOG:  could not write to log file: No space left on device
{ts} CST [{pid2}] PANIC:  could not write to file "pg_wal/xlogtemp.{pid2}": No space left on device
{ts} CST [1] LOG:  WAL writer process (PID {pid2}) was terminated by signal 6: Aborted
""",
    ),
    "pg_slow": (
        """\
{ts} CST [{pid}] pacs@pacsdb LOG:  duration: {ms}.551 ms  statement: SELECT s.* FROM study s \
JOIN series se ON se.study_fk = s.pk WHERE s.patient_fk = $1 ORDER BY s.study_datetime DESC
{ts} CST [{pid2}] pacs@pacsdb LOG:  duration: {ms2}.102 ms  execute <unnamed>: SELECT * FROM \
instance WHERE series_fk = $1
{ts} CST [{pid}] pacs@pacsdb LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.0", \
size 1073741824
""",
    ),
    "pg_repl": (
        """\
report=# SELECT now() - pg_last_xact_replay_timestamp() AS replay_lag;
   replay_lag
-----------------
 01:0{k3}:{k4}.{n}
(1 row)
{ts} CST [{pid}] LOG:  recovery restart point at 3A/{hex}
""",
    ),
    "pg_checkpoint": (
        """\
{ts} CST [{pid}] LOG:  checkpoints are occurring too frequently ({k3} seconds apart)
{ts} CST [{pid}] HINT:  Consider increasing the configuration parameter "max_wal_size".
{ts} CST [{pid2}] LOG:  automatic vacuum of table "his.public.{table}": index scans: 1
""",
    ),
    "hl7_ae": (
        """\
{ts} [{chan}] sending control id {cid} to {ip2}:6661
MSH|^~\\&|HIS|HOSP|LIS|LAB|{tsh}||ORM^O01^ORM_O01|{cid}|P|2.4
?{ts} [{chan}] order for 患者:{name} 住院号:{mrn}
{ts} [{chan}] received ACK
MSH|^~\\&|LIS|LAB|HIS|HOSP|{tsh}||ACK^O01^ACK|{cid2}|P|2.4
MSA|AE|{cid}|Patient not found
ERR||PID^1^3^1|204^Unknown key identifier^HL70357|E
""",
        """\
{ts} [{chan}] sending control id {cid} to {ip2}:2575
MSH|^~\\&|HIS|HOSP|PACS|RIS|{tsh}||ADT^A02^ADT_A02|{cid}|P|2.5
MSH|^~\\&|PACS|RIS|HIS|HOSP|{tsh}||ACK^A02^ACK|{cid2}|P|2.5
MSA|AR|{cid}|Application record locked
ERR||PV1^1^3|207^Application internal error^HL70357|E
{ts} [{chan}] message {cid} rejected, queued for retry
""",
    ),
    "mllp": (
        """\
{ts} WARN  [mllp-client-{k}] MllpClient - no ACK from {ip2}:6661 within 30000 ms, control id {cid}
{ts} ERROR [mllp-client-{k}] MllpClient - MLLP timeout, message queued for retry (attempt {k3}/5)
{ts} ERROR [mllp-client-{k}] java.net.SocketTimeoutException: Read timed out
{ts} INFO  [mllp-client-{k}] MllpClient - outbound queue depth {n}
""",
    ),
    "engine": (
        """\
[{tsc}]  ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:{k}): Error sending message via \
TCP Sender. Channel: {chan}
com.mirth.connect.connectors.tcp.TcpDispatcherException: Timeout waiting for response
?[{tsc}]  DEBUG (com.mirth.connect.donkey.server.channel.Channel:{k}): payload 患者:{name} \
身份证:{idno}
[{tsc}]  WARN  (com.mirth.connect.donkey.server.queue.ConnectorMessageQueue:{k2}): Queue size \
for {chan} destination 1 is {n}
[{tsc}]  ERROR (com.mirth.connect.server.controllers.DonkeyEngineController:{k}): Error \
deploying channel {chan}.
""",
        """\
{ts} [ESB] 服务 {chan} 调用失败: 目标系统无响应 ({ip2}:8080)
{ts} [ESB] 消息 {cid} 进入重试队列 (3/3)
{ts} [ESB] 线程池已满 active=200 queue={n}
{ts} [ESB] 服务 {chan} 已熔断 60s
""",
    ),
    "engine_stats": (
        """\
[{tsc}]  INFO  (AlertWorker:{k}): Alert "ADT errors" sent to it-oncall@hosp.local \
(duplicates suppressed: 0)
[{tsc}]  INFO  (AlertWorker:{k}): Alert "ADT errors" sent to it-oncall@hosp.local \
(duplicates suppressed: 0)
[{tsc}]  INFO  (ChannelStatistics:{k2}): {chan} received={n} filtered={k} errored=0
[{tsc}]  WARN  (DashboardService:{k2}): statistics cache refresh took {ms} ms
""",
    ),
    "mq": (
        """\
{ts} WARN  [AMQP Connection {ip2}:5672] o.s.a.r.c.CachingConnectionFactory - Channel shutdown: \
connection error
{ts} ERROR [org.springframework.amqp.rabbit.RabbitListenerEndpointContainer#0-{k}] \
o.s.a.r.l.SimpleMessageListenerContainer - Consumer raised exception, processing can restart
{ts} WARN  [mq-monitor] c.s.{pkg}.mq.QueueMonitor - queue {app}.outbound ready={n} consumers=0
""",
        """\
$ rabbitmqctl list_queues name messages consumers
Timeout: 60.0 seconds ...
Listing queues for vhost / ...
{app}.outbound      {n}     0
{app}.alarm         {n2}    0
{app}.dlq           {k}     1
""",
    ),
    "fhir": (
        """\
{ip} - - [{tsn}] "GET /fhir/Patient?identifier={k}{n} HTTP/1.1" 500 312 "-" "okhttp/4.9.3"
{ts} ERROR [http-nio-8090-exec-{k}] c.s.fhir.gw.ExceptionAdvice - HAPI-0389: Failed to call \
access method: java.sql.SQLTimeoutException: ORA-01013
{{"resourceType":"OperationOutcome","issue":[{{"severity":"error","code":"exception",\
"diagnostics":"HAPI-0389: Failed to call access method"}}]}}
?{ip} - - [{tsn}] "GET /fhir/Patient?idcard={idno}&phone={phone} HTTP/1.1" 500 312 "-" \
"okhttp/4.9.3"
{ip} - - [{tsn}] "GET /fhir/DiagnosticReport?patient={k} HTTP/1.1" 200 8841 "-" "okhttp/4.9.3"
""",
    ),
    "dicom_store": (
        """\
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) >> A-ASSOCIATE-RQ
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) << A-ASSOCIATE-AC
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) >> 1:C-STORE-RQ[pcid=1, prior=0
  cuid=1.2.840.10008.5.1.4.1.1.2 - CT Image Storage
  iuid={uid}]
{ts} INFO  [StoreSCU] {scu}->{ae}({k}) << 1:C-STORE-RSP[pcid=1, status=a700H
  errorComment=Out of Resources - storage unavailable
  iuid={uid}]
?{ts} INFO  [StoreSCU] 患者:{name} 病历号:{mrn} series {k2} images {n}
{ts} ERROR [StoreSCU] Failed to send {k2} of {k2} objects (status 0xA700)
""",
        """\
{ts} 发送影像到 {ae}@{ip2}:11112 失败
{ts} C-STORE 返回状态 0xC000 (Cannot understand), SOP Instance {uid}
{ts} 重试 {k3}/3 ...
{ts} C-STORE 返回状态 0xA700 (Out of resources)
{ts} 发送队列积压 {k} 个序列
""",
    ),
    "dicom_find": (
        """\
{ts} INFO  [FindSCU] {scu}->{ae}({k}) >> 1:C-FIND-RQ[pcid=1, prior=0
  cuid=1.2.840.10008.5.1.4.1.2.2.1 - Study Root Query/Retrieve Information Model - FIND]
{ts} WARN  [FindSCU] {scu}->{ae}({k}): timeout of 30000ms for DIMSE-RSP expired
{ts} INFO  [FindSCU] {scu}->{ae}({k}) << 1:C-FIND-RSP[pcid=1, status=c000H
  errorComment=Unable to process: query timeout]
{ts} INFO  [FindSCU] {scu}->{ae}({k}) >> A-RELEASE-RQ
""",
        """\
{ts} INFO  [QR] C-MOVE {ae} -> {scu} study {uid}
{ts} WARN  [QR] C-MOVE-RSP status=ff00H remaining={k} completed=0 failed=0 after {ms} ms
{ts} WARN  [QR] C-MOVE-RSP status=b000H completed={k2} failed={k3} warning=0
""",
    ),
    "dicom_mwl": (
        """\
{ts} INFO  [MWL] {scu}->{ae}({k}) >> 1:C-FIND-RQ[pcid=1, prior=0
  cuid=1.2.840.10008.5.1.4.31 - Modality Worklist Information Model - FIND]
{ts} INFO  [MWL] query (0008,0060) CS [CT] (0040,0002) DA [{tsh}]
?{ts} DEBUG [MWL] expected (0010,0010) 姓名:{name} (0010,0020) MRN:{mrn}
{ts} INFO  [MWL] {scu}->{ae}({k}) << 1:C-FIND-RSP[pcid=1, status=0000H]
{ts} WARN  [MWL] received {k3} matches, RIS reports {k} scheduled
""",
    ),
    "astm": (
        """\
{ts} [ASTM] <ENQ> from {scu} ({ip2}:{k}{k3})
{ts} [ASTM] H|\\^&|||{scu}^1|||||LIS||P|1
{ts} [ASTM] P|1||{n}
{ts} [ASTM] O|1|{n}{k}^01||^^^GLU\\^^^ALT\\^^^CREA|R|||||||N
{ts} [ASTM] R|1|^^^GLU|6.21|mmol/L||N||F
{ts} [ASTM] ERROR checksum mismatch on frame 3, sending <NAK>
{ts} [ASTM] ERROR no <EOT> after 15 s, link reset
""",
        """\
{ts} [Middleware] instrument {scu} status OFFLINE (last heartbeat {ms} ms ago)
{ts} [Middleware] TCP connect {ip2}:5100 failed: Connection timed out
?{ts} [Middleware] pending result 标本 {n} 患者:{name}
{ts} [Middleware] {k} results waiting for upload
""",
    ),
    "winevent_svc": (
        """\
Log Name:      System
Source:        Service Control Manager
Date:          {tsw}
Event ID:      7031
Level:         Error
Computer:      {host}.hosp.local
Description:
The {svc} service terminated unexpectedly.  It has done this {k3} time(s).  The following \
corrective action will be taken in 60000 milliseconds: Restart the service.
""",
        """\
Log Name:      System
Source:        Service Control Manager
Date:          {tsw}
Event ID:      7034
Level:         Error
Computer:      {dbhost}.hosp.local
Description:
The OracleServiceORCL service terminated unexpectedly.  It has done this {k3} time(s).
""",
    ),
    "winevent_app": (
        """\
Log Name:      Application
Source:        Application Error
Date:          {tsw}
Event ID:      1000
Level:         Error
Computer:      {pc}.hosp.local
Description:
Faulting application name: {exe}, version: 3.2.{k}.0, time stamp: 0x5f3e2a1b
Faulting module name: mscorlib.ni.dll, version: 4.8.4645.0, time stamp: 0x64b0f9ad
Exception code: 0xc0000005
""",
        """\
Log Name:      Application
Source:        Application Hang
Date:          {tsw}
Event ID:      1002
Level:         Error
Computer:      {pc}.hosp.local
Description:
The program {exe} version 3.2.{k}.0 stopped interacting with Windows and was closed.
""",
    ),
    "win_bugcheck": (
        """\
Log Name:      System
Source:        Microsoft-Windows-WER-SystemErrorReporting
Date:          {tsw}
Event ID:      1001
Level:         Error
Computer:      {pc}.hosp.local
Description:
The computer has rebooted from a bugcheck.  The bugcheck was: 0x0000007e (0xffffffffc0000005, \
0xfffff8024a1b2c3d, 0xffffde8a5e7f6a18, 0xffffde8a5e7f5c60). A dump was saved in: \
C:\\Windows\\MEMORY.DMP.
""",
        """\
Log Name:      System
Source:        Microsoft-Windows-Kernel-Power
Date:          {tsw}
Event ID:      41
Level:         Critical
Computer:      {pc}.hosp.local
Description:
The system has rebooted without cleanly shutting down first.
""",
    ),
    "win_perf": (
        """\
Log Name:      Microsoft-Windows-Diagnostics-Performance/Operational
Source:        Microsoft-Windows-Diagnostics-Performance
Date:          {tsw}
Event ID:      100
Level:         Critical
Computer:      {pc}.hosp.local
Description:
Windows has started up:
     Boot Duration        :  {ms}{k3}ms
""",
        """\
Log Name:      System
Source:        srv
Date:          {tsw}
Event ID:      2013
Level:         Warning
Computer:      {pc}.hosp.local
Description:
The C: disk is at or near capacity.  You may need to delete some files.
""",
    ),
    "dotnet_null": (
        """\
{ts} [ERROR] {exe} 未处理的异常
System.NullReferenceException: Object reference not set to an instance of an object.
   at {ns}.Views.DocumentView.RenderSection(Section section)
   at {ns}.Views.DocumentView.OnPaste(Object sender, EventArgs e)
   at System.Windows.Forms.Control.OnClick(EventArgs e)
   at System.Windows.Forms.Control.WndProc(Message& m)
   at System.Windows.Forms.NativeWindow.Callback(IntPtr hWnd, Int32 msg, IntPtr wp, IntPtr lp)
""",
        """\
{ts} [WARN ] {exe} UI thread blocked for {ms} ms
{ts} [ERROR] {exe} System.TimeoutException: 请求通道在等待 00:01:00 以后答复时超时。
   at System.ServiceModel.Channels.RequestChannel.Request(Message message, TimeSpan timeout)
   at {ns}.Services.DocumentClient.Save(DocumentDto doc)
?{ts} [DEBUG] {exe} doc owner 患者:{name} 病历号:{mrn}
""",
    ),
    "client_warn": (
        """\
{ts} [INFO ] {exe} 3.2.{k}.0 started on {pc}, DPI 144 (150%)
{ts} [WARN ] {exe} layout file columns_{user}.xml not found, using default layout
{ts} [WARN ] {exe} font 'Microsoft YaHei UI' not found, falling back to 'SimSun'
{ts} [WARN ] {exe} template {k2} field width exceeds page by {k3} mm
""",
        """\
{ts} [INFO ] {exe} load template set v{k3}.{k}
{ts} [WARN ] {exe} image resource sign_{user}.png scaled from 120x40 to 360x60
{ts} [WARN ] {exe} dictionary item DEPT_{k} has no display name, showing code
""",
    ),
    "nginx": (
        """\
{tsng} [error] {pid}#0: *{n} upstream timed out (110: Connection timed out) while reading \
response header from upstream, client: {ip}, server: {host}.hosp.local, request: \
"POST /{app}/api/save HTTP/1.1", upstream: "http://{ip2}:8080/{app}/api/save"
{ip} - - [{tsn}] "POST /{app}/api/save HTTP/1.1" 504 494 "-" "Mozilla/5.0 (Windows NT 10.0)"
{ip} - - [{tsn}] "GET /{app}/ HTTP/1.1" 502 552 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
        """\
{tsng} [error] {pid}#0: *{n} connect() failed (111: Connection refused) while connecting to \
upstream, client: {ip}, server: {host}.hosp.local, request: "GET /{app}/api/ping HTTP/1.1"
{tsng} [warn] {pid}#0: *{n} upstream server temporarily disabled while connecting to upstream
{tsng} [error] {pid}#0: *{n} no live upstreams while connecting to upstream, client: {ip}
?{ip} - - [{tsn}] "GET /{app}/api/patient?idcard={idno}&mobile={phone} HTTP/1.1" 502 552 "-" "-"
{ip} - - [{tsn}] "GET /{app}/api/ping HTTP/1.1" 502 552 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
    ),
    "iis": (
        """\
#Software: Microsoft Internet Information Services 10.0
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port c-ip sc-status sc-substatus \
sc-win32-status time-taken
{tsz} {ip2} POST /{app}/Service.asmx - 80 {ip} 500 0 0 {ms}
{tsz} {ip2} POST /{app}/Service.asmx - 80 {ip} 503 2 0 15
?{tsz} {ip2} GET /{app}/Query.aspx idno={idno}&tel={phone} 80 {ip} 500 0 64 {ms}
{tsz} {ip2} GET /{app}/Default.aspx - 80 {ip} 503 0 0 31
""",
    ),
    "app_cn": (
        """\
{ts} [ERROR] [{app}] 数据校验不通过: 业务号={n} 原因=关联记录不存在
?{ts} [DEBUG] [{app}] 病人:{name} 住院号:{mrn} 电话:{phone}
{ts} [WARN ] [{app}] 查询返回 0 条, 条件 dept={k} date={tsz}
{ts} [ERROR] [{app}] 同步失败 {k3} 条, 已写入待处理表 {table}_ERR
""",
        """\
{ts} [INFO ] [{app}] 开始处理 批次={n}
{ts} [WARN ] [{app}] 字典对照缺失: 项目编码 {k}{k2} 未找到对应关系
{ts} [WARN ] [{app}] 字典对照缺失: 科室编码 {k2} 使用默认值
{ts} [INFO ] [{app}] 处理完成 成功={n2} 失败={k3}
""",
    ),
    "report_job": (
        """\
{ts} [INFO ] [ReportJob] 开始生成 {app} 日报 统计日期={tsz}
{ts} [WARN ] [ReportJob] 发现 {k3} 条退费记录关联到多张结算单
{ts} [INFO ] [ReportJob] 汇总 rows={n} amount={n2}.{k}
{ts} [INFO ] [ReportJob] 明细 rows={n} amount={n2}.{k2}
{ts} [INFO ] [ReportJob] 完成 耗时 {ms} ms
""",
    ),
    "spooler": (
        """\
Log Name:      Microsoft-Windows-PrintService/Admin
Source:        Microsoft-Windows-PrintService
Date:          {tsw}
Event ID:      372
Level:         Error
Computer:      {pc}.hosp.local
Description:
The document {doc}, owned by {user}, failed to print on printer {printer}. Try to print the \
document again, or restart the print spooler. Win32 error code returned by the print \
processor: 1804 (0x70c).
""",
        """\
{ts} [PrintAgent] job {n} -> {printer} on {pc}
?{ts} [PrintAgent] document: 患者:{name} MRN:{mrn}
{ts} [PrintAgent] spooler status: PRINTER_STATUS_PAPER_JAM | PRINTER_STATUS_ERROR
{ts} [PrintAgent] job {n} stuck in queue for {k} s, {k3} jobs waiting
{ts} [PrintAgent] restarting spooler on {pc}
""",
    ),
    "zebra": (
        """\
{ts} [PrintAgent] send ZPL job {n} to {printer} ({ip2}:9100)
?{ts} [PrintAgent] ^FD患者:{name}^FS ^FDMRN:{mrn}^FS
{ts} [PrintAgent] ~HS -> "030,1,0,0609,000,0,0,0,000,0,0,0"
{ts} [PrintAgent] printer status: PAPER OUT
{ts} [PrintAgent] job {n} failed: ERROR CONDITION: MEDIA OUT
""",
        """\
{ts} [PrintAgent] send ZPL job {n} to {printer} ({ip2}:9100)
{ts} [PrintAgent] ~HQES -> PRINTER STATUS  ERRORS: 1 00000000 00000000  \
WARNINGS: 1 00000000 00000002
{ts} [PrintAgent] warning: RIBBON LOW / head temperature high, darkness={k3}
{ts} [PrintAgent] job {n} completed with warnings
""",
    ),
    "printer_status": (
        """\
{ts} [PrinterMonitor] {printer} ({ip2}) SNMP hrPrinterDetectedErrorState=lowToner
{ts} [PrinterMonitor] {printer} toner black {k3}%
{ts} [PrinterMonitor] {printer} tray 2 size mismatch: expected A4, detected Letter
""",
    ),
    "pnp": (
        """\
Log Name:      Microsoft-Windows-Kernel-PnP/Configuration
Source:        Microsoft-Windows-Kernel-PnP
Date:          {tsw}
Event ID:      400
Computer:      {pc}.hosp.local
Description:
Device HID\\VID_0C2E&PID_0B61\\7&2a3b1c{k}&0&0000 was configured.
Driver Name: input.inf
""",
    ),
    "cardreader": (
        """\
{ts} [CardReader] SSCard.dll iReadCardBas returned -11 (读卡器未连接)
{ts} [CardReader] 打开端口 USB1 失败, 错误码 -{k3}
{ts} [CardReader] 身份证阅读器 SDT_OpenPort(1001) ret=0x01
?{ts} [CardReader] 上次读卡 姓名:{name} 身份证:{idno}
{ts} [CardReader] 驱动版本 2.{k3}.{k} 与 SDK 不匹配
""",
    ),
    "kiosk": (
        """\
{ts} [Kiosk-{k}] INFO  自检完成 读卡器=正常 打印机=正常
?{ts} [Kiosk-{k}] INFO  读卡成功 姓名:{name} 手机:{phone}
{ts} [Kiosk-{k}] ERROR 调用 http://{ip2}/selfservice/api/register 失败: 502 Bad Gateway
{ts} [Kiosk-{k}] ERROR 挂号失败: 服务连接失败, 请到人工窗口办理
{ts} [Kiosk-{k}] WARN  心跳上报失败 {k3} 次
""",
    ),
    "insure": (
        """\
{ts} [YB] 调用医保交易[2207] mdtrt_id={n}{k}
?{ts} [YB] 人员信息 姓名:{name} 证件号:{idno} 电话:{phone}
{ts} [YB] 医保交易[2207]返回: {{"infcode":-1,"err_msg":"连接医保中心超时"}}
{ts} [YB] ERROR 结算失败, 耗时 {ms} ms, 已重试 {k3} 次
{ts} [YB] 医保前置机 {ip2}:8080 心跳失败
""",
    ),
    "nursecall": (
        """\
{ts} [CallServer] master station NS-{ward} heartbeat lost
{ts} [CallServer] bus {k3} no response from bed units {ward}-01..{ward}-40
{ts} [CallServer] ERROR SIP registration of NS-{ward} failed: 408 Request Timeout
{ts} [CallServer] ERROR call from {ward}-{bed} not delivered, no station online
""",
    ),
    "android_sync": (
        """\
{tsa}  {pid}  {pid2} W OkHttp  : --> POST http://{ip2}:8080/nis/api/exec/upload (1532-byte body)
{tsa}  {pid}  {pid2} E SyncService: upload exec records failed: java.net.SocketTimeoutException: \
timeout
?{tsa}  {pid}  {pid}  D ScanActivity: wristband 患者:{name} MRN:{mrn}
{tsa}  {pid}  {pid2} I SyncService: retry in 30s, pending={k}
{tsa}  {pid}  {pid2} W WifiStateMachine: RSSI -{k3}8 dBm, roaming
""",
    ),
    "android_app": (
        """\
{tsa}  {pid}  {pid} I ActivityManager: Start proc {pid}:com.smarthos.{pkg}/u0a{k}
{tsa}  {pid}  {pid} E AndroidRuntime: FATAL EXCEPTION: main
{tsa}  {pid}  {pid} E AndroidRuntime: java.net.UnknownHostException: Unable to resolve host \
"{host}.hosp.local"
{tsa}  {pid}  {pid} W WebView : onReceivedError ERR_CONNECTION_REFUSED
""",
        """\
{tsa}  {pid}  {pid} I ActivityManager: Displayed com.smarthos.{pkg}/.MainActivity: +{k2}ms
{tsa}  {pid}  {pid2} W WebSocket: closed code=1006 reason=, reconnect in 5s
{tsa}  {pid}  {pid2} E BoardRenderer: bed list refresh failed, showing cached data from {tsz}
""",
    ),
    "android_ui": (
        """\
{tsa}  {pid}  {pid} I AudioService: setStreamVolume(stream=3, index=15) by com.smarthos.{pkg}
{tsa}  {pid}  {pid} W Settings: com.smarthos.{pkg} lacks WRITE_SETTINGS, brightness unchanged
{tsa}  {pid}  {pid2} E MediaPlayer: error (1, -1004) playing http://{ip2}/media/intro.mp4
""",
    ),
    "device_monitor": (
        """\
{ts} MDI-GW {gw} WARN  monitor {mon} ({ip2}) bed {ward}-{bed}: heartbeat lost (30 s)
{ts} MDI-GW {gw} ERROR HL7 ORU^R01 from {mon} not received for 300 s
{ts} MDI-GW {gw} ALARM CENTRAL_STATION_DISCONNECTED station=CS-{ward}
?{ts} MDI-GW {gw} INFO  bed {ward}-{bed} bound to 患者:{name} MRN:{mrn}
{ts} MDI-GW {gw} ERROR {k3} of {k3} monitors offline
""",
        """\
{ts} CS-{ward} central station: lost connection to bed {ward}-{bed} ({mon})
{ts} CS-{ward} central station: lost connection to all {k3} beds
{ts} CS-{ward} ALARM INOP "No Central Monitoring" raised on all beds
{ts} MDI-GW {gw} ERROR TCP {ip2}:24105 connection reset, retry in 10 s
""",
    ),
    "device_pump": (
        """\
{ts} GW-{gw} ALARM pump={pump} bed={ward}-{bed} type=OCCLUSION_DOWNSTREAM priority=HIGH
{ts} GW-{gw} WARN  forward to nurse-station {ip2}:7001 failed: connection refused
{ts} GW-{gw} ALARM pump={pump} bed={ward}-{bed} type=INFUSION_COMPLETE priority=MEDIUM
?{ts} GW-{gw} INFO  pump={pump} patient 患者:{name} MRN:{mrn}
{ts} GW-{gw} ERROR alarm forward queue backlog {k}
""",
    ),
    "device_pumplib": (
        """\
{ts} GW-{gw} INFO  pump={pump} drug library v{k3}.{k} loaded, {n2} entries
{ts} GW-{gw} WARN  pump={pump} drug name truncated to 12 chars: "去甲肾上腺素注射液(2mg:1ml)"
{ts} GW-{gw} WARN  pump={pump} model code mismatch: reported {k}, registry {k2}
""",
    ),
    "device_oru": (
        """\
{ts} MDI-GW {gw} OUT ORU^R01 {cid} to NIS {ip2}:6661
OBX|1|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC||118|mm[Hg]|||||F|||{tsh}
OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC||8{k3}|/min|||||F|||{tsh}
?{ts} MDI-GW {gw} patient 患者:{name} MRN:{mrn} bed {ward}-{bed}
MSA|AE|{cid}|Bed not bound to an admitted patient
{ts} MDI-GW {gw} WARN  {k3} observations dropped for bed {ward}-{bed}
""",
    ),
    "device_vent": (
        """\
{ts} MDI-GW {gw} WARN  vent {vent} bed {ward}-{bed}: serial link timeout (MEDIBUS)
{ts} MDI-GW {gw} INFO  vent {vent} reconnected after {ms} ms
{ts} MDI-GW {gw} INFO  vent {vent} backfilling {k} records
{ts} MDI-GW {gw} WARN  vent {vent} data delay {k3}{k3}0 s
""",
    ),
    "device_clock": (
        """\
{ts} MDI-GW {gw} WARN  monitor {mon} clock offset +{k3}{k3}s (NTP {ip2} unreachable)
{ts} MDI-GW {gw} WARN  pump {pump} clock offset -{k}s
{ts} MDI-GW {gw} INFO  device registry: {mon} still mapped to bed {ward}-{bed} (old)
""",
    ),
    "net_ping": (
        """\
C:\\Users\\{user}>ping {ip2} -n 4

Pinging {ip2} with 32 bytes of data:
Request timed out.
Reply from {ip2}: bytes=32 time=1{k}ms TTL=62
Request timed out.
Request timed out.

Ping statistics for {ip2}:
    Packets: Sent = 4, Received = 1, Lost = 3 (75% loss),
""",
        """\
[root@{host} ~]# mtr -r -c 20 {ip2}
HOST: {host}                Loss%   Snt   Last   Avg  Best  Wrst StDev
  1.|-- 10.0.{k3}.1            0.0%    20    0.6   0.7   0.5   1.2   0.1
  2.|-- 10.0.0.{k3}            0.0%    20    1.1   1.3   0.9   3.8   0.6
  3.|-- {ip2}                 {k3}0.0%    20   {k3}8.4  {k3}1.7   1.8  {k3}90.1  {k3}2.4
""",
    ),
    "net_core": (
        """\
{tss} {sw} %LINK-3-UPDOWN: Interface TenGigabitEthernet1/1/{k3}, changed state to down
{tss} {sw} %LINEPROTO-5-UPDOWN: Line protocol on Interface TenGigabitEthernet1/1/{k3}, \
changed state to down
{tss} {sw} %STACKMGR-4-SWITCH_REMOVED: Switch 2 has been REMOVED from the stack
{tss} {sw} %SPANTREE-5-TOPOTRAPS: Topology Change Trap for vlan {k}
{tss} {sw} %OSPF-5-ADJCHG: Process 1, Nbr {ip2} on Vlan{k} from FULL to DOWN, Neighbor Down
""",
        """\
{tss} {sw} %%01IFNET/4/IF_STATE(l)[{k}]:Interface XGigabitEthernet0/0/{k3} has turned into \
DOWN state.
{tss} {sw} %%01DEVM/1/hwBoardRemove(t)[{k2}]:The board was removed. (EntPhysicalName=slot 2)
{tss} {sw} %%01VRRP/4/STATEWARNING(l)[{k}]:Virtual Router state MASTER changed to INITIALIZE
""",
    ),
    "net_port": (
        """\
{tss} {sw} %CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on GigabitEthernet1/0/{k} \
(not full duplex), with {pc} (half duplex)
{tss} {sw} %LINK-3-UPDOWN: Interface GigabitEthernet1/0/{k}, changed state to down
{tss} {sw} %LINK-3-UPDOWN: Interface GigabitEthernet1/0/{k}, changed state to up
""",
    ),
    "net_dns": (
        """\
C:\\Users\\{user}>nslookup {host}.hosp.local
DNS request timed out.
    timeout was 2 seconds.
Server:  UnKnown
Address:  {ip2}

*** UnKnown can't find {host}.hosp.local: Server failed
""",
        """\
{tss} dns01 named[{pid}]: client @0x7f3a{k2}c0 {ip}#{pid2} ({host}.hosp.local): query failed \
(SERVFAIL) for {host}.hosp.local/IN/A at query.c:7219
{tss} dns01 named[{pid}]: zone hosp.local/IN: refresh: failure trying master {ip2}#53: timed out
{tss} dns01 named[{pid}]: zone hosp.local/IN: expired
""",
    ),
    "net_fw": (
        """\
{tss} fw01 %ASA-4-106023: Deny udp src inside:{ip}/{pid} dst outside:{ip2}/3478 by access-group \
"inside_in"
{tss} fw01 %ASA-4-106023: Deny tcp src inside:{ip}/{pid2} dst outside:{ip2}/443 by access-group \
"inside_in"
{tss} fw01 %ASA-6-302014: Teardown TCP connection {n} for outside:{ip2}/5061 duration 0:00:30 \
bytes 0 SYN Timeout
""",
    ),
    "net_vpn": (
        """\
{tss} fw01 %ASA-5-713041: IP = {ip2}, IKE Initiator: New Phase 1, Intf inside
{tss} fw01 %ASA-4-113019: Group = branch, IP = {ip2}, Session disconnected. Session Type: IPsec, \
Duration: 0h:{k3}m:0{k3}s, Reason: Lost Service
{tss} fw01 %ASA-3-752015: Tunnel Manager has failed to establish an L2L SA.  All configured IKE \
versions failed to establish the tunnel. Map Tag= outside_map.  Map Sequence Number = 10.
{tss} fw01 %ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is {k} per second
""",
    ),
    "net_wifi": (
        """\
{tss} wlc01 %DOT11-6-DISASSOC: Station {mac} Disassociated, reason 4 (inactivity), AP {ap}
{tss} wlc01 %DOT11-4-MAXRETRIES: Packet to client {mac} reached max retries, removing the client
{tss} wlc01 %DOT11-6-ROAMED: Station {mac} Roamed to AP {ap2}
{tss} wlc01 %RRM-4-CHAN_UTIL: AP {ap} radio 5GHz channel utilization 8{k3}%
""",
    ),
    "net_portal": (
        """\
{tss} portal01 nginx: {ip} "GET /portal/login?ssid=HOSP-GUEST HTTP/1.1" 502 157
{tss} portal01 sms-gw[{pid}]: send code to 1*******{k3}{k3} queued, provider latency {ms} ms
{tss} wlc01 %WEBAUTH-4-REDIRECT_FAIL: redirect to https://portal.hosp.local failed for {mac}
""",
    ),
    "vmware": (
        """\
{tsw} Alarm 'Host connection and power state' on {esx} changed from Green to Red
{tsw} Host {esx} in HOSP-DC is not responding
{tsw} vSphere HA detected a possible host failure of host {esx} in cluster PROD-01
{tsw} vSphere HA unsuccessfully failed over {vm}. vSphere HA will retry if the maximum number \
of attempts has not been exceeded.
{tsw} Insufficient resources to satisfy configured failover level for vSphere HA
""",
        """\
{tsw} Lost access to volume {vol} (DS_PROD_0{k3}) due to connectivity issues.
{tsw} Device naa.600507680c808{hex} performance has deteriorated. I/O latency increased from \
average value of 1{k3}00 microseconds to {ms}00 microseconds.
{tsw} Virtual machine {vm} disk write failed: Read-only file system
""",
    ),
    "storage": (
        """\
{tss} {host} kernel: sd 3:0:0:{k3}: [sdc] tag#{k} FAILED Result: \
hostbyte=DID_TRANSPORT_FAILFAST driverbyte=DRIVER_OK
{tss} {host} kernel: blk_update_request: I/O error, dev sdc, sector {n}{n2} op 0x1:(WRITE)
{tss} {host} multipathd[{pid}]: mpatha: remaining active paths: 0
{tss} {host} kernel: XFS (dm-2): metadata I/O error in "xfs_buf_iodone_callback_error" at \
daddr 0x{hex} len 32 error 5
{tss} {host} kernel: XFS (dm-2): Filesystem has been shut down due to log error (0x2).
""",
    ),
    "linux_oom": (
        """\
{tss} {host} kernel: java invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0
{tss} {host} kernel: Out of memory: Killed process {pid} (java) total-vm:16777216kB, \
anon-rss:7940336kB
{tss} {host} systemd[1]: {app}.service: Main process exited, code=killed, status=9/KILL
{tss} {host} systemd[1]: {app}.service: Failed with result 'signal'.
{tss} {host} systemd[1]: {app}.service: Scheduled restart job, restart counter is at {k3}.
""",
    ),
    "linux_disk": (
        """\
[root@{host} ~]# df -h /data
Filesystem            Size  Used Avail Use% Mounted on
/dev/mapper/vg-data   500G  497G  3.0G 100% /data
{ts} ERROR [logback-{k}] ch.qos.logback.core.rolling.RollingFileAppender - IO failure in appender
java.io.IOException: No space left on device
""",
    ),
    "backup": (
        """\
{tsw} Job 'FS01-Daily' finished with Warning
{tsw}   Processing FS01 Warning: {k3}{k} files skipped (access denied)
{tsw}   Tape library 'MSL2024' free media: 1 of 24
{tsw}   Duration 0{k3}:1{k3}:04, processed {n2} GB
""",
        """\
{tsw} Job 'TEST-APP02-Nightly' failed
{tsw}   Error: Failed to create VM snapshot. Error: An error occurred while saving the \
snapshot: Timeout.
{tsw}   Retry 1 of 3 scheduled
""",
    ),
    "sso_down": (
        """\
{ts} ERROR [org.apereo.cas.ticket.registry.RedisTicketRegistry] - <Failed to add [TGT-{k}-****]>
org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis; \
nested exception is io.lettuce.core.RedisConnectionException: Unable to connect to {ip2}:6379
\tat org.apereo.cas.ticket.registry.RedisTicketRegistry.addTicketInternal\
(RedisTicketRegistry.java:{k2})
{ip} - - [{tsn}] "POST /cas/login?service=https%3A%2F%2F{host}.hosp.local HTTP/1.1" 500 1187
{ip} - - [{tsn}] "GET /cas/login HTTP/1.1" 503 197
""",
    ),
    "sso_cas": (
        """\
{ts} WARN  [org.apereo.cas.authentication.PolicyBasedAuthenticationManager] - <Authentication \
has failed. Credentials may be incorrect or CAS cannot find authentication handler that \
supports [{user}]>
{ts} INFO  [org.apereo.cas.web.flow.login] - <Authentication for {user} took {ms} ms>
{ts} WARN  [org.ldaptive.pool.BlockingConnectionPool] - <Pool is empty, waiting {k}00 ms>
""",
    ),
    "ldap_slow": (
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind {user}@hosp.local took {ms} ms
{ts} ERROR [ldap-pool-{k}] LdapAuthenticator - javax.naming.CommunicationException: \
{ip2}:389 [Root exception is java.net.SocketTimeoutException: connect timed out]
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - failover to dc02.hosp.local
""",
    ),
    "ldap_user": (
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind {user}@hosp.local failed: \
[LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, \
data 532, v4563]
{ts} INFO  [ldap-pool-{k}] LdapAuthenticator - password expired for {user}
{ts} INFO  [portal] selfservice reset link offered to {user}
""",
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind {user}@hosp.local failed: \
[LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, \
data 775, v4563]
{ts} INFO  [ldap-pool-{k}] LdapAuthenticator - account locked out: {user} (badPwdCount=5)
?{ts} INFO  [portal] unlock SMS to 手机:{phone}
{ts} INFO  [portal] selfservice unlock offered to {user}
""",
    ),
    "iam_sync": (
        """\
{ts} [IAM-Sync] job hr_to_iam started
{ts} [IAM-Sync] fetched {k3}{k} new employees from HR
?{ts} [IAM-Sync] employee 姓名:{name} 身份证:{idno} 手机:{phone}
{ts} [IAM-Sync] ERROR role mapping for dept code {k2} not found, skipped {k3} accounts
{ts} [IAM-Sync] finished: created=0 updated={k3} failed={k}
""",
    ),
    "cert_down": (
        """\
{ts} ERROR [sign-pool-{k}] c.s.ca.SignService - 签名失败: 连接签名服务器 {ip2}:8443 超时
{ts} ERROR [sign-pool-{k}] c.s.ca.SignService - SVS_SignData returned 0x0A00001B
javax.net.ssl.SSLHandshakeException: PKIX path validation failed: \
java.security.cert.CertPathValidatorException: validity check failed
\tat sun.security.ssl.Alert.createSSLException(Alert.java:131)
Caused by: java.security.cert.CertificateExpiredException: NotAfter: {tsz} CST
""",
    ),
    "cert_expiry": (
        """\
{ts} WARN  [ukey-agent] certificate CN={user},OU=staff,O=hosp SN={hex} expires in 15 days
{ts} INFO  [ukey-agent] renewal not requested yet
{ts} WARN  [ukey-agent] tray notification shown ({k3} times today)
""",
    ),
    "rtc_fail": (
        """\
{ts} [rtc] room={room} peer={user} ICE connection state: checking -> failed
{ts} [rtc] selected candidate pair: none (host/srflx gathered, relay unavailable)
{ts} [rtc] TURN allocate failed: 401 Unauthorized from {ip2}:3478
{ts} [sip] INVITE sip:{room}@{ip2} -> 408 Request Timeout
""",
        """\
{ts} [rtc] room={room} join failed: signalling server wss://{host}.hosp.local/ws returned 502
{ts} [rtc] reconnect attempt {k3}/5
{ts} [rtc] room={room} join failed: WebSocket closed with code 1006
""",
    ),
    "rtc_stats": (
        """\
{ts} [stats] room={room} video inbound fps=7 jitter={k}ms packetsLost=1{k3}.4% bitrate=312kbps
{ts} [stats] room={room} qualityLimitationReason=bandwidth resolution 1280x720 -> 480x270
{ts} [rtc] room={room} ICE state connected -> disconnected -> connected ({k3} s)
""",
    ),
    "rtc_share": (
        """\
{ts} [rtc] room={room} getDisplayMedia failed: NotAllowedError: Permission denied by system
{ts} [rtc] room={room} screenshare track ended unexpectedly
{ts} [rtc] room={room} remote video track muted=true (screen)
""",
    ),
    "rtc_device": (
        """\
{ts} [device] camera 'HD PTZ Camera' preset 1 not set, using home position
{ts} [device] autofocus settle time {ms} ms
{ts} [device] background blur disabled: GPU not supported
""",
    ),
    "ora_seq": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.AdmitService - 生成住院号失败
org.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; \
SQL [SELECT SEQ_ZYH.NEXTVAL FROM DUAL]; ORA-08004: sequence SEQ_ZYH.NEXTVAL exceeds MAXVALUE \
and cannot be instantiated
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.service.AdmitService - 患者:{name} 身份证:{idno}
\tat org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:733)
\tat com.smarthos.{pkg}.dao.SeqDao.next(SeqDao.java:{k2})
\tat com.smarthos.{pkg}.service.AdmitService.register(AdmitService.java:{k})
Caused by: java.sql.SQLException: ORA-08004: sequence SEQ_ZYH.NEXTVAL exceeds MAXVALUE and \
cannot be instantiated
""",
    ),
    "autoupdate": (
        """\
{ts} [INFO ] [AutoUpdate] 本地版本 5.2.{k3}.{k} 服务器版本 5.3.0.{k}
{ts} [INFO ] [AutoUpdate] 下载 http://{ip2}/update/{app}/5.3.0.{k}/files.xml
{ts} [ERROR] [AutoUpdate] 下载失败: 远程服务器返回错误: (404) 未找到。
{ts} [ERROR] [AutoUpdate] 文件 {exe} 校验失败 MD5 不一致, 回滚
{ts} [ERROR] [{app}] 登录失败: 客户端版本与服务器不一致, 请更新后再登录
""",
        """\
{ts} [ERROR] {exe} 启动失败
System.IO.FileLoadException: 未能加载文件或程序集“{ns}.Core, Version=5.3.0.{k}, \
Culture=neutral, PublicKeyToken=null”或它的某一个依赖项。找到的程序集清单定义与程序集引用不匹配。
   at {ns}.Program.Main(String[] args)
{ts} [WARN ] {exe} AutoUpdate: {k3} files locked by another process, update incomplete
""",
    ),
    "einvoice": (
        """\
{ts} INFO  [einvoice-pool-{k}] c.s.{pkg}.EInvoiceClient - 开票请求 busNo={n}{k} \
url=https://{host}.czt.gov.local/api/medical/invEBillHospitalized
?{ts} DEBUG [einvoice-pool-{k}] c.s.{pkg}.EInvoiceClient - payer 姓名:{name} 电话:{phone}
{ts} ERROR [einvoice-pool-{k}] c.s.{pkg}.EInvoiceClient - 开票失败 result=S0012 \
message=业务流水号重复或平台处理超时
{ts} WARN  [einvoice-pool-{k}] c.s.{pkg}.EInvoiceJob - {k3} 张票据状态“开票中”超过 {k} 分钟, 待补开
""",
    ),
    "queue_call": (
        """\
{ts} [QueueCall] 诊室 {k3}{k} 呼叫 第{k}号 → 播报文本已生成
?{ts} [QueueCall] TTS 文本: 请 {name} 到 {k3} 号诊室就诊
{ts} [QueueCall] WARN  TTS 多音字未配置读音表, 使用默认读音
{ts} [QueueCall] INFO  语速 rate={k3} 音量 volume=9{k3}
""",
    ),
    "mongo_down": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.store.DocumentStore - load document {n} failed
org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while \
waiting for a server that matches ReadPreferenceServerSelector{{readPreference=primary}}. \
Client view of cluster state is {{type=REPLICA_SET, servers=[{{address={ip2}:27017, \
type=UNKNOWN, state=CONNECTING, exception={{com.mongodb.MongoSocketOpenException: Exception \
opening socket}}}}]}}
\tat org.springframework.data.mongodb.core.MongoExceptionTranslator.translateExceptionIfPossible\
(MongoExceptionTranslator.java:95)
\tat com.smarthos.{pkg}.store.DocumentStore.load(DocumentStore.java:{k2})
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.store.DocumentStore - 患者:{name} 病历号:{mrn}
""",
        """\
{tsiso} {{"t":{{"$date":"{tsiso}"}},"s":"E","c":"STORAGE","id":22435,"ctx":"WTCheckpointThread",\
"msg":"WiredTiger error","attr":{{"error":28,"message":"No space left on device"}}}}
{tsiso} {{"t":{{"$date":"{tsiso}"}},"s":"F","c":"-","id":23089,"ctx":"WTCheckpointThread",\
"msg":"Fatal assertion","attr":{{"msgid":50853,"file":"src/mongo/db/storage/wiredtiger"}}}}
""",
    ),
    "emr_lockjob": (
        """\
{ts} [INFO ] [{app}] 时效控制任务开始 规则版本 v{k3}.{k}
{ts} [WARN ] [{app}] 规则 R{k2} 截止时间计算为 1900-01-01 00:00:00 (入院时间字段为空)
{ts} [INFO ] [{app}] 封存病历 {n} 份 (在院 {n} 份)
?{ts} [DEBUG] [{app}] 封存 患者:{name} 住院号:{mrn}
{ts} [ERROR] [{app}] 保存失败: 病历已封存, 请联系医务科解封 doc={n2}
""",
    ),
    "critical_value": (
        """\
{ts} INFO  [cv-push-{k}] c.s.{pkg}.CriticalValueService - 危急值 标本 {n} 项目 K+ 结果 6.{k3} \
mmol/L
?{ts} INFO  [cv-push-{k}] c.s.{pkg}.CriticalValueService - 患者:{name} 住院号:{mrn} 手机:{phone}
{ts} ERROR [cv-push-{k}] c.s.{pkg}.CriticalValueService - 推送失败 target=NIS/{ward} \
WebSocket session not found
{ts} ERROR [cv-push-{k}] c.s.{pkg}.CriticalValueService - 推送失败 target=HIS-DOC \
java.net.ConnectException: Connection refused
{ts} WARN  [cv-monitor] c.s.{pkg}.CriticalValueMonitor - 未确认危急值 {k} 条, 超时 {k3} 分钟
""",
    ),
    "mssql_identity": (
        """\
Msg 8115, Level 16, State 1, Procedure usp_ReportAudit, Line {k}
Arithmetic overflow error converting IDENTITY to data type int.
Arithmetic overflow occurred.
{tsq} spid{k}      Error: 8115, Severity: 16, State: 1.
""",
        """\
{ts} [ERROR] {exe} 审核失败
System.Data.SqlClient.SqlException (0x80131904): Arithmetic overflow error converting IDENTITY \
to data type int.
   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()
   at {ns}.Data.ReportRepository.Audit(Int64 sampleId)
?{ts} [DEBUG] {exe} sample owner 患者:{name} 住院号:{mrn}
Error Number:8115,State:1,Class:16
""",
    ),
    "extlab": (
        """\
{ts} INFO  [extlab-job] c.s.{pkg}.ExtLabClient - 拉取外送结果 batch={n}
{ts} ERROR [extlab-job] c.s.{pkg}.ExtLabClient - 调用第三方接口失败: \
{{"code":"E5003","msg":"系统繁忙,请稍后重试"}}
{ts} WARN  [extlab-job] c.s.{pkg}.ExtLabClient - {k} 个外送标本超过 {k3} 天未回传
{ts} ERROR [extlab-job] c.s.{pkg}.ExtLabClient - PDF 报告下载失败 HTTP 504
""",
    ),
    "lis_qc": (
        """\
{ts} [QC] 仪器 {scu} 收到结果 样本号 QC{k3}-L{k3} 项目 ALT
{ts} [QC] WARN  样本号 QC{k3}-L{k3} 未匹配质控品批号, 按病人标本处理
{ts} [QC] WARN  质控品批号 {n} 已过期, 结果未入质控图
{ts} [QC] INFO  今日质控记录 0 条 (计划 {k} 条)
""",
    ),
    "pg_down": (
        """\
{ts} CST [{pid}] LOG:  database system was interrupted; last known up at {tsz} CST
{ts} CST [{pid}] LOG:  invalid record length at 3A/{hex}: wanted 24, got 0
{ts} CST [{pid}] PANIC:  could not locate a valid checkpoint record
{ts} CST [1] LOG:  startup process (PID {pid}) was terminated by signal 6: Aborted
{ts} CST [1] LOG:  aborting startup due to startup process failure
""",
        """\
{ts} ERROR [archive-{k}] o.d.d.a.s.StoreServiceImpl - store failed
org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication\
(ConnectionFactoryImpl.java:{k2})
\tat org.postgresql.Driver.connect(Driver.java:{k})
{ts} WARN  [archive-{k}] o.d.d.a.s.StoreServiceImpl - C-STORE-RSP status=0110H Processing failure
""",
    ),
    "dicom_print": (
        """\
{ts} INFO  [PrintSCU] {scu}->{ae}({k}) >> N-CREATE-RQ Basic Film Session
{ts} INFO  [PrintSCU] {scu}->{ae}({k}) << N-CREATE-RSP status=0000H
{ts} INFO  [PrintSCU] {scu}->{ae}({k}) >> N-SET-RQ Basic Grayscale Image Box
{ts} ERROR [PrintSCU] {scu}->{ae}({k}) << N-ACTION-RSP status=C600H \
errorComment=Film Box SOP Instance hierarchy does not contain Image Box
{ts} WARN  [PrintSCU] printer DRYVIEW-{k3} status=FAILURE info=ELEVATED_TEMP
""",
    ),
    "capture": (
        """\
{ts} [ERROR] {exe} 采集设备初始化失败 hr=0x80070490 (DirectShow: 未找到元素)
{ts} [WARN ] {exe} 视频信号丢失 input=HDMI1 format=1920x1080@60
{ts} [INFO ] {exe} 采集卡 OK_C{k3}0 驱动版本 {k3}.{k}.0 重新枚举
?{ts} [DEBUG] {exe} 当前检查 患者:{name} 检查号:{mrn}
""",
    ),
    "dicom_charset": (
        """\
{ts} INFO  [MWL] {scu}->{ae}({k}) << C-FIND-RSP status=ff00H
{ts} WARN  [MWL] (0008,0005) SpecificCharacterSet [ISO_IR 100] but value contains GB18030 bytes
{ts} WARN  [MWL] (0010,0010) PatientName decoded with replacement characters: ??{k3}
{ts} INFO  [MWL] modality {scu} supports character sets: ISO_IR 100, ISO_IR 192
""",
    ),
    "infant_sec": (
        """\
{ts} [InfantGuard] WARN  receiver RX-{ward}-0{k3} heartbeat lost ({ip2})
{ts} [InfantGuard] ERROR controller {ip2}:4000 connection refused, {k} tags OFFLINE
{ts} [InfantGuard] ALARM exit door DOOR-{ward}-01 monitoring disabled
?{ts} [InfantGuard] INFO  tag {hex} mother 姓名:{name} 住院号:{mrn}
{ts} [InfantGuard] ERROR license server unreachable, service stopping
""",
    ),
    "cabinet": (
        """\
{ts} [ADC-{ward}] WARN  connection to server {ip2}:9443 lost, entering offline mode
{ts} [ADC-{ward}] INFO  override access drawer {k3} by {user}
{ts} [ADC-{ward}] ERROR fingerprint module FPM-{k3} timeout, falling back to PIN
?{ts} [ADC-{ward}] INFO  withdrawal for 患者:{name} MRN:{mrn} queued (offline)
{ts} [ADC-{ward}] WARN  {k} transactions pending sync
""",
    ),
    "telemetry": (
        """\
{ts} TELE-{gw} ERROR antenna AX-{ward}-0{k3} not responding ({ip2})
{ts} TELE-{gw} ERROR receiver subsystem DOWN, {k} transmitters unassigned
{ts} TELE-{gw} ALARM INOP "No Signal" on all telemetry beds CS-{ward}
?{ts} TELE-{gw} INFO  TX {hex} bound to 患者:{name} MRN:{mrn}
{ts} MDI-GW {gw} ERROR telemetry server {ip2}:24105 connection refused
""",
    ),
    "dialysis": (
        """\
{ts} [DialysisGW] WARN  machine HD-{k3}{k3} ({ip2}) heartbeat timeout 60 s
{ts} [DialysisGW] ERROR serial server MOXA-{k3} port 1..16 no data
{ts} [DialysisGW] ERROR push prescription to HD-{k3}{k3} failed: socket closed
?{ts} [DialysisGW] INFO  session patient 患者:{name} 透析号:{mrn}
{ts} [DialysisGW] ERROR {k} of {k} machines OFFLINE
""",
    ),
    "alarm_mgr": (
        """\
{ts} [AlarmMgr] ERROR SIP trunk to PBX {ip2}:5060 down (503 Service Unavailable)
{ts} [AlarmMgr] ERROR deliver alarm HR_HIGH bed {ward}-{bed} to handset 8{k} failed
{ts} [AlarmMgr] WARN  escalation queue length {n2}, oldest {k} s
{ts} [AlarmMgr] ERROR database connection lost, rules engine stopped
""",
    ),
    "poct": (
        """\
{ts} [POCT-MW] INFO  dock DK-{ward}-{k3} meter SN{n} connected
{ts} [POCT-MW] WARN  operator {user} not in meter operator list, result held
{ts} [POCT-MW] ERROR ADT lookup failed for patient id {mrn}: HTTP 504
?{ts} [POCT-MW] INFO  result GLU 1{k3}.2 mmol/L 患者:{name}
{ts} [POCT-MW] WARN  {k} results pending upload to NIS
""",
    ),
    "ecg_upload": (
        """\
{ts} [ECG-Gateway] POST /ecg/upload from cart ECG-{ward}-{k3} ({ip}) HL7 aECG {k2} KB
{ts} [ECG-Gateway] ERROR order match failed: accession {n} not found
{ts} [ECG-Gateway] ERROR FTP {ip2}:21 530 Login incorrect
{ts} [ECG-Gateway] WARN  {k3} ECGs in cart outbox
""",
    ),
    "device_asset": (
        """\
{ts} MDI-GW {gw} INFO  device {mon} reported serial SN{n}, registry SN{n2}
{ts} MDI-GW {gw} WARN  unit for TEMP on {mon} is degF, expected degC
{ts} MDI-GW {gw} INFO  {pump} battery cycles {k2}, end-of-life threshold 500
""",
        """\
{ts} [AssetSync] device {pump} missing from asset register
{ts} [AssetSync] device {vent} department code {k} mismatch (register {k2})
{ts} [AssetSync] PM overdue: {k3} devices
""",
    ),
    "empi": (
        """\
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.EmpiClient - POST /empi/patient/register failed
feign.RetryableException: Connection refused (Connection refused) executing POST \
http://{ip2}:8086/empi/patient/register
\tat feign.FeignException.errorExecuting(FeignException.java:249)
\tat com.smarthos.{pkg}.EmpiClient.register(EmpiClient.java:{k2})
?{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.EmpiClient - 姓名:{name} 身份证:{idno}
Caused by: java.net.ConnectException: Connection refused (Connection refused)
""",
    ),
    "license": (
        """\
[{tsc}]  ERROR (com.mirth.connect.server.controllers.DefaultExtensionController:{k}): \
License validation failed: license expired on {tsz}
[{tsc}]  WARN  (com.mirth.connect.server.controllers.DonkeyEngineController:{k2}): \
Stopping all channels: no valid license
[{tsc}]  INFO  (com.mirth.connect.donkey.server.channel.Channel:{k}): Channel {chan} stopped
""",
        """\
{ts} [ESB] 授权校验失败: License 已于 {tsz} 过期
{ts} [ESB] 所有服务进入停止状态 (共 {k} 个)
{ts} [ESB] 服务 {chan} 调用被拒绝: 平台未授权
""",
    ),
    "hie": (
        """\
{ts} INFO  [hie-upload] c.s.{pkg}.HieUploader - 上传共享文档 type=C0032 count={k}
{ts} ERROR [hie-upload] c.s.{pkg}.HieUploader - 平台返回 \
{{"code":"4001","message":"文档校验失败: CDA 头部 recordTarget 缺失"}}
{ts} WARN  [hie-upload] c.s.{pkg}.HieUploader - 待上传 {n} 份, 最早 {tsz}
""",
    ),
    "pay_callback": (
        """\
{ip} - - [{tsn}] "POST /pay/notify/wechat HTTP/1.1" 500 61 "-" "Mozilla/4.0"
{ts} ERROR [pay-notify-{k}] c.s.{pkg}.PayNotifyController - 回调处理失败 out_trade_no={n}{k2}
org.springframework.dao.QueryTimeoutException: update MZ_SFJS set status=1 timed out
?{ts} INFO  [pay-notify-{k}] c.s.{pkg}.PayNotifyController - 付款人 手机:{phone}
{ts} WARN  [pay-reconcile] c.s.{pkg}.ReconcileJob - {k3} 笔已支付未更新, 将在 {k} 分钟后补偿
""",
    ),
    "ora_corrupt": (
        """\
{tsiso}
Errors in file /u01/app/oracle/diag/rdbms/orcl/orcl1/trace/orcl1_ora_{pid}.trc  (incident={n}):
ORA-01578: ORACLE data block corrupted (file # {k3}, block # {n})
ORA-01110: data file {k3}: '+DATA/ORCL/DATAFILE/his_data.{k2}.{n}'
{ts} ERROR [http-nio-8080-exec-{k}] c.s.{pkg}.dao.BaseDao - select {table} failed
java.sql.SQLException: ORA-01578: ORACLE data block corrupted (file # {k3}, block # {n})
""",
    ),
    "ora_procs": (
        """\
{tsiso}
ORA-00020: maximum number of processes (2000) exceeded
{ts} ERROR [Druid-ConnectionPool-Create-{pid}] c.a.d.pool.DruidDataSource - create connection \
SQLException, url: jdbc:oracle:thin:@{dbhost}:1521/orcl, errorCode 20, state 99999
java.sql.SQLException: ORA-00020: maximum number of processes (2000) exceeded
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
""",
    ),
    "ora_sessions": (
        """\
SQL> select machine, status, count(*) from v$session group by machine, status order by 3 desc;

MACHINE                        STATUS     COUNT(*)
------------------------------ -------- ----------
{host}                         INACTIVE       {k2}
{host}                         ACTIVE           {k3}
{ts} WARN  [HikariPool-1 housekeeper] c.z.h.pool.HikariPool - HikariPool-1 - Connection leak \
detection triggered for oracle.jdbc.driver.T4CConnection@{hex} on thread http-nio-8080-exec-{k}
""",
    ),
    "ora_temp": (
        """\
{ts} ERROR [report-pool-{k}] c.s.{pkg}.ReportService - 报表执行失败 id={k2}
java.sql.SQLException: ORA-01652: unable to extend temp segment by 128 in tablespace TEMP
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)
\tat com.smarthos.{pkg}.ReportService.run(ReportService.java:{k})
{tsiso}
ORA-1652: unable to extend temp segment by 128 in tablespace                 TEMP
""",
    ),
    "mssql_ag": (
        """\
{tsq} spid{k}s     The state of the local availability replica in availability group 'AG_LIS' \
has changed from 'PRIMARY_NORMAL' to 'RESOLVING_NORMAL'.
{tsq} spid{k}s     Error: 35262, Severity: 17, State: 1.
{tsq} spid{k2}s    The availability group listener 'lis-ag-lsnr' failed to come online. \
Windows Server Failover Clustering error 5942.
Msg 983, Level 14, State 1, Line 1
Unable to access availability database 'LIS' because the database replica is not in the \
PRIMARY or SECONDARY role.
""",
    ),
    "rman": (
        """\
RMAN> backup incremental level 0 database plus archivelog delete input;
RMAN-03009: failure of backup command on ORA_DISK_1 channel at {tsz}
ORA-19502: write error on file "/backup/orcl/df_{n}.bkp", block number {n2} (block size=8192)
ORA-27072: File I/O error
Linux-x86_64 Error: 28: No space left on device
RMAN-00571: ===========================================================
""",
        """\
{tsq} Backup      Error: 3041, Severity: 16, State: 1.
{tsq} Backup      BACKUP failed to complete the command BACKUP DATABASE LIS WITH DIFFERENTIAL. \
Check the backup application log for detailed messages.
Msg 3035, Level 16, State 1, Line 1
Cannot perform a differential backup for database "LIS", because a current database backup \
does not exist.
""",
    ),
    "ora_pwd": (
        """\
SQL> connect report_ro@ORCL
ERROR:
ORA-28002: the password will expire within 7 days
Connected.
SQL> select username, account_status, expiry_date from dba_users where username like 'ESB%';
ESB_APP                        EXPIRED(GRACE)       {tsz}
""",
    ),
    "net_dhcp": (
        """\
{tss} dhcp01 dhcpd[{pid}]: DHCPDISCOVER from {mac} via 10.{k}.{k3}.1: network \
10.{k}.{k3}.0/24: no free leases
{tss} dhcp01 dhcpd[{pid}]: DHCPDISCOVER from {mac} via 10.{k}.{k3}.1: network \
10.{k}.{k3}.0/24: no free leases
{tss} {sw} %DHCP_SNOOPING-4-DHCP_SNOOPING_ERRDISABLE_WARNING: DHCP Snooping received {k2} DHCP \
packets on interface Gi1/0/{k}
""",
        """\
C:\\Users\\{user}>ipconfig
以太网适配器 以太网:
   自动配置 IPv4 地址  . . . . . . . : 169.254.{k}.{k2}
   子网掩码  . . . . . . . . . . . . : 255.255.0.0
   默认网关. . . . . . . . . . . . . :
""",
    ),
    "net_loop": (
        """\
{tss} {sw} %SW_MATM-4-MACFLAP_NOTIF: Host {mac} in vlan {k} is flapping between port \
Gi1/0/{k3} and port Gi1/0/{k}
{tss} {sw} %STORM_CONTROL-3-FILTERED: A packet storm was detected on Gi1/0/{k}. A packet \
filter action has been applied on the interface.
{tss} {sw} %SPANTREE-2-LOOPGUARD_BLOCK: Loop guard blocking port Gi1/0/{k3} on VLAN{k}.
{tss} {sw} %SYS-3-CPUHOG: Task is running for ({ms})msecs, more than (2000)msecs
""",
    ),
    "net_fw_ha": (
        """\
{tss} fw01 %ASA-1-104001: (Primary) Switching to ACTIVE - Other unit wants me Active.
{tss} fw01 %ASA-1-105005: (Primary) Lost Failover communications with mate on interface \
failover
{tss} fw02 %ASA-1-104001: (Secondary) Switching to ACTIVE - Other unit wants me Active.
{tss} fw01 %ASA-4-411002: Line protocol on Interface inside, changed state to down
{tss} fw01 %ASA-6-110003: Routing failed to locate next hop for TCP from inside:{ip}/{pid} to \
dmz-srv:{ip2}/1521
""",
    ),
    "net_arp": (
        """\
Log Name:      System
Source:        Tcpip
Date:          {tsw}
Event ID:      4199
Level:         Error
Computer:      {pc}.hosp.local
Description:
The system detected an address conflict for IP address {ip} with the system having network \
hardware address {mac}. Network operations on this system may be disrupted as a result.
""",
        """\
{tss} {sw} %IP-4-DUPADDR: Duplicate address {ip} on Vlan{k}, sourced by {mac}
{tss} {sw} %SW_DAI-4-DHCP_SNOOPING_DENY: 1 Invalid ARPs (Req) on Gi1/0/{k3}, vlan {k}
""",
    ),
    "net_bw": (
        """\
{tss} edge01 %QOS-4-CONGESTION: interface GigabitEthernet0/0/0 (ISP-CT) output utilization \
9{k3}% for 300 s
{tss} edge01 %QOS-6-DROP: class default drops {n} packets in last 60 s
{tss} edge01 top talkers: {ip} -> 0.0.0.0 {k2} Mbps (video streaming), {ip} -> update.* {k} Mbps
""",
    ),
    "net_radius": (
        """\
{tss} radius01 radiusd[{pid}]: (1{k}) Login incorrect (eap_peap: TLS Alert read:fatal:unknown \
CA): [host/{pc}] (from client wlc01 port 0 cli {mac})
{tss} radius01 radiusd[{pid}]: (1{k2}) eap_peap: ERROR: TLS Alert read:fatal:certificate expired
{tss} wlc01 %DOT1X-4-MAX_EAPOL_KEY_RETRANS: Max EAPOL-key M1 retransmissions exceeded for \
client {mac}
""",
    ),
    "ups_env": (
        """\
{tss} ups01 UPS: On battery. Input voltage 0.0 V. Runtime remaining {k3} min
{tss} ups01 UPS: Bypass transfer failed, output OFF on group B
{tss} env01 SENSOR rack-{k3}{k3} inlet temperature 4{k3}.2 C > critical 35.0 C
{tss} env01 SENSOR CRAC-{k3} status ALARM compressor fault
{tss} {host} systemd-logind[{pid}]: Power key pressed. System is powering down.
""",
    ),
    "av_ransom": (
        """\
{ts} [EDR] ALERT ransomware behavior detected on {pc} process svch0st.exe pid {pid}
{ts} [EDR] {n} files renamed to *.locked in \\\\fs01\\share\\{user}
{ts} [EDR] ransom note README_RESTORE.txt created on {pc}
{ts} [EDR] lateral movement: SMB 445 connections from {ip} to {k2} hosts
{ts} [EDR] host {pc} isolated by policy
""",
    ),
    "vdi": (
        """\
{tsw} Connection Server cs01: Desktop pool HIS-POOL: no available desktops for user {user}
{tsw} Connection Server cs01: Error communicating with vCenter: Connection refused
{tsw} Agent on {vm} unreachable, state AGENT_UNREACHABLE
{tsw} Broker: {k2} pending session requests timed out
""",
    ),
    "smb_slow": (
        """\
Log Name:      Microsoft-Windows-SMBClient/Connectivity
Source:        Microsoft-Windows-SMBClient
Date:          {tsw}
Event ID:      30803
Level:         Error
Computer:      {pc}.hosp.local
Description:
Failed to establish a network connection. Error: {{Network Name Not Found}} \
Server name: fs01.hosp.local Server address: {ip2}:445 Connection type: Wsk
""",
    ),
    "av_scan": (
        """\
{ts} [AV] scheduled full scan started on {pc}, priority=normal
{ts} [AV] process avscan.exe cpu {k3}{k3}% disk {ms} KB/s
{ts} [AV] quarantined C:\\Program Files\\SmartHos\\{exe} (Heur.Suspicious.Gen)
{ts} [AV] scan finished: {n} files, {k3} threats, duration {k}m
""",
    ),
    "profile": (
        """\
Log Name:      Application
Source:        Microsoft-Windows-User Profiles Service
Date:          {tsw}
Event ID:      1511
Level:         Warning
Computer:      {pc}.hosp.local
Description:
Windows cannot find the local profile and is logging you on with a temporary profile. Changes \
you make to this profile will be lost when you log off.
""",
    ),
    "display": (
        """\
Log Name:      System
Source:        Display
Date:          {tsw}
Event ID:      4101
Level:         Warning
Computer:      {pc}.hosp.local
Description:
Display driver igfx stopped responding and has successfully recovered.
""",
    ),
    "msi_install": (
        """\
Log Name:      Application
Source:        MsiInstaller
Date:          {tsw}
Event ID:      11708
Level:         Information
Computer:      {pc}.hosp.local
Description:
Product: Office Suite -- Installation failed. Error 1925: You do not have sufficient \
privileges to complete this installation for all users.
""",
    ),
    "ilo": (
        """\
{tss} ilo-{host} IML: Fan {k3} failed (Location: System, Redundant)
{tss} ilo-{host} IML: Power Supply 2 redundancy lost
{tss} ilo-{host} IML: Drive Array: Physical drive 1I:1:{k3} predictive failure
""",
    ),
    "ad_dc": (
        """\
Log Name:      System
Source:        NETLOGON
Date:          {tsw}
Event ID:      5719
Level:         Error
Computer:      {pc}.hosp.local
Description:
This computer was not able to set up a secure session with a domain controller in domain HOSP \
due to the following: There are currently no logon servers available to service the logon \
request.
""",
        """\
Log Name:      Directory Service
Source:        Microsoft-Windows-ActiveDirectory_DomainService
Date:          {tsw}
Event ID:      2092
Level:         Error
Computer:      dc01.hosp.local
Description:
This server is the owner of the following FSMO role, but does not consider it valid. \
Role: CN=RID Manager$,CN=System,DC=hosp,DC=local
""",
    ),
    "ad_lockout": (
        """\
Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          {tsw}
Event ID:      4740
Level:         Information
Computer:      dc01.hosp.local
Description:
A user account was locked out.
Account That Was Locked Out:  Account Name: {user}
Additional Information:  Caller Computer Name: {host}
""",
        """\
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - account locked out: {user} (badPwdCount=5)
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - {n2} lockouts in last 10 min, source {ip}
{ts} WARN  [ldap-pool-{k}] LdapAuthenticator - bind svc_{app}@hosp.local failed: data 52e
""",
    ),
    "tls_expired": (
        """\
{tsng} [warn] {pid}#0: "ssl_stapling" ignored, certificate "/etc/nginx/ssl/sso.crt" has \
expired
{ts} ERROR [http-nio-8443-exec-{k}] o.a.c.c.DefaultCasClient - validate ticket failed
javax.net.ssl.SSLHandshakeException: PKIX path validation failed: \
java.security.cert.CertPathValidatorException: validity check failed
Caused by: java.security.cert.CertificateExpiredException: NotAfter: {tsz} CST
{ip} - - [{tsn}] "GET /cas/login HTTP/1.1" 495 0 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
    ),
    "iam_role": (
        """\
{ts} [IAM] role R_{k2} updated by {user}: removed {k3} permissions
{ts} [IAM] WARN  permission ZY_JS_CY (出院结算) no longer granted to {k} users
{ts} [IAM] INFO  cache refresh pushed to {k3} applications
""",
    ),
    "bio_auth": (
        """\
{ts} [BioAuth] match request from {pc} template={k2} score=0.{k} threshold=0.75 REJECT
{ts} [BioAuth] WARN  matching service {ip2}:9090 latency {ms} ms
{ts} [BioAuth] ERROR device FP-{k3} image quality low (NFIQ {k3})
""",
    ),
    "ca_slow": (
        """\
{ts} WARN  [sign-pool-{k}] c.s.ca.SignService - SVS_SignData took {ms} ms
{ts} WARN  [sign-pool-{k}] c.s.ca.TsaClient - timestamp request to {ip2}:9810 slow ({ms2} ms)
{ts} ERROR [sign-pool-{k}] c.s.ca.SignService - verify failed: OCSP responder timeout, retry 1/3
""",
    ),
    "sms_otp": (
        """\
{ts} [MFA] send OTP to user {user} via provider SMS-GW
{ts} [MFA] WARN  provider accepted, delivery report delayed {ms} ms
{ts} [MFA] WARN  template signature 【旧院名】 pending update
?{ts} [MFA] DEBUG mobile {phone}
""",
    ),
    "queue_srv": (
        """\
{ts} [QueueServer] ERROR database connection lost: Communications link failure
{ts} [QueueServer] WARN  screen SCR-{k3}{k} heartbeat timeout, {k} screens offline
{ts} [QueueServer] ERROR TTS service {ip2}:8099 connection refused
?{ts} [QueueServer] INFO  pending call 患者:{name} 诊室 {k3}
{ts} [QueueServer] ERROR service stopped after {k3} restarts
""",
    ),
    "pos": (
        """\
{ts} [POS] 终端 {n2} 签到失败 RespCode=A0 (MAC校验错)
{ts} [POS] 交易 消费 金额 {k}.00 → 通讯失败, 连接银联前置 {ip2}:6001 超时
{ts} [POS] 扫码盒 QR-{k3} 支付请求返回 SYSTEMERROR
?{ts} [POS] 付款人 手机:{phone}
{ts} [POS] 当日失败交易 {k} 笔
""",
    ),
    "tube_labeler": (
        """\
{ts} [TubePrep] ERROR LIS query {ip2}:8080/lis/api/tubes timeout after {ms} ms
{ts} [TubePrep] ERROR unit BS-{k3} label printer head error, stopping
{ts} [TubePrep] WARN  tube bin {k3} empty
?{ts} [TubePrep] INFO  pending 患者:{name} 条码 {n}
{ts} [TubePrep] ERROR queue {k} patients waiting, manual mode required
""",
    ),
    "sigpad": (
        """\
{ts} [SignPad] open device HID VID_2A53 failed, error 0x{hex}
{ts} [SignPad] WARN  stroke data empty after confirm, points=0
{ts} [SignPad] INFO  reconnect attempt {k3}
""",
    ),
    "twain": (
        """\
{ts} [ScanStation] TWAIN DSM: data source 'fi-7160' not found
{ts} [ScanStation] ERROR scanner reported PAPER JAM at ADF, batch {n} page {k}
{ts} [ScanStation] WARN  duplex page count mismatch: front {k} back {k2}
""",
    ),
    "ambulance": (
        """\
{ts} [EMS-GW] WARN  vehicle AMB-{k3}{k} 5G link RSRP -1{k}dBm SINR -{k3}dB
{ts} [EMS-GW] ERROR vehicle AMB-{k3}{k} MQTT disconnected: keepalive timeout
{ts} [EMS-GW] ERROR 12-lead ECG upload from AMB-{k3}{k} failed: TLS handshake timeout
?{ts} [EMS-GW] INFO  case patient 姓名:{name} 电话:{phone}
{ts} [EMS-GW] WARN  {k3} vehicles offline
""",
    ),
    "rtc_audio": (
        """\
{ts} [stats] room={room} audio outbound level=0.0{k3} inbound level=0.00 packetsLost=0
{ts} [rtc] room={room} remote audio track muted=true (peer {user})
{ts} [device] AEC disabled: echo return loss {k3} dB
{ts} [device] microphone gain {k}% (agc off)
""",
    ),
    "rtc_record": (
        """\
{ts} [recorder] room={room} recording started file=/rec/{room}_{n}.mp4
{ts} [recorder] ERROR write failed: No space left on device after {k} min
{ts} [recorder] WARN  moov atom not written, file not playable
{ts} [recorder] ERROR upload to archive {ip2} failed: 403 Forbidden
""",
    ),
    "push_notify": (
        """\
{ts} INFO  [push-{k}] c.s.{pkg}.PushService - send template msg to doctor {user}
{ts} ERROR [push-{k}] c.s.{pkg}.PushService - wechat api errcode=45009 api freq out of limit
{ts} WARN  [push-{k}] c.s.{pkg}.PushService - queue backlog {n2}, oldest {k} min
?{ts} DEBUG [push-{k}] c.s.{pkg}.PushService - patient 姓名:{name} 手机:{phone}
""",
    ),
}
LOG_TEMPLATES = _SHARED_LOG_TEMPLATES | LOGS

# --------------------------------------------------------------------------- log values

HOST_PREFIX: dict[str, str] = {
    "his": "his",
    "emr": "emr",
    "lis": "lis",
    "pacs": "pacs",
    "nursing": "nis",
    "medical_device": "mdi",
    "integration": "esb",
    "database": "his",
    "network": "core",
    "infrastructure": "app",
    "identity": "cas",
    "peripheral": "print",
    "telemedicine": "rtc",
}
TABLES: dict[str, tuple[str, ...]] = {
    "his": ("MZ_GHMX", "MZ_SFJS", "ZY_YZXX", "YF_FYMX", "ZY_BRXX"),
    "emr": ("EMR_DOCUMENT", "EMR_SIGN", "BA_SY", "HL_JLD"),
    "lis": ("LIS_SAMPLE", "LIS_RESULT", "LIS_REQUEST"),
    "pacs": ("RIS_STUDY", "RIS_REPORT", "RIS_SCHEDULE"),
    "integration": ("ESB_MSG_LOG", "DICT_MAPPING", "ESB_RETRY_QUEUE"),
    "database": ("MZ_SFJS", "ZY_YZXX", "EMR_DOCUMENT", "YF_FYMX", "MZ_GHMX"),
}
DEFAULT_TABLES = ("MZ_SFJS", "ZY_YZXX", "EMR_DOCUMENT", "ZY_BRXX")
PC_PREFIXES = ("MZ-SFC", "JZ-GH", "ICU-NS", "W05-NS", "FSK-RD", "JYK-QS", "YWK-OFF", "W12-DR")
USER_PREFIXES = ("hs", "ys", "sf", "jy", "fs", "xx")
CHANNELS = (
    "HIS_ADT_to_LIS",
    "HIS_ORM_to_PACS",
    "LIS_ORU_to_HIS",
    "HIS_ADT_to_PACS",
    "EMR_MDM_to_HIE",
    "NIS_VITALS_IN",
)
PACS_AES = ("PACS_ARCH", "DCM4CHEE", "PACS_QR", "RIS_MWL")
MODALITY_AES = ("CT_GE_01", "MR_SIEMENS_1", "DR_ER_01", "US_PHILIPS_3", "COBAS8000", "XN1000")
MONITORS = ("MX700", "N17", "iMEC10", "BSM-6701")
PUMPS = ("Infusomat", "BeneFusion-SP5", "Agilia-VP", "SK-600")
VENTS = ("Servo-i", "Evita-V500", "SV800", "Hamilton-C6")
PRINTERS: dict[str, tuple[str, ...]] = {
    "print-invoice": ("EPSON LQ-630KII", "OKI 5200F", "Jolimark FP-630K"),
    "print-label": ("Zebra ZD888", "Zebra GK888t", "TSC TTP-244 Pro"),
    "print-report": ("HP LaserJet Pro M404dn", "Brother HL-5590DN", "Lenovo LJ2405D"),
}
PRINT_DOCS = ("Print Document", "发票_{n}", "腕带_{k}", "检验条码_{n}", "报告单")
SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗"
GIVEN_NAMES = (
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "强",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "建国",
    "桂英",
)
ID_REGIONS = ("110101", "310104", "440106", "330106", "510107", "420102")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FIRST_LOG_TIME = datetime(2026, 1, 5)
LOG_TIME_SPAN_DAYS = 320


def _pascal(app: str) -> str:
    """ "his-reg" -> "HisReg", for executables, namespaces and services."""
    return "".join(part.capitalize() for part in app.split("-"))


def _ip(rng: random.Random, second_octet: int) -> str:
    """A private address; servers sit in 10.1-3.x.x, clients in 10.20-60.x.x."""
    return f"10.{second_octet}.{rng.randint(1, 254)}.{rng.randint(2, 250)}"


def _guid(rng: random.Random) -> str:
    """A GUID drawn from `rng` (uuid4 would not be reproducible)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _resident_id(rng: random.Random) -> str:
    """A synthetic 18-digit resident ID: real layout and check digit, random content."""
    birth = datetime(1940, 1, 1) + timedelta(days=rng.randint(0, 29_000))
    body = f"{rng.choice(ID_REGIONS)}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def _log_values(rng: random.Random, fam: Family) -> dict[str, str]:
    """Random hosts, ids, devices and fake personal data for one log excerpt."""
    prefix = HOST_PREFIX[fam.subsystem]
    values = {
        "app": fam.app,
        "pkg": fam.app.replace("-", "."),
        "exe": f"{_pascal(fam.app)}.exe",
        "ns": f"SmartHos.{_pascal(fam.app)}",
        "svc": f"{_pascal(fam.app)}Service",
        "host": f"{prefix}-{rng.choice(('app', 'web', 'srv'))}{rng.randint(1, 4):02d}",
        "dbhost": f"{prefix}-db{rng.randint(1, 2):02d}",
        "pc": f"{rng.choice(PC_PREFIXES)}-{rng.randint(1, 40):02d}",
        "sw": f"{rng.choice(('CORE', 'AGG', 'ACC'))}-SW-{rng.choice('ABCD')}{rng.randint(1, 9)}",
        "esx": f"esxi-{rng.randint(1, 16):02d}.hosp.local",
        "vm": f"{rng.choice(('his', 'emr', 'esb', 'lis'))}-app{rng.randint(1, 6):02d}",
        "vol": f"5f{rng.getrandbits(24):06x}-{rng.getrandbits(16):04x}",
        "ip": _ip(rng, rng.randint(20, 60)),
        "ip2": _ip(rng, rng.randint(1, 3)),
        "user": f"{rng.choice(USER_PREFIXES)}{rng.randint(1, 9999):04d}",
        "k": str(rng.randint(10, 199)),
        "k2": str(rng.randint(10, 999)),
        "k3": str(rng.randint(2, 9)),
        "k4": str(rng.randint(10, 59)),
        "n": str(rng.randint(1000, 99999)),
        "n2": str(rng.randint(100, 9999)),
        "ms": str(rng.randint(3000, 65000)),
        "ms2": str(rng.randint(3000, 65000)),
        "pid": str(rng.randint(1000, 65000)),
        "pid2": str(rng.randint(1000, 65000)),
        "cid": str(rng.randint(10**11, 10**12 - 1)),
        "cid2": str(rng.randint(10**11, 10**12 - 1)),
        "table": rng.choice(TABLES.get(fam.subsystem, DEFAULT_TABLES)),
        "chan": rng.choice(CHANNELS),
        "ae": rng.choice(PACS_AES),
        "scu": rng.choice(MODALITY_AES),
        "uid": f"1.2.840.113619.2.55.3.{rng.randint(10**8, 10**9)}.{rng.randint(100, 999)}",
        "mon": f"{rng.choice(MONITORS)}-{rng.randint(1000, 9999)}",
        "pump": f"{rng.choice(PUMPS)}-{rng.randint(1000, 9999)}",
        "vent": f"{rng.choice(VENTS)}-{rng.randint(1, 20):02d}",
        "gw": f"{rng.randint(1, 4):02d}",
        "ward": f"W{rng.choice(WARD_NUMBERS):02d}",
        "bed": f"{rng.randint(1, 40):02d}",
        "mac": ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6)),
        "ap": f"AP-IP-{rng.randint(3, 16)}F-{rng.randint(1, 12):02d}",
        "ap2": f"AP-IP-{rng.randint(3, 16)}F-{rng.randint(1, 12):02d}",
        "printer": rng.choice(PRINTERS.get(fam.app, PRINTERS["print-report"])),
        "guid": _guid(rng),
        "sqlid": "".join(rng.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)),
        "sqlid2": "".join(rng.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)),
        "hex": f"{rng.getrandbits(32):08X}",
        "room": f"MDT-{rng.randint(100, 999)}",
        "name": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
        "idno": _resident_id(rng),
        "phone": f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}",
        "mrn": f"{rng.randint(1, 999_999):08d}",
    }
    values["doc"] = rng.choice(PRINT_DOCS).format_map(values)
    return values


def _stamps(t: datetime) -> dict[str, str]:
    """The same instant in each timestamp format the templates use."""
    ms = t.microsecond // 1000
    month = MONTHS[t.month - 1]
    return {
        "ts": f"{t:%Y-%m-%d %H:%M:%S}.{ms:03d}",
        "tsc": f"{t:%Y-%m-%d %H:%M:%S},{ms:03d}",
        "tsz": f"{t:%Y-%m-%d %H:%M:%S}",
        "tsiso": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+08:00",
        "tsw": f"{t.year}/{t.month}/{t.day} {t.hour}:{t:%M:%S}",
        "tsn": f"{t.day:02d}/{month}/{t.year}:{t:%H:%M:%S} +0800",
        "tsng": f"{t:%Y/%m/%d %H:%M:%S}",
        "tss": f"{month} {t.day:2d} {t:%H:%M:%S}",
        "tsh": f"{t:%Y%m%d%H%M%S}",
        "tsa": f"{t:%m-%d %H:%M:%S}.{ms:03d}",
        "tsq": f"{t:%Y-%m-%d %H:%M:%S}.{ms // 10:02d}",
    }


def _render_log(rng: random.Random, fam: Family) -> str:
    """One log excerpt from one of the family's log kinds, clock advancing line by line."""
    template = rng.choice(LOG_TEMPLATES[rng.choice(fam.logs.split())])
    values = _log_values(rng, fam)
    with_pii = rng.random() < PII_SHARE
    clock = FIRST_LOG_TIME + timedelta(
        days=rng.randint(0, LOG_TIME_SPAN_DAYS), microseconds=rng.randint(0, 86_399_999_999)
    )
    lines = []
    for line in template.splitlines():
        if line.startswith("?"):
            if not with_pii:
                continue
            line = line[1:]
        if "{ts" in line:
            clock += timedelta(milliseconds=rng.randint(1, rng.choice((900, 9000))))
        lines.append(line.format_map(values | _stamps(clock)))
    return "\n".join(lines)


# --------------------------------------------------------------------------- text


def _places(where: str) -> list[tuple[str, str, str]]:
    """(pool, zh, en) for every place in the named pools."""
    return [(pool, zh, en) for pool in where.split() for zh, en in PLACES[pool]]


def _fill(rng: random.Random, fam: Family, lang: str) -> dict[str, str]:
    """Placeholder values for one description: place, reporter, ward, bed and counts."""
    pool, zh, en = rng.choice(_places(fam.where))
    role_zh, role_en = rng.choice(ROLES[pool])
    ward = rng.choice(WARD_NUMBERS)
    common = {
        "bed": str(rng.randint(1, 40)),
        "n": str(rng.randint(3, 12)),
        "m": str(rng.choice((10, 15, 20, 30, 40, 50))),
        "ext": str(rng.randint(2000, 8999)),
    }
    if lang == "zh":
        return common | {"loc": zh, "bare": zh, "role": role_zh, "ward": f"{ward}病区"}
    return common | {
        "loc": en,
        "bare": en.removeprefix("the "),
        "role": role_en,
        "ward": f"Ward {ward}",
    }


def _join(parts: list[str], lang: str) -> str:
    """Join sentences, closing any that lacks end punctuation."""
    closer, sep = ("。", "") if lang == "zh" else (".", " ")
    closed = [p if p[-1] in SENTENCE_END[lang] else p + closer for p in parts[:-1]]
    return sep.join([*closed, parts[-1]])


def _compose(rng: random.Random, fam: Family, lang: str, wording: str) -> str:
    """A description: the wording, sometimes framed by tier-matched and neutral fragments."""
    fill = _fill(rng, fam, lang)
    body = wording.format_map(fill)
    if rng.random() < BARE_SHARE:
        return body
    key = (fam.tier, lang)
    impact = rng.choice(IMPACTS[key]) if rng.random() < 0.6 else ""
    # an impact that already says how long ("{m} minutes") leaves no room for a start time
    when = rng.choice(WHENS[lang]) if rng.random() < 0.35 and "{m}" not in impact else ""
    ask = rng.choice(ASKS[key]) if rng.random() < 0.3 else ""
    opener = rng.choice(OPENERS[key]) if rng.random() < 0.3 else ""
    parts = [p.format_map(fill) for p in (opener, body, impact, when, ask) if p]
    text = _join(parts, lang)
    if "{loc}" not in wording and rng.random() < 0.2:
        text = TAGS[lang].format_map(fill) + text
    if rng.random() < 0.3:
        text += "\n" + rng.choice(SIGNATURES[lang]).format_map(fill)
    return text


def _family_cases(fam: Family, seed: int) -> list[dict]:
    """All cases of one family; its own generator keeps it stable when others change."""
    rng = random.Random(f"{seed}/{fam.name}")
    decks = {
        lang: rng.sample(wordings, len(wordings))
        for lang, wordings in (("zh", fam.zh), ("en", fam.en))
    }
    with_log = [i < CASES_PER_FAMILY // 2 for i in range(CASES_PER_FAMILY)]
    rng.shuffle(with_log)
    seen: set[str] = set()
    cases = []
    for i in range(CASES_PER_FAMILY):
        lang = ("zh", "en")[i % 2]
        deck = decks[lang]
        for attempt in range(COMPOSE_TRIES):
            text = _compose(rng, fam, lang, deck[(i // 2 + attempt) % len(deck)])
            if text not in seen:
                break
        seen.add(text)
        cases.append(
            {
                "id": f"{fam.name}/{i:02d}",
                "family": fam.name,
                "lang": lang,
                "text": text,
                "log": _render_log(rng, fam) if with_log[i] else "",
                "subsystem": fam.subsystem,
                "tier": fam.tier,
            }
        )
    return cases


def generate_cases(seed: int = 20261126) -> list[dict]:
    """Every labelled case, family by family; the same seed always gives the same list."""
    return [case for fam in FAMILIES for case in _family_cases(fam, seed)]


def _check_tables() -> None:
    """Fail at import if the tables stop covering every label cell or name unknown kinds."""
    cells = Counter((fam.subsystem, fam.tier) for fam in FAMILIES)
    for subsystem in SUBSYSTEM_IDS:
        for tier in TIER_IDS:
            assert cells[(subsystem, tier)] >= MIN_FAMILIES_PER_CELL, (subsystem, tier)
    assert set(cells) <= {(s, t) for s in SUBSYSTEM_IDS for t in TIER_IDS}, set(cells)
    assert len({fam.name for fam in FAMILIES}) == len(FAMILIES), "duplicate family name"
    for fam in FAMILIES:
        assert fam.zh and fam.en, fam.name
        assert set(fam.logs.split()) <= LOG_TEMPLATES.keys(), fam.name
        assert set(fam.where.split()) <= PLACES.keys(), fam.name


_check_tables()
