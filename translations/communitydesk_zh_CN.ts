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
        <name>Cli</name>
        <message>
            <source>Commands:
  demo [--households N]   fill an empty database with a demo community
  search TEXT [--limit N] search the register as the main window does
  check                   check the database file's integrity</source>
            <translation>命令：
  demo [--households N]   向空数据库填入演示社区
  search 文本 [--limit N]  按主窗口的方式检索台账
  check                   检查数据库文件是否完好</translation>
        </message>
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
            <source>demo, search or check</source>
            <translation>demo、search 或 check</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <source>search: please give the text to search for.</source>
            <translation>search：请给出要检索的文字。</translation>
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
            <source>manage grids and grid workers, assign buildings, and see the offline grid map.</source>
            <translation>管理网格和网格员、划分楼栋，并查看离线网格地图。</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>老人生日</translation>
        </message>
        <message>
            <source>list residents aged 60 and over with a birthday in a month, solar or lunar, and print the sign-in sheet.</source>
            <translation>按公历或农历列出当月过生日的 60 周岁以上老人，并打印签到表。</translation>
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
