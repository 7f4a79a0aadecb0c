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
        <name>BirthdayEntry</name>
        <message>
            <source>lunar %1</source>
            <comment>a lunar birthday, e.g. 农历三月初五</comment>
            <translation>農曆%1</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>date format of a birthday in a list, e.g. M月d日</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>%1 (lunar)</source>
            <translation>%1（農曆）</translation>
        </message>
        <message>
            <source>missed in %1</source>
            <translation>%1未到場</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month format, e.g. yyyy年M月</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>milestone %1</source>
            <translation>%1 整壽</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>No grid</source>
            <translation>未劃網格</translation>
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
            <translation>按本人選擇的歷法過生日。</translation>
        </message>
        <message>
            <source>Kept by the office's default calendar.</source>
            <translation>按社群預設曆法過生日。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Lunar birthday</source>
            <translation>農曆生日</translation>
        </message>
        <message>
            <source>Birthday kept</source>
            <translation>本月生日</translation>
        </message>
        <message>
            <source>Age turning</source>
            <translation>週歲</translation>
        </message>
        <message>
            <source>Nominal age</source>
            <translation>虛歲</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>BirthdayPage</name>
        <message>
            <source>&amp;Record party…</source>
            <translation>登記生日會(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Print sign-in sheet…</source>
            <translation>列印簽到表(&amp;P)…</translation>
        </message>
        <message>
            <source>Print one sheet per &amp;grid…</source>
            <translation>按網格分別列印(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上個月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下個月</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Aged from</source>
            <translation>年齡不低於(&amp;A)</translation>
        </message>
        <message>
            <source>Solar calendar</source>
            <translation>公曆</translation>
        </message>
        <message>
            <source>Lunar calendar</source>
            <translation>農曆</translation>
        </message>
        <message>
            <source>The office's default; a resident can keep their own (right-click a name).</source>
            <translation>社群預設曆法；居民可按本人習慣選擇（在姓名上右鍵）。</translation>
        </message>
        <message>
            <source>&amp;Birthdays by</source>
            <translation>生日曆法(&amp;B)</translation>
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
            <source>Group by g&amp;rid</source>
            <translation>按網格分組(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Nominal age</source>
            <translation>顯示虛歲(&amp;N)</translation>
        </message>
        <message>
            <source>Also show the age counted the traditional way (虚岁).</source>
            <translation>同時顯示按傳統方式計算的虛歲。</translation>
        </message>
        <message>
            <source>Full &amp;phone numbers</source>
            <translation>顯示完整電話(&amp;P)</translation>
        </message>
        <message>
            <source>Birthdays in %1, aged %2 and over</source>
            <translation>%1過生日的 %2 週歲以上老人</translation>
        </message>
        <message numerus="yes">
            <source>%n resident(s)</source>
            <translation>
                <numerusform>共 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>80 and over: %1</source>
            <translation>80 歲以上：%1</translation>
        </message>
        <message>
            <source>100 and over: %1</source>
            <translation>百歲以上：%1</translation>
        </message>
        <message>
            <source>milestone birthdays: %1</source>
            <translation>整壽：%1</translation>
        </message>
        <message>
            <source>living alone: %1</source>
            <translation>獨居：%1</translation>
        </message>
        <message>
            <source>missed last month: %1</source>
            <translation>上月未到場：%1</translation>
        </message>
        <message>
            <source>birthdays in the next 7 days</source>
            <translation>未來 7 天過生日</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>列印預覽 — %1</translation>
        </message>
        <message>
            <source>Export birthday list</source>
            <translation>匯出生日名單</translation>
        </message>
        <message>
            <source>birthdays-%1</source>
            <translation>生日名單-%1</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF sign-in sheet (*.pdf)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF 簽到表 (*.pdf)</translation>
        </message>
        <message>
            <source>Exported %1 residents to %2.</source>
            <translation>已將 %1 人匯出到 %2。</translation>
        </message>
        <message>
            <source>Birthday party recorded.</source>
            <translation>生日會已登記。</translation>
        </message>
        <message>
            <source>Keep this birthday by the &amp;lunar date</source>
            <translation>按農曆過生日(&amp;L)</translation>
        </message>
        <message>
            <source>Keep this birthday by the &amp;solar date</source>
            <translation>按公曆過生日(&amp;S)</translation>
        </message>
        <message>
            <source>Follow the office &amp;default</source>
            <translation>跟隨社群預設(&amp;D)</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>老人生日</translation>
        </message>
        <message>
            <source>The change could not be saved.</source>
            <translation>更改未能儲存。</translation>
        </message>
        <message>
            <source>%1's birthday calendar changed.</source>
            <translation>已更改 %1 的生日曆法。</translation>
        </message>
    </context>
    <context>
        <name>BirthdayPartyDialog</name>
        <message>
            <source>Record birthday party — %1</source>
            <translation>登記生日會 — %1</translation>
        </message>
        <message>
            <source>&amp;Held on</source>
            <translation>舉辦日期(&amp;H)</translation>
        </message>
        <message>
            <source>Whole community</source>
            <translation>全社群</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>範圍(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>地點(&amp;P)</translation>
        </message>
        <message>
            <source>e.g. cake and longevity noodles</source>
            <translation>例如：蛋糕和長壽麵</translation>
        </message>
        <message>
            <source>G&amp;ift</source>
            <translation>禮品(&amp;I)</translation>
        </message>
        <message>
            <source>who held the party or made the visits</source>
            <translation>生日會主持人或上門慰問人</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>經辦人(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>Everyone &amp;came</source>
            <translation>全部到場(&amp;C)</translation>
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
            <translation>年齡</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>到場</translation>
        </message>
        <message>
            <source>Visited at home</source>
            <translation>上門慰問</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>%1 on the list: %2 came, %3 visited at home, %4 missed (* missed last month)</source>
            <translation>名單 %1 人：到場 %2 人，上門慰問 %3 人，未到 %4 人（* 表示上月未到場）</translation>
        </message>
    </context>
    <context>
        <name>BirthdayPartyStore</name>
        <message>
            <source>Month: please choose the month whose birthdays were celebrated.</source>
            <translation>月份：請選擇本次生日會慶祝的月份。</translation>
        </message>
        <message>
            <source>Date: please enter the day the party was held.</source>
            <translation>日期：請輸入生日會舉辦日期。</translation>
        </message>
        <message>
            <source>Date: a party can only be recorded once it has been held.</source>
            <translation>日期：生日會舉辦後才能登記。</translation>
        </message>
        <message>
            <source>List: the party has nobody on its list.</source>
            <translation>名單：名單上沒有人。</translation>
        </message>
        <message>
            <source>List: each resident can appear only once.</source>
            <translation>名單：每位居民只能出現一次。</translation>
        </message>
        <message>
            <source>Grid: the chosen grid no longer exists.</source>
            <translation>網格：所選網格已不存在。</translation>
        </message>
        <message>
            <source>The database is busy; please try again.</source>
            <translation>資料庫正忙，請稍後重試。</translation>
        </message>
        <message>
            <source>This party record no longer exists.</source>
            <translation>該生日會記錄已不存在。</translation>
        </message>
        <message>
            <source>The party could not be saved.</source>
            <translation>生日會未能儲存。</translation>
        </message>
        <message>
            <source>The party's list could not be saved.</source>
            <translation>生日會名單未能儲存。</translation>
        </message>
        <message>
            <source>The party could not be saved; nothing was changed.</source>
            <translation>生日會未能儲存，未做任何改動。</translation>
        </message>
    </context>
    <context>
        <name>BirthdaySheet</name>
        <message numerus="yes">
            <source>%n resident(s); aged 80 and over: %1; 100 and over: %2</source>
            <translation>
                <numerusform>共 %n 人；80 歲以上 %1 人；百歲以上 %2 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday party sign-in sheet</source>
            <translation>老人生日會簽到表</translation>
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
            <translation>性別</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Lunar birthday</source>
            <translation>農曆生日</translation>
        </message>
        <message>
            <source>Birthday kept</source>
            <translation>本月生日</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>曆法</translation>
        </message>
        <message>
            <source>Age turning</source>
            <translation>週歲</translation>
        </message>
        <message>
            <source>Nominal age</source>
            <translation>虛歲</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Living alone</source>
            <translation>獨居</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>lunar</source>
            <translation>農曆</translation>
        </message>
        <message>
            <source>solar</source>
            <translation>公曆</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>nominal %1</source>
            <comment>虚岁, printed under the age</comment>
            <translation>虛歲 %1</translation>
        </message>
        <message>
            <source>Whole community</source>
            <translation>全社群</translation>
        </message>
        <message>
            <source>Birthdays in %1, aged %2 and over</source>
            <translation>%1過生日的 %2 週歲以上老人</translation>
        </message>
        <message>
            <source>Party date: __________   Place: __________   Host: __________</source>
            <translation>日期：__________   地點：__________   主持人：__________</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>週歲</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>簽名</translation>
        </message>
        <message>
            <source>Printed %1. Shaded rows: milestone birthdays.</source>
            <translation>列印於 %1。底色行為整壽。</translation>
        </message>
        <message>
            <source>%1: the file name must end in .pdf, .csv or .xlsx.</source>
            <translation>%1：檔名必須以 .pdf、.csv 或 .xlsx 結尾。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>無法寫入 %1。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
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
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <source>search: please give the text to search for.</source>
            <translation>search：請給出要檢索的文字。</translation>
        </message>
        <message>
            <source>birthdays: write the list to FILE (.pdf, .csv, .xlsx).</source>
            <translation>birthdays：將名單寫入 FILE（.pdf、.csv、.xlsx）。</translation>
        </message>
        <message>
            <source>birthdays: by lunar birthday, for residents without a calendar of their own.</source>
            <translation>birthdays：未自選曆法的居民按農曆生日統計。</translation>
        </message>
        <message>
            <source>birthdays: aged N and over (default: the desk's setting, 60).</source>
            <translation>birthdays：N 週歲以上（預設取本機設定，60）。</translation>
        </message>
        <message>
            <source>birthdays: one sign-in sheet per grid.</source>
            <translation>birthdays：每個網格一張簽到表。</translation>
        </message>
        <message>
            <source>birthdays: print full phone numbers (masked by default).</source>
            <translation>birthdays：列印完整電話號碼（預設遮擋）。</translation>
        </message>
        <message>
            <source>birthdays: expected a month as YYYY-MM (1901-01 to 2100-12), got "%1".</source>
            <translation>birthdays：月份應為 YYYY-MM（1901-01 至 2100-12），實際為“%1”。</translation>
        </message>
        <message>
            <source>birthdays: --out: please give a file ending in .pdf, .csv or .xlsx.</source>
            <translation>birthdays：--out：請給出以 .pdf、.csv 或 .xlsx 結尾的檔案。</translation>
        </message>
        <message>
            <source>--min-age: expected an age from 0 to 150, got "%1".</source>
            <translation>--min-age：年齡應在 0 到 150 之間，實際為“%1”。</translation>
        </message>
        <message>
            <source>%1: %2 residents (80 and over: %3, 100 and over: %4, living alone: %5) written to %6.</source>
            <translation>%1：%2 人（80 歲以上 %3 人，百歲以上 %4 人，獨居 %5 人）已寫入 %6。</translation>
        </message>
        <message>
            <source>birthdays: please give the month, as YYYY-MM.</source>
            <translation>birthdays：請給出月份，格式為 YYYY-MM。</translation>
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
  demo [--households N]   向空資料庫填入演示社群
  search 文字 [--limit N]  按主視窗的方式檢索臺賬
  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]
                          [--show-phones]  當月過生日的老人名單；PDF 為簽到表
  check                   檢查資料庫檔案是否完好
  coverage                列出未劃入網格的樓棟和沒有樓棟的住戶</translation>
        </message>
        <message>
            <source>building %1	%2 %3	in no grid (%4 households)</source>
            <translation>樓棟 %1	%2 %3	未劃入網格（%4 戶）</translation>
        </message>
        <message>
            <source>household %1	%2	has no building</source>
            <translation>住戶 %1	%2	沒有樓棟</translation>
        </message>
        <message>
            <source>Every building is in a grid and every household has a building.</source>
            <translation>所有樓棟均已劃入網格，所有住戶均有樓棟。</translation>
        </message>
        <message>
            <source>%1 building(s) in no grid, %2 household(s) with no building.</source>
            <translation>%1 棟樓未劃入網格，%2 戶沒有樓棟。</translation>
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
        <name>GridAssignPanel</name>
        <message>
            <source>Assign ticked buildings</source>
            <translation>劃入勾選的樓棟</translation>
        </message>
        <message>
            <source>Assign whole compound</source>
            <translation>整個小區劃入</translation>
        </message>
        <message>
            <source>Compound:</source>
            <translation>小區：</translation>
        </message>
        <message>
            <source>no grid</source>
            <translation>未劃網格</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n building(s) now in %1.</source>
            <translation>
                <numerusform>%n 棟樓已劃入%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is now in %2.</source>
            <translation>%1 已劃入%2。</translation>
        </message>
    </context>
    <context>
        <name>GridCoveragePanel</name>
        <message>
            <source>Check again</source>
            <translation>重新檢查</translation>
        </message>
        <message>
            <source>Compound</source>
            <translation>小區</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>樓棟</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>戶數</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房號</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>戶主</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>&lt;b&gt;Buildings in no grid&lt;/b&gt; (double-click to see their households)</source>
            <translation>&lt;b&gt;未劃入網格的樓棟&lt;/b&gt;（雙擊檢視住戶）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Households with no building&lt;/b&gt;</source>
            <translation>&lt;b&gt;沒有樓棟的住戶&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Every building is in a grid and every household has a building.</source>
            <translation>所有樓棟均已劃入網格，所有住戶均有樓棟。</translation>
        </message>
        <message>
            <source>%1 building(s) in no grid, %2 household(s) with no building.</source>
            <translation>%1 棟樓未劃入網格，%2 戶沒有樓棟。</translation>
        </message>
    </context>
    <context>
        <name>GridEditor</name>
        <message>
            <source>&amp;Save grid</source>
            <translation>儲存網格(&amp;S)</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>編號：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>電話：</translation>
        </message>
        <message>
            <source>Grid worker:</source>
            <translation>網格員：</translation>
        </message>
        <message>
            <source>Grid leader:</source>
            <translation>網格長：</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>顏色：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>備註：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Grid colour</source>
            <translation>網格顏色</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
    </context>
    <context>
        <name>GridGeoJson</name>
        <message>
            <source>%1: cannot be read (%2).</source>
            <translation>%1：無法讀取（%2）。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>not valid JSON at character %1 (%2).</source>
            <translation>第 %1 個字元處不是有效的 JSON（%2）。</translation>
        </message>
        <message>
            <source>the file is not a GeoJSON FeatureCollection ("type" must be "FeatureCollection").</source>
            <translation>檔案不是 GeoJSON FeatureCollection（"type" 必須為 "FeatureCollection"）。</translation>
        </message>
        <message>
            <source>the FeatureCollection has no features.</source>
            <translation>FeatureCollection 中沒有任何要素。</translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>第 %1 個要素</translation>
        </message>
        <message>
            <source>%1 has no "code" property naming its grid.</source>
            <translation>%1 缺少指明網格的 "code" 屬性。</translation>
        </message>
        <message>
            <source>%1: no active grid has the code "%2".</source>
            <translation>%1：沒有編號為“%2”的在用網格。</translation>
        </message>
        <message>
            <source>%1: grid "%2" appears more than once.</source>
            <translation>%1：網格“%2”出現了不止一次。</translation>
        </message>
        <message>
            <source>%1 (grid %2) is a MultiPolygon of %3 parts; a grid boundary must be one polygon.</source>
            <translation>%1（網格 %2）是包含 %3 部分的 MultiPolygon；網格邊界必須是單個多邊形。</translation>
        </message>
        <message>
            <source>%1 (grid %2) has geometry type "%3"; only Polygon is accepted.</source>
            <translation>%1（網格 %2）的幾何型別為“%3”；只接受 Polygon。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>%1 (grid %2) has no coordinates.</source>
            <translation>%1（網格 %2）沒有座標。</translation>
        </message>
        <message>
            <source>%1 (grid %2), point %3 is not a pair of numbers.</source>
            <translation>%1（網格 %2）第 %3 個點不是一對數字。</translation>
        </message>
        <message>
            <source>%1 (grid %2) has fewer than three distinct points.</source>
            <translation>%1（網格 %2）不同的點少於三個。</translation>
        </message>
        <message>
            <source>%1 (grid %2) encloses no area.</source>
            <translation>%1（網格 %2）圍成的面積為零。</translation>
        </message>
        <message>
            <source>the boundary of grid %1 could not be saved; nothing was imported.</source>
            <translation>網格 %1 的邊界未能儲存；未匯入任何內容。</translation>
        </message>
        <message>
            <source>the boundaries could not be saved; nothing was imported.</source>
            <translation>邊界未能儲存；未匯入任何內容。</translation>
        </message>
    </context>
    <context>
        <name>GridMapImage</name>
        <message>
            <source>%1 cannot be read (%2).</source>
            <translation>%1 無法讀取（%2）。</translation>
        </message>
        <message>
            <source>%1 is not a PNG or JPG image.</source>
            <translation>%1 不是 PNG 或 JPG 圖片。</translation>
        </message>
        <message>
            <source>%1 could not be read as an image (%2).</source>
            <translation>%1 無法作為圖片讀取（%2）。</translation>
        </message>
        <message>
            <source>The image could not be saved in the database.</source>
            <translation>圖片未能儲存到資料庫。</translation>
        </message>
    </context>
    <context>
        <name>GridPage</name>
        <message>
            <source>&amp;New grid</source>
            <translation>新建網格(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Archive grid…</source>
            <translation>歸檔網格(&amp;A)…</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>統計</translation>
        </message>
        <message>
            <source>Buildings of this grid</source>
            <translation>本網格的樓棟</translation>
        </message>
        <message>
            <source>Grids</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地圖</translation>
        </message>
        <message>
            <source>Coverage check</source>
            <translation>覆蓋檢查</translation>
        </message>
        <message>
            <source>Grid saved.</source>
            <translation>網格已儲存。</translation>
        </message>
        <message>
            <source>Save the grid first, then assign its buildings.</source>
            <translation>請先儲存網格，再劃入樓棟。</translation>
        </message>
        <message>
            <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Households&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Residents&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Aged 60+&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;%4&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;戶數&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;人數&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;60 歲以上&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;%4&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='color:#5a6472'&gt;Open cases: %1 — counted once the cases module exists.&lt;/p&gt;</source>
            <translation>&lt;p style='color:#5a6472'&gt;未辦結訴求：%1 — 訴求模組上線後開始統計。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open cases are counted once the cases module exists; until then they show as 0.</source>
            <translation>訴求模組上線後才統計未辦結訴求，在此之前顯示為 0。</translation>
        </message>
        <message>
            <source>Archive grid</source>
            <translation>歸檔網格</translation>
        </message>
        <message>
            <source>Archive %1 %2 as of today? It stays in the records but is no longer offered.</source>
            <translation>自今日起歸檔 %1 %2？記錄將保留，但不再供選擇。</translation>
        </message>
        <message>
            <source>Grid archived.</source>
            <translation>網格已歸檔。</translation>
        </message>
    </context>
    <context>
        <name>GridStore</name>
        <message>
            <source>Code: enter the grid's code, e.g. G01.</source>
            <translation>編號：請輸入網格編號，例如 G01。</translation>
        </message>
        <message>
            <source>Name: enter the grid's name.</source>
            <translation>名稱：請輸入網格名稱。</translation>
        </message>
        <message>
            <source>Colour: "%1" is not a colour.</source>
            <translation>顏色：“%1”不是有效的顏色。</translation>
        </message>
        <message>
            <source>There is no community yet to add the grid to.</source>
            <translation>還沒有社群，無法新增網格。</translation>
        </message>
        <message>
            <source>Code: another grid already has the code %1.</source>
            <translation>編號：已有其他網格使用編號 %1。</translation>
        </message>
        <message>
            <source>The grid could not be saved (%1).</source>
            <translation>網格未能儲存（%1）。</translation>
        </message>
        <message>
            <source>The grid could not be saved.</source>
            <translation>網格未能儲存。</translation>
        </message>
        <message numerus="yes">
            <source>%n building(s) still belong to this grid; assign them to another grid first.</source>
            <translation>
                <numerusform>本網格仍有 %n 棟樓；請先將其劃入其他網格。</numerusform>
            </translation>
        </message>
        <message>
            <source>The grid could not be archived.</source>
            <translation>網格未能歸檔。</translation>
        </message>
        <message>
            <source>Choose the grid the buildings belong to; every building belongs to exactly one grid.</source>
            <translation>請選擇樓棟所屬網格；每棟樓只能屬於一個網格。</translation>
        </message>
        <message>
            <source>That grid is archived; choose an active grid.</source>
            <translation>該網格已歸檔，請選擇在用網格。</translation>
        </message>
        <message>
            <source>Choose at least one building.</source>
            <translation>請至少選擇一棟樓。</translation>
        </message>
        <message>
            <source>Building %1 does not exist or is archived.</source>
            <translation>樓棟 %1 不存在或已歸檔。</translation>
        </message>
        <message>
            <source>The assignment could not be saved.</source>
            <translation>劃分未能儲存。</translation>
        </message>
        <message>
            <source>That compound has no buildings to assign.</source>
            <translation>該小區沒有可劃入的樓棟。</translation>
        </message>
        <message>
            <source>A boundary needs at least three points.</source>
            <translation>邊界至少需要三個點。</translation>
        </message>
        <message>
            <source>The boundary encloses no area.</source>
            <translation>邊界圍成的面積為零。</translation>
        </message>
        <message>
            <source>The boundary could not be saved.</source>
            <translation>邊界未能儲存。</translation>
        </message>
        <message>
            <source>The building's position could not be saved.</source>
            <translation>樓棟位置未能儲存。</translation>
        </message>
    </context>
    <context>
        <name>GridTableModel</name>
        <message>
            <source>Open cases are counted once the cases module exists; until then this shows 0.</source>
            <translation>訴求模組上線後才統計未辦結訴求，在此之前顯示為 0。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Grid worker</source>
            <translation>網格員</translation>
        </message>
        <message>
            <source>Grid leader</source>
            <translation>網格長</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>戶數</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Aged 60+</source>
            <translation>60 歲以上</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未辦結訴求</translation>
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
            <source>Birthdays</source>
            <translation>老人生日</translation>
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
        <name>MapPage</name>
        <message>
            <source>Colour by:</source>
            <translation>著色依據：</translation>
        </message>
        <message>
            <source>Grid colours</source>
            <translation>網格顏色</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Residents aged 60+</source>
            <translation>60 歲以上人數</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>戶數</translation>
        </message>
        <message>
            <source>&amp;Draw boundary</source>
            <translation>繪製邊界(&amp;D)</translation>
        </message>
        <message>
            <source>Click the corners of the grid on the map; double-click or press Enter to finish, Esc to cancel. The old boundary is replaced.</source>
            <translation>在地圖上依次點選網格的各個拐點；雙擊或按 Enter 完成，Esc 取消。原邊界將被替換。</translation>
        </message>
        <message>
            <source>&amp;Edit shapes</source>
            <translation>編輯形狀(&amp;E)</translation>
        </message>
        <message>
            <source>Drag boundary corners and building markers; each drag is saved at once.</source>
            <translation>拖動邊界拐點和樓棟標記；每次拖動立即儲存。</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>適應視窗</translation>
        </message>
        <message>
            <source>Show the whole map (key 0); + and - zoom.</source>
            <translation>顯示整張地圖（按 0）；+ 和 - 縮放。</translation>
        </message>
        <message>
            <source>Import image…</source>
            <translation>匯入底圖…</translation>
        </message>
        <message>
            <source>Import GeoJSON…</source>
            <translation>匯入 GeoJSON…</translation>
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
            <translation>匯出(&amp;X)…</translation>
        </message>
        <message>
            <source>Wheel or +/- to zoom, 0 to fit, drag to pan. Click a building to see its households, a grid to open its page.</source>
            <translation>滾輪或 +/- 縮放，0 適應視窗，拖動平移。點選樓棟檢視住戶，點選網格開啟網格頁。</translation>
        </message>
        <message>
            <source>Drawing cancelled.</source>
            <translation>已取消繪製。</translation>
        </message>
        <message>
            <source>Grid map</source>
            <translation>網格地圖</translation>
        </message>
        <message>
            <source>Click the corners of %1; double-click or Enter to finish.</source>
            <translation>請點選%1的各個拐點；雙擊或按 Enter 完成。</translation>
        </message>
        <message>
            <source>Boundary saved.</source>
            <translation>邊界已儲存。</translation>
        </message>
        <message>
            <source>Import base image</source>
            <translation>匯入底圖</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>圖片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Base image imported; boundaries and markers keep their pixel positions.</source>
            <translation>底圖已匯入；邊界和標記保持原有畫素位置。</translation>
        </message>
        <message>
            <source>Import boundaries</source>
            <translation>匯入邊界</translation>
        </message>
        <message>
            <source>GeoJSON (*.geojson *.json)</source>
            <translation>GeoJSON (*.geojson *.json)</translation>
        </message>
        <message>
            <source>Nothing was imported.

%1</source>
            <translation>未匯入任何內容。

%1</translation>
        </message>
        <message numerus="yes">
            <source>%n boundary(ies) imported.</source>
            <translation>
                <numerusform>已匯入 %n 條邊界。</numerusform>
            </translation>
        </message>
        <message>
            <source> — %1</source>
            <translation> — %1</translation>
        </message>
        <message>
            <source>%1 grid map%2</source>
            <translation>%1網格地圖%2</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>匯出地圖</translation>
        </message>
        <message>
            <source>grid-map.pdf</source>
            <translation>網格地圖.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;PNG 圖片 (*.png)</translation>
        </message>
        <message>
            <source>Map exported to %1.</source>
            <translation>地圖已匯出到 %1。</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>無法寫入 %1。</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>列印預覽 — %1</translation>
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
            <translation>%1的邊界已儲存。</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2 — %n household(s)</source>
            <translation>
                <numerusform>%1 %2 — %n 戶</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 moved.</source>
            <translation>%1 已移動。</translation>
        </message>
        <message>
            <source>&lt;br&gt;%1: %2</source>
            <translation>&lt;br&gt;%1：%2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Households: %2&lt;br&gt;Residents: %3&lt;br&gt;Aged 60+: %4%5&lt;br&gt;Open cases: %6 (counted once the cases module exists)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;戶數：%2&lt;br&gt;人數：%3&lt;br&gt;60 歲以上：%4%5&lt;br&gt;未辦結訴求：%6（訴求模組上線後開始統計）</translation>
        </message>
        <message>
            <source>Grids</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Residents per grid</source>
            <translation>各網格人數</translation>
        </message>
        <message>
            <source>Residents aged 60+ per grid</source>
            <translation>各網格 60 歲以上人數</translation>
        </message>
        <message>
            <source>Households per grid</source>
            <translation>各網格戶數</translation>
        </message>
        <message>
            <source>
Not on the map yet: turn on Edit shapes and drag it into place.</source>
            <translation>
尚未放到地圖上：開啟“編輯形狀”後拖到相應位置。</translation>
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
        <message>
            <source>More than %1 residents, counting…</source>
            <translation>超過 %1 人，正在統計…</translation>
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
        <message>
            <source>Status: please choose one.</source>
            <translation>狀態：請選擇。</translation>
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
        <name>TableDocument</name>
        <message>
            <source>Nobody is on this list.</source>
            <translation>名單上沒有人。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 頁，共 %2 頁</translation>
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
