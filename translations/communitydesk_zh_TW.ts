<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>Address</name>
        <message>
            <source>Unit %1</source>
            <translation>%1單元</translation>
        </message>
    </context>
    <context>
        <name>AddressTreeModel</name>
        <message>
            <source>Unit %1</source>
            <translation>%1單元</translation>
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
  demo [--households N]   向空資料庫填入演示社群
  search 文字 [--limit N]  按主視窗的方式檢索臺賬
  check                   檢查資料庫檔案是否完好</translation>
        </message>
        <message>
            <source>--households: expected a positive whole number, got "%1".</source>
            <translation>--households：應為正整數，實際為“%1”。</translation>
        </message>
        <message>
            <source>Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.</source>
            <translation>演示社群已寫入：%1 個網格、%2 個小區、%3 棟樓、%4 戶、%5 人。</translation>
        </message>
        <message>
            <source>--limit: expected a positive whole number, got "%1".</source>
            <translation>--limit：應為正整數，實際為“%1”。</translation>
        </message>
        <message>
            <source>%1 found, %2 shown.</source>
            <translation>共找到 %1 人，顯示 %2 人。</translation>
        </message>
        <message>
            <source>The database is intact.</source>
            <translation>資料庫完好。</translation>
        </message>
        <message>
            <source>The database has %1 problem(s).</source>
            <translation>資料庫有 %1 處問題。</translation>
        </message>
        <message>
            <source>CommunityDesk command line</source>
            <translation>社群工作臺命令列</translation>
        </message>
        <message>
            <source>The database FILE.</source>
            <translation>資料庫檔案 FILE。</translation>
        </message>
        <message>
            <source>Households of demo data (default 1200).</source>
            <translation>演示資料的戶數（預設 1200）。</translation>
        </message>
        <message>
            <source>At most N results (default 50).</source>
            <translation>最多顯示 N 條結果（預設 50）。</translation>
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
            <translation>search：請給出要檢索的文字。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The SQLite database driver is not installed.</source>
            <translation>未安裝 SQLite 資料庫驅動。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>無法建立資料夾 %1。</translation>
        </message>
        <message>
            <source>Cannot open the database file %1.</source>
            <translation>無法開啟資料庫檔案 %1。</translation>
        </message>
        <message>
            <source>The file %1 is not a CommunityDesk database or it is damaged.</source>
            <translation>檔案 %1 不是社群工作臺資料庫，或已損壞。</translation>
        </message>
        <message>
            <source>The database file %1 is in use or read-only.</source>
            <translation>資料庫檔案 %1 正被佔用或為只讀。</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of CommunityDesk (data version %2, this program knows up to %3). Please update the program; the file has not been changed.</source>
            <translation>資料庫 %1 由更新版本的社群工作臺寫入（資料版本 %2，本程式最高支援 %3）。請升級程式；該檔案未被改動。</translation>
        </message>
        <message>
            <source>The database %1 could not be upgraded; it has been left as it was.</source>
            <translation>資料庫 %1 升級失敗，已保持原樣。</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The number of households must be between 1 and 2,000,000.</source>
            <translation>戶數必須在 1 到 2,000,000 之間。</translation>
        </message>
        <message>
            <source>The database already holds residents; demo data is only added to an empty database.</source>
            <translation>資料庫中已有居民；演示資料只能寫入空資料庫。</translation>
        </message>
        <message>
            <source>Demo data could not be written (%1).</source>
            <translation>演示資料寫入失敗（%1）。</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>已取消，未寫入任何資料。</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <source>Edit household</source>
            <translation>編輯住戶</translation>
        </message>
        <message>
            <source>New household</source>
            <translation>新建住戶</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>&amp;Compound / building</source>
            <translation>小區/樓棟(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>單元(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>房號(&amp;R)</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>遷入日期</translation>
        </message>
        <message>
            <source>&amp;Housing</source>
            <translation>住房性質(&amp;H)</translation>
        </message>
        <message>
            <source>Household &amp;phone</source>
            <translation>戶聯絡電話(&amp;P)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>家庭成員</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation to head</source>
            <translation>與戶主關係</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份證號</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>&amp;New member</source>
            <translation>新成員(&amp;N)</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>從列表移除</translation>
        </message>
        <message>
            <source>Only members not yet saved can be removed; others move out with a date.</source>
            <translation>只能移除尚未儲存的成員；已儲存的成員請按日期辦理遷出。</translation>
        </message>
        <message>
            <source>(choose compound)</source>
            <translation>（選擇小區）</translation>
        </message>
        <message>
            <source>(choose building)</source>
            <translation>（選擇樓棟）</translation>
        </message>
        <message>
            <source>&amp;Add to household</source>
            <translation>加入本戶(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Update member</source>
            <translation>更新成員(&amp;U)</translation>
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
            <translation>請輸入身份證號。</translation>
        </message>
        <message>
            <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
            <extracomment>%1 is the number of characters entered</extracomment>
            <translation>身份證號應為 18 位（舊證 15 位），此號碼為 %1 位。</translation>
        </message>
        <message>
            <source>Character %1 ("%2") is not allowed: an ID number has only digits, and X only as the 18th character.</source>
            <extracomment>%1 is the position (1 = first), %2 the character</extracomment>
            <translation>第 %1 位（“%2”）無效：身份證號只能是數字，X 只能出現在第 18 位。</translation>
        </message>
        <message>
            <source>The check digit is wrong: the last character should be %1. Please check the whole number for typing errors.</source>
            <extracomment>%1 is the expected last character, a digit or X</extracomment>
            <translation>校驗位不正確：最後一位應為 %1。請檢查整個號碼是否輸錯。</translation>
        </message>
        <message>
            <source>The number starts with %1, which is not a province code.</source>
            <extracomment>%1 is the first two digits of the number</extracomment>
            <translation>號碼以 %1 開頭，這不是有效的省級程式碼。</translation>
        </message>
        <message>
            <source>The region code %1 names a whole province, not a county: digits 3 to 6 cannot all be 0.</source>
            <extracomment>%1 is a 6-digit region code such as 110000</extracomment>
            <translation>地區碼 %1 只表示省份而非區縣：第 3 至 6 位不能全為 0。</translation>
        </message>
        <message>
            <source>The birth date in the number, %1, does not exist. Check digits %2 to %3.</source>
            <extracomment>%1 is the date as written in the number (yyyy-MM-dd), %2 and %3 the positions of the date digits</extracomment>
            <translation>號碼中的出生日期 %1 不存在。請檢查第 %2 至 %3 位。</translation>
        </message>
        <message>
            <source>The birth date in the number, %1, is in the future.</source>
            <extracomment>%1 is a date (yyyy-MM-dd)</extracomment>
            <translation>號碼中的出生日期 %1 晚於今天。</translation>
        </message>
        <message>
            <source>The birth date in the number, %1, is before 1900.</source>
            <extracomment>%1 is a date (yyyy-MM-dd)</extracomment>
            <translation>號碼中的出生日期 %1 早於 1900 年。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CommunityDesk</source>
            <translation>社群工作臺</translation>
        </message>
        <message>
            <source>CommunityDesk — %1</source>
            <translation>社群工作臺 — %1</translation>
        </message>
        <message>
            <source>Household register</source>
            <translation>住戶臺賬</translation>
        </message>
        <message>
            <source>Grids and map</source>
            <translation>網格與地圖</translation>
        </message>
        <message>
            <source>manage grids and grid workers, assign buildings, and see the offline grid map.</source>
            <translation>管理網格和網格員、劃分樓棟，並檢視離線網格地圖。</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>老人生日</translation>
        </message>
        <message>
            <source>list residents aged 60 and over with a birthday in a month, solar or lunar, and print the sign-in sheet.</source>
            <translation>按公曆或農曆列出當月過生日的 60 週歲以上老人，並列印簽到表。</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志願者</translation>
        </message>
        <message>
            <source>keep volunteer teams, shifts, service hours and points.</source>
            <translation>管理志願服務隊、排班、服務時長和積分。</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>訴求辦理</translation>
        </message>
        <message>
            <source>take residents' requests and problems through the closed loop from intake to follow-up.</source>
            <translation>將居民訴求和問題按受理到回訪的閉環流程辦理。</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>社群活動</translation>
        </message>
        <message>
            <source>record community events with participants and volunteers.</source>
            <translation>記錄社群活動及參與居民和志願者。</translation>
        </message>
        <message>
            <source>Charts and reports</source>
            <translation>圖表與月報</translation>
        </message>
        <message>
            <source>see charts of cases and events per grid and print the monthly report.</source>
            <translation>按網格檢視訴求和活動圖表，列印月度報表。</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>臺賬(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About CommunityDesk</source>
            <translation>關於社群工作臺(&amp;A)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>The new language will be used the next time CommunityDesk starts.</source>
            <translation>新語言將在下次啟動社群工作臺時生效。</translation>
        </message>
        <message>
            <source>About CommunityDesk</source>
            <translation>關於社群工作臺</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CommunityDesk %1&lt;/h3&gt;&lt;p&gt;The register, grids, cases and reports of a community office, on one desk or shared by a street office.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;社群工作臺 %1&lt;/h3&gt;&lt;p&gt;社群居委會的臺賬、網格、訴求和報表，可單機使用，也可由街道辦共享。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MoveHouseholdDialog</name>
        <message>
            <source>Move %1 to another household</source>
            <translation>將 %1 遷至其他住戶</translation>
        </message>
        <message>
            <source>Choose the household %1 moves to:</source>
            <translation>選擇 %1 遷入的住戶：</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>Please enter the phone number.</source>
            <translation>請輸入電話號碼。</translation>
        </message>
        <message>
            <source>"%1" cannot be part of a phone number.</source>
            <extracomment>%1 is a character the clerk typed</extracomment>
            <translation>“%1”不能出現在電話號碼中。</translation>
        </message>
        <message>
            <source>Only phone numbers in mainland China (+86) can be entered.</source>
            <translation>只能輸入中國大陸（+86）的電話號碼。</translation>
        </message>
        <message>
            <source>A mobile number has 11 digits; this one has %1.</source>
            <extracomment>%1 is the number of digits entered</extracomment>
            <translation>手機號應為 11 位，此號碼為 %1 位。</translation>
        </message>
        <message>
            <source>A mobile number starts with 13 to 19; this one starts with %1.</source>
            <extracomment>%1 is the first two digits entered</extracomment>
            <translation>手機號應以 13 至 19 開頭，此號碼以 %1 開頭。</translation>
        </message>
        <message>
            <source>After the area code %1 come 7 or 8 digits; this number has %2.</source>
            <extracomment>%1 is an area code such as 010, %2 a number of digits</extracomment>
            <translation>區號 %1 後應為 7 或 8 位，此號碼為 %2 位。</translation>
        </message>
        <message>
            <source>The number after the area code cannot start with 0.</source>
            <translation>區號後的號碼不能以 0 開頭。</translation>
        </message>
        <message>
            <source>An extension has at most 6 digits; this one has %1.</source>
            <extracomment>%1 is a number of digits</extracomment>
            <translation>分機號最多 6 位，此分機號為 %1 位。</translation>
        </message>
        <message>
            <source>A number with an extension needs the area code in front, e.g. 010-12345678-123.</source>
            <translation>帶分機號的號碼需要加區號，例如 010-12345678-123。</translation>
        </message>
        <message>
            <source>The number is too short: a mobile number has 11 digits, a landline 7 or 8 after the area code.</source>
            <translation>號碼太短：手機號為 11 位，固定電話區號後為 7 或 8 位。</translation>
        </message>
        <message>
            <source>A landline number without area code has 7 or 8 digits; this one has %1.</source>
            <extracomment>%1 is a number of digits</extracomment>
            <translation>不帶區號的固定電話應為 7 或 8 位，此號碼為 %1 位。</translation>
        </message>
        <message>
            <source>This is not a phone number. Enter a mobile number (11 digits) or a landline with area code, e.g. 010-12345678.</source>
            <translation>這不是電話號碼。請輸入 11 位手機號，或帶區號的固定電話，例如 010-12345678。</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This module is not available yet. It will let you: %1</source>
            <translation>此模組尚未開放。開放後可以：%1</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>&amp;New household</source>
            <translation>新建住戶(&amp;N)</translation>
        </message>
        <message>
            <source>Edit &amp;household</source>
            <translation>編輯住戶(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Edit resident</source>
            <translation>編輯居民(&amp;E)</translation>
        </message>
        <message>
            <source>Move &amp;out…</source>
            <translation>遷出(&amp;O)…</translation>
        </message>
        <message>
            <source>Record &amp;death…</source>
            <translation>登記死亡(&amp;D)…</translation>
        </message>
        <message>
            <source>Moved &amp;back…</source>
            <translation>遷回(&amp;B)…</translation>
        </message>
        <message>
            <source>Move to another household…</source>
            <translation>遷至其他住戶…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查詢(&amp;F)</translation>
        </message>
        <message>
            <source>Search name, pinyin initials (zs), ID number, phone or address — Ctrl+F</source>
            <translation>檢索姓名、拼音首字母（zs）、身份證號、電話或地址 — Ctrl+F</translation>
        </message>
        <message>
            <source>Show full ID and phone numbers</source>
            <translation>顯示完整證件號和電話</translation>
        </message>
        <message>
            <source>%1 residents</source>
            <translation>共 %1 人</translation>
        </message>
        <message>
            <source>All grids</source>
            <translation>全部網格</translation>
        </message>
        <message>
            <source>&amp;Grid</source>
            <translation>網格(&amp;G)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>標籤(&amp;T)</translation>
        </message>
        <message>
            <source>Re&amp;sidency</source>
            <translation>戶籍型別(&amp;S)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>狀態(&amp;U)</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>&amp;Age from</source>
            <translation>年齡(&amp;A)</translation>
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
            <translation>住戶已儲存。</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 已儲存。</translation>
        </message>
        <message>
            <source>Change recorded.</source>
            <translation>變更已登記。</translation>
        </message>
        <message>
            <source>Move out</source>
            <translation>遷出</translation>
        </message>
        <message>
            <source>%1 moves out of the community. The record is kept with the date.</source>
            <translation>%1 遷出本社群。記錄將連同日期保留。</translation>
        </message>
        <message>
            <source>Record death</source>
            <translation>登記死亡</translation>
        </message>
        <message>
            <source>Record the death of %1. The record is kept with the date.</source>
            <translation>登記 %1 死亡。記錄將連同日期保留。</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>遷回</translation>
        </message>
        <message>
            <source>%1 lives in the community again.</source>
            <translation>%1 重新在本社群居住。</translation>
        </message>
        <message>
            <source>Move to another household</source>
            <translation>遷至其他住戶</translation>
        </message>
        <message>
            <source>%1 moved.</source>
            <translation>%1 已遷戶。</translation>
        </message>
    </context>
    <context>
        <name>RegisterStore</name>
        <message>
            <source>ID number: %1 appears twice in this household.</source>
            <translation>身份證號：%1 在本戶中出現兩次。</translation>
        </message>
        <message>
            <source>ID number: already registered for %1 (%2).</source>
            <translation>身份證號：已登記為 %1（%2）。</translation>
        </message>
        <message>
            <source>Building: please choose the building.</source>
            <translation>樓棟：請選擇樓棟。</translation>
        </message>
        <message>
            <source>Room: please enter the room number.</source>
            <translation>房號：請輸入房號。</translation>
        </message>
        <message>
            <source>Members: a household needs at least one member.</source>
            <translation>家庭成員：每戶至少需要一名成員。</translation>
        </message>
        <message>
            <source>Members: choose who is the head of household.</source>
            <translation>家庭成員：請指定戶主。</translation>
        </message>
        <message>
            <source>Members: only one person can be the head of household.</source>
            <translation>家庭成員：每戶只能有一位戶主。</translation>
        </message>
        <message>
            <source>The database is busy; please try again.</source>
            <translation>資料庫正忙，請稍後重試。</translation>
        </message>
        <message>
            <source>The household could not be saved. Someone else may have changed it; please reopen it.</source>
            <translation>住戶未能儲存，可能已被他人修改，請重新開啟。</translation>
        </message>
        <message>
            <source>The household could not be saved.</source>
            <translation>住戶未能儲存。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile; please reopen the household.</source>
            <translation>%1 已被他人修改，請重新開啟該住戶。</translation>
        </message>
        <message>
            <source>%1 could not be saved.</source>
            <translation>%1 未能儲存。</translation>
        </message>
        <message>
            <source>The household could not be saved; nothing was changed.</source>
            <translation>住戶未能儲存，未做任何改動。</translation>
        </message>
        <message>
            <source>Household: please choose the household.</source>
            <translation>住戶：請選擇住戶。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile; please reopen the record.</source>
            <translation>%1 已被他人修改，請重新開啟該記錄。</translation>
        </message>
        <message>
            <source>%1 could not be saved; nothing was changed.</source>
            <translation>%1 未能儲存，未做任何改動。</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>該居民記錄已不存在。</translation>
        </message>
        <message>
            <source>%1 already has this status.</source>
            <translation>%1 已是該狀態。</translation>
        </message>
        <message>
            <source>Date: please enter the date of the change (not in the future).</source>
            <translation>日期：請輸入變更日期（不能晚於今天）。</translation>
        </message>
        <message>
            <source>Date: it cannot be before the birth date.</source>
            <translation>日期：不能早於出生日期。</translation>
        </message>
        <message>
            <source>%1 is recorded as deceased; the record can no longer change status.</source>
            <translation>%1 已登記死亡，不能再變更狀態。</translation>
        </message>
        <message>
            <source>The change could not be saved; nothing was changed.</source>
            <translation>變更未能儲存，未做任何改動。</translation>
        </message>
        <message>
            <source>Household: please choose the household to move to.</source>
            <translation>住戶：請選擇要遷入的住戶。</translation>
        </message>
        <message>
            <source>%1 already lives in this household.</source>
            <translation>%1 已在該戶居住。</translation>
        </message>
        <message>
            <source>Only residents living here can move to another household.</source>
            <translation>只有在住居民才能遷至其他住戶。</translation>
        </message>
        <message>
            <source>Date: please enter the date of the move (not in the future).</source>
            <translation>日期：請輸入遷戶日期（不能晚於今天）。</translation>
        </message>
        <message>
            <source>The move could not be saved; nothing was changed.</source>
            <translation>遷戶未能儲存，未做任何改動。</translation>
        </message>
    </context>
    <context>
        <name>RegisterTypes</name>
        <message>
            <source>Registered (hukou here)</source>
            <translation>戶籍人口</translation>
        </message>
        <message>
            <source>Resident (hukou elsewhere)</source>
            <translation>人戶分離</translation>
        </message>
        <message>
            <source>Floating population</source>
            <translation>流動人口</translation>
        </message>
        <message>
            <source>Living here</source>
            <translation>在住</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>已遷出</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>已故</translation>
        </message>
        <message>
            <source>Head of household</source>
            <translation>戶主</translation>
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
            <translation>孫子女</translation>
        </message>
        <message>
            <source>Sibling</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <source>Son/daughter-in-law</source>
            <translation>兒媳/女婿</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>租戶</translation>
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
            <translation>租賃住房</translation>
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
            <translation>遷入</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>遷出</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>Moved to another household</source>
            <translation>遷戶</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>遷回</translation>
        </message>
        <message>
            <source>Details edited</source>
            <translation>資訊修改</translation>
        </message>
        <message>
            <source>&lt;b&gt;Household members&lt;/b&gt;</source>
            <translation>&lt;b&gt;家庭成員&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年齡</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;變更記錄&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>變更</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Select a resident to see the details and history.</source>
            <translation>選擇一位居民以檢視詳情和變更記錄。</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;%2, %3 years&lt;br&gt;ID: %4&lt;br&gt;Phone: %5&lt;br&gt;%6&lt;br&gt;%7, %8</source>
            <translation>&lt;h3&gt;%1&lt;/h3&gt;%2，%3 歲&lt;br&gt;身份證號：%4&lt;br&gt;電話：%5&lt;br&gt;%6&lt;br&gt;%7，%8</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
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
            <translation>編輯居民：%1</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>新建居民</translation>
        </message>
        <message>
            <source>Household: %1</source>
            <translation>住戶：%1</translation>
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
            <translation>18 位；舊 15 位號碼將自動升級</translation>
        </message>
        <message>
            <source>&amp;ID number</source>
            <translation>身份證號(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>出生日期(&amp;B)</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（請選擇）</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>性別(&amp;G)</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 13812345678 or 025-84561234</source>
            <translation>手機或固話，例如 13812345678 或 025-84561234</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Relation to head</source>
            <translation>與戶主關係(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;sidency</source>
            <translation>戶籍型別(&amp;S)</translation>
        </message>
        <message>
            <source>e.g. Han</source>
            <translation>例如：漢族</translation>
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
            <translation>備註(&amp;O)</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1，%2，%3</translation>
        </message>
        <message>
            <source>Han</source>
            <translation>漢族</translation>
        </message>
        <message>
            <source>Open that record</source>
            <translation>開啟該記錄</translation>
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
            <translation>性別</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年齡</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份證號</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Residency</source>
            <translation>戶籍型別</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
    </context>
    <context>
        <name>ResidentValidator</name>
        <message>
            <source>Name: please enter the resident's name.</source>
            <translation>姓名：請輸入居民姓名。</translation>
        </message>
        <message>
            <source>Name: at most 40 characters.</source>
            <translation>姓名：最多 40 個字。</translation>
        </message>
        <message>
            <source>ID number: %1</source>
            <translation>身份證號：%1</translation>
        </message>
        <message>
            <source>Birth date: the ID number says %1.</source>
            <translation>出生日期：身份證號顯示為 %1。</translation>
        </message>
        <message>
            <source>Gender: the ID number says %1.</source>
            <translation>性別：身份證號顯示為%1。</translation>
        </message>
        <message>
            <source>Birth date: please enter it, or an ID number to take it from.</source>
            <translation>出生日期：請填寫，或填寫身份證號以自動獲取。</translation>
        </message>
        <message>
            <source>Birth date: it cannot be in the future.</source>
            <translation>出生日期：不能晚於今天。</translation>
        </message>
        <message>
            <source>Birth date: it cannot be before 1900.</source>
            <translation>出生日期：不能早於 1900 年。</translation>
        </message>
        <message>
            <source>Gender: please choose male or female.</source>
            <translation>性別：請選擇男或女。</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>電話：%1</translation>
        </message>
        <message>
            <source>Relation to head: please choose one.</source>
            <translation>與戶主關係：請選擇。</translation>
        </message>
        <message>
            <source>Residency type: please choose one.</source>
            <translation>戶籍型別：請選擇。</translation>
        </message>
        <message>
            <source>Status: please choose one.</source>
            <translation>狀態：請選擇。</translation>
        </message>
        <message>
            <source>Status date: please enter the date of the change.</source>
            <translation>狀態日期：請輸入變更日期。</translation>
        </message>
        <message>
            <source>Status date: it cannot be before the birth date.</source>
            <translation>狀態日期：不能早於出生日期。</translation>
        </message>
        <message>
            <source>Status date: it cannot be in the future.</source>
            <translation>狀態日期：不能晚於今天。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>A new language takes effect when CommunityDesk is restarted.</source>
            <translation>新語言將在重新啟動社群工作臺後生效。</translation>
        </message>
        <message>
            <source>Show full ID and phone numbers in lists by default</source>
            <translation>列表中預設顯示完整證件號和電話</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>隱私</translation>
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
            <translation>例如遷往何處，或證明編號</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CommunityDesk — the community office desk</source>
            <translation>社群工作臺 — 社群居委會辦公桌面</translation>
        </message>
        <message>
            <source>Open the database FILE.</source>
            <translation>開啟資料庫檔案 FILE。</translation>
        </message>
        <message>
            <source>Save a picture of the window to FILE and quit.</source>
            <translation>將視窗截圖儲存到 FILE 後退出。</translation>
        </message>
        <message>
            <source>CommunityDesk</source>
            <translation>社群工作臺</translation>
        </message>
    </context>
</TS>
