<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Address</name>
        <message>
            <source>Unit %1</source>
            <translation>%1单元</translation>
        </message>
    </context>
    <context>
        <name>AddressTreeModel</name>
        <message>
            <source>Unit %1</source>
            <translation>%1单元</translation>
        </message>
    </context>
    <context>
        <name>BirthdayEntry</name>
        <message>
            <source>lunar %1</source>
            <comment>a lunar birthday, e.g. 农历三月初五</comment>
            <translation>农历%1</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>date format of a birthday in a list, e.g. M月d日</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>%1 (lunar)</source>
            <translation>%1（农历）</translation>
        </message>
        <message>
            <source>missed in %1</source>
            <translation>%1未到场</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month format, e.g. yyyy年M月</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>milestone %1</source>
            <translation>%1 整寿</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>No grid</source>
            <translation>未划网格</translation>
        </message>
    </context>
    <context>
        <name>BirthdayListModel</name>
        <message numerus="yes">
            <source>%1 — %n resident(s)</source>
            <translation>
                <numerusform>%1 — %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept by the resident's own choice of calendar.</source>
            <translation>按本人选择的历法过生日。</translation>
        </message>
        <message>
            <source>Kept by the office's default calendar.</source>
            <translation>按社区默认历法过生日。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Lunar birthday</source>
            <translation>农历生日</translation>
        </message>
        <message>
            <source>Birthday kept</source>
            <translation>本月生日</translation>
        </message>
        <message>
            <source>Age turning</source>
            <translation>周岁</translation>
        </message>
        <message>
            <source>Nominal age</source>
            <translation>虚岁</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>BirthdayPage</name>
        <message>
            <source>&amp;Record party…</source>
            <translation>登记生日会(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Print sign-in sheet…</source>
            <translation>打印签到表(&amp;P)…</translation>
        </message>
        <message>
            <source>Print one sheet per &amp;grid…</source>
            <translation>按网格分别打印(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Aged from</source>
            <translation>年龄不低于(&amp;A)</translation>
        </message>
        <message>
            <source>Solar calendar</source>
            <translation>公历</translation>
        </message>
        <message>
            <source>Lunar calendar</source>
            <translation>农历</translation>
        </message>
        <message>
            <source>The office's default; a resident can keep their own (right-click a name).</source>
            <translation>社区默认历法；居民可按本人习惯选择（在姓名上右键）。</translation>
        </message>
        <message>
            <source>&amp;Birthdays by</source>
            <translation>生日历法(&amp;B)</translation>
        </message>
        <message>
            <source>All grids</source>
            <translation>全部网格</translation>
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation>网格(&amp;G)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>标签(&amp;T)</translation>
        </message>
        <message>
            <source>Group by g&amp;rid</source>
            <translation>按网格分组(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Nominal age</source>
            <translation>显示虚岁(&amp;N)</translation>
        </message>
        <message>
            <source>Also show the age counted the traditional way (虚岁).</source>
            <translation>同时显示按传统方式计算的虚岁。</translation>
        </message>
        <message>
            <source>Full &amp;phone numbers</source>
            <translation>显示完整电话(&amp;P)</translation>
        </message>
        <message>
            <source>Birthdays in %1, aged %2 and over</source>
            <translation>%1过生日的 %2 周岁以上老人</translation>
        </message>
        <message numerus="yes">
            <source>%n resident(s)</source>
            <translation>
                <numerusform>共 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>80 and over: %1</source>
            <translation>80 岁以上：%1</translation>
        </message>
        <message>
            <source>100 and over: %1</source>
            <translation>百岁以上：%1</translation>
        </message>
        <message>
            <source>milestone birthdays: %1</source>
            <translation>整寿：%1</translation>
        </message>
        <message>
            <source>living alone: %1</source>
            <translation>独居：%1</translation>
        </message>
        <message>
            <source>missed last month: %1</source>
            <translation>上月未到场：%1</translation>
        </message>
        <message>
            <source>birthdays in the next 7 days</source>
            <translation>未来 7 天过生日</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>打印预览 — %1</translation>
        </message>
        <message>
            <source>Export birthday list</source>
            <translation>导出生日名单</translation>
        </message>
        <message>
            <source>birthdays-%1</source>
            <translation>生日名单-%1</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF sign-in sheet (*.pdf)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF 签到表 (*.pdf)</translation>
        </message>
        <message>
            <source>Exported %1 residents to %2.</source>
            <translation>已将 %1 人导出到 %2。</translation>
        </message>
        <message>
            <source>Birthday party recorded.</source>
            <translation>生日会已登记。</translation>
        </message>
        <message>
            <source>Keep this birthday by the &amp;lunar date</source>
            <translation>按农历过生日(&amp;L)</translation>
        </message>
        <message>
            <source>Keep this birthday by the &amp;solar date</source>
            <translation>按公历过生日(&amp;S)</translation>
        </message>
        <message>
            <source>Follow the office &amp;default</source>
            <translation>跟随社区默认(&amp;D)</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>老人生日</translation>
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation>更改未能保存。</translation>
        </message>
        <message>
            <source>%1's birthday calendar changed.</source>
            <translation>已更改 %1 的生日历法。</translation>
        </message>
    </context>
    <context>
        <name>BirthdayPartyDialog</name>
        <message>
            <source>Record birthday party — %1</source>
            <translation>登记生日会 — %1</translation>
        </message>
        <message>
            <source>&amp;Held on</source>
            <translation>举办日期(&amp;H)</translation>
        </message>
        <message>
            <source>Whole community</source>
            <translation>全社区</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>范围(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>地点(&amp;P)</translation>
        </message>
        <message>
            <source>e.g. cake and longevity noodles</source>
            <translation>例如：蛋糕和长寿面</translation>
        </message>
        <message>
            <source>G&amp;ift</source>
            <translation>礼品(&amp;I)</translation>
        </message>
        <message>
            <source>who held the party or made the visits</source>
            <translation>生日会主持人或上门慰问人</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>经办人(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Everyone &amp;came</source>
            <translation>全部到场(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>清除(&amp;L)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Visited at home</source>
            <translation>上门慰问</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>%1 on the list: %2 came, %3 visited at home, %4 missed (* missed last month)</source>
            <translation>名单 %1 人：到场 %2 人，上门慰问 %3 人，未到 %4 人（* 表示上月未到场）</translation>
        </message>
    </context>
    <context>
        <name>BirthdayPartyStore</name>
        <message>
            <source>Month: please choose the month whose birthdays were celebrated.</source>
            <translation>月份：请选择本次生日会庆祝的月份。</translation>
        </message>
        <message>
            <source>Date: please enter the day the party was held.</source>
            <translation>日期：请输入生日会举办日期。</translation>
        </message>
        <message>
            <source>Date: a party can only be recorded once it has been held.</source>
            <translation>日期：生日会举办后才能登记。</translation>
        </message>
        <message>
            <source>List: the party has nobody on its list.</source>
            <translation>名单：名单上没有人。</translation>
        </message>
        <message>
            <source>List: each resident can appear only once.</source>
            <translation>名单：每位居民只能出现一次。</translation>
        </message>
        <message>
            <source>Grid: the chosen grid no longer exists.</source>
            <translation>网格：所选网格已不存在。</translation>
        </message>
        <message>
            <source>The database is busy; please try again.</source>
            <translation>数据库正忙，请稍后重试。</translation>
        </message>
        <message>
            <source>This party record no longer exists.</source>
            <translation>该生日会记录已不存在。</translation>
        </message>
        <message>
            <source>The party could not be saved.</source>
            <translation>生日会未能保存。</translation>
        </message>
        <message>
            <source>The party's list could not be saved.</source>
            <translation>生日会名单未能保存。</translation>
        </message>
        <message>
            <source>The party could not be saved; nothing was changed.</source>
            <translation>生日会未能保存，未做任何改动。</translation>
        </message>
    </context>
    <context>
        <name>BirthdaySheet</name>
        <message numerus="yes">
            <source>%n resident(s); aged 80 and over: %1; 100 and over: %2</source>
            <translation>
                <numerusform>共 %n 人；80 岁以上 %1 人；百岁以上 %2 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday party sign-in sheet</source>
            <translation>老人生日会签到表</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>community name, sheet title</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Lunar birthday</source>
            <translation>农历生日</translation>
        </message>
        <message>
            <source>Birthday kept</source>
            <translation>本月生日</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>历法</translation>
        </message>
        <message>
            <source>Age turning</source>
            <translation>周岁</translation>
        </message>
        <message>
            <source>Nominal age</source>
            <translation>虚岁</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Living alone</source>
            <translation>独居</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>lunar</source>
            <translation>农历</translation>
        </message>
        <message>
            <source>solar</source>
            <translation>公历</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>nominal %1</source>
            <comment>虚岁, printed under the age</comment>
            <translation>虚岁 %1</translation>
        </message>
        <message>
            <source>Whole community</source>
            <translation>全社区</translation>
        </message>
        <message>
            <source>Birthdays in %1, aged %2 and over</source>
            <translation>%1过生日的 %2 周岁以上老人</translation>
        </message>
        <message>
            <source>Party date: __________   Place: __________   Host: __________</source>
            <translation>日期：__________   地点：__________   主持人：__________</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>周岁</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Printed %1. Shaded rows: milestone birthdays.</source>
            <translation>打印于 %1。底色行为整寿。</translation>
        </message>
        <message>
            <source>%1: the file name must end in .pdf, .csv or .xlsx.</source>
            <translation>%1：文件名必须以 .pdf、.csv 或 .xlsx 结尾。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--households: expected a positive whole number, got "%1".</source>
            <translation>--households：应为正整数，实际为“%1”。</translation>
        </message>
        <message>
            <source>Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.</source>
            <translation>演示社区已写入：%1 个网格、%2 个小区、%3 栋楼、%4 户、%5 人。</translation>
        </message>
        <message>
            <source>--limit: expected a positive whole number, got "%1".</source>
            <translation>--limit：应为正整数，实际为“%1”。</translation>
        </message>
        <message>
            <source>%1 found, %2 shown.</source>
            <translation>共找到 %1 人，显示 %2 人。</translation>
        </message>
        <message>
            <source>The database is intact.</source>
            <translation>数据库完好。</translation>
        </message>
        <message>
            <source>The database has %1 problem(s).</source>
            <translation>数据库有 %1 处问题。</translation>
        </message>
        <message>
            <source>CommunityDesk command line</source>
            <translation>社区工作台命令行</translation>
        </message>
        <message>
            <source>The database FILE.</source>
            <translation>数据库文件 FILE。</translation>
        </message>
        <message>
            <source>Households of demo data (default 1200).</source>
            <translation>演示数据的户数（默认 1200）。</translation>
        </message>
        <message>
            <source>At most N results (default 50).</source>
            <translation>最多显示 N 条结果（默认 50）。</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <source>search: please give the text to search for.</source>
            <translation>search：请给出要检索的文字。</translation>
        </message>
        <message>
            <source>birthdays: write the list to FILE (.pdf, .csv, .xlsx).</source>
            <translation>birthdays：将名单写入 FILE（.pdf、.csv、.xlsx）。</translation>
        </message>
        <message>
            <source>birthdays: by lunar birthday, for residents without a calendar of their own.</source>
            <translation>birthdays：未自选历法的居民按农历生日统计。</translation>
        </message>
        <message>
            <source>birthdays: aged N and over (default: the desk's setting, 60).</source>
            <translation>birthdays：N 周岁以上（默认取本机设置，60）。</translation>
        </message>
        <message>
            <source>birthdays: one sign-in sheet per grid.</source>
            <translation>birthdays：每个网格一张签到表。</translation>
        </message>
        <message>
            <source>birthdays: print full phone numbers (masked by default).</source>
            <translation>birthdays：打印完整电话号码（默认遮挡）。</translation>
        </message>
        <message>
            <source>birthdays: expected a month as YYYY-MM (1901-01 to 2100-12), got "%1".</source>
            <translation>birthdays：月份应为 YYYY-MM（1901-01 至 2100-12），实际为“%1”。</translation>
        </message>
        <message>
            <source>birthdays: --out: please give a file ending in .pdf, .csv or .xlsx.</source>
            <translation>birthdays：--out：请给出以 .pdf、.csv 或 .xlsx 结尾的文件。</translation>
        </message>
        <message>
            <source>--min-age: expected an age from 0 to 150, got "%1".</source>
            <translation>--min-age：年龄应在 0 到 150 之间，实际为“%1”。</translation>
        </message>
        <message>
            <source>%1: %2 residents (80 and over: %3, 100 and over: %4, living alone: %5) written to %6.</source>
            <translation>%1：%2 人（80 岁以上 %3 人，百岁以上 %4 人，独居 %5 人）已写入 %6。</translation>
        </message>
        <message>
            <source>birthdays: please give the month, as YYYY-MM.</source>
            <translation>birthdays：请给出月份，格式为 YYYY-MM。</translation>
        </message>
        <message>
            <source>Commands:
  demo [--households N]   fill an empty database with a demo community
  search TEXT [--limit N] search the register as the main window does
  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]
                          [--show-phones]  the month's birthday list of the elderly; a PDF is
                          the sign-in sheet
  check                   check the database file's integrity
  coverage                list buildings in no grid and households with no building</source>
            <translation>命令：
  demo [--households N]   向空数据库填入演示社区
  search 文本 [--limit N]  按主窗口的方式检索台账
  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]
                          [--show-phones]  当月过生日的老人名单；PDF 为签到表
  check                   检查数据库文件是否完好
  coverage                列出未划入网格的楼栋和没有楼栋的住户</translation>
        </message>
        <message>
            <source>building %1	%2 %3	in no grid (%4 households)</source>
            <translation>楼栋 %1	%2 %3	未划入网格（%4 户）</translation>
        </message>
        <message>
            <source>household %1	%2	has no building</source>
            <translation>住户 %1	%2	没有楼栋</translation>
        </message>
        <message>
            <source>Every building is in a grid and every household has a building.</source>
            <translation>所有楼栋均已划入网格，所有住户均有楼栋。</translation>
        </message>
        <message>
            <source>%1 building(s) in no grid, %2 household(s) with no building.</source>
            <translation>%1 栋楼未划入网格，%2 户没有楼栋。</translation>
        </message>
        <message>
            <source>demo, search, birthdays, coverage or check</source>
            <translation>demo、search、birthdays、coverage 或 check</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The SQLite database driver is not installed.</source>
            <translation>未安装 SQLite 数据库驱动。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot open the database file %1.</source>
            <translation>无法打开数据库文件 %1。</translation>
        </message>
        <message>
            <source>The file %1 is not a CommunityDesk database or it is damaged.</source>
            <translation>文件 %1 不是社区工作台数据库，或已损坏。</translation>
        </message>
        <message>
            <source>The database file %1 is in use or read-only.</source>
            <translation>数据库文件 %1 正被占用或为只读。</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of CommunityDesk (data version %2, this program knows up to %3). Please update the program; the file has not been changed.</source>
            <translation>数据库 %1 由更新版本的社区工作台写入（数据版本 %2，本程序最高支持 %3）。请升级程序；该文件未被改动。</translation>
        </message>
        <message>
            <source>The database %1 could not be upgraded; it has been left as it was.</source>
            <translation>数据库 %1 升级失败，已保持原样。</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The number of households must be between 1 and 2,000,000.</source>
            <translation>户数必须在 1 到 2,000,000 之间。</translation>
        </message>
        <message>
            <source>The database already holds residents; demo data is only added to an empty database.</source>
            <translation>数据库中已有居民；演示数据只能写入空数据库。</translation>
        </message>
        <message>
            <source>Demo data could not be written (%1).</source>
            <translation>演示数据写入失败（%1）。</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>已取消，未写入任何数据。</translation>
        </message>
    </context>
    <context>
        <name>GridAssignPanel</name>
        <message>
            <source>Assign ticked buildings</source>
            <translation>划入勾选的楼栋</translation>
        </message>
        <message>
            <source>Assign whole compound</source>
            <translation>整个小区划入</translation>
        </message>
        <message>
            <source>Compound:</source>
            <translation>小区：</translation>
        </message>
        <message>
            <source>no grid</source>
            <translation>未划网格</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n building(s) now in %1.</source>
            <translation>
                <numerusform>%n 栋楼已划入%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is now in %2.</source>
            <translation>%1 已划入%2。</translation>
        </message>
    </context>
    <context>
        <name>GridCoveragePanel</name>
        <message>
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>Compound</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>户主</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>&lt;b&gt;Buildings in no grid&lt;/b&gt; (double-click to see their households)</source>
            <translation>&lt;b&gt;未划入网格的楼栋&lt;/b&gt;（双击查看住户）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Households with no building&lt;/b&gt;</source>
            <translation>&lt;b&gt;没有楼栋的住户&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Every building is in a grid and every household has a building.</source>
            <translation>所有楼栋均已划入网格，所有住户均有楼栋。</translation>
        </message>
        <message>
            <source>%1 building(s) in no grid, %2 household(s) with no building.</source>
            <translation>%1 栋楼未划入网格，%2 户没有楼栋。</translation>
        </message>
    </context>
    <context>
        <name>GridEditor</name>
        <message>
            <source>&amp;Save grid</source>
            <translation>保存网格(&amp;S)</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编号：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Grid worker:</source>
            <translation>网格员：</translation>
        </message>
        <message>
            <source>Grid leader:</source>
            <translation>网格长：</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>颜色：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Grid colour</source>
            <translation>网格颜色</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>GridGeoJson</name>
        <message>
            <source>%1: cannot be read (%2).</source>
            <translation>%1：无法读取（%2）。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>not valid JSON at character %1 (%2).</source>
            <translation>第 %1 个字符处不是有效的 JSON（%2）。</translation>
        </message>
        <message>
            <source>the file is not a GeoJSON FeatureCollection ("type" must be "FeatureCollection").</source>
            <translation>文件不是 GeoJSON FeatureCollection（"type" 必须为 "FeatureCollection"）。</translation>
        </message>
        <message>
            <source>the FeatureCollection has no features.</source>
            <translation>FeatureCollection 中没有任何要素。</translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>第 %1 个要素</translation>
        </message>
        <message>
            <source>%1 has no "code" property naming its grid.</source>
            <translation>%1 缺少指明网格的 "code" 属性。</translation>
        </message>
        <message>
            <source>%1: no active grid has the code "%2".</source>
            <translation>%1：没有编号为“%2”的在用网格。</translation>
        </message>
        <message>
            <source>%1: grid "%2" appears more than once.</source>
            <translation>%1：网格“%2”出现了不止一次。</translation>
        </message>
        <message>
            <source>%1 (grid %2) is a MultiPolygon of %3 parts; a grid boundary must be one polygon.</source>
            <translation>%1（网格 %2）是包含 %3 部分的 MultiPolygon；网格边界必须是单个多边形。</translation>
        </message>
        <message>
            <source>%1 (grid %2) has geometry type "%3"; only Polygon is accepted.</source>
            <translation>%1（网格 %2）的几何类型为“%3”；只接受 Polygon。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1 (grid %2) has no coordinates.</source>
            <translation>%1（网格 %2）没有坐标。</translation>
        </message>
        <message>
            <source>%1 (grid %2), point %3 is not a pair of numbers.</source>
            <translation>%1（网格 %2）第 %3 个点不是一对数字。</translation>
        </message>
        <message>
            <source>%1 (grid %2) has fewer than three distinct points.</source>
            <translation>%1（网格 %2）不同的点少于三个。</translation>
        </message>
        <message>
            <source>%1 (grid %2) encloses no area.</source>
            <translation>%1（网格 %2）围成的面积为零。</translation>
        </message>
        <message>
            <source>the boundary of grid %1 could not be saved; nothing was imported.</source>
            <translation>网格 %1 的边界未能保存；未导入任何内容。</translation>
        </message>
        <message>
            <source>the boundaries could not be saved; nothing was imported.</source>
            <translation>边界未能保存；未导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>GridMapImage</name>
        <message>
            <source>%1 cannot be read (%2).</source>
            <translation>%1 无法读取（%2）。</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPG image.</source>
            <translation>%1 不是 PNG 或 JPG 图片。</translation>
        </message>
        <message>
            <source>%1 could not be read as an image (%2).</source>
            <translation>%1 无法作为图片读取（%2）。</translation>
        </message>
        <message>
            <source>The image could not be saved in the database.</source>
            <translation>图片未能保存到数据库。</translation>
        </message>
    </context>
    <context>
        <name>GridPage</name>
        <message>
            <source>&amp;New grid</source>
            <translation>新建网格(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Archive grid…</source>
            <translation>归档网格(&amp;A)…</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Buildings of this grid</source>
            <translation>本网格的楼栋</translation>
        </message>
        <message>
            <source>Grids</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>Coverage check</source>
            <translation>覆盖检查</translation>
        </message>
        <message>
            <source>Grid saved.</source>
            <translation>网格已保存。</translation>
        </message>
        <message>
            <source>Save the grid first, then assign its buildings.</source>
            <translation>请先保存网格，再划入楼栋。</translation>
        </message>
        <message>
            <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Households&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Residents&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Aged 60+&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;%4&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;户数&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;人数&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;60 岁以上&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;%4&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='color:#5a6472'&gt;Open cases: %1 — counted once the cases module exists.&lt;/p&gt;</source>
            <translation>&lt;p style='color:#5a6472'&gt;未办结诉求：%1 — 诉求模块上线后开始统计。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open cases are counted once the cases module exists; until then they show as 0.</source>
            <translation>诉求模块上线后才统计未办结诉求，在此之前显示为 0。</translation>
        </message>
        <message>
            <source>Archive grid</source>
            <translation>归档网格</translation>
        </message>
        <message>
            <source>Archive %1 %2 as of today? It stays in the records but is no longer offered.</source>
            <translation>自今日起归档 %1 %2？记录将保留，但不再供选择。</translation>
        </message>
        <message>
            <source>Grid archived.</source>
            <translation>网格已归档。</translation>
        </message>
    </context>
    <context>
        <name>GridStore</name>
        <message>
            <source>Code: enter the grid's code, e.g. G01.</source>
            <translation>编号：请输入网格编号，例如 G01。</translation>
        </message>
        <message>
            <source>Name: enter the grid's name.</source>
            <translation>名称：请输入网格名称。</translation>
        </message>
        <message>
            <source>Colour: "%1" is not a colour.</source>
            <translation>颜色：“%1”不是有效的颜色。</translation>
        </message>
        <message>
            <source>There is no community yet to add the grid to.</source>
            <translation>还没有社区，无法添加网格。</translation>
        </message>
        <message>
            <source>Code: another grid already has the code %1.</source>
            <translation>编号：已有其他网格使用编号 %1。</translation>
        </message>
        <message>
            <source>The grid could not be saved (%1).</source>
            <translation>网格未能保存（%1）。</translation>
        </message>
        <message>
            <source>The grid could not be saved.</source>
            <translation>网格未能保存。</translation>
        </message>
        <message numerus="yes">
            <source>%n building(s) still belong to this grid; assign them to another grid first.</source>
            <translation>
                <numerusform>本网格仍有 %n 栋楼；请先将其划入其他网格。</numerusform>
            </translation>
        </message>
        <message>
            <source>The grid could not be archived.</source>
            <translation>网格未能归档。</translation>
        </message>
        <message>
            <source>Choose the grid the buildings belong to; every building belongs to exactly one grid.</source>
            <translation>请选择楼栋所属网格；每栋楼只能属于一个网格。</translation>
        </message>
        <message>
            <source>That grid is archived; choose an active grid.</source>
            <translation>该网格已归档，请选择在用网格。</translation>
        </message>
        <message>
            <source>Choose at least one building.</source>
            <translation>请至少选择一栋楼。</translation>
        </message>
        <message>
            <source>Building %1 does not exist or is archived.</source>
            <translation>楼栋 %1 不存在或已归档。</translation>
        </message>
        <message>
            <source>The assignment could not be saved.</source>
            <translation>划分未能保存。</translation>
        </message>
        <message>
            <source>That compound has no buildings to assign.</source>
            <translation>该小区没有可划入的楼栋。</translation>
        </message>
        <message>
            <source>A boundary needs at least three points.</source>
            <translation>边界至少需要三个点。</translation>
        </message>
        <message>
            <source>The boundary encloses no area.</source>
            <translation>边界围成的面积为零。</translation>
        </message>
        <message>
            <source>The boundary could not be saved.</source>
            <translation>边界未能保存。</translation>
        </message>
        <message>
            <source>The building's position could not be saved.</source>
            <translation>楼栋位置未能保存。</translation>
        </message>
    </context>
    <context>
        <name>GridTableModel</name>
        <message>
            <source>Open cases are counted once the cases module exists; until then this shows 0.</source>
            <translation>诉求模块上线后才统计未办结诉求，在此之前显示为 0。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Grid worker</source>
            <translation>网格员</translation>
        </message>
        <message>
            <source>Grid leader</source>
            <translation>网格长</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Aged 60+</source>
            <translation>60 岁以上</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未办结诉求</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <source>Edit household</source>
            <translation>编辑住户</translation>
        </message>
        <message>
            <source>New household</source>
            <translation>新建住户</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>&amp;Compound / building</source>
            <translation>小区/楼栋(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单元(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>房号(&amp;R)</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>迁入日期</translation>
        </message>
        <message>
            <source>&amp;Housing</source>
            <translation>住房性质(&amp;H)</translation>
        </message>
        <message>
            <source>Household &amp;phone</source>
            <translation>户联系电话(&amp;P)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>家庭成员</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation to head</source>
            <translation>与户主关系</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&amp;New member</source>
            <translation>新成员(&amp;N)</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>从列表移除</translation>
        </message>
        <message>
            <source>Only members not yet saved can be removed; others move out with a date.</source>
            <translation>只能移除尚未保存的成员；已保存的成员请按日期办理迁出。</translation>
        </message>
        <message>
            <source>(choose compound)</source>
            <translation>（选择小区）</translation>
        </message>
        <message>
            <source>(choose building)</source>
            <translation>（选择楼栋）</translation>
        </message>
        <message>
            <source>&amp;Add to household</source>
            <translation>加入本户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Update member</source>
            <translation>更新成员(&amp;U)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>IdNumber</name>
        <message>
            <source>Please enter the ID number.</source>
            <translation>请输入身份证号。</translation>
        </message>
        <message>
            <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
            <extracomment>%1 is the number of characters entered</extracomment>
            <translation>身份证号应为 18 位（旧证 15 位），此号码为 %1 位。</translation>
        </message>
        <message>
            <source>Character %1 ("%2") is not allowed: an ID number has only digits, and X only as the 18th character.</source>
            <extracomment>%1 is the position (1 = first), %2 the character</extracomment>
            <translation>第 %1 位（“%2”）无效：身份证号只能是数字，X 只能出现在第 18 位。</translation>
        </message>
        <message>
            <source>The check digit is wrong: the last character should be %1. Please check the whole number for typing errors.</source>
            <extracomment>%1 is the expected last character, a digit or X</extracomment>
            <translation>校验位不正确：最后一位应为 %1。请检查整个号码是否输错。</translation>
        </message>
        <message>
            <source>The number starts with %1, which is not a province code.</source>
            <extracomment>%1 is the first two digits of the number</extracomment>
            <translation>号码以 %1 开头，这不是有效的省级代码。</translation>
        </message>
        <message>
            <source>The region code %1 names a whole province, not a county: digits 3 to 6 cannot all be 0.</source>
            <extracomment>%1 is a 6-digit region code such as 110000</extracomment>
            <translation>地区码 %1 只表示省份而非区县：第 3 至 6 位不能全为 0。</translation>
        </message>
        <message>
            <source>The birth date in the number, %1, does not exist. Check digits %2 to %3.</source>
            <extracomment>%1 is the date as written in the number (yyyy-MM-dd), %2 and %3 the positions of the date digits</extracomment>
            <translation>号码中的出生日期 %1 不存在。请检查第 %2 至 %3 位。</translation>
        </message>
        <message>
            <source>The birth date in the number, %1, is in the future.</source>
            <extracomment>%1 is a date (yyyy-MM-dd)</extracomment>
            <translation>号码中的出生日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>The birth date in the number, %1, is before 1900.</source>
            <extracomment>%1 is a date (yyyy-MM-dd)</extracomment>
            <translation>号码中的出生日期 %1 早于 1900 年。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CommunityDesk</source>
            <translation>社区工作台</translation>
        </message>
        <message>
            <source>CommunityDesk — %1</source>
            <translation>社区工作台 — %1</translation>
        </message>
        <message>
            <source>Household register</source>
            <translation>住户台账</translation>
        </message>
        <message>
            <source>Grids and map</source>
            <translation>网格与地图</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>老人生日</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>keep volunteer teams, shifts, service hours and points.</source>
            <translation>管理志愿服务队、排班、服务时长和积分。</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>诉求办理</translation>
        </message>
        <message>
            <source>take residents' requests and problems through the closed loop from intake to follow-up.</source>
            <translation>将居民诉求和问题按受理到回访的闭环流程办理。</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>社区活动</translation>
        </message>
        <message>
            <source>record community events with participants and volunteers.</source>
            <translation>记录社区活动及参与居民和志愿者。</translation>
        </message>
        <message>
            <source>Charts and reports</source>
            <translation>图表与月报</translation>
        </message>
        <message>
            <source>see charts of cases and events per grid and print the monthly report.</source>
            <translation>按网格查看诉求和活动图表，打印月度报表。</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>台账(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About CommunityDesk</source>
            <translation>关于社区工作台(&amp;A)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>The new language will be used the next time CommunityDesk starts.</source>
            <translation>新语言将在下次启动社区工作台时生效。</translation>
        </message>
        <message>
            <source>About CommunityDesk</source>
            <translation>关于社区工作台</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CommunityDesk %1&lt;/h3&gt;&lt;p&gt;The register, grids, cases and reports of a community office, on one desk or shared by a street office.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;社区工作台 %1&lt;/h3&gt;&lt;p&gt;社区居委会的台账、网格、诉求和报表，可单机使用，也可由街道办共享。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <source>Colour by:</source>
            <translation>着色依据：</translation>
        </message>
        <message>
            <source>Grid colours</source>
            <translation>网格颜色</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Residents aged 60+</source>
            <translation>60 岁以上人数</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>&amp;Draw boundary</source>
            <translation>绘制边界(&amp;D)</translation>
        </message>
        <message>
            <source>Click the corners of the grid on the map; double-click or press Enter to finish, Esc to cancel. The old boundary is replaced.</source>
            <translation>在地图上依次点击网格的各个拐点；双击或按 Enter 完成，Esc 取消。原边界将被替换。</translation>
        </message>
        <message>
            <source>&amp;Edit shapes</source>
            <translation>编辑形状(&amp;E)</translation>
        </message>
        <message>
            <source>Drag boundary corners and building markers; each drag is saved at once.</source>
            <translation>拖动边界拐点和楼栋标记；每次拖动立即保存。</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Show the whole map (key 0); + and - zoom.</source>
            <translation>显示整张地图（按 0）；+ 和 - 缩放。</translation>
        </message>
        <message>
            <source>Import image…</source>
            <translation>导入底图…</translation>
        </message>
        <message>
            <source>Import GeoJSON…</source>
            <translation>导入 GeoJSON…</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Wheel or +/- to zoom, 0 to fit, drag to pan. Click a building to see its households, a grid to open its page.</source>
            <translation>滚轮或 +/- 缩放，0 适应窗口，拖动平移。点击楼栋查看住户，点击网格打开网格页。</translation>
        </message>
        <message>
            <source>Drawing cancelled.</source>
            <translation>已取消绘制。</translation>
        </message>
        <message>
            <source>Grid map</source>
            <translation>网格地图</translation>
        </message>
        <message>
            <source>Click the corners of %1; double-click or Enter to finish.</source>
            <translation>请点击%1的各个拐点；双击或按 Enter 完成。</translation>
        </message>
        <message>
            <source>Boundary saved.</source>
            <translation>边界已保存。</translation>
        </message>
        <message>
            <source>Import base image</source>
            <translation>导入底图</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Base image imported; boundaries and markers keep their pixel positions.</source>
            <translation>底图已导入；边界和标记保持原有像素位置。</translation>
        </message>
        <message>
            <source>Import boundaries</source>
            <translation>导入边界</translation>
        </message>
        <message>
            <source>GeoJSON (*.geojson *.json)</source>
            <translation>GeoJSON (*.geojson *.json)</translation>
        </message>
        <message>
            <source>Nothing was imported.

%1</source>
            <translation>未导入任何内容。

%1</translation>
        </message>
        <message numerus="yes">
            <source>%n boundary(ies) imported.</source>
            <translation>
                <numerusform>已导入 %n 条边界。</numerusform>
            </translation>
        </message>
        <message>
            <source> — %1</source>
            <translation> — %1</translation>
        </message>
        <message>
            <source>%1 grid map%2</source>
            <translation>%1网格地图%2</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>导出地图</translation>
        </message>
        <message>
            <source>grid-map.pdf</source>
            <translation>网格地图.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Map exported to %1.</source>
            <translation>地图已导出到 %1。</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>打印预览 — %1</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Boundary of %1 saved.</source>
            <translation>%1的边界已保存。</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2 — %n household(s)</source>
            <translation>
                <numerusform>%1 %2 — %n 户</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 moved.</source>
            <translation>%1 已移动。</translation>
        </message>
        <message>
            <source>&lt;br&gt;%1: %2</source>
            <translation>&lt;br&gt;%1：%2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Households: %2&lt;br&gt;Residents: %3&lt;br&gt;Aged 60+: %4%5&lt;br&gt;Open cases: %6 (counted once the cases module exists)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;户数：%2&lt;br&gt;人数：%3&lt;br&gt;60 岁以上：%4%5&lt;br&gt;未办结诉求：%6（诉求模块上线后开始统计）</translation>
        </message>
        <message>
            <source>Grids</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Residents per grid</source>
            <translation>各网格人数</translation>
        </message>
        <message>
            <source>Residents aged 60+ per grid</source>
            <translation>各网格 60 岁以上人数</translation>
        </message>
        <message>
            <source>Households per grid</source>
            <translation>各网格户数</translation>
        </message>
        <message>
            <source>
Not on the map yet: turn on Edit shapes and drag it into place.</source>
            <translation>
尚未放到地图上：打开“编辑形状”后拖到相应位置。</translation>
        </message>
    </context>
    <context>
        <name>MoveHouseholdDialog</name>
        <message>
            <source>Move %1 to another household</source>
            <translation>将 %1 迁至其他住户</translation>
        </message>
        <message>
            <source>Choose the household %1 moves to:</source>
            <translation>选择 %1 迁入的住户：</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>Please enter the phone number.</source>
            <translation>请输入电话号码。</translation>
        </message>
        <message>
            <source>"%1" cannot be part of a phone number.</source>
            <extracomment>%1 is a character the clerk typed</extracomment>
            <translation>“%1”不能出现在电话号码中。</translation>
        </message>
        <message>
            <source>Only phone numbers in mainland China (+86) can be entered.</source>
            <translation>只能输入中国大陆（+86）的电话号码。</translation>
        </message>
        <message>
            <source>A mobile number has 11 digits; this one has %1.</source>
            <extracomment>%1 is the number of digits entered</extracomment>
            <translation>手机号应为 11 位，此号码为 %1 位。</translation>
        </message>
        <message>
            <source>A mobile number starts with 13 to 19; this one starts with %1.</source>
            <extracomment>%1 is the first two digits entered</extracomment>
            <translation>手机号应以 13 至 19 开头，此号码以 %1 开头。</translation>
        </message>
        <message>
            <source>After the area code %1 come 7 or 8 digits; this number has %2.</source>
            <extracomment>%1 is an area code such as 010, %2 a number of digits</extracomment>
            <translation>区号 %1 后应为 7 或 8 位，此号码为 %2 位。</translation>
        </message>
        <message>
            <source>The number after the area code cannot start with 0.</source>
            <translation>区号后的号码不能以 0 开头。</translation>
        </message>
        <message>
            <source>An extension has at most 6 digits; this one has %1.</source>
            <extracomment>%1 is a number of digits</extracomment>
            <translation>分机号最多 6 位，此分机号为 %1 位。</translation>
        </message>
        <message>
            <source>A number with an extension needs the area code in front, e.g. 010-12345678-123.</source>
            <translation>带分机号的号码需要加区号，例如 010-12345678-123。</translation>
        </message>
        <message>
            <source>The number is too short: a mobile number has 11 digits, a landline 7 or 8 after the area code.</source>
            <translation>号码太短：手机号为 11 位，固定电话区号后为 7 或 8 位。</translation>
        </message>
        <message>
            <source>A landline number without area code has 7 or 8 digits; this one has %1.</source>
            <extracomment>%1 is a number of digits</extracomment>
            <translation>不带区号的固定电话应为 7 或 8 位，此号码为 %1 位。</translation>
        </message>
        <message>
            <source>This is not a phone number. Enter a mobile number (11 digits) or a landline with area code, e.g. 010-12345678.</source>
            <translation>这不是电话号码。请输入 11 位手机号，或带区号的固定电话，例如 010-12345678。</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This module is not available yet. It will let you: %1</source>
            <translation>此模块尚未开放。开放后可以：%1</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>&amp;New household</source>
            <translation>新建住户(&amp;N)</translation>
        </message>
        <message>
            <source>Edit &amp;household</source>
            <translation>编辑住户(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Edit resident</source>
            <translation>编辑居民(&amp;E)</translation>
        </message>
        <message>
            <source>Move &amp;out…</source>
            <translation>迁出(&amp;O)…</translation>
        </message>
        <message>
            <source>Record &amp;death…</source>
            <translation>登记死亡(&amp;D)…</translation>
        </message>
        <message>
            <source>Moved &amp;back…</source>
            <translation>迁回(&amp;B)…</translation>
        </message>
        <message>
            <source>Move to another household…</source>
            <translation>迁至其他住户…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>Search name, pinyin initials (zs), ID number, phone or address — Ctrl+F</source>
            <translation>检索姓名、拼音首字母（zs）、身份证号、电话或地址 — Ctrl+F</translation>
        </message>
        <message>
            <source>Show full ID and phone numbers</source>
            <translation>显示完整证件号和电话</translation>
        </message>
        <message>
            <source>%1 residents</source>
            <translation>共 %1 人</translation>
        </message>
        <message>
            <source>All grids</source>
            <translation>全部网格</translation>
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation>网格(&amp;G)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>标签(&amp;T)</translation>
        </message>
        <message>
            <source>Re&amp;sidency</source>
            <translation>户籍类型(&amp;S)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>状态(&amp;U)</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>&amp;Age from</source>
            <translation>年龄(&amp;A)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>重置(&amp;R)</translation>
        </message>
        <message>
            <source>Household saved.</source>
            <translation>住户已保存。</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 已保存。</translation>
        </message>
        <message>
            <source>Change recorded.</source>
            <translation>变更已登记。</translation>
        </message>
        <message>
            <source>Move out</source>
            <translation>迁出</translation>
        </message>
        <message>
            <source>%1 moves out of the community. The record is kept with the date.</source>
            <translation>%1 迁出本社区。记录将连同日期保留。</translation>
        </message>
        <message>
            <source>Record death</source>
            <translation>登记死亡</translation>
        </message>
        <message>
            <source>Record the death of %1. The record is kept with the date.</source>
            <translation>登记 %1 死亡。记录将连同日期保留。</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>迁回</translation>
        </message>
        <message>
            <source>%1 lives in the community again.</source>
            <translation>%1 重新在本社区居住。</translation>
        </message>
        <message>
            <source>Move to another household</source>
            <translation>迁至其他住户</translation>
        </message>
        <message>
            <source>%1 moved.</source>
            <translation>%1 已迁户。</translation>
        </message>
        <message>
            <source>More than %1 residents, counting…</source>
            <translation>超过 %1 人，正在统计…</translation>
        </message>
    </context>
    <context>
        <name>RegisterStore</name>
        <message>
            <source>ID number: %1 appears twice in this household.</source>
            <translation>身份证号：%1 在本户中出现两次。</translation>
        </message>
        <message>
            <source>ID number: already registered for %1 (%2).</source>
            <translation>身份证号：已登记为 %1（%2）。</translation>
        </message>
        <message>
            <source>Building: please choose the building.</source>
            <translation>楼栋：请选择楼栋。</translation>
        </message>
        <message>
            <source>Room: please enter the room number.</source>
            <translation>房号：请输入房号。</translation>
        </message>
        <message>
            <source>Members: a household needs at least one member.</source>
            <translation>家庭成员：每户至少需要一名成员。</translation>
        </message>
        <message>
            <source>Members: choose who is the head of household.</source>
            <translation>家庭成员：请指定户主。</translation>
        </message>
        <message>
            <source>Members: only one person can be the head of household.</source>
            <translation>家庭成员：每户只能有一位户主。</translation>
        </message>
        <message>
            <source>The database is busy; please try again.</source>
            <translation>数据库正忙，请稍后重试。</translation>
        </message>
        <message>
            <source>The household could not be saved. Someone else may have changed it; please reopen it.</source>
            <translation>住户未能保存，可能已被他人修改，请重新打开。</translation>
        </message>
        <message>
            <source>The household could not be saved.</source>
            <translation>住户未能保存。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile; please reopen the household.</source>
            <translation>%1 已被他人修改，请重新打开该住户。</translation>
        </message>
        <message>
            <source>%1 could not be saved.</source>
            <translation>%1 未能保存。</translation>
        </message>
        <message>
            <source>The household could not be saved; nothing was changed.</source>
            <translation>住户未能保存，未做任何改动。</translation>
        </message>
        <message>
            <source>Household: please choose the household.</source>
            <translation>住户：请选择住户。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile; please reopen the record.</source>
            <translation>%1 已被他人修改，请重新打开该记录。</translation>
        </message>
        <message>
            <source>%1 could not be saved; nothing was changed.</source>
            <translation>%1 未能保存，未做任何改动。</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>该居民记录已不存在。</translation>
        </message>
        <message>
            <source>%1 already has this status.</source>
            <translation>%1 已是该状态。</translation>
        </message>
        <message>
            <source>Date: please enter the date of the change (not in the future).</source>
            <translation>日期：请输入变更日期（不能晚于今天）。</translation>
        </message>
        <message>
            <source>Date: it cannot be before the birth date.</source>
            <translation>日期：不能早于出生日期。</translation>
        </message>
        <message>
            <source>%1 is recorded as deceased; the record can no longer change status.</source>
            <translation>%1 已登记死亡，不能再变更状态。</translation>
        </message>
        <message>
            <source>The change could not be saved; nothing was changed.</source>
            <translation>变更未能保存，未做任何改动。</translation>
        </message>
        <message>
            <source>Household: please choose the household to move to.</source>
            <translation>住户：请选择要迁入的住户。</translation>
        </message>
        <message>
            <source>%1 already lives in this household.</source>
            <translation>%1 已在该户居住。</translation>
        </message>
        <message>
            <source>Only residents living here can move to another household.</source>
            <translation>只有在住居民才能迁至其他住户。</translation>
        </message>
        <message>
            <source>Date: please enter the date of the move (not in the future).</source>
            <translation>日期：请输入迁户日期（不能晚于今天）。</translation>
        </message>
        <message>
            <source>The move could not be saved; nothing was changed.</source>
            <translation>迁户未能保存，未做任何改动。</translation>
        </message>
        <message>
            <source>Status: please choose one.</source>
            <translation>状态：请选择。</translation>
        </message>
    </context>
    <context>
        <name>RegisterTypes</name>
        <message>
            <source>Registered (hukou here)</source>
            <translation>户籍人口</translation>
        </message>
        <message>
            <source>Resident (hukou elsewhere)</source>
            <translation>人户分离</translation>
        </message>
        <message>
            <source>Floating population</source>
            <translation>流动人口</translation>
        </message>
        <message>
            <source>Living here</source>
            <translation>在住</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>已迁出</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>已故</translation>
        </message>
        <message>
            <source>Head of household</source>
            <translation>户主</translation>
        </message>
        <message>
            <source>Spouse</source>
            <translation>配偶</translation>
        </message>
        <message>
            <source>Son</source>
            <translation>子</translation>
        </message>
        <message>
            <source>Daughter</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>父母</translation>
        </message>
        <message>
            <source>Grandchild</source>
            <translation>孙子女</translation>
        </message>
        <message>
            <source>Sibling</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <source>Son/daughter-in-law</source>
            <translation>儿媳/女婿</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>租户</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Owner-occupied</source>
            <translation>自有住房</translation>
        </message>
        <message>
            <source>Rented</source>
            <translation>租赁住房</translation>
        </message>
        <message>
            <source>Public housing</source>
            <translation>公租房</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
    </context>
    <context>
        <name>ResidentDetailPanel</name>
        <message>
            <source>Moved in</source>
            <translation>迁入</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>迁出</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>Moved to another household</source>
            <translation>迁户</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>迁回</translation>
        </message>
        <message>
            <source>Details edited</source>
            <translation>信息修改</translation>
        </message>
        <message>
            <source>&lt;b&gt;Household members&lt;/b&gt;</source>
            <translation>&lt;b&gt;家庭成员&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;变更记录&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Select a resident to see the details and history.</source>
            <translation>选择一位居民以查看详情和变更记录。</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;%2, %3 years&lt;br&gt;ID: %4&lt;br&gt;Phone: %5&lt;br&gt;%6&lt;br&gt;%7, %8</source>
            <translation>&lt;h3&gt;%1&lt;/h3&gt;%2，%3 岁&lt;br&gt;身份证号：%4&lt;br&gt;电话：%5&lt;br&gt;%6&lt;br&gt;%7，%8</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>自 %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>至 %1</translation>
        </message>
    </context>
    <context>
        <name>ResidentDialog</name>
        <message>
            <source>Edit resident: %1</source>
            <translation>编辑居民：%1</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>新建居民</translation>
        </message>
        <message>
            <source>Household: %1</source>
            <translation>住户：%1</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>18 characters; old 15-digit numbers are upgraded</source>
            <translation>18 位；旧 15 位号码将自动升级</translation>
        </message>
        <message>
            <source>&amp;ID number</source>
            <translation>身份证号(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>出生日期(&amp;B)</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>性别(&amp;G)</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 13812345678 or 025-84561234</source>
            <translation>手机或固话，例如 13812345678 或 025-84561234</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Relation to head</source>
            <translation>与户主关系(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;sidency</source>
            <translation>户籍类型(&amp;S)</translation>
        </message>
        <message>
            <source>e.g. Han</source>
            <translation>例如：汉族</translation>
        </message>
        <message>
            <source>E&amp;thnicity</source>
            <translation>民族(&amp;T)</translation>
        </message>
        <message>
            <source>Special groups</source>
            <translation>特殊人群</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1，%2，%3</translation>
        </message>
        <message>
            <source>Han</source>
            <translation>汉族</translation>
        </message>
        <message>
            <source>Open that record</source>
            <translation>打开该记录</translation>
        </message>
    </context>
    <context>
        <name>ResidentTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Residency</source>
            <translation>户籍类型</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>ResidentValidator</name>
        <message>
            <source>Name: please enter the resident's name.</source>
            <translation>姓名：请输入居民姓名。</translation>
        </message>
        <message>
            <source>Name: at most 40 characters.</source>
            <translation>姓名：最多 40 个字。</translation>
        </message>
        <message>
            <source>ID number: %1</source>
            <translation>身份证号：%1</translation>
        </message>
        <message>
            <source>Birth date: the ID number says %1.</source>
            <translation>出生日期：身份证号显示为 %1。</translation>
        </message>
        <message>
            <source>Gender: the ID number says %1.</source>
            <translation>性别：身份证号显示为%1。</translation>
        </message>
        <message>
            <source>Birth date: please enter it, or an ID number to take it from.</source>
            <translation>出生日期：请填写，或填写身份证号以自动获取。</translation>
        </message>
        <message>
            <source>Birth date: it cannot be in the future.</source>
            <translation>出生日期：不能晚于今天。</translation>
        </message>
        <message>
            <source>Birth date: it cannot be before 1900.</source>
            <translation>出生日期：不能早于 1900 年。</translation>
        </message>
        <message>
            <source>Gender: please choose male or female.</source>
            <translation>性别：请选择男或女。</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>电话：%1</translation>
        </message>
        <message>
            <source>Relation to head: please choose one.</source>
            <translation>与户主关系：请选择。</translation>
        </message>
        <message>
            <source>Residency type: please choose one.</source>
            <translation>户籍类型：请选择。</translation>
        </message>
        <message>
            <source>Status: please choose one.</source>
            <translation>状态：请选择。</translation>
        </message>
        <message>
            <source>Status date: please enter the date of the change.</source>
            <translation>状态日期：请输入变更日期。</translation>
        </message>
        <message>
            <source>Status date: it cannot be before the birth date.</source>
            <translation>状态日期：不能早于出生日期。</translation>
        </message>
        <message>
            <source>Status date: it cannot be in the future.</source>
            <translation>状态日期：不能晚于今天。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>A new language takes effect when CommunityDesk is restarted.</source>
            <translation>新语言将在重新启动社区工作台后生效。</translation>
        </message>
        <message>
            <source>Show full ID and phone numbers in lists by default</source>
            <translation>列表中默认显示完整证件号和电话</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>隐私</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeDialog</name>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>e.g. where to, or the certificate number</source>
            <translation>例如迁往何处，或证明编号</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>TableDocument</name>
        <message>
            <source>Nobody is on this list.</source>
            <translation>名单上没有人。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CommunityDesk — the community office desk</source>
            <translation>社区工作台 — 社区居委会办公桌面</translation>
        </message>
        <message>
            <source>Open the database FILE.</source>
            <translation>打开数据库文件 FILE。</translation>
        </message>
        <message>
            <source>Save a picture of the window to FILE and quit.</source>
            <translation>将窗口截图保存到 FILE 后退出。</translation>
        </message>
        <message>
            <source>CommunityDesk</source>
            <translation>社区工作台</translation>
        </message>
    </context>
</TS>
