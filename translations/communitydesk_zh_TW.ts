<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccessScope</name>
    <message>
        <source>Your account may only view records; ask an administrator to change this.</source>
        <translation>您的賬號只能檢視記錄；如需更改，請聯絡管理員。</translation>
    </message>
    <message>
        <source>Only the office staff may change this; a grid worker may not.</source>
        <translation>只有社區工作人員可以修改此項，網格員不能修改。</translation>
    </message>
    <message>
        <source>Grid: you may only change records of your own grids.</source>
        <translation>網格：您只能修改自己所負責網格的記錄。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>社區工作人員</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>網格員</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只讀使用者</translation>
    </message>
    <message>
        <source>Nobody is signed in; please sign in first.</source>
        <translation>尚未登入，請先登入。</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Community: you may only change records of the community in view.</source>
        <translation>社區：只能修改當前所檢視社區的記錄。</translation>
    </message>
</context>
<context>
    <name>AccountCli</name>
    <message>
        <source>account add: no password for %1: set CD_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>account add：%1 沒有密碼：請設定 CD_NEW_PASSWORD，或在終端中執行此命令以輸入密碼。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次輸入同一密碼：</translation>
    </message>
    <message>
        <source>account add: the two passwords differ; nothing was changed.</source>
        <translation>account add：兩次輸入的密碼不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>account add: please type a password for %1.</source>
        <translation>account add：請為 %1 輸入密碼。</translation>
    </message>
    <message>
        <source>account add: --name: please give the person&apos;s name.</source>
        <translation>account add：--name：請填寫此人的姓名。</translation>
    </message>
    <message>
        <source>account add: --role: expected admin, clerk, grid-worker or viewer, got &quot;%1&quot;.</source>
        <translation>account add：--role：應為 admin、clerk、grid-worker 或 viewer，實際為“%1”。</translation>
    </message>
    <message>
        <source>account add: --grid: only a grid worker has grids of their own.</source>
        <translation>account add：--grid：只有網格員才有自己負責的網格。</translation>
    </message>
    <message>
        <source>account add: --grid: please give the grid worker&apos;s grids (--grid CODE, repeated).</source>
        <translation>account add：--grid：請給出網格員負責的網格（--grid 編號，可重複）。</translation>
    </message>
    <message>
        <source>account add: --role: the first account of a database must be an administrator (--role admin).</source>
        <translation>account add：--role：資料庫的第一個賬號必須是管理員（--role admin）。</translation>
    </message>
    <message>
        <source>account: only an administrator may manage accounts.</source>
        <translation>account：只有管理員可以管理賬號。</translation>
    </message>
    <message>
        <source>account add: --grid: there is no grid with the code &quot;%1&quot;.</source>
        <translation>account add：--grid：沒有編號為“%1”的網格。</translation>
    </message>
    <message>
        <source>Account %1 (%2) added.</source>
        <translation>已新增賬號 %1（%2）。</translation>
    </message>
    <message>
        <source>This database has no accounts yet; add the first administrator with &quot;account add LOGIN --name NAME --role admin&quot;.</source>
        <translation>此資料庫還沒有賬號；請用“account add 賬號 --name 姓名 --role admin”新增第一個管理員。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>共 %n 個賬號。</numerusform>
        </translation>
    </message>
    <message>
        <source>account disable: there is no account with the login &quot;%1&quot;.</source>
        <translation>account disable：沒有登入名為“%1”的賬號。</translation>
    </message>
    <message>
        <source>Account %1 was already disabled.</source>
        <translation>賬號 %1 此前已停用。</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>賬號 %1 已停用：不能再登入。</translation>
    </message>
    <message>
        <source>account: expected &quot;account add LOGIN --name NAME --role ROLE [--grid CODE]&quot;, &quot;account list&quot; or &quot;account disable LOGIN&quot;.</source>
        <translation>account：應為“account add 賬號 --name 姓名 --role 角色 [--grid 編號]”、“account list”或“account disable 賬號”。</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add account</source>
        <translation>新增賬號</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>編輯賬號</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>賬號(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>網格(&amp;G)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>確認密碼(&amp;E)：</translation>
    </message>
    <message>
        <source>Grids: a grid worker needs at least one grid.</source>
        <translation>網格：網格員至少需要分配一個網格。</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>確認密碼：兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Whole street</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社區(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>密碼：至少使用 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: do not start or end it with a space.</source>
        <translation>密碼：開頭和結尾不能是空格。</translation>
    </message>
    <message>
        <source>An administrator already exists; please sign in.</source>
        <translation>已存在管理員，請登入。</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>無法儲存賬號。</translation>
    </message>
    <message>
        <source>Only an administrator may change accounts.</source>
        <translation>只有管理員可以修改賬號。</translation>
    </message>
    <message>
        <source>Name: please enter the person&apos;s name.</source>
        <translation>姓名：請輸入此人的姓名。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此賬號已不存在。</translation>
    </message>
    <message>
        <source>Role: at least one administrator must remain.</source>
        <translation>角色：必須至少保留一名管理員。</translation>
    </message>
    <message>
        <source>Someone else changed this account meanwhile; please reopen it.</source>
        <translation>此賬號已被他人修改，請重新開啟。</translation>
    </message>
    <message>
        <source>Login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>賬號：請使用 2 至 32 個字母、數字、點、連字元或下劃線。</translation>
    </message>
    <message>
        <source>Login: %1 is already taken.</source>
        <translation>賬號：%1 已被使用。</translation>
    </message>
    <message>
        <source>Only an administrator may change another person&apos;s password.</source>
        <translation>只有管理員可以修改他人的密碼。</translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation>無法修改密碼。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的賬號。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>賬號或密碼錯誤。</translation>
    </message>
    <message>
        <source>This account is disabled; please ask an administrator.</source>
        <translation>此賬號已停用，請聯絡管理員。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密碼錯誤次數過多：此賬號已鎖定至 %1。</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded; please try again.</source>
        <translation>無法記錄本次登入，請重試。</translation>
    </message>
    <message>
        <source>This database login is not an account of this office, or the account is disabled; please ask an administrator.</source>
        <translation>此資料庫登入名不是本辦公室的賬號，或賬號已停用；請聯絡管理員。</translation>
    </message>
    <message>
        <source>Community: you may only manage the accounts of your own community.</source>
        <translation>社區：只能管理本社區的賬號。</translation>
    </message>
    <message>
        <source>Community: choose a community of this street, or the whole street.</source>
        <translation>社區：請選擇本街道的一個社區，或選擇全街道。</translation>
    </message>
    <message>
        <source>Community: every grid of the account must lie in its community.</source>
        <translation>社區：該賬號的每個網格都必須屬於其所在社區。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>賬號管理</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>賬號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密碼(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>已鎖定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>兩次輸入的密碼不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>資料庫登入名</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>啟用(&amp;N)</translation>
    </message>
</context>
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
    <name>AgreementDocument</name>
    <message>
        <source>People&apos;s mediation agreement</source>
        <translation>人民調解協議書</translation>
    </message>
    <message>
        <source>%1 People&apos;s Mediation Committee</source>
        <comment>community name</comment>
        <translation>%1人民調解委員會</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>編號：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>糾紛類型：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Mediator:</source>
        <translation>調解員：</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The matter in dispute</source>
        <translation>糾紛事項</translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation>調解經過</translation>
    </message>
    <message>
        <source>The agreement reached</source>
        <translation>達成的協議</translation>
    </message>
    <message>
        <source>No agreement has been reached yet.</source>
        <translation>尚未達成協議。</translation>
    </message>
    <message>
        <source>Keeping the agreement</source>
        <translation>協議履行</translation>
    </message>
    <message numerus="yes">
        <source>The parties shall keep this agreement in good faith. It is made in %n copies, one for each party and one for the mediation committee.</source>
        <translation>
            <numerusform>當事人應誠信履行本協議。本協議一式 %n 份，當事人各執一份，調解委員會留存一份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: the agreement was kept.</source>
        <translation>已記錄：協議已履行。</translation>
    </message>
    <message>
        <source>Recorded: the agreement was not kept.</source>
        <translation>已記錄：協議未履行。</translation>
    </message>
    <message>
        <source>%1 (signature):</source>
        <comment>party&apos;s side</comment>
        <translation>%1（簽名）：</translation>
    </message>
    <message>
        <source>Mediator (signature):</source>
        <translation>調解員（簽名）：</translation>
    </message>
    <message>
        <source>Committee (seal):</source>
        <translation>調解委員會（蓋章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>AreaPanel</name>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片區</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>網格數</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民數</translation>
    </message>
    <message>
        <source>Aged 60+</source>
        <translation>60 歲以上</translation>
    </message>
    <message>
        <source>Figures are the sums of the area&apos;s grids.</source>
        <translation>資料為該片區各網格之和。</translation>
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
        <source>Leader:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>&amp;New area</source>
        <translation>新建片區(&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;area</source>
        <translation>儲存片區(&amp;A)</translation>
    </message>
    <message>
        <source>Archive area…</source>
        <translation>歸檔片區…</translation>
    </message>
    <message>
        <source>Grids of this area</source>
        <translation>本片區的網格</translation>
    </message>
    <message>
        <source>Apply grid &amp;choice</source>
        <translation>應用網格選擇(&amp;C)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Area saved.</source>
        <translation>片區已儲存。</translation>
    </message>
    <message>
        <source>Archive area</source>
        <translation>歸檔片區</translation>
    </message>
    <message>
        <source>Archive the area %1? Its grids are left in no area.</source>
        <translation>歸檔片區 %1？其下網格將不再屬於任何片區。</translation>
    </message>
    <message>
        <source>Area archived.</source>
        <translation>片區已歸檔。</translation>
    </message>
    <message>
        <source>Grids assigned.</source>
        <translation>網格已劃入片區。</translation>
    </message>
</context>
<context>
    <name>AreaStore</name>
    <message>
        <source>Exclusive grid</source>
        <translation>專屬網格</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>普通網格</translation>
    </message>
    <message>
        <source>Code: enter the area&apos;s code, e.g. P01.</source>
        <translation>編號：請輸入片區編號，例如 P01。</translation>
    </message>
    <message>
        <source>Name: enter the area&apos;s name.</source>
        <translation>名稱：請輸入片區名稱。</translation>
    </message>
    <message>
        <source>Code: another area already has the code %1.</source>
        <translation>編號：已有其他片區使用編號 %1。</translation>
    </message>
    <message>
        <source>This area no longer exists.</source>
        <translation>此片區已不存在。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The area could not be saved.</source>
        <translation>無法儲存片區。</translation>
    </message>
    <message>
        <source>The area could not be saved; nothing was changed.</source>
        <translation>無法儲存片區，未做任何更改。</translation>
    </message>
    <message>
        <source>The area could not be archived.</source>
        <translation>無法歸檔片區。</translation>
    </message>
    <message>
        <source>Area: the chosen area is archived or no longer exists.</source>
        <translation>片區：所選片區已歸檔或已不存在。</translation>
    </message>
    <message>
        <source>The grids could not be assigned to the area.</source>
        <translation>無法將網格劃入該片區。</translation>
    </message>
    <message>
        <source>Area: choose an area first.</source>
        <translation>片區：請先選擇片區。</translation>
    </message>
    <message>
        <source>Kind: choose a regular or an exclusive grid.</source>
        <translation>類型：請選擇普通網格或專屬網格。</translation>
    </message>
    <message>
        <source>Unit: enter the school, market or enterprise of the exclusive grid.</source>
        <translation>所屬單位：請填寫專屬網格所屬的學校、市場或企業。</translation>
    </message>
    <message>
        <source>The grid could not be saved; nothing was changed.</source>
        <translation>無法儲存網格，未做任何更改。</translation>
    </message>
    <message>
        <source>Community: choose the community the area belongs to first.</source>
        <translation>社區：請先選擇片區所屬的社區。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign volunteers</source>
        <translation>安排志願者</translation>
    </message>
    <message>
        <source>On this shift:</source>
        <translation>本班次人員：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Substitute with selected</source>
        <translation>由所選人員替班(&amp;S)</translation>
    </message>
    <message>
        <source>Find a volunteer by name or phone</source>
        <translation>按姓名或電話查詢志願者</translation>
    </message>
    <message>
        <source>Gaps this week:</source>
        <translation>本週缺員班次：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>安排(&amp;A)</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>該班次已不存在。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3–%4 · %5 of %6 volunteers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3–%4 · 已安排 %5 人，需 %6 人</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 of %5</source>
        <translation>%1 %2 %3：已安排 %4 人，需 %5 人</translation>
    </message>
    <message>
        <source>Choose a volunteer to see whether they are free.</source>
        <translation>請選擇一名志願者，檢視其是否有空。</translation>
    </message>
    <message>
        <source>Free at this time.</source>
        <translation>該時段有空。</translation>
    </message>
    <message>
        <source>Please choose a volunteer first.</source>
        <translation>請先選擇一名志願者。</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>已安排。</translation>
    </message>
    <message>
        <source>Assigned. Note: %1</source>
        <translation>已安排。注意：%1</translation>
    </message>
    <message>
        <source>Removed from the shift.</source>
        <translation>已從該班次移除。</translation>
    </message>
    <message>
        <source>Choose who is replaced above and the substitute below.</source>
        <translation>請在上方選擇被替換的人員，在下方選擇替班人員。</translation>
    </message>
    <message>
        <source>Substitute recorded.</source>
        <translation>替班已登記。</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>Record assistance</source>
        <translation>登記救助</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住戶(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>in yuan, e.g. 500 or 300.50</source>
        <translation>單位為元，例如 500 或 300.50</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. a bag of rice, a quilt</source>
        <translation>例如：一袋大米、一床被子</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>發放人(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>該戶</translation>
    </message>
    <message>
        <source>Amount: enter a sum of yuan, e.g. 500 or 300.50.</source>
        <translation>金額：請輸入金額（元），例如 500 或 300.50。</translation>
    </message>
    <message>
        <source>Edit assistance</source>
        <translation>編輯救助記錄</translation>
    </message>
</context>
<context>
    <name>AssistanceKinds</name>
    <message>
        <source>Name: enter the kind of assistance.</source>
        <translation>名稱：請輸入救助類型。</translation>
    </message>
    <message>
        <source>Name: there is already a kind of assistance called %1.</source>
        <translation>名稱：已有名為 %1 的救助類型。</translation>
    </message>
    <message>
        <source>The kind of assistance could not be saved; nothing was changed.</source>
        <translation>無法儲存救助類型，未做任何更改。</translation>
    </message>
    <message>
        <source>The kind of assistance could not be archived; nothing was changed.</source>
        <translation>無法歸檔救助類型，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>AssistanceSnapshot</name>
    <message>
        <source>%1 for %2 on %3</source>
        <translation>%3 給 %2 的%1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>登記%1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>AssistanceStore</name>
    <message>
        <source>Household: choose the household that was helped.</source>
        <translation>住戶：請選擇受助住戶。</translation>
    </message>
    <message>
        <source>Resident: choose a member of this household.</source>
        <translation>居民：請選擇該戶的一名成員。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of assistance.</source>
        <translation>類型：請選擇救助類型。</translation>
    </message>
    <message>
        <source>Amount: enter a sum of money of 0 or more.</source>
        <translation>金額：請輸入不小於 0 的金額。</translation>
    </message>
    <message>
        <source>Amount or items: enter the money given or what was handed over.</source>
        <translation>金額或物品：請填寫發放的金額或物品。</translation>
    </message>
    <message>
        <source>Date: enter the day it was given.</source>
        <translation>日期：請輸入發放日期。</translation>
    </message>
    <message>
        <source>Given by: enter who gave it.</source>
        <translation>發放人：請填寫發放人。</translation>
    </message>
    <message>
        <source>The assistance record could not be saved; nothing was changed.</source>
        <translation>無法儲存救助記錄，未做任何更改。</translation>
    </message>
    <message>
        <source>This assistance record no longer exists.</source>
        <translation>該救助記錄已不存在。</translation>
    </message>
    <message>
        <source>This assistance record was changed by someone else since you opened it; please reopen it and make your change again.</source>
        <translation>這條救助記錄在您開啟後已被他人修改，請重新開啟後再修改。</translation>
    </message>
</context>
<context>
    <name>AssistanceTab</name>
    <message>
        <source>Assistance records</source>
        <translation>救助記錄</translation>
    </message>
    <message>
        <source>assistance.xlsx</source>
        <translation>救助記錄.xlsx</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>網格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Record assistance…</source>
        <translation>登記救助(&amp;R)…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>歸檔(&amp;H)</translation>
    </message>
    <message>
        <source>New k&amp;ind…</source>
        <translation>新建類型(&amp;I)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>發放人</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 條記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 time(s), %3 yuan</source>
        <translation>%1：%2 次，%3 元</translation>
    </message>
    <message>
        <source>Total %1 yuan. %2</source>
        <translation>合計 %1 元。%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Assistance recorded.</source>
        <translation>救助已登記。</translation>
    </message>
    <message>
        <source>Archive assistance record</source>
        <translation>歸檔救助記錄</translation>
    </message>
    <message>
        <source>Archive the selected assistance record? It no longer counts in lists and totals.</source>
        <translation>歸檔所選救助記錄？歸檔後不再計入列表和合計。</translation>
    </message>
    <message>
        <source>Assistance record archived.</source>
        <translation>救助記錄已歸檔。</translation>
    </message>
    <message>
        <source>New kind of assistance</source>
        <translation>新建救助類型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>編輯(&amp;D)…</translation>
    </message>
    <message>
        <source>Assistance record saved.</source>
        <translation>救助記錄已儲存。</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>歸檔%1</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <source>Search residents by name, initials or ID…</source>
        <translation>按姓名、拼音首字母或身份證號搜尋居民…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Others not listed:</source>
        <translation>其他未登記人數：</translation>
    </message>
    <message>
        <source>%1  (aged %2, %3)</source>
        <translation>%1  （%2 歲，%3）</translation>
    </message>
    <message>
        <source>%1  (aged %2)</source>
        <translation>%1  （%2 歲）</translation>
    </message>
</context>
<context>
    <name>AttributeType</name>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>%1: enter a number, e.g. 850.50.</source>
        <translation>%1：請輸入數字，例如 850.50。</translation>
    </message>
    <message>
        <source>%1: enter a date as 2026-03-31.</source>
        <translation>%1：請按 2026-03-31 的格式輸入日期。</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1：請從 %2 中選擇一項。</translation>
    </message>
    <message>
        <source>Name: please enter the attribute&apos;s name.</source>
        <translation>名稱：請輸入屬性名稱。</translation>
    </message>
    <message>
        <source>Type: choose text, number, date or choice.</source>
        <translation>類型：請選擇文字、數字、日期或選項。</translation>
    </message>
    <message>
        <source>Choices: enter at least one choice for %1.</source>
        <translation>選項：請為 %1 至少填寫一個選項。</translation>
    </message>
    <message>
        <source>Choices: a choice of %1 may not contain &quot;|&quot;.</source>
        <translation>選項：%1 的選項中不能包含“|”。</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Numbers shown</source>
        <translation>顯示完整號碼</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>標記完成</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Case received</source>
        <translation>受理登記</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交辦</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>督辦</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新辦理</translation>
    </message>
    <message>
        <source>Made a case</source>
        <translation>轉為訴求</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Hours changed</source>
        <translation>修改時長</translation>
    </message>
    <message>
        <source>Grid placement</source>
        <translation>調整所屬網格</translation>
    </message>
    <message>
        <source>Area changed</source>
        <translation>調整片區</translation>
    </message>
    <message>
        <source>Grid assigned</source>
        <translation>劃入網格</translation>
    </message>
    <message>
        <source>Boundary drawn</source>
        <translation>繪製邊界</translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation>調整地圖位置</translation>
    </message>
    <message>
        <source>Dual report changed</source>
        <translation>修改雙報到</translation>
    </message>
    <message>
        <source>Birthday calendar changed</source>
        <translation>修改生日曆法</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>戶籍類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小區</translation>
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
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片區</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>訴求編號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>辦理期限</translation>
    </message>
    <message>
        <source>Days allowed</source>
        <translation>辦理天數</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>訴求</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召開日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走訪日期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>網格員</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>賬號</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與人數</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>其他參與人數</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>表決事項</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>落實任務</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>組織者</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>已顯示</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>賬號</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片區</translation>
    </message>
    <message>
        <source>Birthday parties</source>
        <translation>生日會</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>Case categories</source>
        <translation>訴求類別</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>訴求</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小區</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>社區活動</translation>
    </message>
    <message>
        <source>Event photos</source>
        <translation>活動照片</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>活動類型</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>議事會議</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>議事會議類型</translation>
    </message>
    <message>
        <source>Meeting tasks</source>
        <translation>落實任務</translation>
    </message>
    <message>
        <source>Party-member households</source>
        <translation>黨員中心戶</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Needs raised on visits</source>
        <translation>走訪收集的需求</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Shift assignments</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Volunteer points</source>
        <translation>志願積分</translation>
    </message>
    <message>
        <source>Point rules</source>
        <translation>積分規則</translation>
    </message>
    <message>
        <source>Volunteer posts</source>
        <translation>志願崗位</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>兌換獎品</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift patterns</source>
        <translation>排班模板</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>志願隊伍</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2&apos;s household)</source>
        <translation>%1（%2戶）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>who, did what, to which record</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <comment>who, did what, to which record: the fields changed</comment>
        <translation>%1 %2 %3：%4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Undone (Edit menu)</source>
        <translation>撤銷（編輯選單）</translation>
    </message>
    <message>
        <source>Redone (Edit menu)</source>
        <translation>重做（編輯選單）</translation>
    </message>
    <message>
        <source>Added in the field</source>
        <translation>外業新增</translation>
    </message>
    <message>
        <source>Changed in the field</source>
        <translation>外業修改</translation>
    </message>
    <message>
        <source>Removed in the field</source>
        <translation>外業移除</translation>
    </message>
    <message>
        <source>Field copy merged</source>
        <translation>合併外業副本</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>狀態日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Housing type</source>
        <translation>住房性質</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>遷入日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>遷出日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>反映人電話</translation>
    </message>
    <message>
        <source>Birthday calendar</source>
        <translation>生日曆法</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>已撤銷合併</translation>
    </message>
    <message>
        <source>Residents marked not the same person</source>
        <translation>居民已標記為非同一人</translation>
    </message>
    <message>
        <source>Merged residents</source>
        <translation>合併居民</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>恢復受理</translation>
    </message>
    <message>
        <source>Intake withdrawn</source>
        <translation>撤回受理</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>資料表：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>記錄：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Select a row to see its values before and after.</source>
        <translation>選擇一行以檢視其修改前和修改後的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部使用者</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部資料表</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 #%4 · %5</source>
        <translation>%1 · %2 · %3 #%4 · %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (login)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>操作內容</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The register was backed up to
%1</source>
        <translation>人口臺賬已備份到
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>CommunityDesk backups (*.sqlite)</source>
        <translation>社區工作臺備份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1?

Everything entered since that backup is replaced; a copy of the current register is kept in the backup folder. CommunityDesk closes now and restores when it starts again.</source>
        <translation>用備份 %1 替換人口臺賬嗎？

該備份之後錄入的所有內容都將被替換；當前人口臺賬的副本會保留在備份資料夾中。社區工作臺現在將關閉，並在下次啟動時完成恢復。</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The register as it was is kept as %2.</source>
        <translation>已恢復備份 %1。恢復前的人口臺賬已儲存為 %2。</translation>
    </message>
    <message>
        <source>CommunityDesk</source>
        <translation>社區工作臺</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup, %2? The damaged file is kept in the backup folder.</source>
        <translation>%1

是否恢復最近的備份 %2？損壞的檔案會保留在備份資料夾中。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日備份</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made:
%1

The register itself is unchanged. Please check the backup folder %2 or use File &gt; Back up now….</source>
        <translation>今天的備份未能完成：
%1

臺賬本身沒有變化。請檢查備份資料夾 %2，或使用“檔案 &gt; 立即備份”。</translation>
    </message>
    <message>
        <source>%1

There is no usable backup. Please stop entering data and ask for help; do not delete the file.</source>
        <translation>%1

沒有可用的備份。請停止錄入資料並尋求技術支援，不要刪除該檔案。</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup, %2? CommunityDesk closes now and restores it when it starts again; the damaged file is kept in the backup folder.</source>
        <translation>%1

是否恢復最近的備份 %2？社區工作臺將立即關閉，並在下次啟動時恢復；損壞的檔案會保留在備份資料夾中。</translation>
    </message>
    <message>
        <source>The register file %1 is damaged: some of its pages cannot be read.</source>
        <translation>臺賬檔案 %1 已損壞：部分資料頁無法讀取。</translation>
    </message>
    <message>
        <source>&amp;Check the register…</source>
        <translation>檢查人口臺賬(&amp;C)…</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>正在備份人口臺賬…</translation>
    </message>
    <message>
        <source>Check the register</source>
        <translation>檢查人口臺賬</translation>
    </message>
    <message>
        <source>Checking every page of the register…</source>
        <translation>正在逐頁檢查人口臺賬…</translation>
    </message>
    <message>
        <source>The register was checked: no problems were found.</source>
        <translation>人口臺賬檢查完畢：未發現問題。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s) in the register. Please stop entering data and ask for help; File &gt; Restore from backup… can bring back the latest backup.</source>
        <translation>
            <numerusform>檢查發現人口臺賬中有 %n 處問題。請停止錄入資料並尋求技術支援；可通過“檔案 &gt; 從備份恢復…”恢復最近的備份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在檢查備份…</translation>
    </message>
</context>
<context>
    <name>BackupCli</name>
    <message>
        <source>%1: this database is on a PostgreSQL server; it is backed up and restored with the server&apos;s own tools (pg_dump and pg_restore), by its administrator, not by CommunityDesk.</source>
        <translation>%1：此資料庫在 PostgreSQL 伺服器上，由伺服器管理員用伺服器自帶的工具（pg_dump 和 pg_restore）備份和恢復，而不是由社區工作臺。</translation>
    </message>
    <message>
        <source>backup: a backup holds the whole register with full ID and phone numbers; only an administrator or a clerk may make one.</source>
        <translation>backup：備份包含整個臺賬及完整的身份證號和電話號碼；只有管理員或工作人員可以備份。</translation>
    </message>
    <message>
        <source>backup: the backup could not be written to the audit log, so no file was kept.</source>
        <translation>backup：備份無法記入審計日誌，因此未保留檔案。</translation>
    </message>
    <message numerus="yes">
        <source>Backup of %n resident(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 名居民的備份寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>restore: only an administrator may replace the database with a backup.</source>
        <translation>restore：只有管理員可以用備份替換資料庫。</translation>
    </message>
    <message>
        <source>restore: %1 Nothing was changed.</source>
        <translation>restore：%1 未做任何更改。</translation>
    </message>
    <message>
        <source>restore: the restore could not be written to the audit log.</source>
        <translation>restore：恢復操作無法記入審計日誌。</translation>
    </message>
    <message>
        <source>Database restored from %1.</source>
        <translation>已從 %1 恢復資料庫。</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>原資料庫已保留為 %1。</translation>
    </message>
    <message>
        <source>backup: a backup holds every community of the street; only a street-level account may make one.</source>
        <translation>backup：備份包含本街道的所有社區，只有街道級賬號可以建立備份。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>無法建立備份資料夾 %1。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (the disk may be full or the database busy).</source>
        <translation>無法將備份寫入 %1（可能是磁碟已滿或資料庫正忙）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>無法開啟檔案 %1。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database.</source>
        <translation>檔案 %1 已損壞或不是資料庫檔案。</translation>
    </message>
    <message>
        <source>The file %1 is not a CommunityDesk database.</source>
        <translation>檔案 %1 不是社區工作臺資料庫。</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer CommunityDesk (data version %2); please update the program first.</source>
        <translation>檔案 %1 由更新版本的社區工作臺寫入（資料版本 %2），請先更新程式。</translation>
    </message>
    <message>
        <source>The backup could not be copied; nothing was changed.</source>
        <translation>無法複製備份，未做任何更改。</translation>
    </message>
    <message>
        <source>The current database could not be kept as a copy; nothing was changed.</source>
        <translation>無法保留當前資料庫的副本，未做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the current database was kept.</source>
        <translation>無法放置備份檔案，已保留當前資料庫。</translation>
    </message>
    <message>
        <source>The register is on a database server; it is backed up on the server (pg_dump), not here.</source>
        <translation>人口臺賬儲存在資料庫伺服器上，應在伺服器端備份（pg_dump），無法在此備份。</translation>
    </message>
    <message>
        <source>%1 already exists; please choose a new file for the backup.</source>
        <translation>%1 已存在；請為備份選擇一個新檔案。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>備份已取消，未寫入任何內容。</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>對 %1 的檢查已取消。</translation>
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
        <source>Kept by the resident&apos;s own choice of calendar.</source>
        <translation>按本人選擇的歷法過生日。</translation>
    </message>
    <message>
        <source>Kept by the office&apos;s default calendar.</source>
        <translation>按社區預設曆法過生日。</translation>
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
        <source>The office&apos;s default; a resident can keep their own (right-click a name).</source>
        <translation>社區預設曆法；居民可按本人習慣選擇（在姓名上右鍵）。</translation>
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
        <translation>跟隨社區預設(&amp;D)</translation>
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
        <source>%1&apos;s birthday calendar changed.</source>
        <translation>已更改 %1 的生日曆法。</translation>
    </message>
    <message>
        <source>birthdays %1 – %2</source>
        <translation>%1 – %2 過生日</translation>
    </message>
    <message>
        <source>Writing the birthday list…</source>
        <translation>正在生成生日名單…</translation>
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
        <translation>全社區</translation>
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
        <source>The party&apos;s list could not be saved.</source>
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
        <translation>全社區</translation>
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
</context>
<context>
    <name>CareCli</name>
    <message>
        <source>care: --date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>care：--date “%1”不是有效日期；請寫成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>care overdue: the follow-ups could not be read from the database.</source>
        <translation>care overdue：無法從資料庫讀取回訪記錄。</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>從未走訪</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) overdue for a follow-up on %1.</source>
        <translation>
            <numerusform>截至 %1，有 %n 戶超期未回訪。</numerusform>
        </translation>
    </message>
    <message>
        <source>care assist list: --month &quot;%1&quot; is not a month; write it as YYYY-MM.</source>
        <translation>care assist list：--month “%1”不是有效月份；請寫成 YYYY-MM。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 yuan in all.</source>
        <translation>
            <numerusform>共 %n 條記錄，合計 %1 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>care assist add: please give --household ID and --kind (e.g. 临时救助 or temporary_relief).</source>
        <translation>care assist add：請給出 --household ID 和 --kind（例如 臨時救助 或 temporary_relief）。</translation>
    </message>
    <message>
        <source>care assist add: --amount &quot;%1&quot; is not a sum of yuan, e.g. 500 or 300.50.</source>
        <translation>care assist add：--amount “%1”不是有效的金額（元），例如 500 或 300.50。</translation>
    </message>
    <message>
        <source>Assistance record %1 added.</source>
        <translation>已新增救助記錄 %1。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>進行中</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 次活動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>共 %n 個結對。</numerusform>
        </translation>
    </message>
    <message>
        <source>care pair add: please give --household ID.</source>
        <translation>care pair add：請給出 --household ID。</translation>
    </message>
    <message>
        <source>Pair %1 added.</source>
        <translation>已新增結對 %1。</translation>
    </message>
    <message>
        <source>care: the household&apos;s ID.</source>
        <translation>care：住戶的 ID。</translation>
    </message>
    <message>
        <source>care assist add: the resident helped (ID).</source>
        <translation>care assist add：受助居民（ID）。</translation>
    </message>
    <message>
        <source>care assist add: the kind of assistance; care pair add: cadre, party_member or volunteer.</source>
        <translation>care assist add：救助類型；care pair add：cadre、party_member 或 volunteer。</translation>
    </message>
    <message>
        <source>care assist add: the sum given, in yuan.</source>
        <translation>care assist add：發放金額（元）。</translation>
    </message>
    <message>
        <source>care assist add: what was handed over.</source>
        <translation>care assist add：發放的物品。</translation>
    </message>
    <message>
        <source>care assist add: who gave it.</source>
        <translation>care assist add：發放人。</translation>
    </message>
    <message>
        <source>care pair add: the helper&apos;s name.</source>
        <translation>care pair add：幫扶人姓名。</translation>
    </message>
    <message>
        <source>care assist list: only this month.</source>
        <translation>care assist list：僅限該月。</translation>
    </message>
    <message>
        <source>care: --grid: &quot;%1&quot; is not one of the grids you see.</source>
        <translation>care：--grid：“%1”不是您可檢視的網格。</translation>
    </message>
    <message>
        <source>care export: --out: please give a file ending in .csv or .xlsx.</source>
        <translation>care export：--out：請給出以 .csv 或 .xlsx 結尾的檔名。</translation>
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
        <source>Head</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天數</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>關注程度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>幫扶人</translation>
    </message>
    <message>
        <source>Helper is</source>
        <translation>幫扶人身份</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>幫扶活動</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>發放日期</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>發放人</translation>
    </message>
    <message>
        <source>care export: say overdue, pairs or assist.</source>
        <translation>care export：請使用 overdue、pairs 或 assist。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 行寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>care: expected overdue, assist list|add, pair list|add or export overdue|pairs|assist.</source>
        <translation>care：應為 overdue、assist list|add、pair list|add 或 export overdue|pairs|assist。</translation>
    </message>
</context>
<context>
    <name>CareLevels</name>
    <message>
        <source>Normal</source>
        <translation>一般關注</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>重點關注</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>特別關注</translation>
    </message>
</context>
<context>
    <name>CareListFrame</name>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>列印(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>CareOverdue</name>
    <message>
        <source>%1 %2+</source>
        <translation>%1 %2+</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · %2 · 每 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareOverdueTab</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>超期未回訪</translation>
    </message>
    <message>
        <source>overdue-follow-ups.xlsx</source>
        <translation>超期未回訪.xlsx</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>全部關注程度</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>網格(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation>類別(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>關注程度(&amp;L)</translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation>日期(&amp;D)</translation>
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
        <source>Head</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天數</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>關注程度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未走訪</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) overdue</source>
        <translation>
            <numerusform>%n 戶超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up r&amp;ules…</source>
        <translation>跟進規則(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>超期未回訪(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>結對幫扶(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assistance</source>
        <translation>救助(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CarePairDialog</name>
    <message>
        <source>Edit pairing</source>
        <translation>編輯結對</translation>
    </message>
    <message>
        <source>New pairing</source>
        <translation>新建結對</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住戶(&amp;H)</translation>
    </message>
    <message>
        <source>Hel&amp;per</source>
        <translation>幫扶人(&amp;P)</translation>
    </message>
    <message>
        <source>Helper &amp;is</source>
        <translation>幫扶人身份(&amp;I)</translation>
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation>開始(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>結束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Helper&apos;s ph&amp;one</source>
        <translation>幫扶人電話(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CarePairSnapshot</name>
    <message>
        <source>add the pairing of %1</source>
        <translation>新增 %1 的結對幫扶</translation>
    </message>
    <message>
        <source>edit the pairing of %1</source>
        <translation>編輯 %1 的結對幫扶</translation>
    </message>
</context>
<context>
    <name>CarePairStore</name>
    <message>
        <source>Cadre</source>
        <translation>幹部</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>黨員</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Household: choose the household the helper is paired with.</source>
        <translation>住戶：請選擇與幫扶人結對的住戶。</translation>
    </message>
    <message>
        <source>Helper: enter the helper&apos;s name.</source>
        <translation>幫扶人：請輸入幫扶人姓名。</translation>
    </message>
    <message>
        <source>Helper is: choose cadre, party member or volunteer.</source>
        <translation>幫扶人身份：請選擇幹部、黨員或志願者。</translation>
    </message>
    <message>
        <source>Start: enter the day the pairing began.</source>
        <translation>開始：請輸入結對開始日期。</translation>
    </message>
    <message>
        <source>End: the pairing cannot end before it began.</source>
        <translation>結束：結對結束日期不能早於開始日期。</translation>
    </message>
    <message>
        <source>This pairing no longer exists.</source>
        <translation>該結對已不存在。</translation>
    </message>
    <message>
        <source>The pairing could not be saved; nothing was changed.</source>
        <translation>無法儲存結對，未做任何更改。</translation>
    </message>
    <message>
        <source>Date: enter the day it was done.</source>
        <translation>日期：請輸入幫扶日期。</translation>
    </message>
    <message>
        <source>Date: the pairing began on %1.</source>
        <translation>日期：不能早於結對開始日期 %1。</translation>
    </message>
    <message>
        <source>What was done: describe what the helper did.</source>
        <translation>幫扶內容：請填寫幫扶人做了什麼。</translation>
    </message>
    <message>
        <source>The activity could not be saved; nothing was changed.</source>
        <translation>無法儲存幫扶活動，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CarePairsTab</name>
    <message>
        <source>Pairings</source>
        <translation>結對幫扶</translation>
    </message>
    <message>
        <source>pairings.xlsx</source>
        <translation>結對幫扶.xlsx</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>&amp;Current only</source>
        <translation>僅顯示進行中的結對(&amp;C)</translation>
    </message>
    <message>
        <source>Helper or household member</source>
        <translation>幫扶人或家庭成員</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>網格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;w pairing…</source>
        <translation>新建結對(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Acti&amp;vity…</source>
        <translation>幫扶活動(&amp;V)…</translation>
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
        <source>Head</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>幫扶人</translation>
    </message>
    <message>
        <source>Helper is</source>
        <translation>幫扶人身份</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>幫扶活動</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近一次活動</translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation>
            <numerusform>%n 個結對</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairing saved.</source>
        <translation>結對已儲存。</translation>
    </message>
    <message>
        <source>Activity recorded.</source>
        <translation>幫扶活動已登記。</translation>
    </message>
</context>
<context>
    <name>CareRules</name>
    <message>
        <source>Tag: choose the group the rule is for.</source>
        <translation>標籤：請選擇該規則適用的人群。</translation>
    </message>
    <message>
        <source>Minimum age: enter an age from 0 to 150.</source>
        <translation>最低年齡：請輸入 0 到 150 之間的年齡。</translation>
    </message>
    <message>
        <source>Attention level: choose normal, focus or severe.</source>
        <translation>關注程度：請選擇一般關注、重點關注或特別關注。</translation>
    </message>
    <message>
        <source>Visit every: enter a number of days from 1 to 366.</source>
        <translation>走訪週期：請輸入 1 到 366 之間的天數。</translation>
    </message>
    <message>
        <source>Applies from: enter the day the rule starts.</source>
        <translation>生效日期：請輸入規則開始生效的日期。</translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation>該規則已不存在。</translation>
    </message>
    <message>
        <source>The rule could not be saved; nothing was changed.</source>
        <translation>規則未能儲存，未做任何更改。</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>該居民已不存在。</translation>
    </message>
    <message>
        <source>The attention level could not be saved; nothing was changed.</source>
        <translation>關注程度未能儲存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CareRulesDialog</name>
    <message>
        <source>Follow-up rules</source>
        <translation>跟進規則</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>規則(&amp;R)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>起始年齡</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>關注程度</translation>
    </message>
    <message>
        <source>Visit every (days)</source>
        <translation>走訪週期（天）</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>人群(&amp;G)</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限年齡</translation>
    </message>
    <message>
        <source>From &amp;age</source>
        <translation>起始年齡(&amp;A)</translation>
    </message>
    <message>
        <source>Attention &amp;level</source>
        <translation>關注程度(&amp;L)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Visit every</source>
        <translation>走訪週期(&amp;V)</translation>
    </message>
    <message>
        <source>Applies &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;In use</source>
        <translation>啟用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;w rule</source>
        <translation>新建規則(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>儲存規則(&amp;S)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>規則已儲存。</translation>
    </message>
</context>
<context>
    <name>CaseCategoryDialog</name>
    <message>
        <source>Case categories</source>
        <translation>訴求類別</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>辦理時限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Archived (not offered for new cases)</source>
        <translation>歸檔（新建訴求時不再可選）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已歸檔）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s)</source>
        <translation>
            <numerusform>%1 — %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Ne&amp;w category</source>
        <translation>新建類別(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseCli</name>
    <message>
        <source>case list: &quot;%1&quot; is not a status; say open, overdue, resolved, withdrawn or one of %2.</source>
        <translation>case list：“%1”不是狀態；請寫 open、overdue、resolved、withdrawn 或 %2 之一。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件訴求。</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1: give the case number.</source>
        <translation>case %1：請給出訴求編號。</translation>
    </message>
    <message>
        <source>case %1: there is no case %2.</source>
        <translation>case %1：沒有編號為 %2 的訴求。</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>case %1：%2</translation>
    </message>
    <message>
        <source>Case %1 withdrawn; it is out of every count until reinstated.</source>
        <translation>訴求 %1 已撤回；恢復之前不計入任何統計。</translation>
    </message>
    <message>
        <source>Case %1 reinstated.</source>
        <translation>訴求 %1 已恢復。</translation>
    </message>
    <message>
        <source>case: say list [STATUS], withdraw CASE or reinstate CASE.</source>
        <translation>case：請寫 list [STATUS]、withdraw 編號 或 reinstate 編號。</translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>Due soon</source>
        <translation>臨期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>未超期</translation>
    </message>
</context>
<context>
    <name>CaseDepartments</name>
    <message>
        <source>Name: enter the name of the department.</source>
        <translation>名稱：請填寫部門名稱。</translation>
    </message>
    <message>
        <source>Name: there is already a department called %1.</source>
        <translation>名稱：已有名為 %1 的部門。</translation>
    </message>
    <message>
        <source>The department could not be saved.</source>
        <translation>部門未能儲存。</translation>
    </message>
    <message>
        <source>The department could not be archived.</source>
        <translation>部門未能歸檔。</translation>
    </message>
    <message>
        <source>Only an administrator changes the list of departments.</source>
        <translation>只有管理員可以修改部門列表。</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Timeline</source>
        <translation>辦理過程</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未選擇訴求</translation>
    </message>
    <message>
        <source>Choose a case in the list to see its details and timeline.</source>
        <translation>請在列表中選擇一條訴求，檢視其詳情和辦理過程。</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>訴求 %1 — %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>辦理時限</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>辦結時間</translation>
    </message>
    <message>
        <source>Days to resolve</source>
        <translation>辦結用時（天）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>辦理人：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>辦理結果：%1</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>滿意度：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Errand %1 — %2</source>
        <translation>代辦 %1 — %2</translation>
    </message>
    <message>
        <source>Errand type</source>
        <translation>代辦類型</translation>
    </message>
    <message>
        <source>From the visit</source>
        <translation>來源走訪</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>新建訴求</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>受理時間(&amp;R)</translation>
    </message>
    <message>
        <source>Set from the category; change it to give this case its own deadline.</source>
        <translation>根據類別自動設定；修改後可為本訴求單獨設定期限。</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>辦理時限(&amp;D)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓棟(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>網格(&amp;G)</translation>
    </message>
    <message>
        <source>e.g. east gate of the compound</source>
        <translation>例如：小區東門</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地點(&amp;L)</translation>
    </message>
    <message>
        <source>name, or leave empty if anonymous</source>
        <translation>姓名，匿名反映可不填</translation>
    </message>
    <message>
        <source>F&amp;ind in register</source>
        <translation>在人口臺賬中查詢(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;porter</source>
        <translation>反映人(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>訴求內容(&amp;E)</translation>
    </message>
    <message>
        <source>who took the case in</source>
        <translation>受理登記的工作人員</translation>
    </message>
    <message>
        <source>&amp;Taken by</source>
        <translation>受理人(&amp;T)</translation>
    </message>
    <message>
        <source>No resident of that name or phone in the register</source>
        <translation>人口臺賬中沒有該姓名或電話的居民</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found — choose one</source>
        <translation>
            <numerusform>找到 %n 位居民，請選擇一位</numerusform>
        </translation>
    </message>
    <message>
        <source>Errand type</source>
        <translation>代辦事項類型</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>New errand</source>
        <translation>新建代辦</translation>
    </message>
    <message>
        <source>Errand types</source>
        <translation>代辦類型</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>新增類型…</translation>
    </message>
    <message>
        <source>Rename type…</source>
        <translation>重新命名類型…</translation>
    </message>
    <message>
        <source>Archive type…</source>
        <translation>歸檔類型…</translation>
    </message>
    <message>
        <source>Add errand type</source>
        <translation>新增代辦類型</translation>
    </message>
    <message>
        <source>Rename errand type</source>
        <translation>重新命名代辦類型</translation>
    </message>
    <message>
        <source>Archive errand type</source>
        <translation>歸檔代辦類型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Choose the errand type first.</source>
        <translation>請先選擇代辦類型。</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Errands of this type keep it; new errands cannot choose it.</source>
        <translation>歸檔“%1”？已有的該類代辦保留此類型；新代辦不能再選擇它。</translation>
    </message>
    <message>
        <source>%1  aged %2  %3</source>
        <translation>%1  %2 歲  %3</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;New case…</source>
        <translation>新建訴求(&amp;N)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>訴求事件</translation>
    </message>
    <message>
        <source>Search case no., description, location, reporter</source>
        <translation>搜尋訴求編號、描述、地點、反映人</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>類別(&amp;T)…</translation>
    </message>
    <message>
        <source>New case (%1)</source>
        <translation>新建訴求（%1）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未辦結</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>超期(&amp;O)</translation>
    </message>
    <message>
        <source>Show only open cases past their deadline</source>
        <translation>只顯示已過辦理時限的未辦結訴求</translation>
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
        <source>C&amp;ategory</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>來源(&amp;U)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已歸檔）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件訴求</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 received.</source>
        <translation>訴求 %1 已受理。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>cases.xlsx</source>
        <translation>訴求事件.xlsx</translation>
    </message>
    <message>
        <source>%1 cases exported.</source>
        <translation>已匯出 %1 件訴求。</translation>
    </message>
    <message>
        <source>Cases and errands</source>
        <translation>訴求與代辦</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>Errand %1 received.</source>
        <translation>代辦 %1 已受理。</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>自(&amp;M)</translation>
    </message>
    <message>
        <source>received in the period</source>
        <translation>期間受理</translation>
    </message>
    <message>
        <source>resolved in the period</source>
        <translation>期間辦結</translation>
    </message>
    <message>
        <source>Due e&amp;rrands (%1)…</source>
        <translation>待辦提醒（%1）(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) opened.</source>
        <translation>
            <numerusform>已生成 %n 項代辦。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to me&amp;diation…</source>
        <translation>轉人民調解(&amp;D)…</translation>
    </message>
    <message>
        <source>Errands the office&apos;s rules open today: turning 60, 80, 90 or 100, a death, a birth, a move-in, a 低保 review date</source>
        <translation>按社區規則今天應生成的代辦：年滿 60、80、90 或 100 週歲，死亡，出生，遷入，低保複核日期</translation>
    </message>
</context>
<context>
    <name>CaseSnapshot</name>
    <message>
        <source>add case %1</source>
        <translation>新增訴求 %1</translation>
    </message>
    <message>
        <source>step on case %1</source>
        <translation>訴求 %1 的辦理步驟</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — 訴求 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · now %3</source>
        <translation>%1 · %2 · 當前狀態：%3</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>辦理人(&amp;B)</translation>
    </message>
    <message>
        <source>department or person</source>
        <translation>部門或人員</translation>
    </message>
    <message>
        <source>leave empty to keep %1</source>
        <translation>留空則保持為 %1</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>交辦對象(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>辦理結果(&amp;R)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>滿意度(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>%1 — errand %2</source>
        <translation>%1 — 代辦 %2</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>新增部門…</translation>
    </message>
    <message>
        <source>Rename department…</source>
        <translation>重新命名部門…</translation>
    </message>
    <message>
        <source>Archive department…</source>
        <translation>歸檔部門…</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>新增部門</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重新命名部門</translation>
    </message>
    <message>
        <source>Archive department</source>
        <translation>歸檔部門</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Choose the department first.</source>
        <translation>請先選擇部門。</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Cases handed to it keep its name; new hand-offs cannot choose it.</source>
        <translation>歸檔“%1”？已交辦給該部門的訴求保留其名稱；新的交辦不能再選擇它。</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Description: describe the request or problem.</source>
        <translation>訴求內容：請描述訴求或問題。</translation>
    </message>
    <message>
        <source>Category: choose the kind of case.</source>
        <translation>類別：請選擇訴求類別。</translation>
    </message>
    <message>
        <source>Category: that category is archived; choose another.</source>
        <translation>類別：該類別已歸檔，請另選一個。</translation>
    </message>
    <message>
        <source>Source: choose how the case came in.</source>
        <translation>來源：請選擇訴求的來源。</translation>
    </message>
    <message>
        <source>Received: enter when the case was received.</source>
        <translation>受理時間：請填寫受理訴求的時間。</translation>
    </message>
    <message>
        <source>Building: that building does not exist.</source>
        <translation>樓棟：該樓棟不存在。</translation>
    </message>
    <message>
        <source>Grid: that grid does not exist.</source>
        <translation>網格：該網格不存在。</translation>
    </message>
    <message>
        <source>Reporter: that resident is not in the register.</source>
        <translation>反映人：該居民不在人口臺賬中。</translation>
    </message>
    <message>
        <source>Deadline: must be after the time received.</source>
        <translation>辦理時限：必須晚於受理時間。</translation>
    </message>
    <message>
        <source>The case could not be saved.</source>
        <translation>訴求未能儲存。</translation>
    </message>
    <message>
        <source>That case does not exist.</source>
        <translation>該訴求不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; look at it again and retry.</source>
        <translation>其他人已修改了該訴求，請重新檢視後再試。</translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation>該辦理步驟未能儲存。</translation>
    </message>
    <message>
        <source>Name: enter the category&apos;s name.</source>
        <translation>名稱：請填寫類別名稱。</translation>
    </message>
    <message>
        <source>Deadline: between 1 and 365 days.</source>
        <translation>辦理時限：須在 1 到 365 天之間。</translation>
    </message>
    <message>
        <source>Name: another category is already called %1.</source>
        <translation>名稱：已有名為 %1 的類別。</translation>
    </message>
    <message>
        <source>The category could not be saved.</source>
        <translation>類別未能儲存。</translation>
    </message>
    <message>
        <source>The category could not be archived.</source>
        <translation>類別未能歸檔。</translation>
    </message>
    <message>
        <source>Kind: choose case or errand.</source>
        <translation>類型：請選擇訴求或代辦。</translation>
    </message>
    <message>
        <source>Errand type: choose the kind of errand.</source>
        <translation>代辦事項類型：請選擇代辦事項類型。</translation>
    </message>
    <message>
        <source>Status: case %1 is withdrawn; reinstate it first.</source>
        <translation>狀態：訴求 %1 已撤回，請先恢復。</translation>
    </message>
    <message>
        <source>Status: case %1 is already withdrawn.</source>
        <translation>狀態：訴求 %1 已經撤回。</translation>
    </message>
    <message>
        <source>Status: case %1 is not withdrawn.</source>
        <translation>狀態：訴求 %1 未被撤回。</translation>
    </message>
    <message>
        <source>The case could not be withdrawn.</source>
        <translation>訴求未能撤回。</translation>
    </message>
    <message>
        <source>The case could not be reinstated.</source>
        <translation>訴求未能恢復。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>訴求編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>辦理時限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>交辦對象</translation>
    </message>
    <message>
        <source>Days to resolve</source>
        <translation>辦結用時（天）</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已研判</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交辦</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>已督辦</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交辦</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督辦</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新辦理</translation>
    </message>
    <message>
        <source>Grid patrol</source>
        <translation>網格巡查</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345 熱線</translation>
    </message>
    <message>
        <source>Online photo</source>
        <translation>隨手拍</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Action: &quot;%1&quot; is not a step of the workflow.</source>
        <translation>操作：“%1”不是辦理流程中的步驟。</translation>
    </message>
    <message>
        <source>Action: a case that is %1 cannot be given the step &quot;%2&quot;.</source>
        <translation>操作：狀態為“%1”的訴求不能執行“%2”步驟。</translation>
    </message>
    <message>
        <source>Date: enter when the step was taken.</source>
        <translation>日期：請填寫該步驟的辦理時間。</translation>
    </message>
    <message>
        <source>To whom: enter the department or person the case goes to.</source>
        <translation>交辦對象：請填寫訴求交辦的部門或人員。</translation>
    </message>
    <message>
        <source>Result: enter how the case was resolved.</source>
        <translation>辦理結果：請填寫訴求的辦理情況。</translation>
    </message>
    <message>
        <source>Satisfaction: choose how satisfied the resident is.</source>
        <translation>滿意度：請選擇居民的滿意程度。</translation>
    </message>
    <message>
        <source>Reason: enter why the case is reopened.</source>
        <translation>原因：請填寫重新辦理的原因。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>訴求</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>代辦</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Action: an errand that is %1 cannot be given the step &quot;%2&quot;.</source>
        <translation>操作：狀態為“%1”的代辦不能執行“%2”步驟。</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>辦理完成</translation>
    </message>
    <message>
        <source>Step undone or redone (Edit menu)</source>
        <translation>辦理步驟已撤銷或重做（編輯選單）</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Intake withdrawn</source>
        <translation>撤回受理</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>恢復受理</translation>
    </message>
    <message>
        <source>Action: an errand that was withdrawn (its intake undone) cannot be given the step &quot;%1&quot;; reinstate it first.</source>
        <translation>辦理環節：已撤回（受理已撤銷）的代辦事項不能執行“%1”，請先恢復。</translation>
    </message>
    <message>
        <source>Action: a case that was withdrawn (its intake undone) cannot be given the step &quot;%1&quot;; reinstate it first.</source>
        <translation>辦理環節：已撤回（受理已撤銷）的訴求不能執行“%1”，請先恢復。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>將圖表以圖片形式複製到剪貼簿</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>將圖表儲存為 PNG 圖片</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>列印圖表</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>圖表已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>列印圖表</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>正在儲存圖表…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--households: expected a positive whole number, got &quot;%1&quot;.</source>
        <translation>--households：應為正整數，實際為“%1”。</translation>
    </message>
    <message>
        <source>Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.</source>
        <translation>演示社區已寫入：%1 個網格、%2 個小區、%3 棟樓、%4 戶、%5 人。</translation>
    </message>
    <message>
        <source>--limit: expected a positive whole number, got &quot;%1&quot;.</source>
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
        <translation>社區工作臺命令列</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>search: please give the text to search for.</source>
        <translation>search：請給出要檢索的文字。</translation>
    </message>
    <message>
        <source>birthdays: by lunar birthday, for residents without a calendar of their own.</source>
        <translation>birthdays：未自選曆法的居民按農曆生日統計。</translation>
    </message>
    <message>
        <source>birthdays: aged N and over (default: the desk&apos;s setting, 60).</source>
        <translation>birthdays：N 週歲以上（預設取本機設定，60）。</translation>
    </message>
    <message>
        <source>birthdays: one sign-in sheet per grid.</source>
        <translation>birthdays：每個網格一張簽到表。</translation>
    </message>
    <message>
        <source>birthdays: expected a month as YYYY-MM (1901-01 to 2100-12), got &quot;%1&quot;.</source>
        <translation>birthdays：月份應為 YYYY-MM（1901-01 至 2100-12），實際為“%1”。</translation>
    </message>
    <message>
        <source>birthdays: --out: please give a file ending in .pdf, .csv or .xlsx.</source>
        <translation>birthdays：--out：請給出以 .pdf、.csv 或 .xlsx 結尾的檔案。</translation>
    </message>
    <message>
        <source>--min-age: expected an age from 0 to 150, got &quot;%1&quot;.</source>
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
        <source>report: please give the month, as YYYY-MM.</source>
        <translation>report：請按 YYYY-MM 格式指定月份。</translation>
    </message>
    <message>
        <source>check: only a database file can be checked; a PostgreSQL server is checked by its administrator.</source>
        <translation>check：只能檢查資料庫檔案；PostgreSQL 伺服器由其管理員負責檢查。</translation>
    </message>
    <message>
        <source>The database FILE, or a server as postgresql://user@host/db.</source>
        <translation>資料庫檔案 FILE，或 postgresql://user@host/db 形式的資料庫伺服器地址。</translation>
    </message>
    <message>
        <source>report: sum the grids per area, each area followed by its grids.</source>
        <translation>report：按片區彙總各網格，每個片區下列出其網格。</translation>
    </message>
    <message>
        <source>demo: only an administrator may add demo data to a database with accounts.</source>
        <translation>demo：已有賬號的資料庫只能由管理員新增演示資料。</translation>
    </message>
    <message>
        <source>coverage: this lists the whole community; your account sees only its own grids.</source>
        <translation>coverage：此命令列出整個社區，您的賬號只能檢視本人負責的網格。</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (or set CD_USER); the password comes from CD_PASSWORD or is asked for.</source>
        <translation>以賬號 LOGIN 登入（或設定 CD_USER）；密碼取自 CD_PASSWORD，否則提示輸入。</translation>
    </message>
    <message>
        <source>birthdays, report, export: write to FILE (.pdf, .csv, .xlsx).</source>
        <translation>birthdays、report、export：寫入檔案 FILE（.pdf、.csv、.xlsx）。</translation>
    </message>
    <message>
        <source>birthdays, export: full phone numbers (masked by default).</source>
        <translation>birthdays、export：顯示完整電話號碼（預設打碼）。</translation>
    </message>
    <message>
        <source>export: full ID numbers (masked by default).</source>
        <translation>export：顯示完整身份證號（預設打碼）。</translation>
    </message>
    <message>
        <source>report: only the grid with this CODE; account add: a grid of the grid worker (repeat for more).</source>
        <translation>report：只統計編號為 CODE 的網格；account add：網格員負責的網格（可重複指定多個）。</translation>
    </message>
    <message>
        <source>account add: the person&apos;s name.</source>
        <translation>account add：此人的姓名。</translation>
    </message>
    <message>
        <source>account add: admin, clerk, grid-worker or viewer.</source>
        <translation>account add：admin（管理員）、clerk（工作人員）、grid-worker（網格員）或 viewer（只讀）。</translation>
    </message>
    <message>
        <source>import: read and check the file, report, write nothing.</source>
        <translation>import：讀取並檢查檔案、給出報告，不寫入任何資料。</translation>
    </message>
    <message>
        <source>import: the header is row N (default: found in the file).</source>
        <translation>import：表頭在第 N 行（預設自動查詢）。</translation>
    </message>
    <message>
        <source>import: the value VALUE of COLUMN means CODE, e.g. 与户主关系:表哥=other; remembered for later imports.</source>
        <translation>import：列 COLUMN 中的值 VALUE 表示 CODE，例如 與戶主關係:表哥=other；以後匯入時會沿用。</translation>
    </message>
    <message>
        <source>%1: please give one FILE.</source>
        <translation>%1：請給出一個檔案。</translation>
    </message>
    <message>
        <source>import: import this sheet of the workbook (default: every sheet).</source>
        <translation>import：匯入工作簿中的此工作表（預設匯入全部工作表）。</translation>
    </message>
    <message>
        <source>place: the compound NAME.</source>
        <translation>place：小區名稱 NAME。</translation>
    </message>
    <message>
        <source>place add building: N units.</source>
        <translation>place add building：共 N 個單元。</translation>
    </message>
    <message>
        <source>community set-name: the street&apos;s NAME.</source>
        <translation>community set-name：街道名稱 NAME。</translation>
    </message>
    <message>
        <source>This field copy refers to %1 row(s) that stayed at the office; they are not counted.</source>
        <translation>此外業副本引用了 %1 條留在辦公室的記錄；這些不計為問題。</translation>
    </message>
    <message>
        <source>due: open the errands listed.</source>
        <translation>due：生成列出的代辦。</translation>
    </message>
    <message>
        <source>field merge: decide every conflict for the office&apos;s or the field&apos;s value.</source>
        <translation>field merge：所有衝突一律採用辦公室的值或外業的值。</translation>
    </message>
    <message>
        <source>field merge: write the merge report to R.csv.</source>
        <translation>field merge：將合併報告寫入 R.csv。</translation>
    </message>
    <message>
        <source>field checkout: the LOGIN of the worker the field copy is for.</source>
        <translation>field checkout：外業副本使用人的賬號 LOGIN。</translation>
    </message>
    <message>
        <source>field: please give what to do, e.g. field merge FILE.</source>
        <translation>field：請指明要執行的操作，例如 field merge FILE。</translation>
    </message>
    <message>
        <source>%1: %2 is a field copy; copy the file itself, which stays sealed.</source>
        <translation>%1：%2 是外業副本；請直接複製該檔案本身，副本會保持加密。</translation>
    </message>
    <message>
        <source>--communities: expected a number from 1 to 50, got &quot;%1&quot;.</source>
        <translation>--communities：應為 1 到 50 之間的數字，實際為“%1”。</translation>
    </message>
    <message>
        <source>Demo street written: %1 communities.</source>
        <translation>演示街道已寫入：%1 個社區。</translation>
    </message>
    <message>
        <source>community set-name: the community&apos;s NAME; every other command: work in the street&apos;s community with this CODE.</source>
        <translation>community set-name：社區名稱 NAME；其他命令：在本街道編號為 CODE 的社區中操作。</translation>
    </message>
    <message>
        <source>demo: a street of N communities (default 1).</source>
        <translation>demo：包含 N 個社區的街道（預設 1 個）。</translation>
    </message>
    <message>
        <source>due, care: the day (default: today).</source>
        <translation>due、care：日期（預設：今天）。</translation>
    </message>
    <message>
        <source>form fill: only residents with the tag TAG.</source>
        <translation>form fill：僅限帶有標籤 TAG 的居民。</translation>
    </message>
    <message>
        <source>rental expiring: within N days (default 30).</source>
        <translation>rental expiring：N 天以內（預設 30 天）。</translation>
    </message>
    <message>
        <source>--community: there is no community with the code &quot;%1&quot;.</source>
        <translation>--community：沒有編號為“%1”的社區。</translation>
    </message>
    <message>
        <source>--community: your account works in another community.</source>
        <translation>--community：您的賬號在其他社區工作。</translation>
    </message>
    <message>
        <source>import: keep the file&apos;s column COLUMN as the office&apos;s own resident field of that name (made as a text field when there is none).</source>
        <translation>import：將檔案中的 COLUMN 列保留為社區自己的同名居民欄位（沒有該欄位時新建為文字欄位）。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>Commands:
  demo [--households N] [--communities N]
                          fill an empty database with a demo community, or a
                          street of N communities (10: 154 grids)
  search TEXT [--limit N] search the register as the main window does
  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]
                          [--show-phones]  the month&apos;s birthday list of the elderly; a PDF is
                          the sign-in sheet
  report YYYY-MM --out FILE.pdf|FILE.xlsx [--grid CODE | --by-area]
                          the monthly work report, for the community (per grid, or
                          per area with --by-area) or one grid
  check                   check the database file&apos;s integrity
  --community CODE        (report, export, birthdays, due, import, search, place, field)
                          work in that community of the street; a street account
                          without it works on the whole street
  coverage                list buildings in no grid and households with no building
  import residents FILE.csv|FILE.xlsx [--dry-run] [--header-row N]
                          [--map COLUMN:VALUE=CODE]... [--sheet NAME]...
                          [--keep-as-field COLUMN]...
                          import residents and households (a workbook&apos;s chosen
                          sheets, all by default); rejected rows go to
                          FILE-errors.csv (exit code 1 if any), changes to
                          FILE-changes.csv, people the file no longer lists to
                          FILE-missing.csv
  export --out FILE.csv|FILE.xlsx [--show-ids] [--show-phones]
                          the register as the window&apos;s list exports it, numbers masked
                          unless shown (as far as the role allows); audited
  account add LOGIN --name NAME --role admin|clerk|grid-worker|viewer [--grid CODE]...
                          a new account (password from CD_NEW_PASSWORD or typed); the
                          first account of a database must be an administrator
  account list            every account: login, name, role, grids, state
  account disable LOGIN   the account can no longer sign in
  community set-name --street NAME --community NAME
                          name the street and the community (a new office&apos;s first step)
  community list | add CODE NAME [AREA_KM2] | rename CODE NAME | archive CODE
                          the street&apos;s communities (street administrators change them)
  place list              the community&apos;s compounds and buildings
  place add compound NAME | place add building NAME --compound NAME [--grid CODE]
                          [--units N]   set up the community&apos;s places by hand
  place rename building|compound OLD NEW [--compound NAME]
  place merge building FROM INTO --compound NAME
                          FROM&apos;s households move to INTO; FROM is archived
  place merge compound FROM INTO
                          FROM&apos;s buildings move to INTO (a building INTO already has by
                          name is merged into it); FROM is archived
  tag list | tag add NAME [--group G] | tag rename|merge|archive|group|attribute ...
  tag set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...
                          the office&apos;s tags, their attributes and a resident&apos;s tag
                          periods (ended with --end, never deleted)
  customfield list | customfield add NAME --type text|number|date|choice [--choices A|B]
                          [--entity resident|household]   the office&apos;s own fields
  due [--date YYYY-MM-DD] [--open]
                          the errands the life-event rules open that day (turning
                          60/80/90/100, a death, a birth, a move-in, a 低保 review), one
                          a line: rule, resident, grid, date, wording; --open opens them
  case list [STATUS] | case withdraw CASE | case reinstate CASE
                          the cases as the window lists them (withdrawn ones with
                          STATUS withdrawn); withdraw a case&apos;s intake (撤回, what Undo
                          does to a new case: out of every count, nothing deleted); put
                          it back
  handover GRID --out F.pdf
                          the grid&apos;s handover pack for a new grid worker
  sheet print signin EVENT_ID | visit BUILDING_ID | rota YYYY-MM-DD --out F.pdf
                          a sheet with a code per row and a QR code (signin: the
                          event&apos;s grid&apos;s residents, [--min-age N])
  sheet keyin SHEET_CODE ROWCODE... [--date YYYY-MM-DD]
                          record the ticked rows: attendance, visits or hours
  resident duplicates [--limit N] | resident merge KEEP OTHER | resident unmerge MERGE_ID
                          residents who are probably one person (reason, score); merge
                          OTHER into KEEP (links move, OTHER is marked merged); undo
  resident died ID YYYY-MM-DD [NOTE]
                          record a death as the register page does: off the rota,
                          volunteer record closed, pairs ended, 丧葬补助 due
  care overdue [--grid CODE] [--date YYYY-MM-DD]
                          households overdue for a follow-up visit (重点人群)
  care assist list [--grid CODE] [--month YYYY-MM] [--household ID]
  care assist add --household ID --kind KIND [--amount YUAN] [--items TEXT] --by NAME
                          [--date YYYY-MM-DD] [--resident ID]   assistance records
  care pair list [--grid CODE] | care pair add --household ID --helper NAME
                          [--kind cadre|party_member|volunteer] [--date YYYY-MM-DD]
  care export overdue|pairs|assist --out F.csv|F.xlsx [--grid CODE] [--date D]
                          the 重点人群 lists as the window shows them (audited)
  form fill TEMPLATE.xlsx --out FILE.xlsx [--grid CODE] [--tag TAG] [--min-age N]
                          [--show-ids]  fill a street&apos;s form (一表通) from the register,
                          one row per resident chosen (or a counts form&apos;s figures),
                          keeping its layout; the window&apos;s remembered mapping if any;
                          audited
  field merge FILE [--prefer office|field] [--report R.csv]
                          merge a field copy back; without --prefer a conflict is
                          not decided: nothing is merged, the conflicts are listed
                          (exit code 1)
  field checkout --grid CODE [--grid CODE]... --for LOGIN --out FILE
                          a sealed field copy of those grids for that worker&apos;s laptop
                          (password from CD_FIELD_PASSWORD or typed twice)
  field renew OLD --out NEW [--prefer office|field]
                          after a merge, a fresh check-out with OLD&apos;s unmerged changes
  mediation list | export --out F.csv|F.xlsx | show ID | print ID --out FILE.pdf
                          the mediation ledger; as the window lists it (audited); one
                          mediation; its agreement on A4
  rental list | export --out F.csv|F.xlsx | expiring [--days N]
                          the rented rooms; the tenants whose permits expire within N
                          days (default 30) or have expired
  backup FILE             a consistent copy of the database file
  restore FILE            replace the database with a backup (administrators; the
                          current file is kept in the backup folder)</source>
        <translation>命令：
  demo [--households N] [--communities N]
                          在空資料庫中寫入一個演示社區，或一個
                          含 N 個社區的演示街道（10 個社區：154 個網格）
  search TEXT [--limit N] 按主視窗的方式檢索人口臺賬
  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]
                          [--show-phones]  當月老年人生日名單；PDF 格式即為
                          簽到表
  report YYYY-MM --out FILE.pdf|FILE.xlsx [--grid CODE | --by-area]
                          月度工作報表，可按社區（分網格，或用
                          --by-area 分片區）或單個網格生成
  check                   檢查資料庫檔案的完整性
  --community CODE        （report、export、birthdays、due、import、search、place、field）
                          在本街道的該社區中操作；街道賬號
                          不加此項時對全街道操作
  coverage                列出未劃入網格的樓棟和沒有樓棟的住戶
  import residents FILE.csv|FILE.xlsx [--dry-run] [--header-row N]
                          [--map COLUMN:VALUE=CODE]... [--sheet NAME]...
                          [--keep-as-field COLUMN]...
                          匯入居民和住戶（工作簿中選定的
                          工作表，預設全部）；未通過的行寫入
                          FILE-errors.csv（如有則退出碼為 1），變更寫入
                          FILE-changes.csv，檔案中不再列出的人員寫入
                          FILE-missing.csv
  export --out FILE.csv|FILE.xlsx [--show-ids] [--show-phones]
                          按視窗列表的匯出方式匯出人口臺賬，號碼預設打碼
                          （在角色權限允許範圍內可顯示）；記入審計
  account add LOGIN --name NAME --role admin|clerk|grid-worker|viewer [--grid CODE]...
                          新建賬號（密碼取自 CD_NEW_PASSWORD 或手動輸入）；
                          資料庫的第一個賬號必須是管理員
  account list            列出所有賬號：登入名、姓名、角色、網格、狀態
  account disable LOGIN   停用賬號，使其不能再登入
  community set-name --street NAME --community NAME
                          填寫街道和社區名稱（新社區啟用的第一步）
  community list | add CODE NAME [AREA_KM2] | rename CODE NAME | archive CODE
                          本街道的社區（由街道管理員變更）
  place list              本社區的小區和樓棟
  place add compound NAME | place add building NAME --compound NAME [--grid CODE]
                          [--units N]   手動設定本社區的小區和樓棟
  place rename building|compound OLD NEW [--compound NAME]
  place merge building FROM INTO --compound NAME
                          FROM 的住戶移入 INTO；FROM 歸檔
  place merge compound FROM INTO
                          FROM 的樓棟移入 INTO（INTO 中已有同名樓棟的，
                          併入該樓棟）；FROM 歸檔
  tag list | tag add NAME [--group G] | tag rename|merge|archive|group|attribute ...
  tag set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...
                          社區的標籤、標籤屬性以及居民的標籤
                          時段（用 --end 結束，從不刪除）
  customfield list | customfield add NAME --type text|number|date|choice [--choices A|B]
                          [--entity resident|household]   社區自己的自定義欄位
  due [--date YYYY-MM-DD] [--open]
                          當天按人生事件規則應生成的代辦事項（年滿
                          60/80/90/100 週歲、死亡、出生、遷入、低保複核），每行一項：
                          規則、居民、網格、日期、說明；--open 生成這些代辦事項
  case list [STATUS] | case withdraw CASE | case reinstate CASE
                          按視窗中的方式列出訴求（STATUS 為 withdrawn 時列出已撤回的）；
                          撤回一件訴求的受理（撤回即對新訴求執行“撤銷”：不計入任何統計，
                          不刪除任何內容）；恢復已撤回的訴求
  handover GRID --out F.pdf
                          為新網格員生成該網格的交接資料
  sheet print signin EVENT_ID | visit BUILDING_ID | rota YYYY-MM-DD --out F.pdf
                          每行帶行碼並附二維碼的表格（signin：該
                          活動所在網格的居民，[--min-age N]）
  sheet keyin SHEET_CODE ROWCODE... [--date YYYY-MM-DD]
                          錄入已勾選的行：到場、走訪或服務時長
  resident duplicates [--limit N] | resident merge KEEP OTHER | resident unmerge MERGE_ID
                          疑似重複的居民（原因、得分）；將
                          OTHER 合併到 KEEP（關聯記錄隨之轉移，OTHER 標記為已合併）；撤銷合併
  resident died ID YYYY-MM-DD [NOTE]
                          按人口臺賬頁面的方式登記死亡：移出排班表、
                          關閉志願者記錄、結束結對幫扶、生成喪葬補助代辦
  care overdue [--grid CODE] [--date YYYY-MM-DD]
                          超期未回訪的住戶（重點人群）
  care assist list [--grid CODE] [--month YYYY-MM] [--household ID]
  care assist add --household ID --kind KIND [--amount YUAN] [--items TEXT] --by NAME
                          [--date YYYY-MM-DD] [--resident ID]   救助記錄
  care pair list [--grid CODE] | care pair add --household ID --helper NAME
                          [--kind cadre|party_member|volunteer] [--date YYYY-MM-DD]
  care export overdue|pairs|assist --out F.csv|F.xlsx [--grid CODE] [--date D]
                          按視窗顯示的方式匯出重點人群名單（記入審計）
  form fill TEMPLATE.xlsx --out FILE.xlsx [--grid CODE] [--tag TAG] [--min-age N]
                          [--show-ids]  根據人口臺賬填寫街道下發的報表（一表通），
                          每位選中的居民一行（或填寫統計表的數字），
                          保留原有版式；如視窗中儲存過對應關係則沿用；
                          記入審計
  field merge FILE [--prefer office|field] [--report R.csv]
                          將外業副本合併回來；不加 --prefer 時不對沖突
                          作出決定：不合並任何內容，只列出衝突
                          （退出碼為 1）
  field checkout --grid CODE [--grid CODE]... --for LOGIN --out FILE
                          為該網格員的膝上型電腦檢出這些網格的加密外業副本
                          （密碼取自 CD_FIELD_PASSWORD 或輸入兩次）
  field renew OLD --out NEW [--prefer office|field]
                          合併後重新檢出，並帶入 OLD 中尚未合併的修改
  mediation list | export --out F.csv|F.xlsx | show ID | print ID --out FILE.pdf
                          調解臺賬；按視窗列表匯出（記入審計）；檢視
                          一件調解；將其協議書列印為 A4
  rental list | export --out F.csv|F.xlsx | expiring [--days N]
                          出租屋列表；居住證在 N 天內到期
                          （預設 30 天）或已過期的租戶
  backup FILE             資料庫檔案的一致性副本
  restore FILE            用備份替換資料庫（僅限管理員；
                          當前檔案保留在備份資料夾中）</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>This database has accounts: sign in with --user LOGIN (or CD_USER) and the password (CD_PASSWORD, or typed when asked).</source>
        <translation>此資料庫已設賬號：請用 --user 賬號（或 CD_USER）和密碼登入（CD_PASSWORD，或按提示輸入）。</translation>
    </message>
    <message>
        <source>No password for %1: set CD_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>沒有 %1 的密碼：請設定 CD_PASSWORD，或在終端中執行命令並輸入密碼。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>The database login is the account %1, not %2.</source>
        <translation>此資料庫登入名對應的賬號是 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>ColumnFilterDialog</name>
    <message>
        <source>Filter: %1</source>
        <translation>篩選：%1</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>包含(&amp;C)：</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>清除篩選(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ColumnFilterHeader</name>
    <message>
        <source>&amp;Filter %1…</source>
        <translation>篩選 %1(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear the filter of %1</source>
        <translation>清除 %1 的篩選(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ColumnFilterSql</name>
    <message>
        <source>(Blanks)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>CommunityCli</name>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s)</source>
        <translation>
            <numerusform>%n 個網格</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>community add: the area is in square kilometres, e.g. 1.2.</source>
        <translation>community add：面積以平方公里為單位，例如 1.2。</translation>
    </message>
    <message>
        <source>Community %1 (%2) added.</source>
        <translation>已新增社區 %1（%2）。</translation>
    </message>
    <message>
        <source>community %1: there is no community with the code &quot;%2&quot;.</source>
        <translation>community %1：沒有編號為“%2”的社區。</translation>
    </message>
    <message>
        <source>Community %1 renamed %2.</source>
        <translation>社區 %1 已更名為 %2。</translation>
    </message>
    <message>
        <source>Community %1 archived.</source>
        <translation>社區 %1 已歸檔。</translation>
    </message>
    <message>
        <source>community: expected list, add CODE NAME [AREA_KM2], rename CODE NAME, archive CODE or set-name --street NAME --community NAME.</source>
        <translation>community：應為 list、add CODE NAME [AREA_KM2]、rename CODE NAME、archive CODE 或 set-name --street NAME --community NAME。</translation>
    </message>
</context>
<context>
    <name>CommunityEditor</name>
    <message>
        <source>Communities: only an administrator of the street may add, rename or archive communities.</source>
        <translation>社區：只有街道管理員可以新增、重新命名或歸檔社區。</translation>
    </message>
    <message>
        <source>Name: enter the community&apos;s name, e.g. 幸福社区.</source>
        <translation>名稱：請輸入社區名稱，例如 幸福社區。</translation>
    </message>
    <message>
        <source>Code: enter the community&apos;s code, e.g. C03.</source>
        <translation>編號：請輸入社區編號，例如 C03。</translation>
    </message>
    <message>
        <source>Code: the street already has a community with the code %1.</source>
        <translation>編號：本街道已有編號為 %1 的社區。</translation>
    </message>
    <message>
        <source>Name: the street already has a community called %1.</source>
        <translation>名稱：本街道已有名為 %1 的社區。</translation>
    </message>
    <message>
        <source>Area: enter the area in square kilometres, e.g. 1.2.</source>
        <translation>面積：請輸入面積（平方公里），例如 1.2。</translation>
    </message>
    <message>
        <source>The community could not be saved.</source>
        <translation>社區未能儲存。</translation>
    </message>
    <message>
        <source>Community: choose the community to rename.</source>
        <translation>社區：請選擇要重新命名的社區。</translation>
    </message>
    <message>
        <source>Name: enter the community&apos;s new name.</source>
        <translation>名稱：請輸入社區的新名稱。</translation>
    </message>
    <message>
        <source>Community: choose the community to archive.</source>
        <translation>社區：請選擇要歸檔的社區。</translation>
    </message>
    <message>
        <source>Community: %1 is the street&apos;s last community and cannot be archived.</source>
        <translation>社區：%1 是本街道的最後一個社區，不能歸檔。</translation>
    </message>
</context>
<context>
    <name>CommunitySetupDialog</name>
    <message>
        <source>Set up the community</source>
        <translation>社區建檔</translation>
    </message>
    <message>
        <source>Name the street and the community, then add the grids, the compounds and their buildings. Each button saves at once; names can be changed later.</source>
        <translation>填寫街道和社區名稱，然後新增網格、小區及其樓棟。每個按鈕點選後立即儲存；名稱以後可以修改。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>e.g. 新华街道</source>
        <translation>例如 新華街道</translation>
    </message>
    <message>
        <source>e.g. 幸福社区</source>
        <translation>例如 幸福社區</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>Co&amp;mmunity:</source>
        <translation>社區(&amp;M)：</translation>
    </message>
    <message>
        <source>Save &amp;names</source>
        <translation>儲存名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>e.g. G01</source>
        <translation>例如 G01</translation>
    </message>
    <message>
        <source>e.g. 第一网格</source>
        <translation>例如 第一網格</translation>
    </message>
    <message>
        <source>Grid co&amp;de:</source>
        <translation>網格編號(&amp;D)：</translation>
    </message>
    <message>
        <source>Grid n&amp;ame:</source>
        <translation>網格名稱(&amp;A)：</translation>
    </message>
    <message>
        <source>Add &amp;grid</source>
        <translation>新增網格(&amp;G)</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小區</translation>
    </message>
    <message>
        <source>e.g. 幸福里</source>
        <translation>例如 幸福裡</translation>
    </message>
    <message>
        <source>Com&amp;pound:</source>
        <translation>小區(&amp;P)：</translation>
    </message>
    <message>
        <source>Add c&amp;ompound</source>
        <translation>新增小區(&amp;O)</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>重新命名所選</translation>
    </message>
    <message>
        <source>Buildings of the selected compound</source>
        <translation>所選小區的樓棟</translation>
    </message>
    <message>
        <source>e.g. 3号楼</source>
        <translation>例如 3號樓</translation>
    </message>
    <message>
        <source>no units</source>
        <translation>無單元</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>樓棟(&amp;B)：</translation>
    </message>
    <message>
        <source>In g&amp;rid:</source>
        <translation>所屬網格(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>單元數(&amp;U)：</translation>
    </message>
    <message>
        <source>Add bui&amp;lding</source>
        <translation>新增樓棟(&amp;L)</translation>
    </message>
    <message>
        <source>Merge selected &amp;into</source>
        <translation>將所選合併到(&amp;I)</translation>
    </message>
    <message>
        <source>(no grid yet)</source>
        <translation>（暫無網格）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (buildings: %2)</source>
        <translation>%1（樓棟：%2）</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>網格 %1</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>單元：%1</translation>
    </message>
    <message>
        <source>households: %1</source>
        <translation>住戶：%1</translation>
    </message>
    <message>
        <source>Community saved: %1.</source>
        <translation>社區已儲存：%1。</translation>
    </message>
    <message>
        <source>Grid %1 added.</source>
        <translation>已新增網格 %1。</translation>
    </message>
    <message>
        <source>Compound %1 added.</source>
        <translation>已新增小區 %1。</translation>
    </message>
    <message>
        <source>Compound renamed to %1.</source>
        <translation>小區已重新命名為 %1。</translation>
    </message>
    <message>
        <source>Building %1 added.</source>
        <translation>已新增樓棟 %1。</translation>
    </message>
    <message>
        <source>Building renamed to %1.</source>
        <translation>樓棟已重新命名為 %1。</translation>
    </message>
    <message>
        <source>Merge buildings</source>
        <translation>合併樓棟</translation>
    </message>
    <message>
        <source>Move every household of %1 into %2 and retire %1?</source>
        <translation>將 %1 的所有住戶移到 %2，並停用 %1？</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 已合併到 %2。</translation>
    </message>
    <message>
        <source>Merge compound in&amp;to</source>
        <translation>將小區合併到(&amp;T)</translation>
    </message>
    <message>
        <source>Merge compounds</source>
        <translation>合併小區</translation>
    </message>
    <message>
        <source>Move every building of %1 into %2 (a building %2 already has by that name is merged into it) and retire %1?</source>
        <translation>將 %1 的所有樓棟移到 %2（%2 中已有同名樓棟的，併入該樓棟），並停用 %1？</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>聯絡方式…</translation>
    </message>
</context>
<context>
    <name>CommunityStore</name>
    <message>
        <source>Whole street</source>
        <translation>全街道</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>The connection to the database server was lost. Reconnecting… Open forms keep what was typed.</source>
        <translation>與資料庫伺服器的連線已斷開，正在重新連線… 已開啟的表單會保留已輸入的內容。</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>已重新連線到資料庫伺服器。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>無法讀取檔案 %1。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text; please save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>該檔案既不是 UTF-8 也不是 GBK 編碼的文字，請重新另存為“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and this computer cannot read GBK; please save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>該檔案不是 UTF-8 編碼的文字，且本機無法讀取 GBK 編碼，請重新另存為“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV，%1</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed; the row was read up to its line end.</source>
        <translation>此行有一個引號沒有閉合；本行只讀到行末。</translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>Kind: a custom field belongs to residents or households.</source>
        <translation>類別：自定義欄位只能屬於居民或住戶。</translation>
    </message>
    <message>
        <source>This field no longer exists.</source>
        <translation>該欄位已不存在。</translation>
    </message>
    <message>
        <source>Name: there is already a field named %1.</source>
        <translation>名稱：已存在名為 %1 的欄位。</translation>
    </message>
    <message>
        <source>The field could not be saved; nothing was changed.</source>
        <translation>無法儲存該欄位，未做任何更改。</translation>
    </message>
    <message>
        <source>Code: the code %1 is taken by another field.</source>
        <translation>編號：編號 %1 已被其他欄位使用。</translation>
    </message>
    <message>
        <source>The field could not be archived; nothing was changed.</source>
        <translation>無法歸檔該欄位，未做任何更改。</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>該居民已不存在。</translation>
    </message>
    <message>
        <source>%1: there is no such field in use.</source>
        <translation>%1：沒有正在使用的此欄位。</translation>
    </message>
    <message>
        <source>The custom fields could not be saved; nothing was changed.</source>
        <translation>無法儲存自定義欄位，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Period:</source>
        <translation>時間段：</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 個月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 個月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定義</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>網格：</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Cases received and resolved per grid</source>
        <translation>各網格訴求受理與辦結情況</translation>
    </message>
    <message>
        <source>Cases per month, last 12 months</source>
        <translation>近 12 個月每月訴求數</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>各類別訴求數</translation>
    </message>
    <message>
        <source>Events held per grid per month</source>
        <translation>各網格每月開展活動數</translation>
    </message>
    <message>
        <source>Event participants per grid</source>
        <translation>各網格活動參與人數</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Median days to resolve</source>
        <translation>辦結用時中位數（天）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Residents listed by name</source>
        <translation>登記姓名的居民</translation>
    </message>
    <message>
        <source>Others (head count)</source>
        <translation>其他人員（人數）</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>片區：%1</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>按片區</translation>
    </message>
    <message>
        <source>Sum the grids of each area (片区) into one bar</source>
        <translation>按片區彙總各網格，每個片區顯示為一個柱形</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>已走訪戶數</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求數</translation>
    </message>
    <message>
        <source>Errands done</source>
        <translation>代辦辦結</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召開議事會議數</translation>
    </message>
    <message>
        <source>Decisions followed up</source>
        <translation>決議已落實</translation>
    </message>
    <message>
        <source>Grid work in the period&apos;s last month</source>
        <translation>時段末月的網格工作</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>走訪覆蓋率（%）</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走訪覆蓋率</translation>
    </message>
    <message>
        <source>All my grids</source>
        <translation>我負責的全部網格</translation>
    </message>
    <message>
        <source>Share of the period&apos;s cases resolved, and median days</source>
        <translation>時段內訴求辦結率及辦結用時中位數</translation>
    </message>
    <message>
        <source>%1 – %2: %3 cases received, %4 of them resolved so far (%5%); %6 cases resolved in the period (including ones received earlier); %7 events with %8 participants.</source>
        <translation>%1 – %2：受理訴求 %3 件，其中目前已辦結 %4 件（%5%）；期間共辦結訴求 %6 件（含此前受理的）；開展活動 %7 場，參與 %8 人次。</translation>
    </message>
    <message>
        <source>Resolved of those received (%)</source>
        <translation>受理訴求辦結率（%）</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>No grid</source>
        <translation>無網格</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
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
        <translation>檔案 %1 不是社區工作臺資料庫，或已損壞。</translation>
    </message>
    <message>
        <source>The database file %1 is in use or read-only.</source>
        <translation>資料庫檔案 %1 正被佔用或為只讀。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CommunityDesk (data version %2, this program knows up to %3). Please update the program; the file has not been changed.</source>
        <translation>資料庫 %1 由更新版本的社區工作臺寫入（資料版本 %2，本程式最高支援 %3）。請升級程式；該檔案未被改動。</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded; it has been left as it was.</source>
        <translation>資料庫 %1 升級失敗，已保持原樣。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; please close it or try again in a moment.</source>
        <translation>資料庫 %1 被其他程式鎖定，請關閉該程式或稍後重試。</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>資料庫 %1 已損壞。</translation>
    </message>
    <message>
        <source>The database address %1 is not valid. It looks like postgresql://user@host:port/database.</source>
        <translation>資料庫地址 %1 無效。格式應為 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>The PostgreSQL database driver is not installed.</source>
        <translation>未安裝 PostgreSQL 資料庫驅動。</translation>
    </message>
    <message>
        <source>The database server %1 did not accept the user name or password.</source>
        <translation>資料庫伺服器 %1 未接受該使用者名稱或密碼。</translation>
    </message>
    <message>
        <source>The database server %1 has no database %2.</source>
        <translation>資料庫伺服器 %1 上沒有資料庫 %2。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1. Please check the address and that the server is running.</source>
        <translation>無法連線資料庫伺服器 %1。請檢查地址是否正確，以及伺服器是否正在執行。</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: permission denied.</source>
        <translation>無法使用資料庫 %1：權限不足。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CommunityDesk (data version %2, this program knows up to %3). Please update the program; the database has not been changed.</source>
        <translation>資料庫 %1 由更新版本的社區工作臺寫入（資料版本 %2，本程式最高支援 %3）。請升級程式；資料庫未做任何更改。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only (or its folder is). CommunityDesk needs to save to it: copy it to a folder you may write to, or ask for write permission.</source>
        <translation>資料庫檔案 %1 是隻讀的（或其所在資料夾是隻讀的）。社區工作臺需要向其中儲存資料：請把它複製到您有寫入權限的資料夾，或申請寫入權限。</translation>
    </message>
    <message>
        <source>The database server %1 does not let %2 sign in: the account is disabled. Please ask an administrator.</source>
        <translation>資料庫伺服器 %1 不允許 %2 登入：賬號已停用。請聯絡管理員。</translation>
    </message>
    <message>
        <source>The database %1 was found damaged on %2. CommunityDesk does not write to it: restore a backup, or check it again with communitydesk-cli check.</source>
        <translation>資料庫 %1 於 %2 被發現已損壞。社區工作臺不會再向其寫入資料：請恢復備份，或用 communitydesk-cli check 重新檢查。</translation>
    </message>
</context>
<context>
    <name>DeathEffects</name>
    <message>
        <source>This resident no longer exists.</source>
        <translation>該居民已不存在。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>What follows the death could not be recorded; nothing was changed.</source>
        <translation>死亡後續事項未能登記，未做任何更改。</translation>
    </message>
    <message>
        <source>The shifts of this volunteer could not be taken off the rota: %1</source>
        <translation>無法將該志願者的班次從排班表中移除：%1</translation>
    </message>
    <message>
        <source>The volunteer record could not be closed: %1</source>
        <translation>無法關閉該志願者記錄：%1</translation>
    </message>
    <message>
        <source>The 结对帮扶 pairing could not be ended: %1</source>
        <translation>無法結束該結對幫扶：%1</translation>
    </message>
    <message>
        <source>What follows the deaths could not be recorded; nothing was changed.</source>
        <translation>這些死亡的後續事項未能登記，未做任何更改。</translation>
    </message>
    <message>
        <source>The volunteer record could not be opened again: %1</source>
        <translation>志願者記錄未能恢復：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) could not be put back on the rota (filled or cancelled since).</source>
        <translation>
            <numerusform>有 %n 個班次未能恢復到排班表（已有人頂替或已取消）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The 结对帮扶 pairing could not be opened again: %1</source>
        <translation>結對幫扶未能恢復：%1</translation>
    </message>
    <message>
        <source>The death could not be withdrawn; nothing was changed.</source>
        <translation>未能撤回死亡登記，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DeathRecord</name>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The death could not be recorded; nothing was changed.</source>
        <translation>無法登記死亡，未做任何更改。</translation>
    </message>
    <message>
        <source>The death could not be withdrawn; nothing was changed.</source>
        <translation>未能撤回死亡登記，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DemoActivityGenerator</name>
    <message>
        <source>Demo activity could not be written (%1).</source>
        <translation>無法寫入演示活動（%1）。</translation>
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
    <name>DemoLedgerGenerator</name>
    <message>
        <source>Demo ledgers could not be written (%1).</source>
        <translation>無法寫入演示臺賬（%1）。</translation>
    </message>
</context>
<context>
    <name>DemoMeetingGenerator</name>
    <message>
        <source>Demo meetings could not be written (%1).</source>
        <translation>無法寫入演示議事會議（%1）。</translation>
    </message>
</context>
<context>
    <name>DemoVisitGenerator</name>
    <message>
        <source>Demo visits could not be written (%1).</source>
        <translation>無法寫入演示走訪記錄（%1）。</translation>
    </message>
</context>
<context>
    <name>DualReportHours</name>
    <message>
        <source>(no work unit)</source>
        <translation>（無工作單位）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>DualReportHoursView</name>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作單位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Members who served</source>
        <translation>參與服務人數</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Shifts and events</source>
        <translation>班次與活動次數</translation>
    </message>
    <message>
        <source>In-service party members who report to the community (tick &quot;Dual report&quot; on the volunteer form). Hours: attended shifts and event service.</source>
        <translation>到本社區報到的在職黨員（在志願者表單中勾選“在職黨員雙報到”）。時長：到崗班次與活動服務時長之和。</translation>
    </message>
    <message>
        <source>hours-per-work-unit.xlsx</source>
        <translation>各工作單位服務時長.xlsx</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>DualReportStore</name>
    <message>
        <source>Work unit: enter the unit of an in-service party member who reports here.</source>
        <translation>工作單位：請填寫在本社區報到的在職黨員的工作單位。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The volunteer could not be saved; nothing was changed.</source>
        <translation>無法儲存志願者，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DueCli</name>
    <message>
        <source>due: --date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>due：--date “%1”不是有效日期；請寫成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未劃網格）</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) due on %1.</source>
        <translation>
            <numerusform>%1 有 %n 項代辦待生成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) opened.</source>
        <translation>
            <numerusform>已生成 %n 項代辦。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueErrands</name>
    <message>
        <source>Please sign in to open errands.</source>
        <translation>請先登入再生成代辦。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The errand for %1 could not be opened: %2</source>
        <translation>未能為 %1 生成代辦：%2</translation>
    </message>
    <message>
        <source>The errands could not be opened; nothing was changed.</source>
        <translation>代辦未能生成，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DueErrandsDialog</name>
    <message>
        <source>Due errands</source>
        <translation>待辦提醒</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>代辦</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>辦理事項</translation>
    </message>
    <message>
        <source>&amp;Open ticked</source>
        <translation>生成勾選的代辦(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;all</source>
        <translation>全部生成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>規則(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未劃網格）</translation>
    </message>
    <message>
        <source>No errands are due on %1.</source>
        <translation>%1 沒有待生成的代辦。</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) due on %1 by the office&apos;s rules (a birthday, a death, a birth, a move-in). Tick the ones to open with Space, or open them all.</source>
        <translation>
            <numerusform>按社區規則，%1 有 %n 項代辦待生成（生日、死亡、出生、遷入）。按空格鍵勾選要生成的代辦，或全部生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the errands to open first (Space ticks the current row).</source>
        <translation>請先勾選要生成的代辦（按空格鍵可勾選當前行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) opened; they are on the case list.</source>
        <translation>
            <numerusform>已生成 %n 項代辦，可在訴求列表中檢視。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Please choose two different residents.</source>
        <translation>請選擇兩位不同的居民。</translation>
    </message>
    <message>
        <source>The residents could not be read; nothing was changed.</source>
        <translation>無法讀取居民資訊，未做任何更改。</translation>
    </message>
    <message>
        <source>One of these residents no longer exists.</source>
        <translation>其中一位居民已不存在。</translation>
    </message>
    <message>
        <source>The choice could not be saved; nothing was changed.</source>
        <translation>無法儲存所做的選擇，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DuplicatePair</name>
    <message>
        <source>Same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>Same name and address; ID numbers differ by two swapped digits</source>
        <translation>姓名和地址相同；身份證號有兩位數字顛倒</translation>
    </message>
    <message numerus="yes">
        <source>Same name and address; ID numbers differ in %n character(s)</source>
        <translation>
            <numerusform>姓名和地址相同；身份證號有 %n 位不同</numerusform>
        </translation>
    </message>
    <message>
        <source>Same name and address; one record has no ID number</source>
        <translation>姓名和地址相同；其中一條記錄沒有身份證號</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Possible duplicate residents</source>
        <translation>疑似重複居民</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>記錄 A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>記錄 B</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Tick the value the kept record should have; differing fields are highlighted.</source>
        <translation>請勾選保留記錄應採用的值；有差異的欄位已突出顯示。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <source>Last merges</source>
        <translation>最近的合併</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>撤銷合併(&amp;U)</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>未發現疑似重複的居民。</translation>
    </message>
    <message>
        <source>%1 merged into %2 — %3, %4</source>
        <translation>%1 已合併到 %2 — %3，%4</translation>
    </message>
    <message>
        <source>Merged: the records are one resident now. Undo it below if this was wrong.</source>
        <translation>已合併：兩條記錄現為同一位居民。如合併有誤，可在下方撤銷。</translation>
    </message>
    <message>
        <source>Noted: these two will not be listed again.</source>
        <translation>已記錄：這兩條記錄將不再列出。</translation>
    </message>
    <message>
        <source>The merge was undone: both records are back as they were.</source>
        <translation>已撤銷合併：兩條記錄均已恢復原狀。</translation>
    </message>
</context>
<context>
    <name>ErrandTypes</name>
    <message>
        <source>Name: enter the name of the errand type.</source>
        <translation>名稱：請填寫代辦類型的名稱。</translation>
    </message>
    <message>
        <source>Name: there is already an errand type called %1.</source>
        <translation>名稱：已有名為 %1 的代辦類型。</translation>
    </message>
    <message>
        <source>The errand type could not be saved.</source>
        <translation>代辦類型未能儲存。</translation>
    </message>
    <message>
        <source>The errand type could not be archived.</source>
        <translation>代辦類型未能歸檔。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活動</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>活動類型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>網格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地點(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>結束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>組織者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>新增照片…</translation>
    </message>
    <message>
        <source>Photos are kept beside a database file; this database has none.</source>
        <translation>照片儲存在資料庫檔案旁邊；當前資料庫沒有對應的檔案。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與居民</translation>
    </message>
    <message>
        <source>Add to participants</source>
        <translation>新增為參與居民</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Others not listed (head count):</source>
        <translation>其他未列出人員（人數）：</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>新增志願者</translation>
    </message>
    <message>
        <source>No active volunteers yet; add them on the Volunteers page.</source>
        <translation>暫無在崗志願者；請在“志願者”頁面新增。</translation>
    </message>
    <message>
        <source>Hours 0 = the whole event</source>
        <translation>時長為 0 表示全程參與</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>志願者 %1</translation>
    </message>
    <message>
        <source>whole event</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>新增照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.heic);;All files (*)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.bmp *.gif *.heic);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 (added on saving)</source>
        <translation>%1（儲存時新增）</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>%1 (aged %2, %3)</source>
        <translation>%1（%2 歲，%3）</translation>
    </message>
    <message>
        <source>%1 (aged %2)</source>
        <translation>%1（%2 歲）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (from outside)</source>
        <translation>%1（非本社區）</translation>
    </message>
    <message>
        <source>%1 (from outside, phone …%2)</source>
        <translation>%1（非本社區，電話尾號 %2）</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>Search title, place, organiser…</source>
        <translation>搜尋標題、地點、組織者…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活動…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>取消活動</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>活動類型</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>新增類型…</translation>
    </message>
    <message>
        <source>Rename type…</source>
        <translation>重新命名類型…</translation>
    </message>
    <message>
        <source>Archive type…</source>
        <translation>歸檔類型…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 場活動</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>活動已儲存。</translation>
    </message>
    <message>
        <source>Mark this event as cancelled? It stays in the list, greyed out.</source>
        <translation>將此活動標記為已取消？活動仍保留在列表中，以灰色顯示。</translation>
    </message>
    <message>
        <source>Event cancelled.</source>
        <translation>活動已取消。</translation>
    </message>
    <message>
        <source>Add event type</source>
        <translation>新增活動類型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Rename event type</source>
        <translation>重新命名活動類型</translation>
    </message>
    <message>
        <source>Choose the type in the list first.</source>
        <translation>請先在列表中選擇類型。</translation>
    </message>
    <message>
        <source>Archive event type</source>
        <translation>歸檔活動類型</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Events of this type keep it; new events cannot choose it.</source>
        <translation>歸檔“%1”？已有的此類活動保留該類型，新建活動不能再選擇它。</translation>
    </message>
    <message>
        <source>events.xlsx</source>
        <translation>社區活動.xlsx</translation>
    </message>
    <message>
        <source>%1 events exported.</source>
        <translation>已匯出 %1 場活動。</translation>
    </message>
    <message>
        <source>The selected event&apos;s sign-in sheet, a code on every row, to tick and key back</source>
        <translation>所選活動的簽到表，每行帶行碼，勾選後回錄</translation>
    </message>
    <message>
        <source>Key &amp;back…</source>
        <translation>回錄(&amp;B)…</translation>
    </message>
    <message>
        <source>Key in the ticked rows of a sheet that came back</source>
        <translation>錄入交回表格中已勾選的行</translation>
    </message>
    <message>
        <source>Choose the event in the list first.</source>
        <translation>請先在列表中選擇活動。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>Besides those listed, the residents of the event&apos;s grid aged at least (0: everyone):</source>
        <translation>除名單上的人員外，再列入活動所在網格中年齡不低於以下歲數的居民（0 表示全部）：</translation>
    </message>
    <message>
        <source>sign-in sheet %1.pdf</source>
        <translation>簽到表 %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>簽到表(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>EventPhotos</name>
    <message>
        <source>Photos: this database has no folder to keep photos in.</source>
        <translation>照片：該資料庫沒有用於儲存照片的資料夾。</translation>
    </message>
    <message>
        <source>Photos: %1 cannot be read.</source>
        <translation>照片：無法讀取 %1。</translation>
    </message>
    <message>
        <source>Photos: save the event before adding photos.</source>
        <translation>照片：請先儲存活動，再新增照片。</translation>
    </message>
    <message>
        <source>Photos: the folder %1 cannot be created.</source>
        <translation>照片：無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Photos: %1 could not be copied.</source>
        <translation>照片：無法複製 %1。</translation>
    </message>
    <message>
        <source>Photos: the photo could not be recorded.</source>
        <translation>照片：照片未能登記。</translation>
    </message>
</context>
<context>
    <name>EventSnapshot</name>
    <message>
        <source>add event %1</source>
        <translation>新增活動 %1</translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation>編輯活動 %1</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Title: enter what the event was.</source>
        <translation>標題：請填寫活動內容。</translation>
    </message>
    <message>
        <source>Type: choose the kind of event.</source>
        <translation>活動類型：請選擇活動類型。</translation>
    </message>
    <message>
        <source>Grid: the chosen grid no longer exists.</source>
        <translation>網格：所選網格已不存在。</translation>
    </message>
    <message>
        <source>Start: enter when the event began.</source>
        <translation>開始時間：請填寫活動開始時間。</translation>
    </message>
    <message>
        <source>End: enter when the event ended.</source>
        <translation>結束時間：請填寫活動結束時間。</translation>
    </message>
    <message>
        <source>End: the event cannot end before it starts.</source>
        <translation>結束時間：活動結束時間不能早於開始時間。</translation>
    </message>
    <message>
        <source>Other participants: the head count cannot be negative.</source>
        <translation>其他參與人員：人數不能為負數。</translation>
    </message>
    <message>
        <source>Participants: each resident can be listed only once.</source>
        <translation>參與居民：每位居民只能登記一次。</translation>
    </message>
    <message>
        <source>Volunteers: each volunteer can be listed only once.</source>
        <translation>志願者：每位志願者只能登記一次。</translation>
    </message>
    <message>
        <source>Volunteers: hours served must be more than 0 and at most a week.</source>
        <translation>志願者：服務時長必須大於 0，且不超過一週。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請稍後重試。</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>該活動已不存在。</translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation>活動未能儲存。</translation>
    </message>
    <message>
        <source>The event&apos;s participants could not be saved.</source>
        <translation>活動參與人員未能儲存。</translation>
    </message>
    <message>
        <source>The event could not be saved; nothing was changed.</source>
        <translation>活動未能儲存，未做任何更改。</translation>
    </message>
    <message>
        <source>This event is already cancelled.</source>
        <translation>該活動已取消。</translation>
    </message>
    <message>
        <source>The event could not be cancelled.</source>
        <translation>活動未能取消。</translation>
    </message>
    <message>
        <source>Name: enter the name of the event type.</source>
        <translation>名稱：請填寫活動類型名稱。</translation>
    </message>
    <message>
        <source>Name: there is already a type called %1.</source>
        <translation>名稱：已有名為 %1 的活動類型。</translation>
    </message>
    <message>
        <source>The event type could not be saved.</source>
        <translation>活動類型未能儲存。</translation>
    </message>
    <message>
        <source>The event type could not be archived.</source>
        <translation>活動類型未能歸檔。</translation>
    </message>
    <message>
        <source>This event was changed by someone else since you opened it; please reopen it and make your change again.</source>
        <translation>此活動在您開啟後已被他人修改，請重新開啟並重新修改。</translation>
    </message>
    <message>
        <source>This event is not cancelled.</source>
        <translation>該活動未被取消。</translation>
    </message>
    <message>
        <source>The event could not be reinstated.</source>
        <translation>活動未能恢復。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已舉辦</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計劃中</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與人數</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Held or planned</source>
        <translation>已舉辦或計劃中</translation>
    </message>
</context>
<context>
    <name>ExportAudit</name>
    <message>
        <source>%1: the export could not be written to the audit log, so no file was kept.</source>
        <translation>%1：匯出無法記入審計日誌，因此未保留檔案。</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message>
        <source>export: --out: please give a file ending in .csv or .xlsx.</source>
        <translation>export：--out：請給出以 .csv 或 .xlsx 結尾的檔名。</translation>
    </message>
    <message>
        <source>export: your role may not see full ID or phone numbers; they are written masked.</source>
        <translation>export：您的角色不能檢視完整的身份證號或電話號碼；匯出時仍打碼。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 名居民寫入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCheckout</name>
    <message>
        <source>The accounts could not be read.</source>
        <translation>無法讀取賬號。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>沒有賬號 %1。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>賬號 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot work on a field copy.</source>
        <translation>%1 是隻讀使用者，不能使用外業副本。</translation>
    </message>
    <message>
        <source>The grids could not be read.</source>
        <translation>無法讀取網格。</translation>
    </message>
    <message>
        <source>There is no grid %1.</source>
        <translation>沒有網格 %1。</translation>
    </message>
    <message>
        <source>%1 does not work in the grid %2.</source>
        <translation>%1 不負責網格 %2。</translation>
    </message>
    <message>
        <source>The field copy could not be made.</source>
        <translation>外業副本未能生成。</translation>
    </message>
    <message>
        <source>The office database could not be read.</source>
        <translation>無法讀取辦公室資料庫。</translation>
    </message>
    <message>
        <source>Only an administrator or a clerk may check out a field copy.</source>
        <translation>只有管理員或社區工作人員可以檢出外業副本。</translation>
    </message>
    <message>
        <source>Please choose at least one grid to check out.</source>
        <translation>請至少選擇一個要檢出的網格。</translation>
    </message>
    <message>
        <source>Please choose the worker the field copy is for.</source>
        <translation>請選擇外業副本的使用人。</translation>
    </message>
    <message>
        <source>Please choose the file to write the field copy to.</source>
        <translation>請選擇外業副本要寫入的檔案。</translation>
    </message>
    <message>
        <source>The field copy&apos;s password must have at least %1 characters.</source>
        <translation>外業副本的密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The file %1 already exists; please choose a new file for the field copy.</source>
        <translation>檔案 %1 已存在；請為外業副本另選一個新檔案。</translation>
    </message>
    <message>
        <source>The check-out could not be recorded in the office&apos;s audit log, so the field copy %1 was removed.</source>
        <translation>檢出操作無法記入辦公室的審計日誌，因此已刪除外業副本 %1。</translation>
    </message>
    <message>
        <source>The grid code %1 is used in more than one community; choose the community (--community CODE).</source>
        <translation>網格編號 %1 在多個社區中使用；請選擇社區（--community 編號）。</translation>
    </message>
</context>
<context>
    <name>FieldCheckoutDialog</name>
    <message>
        <source>Check out a field copy</source>
        <translation>檢出外業副本</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>網格(&amp;G)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>使用人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password of the copy:</source>
        <translation>副本密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation>再次輸入密碼(&amp;A)：</translation>
    </message>
    <message>
        <source>The copy holds the personal data of these grids. It is sealed with this password; give it to the worker in person.</source>
        <translation>副本包含這些網格居民的個人資訊，並用此密碼加密；請當面將密碼交給使用人。</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>檢出(&amp;O)</translation>
    </message>
    <message>
        <source>field-copy</source>
        <translation>外業副本</translation>
    </message>
    <message>
        <source>Field copy file</source>
        <translation>外業副本檔案</translation>
    </message>
    <message>
        <source>Field copies (*.cdfield)</source>
        <translation>外業副本 (*.cdfield)</translation>
    </message>
    <message>
        <source>Grids: please tick at least one grid.</source>
        <translation>網格：請至少勾選一個網格。</translation>
    </message>
    <message>
        <source>Worker: please choose the worker the copy is for.</source>
        <translation>使用人：請選擇副本的使用人。</translation>
    </message>
    <message>
        <source>File: please choose where to write the copy.</source>
        <translation>檔案：請選擇副本的儲存位置。</translation>
    </message>
    <message>
        <source>Password: the two passwords differ.</source>
        <translation>密碼：兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>The field copy %1 was written: %2 residents.</source>
        <translation>外業副本 %1 已生成：共 %2 名居民。</translation>
    </message>
    <message>
        <source>On this server only its owner reads passwords: the worker signs in on the copy with the copy&apos;s password.</source>
        <translation>此伺服器上只有其所有者能讀取密碼：使用人需用副本密碼登入副本。</translation>
    </message>
</context>
<context>
    <name>FieldCli</name>
    <message>
        <source>field checkout: no password for the field copy: set CD_FIELD_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>field checkout：沒有外業副本的密碼：請設定 CD_FIELD_PASSWORD，或在終端中執行此命令以輸入密碼。</translation>
    </message>
    <message>
        <source>Password for the field copy: </source>
        <translation>外業副本的密碼：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次輸入同一密碼：</translation>
    </message>
    <message>
        <source>field checkout: the two passwords differ; nothing was written.</source>
        <translation>field checkout：兩次輸入的密碼不一致；未寫入任何內容。</translation>
    </message>
    <message>
        <source>field checkout: --grid: please give at least one grid CODE.</source>
        <translation>field checkout：--grid：請至少給出一個網格編號。</translation>
    </message>
    <message>
        <source>field checkout: --for: please give the LOGIN of the worker the copy is for.</source>
        <translation>field checkout：--for：請給出副本使用人的賬號。</translation>
    </message>
    <message>
        <source>field checkout: --out: please give the FILE to write the field copy to.</source>
        <translation>field checkout：--out：請給出要寫入外業副本的檔案。</translation>
    </message>
    <message>
        <source>field checkout: %1</source>
        <translation>field checkout：%1</translation>
    </message>
    <message>
        <source>Field copy written: %1 (%2 residents of %3 for %4; %5 KiB in %6 ms).</source>
        <translation>外業副本已寫入：%1（%3 的 %2 名居民，供 %4 使用；%5 KiB，用時 %6 毫秒）。</translation>
    </message>
    <message>
        <source>On this server only its owner reads passwords: %1 signs in on the copy with the copy&apos;s password.</source>
        <translation>此伺服器上只有其所有者能讀取密碼：%1 需用副本密碼登入副本。</translation>
    </message>
    <message>
        <source>field: please give a subcommand: checkout.</source>
        <translation>field：請給出子命令：checkout。</translation>
    </message>
    <message>
        <source>%1 is a field copy: set CD_FIELD_PASSWORD, or run the command in a terminal to type its password.</source>
        <translation>%1 是外業副本：請設定 CD_FIELD_PASSWORD，或在終端中執行此命令以輸入其密碼。</translation>
    </message>
    <message>
        <source>Password for the field copy %1: </source>
        <translation>外業副本 %1 的密碼：</translation>
    </message>
    <message>
        <source>Record	Field	Office value	Field value</source>
        <translation>記錄	欄位	辦公室的值	外業的值</translation>
    </message>
    <message>
        <source>field: expected &quot;field merge FILE&quot;.</source>
        <translation>field：應為“field merge FILE”。</translation>
    </message>
    <message>
        <source>--prefer: expected office or field, got &quot;%1&quot;.</source>
        <translation>--prefer：應為 office 或 field，實際為“%1”。</translation>
    </message>
    <message>
        <source>field merge: %1 is not a field copy file.</source>
        <translation>field merge：%1 不是外業副本檔案。</translation>
    </message>
    <message>
        <source>field merge: cannot open %1: %2</source>
        <translation>field merge：無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>Decide with --prefer office or --prefer field, or merge in the window.</source>
        <translation>請用 --prefer office 或 --prefer field 作出決定，或在程式視窗中合併。</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <source>Merge field copy</source>
        <translation>合併外業副本</translation>
    </message>
    <message>
        <source>The office and the field changed these fields differently since the check-out. Choose which value to keep for each: Left or O for the office&apos;s, Right or F for the field&apos;s; Enter merges.</source>
        <translation>自檢出以來，辦公室和外業對以下欄位做了不同的修改。請逐項選擇要保留的值：按 ← 或 O 鍵選辦公室的值，按 → 或 F 鍵選外業的值；按 Enter 合併。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Office&apos;s value</source>
        <translation>辦公室的值</translation>
    </message>
    <message>
        <source>Field&apos;s value</source>
        <translation>外業的值</translation>
    </message>
    <message>
        <source>At the check-out: %1</source>
        <translation>檢出時：%1</translation>
    </message>
    <message>
        <source>Office&apos;s value for all</source>
        <translation>全部採用辦公室的值</translation>
    </message>
    <message>
        <source>Field&apos;s value for all</source>
        <translation>全部採用外業的值</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>儲存報告(&amp;S)…</translation>
    </message>
    <message>
        <source>Every conflict is decided: Enter merges.</source>
        <translation>所有衝突均已決定：按 Enter 合併。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide.</source>
        <translation>
            <numerusform>還有 %n 處衝突待決定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>儲存合併報告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the merge report…</source>
        <translation>正在寫入合併報告…</translation>
    </message>
    <message>
        <source>Merge report written to %1.</source>
        <translation>合併報告已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>FieldCopyInfo</name>
    <message>
        <source>Field copy · %1 · %2 · checked out %3</source>
        <translation>外業副本 · %1 · %2 · %3 檢出</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between grid names in the field copy banner</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FieldFile</name>
    <message>
        <source>Cannot read the field copy %1.</source>
        <translation>無法讀取外業副本 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a CommunityDesk field copy.</source>
        <translation>檔案 %1 不是社區工作臺外業副本。</translation>
    </message>
    <message>
        <source>The field copy %1 is damaged.</source>
        <translation>外業副本 %1 已損壞。</translation>
    </message>
    <message>
        <source>There is not enough memory to open the field copy %1.</source>
        <translation>記憶體不足，無法開啟外業副本 %1。</translation>
    </message>
    <message>
        <source>The password for this field copy is wrong: %1.</source>
        <translation>此外業副本的密碼錯誤：%1。</translation>
    </message>
    <message>
        <source>Cannot write the field copy %1.</source>
        <translation>無法寫入外業副本 %1。</translation>
    </message>
    <message>
        <source>Cannot write the field copy %1: %2</source>
        <translation>無法寫入外業副本 %1：%2</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Resident %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <source>Household %1 unit %2 room %3</source>
        <translation>住戶 %1 %2單元 %3室</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>訴求 %1</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 的走訪</translation>
    </message>
    <message>
        <source>Need &quot;%1&quot;</source>
        <translation>需求“%1”</translation>
    </message>
    <message>
        <source>Case step %1</source>
        <translation>辦理步驟 %1</translation>
    </message>
    <message>
        <source>Move of %1</source>
        <translation>%1 的遷移記錄</translation>
    </message>
    <message>
        <source>Tag of resident %1</source>
        <translation>居民 %1 的標籤</translation>
    </message>
    <message>
        <source>Participant of event %1</source>
        <translation>活動 %1 的參與人</translation>
    </message>
    <message>
        <source>Birthday party attendance %1</source>
        <translation>生日會到場記錄 %1</translation>
    </message>
    <message>
        <source>Shift attendance %1</source>
        <translation>班次出勤記錄 %1</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1 記錄 %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Attention level of %1</source>
        <translation>%1 的關注程度</translation>
    </message>
    <message>
        <source>Tag period of %1</source>
        <translation>%1 的標籤期間</translation>
    </message>
    <message>
        <source>Tag attribute of %1</source>
        <translation>%1 的標籤屬性</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>與 %1 的結對</translation>
    </message>
    <message>
        <source>Building role of %1</source>
        <translation>%1 的樓棟職務</translation>
    </message>
    <message>
        <source>Assistance of %1</source>
        <translation>%1 的救助記錄</translation>
    </message>
    <message>
        <source>Attention level</source>
        <translation>關注程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Tag period</source>
        <translation>標籤期間</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>幫扶人</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
</context>
<context>
    <name>FieldMerge</name>
    <message>
        <source>Only an administrator or a clerk may merge a field copy.</source>
        <translation>只有管理員或社區工作人員可以合併外業副本。</translation>
    </message>
    <message>
        <source>This file is not a field copy: it has no check-out record.</source>
        <translation>此檔案不是外業副本：沒有檢出記錄。</translation>
    </message>
    <message>
        <source>This field copy has no change log, so its changes cannot be merged.</source>
        <translation>此外業副本沒有修改日誌，無法合併其中的修改。</translation>
    </message>
    <message>
        <source>Nothing new to merge: every change of this field copy is already in.</source>
        <translation>沒有需要合併的新內容：此外業副本的所有修改均已合併。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was merged.</source>
        <translation>
            <numerusform>有 %n 處衝突需要決定；未合併任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in the field; records are never deleted, the office keeps it.</source>
        <translation>外業中已刪除；記錄從不刪除，辦公室保留該記錄。</translation>
    </message>
    <message>
        <source>Changed in the field, but the office has no such record.</source>
        <translation>外業中已修改，但辦公室沒有該記錄。</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Office&apos;s value kept</source>
        <translation>保留辦公室的值</translation>
    </message>
    <message>
        <source>Field&apos;s value taken</source>
        <translation>採用外業的值</translation>
    </message>
    <message>
        <source>Added in the field and at the office (same ID number): one resident.</source>
        <translation>外業和辦公室都新增了此人（身份證號相同）：按同一名居民處理。</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <source>Visited in the field on %1, but %2 at the office: the visit is added, the office&apos;s status stays.</source>
        <translation>外業於 %1 走訪，但辦公室記錄為“%2”：已新增走訪記錄，保留辦公室的狀態。</translation>
    </message>
    <message>
        <source>The merge failed; the office database is unchanged.</source>
        <translation>合併失敗；辦公室資料庫未做任何更改。</translation>
    </message>
    <message>
        <source>Added in the field and at the office (same %1): one record.</source>
        <translation>外業和辦公室都新增了這條記錄（%1 相同）：合併為一條。</translation>
    </message>
    <message>
        <source>Changed in the field to the same %1 as another record at the office; that change is left out.</source>
        <translation>外業把它改成了與辦公室另一條記錄相同的%1；這項修改未合併。</translation>
    </message>
</context>
<context>
    <name>FieldMergeReport</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
    </message>
    <message>
        <source>Added %1, updated %2, merged %3, matched %4, conflicts %5</source>
        <translation>新增 %1，更新 %2，合併 %3，匹配 %4，衝突 %5</translation>
    </message>
    <message>
        <source>Cannot write the merge report %1: %2</source>
        <translation>無法寫入合併報告 %1：%2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Office value</source>
        <translation>辦公室的值</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>外業的值</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Changed in the field by</source>
        <translation>外業修改人</translation>
    </message>
    <message>
        <source>Changed in the field at</source>
        <translation>外業修改時間</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>合併人</translation>
    </message>
</context>
<context>
    <name>FieldPasswordPrompt</name>
    <message>
        <source>The file %1 is a field copy. Its password:</source>
        <translation>檔案 %1 是外業副本。請輸入其密碼：</translation>
    </message>
    <message>
        <source>Open a field copy</source>
        <translation>開啟外業副本</translation>
    </message>
    <message>
        <source>Please try again:</source>
        <translation>請重新輸入：</translation>
    </message>
</context>
<context>
    <name>FieldRenew</name>
    <message>
        <source>The new check-out is not for the same worker as the old field copy.</source>
        <translation>新的檢出與舊外業副本的使用人不是同一人。</translation>
    </message>
    <message>
        <source>Cannot read what the office has merged of the old field copy.</source>
        <translation>無法讀取辦公室已從舊外業副本合併的內容。</translation>
    </message>
</context>
<context>
    <name>FieldRenewCli</name>
    <message>
        <source>field renew: expected &quot;field renew OLD --out NEW&quot;.</source>
        <translation>field renew：用法為“field renew OLD --out NEW”。</translation>
    </message>
    <message>
        <source>--prefer: expected office or field, got &quot;%1&quot;.</source>
        <translation>--prefer：應為 office 或 field，收到的是“%1”。</translation>
    </message>
    <message>
        <source>field renew: %1 is not a field copy file.</source>
        <translation>field renew：%1 不是外業副本檔案。</translation>
    </message>
    <message>
        <source>field renew: set CD_FIELD_PASSWORD, or run the command in a terminal to type the field copy&apos;s password.</source>
        <translation>field renew：請設定 CD_FIELD_PASSWORD，或在終端中執行此命令以輸入外業副本的密碼。</translation>
    </message>
    <message>
        <source>Password for the field copy %1: </source>
        <translation>外業副本 %1 的密碼：</translation>
    </message>
    <message>
        <source>field renew: %1</source>
        <translation>field renew：%1</translation>
    </message>
    <message>
        <source>Field copy renewed: %1 (%2 residents of %3 for %4); the old copy&apos;s unmerged changes are in it: %5</source>
        <translation>外業副本已重新檢出：%1（%3 的 %2 名居民，使用人 %4）；舊副本中尚未合併的修改已帶入：%5</translation>
    </message>
    <message>
        <source>Record	Field	Office value	Field value</source>
        <translation>記錄	欄位	辦公室的值	外業的值</translation>
    </message>
    <message>
        <source>Decide with --prefer office or --prefer field; no new copy was written.</source>
        <translation>請用 --prefer office 或 --prefer field 作出決定；未生成新副本。</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>Remove this filter</source>
        <translation>移除此篩選</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>篩選：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome — CommunityDesk</source>
        <translation>歡迎使用 — 社區工作臺</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create the administrator&lt;/h3&gt;&lt;p&gt;This database has no accounts yet. The administrator adds the other staff and decides what each may see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;建立管理員&lt;/h3&gt;&lt;p&gt;此資料庫尚無賬號。管理員負責新增其他工作人員，並決定每人可檢視的內容。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>賬號(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>確認密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>建立並登入</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>確認密碼：兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>FormCli</name>
    <message>
        <source>form: please write form fill TEMPLATE.xlsx --out FILE.xlsx.</source>
        <translation>form：請使用 form fill TEMPLATE.xlsx --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>form fill: --out: please give a file ending in .xlsx.</source>
        <translation>form fill：--out：請給出以 .xlsx 結尾的檔案。</translation>
    </message>
    <message>
        <source>form fill: there is no grid &quot;%1&quot;.</source>
        <translation>form fill：沒有網格“%1”。</translation>
    </message>
    <message>
        <source>form fill: --grid: &quot;%1&quot; is not one of your grids.</source>
        <translation>form fill：--grid：“%1”不是您負責的網格。</translation>
    </message>
    <message>
        <source>form fill: --tag: there is no tag &quot;%1&quot;.</source>
        <translation>form fill：--tag：沒有標籤“%1”。</translation>
    </message>
    <message>
        <source>--min-age: expected an age from 0 to 150, got &quot;%1&quot;.</source>
        <translation>--min-age：應為 0 到 150 之間的年齡，實際為“%1”。</translation>
    </message>
    <message>
        <source>form fill: no column of %1 is one the register knows; map it once in the window (File → Fill a street form…).</source>
        <translation>form fill：%1 中沒有人口臺賬能識別的列；請先在視窗中對應一次（檔案 → 填報一表通…）。</translation>
    </message>
    <message>
        <source>form fill: the column &quot;%1&quot; is left as the form has it.</source>
        <translation>form fill：列“%1”保持報表原樣。</translation>
    </message>
    <message>
        <source>form fill: your role may not see full ID or phone numbers; they are written masked.</source>
        <translation>form fill：您的角色不能檢視完整的身份證號或電話號碼；寫入時已打碼。</translation>
    </message>
    <message>
        <source>form fill: the row &quot;%1&quot; names no grid, age band or tag; left as it was.</source>
        <translation>form fill：行“%1”沒有對應的網格、年齡段或標籤；保持原樣。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of figures written to %1.</source>
        <translation>
            <numerusform>已將 %n 行資料寫入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 名居民寫入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormCounts</name>
    <message>
        <source>Please sign in to fill a form from the register.</source>
        <translation>請先登入，再從人口臺賬填報報表。</translation>
    </message>
    <message>
        <source>The register could not be counted to fill the form.</source>
        <translation>無法統計人口臺賬，報表未能填報。</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Row number (序号)</source>
        <translation>序號</translation>
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
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
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
        <source>Compound</source>
        <translation>小區</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓棟</translation>
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
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Groups (tags)</source>
        <translation>人群分類（標籤）</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>戶籍類型</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Registered (hukou) address, from the notes</source>
        <translation>戶籍地址（取自備註）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Cases reported</source>
        <translation>反映訴求數</translation>
    </message>
    <message>
        <source>Cases still open</source>
        <translation>未辦結訴求數</translation>
    </message>
    <message>
        <source>Last visit to the household</source>
        <translation>最近一次入戶走訪</translation>
    </message>
    <message>
        <source>Volunteer (yes/no)</source>
        <translation>志願者（是/否）</translation>
    </message>
    <message>
        <source>Volunteer&apos;s skills</source>
        <translation>志願者特長</translation>
    </message>
    <message>
        <source>Number of households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>Number of residents</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Aged 80 and over</source>
        <translation>80 歲及以上</translation>
    </message>
    <message>
        <source>Elderly (the office&apos;s elderly age and over)</source>
        <translation>老年人（達到本辦公室設定的老年人年齡）</translation>
    </message>
    <message>
        <source>Cases received in the month</source>
        <translation>本月受理訴求數</translation>
    </message>
    <message>
        <source>Cases closed in the month</source>
        <translation>本月辦結訴求數</translation>
    </message>
    <message>
        <source>Follow-up visits in the month</source>
        <translation>本月回訪次數</translation>
    </message>
    <message>
        <source>Events held in the month</source>
        <translation>本月舉辦活動數</translation>
    </message>
    <message>
        <source>Event participants in the month</source>
        <translation>本月活動參與人次</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>Carries the tag %1 (是)</source>
        <translation>帶有標籤 %1（是）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>FormFillDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the filled form</source>
        <translation>儲存已填報的報表</translation>
    </message>
    <message>
        <source>Open the street&apos;s form</source>
        <translation>開啟街道下發的報表</translation>
    </message>
    <message>
        <source>Carries the tag %1 (是)</source>
        <translation>帶有標籤 %1（是）</translation>
    </message>
    <message>
        <source>Fill a street form (一表通)</source>
        <translation>填報一表通</translation>
    </message>
    <message>
        <source>Forms filled before</source>
        <translation>以前填報過的報表</translation>
    </message>
    <message>
        <source>Fills the chosen form with the same columns and people, into a new file beside the last one.</source>
        <translation>按相同的列和人員填報所選報表，儲存為上次檔案旁的新檔案。</translation>
    </message>
    <message>
        <source>&amp;Open the form…</source>
        <translation>開啟報表(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the .xlsx form the street sent.</source>
        <translation>開啟街道下發的 .xlsx 報表。</translation>
    </message>
    <message>
        <source>Column of the form</source>
        <translation>報表的列</translation>
    </message>
    <message>
        <source>Filled with</source>
        <translation>填入內容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Everyone living here</source>
        <translation>所有在此居住的人</translation>
    </message>
    <message>
        <source>Saved &amp;view:</source>
        <translation>已儲存的檢視(&amp;V)：</translation>
    </message>
    <message>
        <source>Every grid</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>網格(&amp;G)：</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>全部人群</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Aged at least:</source>
        <translation>最低年齡(&amp;A)：</translation>
    </message>
    <message>
        <source>Write full ID and phone numbers (the street needs them; recorded in the audit log)</source>
        <translation>寫入完整的身份證號和電話號碼（街道需要；將記入審計日誌）</translation>
    </message>
    <message>
        <source>Your role may not see full numbers; they are written masked.</source>
        <translation>您的角色不能檢視完整號碼；寫入時已打碼。</translation>
    </message>
    <message>
        <source>&amp;Month (counts forms):</source>
        <translation>月份（用於統計類報表）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Fill and save as…</source>
        <translation>填報並另存為(&amp;F)…</translation>
    </message>
    <message>
        <source>never filled</source>
        <translation>從未填報</translation>
    </message>
    <message>
        <source>%1 (%2) — last filled: %3</source>
        <translation>%1（%2）— 上次填報：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet %2: a form of counts, %n row(s) named.</source>
        <translation>
            <numerusform>%1，工作表 %2：統計類報表，已識別 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sheet %2: a list of people, header on row %3; people from row %4.</source>
        <translation>%1，工作表 %2：人員名單，表頭在第 %3 行；人員從第 %4 行開始。</translation>
    </message>
    <message>
        <source>The columns are matched as last time.</source>
        <translation>各列按上次的方式對應。</translation>
    </message>
    <message>
        <source>Fill a street form</source>
        <translation>填報一表通</translation>
    </message>
    <message>
        <source>Filling the form from the register…</source>
        <translation>正在從人口臺賬填報報表…</translation>
    </message>
    <message>
        <source>The form&apos;s figures are filled in %1.</source>
        <translation>報表資料已填入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 名居民寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left as they were (no grid, age band or tag of that name): %1</source>
        <translation>保持原樣的行（沒有該名稱的網格、年齡段或標籤）：%1</translation>
    </message>
    <message>
        <source>The form %1 is no longer where it was; open it again with &quot;Open the form…&quot;.</source>
        <translation>報表 %1 已不在原來的位置；請用“開啟報表…”重新開啟。</translation>
    </message>
    <message>
        <source>The form %1 has changed its columns since; check them and fill it with &quot;Fill and save as…&quot;.</source>
        <translation>報表 %1 的列已發生變化；請檢查各列，然後用“填報並另存為…”填報。</translation>
    </message>
    <message>
        <source>Fill aga&amp;in</source>
        <translation>再次填報(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FormFiller</name>
    <message>
        <source>Please sign in to fill a form from the register.</source>
        <translation>請先登入，再從人口臺賬填報報表。</translation>
    </message>
    <message>
        <source>Save the filled form under another name: the form itself stays empty for next month.</source>
        <translation>請將填好的報表另存為其他檔名：原報表保持空白，留待下月使用。</translation>
    </message>
    <message>
        <source>No column of the form is matched to a field; choose a field for at least one column.</source>
        <translation>報表中沒有任何列對應到欄位；請至少為一列選擇欄位。</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>放棄修改？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>此表單中輸入的內容尚未儲存。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>%1: no header row was found (a row of column titles such as 姓名, 身份证号码, 网格, 人数).</source>
        <translation>%1：未找到表頭行（即包含姓名、身份證號碼、網格、人數等列標題的一行）。</translation>
    </message>
</context>
<context>
    <name>FormMappingStore</name>
    <message>
        <source>The form&apos;s mapping could not be saved; the database is busy. Try again.</source>
        <translation>無法儲存報表的列對應關係：資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The form&apos;s mapping could not be saved.</source>
        <translation>無法儲存報表的列對應關係。</translation>
    </message>
    <message>
        <source>Where the form was saved could not be noted.</source>
        <translation>無法記錄報表的儲存位置。</translation>
    </message>
    <message>
        <source>The form could not be removed from the list.</source>
        <translation>無法將該報表從列表中移除。</translation>
    </message>
</context>
<context>
    <name>FormPackage</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿 (.xlsx)，或檔案已損壞。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read.</source>
        <translation>%1：無法讀取其中的部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged or too large to be a form.</source>
        <translation>%1 已損壞，或檔案過大，不是報表。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the folder writable?).</source>
        <translation>無法寫入 %1（該資料夾是否可寫？）。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>無法寫入 %1（磁碟是否已滿？）。</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it and fill the form again.</source>
        <translation>%1 已在其他程式中開啟；請關閉後重新填報。</translation>
    </message>
</context>
<context>
    <name>FormPeopleQuery</name>
    <message>
        <source>Please sign in to fill a form from the register.</source>
        <translation>請先登入，再從人口臺賬填報報表。</translation>
    </message>
    <message>
        <source>The register could not be read to fill the form.</source>
        <translation>無法讀取人口臺賬，報表未能填報。</translation>
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
    <message>
        <source>Add from compound:</source>
        <translation>從小區新增：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a grid to see its buildings.</source>
        <translation>請選擇一個網格以檢視其樓棟。</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) in this grid:</source>
        <translation>
            <numerusform>本網格共 %n 棟樓：</numerusform>
        </translation>
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
    <message>
        <source>School, market or enterprise</source>
        <translation>學校、市場或企業</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>片區：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>所屬單位：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>（無片區）</translation>
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
        <source>the file is not a GeoJSON FeatureCollection (&quot;type&quot; must be &quot;FeatureCollection&quot;).</source>
        <translation>檔案不是 GeoJSON FeatureCollection（&quot;type&quot; 必須為 &quot;FeatureCollection&quot;）。</translation>
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
        <source>%1 has no &quot;code&quot; property naming its grid.</source>
        <translation>%1 缺少指明網格的 &quot;code&quot; 屬性。</translation>
    </message>
    <message>
        <source>%1: no active grid has the code &quot;%2&quot;.</source>
        <translation>%1：沒有編號為“%2”的在用網格。</translation>
    </message>
    <message>
        <source>%1: grid &quot;%2&quot; appears more than once.</source>
        <translation>%1：網格“%2”出現了不止一次。</translation>
    </message>
    <message>
        <source>%1 (grid %2) is a MultiPolygon of %3 parts; a grid boundary must be one polygon.</source>
        <translation>%1（網格 %2）是包含 %3 部分的 MultiPolygon；網格邊界必須是單個多邊形。</translation>
    </message>
    <message>
        <source>%1 (grid %2) has geometry type &quot;%3&quot;; only Polygon is accepted.</source>
        <translation>%1（網格 %2）的幾何類型為“%3”；只接受 Polygon。</translation>
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
    <message>
        <source>&lt;p&gt;Open cases: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;未辦結訴求：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>grids.xlsx</source>
        <translation>網格.xlsx</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片區</translation>
    </message>
    <message>
        <source>Party-member households</source>
        <translation>黨員中心戶</translation>
    </message>
    <message>
        <source>Han&amp;dover pack…</source>
        <translation>交接資料(&amp;D)…</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>交接資料</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>交接資料-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handover pack of %1 written to %2.</source>
        <translation>網格 %1 的交接資料已寫入 %2。</translation>
    </message>
    <message>
        <source>Writing the handover pack…</source>
        <translation>正在生成交接資料…</translation>
    </message>
</context>
<context>
    <name>GridRollup</name>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>未劃片區</translation>
    </message>
</context>
<context>
    <name>GridSnapshot</name>
    <message>
        <source>add grid %1</source>
        <translation>新增網格 %1</translation>
    </message>
    <message>
        <source>edit grid %1</source>
        <translation>編輯網格 %1</translation>
    </message>
</context>
<context>
    <name>GridStore</name>
    <message>
        <source>Code: enter the grid&apos;s code, e.g. G01.</source>
        <translation>編號：請輸入網格編號，例如 G01。</translation>
    </message>
    <message>
        <source>Name: enter the grid&apos;s name.</source>
        <translation>名稱：請輸入網格名稱。</translation>
    </message>
    <message>
        <source>Colour: &quot;%1&quot; is not a colour.</source>
        <translation>顏色：“%1”不是有效的顏色。</translation>
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
        <source>The building&apos;s position could not be saved.</source>
        <translation>樓棟位置未能儲存。</translation>
    </message>
    <message>
        <source>The grid could not be restored.</source>
        <translation>網格未能恢復。</translation>
    </message>
    <message>
        <source>Community: choose the community the grid belongs to first.</source>
        <translation>社區：請先選擇網格所屬的社區。</translation>
    </message>
</context>
<context>
    <name>GridTableModel</name>
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
    <name>GridWorkFigures</name>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
</context>
<context>
    <name>HandoverCli</name>
    <message>
        <source>handover: write handover GRID --out FILE.pdf (GRID: the grid&apos;s code).</source>
        <translation>handover：請使用 handover GRID --out FILE.pdf（GRID：網格編號）。</translation>
    </message>
    <message>
        <source>handover: no grid has the code &quot;%1&quot; (or it is outside your grids).</source>
        <translation>handover：沒有編號為“%1”的網格（或不在您負責的網格內）。</translation>
    </message>
    <message>
        <source>Handover pack of %1 written to %2.</source>
        <translation>網格 %1 的交接資料已寫入 %2。</translation>
    </message>
</context>
<context>
    <name>HandoverPack</name>
    <message>
        <source>Grid handover pack: %1</source>
        <translation>網格交接資料：%1</translation>
    </message>
    <message>
        <source>Grid worker: %1 %2</source>
        <translation>網格員：%1 %2</translation>
    </message>
    <message>
        <source>Grid leader: %1 %2</source>
        <translation>網格長：%1 %2</translation>
    </message>
    <message>
        <source>%1 — handover pack of grid %2. Numbers are masked; the register has them in full.</source>
        <translation>%1 — 網格 %2 交接資料。號碼已打碼，完整號碼以人口臺賬為準。</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>製表日期：%1</translation>
    </message>
    <message>
        <source>Map of the grid</source>
        <translation>網格地圖</translation>
    </message>
    <message>
        <source>This grid has no boundary and no building placed on the map yet.</source>
        <translation>該網格尚未在地圖上劃定邊界，也沒有標註樓棟。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>unit-room</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Households (%1; %2 living alone, on 低保 or with a disability first)</source>
        <translation>住戶（%1 戶；獨居、低保或有殘疾人的 %2 戶排在前面）</translation>
    </message>
    <message>
        <source>No households in this grid.</source>
        <translation>該網格沒有住戶。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>人群分類</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走訪</translation>
    </message>
    <message>
        <source>Open cases and errands</source>
        <translation>未辦結的訴求和代辦事項</translation>
    </message>
    <message>
        <source>No open cases or errands.</source>
        <translation>沒有未辦結的訴求或代辦事項。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>辦理時限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Errands due, not opened yet</source>
        <translation>已到期但尚未生成的代辦事項</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>代辦事項</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Party-member households (党员中心户) and building heads (楼栋长)</source>
        <translation>黨員中心戶和樓棟長</translation>
    </message>
    <message>
        <source>党员中心户</source>
        <translation>黨員中心戶</translation>
    </message>
    <message>
        <source>楼栋长</source>
        <translation>樓棟長</translation>
    </message>
    <message>
        <source>None recorded for this grid.</source>
        <translation>該網格暫無記錄。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birthdays in %1</source>
        <translation>%1 過生日的居民</translation>
    </message>
    <message>
        <source>No birthdays on the list this month.</source>
        <translation>本月名單中沒有過生日的居民。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Grid: it does not exist or is outside your grids.</source>
        <translation>網格：不存在，或不在您負責的網格內。</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Edit hours</source>
        <translation>修改時長</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>志願者：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>時長(&amp;H)：</translation>
    </message>
    <message>
        <source>Required, e.g. left an hour early</source>
        <translation>必填，例如：提前一小時離開</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>HouseholdAssistanceBox</name>
    <message>
        <source>Assistance history</source>
        <translation>救助記錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>發放人</translation>
    </message>
    <message>
        <source>No assistance recorded for this household.</source>
        <translation>該住戶沒有救助記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 yuan in all.</source>
        <translation>
            <numerusform>共 %n 條記錄，合計 %1 元。</numerusform>
        </translation>
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
        <source>Moved in</source>
        <translation>遷入日期</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房性質(&amp;H)</translation>
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
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>房號(&amp;M)</translation>
    </message>
    <message>
        <source>Household phon&amp;e</source>
        <translation>住戶電話(&amp;E)</translation>
    </message>
    <message>
        <source>Ne&amp;w member</source>
        <translation>新增成員(&amp;W)</translation>
    </message>
    <message>
        <source>Up&amp;date member</source>
        <translation>更新成員(&amp;D)</translation>
    </message>
    <message>
        <source>The household could not be saved; nothing was changed.</source>
        <translation>住戶未能儲存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>A member&apos;s name or the household number</source>
        <translation>家庭成員姓名或戶號</translation>
    </message>
</context>
<context>
    <name>HouseholdSnapshot</name>
    <message>
        <source>Entered in error (undone)</source>
        <translation>錄入錯誤（已撤銷）</translation>
    </message>
    <message>
        <source>add household %1</source>
        <translation>新增住戶 %1</translation>
    </message>
    <message>
        <source>edit household %1</source>
        <translation>編輯住戶 %1</translation>
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
        <source>Character %1 (&quot;%2&quot;) is not allowed: an ID number has only digits, and X only as the 18th character.</source>
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
        <translation>號碼以 %1 開頭，這不是有效的省級代碼。</translation>
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
    <name>ImportCleaner</name>
    <message>
        <source>Birth date: &quot;%1&quot; is not a date (write it as 1990-03-15).</source>
        <translation>出生日期：“%1”不是有效日期（請寫成 1990-03-15）。</translation>
    </message>
    <message>
        <source>Compound: empty.</source>
        <translation>小區：為空。</translation>
    </message>
    <message>
        <source>Building: empty.</source>
        <translation>樓棟：為空。</translation>
    </message>
    <message>
        <source>Room: empty.</source>
        <translation>房號：為空。</translation>
    </message>
    <message>
        <source>Name: contains an invisible control character (U+%1) that would change how the name reads; please type the name again.</source>
        <translation>姓名：含有不可見的控制字元（U+%1），會改變姓名的顯示；請重新輸入姓名。</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; is not an address like 幸福里3栋2单元501; please give compound, building, unit and room.</source>
        <translation>地址：“%1”不是“幸福裡3棟2單元501”這樣的地址；請填寫小區、樓棟、單元和門牌號。</translation>
    </message>
    <message>
        <source>Gender: &quot;%1&quot; is neither male nor female; correct it or map it.</source>
        <translation>性別：“%1”既不是男也不是女；請更正或指定其含義。</translation>
    </message>
    <message>
        <source>Relation to head: &quot;%1&quot; is not known; correct it or map it to one of the register&apos;s relations.</source>
        <translation>與戶主關係：“%1”無法識別；請更正，或將其對應到臺賬中的某種關係。</translation>
    </message>
    <message>
        <source>Residency type: &quot;%1&quot; is not known; correct it or map it to one of the register&apos;s residency types.</source>
        <translation>戶籍類型：“%1”無法識別；請更正，或將其對應到臺賬中的某種戶籍類型。</translation>
    </message>
    <message>
        <source>Status (deceased): &quot;%1&quot; is not known; write 死亡 for a death or leave it empty.</source>
        <translation>狀態（已故）：無法識別“%1”；死亡請填寫“死亡”，否則留空。</translation>
    </message>
    <message>
        <source>Date of death: &quot;%1&quot; is not a date (write it as 2026-11-15).</source>
        <translation>死亡日期：“%1”不是日期（請寫作 2026-11-15）。</translation>
    </message>
    <message>
        <source>Date of death: the row gives %1 but its status says living; correct one of them.</source>
        <translation>死亡日期：該行填寫了 %1，但狀態為在世；請更正其中一項。</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>import: expected &quot;import residents FILE.csv&quot; or &quot;import residents FILE.xlsx&quot;.</source>
        <translation>import：命令格式應為“import residents 檔案.csv”或“import residents 檔案.xlsx”。</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 updated, %4 rejected.</source>
        <translation>%1：匯入 %2 條，更新 %3 條，未匯入 %4 條。</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason, are in %1; correct them there and import that file.</source>
        <translation>未匯入的行及原因已儲存在 %1 中；請在該檔案中修改後再匯入該檔案。</translation>
    </message>
    <message>
        <source>--map: expected COLUMN:VALUE=CODE (e.g. 与户主关系:表哥=other), got &quot;%1&quot;.</source>
        <translation>--map：應為 列名:值=代碼（例如 與戶主關係:表哥=other），實際為“%1”。</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a coded column (性别, 与户主关系, 户籍类型).</source>
        <translation>--map：“%1”不是編碼列（性別、與戶主關係、戶籍類型）。</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not one of %2.</source>
        <translation>--map：“%1”不在 %2 之中。</translation>
    </message>
    <message>
        <source>Header: rows %1-%2 (two-row header).</source>
        <translation>表頭：第 %1–%2 行（雙行表頭）。</translation>
    </message>
    <message>
        <source>Header: row %1.</source>
        <translation>表頭：第 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above it skipped (titles, notes).</source>
        <translation>
            <numerusform>已跳過其上方 %n 行（標題、說明）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>各列：</translation>
    </message>
    <message>
        <source>Values of %1:</source>
        <translation>%1 的取值：</translation>
    </message>
    <message>
        <source> (your mapping)</source>
        <translation>（您指定的含義）</translation>
    </message>
    <message>
        <source>Footer rows skipped (not people): %1.</source>
        <translation>已跳過表尾行（不是居民）：%1。</translation>
    </message>
    <message>
        <source>Grids to be created: %1.</source>
        <translation>將新建的網格：%1。</translation>
    </message>
    <message>
        <source>Grids created: %1.</source>
        <translation>已新建的網格：%1。</translation>
    </message>
    <message>
        <source>Tags to be created: %1.</source>
        <translation>將新建的標籤：%1。</translation>
    </message>
    <message>
        <source>Tags created: %1.</source>
        <translation>已新建的標籤：%1。</translation>
    </message>
    <message>
        <source>--header-row: expected a row number (1 or more), got &quot;%1&quot;.</source>
        <translation>--header-row：應為行號（1 或更大），實際為“%1”。</translation>
    </message>
    <message>
        <source>%1 (dry run, nothing written): %2 imported, %3 updated, %4 rejected.</source>
        <translation>%1（試執行，未寫入）：可匯入 %2 人，可更新 %3 人，未通過 %4 行。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Sheet %1: %2 imported, %3 updated, %4 rejected.</source>
        <translation>工作表 %1：匯入 %2 人，更新 %3 人，未通過 %4 行。</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n person(s).</source>
        <translation>
            <numerusform>有變動：%n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes are in %1.</source>
        <translation>變動明細見 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Not in the file: %n person(s) registered in the buildings it covers; they may have moved out (nothing was changed for them).</source>
        <translation>
            <numerusform>檔案中沒有：檔案所涉樓棟中已登記的 %n 人；他們可能已遷出（未對他們做任何更改）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is in %1.</source>
        <translation>名單見 %1。</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: %3</source>
        <translation>工作表 %1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Compound</source>
        <translation>小區</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓棟</translation>
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
        <source>Relation to head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residency type</source>
        <translation>戶籍類型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所屬網格</translation>
    </message>
    <message>
        <source>Groups (tags)</source>
        <translation>人員類別（標籤）</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Address (in one cell)</source>
        <translation>地址（一格內）</translation>
    </message>
    <message>
        <source>Kept as a note</source>
        <translation>保留為備註</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Status (deceased)</source>
        <translation>狀態（已故）</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Kept as a custom field</source>
        <translation>保留為自定義欄位</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows a second</source>
        <translation>已處理 %1 行，每秒 %2 行</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>約剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>約剩 %1 分鐘</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>約剩 %1 小時 %2 分鐘</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read; please save the sheet as .xlsx or CSV.</source>
        <translation>無法讀取舊版 Excel 檔案（.xls），請將表格另存為 .xlsx 或 CSV 格式。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import residents</source>
        <translation>匯入居民</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>電子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列對應</translation>
    </message>
    <message>
        <source>Which column holds what. Fields marked * are needed; the choice is remembered for files with the same columns.</source>
        <translation>指定每一列對應的內容。標 * 的欄位為必填；列相同的檔案會沿用此次選擇。</translation>
    </message>
    <message>
        <source>&amp;Update people already registered (same ID number)</source>
        <translation>更新已登記人員（身份證號相同）(&amp;U)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>匯入將執行的操作。目前尚未寫入任何資料。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（檔案中沒有）</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在檢查檔案…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，未匯入任何資料。</translation>
    </message>
    <message>
        <source>Please choose the column for: %1.</source>
        <translation>請選擇對應的列：%1。</translation>
    </message>
    <message>
        <source>%1 rows read.

%2 new residents will be added, %3 registered residents updated.
%4 rows cannot be imported; they will be listed with the reason in an error report.

New: %5 compounds, %6 buildings, %7 households.</source>
        <translation>已讀取 %1 行。

將新增居民 %2 人，更新已登記居民 %3 人。
%4 行無法匯入，將連同原因列入錯誤報告。

新增：小區 %5 個，樓棟 %6 棟，住戶 %7 戶。</translation>
    </message>
    <message>
        <source>%1 residents imported, %2 updated, %3 rows not imported.</source>
        <translation>已匯入居民 %1 人，更新 %2 人，%3 行未匯入。</translation>
    </message>
    <message>
        <source>The rows not imported, each with its reason, are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Correct them there and import that file.</source>
        <translation>未匯入的行及各自原因見 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。請在該檔案中更正後匯入該檔案。</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GBK) or an Excel workbook (.xlsx). The row naming the columns is found below titles and notes; you can choose another on the next page.</source>
        <translation>CSV 檔案（UTF-8 或 GBK）或 Excel 工作簿（.xlsx）。表頭行會在標題和說明之下自動查詢；可在下一頁另選。</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>表頭行(&amp;H)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含義</translation>
    </message>
    <message>
        <source>Check &amp;again with these meanings</source>
        <translation>按這些含義重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>%1. Header: rows %2-%3.</source>
        <translation>%1。表頭：第 %2–%3 行。</translation>
    </message>
    <message>
        <source>%1. Header: row %2.</source>
        <translation>%1。表頭：第 %2 行。</translation>
    </message>
    <message>
        <source>(not known: rows not imported)</source>
        <translation>（無法識別：這些行不匯入）</translation>
    </message>
    <message>
        <source>Header: rows %1-%2.</source>
        <translation>表頭：第 %1–%2 行。</translation>
    </message>
    <message>
        <source>Header: row %1.</source>
        <translation>表頭：第 %1 行。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3 rows) → %4</source>
        <translation>%1“%2”（%3 行）→ %4</translation>
    </message>
    <message numerus="yes">
        <source>%n footer row(s) skipped (totals, signatures).</source>
        <translation>
            <numerusform>已跳過 %n 行表尾（合計、簽名）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Show them in the register</source>
        <translation>在臺賬中檢視這些人(&amp;S)</translation>
    </message>
    <message>
        <source>Moved out &amp;on</source>
        <translation>遷出日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark ticked ones moved out</source>
        <translation>將勾選的人標記為遷出(&amp;M)</translation>
    </message>
    <message>
        <source>Tick at least one sheet to import.</source>
        <translation>請至少勾選一個要匯入的工作表。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) chosen; the other sheets find their own header rows.</source>
        <translation>
            <numerusform>已選 %n 個工作表；其餘工作表各自查詢表頭行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1:</source>
        <translation>工作表 %1：</translation>
    </message>
    <message numerus="yes">
        <source>%n registered resident(s) will change.</source>
        <translation>
            <numerusform>將有 %n 名已登記居民發生變動。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) of the buildings this file covers are not in it; they will be listed, not moved out.</source>
        <translation>
            <numerusform>檔案所涉樓棟中有 %n 名居民不在檔案中；他們會被列出，不會被遷出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered resident(s) changed in this file.</source>
        <translation>
            <numerusform>本檔案中有 %n 名已登記居民發生變動。</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed for each is in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>每人的變動明細見 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) of the buildings this file covers are not in it. They may have moved out; nothing was changed for them.</source>
        <translation>
            <numerusform>檔案所涉樓棟中有 %n 名居民不在檔案中。他們可能已遷出；未對他們做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>名單見 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Tick the people who have moved out first.</source>
        <translation>請先勾選已遷出的人。</translation>
    </message>
    <message>
        <source>Not in the imported file %1</source>
        <translation>不在匯入檔案 %1 中</translation>
    </message>
    <message>
        <source>Ticked columns are kept as custom fields of that name (made as text fields when there is none); the others not mapped are kept as notes.</source>
        <translation>勾選的列保留為同名自定義欄位（沒有該欄位時新建為文字欄位）；其他未對應的列保留為備註。</translation>
    </message>
    <message>
        <source>&amp;Keep as custom fields</source>
        <translation>保留為自定義欄位(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>系統金鑰環沒有響應</translation>
    </message>
    <message>
        <source>the system keychain refused access</source>
        <translation>系統金鑰環拒絕訪問</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>沒有可用的系統金鑰環</translation>
    </message>
</context>
<context>
    <name>LifeEventRules</name>
    <message>
        <source>Wording: say what the errand is, e.g. {name}年满80周岁，协助申请高龄津贴.</source>
        <translation>代辦內容：請寫明要辦的事，例如 {name}年滿80週歲，協助申請高齡津貼。</translation>
    </message>
    <message>
        <source>Days ahead: enter a number from 0 to 365.</source>
        <translation>提前天數：請輸入 0 到 365 之間的數字。</translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation>該規則已不存在。</translation>
    </message>
    <message>
        <source>The rule could not be saved; nothing was changed.</source>
        <translation>規則未能儲存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>LifeEventRulesDialog</name>
    <message>
        <source>Life-event rules</source>
        <translation>人生事件規則</translation>
    </message>
    <message>
        <source>{name}, {age} and {date} in the wording are filled in with the resident&apos;s name, age and the date of the event.</source>
        <translation>代辦內容中的 {name}、{age} 和 {date} 會自動替換為居民的姓名、年齡和事件日期。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>觸發事件</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天數</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>代辦內容</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Turning %1</source>
        <translation>年滿 %1 週歲</translation>
    </message>
    <message>
        <source>Every birthday after %1</source>
        <translation>%1 週歲以後每年生日</translation>
    </message>
    <message>
        <source>A death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>A birth</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>A move-in (household registered elsewhere)</source>
        <translation>遷入（戶籍在外地的住戶）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The 低保 review date (复核日期)</source>
        <translation>低保複核日期</translation>
    </message>
    <message>
        <source>A date of the tag %1 (%2)</source>
        <translation>標籤 %1 的日期（%2）</translation>
    </message>
</context>
<context>
    <name>ListExportButton</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the rows the list shows to Excel or CSV</source>
        <translation>將列表中顯示的行儲存為 Excel 或 CSV 檔案</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>匯出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在匯出列表…</translation>
    </message>
    <message>
        <source>%1 rows were exported to %2.</source>
        <translation>已將 %1 行匯出到 %2。</translation>
    </message>
</context>
<context>
    <name>ListLayoutMemory</name>
    <message>
        <source>Show all columns</source>
        <translation>顯示所有列</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>網格：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>列印於 %1</translation>
    </message>
    <message>
        <source>The list has %1 rows, about %2 pages. Print them all? Filter the list first to print fewer.</source>
        <translation>列表共 %1 行，約 %2 頁。全部列印嗎？如需少列印一些，請先篩選列表。</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>列印列表</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>列印預覽 — %1</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>CommunityDesk is locked</source>
        <translation>社區工作臺已鎖定</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Locked&lt;/h3&gt;&lt;p&gt;%1 (%2) is signed in. Nothing was used for a while, so CommunityDesk locked itself; open forms keep what was typed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;已鎖定&lt;/h3&gt;&lt;p&gt;當前登入：%1（%2）。一段時間內沒有操作，社區工作臺已自動鎖定；開啟的表單會保留已輸入的內容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CommunityDesk</source>
        <translation>登入 — 社區工作臺</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign in&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;登入&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>賬號(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Login: please enter your login.</source>
        <translation>賬號：請輸入賬號。</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>%1 is open in another program or write-protected; close it and try again.</source>
        <translation>%1 已在其他程式中開啟或處於防寫狀態；請關閉後重試。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>無法寫入檔案 %1。</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>開啟資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>Open f&amp;ile</source>
        <translation>開啟檔案(&amp;I)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CommunityDesk</source>
        <translation>社區工作臺</translation>
    </message>
    <message>
        <source>CommunityDesk — %1</source>
        <translation>社區工作臺 — %1</translation>
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
        <source>Cases</source>
        <translation>訴求辦理</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>社區活動</translation>
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
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CommunityDesk</source>
        <translation>關於社區工作臺(&amp;A)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language will be used the next time CommunityDesk starts.</source>
        <translation>新語言將在下次啟動社區工作臺時生效。</translation>
    </message>
    <message>
        <source>About CommunityDesk</source>
        <translation>關於社區工作臺</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CommunityDesk %1&lt;/h3&gt;&lt;p&gt;The register, grids, cases and reports of a community office, on one desk or shared by a street office.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;社區工作臺 %1&lt;/h3&gt;&lt;p&gt;社區居委會的臺賬、網格、訴求和報表，可單機使用，也可由街道辦共享。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度工作報表</translation>
    </message>
    <message>
        <source>&amp;Import residents…</source>
        <translation>匯入居民(&amp;I)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>統計圖表</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>居民議事</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日誌</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>賬號管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Database: field copy</source>
        <translation>資料庫：外業副本</translation>
    </message>
    <message>
        <source>This page has no list to print.</source>
        <translation>此頁面沒有可列印的列表。</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>列印列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Fie&amp;ld copy</source>
        <translation>外業副本(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Check out…</source>
        <translation>檢出(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge back…</source>
        <translation>合併回辦公室(&amp;M)…</translation>
    </message>
    <message>
        <source>Reg&amp;ister</source>
        <translation>臺賬(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤銷(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Merge a field copy</source>
        <translation>合併外業副本</translation>
    </message>
    <message>
        <source>Field copies (*.cdfield)</source>
        <translation>外業副本 (*.cdfield)</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>重點人群</translation>
    </message>
    <message>
        <source>Special ledgers</source>
        <translation>專項臺賬</translation>
    </message>
    <message>
        <source>The community in view: its pages, lists, charts and reports</source>
        <translation>當前檢視的社區：其頁面、列表、圖表和報表</translation>
    </message>
    <message>
        <source>Whole street</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社區：%1</translation>
    </message>
    <message>
        <source>Now showing %1.</source>
        <translation>當前顯示：%1。</translation>
    </message>
    <message>
        <source>Fill a street &amp;form (一表通)…</source>
        <translation>填報一表通(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Key in a returned sheet…</source>
        <translation>錄入交回的表格(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一頁(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ommunities of the street…</source>
        <translation>本街道社區(&amp;O)…</translation>
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
    <message>
        <source>Open cases</source>
        <translation>未辦結訴求</translation>
    </message>
    <message>
        <source>By &amp;area</source>
        <translation>按片區(&amp;A)</translation>
    </message>
    <message>
        <source>Colour each grid by its area: the area&apos;s colour, or the figure summed over the area&apos;s grids.</source>
        <translation>按所屬片區為網格著色：片區顏色，或片區內各網格的合計數。</translation>
    </message>
    <message>
        <source> (by area)</source>
        <translation>（按片區）</translation>
    </message>
    <message>
        <source>Community: choose one community in view first; each has its own base image.</source>
        <translation>社區：請先選擇一個要檢視的社區；每個社區有各自的底圖。</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在繪製地圖…</translation>
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
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Households: %2&lt;br&gt;Residents: %3&lt;br&gt;Aged 60+: %4%5&lt;br&gt;Open cases: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;戶數：%2&lt;br&gt;居民數：%3&lt;br&gt;60 歲以上：%4%5&lt;br&gt;未辦結訴求：%6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片區</translation>
    </message>
    <message>
        <source>Residents per area</source>
        <translation>各片區人數</translation>
    </message>
    <message>
        <source>Residents aged 60+ per area</source>
        <translation>各片區 60 歲以上人數</translation>
    </message>
    <message>
        <source>Households per area</source>
        <translation>各片區戶數</translation>
    </message>
    <message>
        <source>Open cases per area</source>
        <translation>各片區未辦結訴求數</translation>
    </message>
    <message>
        <source>Open cases per grid</source>
        <translation>各網格未辦結訴求數</translation>
    </message>
    <message>
        <source>edit the boundary of %1</source>
        <translation>編輯 %1 的邊界</translation>
    </message>
    <message>
        <source>Boundary of %1 put back.</source>
        <translation>%1 的邊界已恢復。</translation>
    </message>
</context>
<context>
    <name>MediationCli</name>
    <message>
        <source>Mediation %1</source>
        <translation>人民調解 %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>受理日期：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>調解員：%1</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>網格：%1</translation>
    </message>
    <message>
        <source>From case: %1</source>
        <translation>來源訴求：%1</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>糾紛事項：%1</translation>
    </message>
    <message>
        <source>Party: %1	%2	%3	%4</source>
        <translation>當事人：%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>Session: %1	%2</source>
        <translation>調解記錄：%1	%2</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>調解協議：%1</translation>
    </message>
    <message>
        <source>Kept: yes</source>
        <translation>協議已履行：是</translation>
    </message>
    <message>
        <source>Kept: no</source>
        <translation>協議已履行：否</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s).</source>
        <translation>
            <numerusform>共 %n 件人民調解。</numerusform>
        </translation>
    </message>
    <message>
        <source>mediation %1: please give the mediation&apos;s number (ID).</source>
        <translation>mediation %1：請給出調解編號（ID）。</translation>
    </message>
    <message>
        <source>mediation %1: there is no mediation %2 you may see.</source>
        <translation>mediation %1：沒有您可檢視的調解 %2。</translation>
    </message>
    <message>
        <source>mediation print: please give --out FILE.pdf.</source>
        <translation>mediation print：請給出 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>Agreement written to %1.</source>
        <translation>調解協議已寫入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n rented room(s).</source>
        <translation>
            <numerusform>共 %n 間出租屋。</numerusform>
        </translation>
    </message>
    <message>
        <source>rental expiring: --days &quot;%1&quot; is not a number of days.</source>
        <translation>rental expiring：--days“%1”不是有效的天數。</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s) expire within %1 days or have expired.</source>
        <translation>
            <numerusform>%n 個證件將在 %1 天內到期或已過期。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 export: --out: please give a file ending in .csv or .xlsx.</source>
        <translation>%1 export：--out：請給出以 .csv 或 .xlsx 結尾的檔名。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 行寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>mediation: say list, export --out FILE, show ID or print ID --out FILE.pdf.</source>
        <translation>mediation：請使用 list、export --out FILE、show ID 或 print ID --out FILE.pdf。</translation>
    </message>
    <message>
        <source>rental: say list, export --out FILE or expiring [--days N].</source>
        <translation>rental：請使用 list、export --out FILE 或 expiring [--days N]。</translation>
    </message>
</context>
<context>
    <name>MediationDialog</name>
    <message>
        <source>Edit mediation</source>
        <translation>編輯人民調解</translation>
    </message>
    <message>
        <source>New mediation</source>
        <translation>新建人民調解</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>受理日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>調解員(&amp;M)：</translation>
    </message>
    <message>
        <source>From case:</source>
        <translation>來源訴求：</translation>
    </message>
    <message>
        <source>Ma&amp;tter:</source>
        <translation>糾紛事項(&amp;T)：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>當事人：</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Add resi&amp;dent…</source>
        <translation>新增居民(&amp;D)…</translation>
    </message>
    <message>
        <source>Add o&amp;utside person</source>
        <translation>新增轄區外人員(&amp;U)</translation>
    </message>
    <message>
        <source>Remove &amp;party</source>
        <translation>移除當事人(&amp;P)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>調解記錄：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was said and done</source>
        <translation>調解經過</translation>
    </message>
    <message>
        <source>Add sess&amp;ion</source>
        <translation>新增調解記錄(&amp;I)</translation>
    </message>
    <message>
        <source>Remove sessio&amp;n</source>
        <translation>刪除調解記錄(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>調解協議(&amp;G)：</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Agreement &amp;was kept:</source>
        <translation>協議履行情況(&amp;W)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Choose parties</source>
        <translation>選擇當事人</translation>
    </message>
</context>
<context>
    <name>MediationListTab</name>
    <message>
        <source>Search matter, party or mediator…</source>
        <translation>搜尋糾紛事項、當事人或調解員…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已歸檔</translation>
    </message>
    <message>
        <source>mediations.xlsx</source>
        <translation>人民調解.xlsx</translation>
    </message>
    <message>
        <source>%1 mediations exported.</source>
        <translation>已匯出 %1 件人民調解。</translation>
    </message>
    <message>
        <source>The kinds of dispute are fixed.</source>
        <translation>糾紛類型是固定的。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>類型</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s)</source>
        <translation>
            <numerusform>%n 件人民調解</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to mediation</source>
        <translation>轉人民調解</translation>
    </message>
    <message>
        <source>This case is not one you may see.</source>
        <translation>您無權檢視該訴求。</translation>
    </message>
    <message>
        <source>Mediation saved.</source>
        <translation>人民調解已儲存。</translation>
    </message>
    <message>
        <source>Archive mediation</source>
        <translation>歸檔人民調解</translation>
    </message>
    <message>
        <source>Archive this mediation? It is kept in the records but no longer listed.</source>
        <translation>歸檔此調解？記錄仍會保留，但不再在列表中顯示。</translation>
    </message>
    <message>
        <source>Mediation archived.</source>
        <translation>人民調解已歸檔。</translation>
    </message>
    <message>
        <source>This mediation no longer exists.</source>
        <translation>該調解已不存在。</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>列印調解協議</translation>
    </message>
    <message>
        <source>Choose a mediation in the list first.</source>
        <translation>請先在列表中選擇一件調解。</translation>
    </message>
    <message>
        <source>mediation-agreement-%1.pdf</source>
        <translation>調解協議-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement written to %1.</source>
        <translation>調解協議已寫入 %1。</translation>
    </message>
    <message>
        <source>Writing the agreement…</source>
        <translation>正在生成調解協議書…</translation>
    </message>
    <message>
        <source>&amp;New mediation…</source>
        <translation>新建調解(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>編輯(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>歸檔(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>列印調解協議書(&amp;P)…</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>歸檔%1</translation>
    </message>
</context>
<context>
    <name>MediationSnapshot</name>
    <message>
        <source>the mediation “%1”</source>
        <translation>調解“%1”</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>MediationStore</name>
    <message>
        <source>Received on: enter the day the dispute was brought.</source>
        <translation>受理日期：請填寫糾紛提出的日期。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of dispute.</source>
        <translation>類型：請選擇糾紛類型。</translation>
    </message>
    <message>
        <source>Matter: say what the dispute is about.</source>
        <translation>糾紛事項：請說明糾紛內容。</translation>
    </message>
    <message>
        <source>Mediator: enter who mediates.</source>
        <translation>調解員：請填寫調解人。</translation>
    </message>
    <message>
        <source>Status: choose one.</source>
        <translation>狀態：請選擇一項。</translation>
    </message>
    <message>
        <source>Status: a mediation cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>狀態：調解不能從“%1”變為“%2”。</translation>
    </message>
    <message>
        <source>Agreement: enter what the parties agreed.</source>
        <translation>調解協議：請填寫當事人達成的協議內容。</translation>
    </message>
    <message>
        <source>Kept: a fulfilled agreement was kept.</source>
        <translation>履行情況：狀態為“協議已履行”時，須選擇“已履行”。</translation>
    </message>
    <message>
        <source>Party %1: choose applicant or respondent.</source>
        <translation>當事人 %1：請選擇申請人或被申請人。</translation>
    </message>
    <message>
        <source>Party %1: enter the name, or choose the resident.</source>
        <translation>當事人 %1：請填寫姓名，或選擇居民。</translation>
    </message>
    <message>
        <source>Party %1: ID number: %2</source>
        <translation>當事人 %1：身份證號：%2</translation>
    </message>
    <message>
        <source>Party %1: this resident is already a party.</source>
        <translation>當事人 %1：該居民已是當事人。</translation>
    </message>
    <message>
        <source>Parties: name at least one applicant and one respondent.</source>
        <translation>當事人：請至少列出一名申請人和一名被申請人。</translation>
    </message>
    <message>
        <source>Session %1: enter the date.</source>
        <translation>調解記錄 %1：請填寫日期。</translation>
    </message>
    <message>
        <source>Session %1: it cannot be before the day received.</source>
        <translation>調解記錄 %1：日期不能早於受理日期。</translation>
    </message>
    <message>
        <source>Session %1: enter what was said and done.</source>
        <translation>調解記錄 %1：請填寫調解經過。</translation>
    </message>
    <message>
        <source>Case: the case it came from no longer exists.</source>
        <translation>訴求：來源訴求已不存在。</translation>
    </message>
    <message>
        <source>This mediation no longer exists.</source>
        <translation>該調解已不存在。</translation>
    </message>
    <message>
        <source>Parties: a resident chosen is no longer in the register.</source>
        <translation>當事人：所選的某位居民已不在人口臺賬中。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The mediation could not be saved.</source>
        <translation>無法儲存該調解。</translation>
    </message>
    <message>
        <source>The mediation could not be saved; nothing was changed.</source>
        <translation>無法儲存該調解，未做任何更改。</translation>
    </message>
    <message>
        <source>The mediation could not be archived.</source>
        <translation>無法歸檔該調解。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between party names: the enumeration comma in Chinese</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>This mediation was changed by someone else since you opened it; please reopen it and make your change again.</source>
        <translation>這件調解在您開啟後已被他人修改，請重新開啟後再修改。</translation>
    </message>
    <message>
        <source>The mediation could not be taken out of the archive.</source>
        <translation>調解未能從歸檔中恢復。</translation>
    </message>
</context>
<context>
    <name>MediationTableModel</name>
    <message>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>糾紛事項</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>當事人</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>調解員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Agreement kept</source>
        <translation>協議已履行</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>From case</source>
        <translation>來源訴求</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>調解次數</translation>
    </message>
</context>
<context>
    <name>MediationTypes</name>
    <message>
        <source>Neighbours</source>
        <translation>鄰里糾紛</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭糾紛</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物業糾紛</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>房屋租賃糾紛</translation>
    </message>
    <message>
        <source>Labour services</source>
        <translation>勞務糾紛</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>調解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>達成協議</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>未達成協議</translation>
    </message>
    <message>
        <source>Agreement fulfilled</source>
        <translation>協議已履行</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申請人</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>居住證</translation>
    </message>
    <message>
        <source>Temporary residence</source>
        <translation>暫住登記</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>新建議事會議</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>議事會議</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>會議類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>網格 %1</translation>
    </message>
    <message>
        <source>Compound %1</source>
        <translation>小區 %1</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>範圍(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地點(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. adding a lift to building 3</source>
        <translation>例如：3 號樓加裝電梯</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>議題(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>Add to attendees</source>
        <translation>新增為參會人員</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Others present, not listed:</source>
        <translation>其他參會人數（未逐一登記）：</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>討論的訴求</translation>
    </message>
    <message>
        <source>Case number or words of its description…</source>
        <translation>訴求編號或描述中的文字…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source>Motions and votes</source>
        <translation>表決事項及表決結果</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>表決事項</translation>
    </message>
    <message>
        <source>For</source>
        <translation>贊成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反對</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>棄權</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Add &amp;motion</source>
        <translation>新增表決事項(&amp;M)</translation>
    </message>
    <message>
        <source>Remove motion</source>
        <translation>移除表決事項</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>落實任務</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>移除任務</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>%1 議事會議</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>參會人數：%1</translation>
    </message>
    <message>
        <source>What was proposed</source>
        <translation>表決內容</translation>
    </message>
    <message>
        <source>More votes than present</source>
        <translation>票數超過參會人數</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>需落實的事項</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Motion %1</source>
        <translation>表決事項 %1</translation>
    </message>
    <message>
        <source>Add ta&amp;sk</source>
        <translation>新增任務(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Date: enter the day the meeting was held.</source>
        <translation>日期：請輸入會議召開日期。</translation>
    </message>
    <message>
        <source>Topic: enter what the meeting discussed.</source>
        <translation>議題：請輸入會議討論的內容。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of meeting.</source>
        <translation>會議類型：請選擇會議類型。</translation>
    </message>
    <message>
        <source>Grid: a meeting is held for a grid or a compound, not both.</source>
        <translation>網格：會議只能面向一個網格或一個小區，不能同時選擇。</translation>
    </message>
    <message>
        <source>Grid: the chosen grid no longer exists.</source>
        <translation>網格：所選網格已不存在。</translation>
    </message>
    <message>
        <source>Compound: the chosen compound no longer exists.</source>
        <translation>小區：所選小區已不存在。</translation>
    </message>
    <message>
        <source>Others present: the head count cannot be negative.</source>
        <translation>其他參會人數：人數不能為負數。</translation>
    </message>
    <message>
        <source>Attendees: each resident can be listed only once.</source>
        <translation>參會人員：每位居民只能登記一次。</translation>
    </message>
    <message>
        <source>Cases: each case can be linked only once.</source>
        <translation>訴求：每件訴求只能關聯一次。</translation>
    </message>
    <message>
        <source>Motion %1: enter what was proposed.</source>
        <translation>表決事項 %1：請輸入表決內容。</translation>
    </message>
    <message>
        <source>Motion %1: %2</source>
        <translation>表決事項 %1：%2</translation>
    </message>
    <message>
        <source>Task %1: enter what is to be done.</source>
        <translation>任務 %1：請輸入需落實的事項。</translation>
    </message>
    <message>
        <source>Task %1: enter who is responsible.</source>
        <translation>任務 %1：請輸入責任人。</translation>
    </message>
    <message>
        <source>Task %1: enter the due date.</source>
        <translation>任務 %1：請輸入完成期限。</translation>
    </message>
    <message>
        <source>Task %1: the motion it follows no longer exists.</source>
        <translation>任務 %1：對應的表決事項已不存在。</translation>
    </message>
    <message>
        <source>Task %1: it cannot be done before the meeting.</source>
        <translation>任務 %1：完成日期不能早於會議日期。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請稍後重試。</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>該議事會議已不存在。</translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation>議事會議未能儲存。</translation>
    </message>
    <message>
        <source>The meeting&apos;s lists could not be saved; nothing was changed.</source>
        <translation>議事會議的名單和列表未能儲存，未做任何更改。</translation>
    </message>
    <message>
        <source>The meeting could not be saved; nothing was changed.</source>
        <translation>議事會議未能儲存，未做任何更改。</translation>
    </message>
    <message>
        <source>The meeting could not be archived.</source>
        <translation>議事會議未能歸檔。</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>該任務已不存在。</translation>
    </message>
    <message>
        <source>Done on: the task cannot be done before the meeting.</source>
        <translation>完成日期：任務完成日期不能早於會議日期。</translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation>任務未能儲存。</translation>
    </message>
    <message>
        <source>Name: enter the name of the kind of meeting.</source>
        <translation>名稱：請輸入會議類型名稱。</translation>
    </message>
    <message>
        <source>Name: there is already a kind called %1.</source>
        <translation>名稱：已有名為“%1”的會議類型。</translation>
    </message>
    <message>
        <source>The kind of meeting could not be saved.</source>
        <translation>會議類型未能儲存。</translation>
    </message>
    <message>
        <source>The kind of meeting could not be archived.</source>
        <translation>會議類型未能歸檔。</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>%1 of %2 carried</source>
        <translation>%2 項中通過 %1 項</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 項中完成 %1 項</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>會議類型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Grid or compound</source>
        <translation>網格或小區</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>表決事項</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>落實任務</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Community-wide and compounds</source>
        <translation>全社區及各小區</translation>
    </message>
    <message>
        <source>Search topic or place…</source>
        <translation>搜尋議題或地點…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已歸檔</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建議事會議…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>歸檔</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>列印會議紀要…</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>會議類型</translation>
    </message>
    <message>
        <source>Add kind…</source>
        <translation>新增類型…</translation>
    </message>
    <message>
        <source>Rename kind…</source>
        <translation>重新命名類型…</translation>
    </message>
    <message>
        <source>Archive kind…</source>
        <translation>歸檔類型…</translation>
    </message>
    <message>
        <source>meetings.xlsx</source>
        <translation>議事會議.xlsx</translation>
    </message>
    <message>
        <source>%1 meetings exported.</source>
        <translation>已匯出 %1 次議事會議。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 次議事會議</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>This month: &lt;b&gt;%1&lt;/b&gt; meeting(s) held, &lt;b&gt;%2&lt;/b&gt; decision(s) made; follow-up tasks: &lt;b&gt;%3&lt;/b&gt; done on time, &lt;b&gt;%4&lt;/b&gt; done late, &lt;b&gt;%5&lt;/b&gt; overdue, &lt;b&gt;%6&lt;/b&gt; not yet due.</source>
        <translation>本月：召開議事會議 &lt;b&gt;%1&lt;/b&gt; 次，形成決議 &lt;b&gt;%2&lt;/b&gt; 項；落實任務：按期完成 &lt;b&gt;%3&lt;/b&gt; 項，逾期完成 &lt;b&gt;%4&lt;/b&gt; 項，超期未完成 &lt;b&gt;%5&lt;/b&gt; 項，未到期 &lt;b&gt;%6&lt;/b&gt; 項。</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>議事會議已儲存。</translation>
    </message>
    <message>
        <source>Archive meeting</source>
        <translation>歸檔議事會議</translation>
    </message>
    <message>
        <source>Archive this meeting? It is kept in the records but no longer listed or counted.</source>
        <translation>歸檔該議事會議？記錄仍會保留，但不再列出或計入統計。</translation>
    </message>
    <message>
        <source>Meeting archived.</source>
        <translation>議事會議已歸檔。</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>該議事會議已不存在。</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>列印會議紀要</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>請先在列表中選擇一次議事會議。</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>會議紀要-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes written to %1.</source>
        <translation>會議紀要已儲存到 %1。</translation>
    </message>
    <message>
        <source>Add meeting kind</source>
        <translation>新增會議類型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Rename meeting kind</source>
        <translation>重新命名會議類型</translation>
    </message>
    <message>
        <source>Choose the kind in the list first.</source>
        <translation>請先在列表中選擇會議類型。</translation>
    </message>
    <message>
        <source>Archive meeting kind</source>
        <translation>歸檔會議類型</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Meetings of this kind keep it; new meetings cannot choose it.</source>
        <translation>歸檔“%1”？已有的此類會議保留該類型，新建會議不能再選擇它。</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>正在生成會議紀要…</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>Meeting minutes</source>
        <translation>會議紀要</translation>
    </message>
    <message>
        <source>%1 meeting minutes</source>
        <comment>community name</comment>
        <translation>%1居民議事會議紀要</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>網格：%1</translation>
    </message>
    <message>
        <source>Compound: %1</source>
        <translation>小區：%1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>參會人數：</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>No residents listed by name.</source>
        <translation>未逐一登記參會居民姓名。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between attendee names: the enumeration comma in Chinese</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Others present, not listed: %1</source>
        <translation>其他參會人數（未逐一登記）：%1</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>討論的訴求</translation>
    </message>
    <message>
        <source>Motions and votes</source>
        <translation>表決事項及表決結果</translation>
    </message>
    <message>
        <source>No motion was put to the vote.</source>
        <translation>本次會議未進行表決。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>表決事項</translation>
    </message>
    <message>
        <source>For</source>
        <translation>贊成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反對</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>棄權</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>表決結果</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>落實任務</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>記錄人：</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交辦</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>督辦</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Other grids (%1)</source>
        <translation>其他網格（%1）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理訴求</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>開展活動</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與人數</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志願服務時長</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民數</translation>
    </message>
    <message>
        <source>Residents 60+</source>
        <translation>60 歲以上居民</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>遷入</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>遷出</translation>
    </message>
    <message>
        <source>Births</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>月末超期</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>訴求編號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>訴求內容</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社區：%1</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>網格：%1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Register figures as of %1</source>
        <translation>人口臺賬資料截至 %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概況</translation>
    </message>
    <message>
        <source>Cases, events and volunteer hours by grid</source>
        <translation>各網格訴求、活動及志願服務時長</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>統計圖表</translation>
    </message>
    <message>
        <source>Cases received and resolved per grid</source>
        <translation>各網格訴求受理與辦結情況</translation>
    </message>
    <message>
        <source>Cases per month, last 12 months</source>
        <translation>近 12 個月每月訴求數</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Cases received by category</source>
        <translation>各類別受理訴求數</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>訴求數</translation>
    </message>
    <message>
        <source>Birthdays of the elderly next month (%1)</source>
        <translation>下月老年人生日（%1）</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>過生日人數</translation>
    </message>
    <message>
        <source>Aged 80+</source>
        <translation>80 歲以上</translation>
    </message>
    <message>
        <source>Aged 90+</source>
        <translation>90 歲以上</translation>
    </message>
    <message>
        <source>Aged 100+</source>
        <translation>100 歲以上</translation>
    </message>
    <message>
        <source>Milestone birthdays</source>
        <translation>整壽</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Per grid: %1</source>
        <translation>按網格：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Notable cases</source>
        <translation>重點訴求</translation>
    </message>
    <message>
        <source>No case this month was reopened, left a resident dissatisfied or ran past its deadline.</source>
        <translation>本月沒有重新辦理、居民不滿意或超過辦理時限的訴求。</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>製表人：%1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>審核人：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按網格</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf or .xlsx.</source>
        <translation>%1：檔名必須以 .pdf 或 .xlsx 結尾。</translation>
    </message>
    <message>
        <source>Visits, errands and deliberation by grid</source>
        <translation>各網格走訪、代辦和居民議事情況</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走訪戶數</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走訪覆蓋率</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>代辦</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>議事會議</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Grid work</source>
        <translation>網格工作</translation>
    </message>
    <message>
        <source>Decisions followed up</source>
        <translation>決議已落實</translation>
    </message>
    <message>
        <source>Coverage: households visited at least once this month of the households living in the grid. Decisions followed up: tasks from the meetings&apos; decisions that are done.</source>
        <translation>走訪覆蓋率：本月至少走訪過一次的戶數佔網格內居住戶數的比例。決議已落實：會議決議中已完成的落實任務數。</translation>
    </message>
    <message>
        <source>Other areas (%1)</source>
        <translation>其他片區（%1）</translation>
    </message>
    <message>
        <source>Area / grid</source>
        <translation>片區 / 網格</translation>
    </message>
    <message>
        <source>Cases, events and volunteer hours by area</source>
        <translation>各片區訴求、活動及志願服務時長</translation>
    </message>
    <message>
        <source>Visits, errands and deliberation by area</source>
        <translation>各片區走訪、代辦和居民議事情況</translation>
    </message>
    <message>
        <source>Cases received and resolved per area</source>
        <translation>各片區訴求受理與辦結情況</translation>
    </message>
    <message>
        <source>Per area: %1</source>
        <translation>按片區：%1</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>按片區</translation>
    </message>
    <message>
        <source>Grid work by area</source>
        <translation>網格工作（按片區）</translation>
    </message>
    <message>
        <source>Errands done this month by type:</source>
        <translation>本月按類型統計的代辦辦結數：</translation>
    </message>
    <message>
        <source>Errand type</source>
        <translation>代辦類型</translation>
    </message>
    <message>
        <source>Errands done</source>
        <translation>辦結數</translation>
    </message>
    <message>
        <source>Errands by type</source>
        <translation>代辦分類</translation>
    </message>
    <message>
        <source>Of those, resolved</source>
        <translation>其中已辦結</translation>
    </message>
    <message>
        <source>Resolved ÷ received</source>
        <translation>辦結率</translation>
    </message>
    <message>
        <source>Resolved this month (any month received)</source>
        <translation>本月辦結（不限受理月份）</translation>
    </message>
    <message>
        <source>Resolved ÷ received: of the cases received this month, the share resolved by its end (the column before it over the cases received). Resolved this month counts every case closed this month, including ones received earlier, so it can exceed the cases received. Satisfaction: follow-up visits this month with the resident satisfied or basically satisfied. Overdue: cases open at the end of the month past their deadline.</source>
        <translation>辦結率：本月受理的訴求中到月底已辦結的比例（前一列除以受理訴求數）。本月辦結統計本月辦結的全部訴求，包括此前受理的，因此可能超過受理訴求數。滿意度：本月回訪中居民滿意或基本滿意的比例。超期：月末仍未辦結且已超過辦理時限的訴求。</translation>
    </message>
    <message>
        <source>Events held per area</source>
        <translation>各片區開展活動數</translation>
    </message>
    <message>
        <source>Events held per grid</source>
        <translation>各網格開展活動數</translation>
    </message>
    <message>
        <source>Event participants per area</source>
        <translation>各片區活動參與人數</translation>
    </message>
    <message>
        <source>Event participants per grid</source>
        <translation>各網格活動參與人數</translation>
    </message>
    <message>
        <source>The street&apos;s communities compared</source>
        <translation>街道各社區對比</translation>
    </message>
    <message>
        <source>Cases, events and volunteer hours by community</source>
        <translation>各社區的訴求、活動和志願服務時長</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社區</translation>
    </message>
</context>
<context>
    <name>MonthlyReportCare</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期未回訪</translation>
    </message>
    <message>
        <source>Of those, severe</source>
        <translation>其中嚴重</translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation>已發放救助</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>救助類型</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>救助次數</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>Follow-ups and assistance by grid</source>
        <translation>各網格回訪與救助情況</translation>
    </message>
    <message>
        <source>Overdue follow-ups: households of the people the office follows (独居, 低保, 残疾, 社区矫正 and the other groups with a follow-up rule) not visited within their rhythm, as of %1.</source>
        <translation>逾期未回訪：截至 %1，本辦重點關注人員（獨居、低保、殘疾、社區矯正及其他設有回訪規則的人群）所在住戶未按規定週期走訪。</translation>
    </message>
    <message>
        <source>Assistance given this month by kind:</source>
        <translation>本月各類救助情況：</translation>
    </message>
    <message>
        <source>Follow-ups and assistance</source>
        <translation>回訪與救助</translation>
    </message>
    <message>
        <source>Assistance by kind</source>
        <translation>各類救助情況</translation>
    </message>
</context>
<context>
    <name>MonthlyReportLedgers</name>
    <message>
        <source>No grid</source>
        <translation>未劃網格</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Mediated</source>
        <translation>調解</translation>
    </message>
    <message>
        <source>Agreements reached</source>
        <translation>達成協議</translation>
    </message>
    <message>
        <source>Of those, kept</source>
        <translation>其中已履行</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>糾紛類型</translation>
    </message>
    <message>
        <source>Rented rooms</source>
        <translation>出租屋</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租戶</translation>
    </message>
    <message>
        <source>Permits expiring in 30 days</source>
        <translation>居住證 30 天內到期</translation>
    </message>
    <message>
        <source>Permits expired</source>
        <translation>居住證已過期</translation>
    </message>
    <message>
        <source>Mediation (人民调解) by grid</source>
        <translation>各網格人民調解情況</translation>
    </message>
    <message>
        <source>Received: disputes brought to the office this month. Mediated: those with a session held this month. Agreements reached this month, and of those the ones already kept.</source>
        <translation>受理：本月向社區反映的糾紛。調解：本月進行過調解的糾紛。達成協議：本月達成的協議，其中已履行的單獨列出。</translation>
    </message>
    <message>
        <source>Mediation this month by kind of dispute:</source>
        <translation>本月人民調解（按糾紛類型）：</translation>
    </message>
    <message>
        <source>Rented rooms (出租屋) by grid</source>
        <translation>各網格出租屋情況</translation>
    </message>
    <message>
        <source>Rooms and tenants living there as of %1; permits (居住证, 暂住) expired before that day or expiring within the 30 days after it.</source>
        <translation>截至 %1 的出租屋及在住租戶；居住證（含暫住證）在該日之前已過期或在其後 30 天內到期的情況。</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民調解</translation>
    </message>
    <message>
        <source>Mediation by kind</source>
        <translation>人民調解（按類型）</translation>
    </message>
</context>
<context>
    <name>MonthlyReportQuery</name>
    <message>
        <source>The month is not valid.</source>
        <translation>月份無效。</translation>
    </message>
    <message>
        <source>The report&apos;s figures could not be read from the database.</source>
        <translation>無法從資料庫讀取報表資料。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Community-wide / no grid</source>
        <translation>全社區 / 無網格</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重辦</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MotionVote</name>
    <message>
        <source>Votes: a count of votes cannot be negative.</source>
        <translation>票數：票數不能為負數。</translation>
    </message>
    <message numerus="yes">
        <source>Votes: %1 votes were cast but only %n attendee(s) were present.</source>
        <translation>
            <numerusform>票數：共投 %1 票，但到會僅 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>未表決</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3</source>
        <translation>贊成 %1，反對 %2，棄權 %3</translation>
    </message>
    <message>
        <source>Carried when more than half of the votes cast (abstentions count as cast) are for.</source>
        <translation>贊成票超過所投票數（棄權計入所投票數）的一半即為通過。</translation>
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
    <name>OfficeRules</name>
    <message>
        <source>Lock after: only an administrator may change the office&apos;s idle lock.</source>
        <translation>自動鎖定時間：只有管理員可以更改本辦公室的閒置鎖定設定。</translation>
    </message>
    <message>
        <source>Lock after: choose between 0 (never) and %1 minutes.</source>
        <translation>自動鎖定時間：請在 0（從不）到 %1 分鐘之間選擇。</translation>
    </message>
    <message>
        <source>Lock after: the setting could not be saved; please try again.</source>
        <translation>自動鎖定時間：設定未能儲存，請重試。</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁 / 共 %2 頁</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>%1 is filtered: right-click the header (or Alt+Down in the list) to change or clear the filter.</source>
        <translation>%1 已篩選：右鍵單擊列標題（或在列表中按 Alt+Down）可更改或清除篩選。</translation>
    </message>
</context>
<context>
    <name>PairActivityDialog</name>
    <message>
        <source>Pairing activity</source>
        <translation>結對幫扶記錄</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 與 %2</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>幫扶內容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PaperKeyIn</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>走訪表</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Sheet code %1: not a sheet code (a typo?); it has %2 characters and ends with its check character.</source>
        <translation>表碼 %1：不是有效的表碼（是否輸錯？）；表碼共 %2 位，最後一位為校驗位。</translation>
    </message>
    <message>
        <source>Sheet code %1: no sheet printed on this desk has this code.</source>
        <translation>表碼 %1：本機列印的表中沒有此表碼。</translation>
    </message>
    <message numerus="yes">
        <source>, %n keyed already</source>
        <translation>
            <numerusform>，其中 %n 行已錄入</numerusform>
        </translation>
    </message>
    <message>
        <source>Row code %1: not a row code (a typo?); a row code has %2 characters, the last being its check character.</source>
        <translation>行碼 %1：不是有效的行碼（是否輸錯？）；行碼共 %2 位，最後一位為校驗位。</translation>
    </message>
    <message>
        <source>Row code %1: on no sheet printed on this desk.</source>
        <translation>行碼 %1：不在本機列印的任何表上。</translation>
    </message>
    <message>
        <source>Row code %1: printed on sheet %2, not on sheet %3.</source>
        <translation>行碼 %1：印在表 %2 上，而不是表 %3 上。</translation>
    </message>
    <message>
        <source>Date: enter the day of the visits (not in the future).</source>
        <translation>日期：請填寫走訪日期（不能晚於今天）。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was recorded.</source>
        <translation>%1：%2 未記錄任何內容。</translation>
    </message>
    <message>
        <source>the sheet could not be updated.</source>
        <translation>無法更新該表。</translation>
    </message>
    <message>
        <source>the event no longer exists.</source>
        <translation>該活動已不存在。</translation>
    </message>
    <message>
        <source>Keyed from visit sheet %1</source>
        <translation>根據走訪表 %1 錄入</translation>
    </message>
    <message>
        <source>the database did not accept the change.</source>
        <translation>資料庫未接受此更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperKeyInDialog</name>
    <message>
        <source>Key in a returned sheet</source>
        <translation>錄入回收的紙質表</translation>
    </message>
    <message>
        <source>Type or scan the code at the top of the sheet</source>
        <translation>輸入或掃描表頂部的表碼</translation>
    </message>
    <message>
        <source>The codes of the ticked rows, separated by spaces or one a line</source>
        <translation>已勾選行的行碼，用空格分隔或每行一個</translation>
    </message>
    <message>
        <source>&amp;Sheet code:</source>
        <translation>表碼(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ticked rows:</source>
        <translation>已勾選行(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Day of the visits:</source>
        <translation>走訪日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>錄入(&amp;R)</translation>
    </message>
    <message>
        <source>Ticked rows: type the code of each row ticked on the sheet.</source>
        <translation>已勾選行：請輸入表上每個已勾選行的行碼。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recorded.</source>
        <translation>
            <numerusform>已錄入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had been keyed before and were skipped.</source>
        <translation>
            <numerusform>%n 行此前已錄入，已跳過。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSheetSaver</name>
    <message>
        <source>Save the sheet to key back</source>
        <translation>儲存待回錄的表格</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet to key back</source>
        <translation>待回錄表格</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1 with %n row(s) saved to %2; key the ticked rows back with Key back….</source>
        <translation>
            <numerusform>表格 %1（共 %n 行）已儲存到 %2；請用“回錄…”錄入已勾選的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>正在寫入表格…</translation>
    </message>
</context>
<context>
    <name>PaperSheetStore</name>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The sheet could not be prepared; nothing was printed.</source>
        <translation>無法準備該表，未列印任何內容。</translation>
    </message>
</context>
<context>
    <name>PaperSheets</name>
    <message>
        <source>There are no rows to print on this sheet.</source>
        <translation>此表沒有可列印的行。</translation>
    </message>
    <message>
        <source>Tick the code of each row done; key the ticks back under sheet %1.</source>
        <translation>每完成一行即勾選該行行碼；勾選結果請按表碼 %1 錄入。</translation>
    </message>
    <message>
        <source>Sheet code: %1</source>
        <translation>表碼：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>行碼</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>勾選</translation>
    </message>
    <message>
        <source>Event: it no longer exists or was cancelled.</source>
        <translation>活動：該活動已不存在或已取消。</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>簽到表：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Building: it does not exist or is outside your grids.</source>
        <translation>樓棟：該樓棟不存在或不在您負責的網格內。</translation>
    </message>
    <message>
        <source>Visit sheet: %1 %2</source>
        <translation>走訪表：%1 %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>unit-room</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Grid worker: __________   Date of the round: __________</source>
        <translation>網格員：__________   本輪走訪日期：__________</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房號</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Notes and needs</source>
        <translation>備註與需求</translation>
    </message>
    <message>
        <source>Rota %1 to %2</source>
        <translation>排班表 %1 至 %2</translation>
    </message>
    <message>
        <source>Tick those who served their shift.</source>
        <translation>請勾選已完成值班的人員。</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
</context>
<context>
    <name>PartyContactPanel</name>
    <message>
        <source>Grid:</source>
        <translation>網格：</translation>
    </message>
    <message>
        <source>Party-member households</source>
        <translation>黨員中心戶</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>黨員</translation>
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
        <source>Since</source>
        <translation>設立日期</translation>
    </message>
    <message>
        <source>&amp;End selected…</source>
        <translation>撤銷所選(&amp;E)…</translation>
    </message>
    <message>
        <source>Add from the register</source>
        <translation>從人口臺賬新增</translation>
    </message>
    <message>
        <source>Search the grid&apos;s residents by name, initials or ID…</source>
        <translation>按姓名、拼音首字母或身份證號搜尋本網格居民…</translation>
    </message>
    <message>
        <source>Add as &amp;party-member household</source>
        <translation>設為黨員中心戶(&amp;P)</translation>
    </message>
    <message>
        <source>Please choose a resident.</source>
        <translation>請選擇一位居民。</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已新增。</translation>
    </message>
    <message>
        <source>Party-member household added.</source>
        <translation>已新增黨員中心戶。</translation>
    </message>
    <message>
        <source>End party-member household</source>
        <translation>撤銷黨員中心戶</translation>
    </message>
    <message>
        <source>%1&apos;s household is no longer a party-member household? It stays in the records.</source>
        <translation>確定撤銷%1家的黨員中心戶？該戶記錄仍會保留。</translation>
    </message>
    <message>
        <source>Party-member household ended.</source>
        <translation>已撤銷黨員中心戶。</translation>
    </message>
</context>
<context>
    <name>PartyContactStore</name>
    <message>
        <source>Grid: choose an active grid.</source>
        <translation>網格：請選擇一個在用的網格。</translation>
    </message>
    <message>
        <source>Resident: choose a living resident with a household.</source>
        <translation>居民：請選擇一位在世且有所屬住戶的居民。</translation>
    </message>
    <message>
        <source>Resident: this household is already a party-member household.</source>
        <translation>居民：該戶已是黨員中心戶。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The party-member household could not be saved.</source>
        <translation>黨員中心戶未能儲存。</translation>
    </message>
    <message>
        <source>This party-member household no longer exists.</source>
        <translation>該黨員中心戶已不存在。</translation>
    </message>
    <message>
        <source>The party-member household could not be ended.</source>
        <translation>黨員中心戶未能撤銷。</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
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
    <name>PhoneNumber</name>
    <message>
        <source>Please enter the phone number.</source>
        <translation>請輸入電話號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a phone number.</source>
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
    <name>PlaceCli</name>
    <message>
        <source>community	%1	street	%2</source>
        <translation>社區	%1	街道	%2</translation>
    </message>
    <message>
        <source>compound	%1</source>
        <translation>小區	%1</translation>
    </message>
    <message>
        <source>building	%1	%2	grid %3	%4 units	%5 households</source>
        <translation>樓棟	%1	%2	網格 %3	%4 個單元	%5 戶</translation>
    </message>
    <message>
        <source>--compound: please name the compound.</source>
        <translation>--compound：請給出小區名稱。</translation>
    </message>
    <message>
        <source>--compound: there is no compound named %1.</source>
        <translation>--compound：沒有名為 %1 的小區。</translation>
    </message>
    <message>
        <source>--grid: there is no active grid with the code %1.</source>
        <translation>--grid：沒有編號為 %1 的在用網格。</translation>
    </message>
    <message>
        <source>--units: expected a whole number, got &quot;%1&quot;.</source>
        <translation>--units：應為整數，實際為“%1”。</translation>
    </message>
    <message>
        <source>Building %1 added to %2.</source>
        <translation>已在 %2 新增樓棟 %1。</translation>
    </message>
    <message>
        <source>place rename: there is no compound named %1.</source>
        <translation>place rename：沒有名為 %1 的小區。</translation>
    </message>
    <message>
        <source>Compound %1 renamed to %2.</source>
        <translation>小區 %1 已重新命名為 %2。</translation>
    </message>
    <message>
        <source>place rename: %1 has no building named %2.</source>
        <translation>place rename：%1 沒有名為 %2 的樓棟。</translation>
    </message>
    <message>
        <source>Building %1 renamed to %2.</source>
        <translation>樓棟 %1 已重新命名為 %2。</translation>
    </message>
    <message>
        <source>place merge: %1 has no building named %2.</source>
        <translation>place merge：%1 沒有名為 %2 的樓棟。</translation>
    </message>
    <message>
        <source>Building %1 merged into %2; its households moved.</source>
        <translation>樓棟 %1 已合併到 %2；其住戶已遷入。</translation>
    </message>
    <message>
        <source>Compound %1 added.</source>
        <translation>已新增小區 %1。</translation>
    </message>
    <message>
        <source>Community named %1 (%2).</source>
        <translation>社區已命名為 %1（%2）。</translation>
    </message>
    <message>
        <source>place merge: there is no compound named %1.</source>
        <translation>place merge：沒有名為 %1 的小區。</translation>
    </message>
    <message>
        <source>Compound %1 merged into %2; its buildings moved.</source>
        <translation>小區 %1 已合併到 %2；其樓棟已移入。</translation>
    </message>
    <message>
        <source>place: expected list, add compound NAME, add building NAME --compound NAME, rename building|compound OLD NEW, merge building FROM INTO --compound NAME or merge compound FROM INTO.</source>
        <translation>place：應為 list、add compound 名稱、add building 名稱 --compound 名稱、rename building|compound 原名稱 新名稱、merge building 源 目標 --compound 名稱 或 merge compound 源 目標。</translation>
    </message>
</context>
<context>
    <name>PlaceRoleStore</name>
    <message>
        <source>Building head</source>
        <translation>樓棟長</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>單元長</translation>
    </message>
    <message>
        <source>Three heads (floor, unit, building)</source>
        <translation>三長（樓層長、單元長、樓棟長）</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>業主委員會</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物業公司</translation>
    </message>
    <message>
        <source>Compound: choose the compound.</source>
        <translation>小區：請選擇小區。</translation>
    </message>
    <message>
        <source>Building: choose a building of the compound.</source>
        <translation>樓棟：請選擇該小區的樓棟。</translation>
    </message>
    <message>
        <source>Unit: choose the building the unit is in.</source>
        <translation>單元：請選擇該單元所在的樓棟。</translation>
    </message>
    <message>
        <source>Role: choose one.</source>
        <translation>職務：請選擇一項。</translation>
    </message>
    <message>
        <source>Resident: no longer in the register.</source>
        <translation>居民：已不在人口臺賬中。</translation>
    </message>
    <message>
        <source>Name: enter the contact&apos;s name, or choose the resident.</source>
        <translation>姓名：請填寫聯絡人姓名，或選擇居民。</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>無法儲存聯絡人。</translation>
    </message>
    <message>
        <source>The contact could not be saved; nothing was changed.</source>
        <translation>無法儲存聯絡人，未做任何更改。</translation>
    </message>
    <message>
        <source>This contact is no longer listed.</source>
        <translation>此聯絡人已不在列表中。</translation>
    </message>
    <message>
        <source>The contact could not be taken off.</source>
        <translation>無法移除聯絡人。</translation>
    </message>
</context>
<context>
    <name>PlaceRolesDialog</name>
    <message>
        <source>Contacts of the place</source>
        <translation>樓院聯絡人</translation>
    </message>
    <message>
        <source>The whole compound</source>
        <translation>整個小區</translation>
    </message>
    <message>
        <source>The whole building</source>
        <translation>整棟樓</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1單元</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>職務(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>新增聯絡人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Take off</source>
        <translation>移除(&amp;T)</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>請先在列表中選擇聯絡人。</translation>
    </message>
    <message>
        <source>Contact taken off.</source>
        <translation>已移除聯絡人。</translation>
    </message>
</context>
<context>
    <name>PlaceRolesListTab</name>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Search name, phone or compound…</source>
        <translation>檢索姓名、電話或小區…</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>網格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>檢索(&amp;H)</translation>
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
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>building-roles.xlsx</source>
        <translation>樓棟長三長.xlsx</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>列印(&amp;N)…</translation>
    </message>
    <message>
        <source>(whole compound)</source>
        <translation>（整個小區）</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source>Building roles</source>
        <translation>樓棟長/三長</translation>
    </message>
</context>
<context>
    <name>PlaceStore</name>
    <message>
        <source>Community: enter the community&apos;s name, e.g. 幸福社区.</source>
        <translation>社區：請輸入社區名稱，例如 幸福社區。</translation>
    </message>
    <message>
        <source>The community could not be saved.</source>
        <translation>社區未能儲存。</translation>
    </message>
    <message>
        <source>Compound: enter the compound&apos;s name, e.g. 幸福里.</source>
        <translation>小區：請輸入小區名稱，例如 幸福裡。</translation>
    </message>
    <message>
        <source>Community: name the community first.</source>
        <translation>社區：請先填寫社區名稱。</translation>
    </message>
    <message>
        <source>Compound: there is already a compound named %1.</source>
        <translation>小區：已有名為 %1 的小區。</translation>
    </message>
    <message>
        <source>The compound could not be saved.</source>
        <translation>小區未能儲存。</translation>
    </message>
    <message>
        <source>Compound: enter the compound&apos;s new name.</source>
        <translation>小區：請輸入小區的新名稱。</translation>
    </message>
    <message>
        <source>Compound: this compound no longer exists.</source>
        <translation>小區：此小區已不存在。</translation>
    </message>
    <message>
        <source>The compound could not be renamed.</source>
        <translation>小區未能重新命名。</translation>
    </message>
    <message>
        <source>Compound: choose the compound the building stands in.</source>
        <translation>小區：請選擇樓棟所在的小區。</translation>
    </message>
    <message>
        <source>Building: enter the building&apos;s name, e.g. 3号楼.</source>
        <translation>樓棟：請輸入樓棟名稱，例如 3號樓。</translation>
    </message>
    <message>
        <source>Building: this compound already has a building named %1.</source>
        <translation>樓棟：此小區已有名為 %1 的樓棟。</translation>
    </message>
    <message>
        <source>Grid: choose an active grid, or none.</source>
        <translation>所屬網格：請選擇一個在用網格，或不選。</translation>
    </message>
    <message>
        <source>Units: enter a number from 0 to 99.</source>
        <translation>單元數：請輸入 0 到 99 之間的數字。</translation>
    </message>
    <message>
        <source>The building could not be saved.</source>
        <translation>樓棟未能儲存。</translation>
    </message>
    <message>
        <source>Building: enter the building&apos;s new name.</source>
        <translation>樓棟：請輸入樓棟的新名稱。</translation>
    </message>
    <message>
        <source>Building: this building no longer exists.</source>
        <translation>樓棟：此樓棟已不存在。</translation>
    </message>
    <message>
        <source>The building could not be renamed.</source>
        <translation>樓棟未能重新命名。</translation>
    </message>
    <message>
        <source>Merge into: choose a different building.</source>
        <translation>合併到：請選擇另一棟樓。</translation>
    </message>
    <message>
        <source>Merge into: this building no longer exists.</source>
        <translation>合併到：此樓棟已不存在。</translation>
    </message>
    <message>
        <source>Merge into: choose a building of the same compound.</source>
        <translation>合併到：請選擇同一小區的樓棟。</translation>
    </message>
    <message>
        <source>The buildings could not be merged.</source>
        <translation>樓棟未能合併。</translation>
    </message>
    <message>
        <source>Merge into: choose a different compound.</source>
        <translation>合併到：請選擇另一個小區。</translation>
    </message>
    <message>
        <source>Merge into: this compound no longer exists.</source>
        <translation>合併到：此小區已不存在。</translation>
    </message>
    <message>
        <source>The compounds could not be merged.</source>
        <translation>小區未能合併。</translation>
    </message>
    <message>
        <source>Community: choose the community to rename first.</source>
        <translation>社區：請先選擇要重新命名的社區。</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>Name: please name the rule.</source>
        <translation>名稱：請填寫規則名稱。</translation>
    </message>
    <message>
        <source>Points per hour: please enter 0 to 1000.</source>
        <translation>每小時積分：請輸入 0 至 1000。</translation>
    </message>
    <message>
        <source>Valid from: please enter the first day the rule applies.</source>
        <translation>生效日期：請填寫規則開始適用的日期。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>無法儲存規則。</translation>
    </message>
    <message>
        <source>Name: please name the reward.</source>
        <translation>名稱：請填寫兌換物品名稱。</translation>
    </message>
    <message>
        <source>Points: a reward costs at least 1 point.</source>
        <translation>積分：兌換物品至少需要 1 積分。</translation>
    </message>
    <message>
        <source>The reward could not be saved.</source>
        <translation>無法儲存兌換物品。</translation>
    </message>
    <message>
        <source>Quantity: please enter at least 1.</source>
        <translation>數量：請輸入至少 1。</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>該志願者已不存在。</translation>
    </message>
    <message>
        <source>Reward: this reward is no longer offered.</source>
        <translation>兌換物品：該物品已不再提供兌換。</translation>
    </message>
    <message>
        <source>Points: please enter how many points to redeem.</source>
        <translation>積分：請填寫要兌換的積分。</translation>
    </message>
    <message>
        <source>Note: please say what the points were redeemed for.</source>
        <translation>備註：請註明積分兌換的用途。</translation>
    </message>
    <message>
        <source>Points: %1 points needed, but the balance is only %2.</source>
        <translation>積分：需要 %1 積分，但積分餘額僅為 %2。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The redemption could not be saved.</source>
        <translation>無法儲存兌換記錄。</translation>
    </message>
    <message>
        <source>The redemption could not be saved; nothing was changed.</source>
        <translation>無法儲存兌換記錄，未做任何更改。</translation>
    </message>
    <message>
        <source>Points: please enter the points to grant.</source>
        <translation>積分：請填寫要發放的積分。</translation>
    </message>
    <message>
        <source>Note: please say why the points are granted.</source>
        <translation>備註：請註明發放積分的原因。</translation>
    </message>
    <message>
        <source>The points could not be saved.</source>
        <translation>無法儲存積分。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驅動器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RecordRevision</name>
    <message>
        <source>%1 was changed again since; it was left as it is now.</source>
        <translation>%1 此後又被修改過，已保持現狀。</translation>
    </message>
    <message>
        <source>%1 can no longer be found.</source>
        <translation>已找不到 %1。</translation>
    </message>
    <message>
        <source>%1 could not be saved; nothing was changed.</source>
        <translation>%1 未能儲存，未做任何改動。</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>積分兌換</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>志願者：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>積分餘額：</translation>
    </message>
    <message>
        <source>Other (points and note)</source>
        <translation>其他（積分和備註）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1（%n 積分）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>獎品(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>積分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RegisterDiff</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The register could not be compared with the file.</source>
        <translation>無法將臺賬與檔案比對。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>檔案中的行號</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>RegisterEmptyState</name>
    <message>
        <source>&amp;Set up the community…</source>
        <translation>社區建檔(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>匯入臺賬(&amp;I)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No household yet&lt;/h2&gt;&lt;p&gt;The community&apos;s compounds and buildings are set up. Add the first household with New household (Ctrl+N), add more places, or import the office&apos;s register (台账) from an Excel or CSV file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;還沒有住戶&lt;/h2&gt;&lt;p&gt;社區的小區和樓棟已經建好。可用“新建住戶”（Ctrl+N）新增第一戶，繼續新增小區樓棟，或從 Excel、CSV 檔案匯入本辦公室的臺賬。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is empty&lt;/h2&gt;&lt;p&gt;Start by setting up the community: name the street and the community, then add its grids, compounds and buildings. Or import the office&apos;s register (台账) from an Excel or CSV file; grids, compounds and buildings are created from it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;臺賬還是空的&lt;/h2&gt;&lt;p&gt;請先為社區建檔：填寫街道和社區名稱，再新增網格、小區和樓棟。也可以從 Excel 或 CSV 檔案匯入本辦公室的臺賬，網格、小區和樓棟會隨之建立。&lt;/p&gt;</translation>
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
        <translation>戶籍類型(&amp;S)</translation>
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
        <translation>%1 遷出本社區。記錄將連同日期保留。</translation>
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
        <translation>%1 重新在本社區居住。</translation>
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
    <message>
        <source>residents.xlsx</source>
        <translation>居民名單.xlsx</translation>
    </message>
    <message>
        <source>%1 residents exported.</source>
        <translation>已匯出 %1 名居民。</translation>
    </message>
    <message>
        <source>&amp;Set up the community…</source>
        <translation>社區建檔(&amp;S)…</translation>
    </message>
    <message>
        <source>Community set-up saved.</source>
        <translation>社區建檔已儲存。</translation>
    </message>
    <message>
        <source>&amp;Filter %1…</source>
        <translation>篩選%1(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear the filter of %1</source>
        <translation>清除%1的篩選(&amp;C)</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1 所在住戶</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen resident(s)</source>
        <translation>
            <numerusform>已選 %n 名居民</numerusform>
        </translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>樓棟：%1</translation>
    </message>
    <message>
        <source>Manage &amp;tags…</source>
        <translation>管理標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>疑似重複(&amp;D)…</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>標籤已儲存。</translation>
    </message>
    <message>
        <source>move %1 to another household</source>
        <translation>將 %1 移至其他住戶</translation>
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
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已合併到 %1</translation>
    </message>
</context>
<context>
    <name>RentalDialog</name>
    <message>
        <source>Edit rented room</source>
        <translation>編輯出租屋</translation>
    </message>
    <message>
        <source>New rented room</source>
        <translation>新建出租屋</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選擇</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>An outside person</source>
        <translation>非轄區人員</translation>
    </message>
    <message>
        <source>From the &amp;register…</source>
        <translation>從人口臺賬選擇(&amp;R)…</translation>
    </message>
    <message>
        <source>Landlord:</source>
        <translation>房東：</translation>
    </message>
    <message>
        <source>Landlord&apos;s &amp;name:</source>
        <translation>房東姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Landlord&apos;s &amp;phone:</source>
        <translation>房東電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Landlord&apos;s &amp;ID number:</source>
        <translation>房東身份證號(&amp;I)：</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>租戶：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租戶</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>Add &amp;tenant…</source>
        <translation>新增租戶(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>移除租戶</translation>
    </message>
    <message>
        <source>Tenant &amp;left…</source>
        <translation>租戶退租(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose a resident of the room</source>
        <translation>選擇該出租屋的居民</translation>
    </message>
    <message>
        <source>Choose the landlord</source>
        <translation>選擇房東</translation>
    </message>
    <message>
        <source>Choose tenants</source>
        <translation>選擇租戶</translation>
    </message>
    <message>
        <source>Choose a saved tenant in the list first.</source>
        <translation>請先在列表中選擇已儲存的租戶。</translation>
    </message>
    <message>
        <source>Tenant left</source>
        <translation>租戶退租</translation>
    </message>
    <message>
        <source>%1 moved out on (YYYY-MM-DD):</source>
        <translation>%1 的遷出日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>%1 is recorded as moved out.</source>
        <translation>已記錄 %1 遷出。</translation>
    </message>
</context>
<context>
    <name>RentalListTab</name>
    <message>
        <source>Rooms</source>
        <translation>出租屋</translation>
    </message>
    <message>
        <source>Permits expiring within</source>
        <translation>證件到期時間在</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天內</translation>
    </message>
    <message>
        <source>Search address, landlord or tenant…</source>
        <translation>搜尋地址、房東或租戶…</translation>
    </message>
    <message>
        <source>New rented room…</source>
        <translation>新建出租屋…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>歸檔</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>rented-rooms.xlsx</source>
        <translation>出租屋.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>已匯出 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n 名租戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rented room(s)</source>
        <translation>
            <numerusform>%n 間出租屋</numerusform>
        </translation>
    </message>
    <message>
        <source>Rented room saved.</source>
        <translation>出租屋已儲存。</translation>
    </message>
    <message>
        <source>Archive rented room</source>
        <translation>歸檔出租屋</translation>
    </message>
    <message>
        <source>Archive this rented room? It is kept in the records but no longer listed.</source>
        <translation>歸檔此出租屋？歸檔後仍保留記錄，但不再顯示在列表中。</translation>
    </message>
    <message>
        <source>Rented room archived.</source>
        <translation>出租屋已歸檔。</translation>
    </message>
    <message>
        <source>Permits expiring</source>
        <translation>證件即將到期</translation>
    </message>
    <message>
        <source>Rented rooms</source>
        <translation>出租屋</translation>
    </message>
</context>
<context>
    <name>RentalStore</name>
    <message>
        <source>Address: choose the household of the rented room.</source>
        <translation>地址：請選擇出租屋所在的住戶。</translation>
    </message>
    <message>
        <source>Landlord: enter the name, or choose the resident.</source>
        <translation>房東：請填寫姓名，或選擇居民。</translation>
    </message>
    <message>
        <source>Landlord&apos;s ID number: %1</source>
        <translation>房東身份證號：%1</translation>
    </message>
    <message>
        <source>Tenant %1: choose the resident from the register.</source>
        <translation>租戶 %1：請從人口臺賬中選擇居民。</translation>
    </message>
    <message>
        <source>Tenant %1: choose the kind of permit.</source>
        <translation>租戶 %1：請選擇證件類型。</translation>
    </message>
    <message>
        <source>Tenant %1: enter the day the permit expires.</source>
        <translation>租戶 %1：請填寫證件到期日期。</translation>
    </message>
    <message>
        <source>Tenant %1: the permit cannot expire before it starts.</source>
        <translation>租戶 %1：證件到期日期不能早於起始日期。</translation>
    </message>
    <message>
        <source>Tenant %1: this resident is already a tenant.</source>
        <translation>租戶 %1：該居民已是租戶。</translation>
    </message>
    <message>
        <source>This rented room no longer exists.</source>
        <translation>此出租屋已不存在。</translation>
    </message>
    <message>
        <source>Landlord: the resident is no longer in the register.</source>
        <translation>房東：該居民已不在人口臺賬中。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The rented room could not be saved.</source>
        <translation>無法儲存出租屋。</translation>
    </message>
    <message>
        <source>The rented room could not be saved; nothing was changed.</source>
        <translation>無法儲存出租屋，未做任何更改。</translation>
    </message>
    <message>
        <source>The rented room could not be archived.</source>
        <translation>無法歸檔出租屋。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between tenant names: the enumeration comma in Chinese</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>This tenant is no longer listed.</source>
        <translation>此租戶已不在列表中。</translation>
    </message>
    <message>
        <source>This tenant has already left.</source>
        <translation>此租戶已退租。</translation>
    </message>
    <message>
        <source>Date: the tenant cannot leave before the permit starts.</source>
        <translation>日期：退租日期不能早於證件起始日期。</translation>
    </message>
    <message>
        <source>Left the rented room.</source>
        <translation>已從出租屋退租。</translation>
    </message>
    <message>
        <source>The move-out could not be saved; nothing was changed.</source>
        <translation>無法儲存退租記錄，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>RentalTableModel</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>已過期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租戶</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>房東</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租戶</translation>
    </message>
    <message>
        <source>Tenants living there</source>
        <translation>在住租戶</translation>
    </message>
    <message>
        <source>Next permit expiry</source>
        <translation>最近證件到期日</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>report: expected a month as YYYY-MM, got &quot;%1&quot;.</source>
        <translation>report：月份格式應為 YYYY-MM，實際為“%1”。</translation>
    </message>
    <message>
        <source>report: please give the file to write with --out FILE.pdf or --out FILE.xlsx.</source>
        <translation>report：請用 --out 檔案.pdf 或 --out 檔案.xlsx 指定要寫入的檔案。</translation>
    </message>
    <message>
        <source>report: there is no grid &quot;%1&quot;.</source>
        <translation>report：沒有網格“%1”。</translation>
    </message>
    <message>
        <source>report: --by-area sums the whole community&apos;s grids; leave out --grid.</source>
        <translation>report：--by-area 用於彙總全社區的網格，請不要同時使用 --grid。</translation>
    </message>
    <message>
        <source>report: the community has no areas yet, so the report is by grid.</source>
        <translation>report：本社區尚未劃分片區，報表按網格統計。</translation>
    </message>
    <message>
        <source>report: --grid: &quot;%1&quot; is not one of your grids.</source>
        <translation>report：--grid：“%1”不是您負責的網格。</translation>
    </message>
    <message>
        <source>%1: %2 cases received, %3 of them resolved (%4), %5 resolved this month in all, %6 overdue, %7 events; written to %8 in %9 ms.</source>
        <translation>%1：受理訴求 %2 件，其中已辦結 %3 件（%4），本月共辦結 %5 件，超期 %6 件，開展活動 %7 場；已寫入 %8，用時 %9 毫秒。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>網格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>匯出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>Report prepared in %1 ms.</source>
        <translation>報表生成用時 %1 毫秒。</translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation>列印月度工作報表</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>匯出月度工作報表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>By &amp;area</source>
        <translation>按片區(&amp;A)</translation>
    </message>
    <message>
        <source>Sum the grids&apos; figures per area, each area followed by its grids.</source>
        <translation>按片區彙總各網格的數字，每個片區下列出其網格。</translation>
    </message>
    <message>
        <source>All my grids</source>
        <translation>我負責的全部網格</translation>
    </message>
    <message>
        <source>%1: %2 cases received, %3 of them resolved (%4), %5 resolved this month in all, %6 events. %7 pages.</source>
        <translation>%1：受理訴求 %2 件，其中已辦結 %3 件（%4），本月共辦結 %5 件，開展活動 %6 場。共 %7 頁。</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月度工作報表…</translation>
    </message>
    <message>
        <source>The monthly report was saved as
%1</source>
        <translation>月度工作報表已儲存為
%1</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>匯出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Whole street</source>
        <translation>全街道</translation>
    </message>
</context>
<context>
    <name>ReportTemplate</name>
    <message>
        <source>%1 Monthly Work Report, %2</source>
        <translation>%1月度工作報表（%2）</translation>
    </message>
</context>
<context>
    <name>ReportTemplateDialog</name>
    <message>
        <source>Monthly report template</source>
        <translation>月度工作報表模板</translation>
    </message>
    <message>
        <source>%1 is replaced by the community, %2 by the month.</source>
        <translation>%1 將替換為社區名稱，%2 將替換為月份。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副標題(&amp;S)：</translation>
    </message>
    <message>
        <source>Lines on the &amp;left:</source>
        <translation>左側內容行(&amp;L)：</translation>
    </message>
    <message>
        <source>Lines on the &amp;right:</source>
        <translation>右側內容行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>製表人(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;viewed by:</source>
        <translation>審核人(&amp;V)：</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>概況資料</translation>
    </message>
    <message>
        <source>Table by grid</source>
        <translation>分網格統計表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>統計圖表</translation>
    </message>
    <message>
        <source>Next month&apos;s birthdays</source>
        <translation>下月生日居民</translation>
    </message>
    <message>
        <source>Notable cases</source>
        <translation>重點訴求</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>報表內容：</translation>
    </message>
    <message>
        <source>Visits, errands and deliberation by grid</source>
        <translation>各網格走訪、代辦和居民議事情況</translation>
    </message>
    <message>
        <source>Sum the grids per area, each area followed by its grids</source>
        <translation>按片區彙總各網格，每個片區下列出其網格</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>片區：</translation>
    </message>
</context>
<context>
    <name>ResidentChoiceDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ResidentCli</name>
    <message numerus="yes">
        <source>%n pair(s) of residents may be one person.</source>
        <translation>
            <numerusform>有 %n 對居民可能是同一人。</numerusform>
        </translation>
    </message>
    <message>
        <source>resident merge: KEEP and OTHER are resident numbers, as `resident duplicates` lists them.</source>
        <translation>resident merge：KEEP 和 OTHER 為居民編號，即 `resident duplicates` 列出的編號。</translation>
    </message>
    <message>
        <source>Resident %1 merged into %2 (merge %3; undo with `resident unmerge %3`).</source>
        <translation>居民 %1 已合併到 %2（合併編號 %3；可用 `resident unmerge %3` 撤銷）。</translation>
    </message>
    <message>
        <source>resident unmerge: MERGE_ID is the number `resident merge` printed.</source>
        <translation>resident unmerge：MERGE_ID 為 `resident merge` 輸出的編號。</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>合併 %1 已撤銷。</translation>
    </message>
    <message>
        <source>resident died: ID is a resident number and DATE the date of death (YYYY-MM-DD).</source>
        <translation>resident died：ID 為居民編號，DATE 為死亡日期（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <source>Death of resident %1 recorded on %2; %n shift(s) taken off the rota.</source>
        <translation>
            <numerusform>已登記居民 %1 死亡（%2）；%n 個班次已從排班表中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>resident: use `resident duplicates`, `resident merge KEEP OTHER`, `resident unmerge MERGE_ID` or `resident died ID YYYY-MM-DD [NOTE]`.</source>
        <translation>resident：請使用 `resident duplicates`、`resident merge KEEP OTHER`、`resident unmerge MERGE_ID` 或 `resident died ID YYYY-MM-DD [NOTE]`。</translation>
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
    <message>
        <source>Move out withdrawn</source>
        <translation>已撤回遷出</translation>
    </message>
    <message>
        <source>Death withdrawn</source>
        <translation>已撤回死亡登記</translation>
    </message>
    <message>
        <source>Move back withdrawn</source>
        <translation>已撤回遷回</translation>
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
    <message>
        <source>Other fields</source>
        <translation>其他欄位</translation>
    </message>
    <message>
        <source>Tags with &amp;dates and attributes…</source>
        <translation>標籤及日期、屬性(&amp;D)…</translation>
    </message>
    <message>
        <source>The resident could not be saved; nothing was changed.</source>
        <translation>居民未能儲存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <source>The register could not be counted; no file was written.</source>
        <translation>無法統計臺賬人數；未寫入檔案。</translation>
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
        <translation>戶籍類型(&amp;S)</translation>
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
    <name>ResidentImporter</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>無法讀取該檔案。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>The database is busy (another CommunityDesk may be saving); please try again.</source>
        <translation>資料庫正忙（可能有另一個社區工作臺正在儲存），請重試。</translation>
    </message>
    <message>
        <source>Row %1 could not be written; nothing was imported.</source>
        <translation>第 %1 行無法寫入，未匯入任何資料。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未匯入任何資料。</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported.</source>
        <translation>匯入結果無法儲存，未匯入任何資料。</translation>
    </message>
    <message>
        <source>ID number: the same number is in row %1.</source>
        <translation>身份證號：與第 %1 行重複。</translation>
    </message>
    <message>
        <source>ID number: already registered; this import does not update people.</source>
        <translation>身份證號：已登記；本次匯入不更新人員資訊。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>檔案中的行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Row %1 is empty or beyond the end of the file; it cannot be the header.</source>
        <translation>第 %1 行為空或超出檔案末尾，不能作為表頭。</translation>
    </message>
    <message>
        <source>No column for: %1. Please name the columns in the header row or map them.</source>
        <translation>缺少以下列：%1。請在表頭行中寫明列名，或手動對應。</translation>
    </message>
    <message>
        <source>Not a person: a footer row (totals, signatures).</source>
        <translation>不是居民：表尾行（合計、簽名）。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header row has %2 columns.</source>
        <translation>此行有 %1 個單元格，但表頭行只有 %2 列。</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新標籤</translation>
    </message>
    <message>
        <source>Not known (rows rejected)</source>
        <translation>無法識別（這些行未匯入）</translation>
    </message>
    <message>
        <source>Name: this ID number is registered to %1, but this row names %2; correct the file or the register (an import never renames a person).</source>
        <translation>姓名：此身份證號在臺賬中登記的是 %1，而此行寫的是 %2；請更正檔案或臺賬（匯入不會更改任何人的姓名）。</translation>
    </message>
    <message>
        <source>Household number: %1 is at another address earlier in the file; one household lives at one address.</source>
        <translation>戶號：%1 在檔案前面出現在另一個地址；一戶只能住在一個地址。</translation>
    </message>
    <message>
        <source>Grid: the file puts building %1 of %2 in more than one grid (%3); a building belongs to one grid.</source>
        <translation>所屬網格：檔案把 %2 的 %1 劃入了多個網格（%3）；一棟樓只屬於一個網格。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 already has its head in row %2.</source>
        <translation>與戶主關係：戶 %1 的戶主已在第 %2 行。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 already has a head.</source>
        <translation>與戶主關係：戶 %1 已有戶主。</translation>
    </message>
    <message>
        <source>Relation to head: %1, but no head of household is listed above this row at this address; list the head first, or give the household number (户号).</source>
        <translation>與戶主關係：%1，但此地址在本行之上沒有列出戶主；請先列出戶主，或填寫戶號。</translation>
    </message>
    <message>
        <source>Grid: building %1 of %2 is in grid %3, but this row says %4; move the building in Grids first if it changed.</source>
        <translation>所屬網格：%2 的 %1 屬於網格 %3，而此行寫的是 %4；如有變動，請先在“網格”中調整該樓棟。</translation>
    </message>
    <message>
        <source>Only an administrator or a clerk may import a register; nothing was imported.</source>
        <translation>只有管理員或工作人員可以匯入臺賬；未匯入任何資料。</translation>
    </message>
    <message>
        <source>ID number: the same person is on sheet %1, row %2.</source>
        <translation>身份證號：同一人已在工作表 %1 第 %2 行。</translation>
    </message>
    <message>
        <source>Community: choose the one community to import into; nothing was imported.</source>
        <translation>社區：請選擇一個要匯入的社區；未匯入任何內容。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1: the column could not be kept as a custom field (%2); nothing was imported.</source>
        <translation>%1：該列未能保留為自定義欄位（%2），未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>ResidentMerger</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>戶籍類型</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>One of these residents no longer exists.</source>
        <translation>其中一位居民已不存在。</translation>
    </message>
    <message>
        <source>Please choose two different residents to merge.</source>
        <translation>請選擇兩位不同的居民進行合併。</translation>
    </message>
    <message>
        <source>%1 has already been merged into another record.</source>
        <translation>%1 已被合併到另一條記錄。</translation>
    </message>
    <message>
        <source>Name: the merged record needs a name.</source>
        <translation>姓名：合併後的記錄需要填寫姓名。</translation>
    </message>
    <message>
        <source>ID number: %1 is already registered to another resident.</source>
        <translation>身份證號：%1 已登記給另一位居民。</translation>
    </message>
    <message>
        <source>The merge could not be saved; nothing was changed.</source>
        <translation>無法儲存合併，未做任何更改。</translation>
    </message>
    <message>
        <source>The merge could not be saved; someone may have changed one of these records.</source>
        <translation>無法儲存合併，可能有人修改了其中的記錄。</translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation>合併 %1 不存在。</translation>
    </message>
    <message>
        <source>Merge %1 has already been undone.</source>
        <translation>合併 %1 已撤銷過。</translation>
    </message>
    <message>
        <source>%1 has since been merged into another record; undo that merge first.</source>
        <translation>%1 此後已被合併到另一條記錄，請先撤銷那次合併。</translation>
    </message>
    <message>
        <source>%1 is no longer marked as merged; nothing was changed.</source>
        <translation>%1 已不再標記為已合併，未做任何更改。</translation>
    </message>
    <message>
        <source>The undo could not be saved; nothing was changed.</source>
        <translation>無法儲存撤銷，未做任何更改。</translation>
    </message>
    <message>
        <source>The undo could not be saved; someone may have changed one of these records.</source>
        <translation>無法儲存撤銷，可能有人修改了其中的記錄。</translation>
    </message>
</context>
<context>
    <name>ResidentPickerDialog</name>
    <message>
        <source>Make a resident a volunteer</source>
        <translation>將居民登記為志願者</translation>
    </message>
    <message>
        <source>Search the register: name, initials, ID or phone</source>
        <translation>搜尋人口臺賬：姓名、拼音首字母、身份證號或電話</translation>
    </message>
    <message>
        <source>Make volunteer</source>
        <translation>登記為志願者</translation>
    </message>
    <message>
        <source>Please choose a resident.</source>
        <translation>請選擇一位居民。</translation>
    </message>
</context>
<context>
    <name>ResidentSnapshot</name>
    <message>
        <source>Undo or redo (Edit menu)</source>
        <translation>撤銷或重做（編輯選單）</translation>
    </message>
    <message>
        <source>add resident %1</source>
        <translation>新增居民 %1</translation>
    </message>
    <message>
        <source>edit resident %1</source>
        <translation>編輯居民 %1</translation>
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
        <translation>戶籍類型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1 is filtered: right-click the header to change or clear the filter.</source>
        <translation>%1 已篩選：右鍵單擊列標題可更改或清除篩選。</translation>
    </message>
</context>
<context>
    <name>ResidentTags</name>
    <message>
        <source>This resident no longer exists.</source>
        <translation>此居民已不存在。</translation>
    </message>
    <message>
        <source>%1: this tag has no such attribute.</source>
        <translation>%1：此標籤沒有該屬性。</translation>
    </message>
    <message>
        <source>Tag: choose a tag in use.</source>
        <translation>標籤：請選擇一個在用的標籤。</translation>
    </message>
    <message>
        <source>Start date: please enter when %1 began.</source>
        <translation>開始日期：請填寫 %1 的開始日期。</translation>
    </message>
    <message>
        <source>Start date: %1 cannot begin after today.</source>
        <translation>開始日期：%1 的開始日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Tag: the resident already has %1; change its values or end it first.</source>
        <translation>標籤：該居民已有 %1；請修改其屬性值，或先結束該標籤。</translation>
    </message>
    <message>
        <source>Start date: %1 last ended on %2; a new period starts on or after that day.</source>
        <translation>開始日期：%1 上次結束於 %2；新的時段須從當天或之後開始。</translation>
    </message>
    <message>
        <source>%1 could not be saved; nothing was changed.</source>
        <translation>無法儲存 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>Tag: the resident does not have this tag now.</source>
        <translation>標籤：該居民當前沒有此標籤。</translation>
    </message>
    <message>
        <source>End date: please enter when %1 ended.</source>
        <translation>結束日期：請填寫 %1 的結束日期。</translation>
    </message>
    <message>
        <source>End date: %1 cannot end after today.</source>
        <translation>結束日期：%1 的結束日期不能晚於今天。</translation>
    </message>
    <message>
        <source>End date: %1 began on %2; it cannot end before.</source>
        <translation>結束日期：%1 開始於 %2，結束日期不能早於該日。</translation>
    </message>
    <message>
        <source>%1 could not be ended; nothing was changed.</source>
        <translation>無法結束 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>The tag&apos;s values could not be saved; nothing was changed.</source>
        <translation>無法儲存標籤的屬性值，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ResidentTagsDialog</name>
    <message>
        <source>Tags and their history</source>
        <translation>標籤及其歷史</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>開始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation>結束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Save &amp;values</source>
        <translation>儲存屬性值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;End the tag</source>
        <translation>結束標籤(&amp;E)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>%1: %2 – %3 %4</source>
        <translation>%1：%2 – %3 %4</translation>
    </message>
    <message>
        <source>%1 given from %2.</source>
        <translation>已新增 %1，自 %2 起。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已儲存。</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 已於 %2 結束。</translation>
    </message>
    <message>
        <source>&amp;Give the tag</source>
        <translation>新增標籤(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ResidentValidator</name>
    <message>
        <source>Name: please enter the resident&apos;s name.</source>
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
        <translation>戶籍類型：請選擇。</translation>
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
    <name>RevisionCommand</name>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>無法撤銷“%1”：%2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>無法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>RosterConflicts</name>
    <message>
        <source>%1 is not active (%2).</source>
        <translation>%1 不在服務狀態（%2）。</translation>
    </message>
    <message>
        <source>%1 is already on %2 %3–%4.</source>
        <translation>%1 已排在 %2 %3–%4 的班次。</translation>
    </message>
    <message>
        <source>%1 is not available at this time.</source>
        <translation>%1 在此時間段不可服務。</translation>
    </message>
</context>
<context>
    <name>RosterStore</name>
    <message>
        <source>Name: please enter the post&apos;s name.</source>
        <translation>名稱：請填寫崗位名稱。</translation>
    </message>
    <message>
        <source>Needed: a post needs 1 to 99 volunteers.</source>
        <translation>所需人數：每個崗位需要 1 至 99 名志願者。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>The post could not be saved.</source>
        <translation>無法儲存崗位。</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>該崗位已不存在。</translation>
    </message>
    <message>
        <source>Needed: a shift needs 1 to 99 volunteers.</source>
        <translation>所需人數：每個班次需要 1 至 99 名志願者。</translation>
    </message>
    <message>
        <source>Post: please choose a post.</source>
        <translation>崗位：請選擇崗位。</translation>
    </message>
    <message>
        <source>The shifts could not be made.</source>
        <translation>無法生成班次。</translation>
    </message>
    <message>
        <source>Time: the shift must end after it starts.</source>
        <translation>時間：班次結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <source>The shift could not be saved.</source>
        <translation>無法儲存班次。</translation>
    </message>
    <message>
        <source>This shift no longer exists or is already cancelled.</source>
        <translation>該班次已不存在或已取消。</translation>
    </message>
    <message>
        <source>The shift could not be cancelled.</source>
        <translation>無法取消班次。</translation>
    </message>
    <message>
        <source>Shift: this shift no longer exists or was cancelled.</source>
        <translation>班次：該班次已不存在或已取消。</translation>
    </message>
    <message>
        <source>Volunteer: %1 is already on this shift.</source>
        <translation>志願者：%1 已在此班次中。</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>志願者：%1</translation>
    </message>
    <message>
        <source>The assignment could not be saved.</source>
        <translation>無法儲存排班。</translation>
    </message>
    <message>
        <source>The assignment could not be saved; nothing was changed.</source>
        <translation>無法儲存排班，未做任何更改。</translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation>該排班已不存在。</translation>
    </message>
    <message>
        <source>Swap: please choose two different volunteers on two different shifts.</source>
        <translation>換班：請選擇不同班次中的兩名不同志願者。</translation>
    </message>
    <message>
        <source>Swap: attendance is already recorded for one of these shifts.</source>
        <translation>換班：其中一個班次已記錄到崗情況。</translation>
    </message>
    <message>
        <source>The swap could not be saved.</source>
        <translation>無法儲存換班。</translation>
    </message>
    <message>
        <source>The swap could not be saved; nothing was changed.</source>
        <translation>無法儲存換班，未做任何更改。</translation>
    </message>
    <message>
        <source>Substitute: attendance is already recorded for this shift.</source>
        <translation>替班：此班次已記錄到崗情況。</translation>
    </message>
    <message>
        <source>The substitute could not be saved.</source>
        <translation>無法儲存替班。</translation>
    </message>
    <message>
        <source>The substitute could not be saved; nothing was changed.</source>
        <translation>無法儲存替班，未做任何更改。</translation>
    </message>
    <message>
        <source>Shifts: a volunteer was put on one of these shifts since; they were left as they are.</source>
        <translation>班次：此後已有志願者被安排到其中的班次，班次保持不變。</translation>
    </message>
    <message>
        <source>Shifts: one of these shifts was changed since; they were left as they are.</source>
        <translation>班次：此後其中有班次被修改，班次保持不變。</translation>
    </message>
    <message>
        <source>The shifts could not be saved.</source>
        <translation>班次未能儲存。</translation>
    </message>
</context>
<context>
    <name>RotaDocument</name>
    <message>
        <source>Volunteer rota %1 – %2</source>
        <translation>志願者排班表 %1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(needs %1 more)</source>
        <translation>（還需 %1 人）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s), %1 under-staffed. Printed %2</source>
        <translation>
            <numerusform>共 %n 個班次，其中 %1 個缺員。列印日期：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveWhenBack</name>
    <message>
        <source>The connection to the database server was lost. This form stays open and is saved as soon as the server is back.</source>
        <translation>與資料庫伺服器的連線已斷開。此表單將保持開啟，伺服器恢復後立即儲存。</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>View name: please enter a name.</source>
        <translation>檢視名稱：請輸入名稱。</translation>
    </message>
    <message>
        <source>View: it could not be saved; please try again.</source>
        <translation>檢視：未能儲存，請重試。</translation>
    </message>
    <message>
        <source>View: it no longer exists; another desk may have deleted it.</source>
        <translation>檢視：該檢視已不存在，可能已在其他電腦上被刪除。</translation>
    </message>
    <message>
        <source>View name: a view named %1 already exists.</source>
        <translation>檢視名稱：已有名為 %1 的檢視。</translation>
    </message>
    <message>
        <source>View: it could not be renamed; please try again.</source>
        <translation>檢視：未能重新命名，請重試。</translation>
    </message>
    <message>
        <source>View: it could not be deleted; please try again.</source>
        <translation>檢視：未能刪除，請重試。</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Open a view saved by anyone in the office: its filter and columns</source>
        <translation>開啟辦公室任何人儲存的檢視：包括其篩選條件和列設定</translation>
    </message>
    <message>
        <source>Saved vie&amp;w:</source>
        <translation>已存檢視(&amp;W)：</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation>儲存當前檢視…</translation>
    </message>
    <message>
        <source>Rename this view…</source>
        <translation>重新命名此檢視…</translation>
    </message>
    <message>
        <source>Delete this view…</source>
        <translation>刪除此檢視…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>View %1 opened.</source>
        <translation>已開啟檢視 %1。</translation>
    </message>
    <message>
        <source>View %1 saved.</source>
        <translation>檢視 %1 已儲存。</translation>
    </message>
    <message>
        <source>Save the current view</source>
        <translation>儲存當前檢視</translation>
    </message>
    <message>
        <source>Name of the view (the filter and columns as they are now):</source>
        <translation>檢視名稱（儲存當前的篩選條件和列設定）：</translation>
    </message>
    <message>
        <source>Rename this view</source>
        <translation>重新命名此檢視</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>檢視的新名稱：</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>刪除此檢視</translation>
    </message>
    <message>
        <source>Delete the view %1 for everyone in the office? The list itself is not changed.</source>
        <translation>刪除檢視 %1？辦公室所有人都將無法再使用該檢視；列表本身不會改變。</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server</source>
        <translation>資料庫伺服器</translation>
    </message>
    <message>
        <source>&amp;Remember this password in the system keychain</source>
        <translation>在系統金鑰環中記住此密碼(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <source>Database server</source>
        <translation>資料庫伺服器</translation>
    </message>
    <message>
        <source>Password of %1 on the database server %2:</source>
        <translation>請輸入 %1 在資料庫伺服器 %2 上的密碼：</translation>
    </message>
    <message>
        <source>The server did not accept that password. Please try again.</source>
        <translation>伺服器未接受該密碼，請重試。</translation>
    </message>
    <message>
        <source>The server no longer accepts the remembered password; it has been forgotten.</source>
        <translation>伺服器已不接受記住的密碼；該密碼已被清除。</translation>
    </message>
    <message>
        <source>No remembered password could be read (%1).</source>
        <translation>無法讀取記住的密碼（%1）。</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. CommunityDesk will ask for it at the next start.</source>
        <translation>無法記住密碼：%1。下次啟動時社區工作臺會再次詢問。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordModel</name>
    <message>
        <source>Attended</source>
        <translation>到崗</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤情況</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Reason for edited hours</source>
        <translation>修改時長的原因</translation>
    </message>
</context>
<context>
    <name>ServiceRecords</name>
    <message>
        <source>Attendance: please choose attended or absent.</source>
        <translation>出勤情況：請選擇到崗或缺勤。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請稍後重試。</translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation>該排班已不存在。</translation>
    </message>
    <message>
        <source>The attendance could not be saved.</source>
        <translation>出勤情況未能儲存。</translation>
    </message>
    <message>
        <source>Reason: please say why the hours differ from the shift.</source>
        <translation>原因：請說明服務時長與班次時長不一致的原因。</translation>
    </message>
    <message>
        <source>Hours: please enter 0 to 24 hours.</source>
        <translation>服務時長：請填寫 0 到 24 小時。</translation>
    </message>
    <message>
        <source>Hours: please record the volunteer as attended first.</source>
        <translation>服務時長：請先將該志願者登記為到崗。</translation>
    </message>
    <message>
        <source>The hours could not be saved.</source>
        <translation>服務時長未能儲存。</translation>
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
        <translation>新語言將在重新啟動社區工作臺後生效。</translation>
    </message>
    <message>
        <source>Show full ID and phone numbers in lists by default</source>
        <translation>列表中預設顯示完整證件號和電話</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups</source>
        <translation>保留每日備份份數(&amp;K)</translation>
    </message>
    <message>
        <source>the &quot;backups&quot; folder next to the database</source>
        <translation>資料庫所在位置的“backups”資料夾</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>備份資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>local file, or postgresql://user@server/database</source>
        <translation>本地檔案，或 postgresql://使用者名稱@伺服器/資料庫名</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>Server &amp;password</source>
        <translation>伺服器密碼(&amp;P)</translation>
    </message>
    <message>
        <source>A new database is opened when CommunityDesk is restarted.</source>
        <translation>重新啟動社區工作臺後將開啟新的資料庫。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the window locks and asks for the password again; open forms keep what was typed.</source>
        <translation>超過這段時間沒有鍵盤或滑鼠操作，視窗會鎖定並要求重新輸入密碼；開啟的表單會保留已輸入的內容。</translation>
    </message>
    <message>
        <source>Lock the window &amp;after</source>
        <translation>視窗自動鎖定時間(&amp;A)</translation>
    </message>
    <message>
        <source>remembered; type a new one to replace it</source>
        <translation>已記住；輸入新密碼可替換</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系統金鑰環中記住密碼(&amp;R)</translation>
    </message>
    <message>
        <source>Otherwise CommunityDesk asks for it at every start. A remembered password is kept in the system keychain, never in the settings file.</source>
        <translation>否則社區工作臺每次啟動都會詢問。記住的密碼儲存在系統金鑰環中，絕不寫入設定檔案。</translation>
    </message>
    <message>
        <source>Server password: it could not be remembered (%1). CommunityDesk will ask for it at the next start.</source>
        <translation>伺服器密碼：無法記住（%1）。下次啟動時社區工作臺會再次詢問。</translation>
    </message>
</context>
<context>
    <name>SheetCli</name>
    <message>
        <source>sheet keyin: give the sheet code and the ticked row codes.</source>
        <translation>sheet keyin：請提供表碼和已勾選的行碼。</translation>
    </message>
    <message>
        <source>sheet keyin: --date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>sheet keyin：--date &quot;%1&quot; 不是日期，請按 YYYY-MM-DD 格式填寫。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recorded</source>
        <translation>
            <numerusform>已錄入 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n keyed before, skipped.</source>
        <translation>
            <numerusform>；%n 行此前已錄入，已跳過。</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet print: write signin EVENT_ID, visit BUILDING_ID or rota YYYY-MM-DD.</source>
        <translation>sheet print：請寫 signin EVENT_ID、visit BUILDING_ID 或 rota YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>sheet print: give the PDF to write with --out FILE.pdf.</source>
        <translation>sheet print：請用 --out FILE.pdf 指定要寫入的 PDF。</translation>
    </message>
    <message>
        <source>sheet print rota: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>sheet print rota：&quot;%1&quot; 不是日期，請按 YYYY-MM-DD 格式填寫。</translation>
    </message>
    <message>
        <source>sheet print: &quot;%1&quot; is not a number.</source>
        <translation>sheet print：&quot;%1&quot; 不是數字。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1 with %n row(s) written to %2.</source>
        <translation>
            <numerusform>表 %1（共 %n 行）已寫入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet: write sheet print … or sheet keyin SHEET_CODE ROWCODE….</source>
        <translation>sheet：請使用 sheet print … 或 sheet keyin SHEET_CODE ROWCODE…。</translation>
    </message>
</context>
<context>
    <name>ShiftPatternDialog</name>
    <message>
        <source>Make shifts</source>
        <translation>生成班次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>崗位(&amp;P)：</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>每週：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持續</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截止到</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重複：</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>所需志願者人數(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) of %1 hours: %2</source>
        <translation>
            <numerusform>%n 個班次，每班 %1 小時：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftPatternRevision</name>
    <message numerus="yes">
        <source>make %n shift(s) of %1</source>
        <translation>
            <numerusform>生成 %n 個%1班次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftRecurrence</name>
    <message>
        <source>Days: please choose at least one weekday.</source>
        <translation>星期：請至少選擇一天。</translation>
    </message>
    <message>
        <source>Days: please choose weekdays from Monday to Sunday.</source>
        <translation>星期：請從星期一到星期日中選擇。</translation>
    </message>
    <message>
        <source>Time: please enter the start and end time.</source>
        <translation>時間：請填寫開始和結束時間。</translation>
    </message>
    <message>
        <source>Time: the shift must not start and end at the same time.</source>
        <translation>時間：班次的開始時間和結束時間不能相同。</translation>
    </message>
    <message>
        <source>From: please enter the first day.</source>
        <translation>開始日期：請填寫第一天。</translation>
    </message>
    <message>
        <source>Until: please enter the number of weeks or the last day.</source>
        <translation>截止：請填寫週數或最後一天。</translation>
    </message>
    <message>
        <source>Until: the last day must not be before the first.</source>
        <translation>截止：最後一天不能早於第一天。</translation>
    </message>
    <message>
        <source>Until: at most %1 shifts can be made at once.</source>
        <translation>截止：一次最多隻能生成 %1 個班次。</translation>
    </message>
</context>
<context>
    <name>SpecialLedgersPage</name>
    <message>
        <source>Mediation</source>
        <translation>人民調解</translation>
    </message>
    <message>
        <source>Rented rooms</source>
        <translation>出租屋</translation>
    </message>
    <message>
        <source>Building roles</source>
        <translation>樓棟長/三長</translation>
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
    <name>StatusRevision</name>
    <message>
        <source>record the death of %1</source>
        <translation>登記 %1 死亡</translation>
    </message>
    <message>
        <source>move out %1</source>
        <translation>%1 遷出</translation>
    </message>
    <message>
        <source>move back %1</source>
        <translation>%1 遷回</translation>
    </message>
    <message>
        <source>Undo or redo (Edit menu)</source>
        <translation>撤銷或重做（編輯選單）</translation>
    </message>
</context>
<context>
    <name>StatusWithdrawal</name>
    <message>
        <source>This resident no longer exists.</source>
        <translation>該居民已不存在。</translation>
    </message>
    <message>
        <source>Status: please choose one.</source>
        <translation>狀態：請選擇一項。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; please reopen the record.</source>
        <translation>%1 已被他人修改，請重新開啟該記錄。</translation>
    </message>
    <message>
        <source>%1 already has this status.</source>
        <translation>%1 已是該狀態。</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>更改未能儲存，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StreetCommunitiesDialog</name>
    <message>
        <source>Communities of the street</source>
        <translation>本街道社區</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>面積（平方公里）</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>網格數</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Add a community</source>
        <translation>新增社區</translation>
    </message>
    <message>
        <source>e.g. C03</source>
        <translation>例如 C03</translation>
    </message>
    <message>
        <source>e.g. 幸福社区</source>
        <translation>例如 幸福社區</translation>
    </message>
    <message>
        <source> km²</source>
        <translation> 平方公里</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>編號(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>面積(&amp;R)：</translation>
    </message>
    <message>
        <source>The selected community</source>
        <translation>所選社區</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名稱</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重新命名(&amp;N)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>歸檔(&amp;H)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Community %1 added.</source>
        <translation>已新增社區 %1。</translation>
    </message>
    <message>
        <source>Community renamed %1.</source>
        <translation>社區已更名為 %1。</translation>
    </message>
    <message>
        <source>Community %1 archived: its records are kept, it is no longer offered.</source>
        <translation>社區 %1 已歸檔：其記錄予以保留，不再供選擇。</translation>
    </message>
</context>
<context>
    <name>StreetComparison</name>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民數</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理訴求</translation>
    </message>
    <message>
        <source>Cases per 1,000 residents</source>
        <translation>每千名居民訴求數</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>辦結率</translation>
    </message>
    <message>
        <source>Visit coverage</source>
        <translation>走訪覆蓋率</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動場次</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志願服務時長</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap shifts</source>
        <translation>換班</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>&amp;This volunteer&apos;s shift:</source>
        <translation>該志願者的班次(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>換班對象(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message>
        <source>Nobody is on this list.</source>
        <translation>名單上沒有人。</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>TagCli</name>
    <message>
        <source>%1	%2	group %3	%4 residents	%5	%6</source>
        <translation>%1	%2	類別 %3	%4 名居民	%5	%6</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>--value: expected CODE=VALUE, got &quot;%1&quot;.</source>
        <translation>--value：應為 CODE=VALUE，實際為 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD, got &quot;%2&quot;.</source>
        <translation>%1：應為 YYYY-MM-DD 格式的日期，實際為 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>tag set: no resident has the ID number %1.</source>
        <translation>tag set：沒有身份證號為 %1 的居民。</translation>
    </message>
    <message>
        <source>%1 has %2 from %3.</source>
        <translation>%1 自 %3 起標記為 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 updated.</source>
        <translation>已更新 %1 的 %2。</translation>
    </message>
    <message>
        <source>tag set: %1 already has %2; give --value CODE=VALUE or --end DATE.</source>
        <translation>tag set：%1 已有 %2；請提供 --value CODE=VALUE 或 --end DATE。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 ended on %3.</source>
        <translation>%1 的 %2 已於 %3 結束。</translation>
    </message>
    <message>
        <source>tag add: the tag&apos;s GROUP (e.g. 困难群体).</source>
        <translation>tag add：標籤所屬類別 GROUP（例如 困難群體）。</translation>
    </message>
    <message>
        <source>tag add, customfield add: a fixed CODE for scripts.</source>
        <translation>tag add、customfield add：供指令碼使用的固定代碼 CODE。</translation>
    </message>
    <message>
        <source>tag attribute, customfield add: text, number, date or choice.</source>
        <translation>tag attribute、customfield add：text（文字）、number（數字）、date（日期）或 choice（選項）。</translation>
    </message>
    <message>
        <source>tag attribute, customfield add: the choices, as A|B|C.</source>
        <translation>tag attribute、customfield add：可選項，格式為 A|B|C。</translation>
    </message>
    <message>
        <source>tag set: the day the tag began (default: today).</source>
        <translation>tag set：標籤的開始日期（預設：今天）。</translation>
    </message>
    <message>
        <source>tag set: the day the tag ended.</source>
        <translation>tag set：標籤的結束日期。</translation>
    </message>
    <message>
        <source>tag set: an attribute&apos;s value, e.g. review_date=2027-01-15.</source>
        <translation>tag set：屬性值，例如 review_date=2027-01-15。</translation>
    </message>
    <message>
        <source>customfield: resident (default) or household.</source>
        <translation>customfield：resident（居民，預設）或 household（住戶）。</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>已新增標籤 %1。</translation>
    </message>
    <message>
        <source>tag: expected list, add NAME [--group G], rename TAG NEW, merge FROM INTO, archive TAG, group TAG GROUP, attribute TAG NAME --type T [--choices A|B] or set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...</source>
        <translation>tag：應為 list、add NAME [--group G]、rename TAG NEW、merge FROM INTO、archive TAG、group TAG GROUP、attribute TAG NAME --type T [--choices A|B] 或 set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...</translation>
    </message>
    <message>
        <source>tag: there is no tag %1.</source>
        <translation>tag：沒有標籤 %1。</translation>
    </message>
    <message>
        <source>Tag %1 renamed to %2.</source>
        <translation>標籤 %1 已重新命名為 %2。</translation>
    </message>
    <message>
        <source>Tag %1 is in the group %2.</source>
        <translation>標籤 %1 已歸入類別 %2。</translation>
    </message>
    <message>
        <source>Tag %1 archived.</source>
        <translation>標籤 %1 已歸檔。</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 merged into %2; %n resident(s) moved.</source>
        <translation>
            <numerusform>標籤 %1 已合併到 %2；已轉移 %n 名居民。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute %1 added to %2.</source>
        <translation>已為 %2 新增屬性 %1。</translation>
    </message>
    <message>
        <source>--entity: expected resident or household, got &quot;%1&quot;.</source>
        <translation>--entity：應為 resident 或 household，實際為 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>Field %1 added.</source>
        <translation>已新增欄位 %1。</translation>
    </message>
    <message>
        <source>customfield: expected list or add NAME --type T [--choices A|B] [--entity resident|household].</source>
        <translation>customfield：應為 list 或 add NAME --type T [--choices A|B] [--entity resident|household]。</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Manage tags</source>
        <translation>管理標籤</translation>
    </message>
    <message>
        <source>The office&apos;s tags, their groups and the attributes kept with them (e.g. 低保证号 and 复核日期 for 低保). Each button saves at once; a tag is archived or merged, never deleted.</source>
        <translation>本辦使用的標籤、標籤類別以及隨標籤記錄的屬性（例如低保的低保證號和複核日期）。每個按鈕點選後立即儲存；標籤只能歸檔或合併，不能刪除。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>e.g. 留守儿童</source>
        <translation>例如：留守兒童</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>類別(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>Set gr&amp;oup</source>
        <translation>設定類別(&amp;O)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>歸檔(&amp;H)</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合併到：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>Attributes of the chosen tag</source>
        <translation>所選標籤的屬性</translation>
    </message>
    <message>
        <source>e.g. 复核日期</source>
        <translation>例如：複核日期</translation>
    </message>
    <message>
        <source>A&amp;ttribute:</source>
        <translation>屬性(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>類型(&amp;Y)：</translation>
    </message>
    <message>
        <source>for a choice: 一级|二级|三级</source>
        <translation>選項類型填寫：一級|二級|三級</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>選項(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>%1%2 (%n resident(s))</source>
        <translation>
            <numerusform>%1%2（%n 名居民）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>已新增標籤 %1。</translation>
    </message>
    <message>
        <source>Tag renamed to %1.</source>
        <translation>標籤已重新命名為 %1。</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>類別已儲存。</translation>
    </message>
    <message>
        <source>Tag archived.</source>
        <translation>標籤已歸檔。</translation>
    </message>
    <message>
        <source>%1 merged into %2; its residents have %2 now.</source>
        <translation>%1 已合併到 %2；其居民現在均標記為 %2。</translation>
    </message>
    <message>
        <source>Attribute %1 added.</source>
        <translation>已新增屬性 %1。</translation>
    </message>
    <message>
        <source>Add attri&amp;bute</source>
        <translation>新增屬性(&amp;B)</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>Name: please enter the tag&apos;s name.</source>
        <translation>名稱：請填寫標籤名稱。</translation>
    </message>
    <message>
        <source>Name: there is already a tag named %1.</source>
        <translation>名稱：已有名為 %1 的標籤。</translation>
    </message>
    <message>
        <source>Code: the code %1 is taken by another tag.</source>
        <translation>代碼：代碼 %1 已被其他標籤使用。</translation>
    </message>
    <message>
        <source>The tag could not be added; nothing was changed.</source>
        <translation>無法新增標籤，未做任何更改。</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>此標籤已不存在。</translation>
    </message>
    <message>
        <source>The tag could not be renamed; nothing was changed.</source>
        <translation>無法重新命名標籤，未做任何更改。</translation>
    </message>
    <message>
        <source>The tag&apos;s group could not be saved; nothing was changed.</source>
        <translation>無法儲存標籤類別，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still given to %n resident(s): end it for them or merge it into another tag first.</source>
        <translation>
            <numerusform>仍有 %n 名居民標記為 %1：請先為他們結束該標籤，或將其合併到其他標籤。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag could not be archived; nothing was changed.</source>
        <translation>無法歸檔標籤，未做任何更改。</translation>
    </message>
    <message>
        <source>Merge: the tag to merge is archived or no longer exists.</source>
        <translation>合併：要合併的標籤已歸檔或已不存在。</translation>
    </message>
    <message>
        <source>Into: choose a tag in use to merge into.</source>
        <translation>合併到：請選擇一個在用的標籤作為合併目標。</translation>
    </message>
    <message>
        <source>Into: choose a different tag than the one merged.</source>
        <translation>合併到：請選擇與被合併標籤不同的標籤。</translation>
    </message>
    <message>
        <source>The tags could not be merged; nothing was changed.</source>
        <translation>無法合併標籤，未做任何更改。</translation>
    </message>
    <message>
        <source>This attribute no longer exists.</source>
        <translation>此屬性已不存在。</translation>
    </message>
    <message>
        <source>Name: %1 already has an attribute named %2.</source>
        <translation>名稱：%1 已有名為 %2 的屬性。</translation>
    </message>
    <message>
        <source>The attribute could not be saved; nothing was changed.</source>
        <translation>無法儲存屬性，未做任何更改。</translation>
    </message>
    <message>
        <source>Code: %1 already has an attribute with the code %2.</source>
        <translation>代碼：%1 已有代碼為 %2 的屬性。</translation>
    </message>
    <message>
        <source>The attribute could not be archived; nothing was changed.</source>
        <translation>無法歸檔屬性，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TypedValueEditors</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>VisitCoverage</name>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>編輯走訪</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>登記走訪</translation>
    </message>
    <message>
        <source>(choose a building)</source>
        <translation>（請選擇樓棟）</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓棟(&amp;B)</translation>
    </message>
    <message>
        <source>or a member&apos;s name, phone or room number</source>
        <translation>或輸入家庭成員姓名、電話或房號</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查詢(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住戶(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>the grid worker who went</source>
        <translation>上門走訪的網格員</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>走訪人(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. the head of household, a neighbour</source>
        <translation>如戶主、鄰居</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>接待人(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>Needs &amp;raised</source>
        <translation>收集需求(&amp;R)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>群眾需求</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>訴求</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>新增需求(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve need</source>
        <translation>移除需求(&amp;V)</translation>
    </message>
    <message>
        <source>Make &amp;case…</source>
        <translation>轉為訴求(&amp;C)…</translation>
    </message>
    <message>
        <source>Make the chosen need a case or an errand, linked to this visit.</source>
        <translation>將所選需求轉為訴求或代辦，並關聯到本次走訪。</translation>
    </message>
    <message>
        <source>No household found</source>
        <translation>未找到住戶</translation>
    </message>
    <message>
        <source>Need: describe it before making it a case.</source>
        <translation>需求：請先填寫需求內容，再轉為訴求。</translation>
    </message>
    <message>
        <source>errand, made on save</source>
        <translation>代辦（儲存時生成）</translation>
    </message>
    <message>
        <source>case, made on save</source>
        <translation>訴求（儲存時生成）</translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Household visit sheet</source>
        <translation>入戶走訪登記表</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>community name, sheet title</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Grid worker: __________   Round from __________ to __________</source>
        <translation>網格員：__________   本輪走訪時間：__________ 至 __________</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房號</translation>
    </message>
    <message>
        <source>Residents and ID numbers</source>
        <translation>居民及身份證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Notes and needs</source>
        <translation>備註及需求</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Printed %1. Write down every need; the office makes it a case.</source>
        <translation>列印於 %1。請記下每一項需求，由社區統一轉為訴求。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>unit-room</comment>
        <translation>%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit %1 %2</source>
        <comment>unit, role</comment>
        <translation>%1單元 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: name</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>role: name phone</comment>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>聯絡人：%1</translation>
    </message>
</context>
<context>
    <name>VisitStaleModel</name>
    <message>
        <source>%1 (living alone, elderly)</source>
        <translation>%1（獨居老人）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未走訪</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走訪</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>未走訪天數</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>Household: choose the household visited.</source>
        <translation>住戶：請選擇走訪的住戶。</translation>
    </message>
    <message>
        <source>Household: that household has moved out.</source>
        <translation>住戶：該戶已遷出。</translation>
    </message>
    <message>
        <source>Date: enter the day of the visit.</source>
        <translation>日期：請填寫走訪日期。</translation>
    </message>
    <message>
        <source>Date: a visit cannot be in the future.</source>
        <translation>日期：走訪日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Worker: enter who made the visit.</source>
        <translation>走訪人：請填寫走訪人。</translation>
    </message>
    <message>
        <source>Need: describe what the household needs.</source>
        <translation>需求：請填寫該戶的需求。</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>走訪記錄未能儲存。</translation>
    </message>
    <message>
        <source>That visit does not exist.</source>
        <translation>該走訪記錄不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this visit meanwhile; open it again and retry.</source>
        <translation>其他人已修改了該走訪記錄，請重新開啟後再試。</translation>
    </message>
    <message>
        <source>The visit could not be archived.</source>
        <translation>走訪記錄未能歸檔。</translation>
    </message>
    <message>
        <source>The case could not be saved.</source>
        <translation>訴求未能儲存。</translation>
    </message>
    <message>
        <source>Need: that need does not exist.</source>
        <translation>需求：該需求不存在。</translation>
    </message>
    <message>
        <source>Need: this need is already a case.</source>
        <translation>需求：該需求已轉為訴求。</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 件訴求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>走訪人</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>群眾需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>All grids</source>
        <translation>全部網格</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation>登記走訪(&amp;L)…</translation>
    </message>
    <message>
        <source>Log visit (%1)</source>
        <translation>登記走訪（%1）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>歸檔(&amp;H)</translation>
    </message>
    <message>
        <source>Archive the chosen visit (it is kept, but no longer counted).</source>
        <translation>歸檔所選走訪記錄（記錄保留，但不再計入統計）。</translation>
    </message>
    <message>
        <source>&amp;Print visit sheet…</source>
        <translation>列印入戶走訪登記表(&amp;P)…</translation>
    </message>
    <message>
        <source>Visit lo&amp;g</source>
        <translation>走訪記錄(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次走訪</numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;rid</source>
        <translation>網格(&amp;R)</translation>
    </message>
    <message>
        <source>any worker</source>
        <translation>全部走訪人</translation>
    </message>
    <message>
        <source>W&amp;orker</source>
        <translation>走訪人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走訪戶數</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走訪覆蓋率</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Errands done</source>
        <translation>代辦辦結</translation>
    </message>
    <message>
        <source>Not visited &amp;in</source>
        <translation>未走訪超過(&amp;I)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A visit exactly this many days ago still counts as a visit within the period.</source>
        <translation>恰好在該天數之前的走訪，仍計為期限內已走訪。</translation>
    </message>
    <message>
        <source>Gri&amp;d</source>
        <translation>網格(&amp;D)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to log a visit to the household.</source>
        <translation>按 Enter 鍵或雙擊，為該戶登記走訪。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due a visit; living-alone elderly first</source>
        <translation>
            <numerusform>%n 戶待走訪，獨居老人排在前面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1（訴求 %2）</translation>
    </message>
    <message>
        <source>No needs raised on this visit.</source>
        <translation>本次走訪未收集到需求。</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>群眾需求：%1</translation>
    </message>
    <message numerus="yes">
        <source>Visit logged; %n case(s) made from its needs.</source>
        <translation>
            <numerusform>走訪已登記，已根據需求生成 %n 件訴求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit logged.</source>
        <translation>走訪已登記。</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>走訪已儲存。</translation>
    </message>
    <message>
        <source>Archive visit</source>
        <translation>歸檔走訪</translation>
    </message>
    <message>
        <source>Visit archived.</source>
        <translation>走訪已歸檔。</translation>
    </message>
    <message>
        <source>Print visit sheet</source>
        <translation>列印入戶走訪登記表</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>樓棟(&amp;B)：</translation>
    </message>
    <message>
        <source>Save visit sheet</source>
        <translation>儲存入戶走訪登記表</translation>
    </message>
    <message>
        <source>visit sheet %1.pdf</source>
        <translation>入戶走訪登記表 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Visit sheet saved to %1.</source>
        <translation>入戶走訪登記表已儲存到 %1。</translation>
    </message>
    <message>
        <source>By &amp;area</source>
        <translation>按片區(&amp;A)</translation>
    </message>
    <message>
        <source>Each area&apos;s households and visits, followed by its grids.</source>
        <translation>各片區的戶數和走訪情況，其下列出所屬網格。</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>走訪覆蓋率(&amp;C)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>自(&amp;M)</translation>
    </message>
    <message>
        <source>Writing the visit sheet…</source>
        <translation>正在生成走訪表…</translation>
    </message>
    <message>
        <source>Sheet to &amp;key back…</source>
        <translation>紙質走訪表(&amp;K)…</translation>
    </message>
    <message>
        <source>Sheet to key back</source>
        <translation>紙質走訪表</translation>
    </message>
    <message>
        <source>visit sheet %1 to key back.pdf</source>
        <translation>走訪表 %1（待回錄）.pdf</translation>
    </message>
    <message>
        <source>Visit sheet %1 saved to %2.</source>
        <translation>走訪表 %1 已儲存到 %2。</translation>
    </message>
</context>
<context>
    <name>Volunteer</name>
    <message>
        <source>Active</source>
        <translation>在崗</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>VolunteerDemoGenerator</name>
    <message>
        <source>The database is busy.</source>
        <translation>資料庫正忙。</translation>
    </message>
    <message>
        <source>Demo volunteers could not be made (%1).</source>
        <translation>無法生成演示志願者（%1）。</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>新建志願者</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>志願者 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>來自人口臺賬</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份證號(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. first aid, driving</source>
        <translation>例如：急救、駕駛</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>特長(&amp;S)：</translation>
    </message>
    <message>
        <source>Available days:</source>
        <translation>可服務日期：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何時間</translation>
    </message>
    <message>
        <source>Available hours:</source>
        <translation>可服務時段：</translation>
    </message>
    <message>
        <source>e.g. not in school holidays</source>
        <translation>例如：學校假期除外</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作單位(&amp;W)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>服務隊：</translation>
    </message>
    <message>
        <source>Available days: please tick at least one day.</source>
        <translation>可服務日期：請至少勾選一天。</translation>
    </message>
    <message>
        <source>&amp;Dual report: in-service party member serving here</source>
        <translation>在職黨員雙報到：在本社區服務的在職黨員(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;vailability note:</source>
        <translation>可服務時間說明(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursExport</name>
    <message>
        <source>Service hours</source>
        <translation>服務時長</translation>
    </message>
</context>
<context>
    <name>VolunteerListTab</name>
    <message>
        <source>Find by name or phone</source>
        <translation>按姓名或電話查詢</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>顯示完整號碼</translation>
    </message>
    <message>
        <source>New volunteer…</source>
        <translation>新建志願者…</translation>
    </message>
    <message>
        <source>From the register…</source>
        <translation>從人口臺賬新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>volunteers.xlsx</source>
        <translation>志願者.xlsx</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務內容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n 名志願者</numerusform>
        </translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>全部志願服務隊</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their service history.</source>
        <translation>選擇一名志願者以檢視其服務記錄。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 hours in total, %3 points left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：累計 %2 小時，剩餘積分 %3</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>活動：%1</translation>
    </message>
    <message>
        <source>Volunteer %1 added.</source>
        <translation>已新增志願者 %1。</translation>
    </message>
    <message>
        <source>The resident is now a volunteer.</source>
        <translation>該居民已成為志願者。</translation>
    </message>
</context>
<context>
    <name>VolunteerPointsTab</name>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt; — points per hour of service from a date on</source>
        <translation>&lt;b&gt;積分規則&lt;/b&gt; — 自某日起每服務一小時所得積分</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Points per hour</source>
        <translation>每小時積分</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>規則名稱</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt;</source>
        <translation>&lt;b&gt;獎品&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reward name</source>
        <translation>獎品名稱</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>新增獎品</translation>
    </message>
    <message>
        <source>Find a volunteer</source>
        <translation>查詢志願者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>兌換…</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their points.</source>
        <translation>選擇一名志願者以檢視其積分。</translation>
    </message>
    <message>
        <source>Earned %1, granted %2, redeemed %3: &lt;b&gt;balance %4&lt;/b&gt;</source>
        <translation>服務所得 %1，另行發放 %2，已兌換 %3：&lt;b&gt;積分餘額 %4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>VolunteerPostDialog</name>
    <message>
        <source>New post</source>
        <translation>新建崗位</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>崗位 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地點(&amp;P)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>網格(&amp;G)：</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>任意服務隊</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>服務隊(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>所需志願者人數(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>VolunteerReports</name>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
</context>
<context>
    <name>VolunteerReportsTab</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per team&lt;/b&gt;</source>
        <translation>&lt;b&gt;按志願服務隊&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>志願服務隊</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per grid&lt;/b&gt;</source>
        <translation>&lt;b&gt;按網格&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top volunteers&lt;/b&gt;</source>
        <translation>&lt;b&gt;志願者排行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Service hours for the national volunteer system, from</source>
        <translation>全國志願服務信息系統服務時長，日期從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV/XLSX…</source>
        <translation>匯出 CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export service hours</source>
        <translation>匯出服務時長</translation>
    </message>
    <message>
        <source>service-hours-%1.xlsx</source>
        <translation>服務時長-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
    <message>
        <source>Saved %1 with full ID numbers.</source>
        <translation>已儲存 %1（含完整身份證號）。</translation>
    </message>
    <message>
        <source>Saved %1 with masked ID numbers.</source>
        <translation>已儲存 %1（身份證號已脫敏）。</translation>
    </message>
    <message>
        <source>Writing the service hours…</source>
        <translation>正在匯出服務時長…</translation>
    </message>
</context>
<context>
    <name>VolunteerRotaTab</name>
    <message>
        <source>Previous week</source>
        <translation>上一週</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一週</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新建崗位…</translation>
    </message>
    <message>
        <source>Edit post…</source>
        <translation>編輯崗位…</translation>
    </message>
    <message>
        <source>Make shifts…</source>
        <translation>生成班次…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>排班…</translation>
    </message>
    <message>
        <source>Swap…</source>
        <translation>換班…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存為 PDF…</translation>
    </message>
    <message>
        <source>Find a volunteer</source>
        <translation>查詢志願者</translation>
    </message>
    <message>
        <source>Drag a volunteer onto a shift to assign.</source>
        <translation>將志願者拖到班次上即可排班。</translation>
    </message>
    <message>
        <source>No posts yet: add a post, then make its shifts.</source>
        <translation>暫無崗位：請先新增崗位，再生成班次。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) this week, %1 under-staffed.</source>
        <translation>
            <numerusform>本週 %n 個班次，其中 %1 個人手不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign volunteers</source>
        <translation>安排志願者</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) assigned.</source>
        <translation>
            <numerusform>已安排 %n 名志願者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cell of the rota that has a shift.</source>
        <translation>請在排班表中選擇有班次的單元格。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) made.</source>
        <translation>
            <numerusform>已生成 %n 個班次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shifts swapped.</source>
        <translation>已換班。</translation>
    </message>
    <message>
        <source>Volunteer rota</source>
        <translation>志願者排班表</translation>
    </message>
    <message>
        <source>Print the rota</source>
        <translation>列印排班表</translation>
    </message>
    <message>
        <source>Save the rota as PDF</source>
        <translation>將排班表儲存為 PDF</translation>
    </message>
    <message>
        <source>rota-%1.pdf</source>
        <translation>排班表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Rota to ke&amp;y back…</source>
        <translation>待回錄排班表(&amp;Y)…</translation>
    </message>
    <message>
        <source>The week&apos;s rota with a code on every row: tick who came, then key it back</source>
        <translation>本週排班表，每行帶行碼：勾選到崗人員後回錄</translation>
    </message>
    <message>
        <source>Key bac&amp;k…</source>
        <translation>回錄(&amp;K)…</translation>
    </message>
    <message>
        <source>Key in the ticked rows of a rota or sheet that came back</source>
        <translation>錄入交回的排班表或表格中已勾選的行</translation>
    </message>
    <message>
        <source>rota %1 to key back.pdf</source>
        <translation>排班表 %1（待回錄）.pdf</translation>
    </message>
    <message>
        <source>Writing the rota…</source>
        <translation>正在生成排班表…</translation>
    </message>
</context>
<context>
    <name>VolunteerServiceTab</name>
    <message>
        <source>Shifts from</source>
        <translation>班次日期從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>到崗</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Edit hours…</source>
        <translation>修改時長…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved.</source>
        <translation>
            <numerusform>已儲存 %n 條記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the volunteer as attended before editing hours.</source>
        <translation>請先將該志願者記為到崗，再修改時長。</translation>
    </message>
</context>
<context>
    <name>VolunteerSnapshot</name>
    <message>
        <source>add volunteer %1</source>
        <translation>新增志願者 %1</translation>
    </message>
    <message>
        <source>edit volunteer %1</source>
        <translation>編輯志願者 %1</translation>
    </message>
</context>
<context>
    <name>VolunteerStore</name>
    <message>
        <source>Name: please enter the volunteer&apos;s name.</source>
        <translation>姓名：請輸入志願者姓名。</translation>
    </message>
    <message>
        <source>Status: please choose active, paused or left.</source>
        <translation>狀態：請選擇在崗、暫停或已退出。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Available hours: the end must be later than the start.</source>
        <translation>可服務時間：結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <source>Joined: the date cannot be in the future.</source>
        <translation>加入日期：不能晚於今天。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>資料庫正忙，請重試。</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>該志願者已不存在。</translation>
    </message>
    <message>
        <source>Resident: this resident already is a volunteer.</source>
        <translation>居民：該居民已是志願者。</translation>
    </message>
    <message>
        <source>The volunteer could not be saved.</source>
        <translation>無法儲存志願者。</translation>
    </message>
    <message>
        <source>The volunteer&apos;s teams could not be saved.</source>
        <translation>無法儲存該志願者所屬的志願服務隊。</translation>
    </message>
    <message>
        <source>The volunteer could not be saved; nothing was changed.</source>
        <translation>無法儲存志願者，未做任何更改。</translation>
    </message>
    <message>
        <source>Resident: this resident is not in the register.</source>
        <translation>居民：該居民不在人口臺賬中。</translation>
    </message>
    <message>
        <source>Resident: only a living resident can become a volunteer.</source>
        <translation>居民：只有健在的居民才能成為志願者。</translation>
    </message>
    <message>
        <source>Name: please enter the team&apos;s name.</source>
        <translation>名稱：請輸入志願服務隊名稱。</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>該志願服務隊已不存在。</translation>
    </message>
    <message>
        <source>The team could not be saved.</source>
        <translation>無法儲存志願服務隊。</translation>
    </message>
    <message>
        <source>The team could not be saved; nothing was changed.</source>
        <translation>無法儲存志願服務隊，未做任何更改。</translation>
    </message>
    <message>
        <source>This volunteer was changed by someone else since you opened it; please reopen the record and make your change again.</source>
        <translation>自您開啟後，該志願者資訊已被他人修改，請重新開啟該記錄後再修改。</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Resident</source>
        <translation>本社區居民</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>非本社區</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>志願服務隊</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特長</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可服務時間</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>VolunteerTeamDialog</name>
    <message>
        <source>New team</source>
        <translation>新建志願服務隊</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>志願服務隊 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>所屬網格(&amp;G)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>隊長(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>簡介(&amp;D)：</translation>
    </message>
    <message>
        <source>Archived (no longer active)</source>
        <translation>已歸檔（不再活動）</translation>
    </message>
</context>
<context>
    <name>VolunteerTeamsTab</name>
    <message>
        <source>New team…</source>
        <translation>新建志願服務隊…</translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation>編輯志願服務隊…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>志願服務隊</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>隊長</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已歸檔）</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社區</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>志願服務隊</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服務記錄</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Hours per work unit</source>
        <translation>各工作單位服務時長</translation>
    </message>
</context>
<context>
    <name>WorkbookImporter</name>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中沒有工作表“%1”；現有工作表為：%2。</translation>
    </message>
    <message>
        <source>The database is busy (another CommunityDesk may be saving); please try again.</source>
        <translation>資料庫正忙（可能有另一臺社區工作臺正在儲存）；請稍後再試。</translation>
    </message>
    <message>
        <source>Sheet %1 cannot be read.</source>
        <translation>無法讀取工作表 %1。</translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>工作表 %1：%2</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未匯入任何資料。</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported.</source>
        <translation>匯入未能儲存；未匯入任何資料。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>The form&apos;s sheet has no cells (no sheetData).</source>
        <translation>表單的工作表沒有單元格（缺少 sheetData）。</translation>
    </message>
    <message>
        <source>The form&apos;s sheet is damaged (sheetData is not closed).</source>
        <translation>表單的工作表已損壞（sheetData 未閉合）。</translation>
    </message>
    <message>
        <source>The form&apos;s sheet is damaged (row %1 is not closed).</source>
        <translation>表單的工作表已損壞（第 %1 行未閉合）。</translation>
    </message>
    <message>
        <source>The form&apos;s sheet is damaged (a cell of row %1 is not closed).</source>
        <translation>表單的工作表已損壞（第 %1 行的某個單元格未閉合）。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或檔案已損壞。</translation>
    </message>
    <message>
        <source>The workbook has no worksheets; is it an Excel file?</source>
        <translation>該工作簿中沒有工作表，請確認是否為 Excel 檔案。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text table is damaged (%1).</source>
        <translation>工作簿的文字表已損壞（%1）。</translation>
    </message>
    <message>
        <source>The worksheet cannot be read; the file may be damaged.</source>
        <translation>無法讀取工作表，檔案可能已損壞。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>The worksheet is damaged near row %1 (%2).</source>
        <translation>工作表在第 %1 行附近已損壞（%2）。</translation>
    </message>
    <message>
        <source>The worksheet ends too early; the file may be damaged.</source>
        <translation>工作表提前結束，檔案可能已損壞。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text table cannot be read.</source>
        <translation>無法讀取工作簿的文字表。</translation>
    </message>
    <message numerus="yes">
        <source>The workbook&apos;s text table is larger than any register (over %n million characters); it cannot be read.</source>
        <translation>
            <numerusform>工作簿的文字表超出任何臺賬的規模（超過 %n 百萬字元），無法讀取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook&apos;s text table has more entries than any register; it cannot be read.</source>
        <translation>工作簿的文字表條目數超出任何臺賬的規模，無法讀取。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the sheet &quot;%1&quot; has more rows or columns than Excel allows (%2 rows, %3 columns).</source>
        <translation>工作表“%1”的行數或列數超過了 Excel 的上限（%2 行，%3 列）。</translation>
    </message>
    <message>
        <source>the Excel library cannot be loaded (%1).</source>
        <translation>無法載入 Excel 元件（%1）。</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>記憶體不足。</translation>
    </message>
    <message>
        <source>the Excel writer failed (%1).</source>
        <translation>生成 Excel 檔案時出錯（%1）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CommunityDesk — the community office desk</source>
        <translation>社區工作臺 — 社區居委會辦公桌面</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>將視窗截圖儲存到 FILE 後退出。</translation>
    </message>
    <message>
        <source>CommunityDesk</source>
        <translation>社區工作臺</translation>
    </message>
    <message>
        <source>Open the database FILE, or the server at postgresql://user@host/db.</source>
        <translation>開啟資料庫檔案 FILE，或 postgresql://使用者名稱@主機/資料庫名 上的伺服器資料庫。</translation>
    </message>
</context>
</TS>
