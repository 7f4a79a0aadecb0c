<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessScope</name>
    <message>
        <source>Your account may only view records; ask an administrator to change this.</source>
        <translation>您的账号只能查看记录；如需更改，请联系管理员。</translation>
    </message>
    <message>
        <source>Only the office staff may change this; a grid worker may not.</source>
        <translation>只有社区工作人员可以修改此项，网格员不能修改。</translation>
    </message>
    <message>
        <source>Grid: you may only change records of your own grids.</source>
        <translation>网格：您只能修改自己所负责网格的记录。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>社区工作人员</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>Nobody is signed in; please sign in first.</source>
        <translation>尚未登录，请先登录。</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Community: you may only change records of the community in view.</source>
        <translation>社区：只能修改当前所查看社区的记录。</translation>
    </message>
</context>
<context>
    <name>AccountCli</name>
    <message>
        <source>account add: no password for %1: set CD_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>account add：%1 没有密码：请设置 CD_NEW_PASSWORD，或在终端中运行此命令以输入密码。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>account add: the two passwords differ; nothing was changed.</source>
        <translation>account add：两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>account add: please type a password for %1.</source>
        <translation>account add：请为 %1 输入密码。</translation>
    </message>
    <message>
        <source>account add: --name: please give the person&apos;s name.</source>
        <translation>account add：--name：请填写此人的姓名。</translation>
    </message>
    <message>
        <source>account add: --role: expected admin, clerk, grid-worker or viewer, got &quot;%1&quot;.</source>
        <translation>account add：--role：应为 admin、clerk、grid-worker 或 viewer，实际为“%1”。</translation>
    </message>
    <message>
        <source>account add: --grid: only a grid worker has grids of their own.</source>
        <translation>account add：--grid：只有网格员才有自己负责的网格。</translation>
    </message>
    <message>
        <source>account add: --grid: please give the grid worker&apos;s grids (--grid CODE, repeated).</source>
        <translation>account add：--grid：请给出网格员负责的网格（--grid 编号，可重复）。</translation>
    </message>
    <message>
        <source>account add: --role: the first account of a database must be an administrator (--role admin).</source>
        <translation>account add：--role：数据库的第一个账号必须是管理员（--role admin）。</translation>
    </message>
    <message>
        <source>account: only an administrator may manage accounts.</source>
        <translation>account：只有管理员可以管理账号。</translation>
    </message>
    <message>
        <source>account add: --grid: there is no grid with the code &quot;%1&quot;.</source>
        <translation>account add：--grid：没有编号为“%1”的网格。</translation>
    </message>
    <message>
        <source>Account %1 (%2) added.</source>
        <translation>已添加账号 %1（%2）。</translation>
    </message>
    <message>
        <source>This database has no accounts yet; add the first administrator with &quot;account add LOGIN --name NAME --role admin&quot;.</source>
        <translation>此数据库还没有账号；请用“account add 账号 --name 姓名 --role admin”添加第一个管理员。</translation>
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
        <translation>锁定至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>共 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>account disable: there is no account with the login &quot;%1&quot;.</source>
        <translation>account disable：没有登录名为“%1”的账号。</translation>
    </message>
    <message>
        <source>Account %1 was already disabled.</source>
        <translation>账号 %1 此前已停用。</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>账号 %1 已停用：不能再登录。</translation>
    </message>
    <message>
        <source>account: expected &quot;account add LOGIN --name NAME --role ROLE [--grid CODE]&quot;, &quot;account list&quot; or &quot;account disable LOGIN&quot;.</source>
        <translation>account：应为“account add 账号 --name 姓名 --role 角色 [--grid 编号]”、“account list”或“account disable 账号”。</translation>
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
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
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
        <translation>网格(&amp;G)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Grids: a grid worker needs at least one grid.</source>
        <translation>网格：网格员至少需要分配一个网格。</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>确认密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Whole street</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>密码：至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: do not start or end it with a space.</source>
        <translation>密码：开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>An administrator already exists; please sign in.</source>
        <translation>已存在管理员，请登录。</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>无法保存账号。</translation>
    </message>
    <message>
        <source>Only an administrator may change accounts.</source>
        <translation>只有管理员可以修改账号。</translation>
    </message>
    <message>
        <source>Name: please enter the person&apos;s name.</source>
        <translation>姓名：请输入此人的姓名。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账号已不存在。</translation>
    </message>
    <message>
        <source>Role: at least one administrator must remain.</source>
        <translation>角色：必须至少保留一名管理员。</translation>
    </message>
    <message>
        <source>Someone else changed this account meanwhile; please reopen it.</source>
        <translation>此账号已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>Login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>账号：请使用 2 至 32 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>Login: %1 is already taken.</source>
        <translation>账号：%1 已被使用。</translation>
    </message>
    <message>
        <source>Only an administrator may change another person&apos;s password.</source>
        <translation>只有管理员可以修改他人的密码。</translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation>无法修改密码。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled; please ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密码错误次数过多：此账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded; please try again.</source>
        <translation>无法记录本次登录，请重试。</translation>
    </message>
    <message>
        <source>This database login is not an account of this office, or the account is disabled; please ask an administrator.</source>
        <translation>此数据库登录名不是本办公室的账号，或账号已停用；请联系管理员。</translation>
    </message>
    <message>
        <source>Community: you may only manage the accounts of your own community.</source>
        <translation>社区：只能管理本社区的账号。</translation>
    </message>
    <message>
        <source>Community: choose a community of this street, or the whole street.</source>
        <translation>社区：请选择本街道的一个社区，或选择全街道。</translation>
    </message>
    <message>
        <source>Community: every grid of the account must lie in its community.</source>
        <translation>社区：该账号的每个网格都必须属于其所在社区。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
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
        <translation>网格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
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
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>数据库登录名</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
</context>
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
    <name>AgreementDocument</name>
    <message>
        <source>People&apos;s mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>%1 People&apos;s Mediation Committee</source>
        <comment>community name</comment>
        <translation>%1人民调解委员会</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Mediator:</source>
        <translation>调解员：</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The matter in dispute</source>
        <translation>纠纷事项</translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation>调解经过</translation>
    </message>
    <message>
        <source>The agreement reached</source>
        <translation>达成的协议</translation>
    </message>
    <message>
        <source>No agreement has been reached yet.</source>
        <translation>尚未达成协议。</translation>
    </message>
    <message>
        <source>Keeping the agreement</source>
        <translation>协议履行</translation>
    </message>
    <message numerus="yes">
        <source>The parties shall keep this agreement in good faith. It is made in %n copies, one for each party and one for the mediation committee.</source>
        <translation>
            <numerusform>当事人应诚信履行本协议。本协议一式 %n 份，当事人各执一份，调解委员会留存一份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: the agreement was kept.</source>
        <translation>已记录：协议已履行。</translation>
    </message>
    <message>
        <source>Recorded: the agreement was not kept.</source>
        <translation>已记录：协议未履行。</translation>
    </message>
    <message>
        <source>%1 (signature):</source>
        <comment>party&apos;s side</comment>
        <translation>%1（签名）：</translation>
    </message>
    <message>
        <source>Mediator (signature):</source>
        <translation>调解员（签名）：</translation>
    </message>
    <message>
        <source>Committee (seal):</source>
        <translation>调解委员会（盖章）：</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
    <message>
        <source>Aged 60+</source>
        <translation>60 岁以上</translation>
    </message>
    <message>
        <source>Figures are the sums of the area&apos;s grids.</source>
        <translation>数据为该片区各网格之和。</translation>
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
        <source>Leader:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>&amp;New area</source>
        <translation>新建片区(&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;area</source>
        <translation>保存片区(&amp;A)</translation>
    </message>
    <message>
        <source>Archive area…</source>
        <translation>归档片区…</translation>
    </message>
    <message>
        <source>Grids of this area</source>
        <translation>本片区的网格</translation>
    </message>
    <message>
        <source>Apply grid &amp;choice</source>
        <translation>应用网格选择(&amp;C)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Area saved.</source>
        <translation>片区已保存。</translation>
    </message>
    <message>
        <source>Archive area</source>
        <translation>归档片区</translation>
    </message>
    <message>
        <source>Archive the area %1? Its grids are left in no area.</source>
        <translation>归档片区 %1？其下网格将不再属于任何片区。</translation>
    </message>
    <message>
        <source>Area archived.</source>
        <translation>片区已归档。</translation>
    </message>
    <message>
        <source>Grids assigned.</source>
        <translation>网格已划入片区。</translation>
    </message>
</context>
<context>
    <name>AreaStore</name>
    <message>
        <source>Exclusive grid</source>
        <translation>专属网格</translation>
    </message>
    <message>
        <source>Regular grid</source>
        <translation>普通网格</translation>
    </message>
    <message>
        <source>Code: enter the area&apos;s code, e.g. P01.</source>
        <translation>编号：请输入片区编号，例如 P01。</translation>
    </message>
    <message>
        <source>Name: enter the area&apos;s name.</source>
        <translation>名称：请输入片区名称。</translation>
    </message>
    <message>
        <source>Code: another area already has the code %1.</source>
        <translation>编号：已有其他片区使用编号 %1。</translation>
    </message>
    <message>
        <source>This area no longer exists.</source>
        <translation>此片区已不存在。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The area could not be saved.</source>
        <translation>无法保存片区。</translation>
    </message>
    <message>
        <source>The area could not be saved; nothing was changed.</source>
        <translation>无法保存片区，未做任何更改。</translation>
    </message>
    <message>
        <source>The area could not be archived.</source>
        <translation>无法归档片区。</translation>
    </message>
    <message>
        <source>Area: the chosen area is archived or no longer exists.</source>
        <translation>片区：所选片区已归档或已不存在。</translation>
    </message>
    <message>
        <source>The grids could not be assigned to the area.</source>
        <translation>无法将网格划入该片区。</translation>
    </message>
    <message>
        <source>Area: choose an area first.</source>
        <translation>片区：请先选择片区。</translation>
    </message>
    <message>
        <source>Kind: choose a regular or an exclusive grid.</source>
        <translation>类型：请选择普通网格或专属网格。</translation>
    </message>
    <message>
        <source>Unit: enter the school, market or enterprise of the exclusive grid.</source>
        <translation>所属单位：请填写专属网格所属的学校、市场或企业。</translation>
    </message>
    <message>
        <source>The grid could not be saved; nothing was changed.</source>
        <translation>无法保存网格，未做任何更改。</translation>
    </message>
    <message>
        <source>Community: choose the community the area belongs to first.</source>
        <translation>社区：请先选择片区所属的社区。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign volunteers</source>
        <translation>安排志愿者</translation>
    </message>
    <message>
        <source>On this shift:</source>
        <translation>本班次人员：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Substitute with selected</source>
        <translation>由所选人员替班(&amp;S)</translation>
    </message>
    <message>
        <source>Find a volunteer by name or phone</source>
        <translation>按姓名或电话查找志愿者</translation>
    </message>
    <message>
        <source>Gaps this week:</source>
        <translation>本周缺员班次：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>安排(&amp;A)</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>该班次已不存在。</translation>
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
        <translation>请选择一名志愿者，查看其是否有空。</translation>
    </message>
    <message>
        <source>Free at this time.</source>
        <translation>该时段有空。</translation>
    </message>
    <message>
        <source>Please choose a volunteer first.</source>
        <translation>请先选择一名志愿者。</translation>
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
        <translation>已从该班次移除。</translation>
    </message>
    <message>
        <source>Choose who is replaced above and the substitute below.</source>
        <translation>请在上方选择被替换的人员，在下方选择替班人员。</translation>
    </message>
    <message>
        <source>Substitute recorded.</source>
        <translation>替班已登记。</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>Record assistance</source>
        <translation>登记救助</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>in yuan, e.g. 500 or 300.50</source>
        <translation>单位为元，例如 500 或 300.50</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
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
        <translation>发放人(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>该户</translation>
    </message>
    <message>
        <source>Amount: enter a sum of yuan, e.g. 500 or 300.50.</source>
        <translation>金额：请输入金额（元），例如 500 或 300.50。</translation>
    </message>
    <message>
        <source>Edit assistance</source>
        <translation>编辑救助记录</translation>
    </message>
</context>
<context>
    <name>AssistanceKinds</name>
    <message>
        <source>Name: enter the kind of assistance.</source>
        <translation>名称：请输入救助类型。</translation>
    </message>
    <message>
        <source>Name: there is already a kind of assistance called %1.</source>
        <translation>名称：已有名为 %1 的救助类型。</translation>
    </message>
    <message>
        <source>The kind of assistance could not be saved; nothing was changed.</source>
        <translation>无法保存救助类型，未做任何更改。</translation>
    </message>
    <message>
        <source>The kind of assistance could not be archived; nothing was changed.</source>
        <translation>无法归档救助类型，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>AssistanceSnapshot</name>
    <message>
        <source>%1 for %2 on %3</source>
        <translation>%3 给 %2 的%1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>登记%1</translation>
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
        <translation>住户：请选择受助住户。</translation>
    </message>
    <message>
        <source>Resident: choose a member of this household.</source>
        <translation>居民：请选择该户的一名成员。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of assistance.</source>
        <translation>类型：请选择救助类型。</translation>
    </message>
    <message>
        <source>Amount: enter a sum of money of 0 or more.</source>
        <translation>金额：请输入不小于 0 的金额。</translation>
    </message>
    <message>
        <source>Amount or items: enter the money given or what was handed over.</source>
        <translation>金额或物品：请填写发放的金额或物品。</translation>
    </message>
    <message>
        <source>Date: enter the day it was given.</source>
        <translation>日期：请输入发放日期。</translation>
    </message>
    <message>
        <source>Given by: enter who gave it.</source>
        <translation>发放人：请填写发放人。</translation>
    </message>
    <message>
        <source>The assistance record could not be saved; nothing was changed.</source>
        <translation>无法保存救助记录，未做任何更改。</translation>
    </message>
    <message>
        <source>This assistance record no longer exists.</source>
        <translation>该救助记录已不存在。</translation>
    </message>
    <message>
        <source>This assistance record was changed by someone else since you opened it; please reopen it and make your change again.</source>
        <translation>这条救助记录在您打开后已被他人修改，请重新打开后再修改。</translation>
    </message>
</context>
<context>
    <name>AssistanceTab</name>
    <message>
        <source>Assistance records</source>
        <translation>救助记录</translation>
    </message>
    <message>
        <source>assistance.xlsx</source>
        <translation>救助记录.xlsx</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Record assistance…</source>
        <translation>登记救助(&amp;R)…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>New k&amp;ind…</source>
        <translation>新建类型(&amp;I)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 time(s), %3 yuan</source>
        <translation>%1：%2 次，%3 元</translation>
    </message>
    <message>
        <source>Total %1 yuan. %2</source>
        <translation>合计 %1 元。%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Assistance recorded.</source>
        <translation>救助已登记。</translation>
    </message>
    <message>
        <source>Archive assistance record</source>
        <translation>归档救助记录</translation>
    </message>
    <message>
        <source>Archive the selected assistance record? It no longer counts in lists and totals.</source>
        <translation>归档所选救助记录？归档后不再计入列表和合计。</translation>
    </message>
    <message>
        <source>Assistance record archived.</source>
        <translation>救助记录已归档。</translation>
    </message>
    <message>
        <source>New kind of assistance</source>
        <translation>新建救助类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Assistance record saved.</source>
        <translation>救助记录已保存。</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>归档%1</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <source>Search residents by name, initials or ID…</source>
        <translation>按姓名、拼音首字母或身份证号搜索居民…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Others not listed:</source>
        <translation>其他未登记人数：</translation>
    </message>
    <message>
        <source>%1  (aged %2, %3)</source>
        <translation>%1  （%2 岁，%3）</translation>
    </message>
    <message>
        <source>%1  (aged %2)</source>
        <translation>%1  （%2 岁）</translation>
    </message>
</context>
<context>
    <name>AttributeType</name>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>%1: enter a number, e.g. 850.50.</source>
        <translation>%1：请输入数字，例如 850.50。</translation>
    </message>
    <message>
        <source>%1: enter a date as 2026-03-31.</source>
        <translation>%1：请按 2026-03-31 的格式输入日期。</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1：请从 %2 中选择一项。</translation>
    </message>
    <message>
        <source>Name: please enter the attribute&apos;s name.</source>
        <translation>名称：请输入属性名称。</translation>
    </message>
    <message>
        <source>Type: choose text, number, date or choice.</source>
        <translation>类型：请选择文本、数字、日期或选项。</translation>
    </message>
    <message>
        <source>Choices: enter at least one choice for %1.</source>
        <translation>选项：请为 %1 至少填写一个选项。</translation>
    </message>
    <message>
        <source>Choices: a choice of %1 may not contain &quot;|&quot;.</source>
        <translation>选项：%1 的选项中不能包含“|”。</translation>
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
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
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
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Case received</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Made a case</source>
        <translation>转为诉求</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Hours changed</source>
        <translation>修改时长</translation>
    </message>
    <message>
        <source>Grid placement</source>
        <translation>调整所属网格</translation>
    </message>
    <message>
        <source>Area changed</source>
        <translation>调整片区</translation>
    </message>
    <message>
        <source>Grid assigned</source>
        <translation>划入网格</translation>
    </message>
    <message>
        <source>Boundary drawn</source>
        <translation>绘制边界</translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation>调整地图位置</translation>
    </message>
    <message>
        <source>Dual report changed</source>
        <translation>修改双报到</translation>
    </message>
    <message>
        <source>Birthday calendar changed</source>
        <translation>修改生日历法</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
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
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Days allowed</source>
        <translation>办理天数</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
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
        <translation>备注</translation>
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
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
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
        <translation>时长</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>其他参与人数</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>落实任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
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
        <translation>组织者</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>已显示</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Birthday parties</source>
        <translation>生日会</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Case categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Event photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>议事会议</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>议事会议类型</translation>
    </message>
    <message>
        <source>Meeting tasks</source>
        <translation>落实任务</translation>
    </message>
    <message>
        <source>Party-member households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Needs raised on visits</source>
        <translation>走访收集的需求</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Shift assignments</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Volunteer points</source>
        <translation>志愿积分</translation>
    </message>
    <message>
        <source>Point rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Volunteer posts</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>兑换奖品</translation>
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
        <translation>志愿队伍</translation>
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
        <translation>%1（%2户）</translation>
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
        <translation>撤销（编辑菜单）</translation>
    </message>
    <message>
        <source>Redone (Edit menu)</source>
        <translation>重做（编辑菜单）</translation>
    </message>
    <message>
        <source>Added in the field</source>
        <translation>外业新增</translation>
    </message>
    <message>
        <source>Changed in the field</source>
        <translation>外业修改</translation>
    </message>
    <message>
        <source>Removed in the field</source>
        <translation>外业移除</translation>
    </message>
    <message>
        <source>Field copy merged</source>
        <translation>合并外业副本</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Housing type</source>
        <translation>住房性质</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <source>Birthday calendar</source>
        <translation>生日历法</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>已撤销合并</translation>
    </message>
    <message>
        <source>Residents marked not the same person</source>
        <translation>居民已标记为非同一人</translation>
    </message>
    <message>
        <source>Merged residents</source>
        <translation>合并居民</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>恢复受理</translation>
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
        <translation>刷新</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
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
        <translation>选择一行以查看其修改前和修改后的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部数据表</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>操作内容</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The register was backed up to
%1</source>
        <translation>人口台账已备份到
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>CommunityDesk backups (*.sqlite)</source>
        <translation>社区工作台备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1?

Everything entered since that backup is replaced; a copy of the current register is kept in the backup folder. CommunityDesk closes now and restores when it starts again.</source>
        <translation>用备份 %1 替换人口台账吗？

该备份之后录入的所有内容都将被替换；当前人口台账的副本会保留在备份文件夹中。社区工作台现在将关闭，并在下次启动时完成恢复。</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The register as it was is kept as %2.</source>
        <translation>已恢复备份 %1。恢复前的人口台账已保存为 %2。</translation>
    </message>
    <message>
        <source>CommunityDesk</source>
        <translation>社区工作台</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup, %2? The damaged file is kept in the backup folder.</source>
        <translation>%1

是否恢复最近的备份 %2？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made:
%1

The register itself is unchanged. Please check the backup folder %2 or use File &gt; Back up now….</source>
        <translation>今天的备份未能完成：
%1

台账本身没有变化。请检查备份文件夹 %2，或使用“文件 &gt; 立即备份”。</translation>
    </message>
    <message>
        <source>%1

There is no usable backup. Please stop entering data and ask for help; do not delete the file.</source>
        <translation>%1

没有可用的备份。请停止录入数据并寻求技术支持，不要删除该文件。</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup, %2? CommunityDesk closes now and restores it when it starts again; the damaged file is kept in the backup folder.</source>
        <translation>%1

是否恢复最近的备份 %2？社区工作台将立即关闭，并在下次启动时恢复；损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>The register file %1 is damaged: some of its pages cannot be read.</source>
        <translation>台账文件 %1 已损坏：部分数据页无法读取。</translation>
    </message>
    <message>
        <source>&amp;Check the register…</source>
        <translation>检查人口台账(&amp;C)…</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>正在备份人口台账…</translation>
    </message>
    <message>
        <source>Check the register</source>
        <translation>检查人口台账</translation>
    </message>
    <message>
        <source>Checking every page of the register…</source>
        <translation>正在逐页检查人口台账…</translation>
    </message>
    <message>
        <source>The register was checked: no problems were found.</source>
        <translation>人口台账检查完毕：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s) in the register. Please stop entering data and ask for help; File &gt; Restore from backup… can bring back the latest backup.</source>
        <translation>
            <numerusform>检查发现人口台账中有 %n 处问题。请停止录入数据并寻求技术支持；可通过“文件 &gt; 从备份恢复…”恢复最近的备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
</context>
<context>
    <name>BackupCli</name>
    <message>
        <source>%1: this database is on a PostgreSQL server; it is backed up and restored with the server&apos;s own tools (pg_dump and pg_restore), by its administrator, not by CommunityDesk.</source>
        <translation>%1：此数据库在 PostgreSQL 服务器上，由服务器管理员用服务器自带的工具（pg_dump 和 pg_restore）备份和恢复，而不是由社区工作台。</translation>
    </message>
    <message>
        <source>backup: a backup holds the whole register with full ID and phone numbers; only an administrator or a clerk may make one.</source>
        <translation>backup：备份包含整个台账及完整的身份证号和电话号码；只有管理员或工作人员可以备份。</translation>
    </message>
    <message>
        <source>backup: the backup could not be written to the audit log, so no file was kept.</source>
        <translation>backup：备份无法记入审计日志，因此未保留文件。</translation>
    </message>
    <message numerus="yes">
        <source>Backup of %n resident(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名居民的备份写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>restore: only an administrator may replace the database with a backup.</source>
        <translation>restore：只有管理员可以用备份替换数据库。</translation>
    </message>
    <message>
        <source>restore: %1 Nothing was changed.</source>
        <translation>restore：%1 未做任何更改。</translation>
    </message>
    <message>
        <source>restore: the restore could not be written to the audit log.</source>
        <translation>restore：恢复操作无法记入审计日志。</translation>
    </message>
    <message>
        <source>Database restored from %1.</source>
        <translation>已从 %1 恢复数据库。</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>backup: a backup holds every community of the street; only a street-level account may make one.</source>
        <translation>backup：备份包含本街道的所有社区，只有街道级账号可以创建备份。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (the disk may be full or the database busy).</source>
        <translation>无法将备份写入 %1（可能是磁盘已满或数据库正忙）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database.</source>
        <translation>文件 %1 已损坏或不是数据库文件。</translation>
    </message>
    <message>
        <source>The file %1 is not a CommunityDesk database.</source>
        <translation>文件 %1 不是社区工作台数据库。</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer CommunityDesk (data version %2); please update the program first.</source>
        <translation>文件 %1 由更新版本的社区工作台写入（数据版本 %2），请先更新程序。</translation>
    </message>
    <message>
        <source>The backup could not be copied; nothing was changed.</source>
        <translation>无法复制备份，未做任何更改。</translation>
    </message>
    <message>
        <source>The current database could not be kept as a copy; nothing was changed.</source>
        <translation>无法保留当前数据库的副本，未做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the current database was kept.</source>
        <translation>无法放置备份文件，已保留当前数据库。</translation>
    </message>
    <message>
        <source>The register is on a database server; it is backed up on the server (pg_dump), not here.</source>
        <translation>人口台账保存在数据库服务器上，应在服务器端备份（pg_dump），无法在此备份。</translation>
    </message>
    <message>
        <source>%1 already exists; please choose a new file for the backup.</source>
        <translation>%1 已存在；请为备份选择一个新文件。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>对 %1 的检查已取消。</translation>
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
        <source>Kept by the resident&apos;s own choice of calendar.</source>
        <translation>按本人选择的历法过生日。</translation>
    </message>
    <message>
        <source>Kept by the office&apos;s default calendar.</source>
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
        <source>The office&apos;s default; a resident can keep their own (right-click a name).</source>
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
        <source>%1&apos;s birthday calendar changed.</source>
        <translation>已更改 %1 的生日历法。</translation>
    </message>
    <message>
        <source>birthdays %1 – %2</source>
        <translation>%1 – %2 过生日</translation>
    </message>
    <message>
        <source>Writing the birthday list…</source>
        <translation>正在生成生日名单…</translation>
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
        <source>The party&apos;s list could not be saved.</source>
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
</context>
<context>
    <name>CareCli</name>
    <message>
        <source>care: --date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>care：--date “%1”不是有效日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>care overdue: the follow-ups could not be read from the database.</source>
        <translation>care overdue：无法从数据库读取回访记录。</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未走访</translation>
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
            <numerusform>截至 %1，有 %n 户超期未回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>care assist list: --month &quot;%1&quot; is not a month; write it as YYYY-MM.</source>
        <translation>care assist list：--month “%1”不是有效月份；请写成 YYYY-MM。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 yuan in all.</source>
        <translation>
            <numerusform>共 %n 条记录，合计 %1 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>care assist add: please give --household ID and --kind (e.g. 临时救助 or temporary_relief).</source>
        <translation>care assist add：请给出 --household ID 和 --kind（例如 临时救助 或 temporary_relief）。</translation>
    </message>
    <message>
        <source>care assist add: --amount &quot;%1&quot; is not a sum of yuan, e.g. 500 or 300.50.</source>
        <translation>care assist add：--amount “%1”不是有效的金额（元），例如 500 或 300.50。</translation>
    </message>
    <message>
        <source>Assistance record %1 added.</source>
        <translation>已添加救助记录 %1。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>进行中</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 次活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>共 %n 个结对。</numerusform>
        </translation>
    </message>
    <message>
        <source>care pair add: please give --household ID.</source>
        <translation>care pair add：请给出 --household ID。</translation>
    </message>
    <message>
        <source>Pair %1 added.</source>
        <translation>已添加结对 %1。</translation>
    </message>
    <message>
        <source>care: the household&apos;s ID.</source>
        <translation>care：住户的 ID。</translation>
    </message>
    <message>
        <source>care assist add: the resident helped (ID).</source>
        <translation>care assist add：受助居民（ID）。</translation>
    </message>
    <message>
        <source>care assist add: the kind of assistance; care pair add: cadre, party_member or volunteer.</source>
        <translation>care assist add：救助类型；care pair add：cadre、party_member 或 volunteer。</translation>
    </message>
    <message>
        <source>care assist add: the sum given, in yuan.</source>
        <translation>care assist add：发放金额（元）。</translation>
    </message>
    <message>
        <source>care assist add: what was handed over.</source>
        <translation>care assist add：发放的物品。</translation>
    </message>
    <message>
        <source>care assist add: who gave it.</source>
        <translation>care assist add：发放人。</translation>
    </message>
    <message>
        <source>care pair add: the helper&apos;s name.</source>
        <translation>care pair add：帮扶人姓名。</translation>
    </message>
    <message>
        <source>care assist list: only this month.</source>
        <translation>care assist list：仅限该月。</translation>
    </message>
    <message>
        <source>care: --grid: &quot;%1&quot; is not one of the grids you see.</source>
        <translation>care：--grid：“%1”不是您可查看的网格。</translation>
    </message>
    <message>
        <source>care export: --out: please give a file ending in .csv or .xlsx.</source>
        <translation>care export：--out：请给出以 .csv 或 .xlsx 结尾的文件名。</translation>
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
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>关注程度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮扶人</translation>
    </message>
    <message>
        <source>Helper is</source>
        <translation>帮扶人身份</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>care export: say overdue, pairs or assist.</source>
        <translation>care export：请使用 overdue、pairs 或 assist。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>care: expected overdue, assist list|add, pair list|add or export overdue|pairs|assist.</source>
        <translation>care：应为 overdue、assist list|add、pair list|add 或 export overdue|pairs|assist。</translation>
    </message>
</context>
<context>
    <name>CareLevels</name>
    <message>
        <source>Normal</source>
        <translation>一般关注</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>特别关注</translation>
    </message>
</context>
<context>
    <name>CareListFrame</name>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
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
        <translation>超期未回访</translation>
    </message>
    <message>
        <source>overdue-follow-ups.xlsx</source>
        <translation>超期未回访.xlsx</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>全部关注程度</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation>类别(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>关注程度(&amp;L)</translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation>日期(&amp;D)</translation>
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
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>关注程度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未走访</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) overdue</source>
        <translation>
            <numerusform>%n 户超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up r&amp;ules…</source>
        <translation>跟进规则(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>超期未回访(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>结对帮扶(&amp;P)</translation>
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
        <translation>编辑结对</translation>
    </message>
    <message>
        <source>New pairing</source>
        <translation>新建结对</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住户(&amp;H)</translation>
    </message>
    <message>
        <source>Hel&amp;per</source>
        <translation>帮扶人(&amp;P)</translation>
    </message>
    <message>
        <source>Helper &amp;is</source>
        <translation>帮扶人身份(&amp;I)</translation>
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Helper&apos;s ph&amp;one</source>
        <translation>帮扶人电话(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CarePairSnapshot</name>
    <message>
        <source>add the pairing of %1</source>
        <translation>新增 %1 的结对帮扶</translation>
    </message>
    <message>
        <source>edit the pairing of %1</source>
        <translation>编辑 %1 的结对帮扶</translation>
    </message>
</context>
<context>
    <name>CarePairStore</name>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Household: choose the household the helper is paired with.</source>
        <translation>住户：请选择与帮扶人结对的住户。</translation>
    </message>
    <message>
        <source>Helper: enter the helper&apos;s name.</source>
        <translation>帮扶人：请输入帮扶人姓名。</translation>
    </message>
    <message>
        <source>Helper is: choose cadre, party member or volunteer.</source>
        <translation>帮扶人身份：请选择干部、党员或志愿者。</translation>
    </message>
    <message>
        <source>Start: enter the day the pairing began.</source>
        <translation>开始：请输入结对开始日期。</translation>
    </message>
    <message>
        <source>End: the pairing cannot end before it began.</source>
        <translation>结束：结对结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>This pairing no longer exists.</source>
        <translation>该结对已不存在。</translation>
    </message>
    <message>
        <source>The pairing could not be saved; nothing was changed.</source>
        <translation>无法保存结对，未做任何更改。</translation>
    </message>
    <message>
        <source>Date: enter the day it was done.</source>
        <translation>日期：请输入帮扶日期。</translation>
    </message>
    <message>
        <source>Date: the pairing began on %1.</source>
        <translation>日期：不能早于结对开始日期 %1。</translation>
    </message>
    <message>
        <source>What was done: describe what the helper did.</source>
        <translation>帮扶内容：请填写帮扶人做了什么。</translation>
    </message>
    <message>
        <source>The activity could not be saved; nothing was changed.</source>
        <translation>无法保存帮扶活动，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CarePairsTab</name>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>pairings.xlsx</source>
        <translation>结对帮扶.xlsx</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;Current only</source>
        <translation>仅显示进行中的结对(&amp;C)</translation>
    </message>
    <message>
        <source>Helper or household member</source>
        <translation>帮扶人或家庭成员</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;w pairing…</source>
        <translation>新建结对(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Acti&amp;vity…</source>
        <translation>帮扶活动(&amp;V)…</translation>
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
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮扶人</translation>
    </message>
    <message>
        <source>Helper is</source>
        <translation>帮扶人身份</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近一次活动</translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation>
            <numerusform>%n 个结对</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairing saved.</source>
        <translation>结对已保存。</translation>
    </message>
    <message>
        <source>Activity recorded.</source>
        <translation>帮扶活动已登记。</translation>
    </message>
</context>
<context>
    <name>CareRules</name>
    <message>
        <source>Tag: choose the group the rule is for.</source>
        <translation>标签：请选择该规则适用的人群。</translation>
    </message>
    <message>
        <source>Minimum age: enter an age from 0 to 150.</source>
        <translation>最低年龄：请输入 0 到 150 之间的年龄。</translation>
    </message>
    <message>
        <source>Attention level: choose normal, focus or severe.</source>
        <translation>关注程度：请选择一般关注、重点关注或特别关注。</translation>
    </message>
    <message>
        <source>Visit every: enter a number of days from 1 to 366.</source>
        <translation>走访周期：请输入 1 到 366 之间的天数。</translation>
    </message>
    <message>
        <source>Applies from: enter the day the rule starts.</source>
        <translation>生效日期：请输入规则开始生效的日期。</translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation>该规则已不存在。</translation>
    </message>
    <message>
        <source>The rule could not be saved; nothing was changed.</source>
        <translation>规则未能保存，未做任何更改。</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>The attention level could not be saved; nothing was changed.</source>
        <translation>关注程度未能保存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CareRulesDialog</name>
    <message>
        <source>Follow-up rules</source>
        <translation>跟进规则</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>From age</source>
        <translation>起始年龄</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>关注程度</translation>
    </message>
    <message>
        <source>Visit every (days)</source>
        <translation>走访周期（天）</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>人群(&amp;G)</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限年龄</translation>
    </message>
    <message>
        <source>From &amp;age</source>
        <translation>起始年龄(&amp;A)</translation>
    </message>
    <message>
        <source>Attention &amp;level</source>
        <translation>关注程度(&amp;L)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Visit every</source>
        <translation>走访周期(&amp;V)</translation>
    </message>
    <message>
        <source>Applies &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;In use</source>
        <translation>启用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;w rule</source>
        <translation>新建规则(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
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
        <translation>规则已保存。</translation>
    </message>
</context>
<context>
    <name>CaseCategoryDialog</name>
    <message>
        <source>Case categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>办理时限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Archived (not offered for new cases)</source>
        <translation>归档（新建诉求时不再可选）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s)</source>
        <translation>
            <numerusform>%1 — %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Ne&amp;w category</source>
        <translation>新建类别(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseCli</name>
    <message>
        <source>case list: &quot;%1&quot; is not a status; say open, overdue, resolved, withdrawn or one of %2.</source>
        <translation>case list：“%1”不是状态；请写 open、overdue、resolved、withdrawn 或 %2 之一。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件诉求。</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1: give the case number.</source>
        <translation>case %1：请给出诉求编号。</translation>
    </message>
    <message>
        <source>case %1: there is no case %2.</source>
        <translation>case %1：没有编号为 %2 的诉求。</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>case %1：%2</translation>
    </message>
    <message>
        <source>Case %1 withdrawn; it is out of every count until reinstated.</source>
        <translation>诉求 %1 已撤回；恢复之前不计入任何统计。</translation>
    </message>
    <message>
        <source>Case %1 reinstated.</source>
        <translation>诉求 %1 已恢复。</translation>
    </message>
    <message>
        <source>case: say list [STATUS], withdraw CASE or reinstate CASE.</source>
        <translation>case：请写 list [STATUS]、withdraw 编号 或 reinstate 编号。</translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
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
        <translation>名称：请填写部门名称。</translation>
    </message>
    <message>
        <source>Name: there is already a department called %1.</source>
        <translation>名称：已有名为 %1 的部门。</translation>
    </message>
    <message>
        <source>The department could not be saved.</source>
        <translation>部门未能保存。</translation>
    </message>
    <message>
        <source>The department could not be archived.</source>
        <translation>部门未能归档。</translation>
    </message>
    <message>
        <source>Only an administrator changes the list of departments.</source>
        <translation>只有管理员可以修改部门列表。</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未选择诉求</translation>
    </message>
    <message>
        <source>Choose a case in the list to see its details and timeline.</source>
        <translation>请在列表中选择一条诉求，查看其详情和办理过程。</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>诉求 %1 — %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Days to resolve</source>
        <translation>办结用时（天）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>办理人：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>办理结果：%1</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Errand %1 — %2</source>
        <translation>代办 %1 — %2</translation>
    </message>
    <message>
        <source>Errand type</source>
        <translation>代办类型</translation>
    </message>
    <message>
        <source>From the visit</source>
        <translation>来源走访</translation>
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
        <translation>新建诉求</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>受理时间(&amp;R)</translation>
    </message>
    <message>
        <source>Set from the category; change it to give this case its own deadline.</source>
        <translation>根据类别自动设定；修改后可为本诉求单独设定期限。</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>办理时限(&amp;D)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>e.g. east gate of the compound</source>
        <translation>例如：小区东门</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>name, or leave empty if anonymous</source>
        <translation>姓名，匿名反映可不填</translation>
    </message>
    <message>
        <source>F&amp;ind in register</source>
        <translation>在人口台账中查找(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;porter</source>
        <translation>反映人(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>诉求内容(&amp;E)</translation>
    </message>
    <message>
        <source>who took the case in</source>
        <translation>受理登记的工作人员</translation>
    </message>
    <message>
        <source>&amp;Taken by</source>
        <translation>受理人(&amp;T)</translation>
    </message>
    <message>
        <source>No resident of that name or phone in the register</source>
        <translation>人口台账中没有该姓名或电话的居民</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found — choose one</source>
        <translation>
            <numerusform>找到 %n 位居民，请选择一位</numerusform>
        </translation>
    </message>
    <message>
        <source>Errand type</source>
        <translation>代办事项类型</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>New errand</source>
        <translation>新建代办</translation>
    </message>
    <message>
        <source>Errand types</source>
        <translation>代办类型</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>新增类型…</translation>
    </message>
    <message>
        <source>Rename type…</source>
        <translation>重命名类型…</translation>
    </message>
    <message>
        <source>Archive type…</source>
        <translation>归档类型…</translation>
    </message>
    <message>
        <source>Add errand type</source>
        <translation>新增代办类型</translation>
    </message>
    <message>
        <source>Rename errand type</source>
        <translation>重命名代办类型</translation>
    </message>
    <message>
        <source>Archive errand type</source>
        <translation>归档代办类型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Choose the errand type first.</source>
        <translation>请先选择代办类型。</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Errands of this type keep it; new errands cannot choose it.</source>
        <translation>归档“%1”？已有的该类代办保留此类型；新代办不能再选择它。</translation>
    </message>
    <message>
        <source>%1  aged %2  %3</source>
        <translation>%1  %2 岁  %3</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;New case…</source>
        <translation>新建诉求(&amp;N)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求事件</translation>
    </message>
    <message>
        <source>Search case no., description, location, reporter</source>
        <translation>搜索诉求编号、描述、地点、反映人</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>类别(&amp;T)…</translation>
    </message>
    <message>
        <source>New case (%1)</source>
        <translation>新建诉求（%1）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>超期(&amp;O)</translation>
    </message>
    <message>
        <source>Show only open cases past their deadline</source>
        <translation>只显示已过办理时限的未办结诉求</translation>
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
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件诉求</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 received.</source>
        <translation>诉求 %1 已受理。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>cases.xlsx</source>
        <translation>诉求事件.xlsx</translation>
    </message>
    <message>
        <source>%1 cases exported.</source>
        <translation>已导出 %1 件诉求。</translation>
    </message>
    <message>
        <source>Cases and errands</source>
        <translation>诉求与代办</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Errand %1 received.</source>
        <translation>代办 %1 已受理。</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>自(&amp;M)</translation>
    </message>
    <message>
        <source>received in the period</source>
        <translation>期间受理</translation>
    </message>
    <message>
        <source>resolved in the period</source>
        <translation>期间办结</translation>
    </message>
    <message>
        <source>Due e&amp;rrands (%1)…</source>
        <translation>待办提醒（%1）(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) opened.</source>
        <translation>
            <numerusform>已生成 %n 项代办。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to me&amp;diation…</source>
        <translation>转人民调解(&amp;D)…</translation>
    </message>
    <message>
        <source>Errands the office&apos;s rules open today: turning 60, 80, 90 or 100, a death, a birth, a move-in, a 低保 review date</source>
        <translation>按社区规则今天应生成的代办：年满 60、80、90 或 100 周岁，死亡，出生，迁入，低保复核日期</translation>
    </message>
</context>
<context>
    <name>CaseSnapshot</name>
    <message>
        <source>add case %1</source>
        <translation>新增诉求 %1</translation>
    </message>
    <message>
        <source>step on case %1</source>
        <translation>诉求 %1 的办理步骤</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — 诉求 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · now %3</source>
        <translation>%1 · %2 · 当前状态：%3</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>办理人(&amp;B)</translation>
    </message>
    <message>
        <source>department or person</source>
        <translation>部门或人员</translation>
    </message>
    <message>
        <source>leave empty to keep %1</source>
        <translation>留空则保持为 %1</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>交办对象(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>%1 — errand %2</source>
        <translation>%1 — 代办 %2</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <source>Rename department…</source>
        <translation>重命名部门…</translation>
    </message>
    <message>
        <source>Archive department…</source>
        <translation>归档部门…</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>Archive department</source>
        <translation>归档部门</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Choose the department first.</source>
        <translation>请先选择部门。</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Cases handed to it keep its name; new hand-offs cannot choose it.</source>
        <translation>归档“%1”？已交办给该部门的诉求保留其名称；新的交办不能再选择它。</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Description: describe the request or problem.</source>
        <translation>诉求内容：请描述诉求或问题。</translation>
    </message>
    <message>
        <source>Category: choose the kind of case.</source>
        <translation>类别：请选择诉求类别。</translation>
    </message>
    <message>
        <source>Category: that category is archived; choose another.</source>
        <translation>类别：该类别已归档，请另选一个。</translation>
    </message>
    <message>
        <source>Source: choose how the case came in.</source>
        <translation>来源：请选择诉求的来源。</translation>
    </message>
    <message>
        <source>Received: enter when the case was received.</source>
        <translation>受理时间：请填写受理诉求的时间。</translation>
    </message>
    <message>
        <source>Building: that building does not exist.</source>
        <translation>楼栋：该楼栋不存在。</translation>
    </message>
    <message>
        <source>Grid: that grid does not exist.</source>
        <translation>网格：该网格不存在。</translation>
    </message>
    <message>
        <source>Reporter: that resident is not in the register.</source>
        <translation>反映人：该居民不在人口台账中。</translation>
    </message>
    <message>
        <source>Deadline: must be after the time received.</source>
        <translation>办理时限：必须晚于受理时间。</translation>
    </message>
    <message>
        <source>The case could not be saved.</source>
        <translation>诉求未能保存。</translation>
    </message>
    <message>
        <source>That case does not exist.</source>
        <translation>该诉求不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; look at it again and retry.</source>
        <translation>其他人已修改了该诉求，请重新查看后再试。</translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation>该办理步骤未能保存。</translation>
    </message>
    <message>
        <source>Name: enter the category&apos;s name.</source>
        <translation>名称：请填写类别名称。</translation>
    </message>
    <message>
        <source>Deadline: between 1 and 365 days.</source>
        <translation>办理时限：须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>Name: another category is already called %1.</source>
        <translation>名称：已有名为 %1 的类别。</translation>
    </message>
    <message>
        <source>The category could not be saved.</source>
        <translation>类别未能保存。</translation>
    </message>
    <message>
        <source>The category could not be archived.</source>
        <translation>类别未能归档。</translation>
    </message>
    <message>
        <source>Kind: choose case or errand.</source>
        <translation>类型：请选择诉求或代办。</translation>
    </message>
    <message>
        <source>Errand type: choose the kind of errand.</source>
        <translation>代办事项类型：请选择代办事项类型。</translation>
    </message>
    <message>
        <source>Status: case %1 is withdrawn; reinstate it first.</source>
        <translation>状态：诉求 %1 已撤回，请先恢复。</translation>
    </message>
    <message>
        <source>Status: case %1 is already withdrawn.</source>
        <translation>状态：诉求 %1 已经撤回。</translation>
    </message>
    <message>
        <source>Status: case %1 is not withdrawn.</source>
        <translation>状态：诉求 %1 未被撤回。</translation>
    </message>
    <message>
        <source>The case could not be withdrawn.</source>
        <translation>诉求未能撤回。</translation>
    </message>
    <message>
        <source>The case could not be reinstated.</source>
        <translation>诉求未能恢复。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>交办对象</translation>
    </message>
    <message>
        <source>Days to resolve</source>
        <translation>办结用时（天）</translation>
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
        <translation>已交办</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>已督办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Grid patrol</source>
        <translation>网格巡查</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345 热线</translation>
    </message>
    <message>
        <source>Online photo</source>
        <translation>随手拍</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Action: &quot;%1&quot; is not a step of the workflow.</source>
        <translation>操作：“%1”不是办理流程中的步骤。</translation>
    </message>
    <message>
        <source>Action: a case that is %1 cannot be given the step &quot;%2&quot;.</source>
        <translation>操作：状态为“%1”的诉求不能执行“%2”步骤。</translation>
    </message>
    <message>
        <source>Date: enter when the step was taken.</source>
        <translation>日期：请填写该步骤的办理时间。</translation>
    </message>
    <message>
        <source>To whom: enter the department or person the case goes to.</source>
        <translation>交办对象：请填写诉求交办的部门或人员。</translation>
    </message>
    <message>
        <source>Result: enter how the case was resolved.</source>
        <translation>办理结果：请填写诉求的办理情况。</translation>
    </message>
    <message>
        <source>Satisfaction: choose how satisfied the resident is.</source>
        <translation>满意度：请选择居民的满意程度。</translation>
    </message>
    <message>
        <source>Reason: enter why the case is reopened.</source>
        <translation>原因：请填写重新办理的原因。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Action: an errand that is %1 cannot be given the step &quot;%2&quot;.</source>
        <translation>操作：状态为“%1”的代办不能执行“%2”步骤。</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>办理完成</translation>
    </message>
    <message>
        <source>Step undone or redone (Edit menu)</source>
        <translation>办理步骤已撤销或重做（编辑菜单）</translation>
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
        <translation>恢复受理</translation>
    </message>
    <message>
        <source>Action: an errand that was withdrawn (its intake undone) cannot be given the step &quot;%1&quot;; reinstate it first.</source>
        <translation>办理环节：已撤回（受理已撤销）的代办事项不能执行“%1”，请先恢复。</translation>
    </message>
    <message>
        <source>Action: a case that was withdrawn (its intake undone) cannot be given the step &quot;%1&quot;; reinstate it first.</source>
        <translation>办理环节：已撤回（受理已撤销）的诉求不能执行“%1”，请先恢复。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>将图表以图片形式复制到剪贴板</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>打印图表</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>打印图表</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>正在保存图表…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--households: expected a positive whole number, got &quot;%1&quot;.</source>
        <translation>--households：应为正整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.</source>
        <translation>演示社区已写入：%1 个网格、%2 个小区、%3 栋楼、%4 户、%5 人。</translation>
    </message>
    <message>
        <source>--limit: expected a positive whole number, got &quot;%1&quot;.</source>
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
        <source>Households of demo data (default 1200).</source>
        <translation>演示数据的户数（默认 1200）。</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>最多显示 N 条结果（默认 50）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>search: please give the text to search for.</source>
        <translation>search：请给出要检索的文字。</translation>
    </message>
    <message>
        <source>birthdays: by lunar birthday, for residents without a calendar of their own.</source>
        <translation>birthdays：未自选历法的居民按农历生日统计。</translation>
    </message>
    <message>
        <source>birthdays: aged N and over (default: the desk&apos;s setting, 60).</source>
        <translation>birthdays：N 周岁以上（默认取本机设置，60）。</translation>
    </message>
    <message>
        <source>birthdays: one sign-in sheet per grid.</source>
        <translation>birthdays：每个网格一张签到表。</translation>
    </message>
    <message>
        <source>birthdays: expected a month as YYYY-MM (1901-01 to 2100-12), got &quot;%1&quot;.</source>
        <translation>birthdays：月份应为 YYYY-MM（1901-01 至 2100-12），实际为“%1”。</translation>
    </message>
    <message>
        <source>birthdays: --out: please give a file ending in .pdf, .csv or .xlsx.</source>
        <translation>birthdays：--out：请给出以 .pdf、.csv 或 .xlsx 结尾的文件。</translation>
    </message>
    <message>
        <source>--min-age: expected an age from 0 to 150, got &quot;%1&quot;.</source>
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
        <source>report: please give the month, as YYYY-MM.</source>
        <translation>report：请按 YYYY-MM 格式指定月份。</translation>
    </message>
    <message>
        <source>check: only a database file can be checked; a PostgreSQL server is checked by its administrator.</source>
        <translation>check：只能检查数据库文件；PostgreSQL 服务器由其管理员负责检查。</translation>
    </message>
    <message>
        <source>The database FILE, or a server as postgresql://user@host/db.</source>
        <translation>数据库文件 FILE，或 postgresql://user@host/db 形式的数据库服务器地址。</translation>
    </message>
    <message>
        <source>report: sum the grids per area, each area followed by its grids.</source>
        <translation>report：按片区汇总各网格，每个片区下列出其网格。</translation>
    </message>
    <message>
        <source>demo: only an administrator may add demo data to a database with accounts.</source>
        <translation>demo：已有账号的数据库只能由管理员添加演示数据。</translation>
    </message>
    <message>
        <source>coverage: this lists the whole community; your account sees only its own grids.</source>
        <translation>coverage：此命令列出整个社区，您的账号只能查看本人负责的网格。</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (or set CD_USER); the password comes from CD_PASSWORD or is asked for.</source>
        <translation>以账号 LOGIN 登录（或设置 CD_USER）；密码取自 CD_PASSWORD，否则提示输入。</translation>
    </message>
    <message>
        <source>birthdays, report, export: write to FILE (.pdf, .csv, .xlsx).</source>
        <translation>birthdays、report、export：写入文件 FILE（.pdf、.csv、.xlsx）。</translation>
    </message>
    <message>
        <source>birthdays, export: full phone numbers (masked by default).</source>
        <translation>birthdays、export：显示完整电话号码（默认打码）。</translation>
    </message>
    <message>
        <source>export: full ID numbers (masked by default).</source>
        <translation>export：显示完整身份证号（默认打码）。</translation>
    </message>
    <message>
        <source>report: only the grid with this CODE; account add: a grid of the grid worker (repeat for more).</source>
        <translation>report：只统计编号为 CODE 的网格；account add：网格员负责的网格（可重复指定多个）。</translation>
    </message>
    <message>
        <source>account add: the person&apos;s name.</source>
        <translation>account add：此人的姓名。</translation>
    </message>
    <message>
        <source>account add: admin, clerk, grid-worker or viewer.</source>
        <translation>account add：admin（管理员）、clerk（工作人员）、grid-worker（网格员）或 viewer（只读）。</translation>
    </message>
    <message>
        <source>import: read and check the file, report, write nothing.</source>
        <translation>import：读取并检查文件、给出报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>import: the header is row N (default: found in the file).</source>
        <translation>import：表头在第 N 行（默认自动查找）。</translation>
    </message>
    <message>
        <source>import: the value VALUE of COLUMN means CODE, e.g. 与户主关系:表哥=other; remembered for later imports.</source>
        <translation>import：列 COLUMN 中的值 VALUE 表示 CODE，例如 与户主关系:表哥=other；以后导入时会沿用。</translation>
    </message>
    <message>
        <source>%1: please give one FILE.</source>
        <translation>%1：请给出一个文件。</translation>
    </message>
    <message>
        <source>import: import this sheet of the workbook (default: every sheet).</source>
        <translation>import：导入工作簿中的此工作表（默认导入全部工作表）。</translation>
    </message>
    <message>
        <source>place: the compound NAME.</source>
        <translation>place：小区名称 NAME。</translation>
    </message>
    <message>
        <source>place add building: N units.</source>
        <translation>place add building：共 N 个单元。</translation>
    </message>
    <message>
        <source>community set-name: the street&apos;s NAME.</source>
        <translation>community set-name：街道名称 NAME。</translation>
    </message>
    <message>
        <source>This field copy refers to %1 row(s) that stayed at the office; they are not counted.</source>
        <translation>此外业副本引用了 %1 条留在办公室的记录；这些不计为问题。</translation>
    </message>
    <message>
        <source>due: open the errands listed.</source>
        <translation>due：生成列出的代办。</translation>
    </message>
    <message>
        <source>field merge: decide every conflict for the office&apos;s or the field&apos;s value.</source>
        <translation>field merge：所有冲突一律采用办公室的值或外业的值。</translation>
    </message>
    <message>
        <source>field merge: write the merge report to R.csv.</source>
        <translation>field merge：将合并报告写入 R.csv。</translation>
    </message>
    <message>
        <source>field checkout: the LOGIN of the worker the field copy is for.</source>
        <translation>field checkout：外业副本使用人的账号 LOGIN。</translation>
    </message>
    <message>
        <source>field: please give what to do, e.g. field merge FILE.</source>
        <translation>field：请指明要执行的操作，例如 field merge FILE。</translation>
    </message>
    <message>
        <source>%1: %2 is a field copy; copy the file itself, which stays sealed.</source>
        <translation>%1：%2 是外业副本；请直接复制该文件本身，副本会保持加密。</translation>
    </message>
    <message>
        <source>--communities: expected a number from 1 to 50, got &quot;%1&quot;.</source>
        <translation>--communities：应为 1 到 50 之间的数字，实际为“%1”。</translation>
    </message>
    <message>
        <source>Demo street written: %1 communities.</source>
        <translation>演示街道已写入：%1 个社区。</translation>
    </message>
    <message>
        <source>community set-name: the community&apos;s NAME; every other command: work in the street&apos;s community with this CODE.</source>
        <translation>community set-name：社区名称 NAME；其他命令：在本街道编号为 CODE 的社区中操作。</translation>
    </message>
    <message>
        <source>demo: a street of N communities (default 1).</source>
        <translation>demo：包含 N 个社区的街道（默认 1 个）。</translation>
    </message>
    <message>
        <source>due, care: the day (default: today).</source>
        <translation>due、care：日期（默认：今天）。</translation>
    </message>
    <message>
        <source>form fill: only residents with the tag TAG.</source>
        <translation>form fill：仅限带有标签 TAG 的居民。</translation>
    </message>
    <message>
        <source>rental expiring: within N days (default 30).</source>
        <translation>rental expiring：N 天以内（默认 30 天）。</translation>
    </message>
    <message>
        <source>--community: there is no community with the code &quot;%1&quot;.</source>
        <translation>--community：没有编号为“%1”的社区。</translation>
    </message>
    <message>
        <source>--community: your account works in another community.</source>
        <translation>--community：您的账号在其他社区工作。</translation>
    </message>
    <message>
        <source>import: keep the file&apos;s column COLUMN as the office&apos;s own resident field of that name (made as a text field when there is none).</source>
        <translation>import：将文件中的 COLUMN 列保留为社区自己的同名居民字段（没有该字段时新建为文本字段）。</translation>
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
                          在空数据库中写入一个演示社区，或一个
                          含 N 个社区的演示街道（10 个社区：154 个网格）
  search TEXT [--limit N] 按主窗口的方式检索人口台账
  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]
                          [--show-phones]  当月老年人生日名单；PDF 格式即为
                          签到表
  report YYYY-MM --out FILE.pdf|FILE.xlsx [--grid CODE | --by-area]
                          月度工作报表，可按社区（分网格，或用
                          --by-area 分片区）或单个网格生成
  check                   检查数据库文件的完整性
  --community CODE        （report、export、birthdays、due、import、search、place、field）
                          在本街道的该社区中操作；街道账号
                          不加此项时对全街道操作
  coverage                列出未划入网格的楼栋和没有楼栋的住户
  import residents FILE.csv|FILE.xlsx [--dry-run] [--header-row N]
                          [--map COLUMN:VALUE=CODE]... [--sheet NAME]...
                          [--keep-as-field COLUMN]...
                          导入居民和住户（工作簿中选定的
                          工作表，默认全部）；未通过的行写入
                          FILE-errors.csv（如有则退出码为 1），变更写入
                          FILE-changes.csv，文件中不再列出的人员写入
                          FILE-missing.csv
  export --out FILE.csv|FILE.xlsx [--show-ids] [--show-phones]
                          按窗口列表的导出方式导出人口台账，号码默认打码
                          （在角色权限允许范围内可显示）；记入审计
  account add LOGIN --name NAME --role admin|clerk|grid-worker|viewer [--grid CODE]...
                          新建账号（密码取自 CD_NEW_PASSWORD 或手动输入）；
                          数据库的第一个账号必须是管理员
  account list            列出所有账号：登录名、姓名、角色、网格、状态
  account disable LOGIN   停用账号，使其不能再登录
  community set-name --street NAME --community NAME
                          填写街道和社区名称（新社区启用的第一步）
  community list | add CODE NAME [AREA_KM2] | rename CODE NAME | archive CODE
                          本街道的社区（由街道管理员变更）
  place list              本社区的小区和楼栋
  place add compound NAME | place add building NAME --compound NAME [--grid CODE]
                          [--units N]   手动设置本社区的小区和楼栋
  place rename building|compound OLD NEW [--compound NAME]
  place merge building FROM INTO --compound NAME
                          FROM 的住户移入 INTO；FROM 归档
  place merge compound FROM INTO
                          FROM 的楼栋移入 INTO（INTO 中已有同名楼栋的，
                          并入该楼栋）；FROM 归档
  tag list | tag add NAME [--group G] | tag rename|merge|archive|group|attribute ...
  tag set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...
                          社区的标签、标签属性以及居民的标签
                          时段（用 --end 结束，从不删除）
  customfield list | customfield add NAME --type text|number|date|choice [--choices A|B]
                          [--entity resident|household]   社区自己的自定义字段
  due [--date YYYY-MM-DD] [--open]
                          当天按人生事件规则应生成的代办事项（年满
                          60/80/90/100 周岁、死亡、出生、迁入、低保复核），每行一项：
                          规则、居民、网格、日期、说明；--open 生成这些代办事项
  case list [STATUS] | case withdraw CASE | case reinstate CASE
                          按窗口中的方式列出诉求（STATUS 为 withdrawn 时列出已撤回的）；
                          撤回一件诉求的受理（撤回即对新诉求执行“撤销”：不计入任何统计，
                          不删除任何内容）；恢复已撤回的诉求
  handover GRID --out F.pdf
                          为新网格员生成该网格的交接资料
  sheet print signin EVENT_ID | visit BUILDING_ID | rota YYYY-MM-DD --out F.pdf
                          每行带行码并附二维码的表格（signin：该
                          活动所在网格的居民，[--min-age N]）
  sheet keyin SHEET_CODE ROWCODE... [--date YYYY-MM-DD]
                          录入已勾选的行：到场、走访或服务时长
  resident duplicates [--limit N] | resident merge KEEP OTHER | resident unmerge MERGE_ID
                          疑似重复的居民（原因、得分）；将
                          OTHER 合并到 KEEP（关联记录随之转移，OTHER 标记为已合并）；撤销合并
  resident died ID YYYY-MM-DD [NOTE]
                          按人口台账页面的方式登记死亡：移出排班表、
                          关闭志愿者记录、结束结对帮扶、生成丧葬补助代办
  care overdue [--grid CODE] [--date YYYY-MM-DD]
                          超期未回访的住户（重点人群）
  care assist list [--grid CODE] [--month YYYY-MM] [--household ID]
  care assist add --household ID --kind KIND [--amount YUAN] [--items TEXT] --by NAME
                          [--date YYYY-MM-DD] [--resident ID]   救助记录
  care pair list [--grid CODE] | care pair add --household ID --helper NAME
                          [--kind cadre|party_member|volunteer] [--date YYYY-MM-DD]
  care export overdue|pairs|assist --out F.csv|F.xlsx [--grid CODE] [--date D]
                          按窗口显示的方式导出重点人群名单（记入审计）
  form fill TEMPLATE.xlsx --out FILE.xlsx [--grid CODE] [--tag TAG] [--min-age N]
                          [--show-ids]  根据人口台账填写街道下发的报表（一表通），
                          每位选中的居民一行（或填写统计表的数字），
                          保留原有版式；如窗口中保存过对应关系则沿用；
                          记入审计
  field merge FILE [--prefer office|field] [--report R.csv]
                          将外业副本合并回来；不加 --prefer 时不对冲突
                          作出决定：不合并任何内容，只列出冲突
                          （退出码为 1）
  field checkout --grid CODE [--grid CODE]... --for LOGIN --out FILE
                          为该网格员的笔记本电脑检出这些网格的加密外业副本
                          （密码取自 CD_FIELD_PASSWORD 或输入两次）
  field renew OLD --out NEW [--prefer office|field]
                          合并后重新检出，并带入 OLD 中尚未合并的修改
  mediation list | export --out F.csv|F.xlsx | show ID | print ID --out FILE.pdf
                          调解台账；按窗口列表导出（记入审计）；查看
                          一件调解；将其协议书打印为 A4
  rental list | export --out F.csv|F.xlsx | expiring [--days N]
                          出租屋列表；居住证在 N 天内到期
                          （默认 30 天）或已过期的租户
  backup FILE             数据库文件的一致性副本
  restore FILE            用备份替换数据库（仅限管理员；
                          当前文件保留在备份文件夹中）</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>This database has accounts: sign in with --user LOGIN (or CD_USER) and the password (CD_PASSWORD, or typed when asked).</source>
        <translation>此数据库已设账号：请用 --user 账号（或 CD_USER）和密码登录（CD_PASSWORD，或按提示输入）。</translation>
    </message>
    <message>
        <source>No password for %1: set CD_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>没有 %1 的密码：请设置 CD_PASSWORD，或在终端中运行命令并输入密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The database login is the account %1, not %2.</source>
        <translation>此数据库登录名对应的账号是 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>ColumnFilterDialog</name>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>包含(&amp;C)：</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ColumnFilterHeader</name>
    <message>
        <source>&amp;Filter %1…</source>
        <translation>筛选 %1(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear the filter of %1</source>
        <translation>清除 %1 的筛选(&amp;C)</translation>
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
            <numerusform>%n 个网格</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>community add: the area is in square kilometres, e.g. 1.2.</source>
        <translation>community add：面积以平方公里为单位，例如 1.2。</translation>
    </message>
    <message>
        <source>Community %1 (%2) added.</source>
        <translation>已添加社区 %1（%2）。</translation>
    </message>
    <message>
        <source>community %1: there is no community with the code &quot;%2&quot;.</source>
        <translation>community %1：没有编号为“%2”的社区。</translation>
    </message>
    <message>
        <source>Community %1 renamed %2.</source>
        <translation>社区 %1 已更名为 %2。</translation>
    </message>
    <message>
        <source>Community %1 archived.</source>
        <translation>社区 %1 已归档。</translation>
    </message>
    <message>
        <source>community: expected list, add CODE NAME [AREA_KM2], rename CODE NAME, archive CODE or set-name --street NAME --community NAME.</source>
        <translation>community：应为 list、add CODE NAME [AREA_KM2]、rename CODE NAME、archive CODE 或 set-name --street NAME --community NAME。</translation>
    </message>
</context>
<context>
    <name>CommunityEditor</name>
    <message>
        <source>Communities: only an administrator of the street may add, rename or archive communities.</source>
        <translation>社区：只有街道管理员可以添加、重命名或归档社区。</translation>
    </message>
    <message>
        <source>Name: enter the community&apos;s name, e.g. 幸福社区.</source>
        <translation>名称：请输入社区名称，例如 幸福社区。</translation>
    </message>
    <message>
        <source>Code: enter the community&apos;s code, e.g. C03.</source>
        <translation>编号：请输入社区编号，例如 C03。</translation>
    </message>
    <message>
        <source>Code: the street already has a community with the code %1.</source>
        <translation>编号：本街道已有编号为 %1 的社区。</translation>
    </message>
    <message>
        <source>Name: the street already has a community called %1.</source>
        <translation>名称：本街道已有名为 %1 的社区。</translation>
    </message>
    <message>
        <source>Area: enter the area in square kilometres, e.g. 1.2.</source>
        <translation>面积：请输入面积（平方公里），例如 1.2。</translation>
    </message>
    <message>
        <source>The community could not be saved.</source>
        <translation>社区未能保存。</translation>
    </message>
    <message>
        <source>Community: choose the community to rename.</source>
        <translation>社区：请选择要重命名的社区。</translation>
    </message>
    <message>
        <source>Name: enter the community&apos;s new name.</source>
        <translation>名称：请输入社区的新名称。</translation>
    </message>
    <message>
        <source>Community: choose the community to archive.</source>
        <translation>社区：请选择要归档的社区。</translation>
    </message>
    <message>
        <source>Community: %1 is the street&apos;s last community and cannot be archived.</source>
        <translation>社区：%1 是本街道的最后一个社区，不能归档。</translation>
    </message>
</context>
<context>
    <name>CommunitySetupDialog</name>
    <message>
        <source>Set up the community</source>
        <translation>社区建档</translation>
    </message>
    <message>
        <source>Name the street and the community, then add the grids, the compounds and their buildings. Each button saves at once; names can be changed later.</source>
        <translation>填写街道和社区名称，然后添加网格、小区及其楼栋。每个按钮点击后立即保存；名称以后可以修改。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>e.g. 新华街道</source>
        <translation>例如 新华街道</translation>
    </message>
    <message>
        <source>e.g. 幸福社区</source>
        <translation>例如 幸福社区</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>Co&amp;mmunity:</source>
        <translation>社区(&amp;M)：</translation>
    </message>
    <message>
        <source>Save &amp;names</source>
        <translation>保存名称(&amp;N)</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>e.g. G01</source>
        <translation>例如 G01</translation>
    </message>
    <message>
        <source>e.g. 第一网格</source>
        <translation>例如 第一网格</translation>
    </message>
    <message>
        <source>Grid co&amp;de:</source>
        <translation>网格编号(&amp;D)：</translation>
    </message>
    <message>
        <source>Grid n&amp;ame:</source>
        <translation>网格名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Add &amp;grid</source>
        <translation>添加网格(&amp;G)</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>e.g. 幸福里</source>
        <translation>例如 幸福里</translation>
    </message>
    <message>
        <source>Com&amp;pound:</source>
        <translation>小区(&amp;P)：</translation>
    </message>
    <message>
        <source>Add c&amp;ompound</source>
        <translation>添加小区(&amp;O)</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>重命名所选</translation>
    </message>
    <message>
        <source>Buildings of the selected compound</source>
        <translation>所选小区的楼栋</translation>
    </message>
    <message>
        <source>e.g. 3号楼</source>
        <translation>例如 3号楼</translation>
    </message>
    <message>
        <source>no units</source>
        <translation>无单元</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>In g&amp;rid:</source>
        <translation>所属网格(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单元数(&amp;U)：</translation>
    </message>
    <message>
        <source>Add bui&amp;lding</source>
        <translation>添加楼栋(&amp;L)</translation>
    </message>
    <message>
        <source>Merge selected &amp;into</source>
        <translation>将所选合并到(&amp;I)</translation>
    </message>
    <message>
        <source>(no grid yet)</source>
        <translation>（暂无网格）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (buildings: %2)</source>
        <translation>%1（楼栋：%2）</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>网格 %1</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <source>households: %1</source>
        <translation>住户：%1</translation>
    </message>
    <message>
        <source>Community saved: %1.</source>
        <translation>社区已保存：%1。</translation>
    </message>
    <message>
        <source>Grid %1 added.</source>
        <translation>已添加网格 %1。</translation>
    </message>
    <message>
        <source>Compound %1 added.</source>
        <translation>已添加小区 %1。</translation>
    </message>
    <message>
        <source>Compound renamed to %1.</source>
        <translation>小区已重命名为 %1。</translation>
    </message>
    <message>
        <source>Building %1 added.</source>
        <translation>已添加楼栋 %1。</translation>
    </message>
    <message>
        <source>Building renamed to %1.</source>
        <translation>楼栋已重命名为 %1。</translation>
    </message>
    <message>
        <source>Merge buildings</source>
        <translation>合并楼栋</translation>
    </message>
    <message>
        <source>Move every household of %1 into %2 and retire %1?</source>
        <translation>将 %1 的所有住户移到 %2，并停用 %1？</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 已合并到 %2。</translation>
    </message>
    <message>
        <source>Merge compound in&amp;to</source>
        <translation>将小区合并到(&amp;T)</translation>
    </message>
    <message>
        <source>Merge compounds</source>
        <translation>合并小区</translation>
    </message>
    <message>
        <source>Move every building of %1 into %2 (a building %2 already has by that name is merged into it) and retire %1?</source>
        <translation>将 %1 的所有楼栋移到 %2（%2 中已有同名楼栋的，并入该楼栋），并停用 %1？</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>联系方式…</translation>
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
        <translation>与数据库服务器的连接已断开，正在重新连接… 已打开的表单会保留已输入的内容。</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>已重新连接到数据库服务器。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text; please save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件既不是 UTF-8 也不是 GBK 编码的文本，请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and this computer cannot read GBK; please save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件不是 UTF-8 编码的文本，且本机无法读取 GBK 编码，请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV，%1</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed; the row was read up to its line end.</source>
        <translation>此行有一个引号没有闭合；本行只读到行末。</translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>Kind: a custom field belongs to residents or households.</source>
        <translation>类别：自定义字段只能属于居民或住户。</translation>
    </message>
    <message>
        <source>This field no longer exists.</source>
        <translation>该字段已不存在。</translation>
    </message>
    <message>
        <source>Name: there is already a field named %1.</source>
        <translation>名称：已存在名为 %1 的字段。</translation>
    </message>
    <message>
        <source>The field could not be saved; nothing was changed.</source>
        <translation>无法保存该字段，未做任何更改。</translation>
    </message>
    <message>
        <source>Code: the code %1 is taken by another field.</source>
        <translation>编号：编号 %1 已被其他字段使用。</translation>
    </message>
    <message>
        <source>The field could not be archived; nothing was changed.</source>
        <translation>无法归档该字段，未做任何更改。</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>%1: there is no such field in use.</source>
        <translation>%1：没有正在使用的此字段。</translation>
    </message>
    <message>
        <source>The custom fields could not be saved; nothing was changed.</source>
        <translation>无法保存自定义字段，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cases received and resolved per grid</source>
        <translation>各网格诉求受理与办结情况</translation>
    </message>
    <message>
        <source>Cases per month, last 12 months</source>
        <translation>近 12 个月每月诉求数</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>各类别诉求数</translation>
    </message>
    <message>
        <source>Events held per grid per month</source>
        <translation>各网格每月开展活动数</translation>
    </message>
    <message>
        <source>Event participants per grid</source>
        <translation>各网格活动参与人数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Median days to resolve</source>
        <translation>办结用时中位数（天）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Residents listed by name</source>
        <translation>登记姓名的居民</translation>
    </message>
    <message>
        <source>Others (head count)</source>
        <translation>其他人员（人数）</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>片区：%1</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>按片区</translation>
    </message>
    <message>
        <source>Sum the grids of each area (片区) into one bar</source>
        <translation>按片区汇总各网格，每个片区显示为一个柱形</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>已走访户数</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求数</translation>
    </message>
    <message>
        <source>Errands done</source>
        <translation>代办办结</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召开议事会议数</translation>
    </message>
    <message>
        <source>Decisions followed up</source>
        <translation>决议已落实</translation>
    </message>
    <message>
        <source>Grid work in the period&apos;s last month</source>
        <translation>时段末月的网格工作</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>走访覆盖率（%）</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <source>All my grids</source>
        <translation>我负责的全部网格</translation>
    </message>
    <message>
        <source>Share of the period&apos;s cases resolved, and median days</source>
        <translation>时段内诉求办结率及办结用时中位数</translation>
    </message>
    <message>
        <source>%1 – %2: %3 cases received, %4 of them resolved so far (%5%); %6 cases resolved in the period (including ones received earlier); %7 events with %8 participants.</source>
        <translation>%1 – %2：受理诉求 %3 件，其中目前已办结 %4 件（%5%）；期间共办结诉求 %6 件（含此前受理的）；开展活动 %7 场，参与 %8 人次。</translation>
    </message>
    <message>
        <source>Resolved of those received (%)</source>
        <translation>受理诉求办结率（%）</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>No grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
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
    <message>
        <source>The database %1 is locked by another program; please close it or try again in a moment.</source>
        <translation>数据库 %1 被其他程序锁定，请关闭该程序或稍后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>数据库 %1 已损坏。</translation>
    </message>
    <message>
        <source>The database address %1 is not valid. It looks like postgresql://user@host:port/database.</source>
        <translation>数据库地址 %1 无效。格式应为 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>The PostgreSQL database driver is not installed.</source>
        <translation>未安装 PostgreSQL 数据库驱动。</translation>
    </message>
    <message>
        <source>The database server %1 did not accept the user name or password.</source>
        <translation>数据库服务器 %1 未接受该用户名或密码。</translation>
    </message>
    <message>
        <source>The database server %1 has no database %2.</source>
        <translation>数据库服务器 %1 上没有数据库 %2。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1. Please check the address and that the server is running.</source>
        <translation>无法连接数据库服务器 %1。请检查地址是否正确，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: permission denied.</source>
        <translation>无法使用数据库 %1：权限不足。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CommunityDesk (data version %2, this program knows up to %3). Please update the program; the database has not been changed.</source>
        <translation>数据库 %1 由更新版本的社区工作台写入（数据版本 %2，本程序最高支持 %3）。请升级程序；数据库未做任何更改。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only (or its folder is). CommunityDesk needs to save to it: copy it to a folder you may write to, or ask for write permission.</source>
        <translation>数据库文件 %1 是只读的（或其所在文件夹是只读的）。社区工作台需要向其中保存数据：请把它复制到您有写入权限的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>The database server %1 does not let %2 sign in: the account is disabled. Please ask an administrator.</source>
        <translation>数据库服务器 %1 不允许 %2 登录：账号已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>The database %1 was found damaged on %2. CommunityDesk does not write to it: restore a backup, or check it again with communitydesk-cli check.</source>
        <translation>数据库 %1 于 %2 被发现已损坏。社区工作台不会再向其写入数据：请恢复备份，或用 communitydesk-cli check 重新检查。</translation>
    </message>
</context>
<context>
    <name>DeathEffects</name>
    <message>
        <source>This resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>What follows the death could not be recorded; nothing was changed.</source>
        <translation>死亡后续事项未能登记，未做任何更改。</translation>
    </message>
    <message>
        <source>The shifts of this volunteer could not be taken off the rota: %1</source>
        <translation>无法将该志愿者的班次从排班表中移除：%1</translation>
    </message>
    <message>
        <source>The volunteer record could not be closed: %1</source>
        <translation>无法关闭该志愿者记录：%1</translation>
    </message>
    <message>
        <source>The 结对帮扶 pairing could not be ended: %1</source>
        <translation>无法结束该结对帮扶：%1</translation>
    </message>
    <message>
        <source>What follows the deaths could not be recorded; nothing was changed.</source>
        <translation>这些死亡的后续事项未能登记，未做任何更改。</translation>
    </message>
    <message>
        <source>The volunteer record could not be opened again: %1</source>
        <translation>志愿者记录未能恢复：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) could not be put back on the rota (filled or cancelled since).</source>
        <translation>
            <numerusform>有 %n 个班次未能恢复到排班表（已有人顶替或已取消）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The 结对帮扶 pairing could not be opened again: %1</source>
        <translation>结对帮扶未能恢复：%1</translation>
    </message>
    <message>
        <source>The death could not be withdrawn; nothing was changed.</source>
        <translation>未能撤回死亡登记，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DeathRecord</name>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The death could not be recorded; nothing was changed.</source>
        <translation>无法登记死亡，未做任何更改。</translation>
    </message>
    <message>
        <source>The death could not be withdrawn; nothing was changed.</source>
        <translation>未能撤回死亡登记，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DemoActivityGenerator</name>
    <message>
        <source>Demo activity could not be written (%1).</source>
        <translation>无法写入演示活动（%1）。</translation>
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
    <name>DemoLedgerGenerator</name>
    <message>
        <source>Demo ledgers could not be written (%1).</source>
        <translation>无法写入演示台账（%1）。</translation>
    </message>
</context>
<context>
    <name>DemoMeetingGenerator</name>
    <message>
        <source>Demo meetings could not be written (%1).</source>
        <translation>无法写入演示议事会议（%1）。</translation>
    </message>
</context>
<context>
    <name>DemoVisitGenerator</name>
    <message>
        <source>Demo visits could not be written (%1).</source>
        <translation>无法写入演示走访记录（%1）。</translation>
    </message>
</context>
<context>
    <name>DualReportHours</name>
    <message>
        <source>(no work unit)</source>
        <translation>（无工作单位）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Members who served</source>
        <translation>参与服务人数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Shifts and events</source>
        <translation>班次与活动次数</translation>
    </message>
    <message>
        <source>In-service party members who report to the community (tick &quot;Dual report&quot; on the volunteer form). Hours: attended shifts and event service.</source>
        <translation>到本社区报到的在职党员（在志愿者表单中勾选“在职党员双报到”）。时长：到岗班次与活动服务时长之和。</translation>
    </message>
    <message>
        <source>hours-per-work-unit.xlsx</source>
        <translation>各工作单位服务时长.xlsx</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DualReportStore</name>
    <message>
        <source>Work unit: enter the unit of an in-service party member who reports here.</source>
        <translation>工作单位：请填写在本社区报到的在职党员的工作单位。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The volunteer could not be saved; nothing was changed.</source>
        <translation>无法保存志愿者，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DueCli</name>
    <message>
        <source>due: --date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>due：--date “%1”不是有效日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未划网格）</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) due on %1.</source>
        <translation>
            <numerusform>%1 有 %n 项代办待生成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) opened.</source>
        <translation>
            <numerusform>已生成 %n 项代办。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueErrands</name>
    <message>
        <source>Please sign in to open errands.</source>
        <translation>请先登录再生成代办。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The errand for %1 could not be opened: %2</source>
        <translation>未能为 %1 生成代办：%2</translation>
    </message>
    <message>
        <source>The errands could not be opened; nothing was changed.</source>
        <translation>代办未能生成，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DueErrandsDialog</name>
    <message>
        <source>Due errands</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>&amp;Open ticked</source>
        <translation>生成勾选的代办(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;all</source>
        <translation>全部生成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未划网格）</translation>
    </message>
    <message>
        <source>No errands are due on %1.</source>
        <translation>%1 没有待生成的代办。</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) due on %1 by the office&apos;s rules (a birthday, a death, a birth, a move-in). Tick the ones to open with Space, or open them all.</source>
        <translation>
            <numerusform>按社区规则，%1 有 %n 项代办待生成（生日、死亡、出生、迁入）。按空格键勾选要生成的代办，或全部生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the errands to open first (Space ticks the current row).</source>
        <translation>请先勾选要生成的代办（按空格键可勾选当前行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n errand(s) opened; they are on the case list.</source>
        <translation>
            <numerusform>已生成 %n 项代办，可在诉求列表中查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Please choose two different residents.</source>
        <translation>请选择两位不同的居民。</translation>
    </message>
    <message>
        <source>The residents could not be read; nothing was changed.</source>
        <translation>无法读取居民信息，未做任何更改。</translation>
    </message>
    <message>
        <source>One of these residents no longer exists.</source>
        <translation>其中一位居民已不存在。</translation>
    </message>
    <message>
        <source>The choice could not be saved; nothing was changed.</source>
        <translation>无法保存所做的选择，未做任何更改。</translation>
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
        <translation>姓名和地址相同；身份证号有两位数字颠倒</translation>
    </message>
    <message numerus="yes">
        <source>Same name and address; ID numbers differ in %n character(s)</source>
        <translation>
            <numerusform>姓名和地址相同；身份证号有 %n 位不同</numerusform>
        </translation>
    </message>
    <message>
        <source>Same name and address; one record has no ID number</source>
        <translation>姓名和地址相同；其中一条记录没有身份证号</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Possible duplicate residents</source>
        <translation>疑似重复居民</translation>
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
        <translation>记录 A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>记录 B</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Tick the value the kept record should have; differing fields are highlighted.</source>
        <translation>请勾选保留记录应采用的值；有差异的字段已突出显示。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <source>Last merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>撤销合并(&amp;U)</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>未发现疑似重复的居民。</translation>
    </message>
    <message>
        <source>%1 merged into %2 — %3, %4</source>
        <translation>%1 已合并到 %2 — %3，%4</translation>
    </message>
    <message>
        <source>Merged: the records are one resident now. Undo it below if this was wrong.</source>
        <translation>已合并：两条记录现为同一位居民。如合并有误，可在下方撤销。</translation>
    </message>
    <message>
        <source>Noted: these two will not be listed again.</source>
        <translation>已记录：这两条记录将不再列出。</translation>
    </message>
    <message>
        <source>The merge was undone: both records are back as they were.</source>
        <translation>已撤销合并：两条记录均已恢复原状。</translation>
    </message>
</context>
<context>
    <name>ErrandTypes</name>
    <message>
        <source>Name: enter the name of the errand type.</source>
        <translation>名称：请填写代办类型的名称。</translation>
    </message>
    <message>
        <source>Name: there is already an errand type called %1.</source>
        <translation>名称：已有名为 %1 的代办类型。</translation>
    </message>
    <message>
        <source>The errand type could not be saved.</source>
        <translation>代办类型未能保存。</translation>
    </message>
    <message>
        <source>The errand type could not be archived.</source>
        <translation>代办类型未能归档。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>活动类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>组织者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Photos are kept beside a database file; this database has none.</source>
        <translation>照片保存在数据库文件旁边；当前数据库没有对应的文件。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与居民</translation>
    </message>
    <message>
        <source>Add to participants</source>
        <translation>添加为参与居民</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Others not listed (head count):</source>
        <translation>其他未列出人员（人数）：</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>添加志愿者</translation>
    </message>
    <message>
        <source>No active volunteers yet; add them on the Volunteers page.</source>
        <translation>暂无在岗志愿者；请在“志愿者”页面添加。</translation>
    </message>
    <message>
        <source>Hours 0 = the whole event</source>
        <translation>时长为 0 表示全程参与</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>志愿者 %1</translation>
    </message>
    <message>
        <source>whole event</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.heic);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.heic);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (added on saving)</source>
        <translation>%1（保存时添加）</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1 (aged %2, %3)</source>
        <translation>%1（%2 岁，%3）</translation>
    </message>
    <message>
        <source>%1 (aged %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (from outside)</source>
        <translation>%1（非本社区）</translation>
    </message>
    <message>
        <source>%1 (from outside, phone …%2)</source>
        <translation>%1（非本社区，电话尾号 %2）</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>Search title, place, organiser…</source>
        <translation>搜索标题、地点、组织者…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>添加类型…</translation>
    </message>
    <message>
        <source>Rename type…</source>
        <translation>重命名类型…</translation>
    </message>
    <message>
        <source>Archive type…</source>
        <translation>归档类型…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 场活动</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Mark this event as cancelled? It stays in the list, greyed out.</source>
        <translation>将此活动标记为已取消？活动仍保留在列表中，以灰色显示。</translation>
    </message>
    <message>
        <source>Event cancelled.</source>
        <translation>活动已取消。</translation>
    </message>
    <message>
        <source>Add event type</source>
        <translation>添加活动类型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename event type</source>
        <translation>重命名活动类型</translation>
    </message>
    <message>
        <source>Choose the type in the list first.</source>
        <translation>请先在列表中选择类型。</translation>
    </message>
    <message>
        <source>Archive event type</source>
        <translation>归档活动类型</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Events of this type keep it; new events cannot choose it.</source>
        <translation>归档“%1”？已有的此类活动保留该类型，新建活动不能再选择它。</translation>
    </message>
    <message>
        <source>events.xlsx</source>
        <translation>社区活动.xlsx</translation>
    </message>
    <message>
        <source>%1 events exported.</source>
        <translation>已导出 %1 场活动。</translation>
    </message>
    <message>
        <source>The selected event&apos;s sign-in sheet, a code on every row, to tick and key back</source>
        <translation>所选活动的签到表，每行带行码，勾选后回录</translation>
    </message>
    <message>
        <source>Key &amp;back…</source>
        <translation>回录(&amp;B)…</translation>
    </message>
    <message>
        <source>Key in the ticked rows of a sheet that came back</source>
        <translation>录入交回表格中已勾选的行</translation>
    </message>
    <message>
        <source>Choose the event in the list first.</source>
        <translation>请先在列表中选择活动。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Besides those listed, the residents of the event&apos;s grid aged at least (0: everyone):</source>
        <translation>除名单上的人员外，再列入活动所在网格中年龄不低于以下岁数的居民（0 表示全部）：</translation>
    </message>
    <message>
        <source>sign-in sheet %1.pdf</source>
        <translation>签到表 %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>签到表(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>EventPhotos</name>
    <message>
        <source>Photos: this database has no folder to keep photos in.</source>
        <translation>照片：该数据库没有用于保存照片的文件夹。</translation>
    </message>
    <message>
        <source>Photos: %1 cannot be read.</source>
        <translation>照片：无法读取 %1。</translation>
    </message>
    <message>
        <source>Photos: save the event before adding photos.</source>
        <translation>照片：请先保存活动，再添加照片。</translation>
    </message>
    <message>
        <source>Photos: the folder %1 cannot be created.</source>
        <translation>照片：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Photos: %1 could not be copied.</source>
        <translation>照片：无法复制 %1。</translation>
    </message>
    <message>
        <source>Photos: the photo could not be recorded.</source>
        <translation>照片：照片未能登记。</translation>
    </message>
</context>
<context>
    <name>EventSnapshot</name>
    <message>
        <source>add event %1</source>
        <translation>新增活动 %1</translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation>编辑活动 %1</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Title: enter what the event was.</source>
        <translation>标题：请填写活动内容。</translation>
    </message>
    <message>
        <source>Type: choose the kind of event.</source>
        <translation>活动类型：请选择活动类型。</translation>
    </message>
    <message>
        <source>Grid: the chosen grid no longer exists.</source>
        <translation>网格：所选网格已不存在。</translation>
    </message>
    <message>
        <source>Start: enter when the event began.</source>
        <translation>开始时间：请填写活动开始时间。</translation>
    </message>
    <message>
        <source>End: enter when the event ended.</source>
        <translation>结束时间：请填写活动结束时间。</translation>
    </message>
    <message>
        <source>End: the event cannot end before it starts.</source>
        <translation>结束时间：活动结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>Other participants: the head count cannot be negative.</source>
        <translation>其他参与人员：人数不能为负数。</translation>
    </message>
    <message>
        <source>Participants: each resident can be listed only once.</source>
        <translation>参与居民：每位居民只能登记一次。</translation>
    </message>
    <message>
        <source>Volunteers: each volunteer can be listed only once.</source>
        <translation>志愿者：每位志愿者只能登记一次。</translation>
    </message>
    <message>
        <source>Volunteers: hours served must be more than 0 and at most a week.</source>
        <translation>志愿者：服务时长必须大于 0，且不超过一周。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation>活动未能保存。</translation>
    </message>
    <message>
        <source>The event&apos;s participants could not be saved.</source>
        <translation>活动参与人员未能保存。</translation>
    </message>
    <message>
        <source>The event could not be saved; nothing was changed.</source>
        <translation>活动未能保存，未做任何更改。</translation>
    </message>
    <message>
        <source>This event is already cancelled.</source>
        <translation>该活动已取消。</translation>
    </message>
    <message>
        <source>The event could not be cancelled.</source>
        <translation>活动未能取消。</translation>
    </message>
    <message>
        <source>Name: enter the name of the event type.</source>
        <translation>名称：请填写活动类型名称。</translation>
    </message>
    <message>
        <source>Name: there is already a type called %1.</source>
        <translation>名称：已有名为 %1 的活动类型。</translation>
    </message>
    <message>
        <source>The event type could not be saved.</source>
        <translation>活动类型未能保存。</translation>
    </message>
    <message>
        <source>The event type could not be archived.</source>
        <translation>活动类型未能归档。</translation>
    </message>
    <message>
        <source>This event was changed by someone else since you opened it; please reopen it and make your change again.</source>
        <translation>此活动在您打开后已被他人修改，请重新打开并重新修改。</translation>
    </message>
    <message>
        <source>This event is not cancelled.</source>
        <translation>该活动未被取消。</translation>
    </message>
    <message>
        <source>The event could not be reinstated.</source>
        <translation>活动未能恢复。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held or planned</source>
        <translation>已举办或计划中</translation>
    </message>
</context>
<context>
    <name>ExportAudit</name>
    <message>
        <source>%1: the export could not be written to the audit log, so no file was kept.</source>
        <translation>%1：导出无法记入审计日志，因此未保留文件。</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message>
        <source>export: --out: please give a file ending in .csv or .xlsx.</source>
        <translation>export：--out：请给出以 .csv 或 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
        <source>export: your role may not see full ID or phone numbers; they are written masked.</source>
        <translation>export：您的角色不能查看完整的身份证号或电话号码；导出时仍打码。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名居民写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCheckout</name>
    <message>
        <source>The accounts could not be read.</source>
        <translation>无法读取账号。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账号 %1。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot work on a field copy.</source>
        <translation>%1 是只读用户，不能使用外业副本。</translation>
    </message>
    <message>
        <source>The grids could not be read.</source>
        <translation>无法读取网格。</translation>
    </message>
    <message>
        <source>There is no grid %1.</source>
        <translation>没有网格 %1。</translation>
    </message>
    <message>
        <source>%1 does not work in the grid %2.</source>
        <translation>%1 不负责网格 %2。</translation>
    </message>
    <message>
        <source>The field copy could not be made.</source>
        <translation>外业副本未能生成。</translation>
    </message>
    <message>
        <source>The office database could not be read.</source>
        <translation>无法读取办公室数据库。</translation>
    </message>
    <message>
        <source>Only an administrator or a clerk may check out a field copy.</source>
        <translation>只有管理员或社区工作人员可以检出外业副本。</translation>
    </message>
    <message>
        <source>Please choose at least one grid to check out.</source>
        <translation>请至少选择一个要检出的网格。</translation>
    </message>
    <message>
        <source>Please choose the worker the field copy is for.</source>
        <translation>请选择外业副本的使用人。</translation>
    </message>
    <message>
        <source>Please choose the file to write the field copy to.</source>
        <translation>请选择外业副本要写入的文件。</translation>
    </message>
    <message>
        <source>The field copy&apos;s password must have at least %1 characters.</source>
        <translation>外业副本的密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The file %1 already exists; please choose a new file for the field copy.</source>
        <translation>文件 %1 已存在；请为外业副本另选一个新文件。</translation>
    </message>
    <message>
        <source>The check-out could not be recorded in the office&apos;s audit log, so the field copy %1 was removed.</source>
        <translation>检出操作无法记入办公室的审计日志，因此已删除外业副本 %1。</translation>
    </message>
    <message>
        <source>The grid code %1 is used in more than one community; choose the community (--community CODE).</source>
        <translation>网格编号 %1 在多个社区中使用；请选择社区（--community 编号）。</translation>
    </message>
</context>
<context>
    <name>FieldCheckoutDialog</name>
    <message>
        <source>Check out a field copy</source>
        <translation>检出外业副本</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>网格(&amp;G)：</translation>
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
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password of the copy:</source>
        <translation>副本密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>The copy holds the personal data of these grids. It is sealed with this password; give it to the worker in person.</source>
        <translation>副本包含这些网格居民的个人信息，并用此密码加密；请当面将密码交给使用人。</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>检出(&amp;O)</translation>
    </message>
    <message>
        <source>field-copy</source>
        <translation>外业副本</translation>
    </message>
    <message>
        <source>Field copy file</source>
        <translation>外业副本文件</translation>
    </message>
    <message>
        <source>Field copies (*.cdfield)</source>
        <translation>外业副本 (*.cdfield)</translation>
    </message>
    <message>
        <source>Grids: please tick at least one grid.</source>
        <translation>网格：请至少勾选一个网格。</translation>
    </message>
    <message>
        <source>Worker: please choose the worker the copy is for.</source>
        <translation>使用人：请选择副本的使用人。</translation>
    </message>
    <message>
        <source>File: please choose where to write the copy.</source>
        <translation>文件：请选择副本的保存位置。</translation>
    </message>
    <message>
        <source>Password: the two passwords differ.</source>
        <translation>密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The field copy %1 was written: %2 residents.</source>
        <translation>外业副本 %1 已生成：共 %2 名居民。</translation>
    </message>
    <message>
        <source>On this server only its owner reads passwords: the worker signs in on the copy with the copy&apos;s password.</source>
        <translation>此服务器上只有其所有者能读取密码：使用人需用副本密码登录副本。</translation>
    </message>
</context>
<context>
    <name>FieldCli</name>
    <message>
        <source>field checkout: no password for the field copy: set CD_FIELD_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>field checkout：没有外业副本的密码：请设置 CD_FIELD_PASSWORD，或在终端中运行此命令以输入密码。</translation>
    </message>
    <message>
        <source>Password for the field copy: </source>
        <translation>外业副本的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>field checkout: the two passwords differ; nothing was written.</source>
        <translation>field checkout：两次输入的密码不一致；未写入任何内容。</translation>
    </message>
    <message>
        <source>field checkout: --grid: please give at least one grid CODE.</source>
        <translation>field checkout：--grid：请至少给出一个网格编号。</translation>
    </message>
    <message>
        <source>field checkout: --for: please give the LOGIN of the worker the copy is for.</source>
        <translation>field checkout：--for：请给出副本使用人的账号。</translation>
    </message>
    <message>
        <source>field checkout: --out: please give the FILE to write the field copy to.</source>
        <translation>field checkout：--out：请给出要写入外业副本的文件。</translation>
    </message>
    <message>
        <source>field checkout: %1</source>
        <translation>field checkout：%1</translation>
    </message>
    <message>
        <source>Field copy written: %1 (%2 residents of %3 for %4; %5 KiB in %6 ms).</source>
        <translation>外业副本已写入：%1（%3 的 %2 名居民，供 %4 使用；%5 KiB，用时 %6 毫秒）。</translation>
    </message>
    <message>
        <source>On this server only its owner reads passwords: %1 signs in on the copy with the copy&apos;s password.</source>
        <translation>此服务器上只有其所有者能读取密码：%1 需用副本密码登录副本。</translation>
    </message>
    <message>
        <source>field: please give a subcommand: checkout.</source>
        <translation>field：请给出子命令：checkout。</translation>
    </message>
    <message>
        <source>%1 is a field copy: set CD_FIELD_PASSWORD, or run the command in a terminal to type its password.</source>
        <translation>%1 是外业副本：请设置 CD_FIELD_PASSWORD，或在终端中运行此命令以输入其密码。</translation>
    </message>
    <message>
        <source>Password for the field copy %1: </source>
        <translation>外业副本 %1 的密码：</translation>
    </message>
    <message>
        <source>Record	Field	Office value	Field value</source>
        <translation>记录	字段	办公室的值	外业的值</translation>
    </message>
    <message>
        <source>field: expected &quot;field merge FILE&quot;.</source>
        <translation>field：应为“field merge FILE”。</translation>
    </message>
    <message>
        <source>--prefer: expected office or field, got &quot;%1&quot;.</source>
        <translation>--prefer：应为 office 或 field，实际为“%1”。</translation>
    </message>
    <message>
        <source>field merge: %1 is not a field copy file.</source>
        <translation>field merge：%1 不是外业副本文件。</translation>
    </message>
    <message>
        <source>field merge: cannot open %1: %2</source>
        <translation>field merge：无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Decide with --prefer office or --prefer field, or merge in the window.</source>
        <translation>请用 --prefer office 或 --prefer field 作出决定，或在程序窗口中合并。</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <source>Merge field copy</source>
        <translation>合并外业副本</translation>
    </message>
    <message>
        <source>The office and the field changed these fields differently since the check-out. Choose which value to keep for each: Left or O for the office&apos;s, Right or F for the field&apos;s; Enter merges.</source>
        <translation>自检出以来，办公室和外业对以下字段做了不同的修改。请逐项选择要保留的值：按 ← 或 O 键选办公室的值，按 → 或 F 键选外业的值；按 Enter 合并。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Office&apos;s value</source>
        <translation>办公室的值</translation>
    </message>
    <message>
        <source>Field&apos;s value</source>
        <translation>外业的值</translation>
    </message>
    <message>
        <source>At the check-out: %1</source>
        <translation>检出时：%1</translation>
    </message>
    <message>
        <source>Office&apos;s value for all</source>
        <translation>全部采用办公室的值</translation>
    </message>
    <message>
        <source>Field&apos;s value for all</source>
        <translation>全部采用外业的值</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Every conflict is decided: Enter merges.</source>
        <translation>所有冲突均已决定：按 Enter 合并。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide.</source>
        <translation>
            <numerusform>还有 %n 处冲突待决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>保存合并报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the merge report…</source>
        <translation>正在写入合并报告…</translation>
    </message>
    <message>
        <source>Merge report written to %1.</source>
        <translation>合并报告已写入 %1。</translation>
    </message>
</context>
<context>
    <name>FieldCopyInfo</name>
    <message>
        <source>Field copy · %1 · %2 · checked out %3</source>
        <translation>外业副本 · %1 · %2 · %3 检出</translation>
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
        <translation>无法读取外业副本 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a CommunityDesk field copy.</source>
        <translation>文件 %1 不是社区工作台外业副本。</translation>
    </message>
    <message>
        <source>The field copy %1 is damaged.</source>
        <translation>外业副本 %1 已损坏。</translation>
    </message>
    <message>
        <source>There is not enough memory to open the field copy %1.</source>
        <translation>内存不足，无法打开外业副本 %1。</translation>
    </message>
    <message>
        <source>The password for this field copy is wrong: %1.</source>
        <translation>此外业副本的密码错误：%1。</translation>
    </message>
    <message>
        <source>Cannot write the field copy %1.</source>
        <translation>无法写入外业副本 %1。</translation>
    </message>
    <message>
        <source>Cannot write the field copy %1: %2</source>
        <translation>无法写入外业副本 %1：%2</translation>
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
        <translation>住户 %1 %2单元 %3室</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>诉求 %1</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 的走访</translation>
    </message>
    <message>
        <source>Need &quot;%1&quot;</source>
        <translation>需求“%1”</translation>
    </message>
    <message>
        <source>Case step %1</source>
        <translation>办理步骤 %1</translation>
    </message>
    <message>
        <source>Move of %1</source>
        <translation>%1 的迁移记录</translation>
    </message>
    <message>
        <source>Tag of resident %1</source>
        <translation>居民 %1 的标签</translation>
    </message>
    <message>
        <source>Participant of event %1</source>
        <translation>活动 %1 的参与人</translation>
    </message>
    <message>
        <source>Birthday party attendance %1</source>
        <translation>生日会到场记录 %1</translation>
    </message>
    <message>
        <source>Shift attendance %1</source>
        <translation>班次出勤记录 %1</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1 记录 %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Attention level of %1</source>
        <translation>%1 的关注程度</translation>
    </message>
    <message>
        <source>Tag period of %1</source>
        <translation>%1 的标签期间</translation>
    </message>
    <message>
        <source>Tag attribute of %1</source>
        <translation>%1 的标签属性</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Pairing with %1</source>
        <translation>与 %1 的结对</translation>
    </message>
    <message>
        <source>Building role of %1</source>
        <translation>%1 的楼栋职务</translation>
    </message>
    <message>
        <source>Assistance of %1</source>
        <translation>%1 的救助记录</translation>
    </message>
    <message>
        <source>Attention level</source>
        <translation>关注程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag period</source>
        <translation>标签期间</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮扶人</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
</context>
<context>
    <name>FieldMerge</name>
    <message>
        <source>Only an administrator or a clerk may merge a field copy.</source>
        <translation>只有管理员或社区工作人员可以合并外业副本。</translation>
    </message>
    <message>
        <source>This file is not a field copy: it has no check-out record.</source>
        <translation>此文件不是外业副本：没有检出记录。</translation>
    </message>
    <message>
        <source>This field copy has no change log, so its changes cannot be merged.</source>
        <translation>此外业副本没有修改日志，无法合并其中的修改。</translation>
    </message>
    <message>
        <source>Nothing new to merge: every change of this field copy is already in.</source>
        <translation>没有需要合并的新内容：此外业副本的所有修改均已合并。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was merged.</source>
        <translation>
            <numerusform>有 %n 处冲突需要决定；未合并任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in the field; records are never deleted, the office keeps it.</source>
        <translation>外业中已删除；记录从不删除，办公室保留该记录。</translation>
    </message>
    <message>
        <source>Changed in the field, but the office has no such record.</source>
        <translation>外业中已修改，但办公室没有该记录。</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Office&apos;s value kept</source>
        <translation>保留办公室的值</translation>
    </message>
    <message>
        <source>Field&apos;s value taken</source>
        <translation>采用外业的值</translation>
    </message>
    <message>
        <source>Added in the field and at the office (same ID number): one resident.</source>
        <translation>外业和办公室都新增了此人（身份证号相同）：按同一名居民处理。</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>居民 %1</translation>
    </message>
    <message>
        <source>Visited in the field on %1, but %2 at the office: the visit is added, the office&apos;s status stays.</source>
        <translation>外业于 %1 走访，但办公室记录为“%2”：已添加走访记录，保留办公室的状态。</translation>
    </message>
    <message>
        <source>The merge failed; the office database is unchanged.</source>
        <translation>合并失败；办公室数据库未做任何更改。</translation>
    </message>
    <message>
        <source>Added in the field and at the office (same %1): one record.</source>
        <translation>外业和办公室都新增了这条记录（%1 相同）：合并为一条。</translation>
    </message>
    <message>
        <source>Changed in the field to the same %1 as another record at the office; that change is left out.</source>
        <translation>外业把它改成了与办公室另一条记录相同的%1；这项修改未合并。</translation>
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
        <translation>已合并</translation>
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
        <translation>冲突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Added %1, updated %2, merged %3, matched %4, conflicts %5</source>
        <translation>新增 %1，更新 %2，合并 %3，匹配 %4，冲突 %5</translation>
    </message>
    <message>
        <source>Cannot write the merge report %1: %2</source>
        <translation>无法写入合并报告 %1：%2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Office value</source>
        <translation>办公室的值</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>外业的值</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Changed in the field by</source>
        <translation>外业修改人</translation>
    </message>
    <message>
        <source>Changed in the field at</source>
        <translation>外业修改时间</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>合并人</translation>
    </message>
</context>
<context>
    <name>FieldPasswordPrompt</name>
    <message>
        <source>The file %1 is a field copy. Its password:</source>
        <translation>文件 %1 是外业副本。请输入其密码：</translation>
    </message>
    <message>
        <source>Open a field copy</source>
        <translation>打开外业副本</translation>
    </message>
    <message>
        <source>Please try again:</source>
        <translation>请重新输入：</translation>
    </message>
</context>
<context>
    <name>FieldRenew</name>
    <message>
        <source>The new check-out is not for the same worker as the old field copy.</source>
        <translation>新的检出与旧外业副本的使用人不是同一人。</translation>
    </message>
    <message>
        <source>Cannot read what the office has merged of the old field copy.</source>
        <translation>无法读取办公室已从旧外业副本合并的内容。</translation>
    </message>
</context>
<context>
    <name>FieldRenewCli</name>
    <message>
        <source>field renew: expected &quot;field renew OLD --out NEW&quot;.</source>
        <translation>field renew：用法为“field renew OLD --out NEW”。</translation>
    </message>
    <message>
        <source>--prefer: expected office or field, got &quot;%1&quot;.</source>
        <translation>--prefer：应为 office 或 field，收到的是“%1”。</translation>
    </message>
    <message>
        <source>field renew: %1 is not a field copy file.</source>
        <translation>field renew：%1 不是外业副本文件。</translation>
    </message>
    <message>
        <source>field renew: set CD_FIELD_PASSWORD, or run the command in a terminal to type the field copy&apos;s password.</source>
        <translation>field renew：请设置 CD_FIELD_PASSWORD，或在终端中运行此命令以输入外业副本的密码。</translation>
    </message>
    <message>
        <source>Password for the field copy %1: </source>
        <translation>外业副本 %1 的密码：</translation>
    </message>
    <message>
        <source>field renew: %1</source>
        <translation>field renew：%1</translation>
    </message>
    <message>
        <source>Field copy renewed: %1 (%2 residents of %3 for %4); the old copy&apos;s unmerged changes are in it: %5</source>
        <translation>外业副本已重新检出：%1（%3 的 %2 名居民，使用人 %4）；旧副本中尚未合并的修改已带入：%5</translation>
    </message>
    <message>
        <source>Record	Field	Office value	Field value</source>
        <translation>记录	字段	办公室的值	外业的值</translation>
    </message>
    <message>
        <source>Decide with --prefer office or --prefer field; no new copy was written.</source>
        <translation>请用 --prefer office 或 --prefer field 作出决定；未生成新副本。</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome — CommunityDesk</source>
        <translation>欢迎使用 — 社区工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create the administrator&lt;/h3&gt;&lt;p&gt;This database has no accounts yet. The administrator adds the other staff and decides what each may see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;创建管理员&lt;/h3&gt;&lt;p&gt;此数据库尚无账号。管理员负责添加其他工作人员，并决定每人可查看的内容。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>确认密码：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormCli</name>
    <message>
        <source>form: please write form fill TEMPLATE.xlsx --out FILE.xlsx.</source>
        <translation>form：请使用 form fill TEMPLATE.xlsx --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>form fill: --out: please give a file ending in .xlsx.</source>
        <translation>form fill：--out：请给出以 .xlsx 结尾的文件。</translation>
    </message>
    <message>
        <source>form fill: there is no grid &quot;%1&quot;.</source>
        <translation>form fill：没有网格“%1”。</translation>
    </message>
    <message>
        <source>form fill: --grid: &quot;%1&quot; is not one of your grids.</source>
        <translation>form fill：--grid：“%1”不是您负责的网格。</translation>
    </message>
    <message>
        <source>form fill: --tag: there is no tag &quot;%1&quot;.</source>
        <translation>form fill：--tag：没有标签“%1”。</translation>
    </message>
    <message>
        <source>--min-age: expected an age from 0 to 150, got &quot;%1&quot;.</source>
        <translation>--min-age：应为 0 到 150 之间的年龄，实际为“%1”。</translation>
    </message>
    <message>
        <source>form fill: no column of %1 is one the register knows; map it once in the window (File → Fill a street form…).</source>
        <translation>form fill：%1 中没有人口台账能识别的列；请先在窗口中对应一次（文件 → 填报一表通…）。</translation>
    </message>
    <message>
        <source>form fill: the column &quot;%1&quot; is left as the form has it.</source>
        <translation>form fill：列“%1”保持报表原样。</translation>
    </message>
    <message>
        <source>form fill: your role may not see full ID or phone numbers; they are written masked.</source>
        <translation>form fill：您的角色不能查看完整的身份证号或电话号码；写入时已打码。</translation>
    </message>
    <message>
        <source>form fill: the row &quot;%1&quot; names no grid, age band or tag; left as it was.</source>
        <translation>form fill：行“%1”没有对应的网格、年龄段或标签；保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of figures written to %1.</source>
        <translation>
            <numerusform>已将 %n 行数据写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名居民写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormCounts</name>
    <message>
        <source>Please sign in to fill a form from the register.</source>
        <translation>请先登录，再从人口台账填报报表。</translation>
    </message>
    <message>
        <source>The register could not be counted to fill the form.</source>
        <translation>无法统计人口台账，报表未能填报。</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Row number (序号)</source>
        <translation>序号</translation>
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
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
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
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
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
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Groups (tags)</source>
        <translation>人群分类（标签）</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Registered (hukou) address, from the notes</source>
        <translation>户籍地址（取自备注）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cases reported</source>
        <translation>反映诉求数</translation>
    </message>
    <message>
        <source>Cases still open</source>
        <translation>未办结诉求数</translation>
    </message>
    <message>
        <source>Last visit to the household</source>
        <translation>最近一次入户走访</translation>
    </message>
    <message>
        <source>Volunteer (yes/no)</source>
        <translation>志愿者（是/否）</translation>
    </message>
    <message>
        <source>Volunteer&apos;s skills</source>
        <translation>志愿者特长</translation>
    </message>
    <message>
        <source>Number of households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Number of residents</source>
        <translation>人数</translation>
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
        <translation>80 岁及以上</translation>
    </message>
    <message>
        <source>Elderly (the office&apos;s elderly age and over)</source>
        <translation>老年人（达到本办公室设定的老年人年龄）</translation>
    </message>
    <message>
        <source>Cases received in the month</source>
        <translation>本月受理诉求数</translation>
    </message>
    <message>
        <source>Cases closed in the month</source>
        <translation>本月办结诉求数</translation>
    </message>
    <message>
        <source>Follow-up visits in the month</source>
        <translation>本月回访次数</translation>
    </message>
    <message>
        <source>Events held in the month</source>
        <translation>本月举办活动数</translation>
    </message>
    <message>
        <source>Event participants in the month</source>
        <translation>本月活动参与人次</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>Carries the tag %1 (是)</source>
        <translation>带有标签 %1（是）</translation>
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
        <translation>保存已填报的报表</translation>
    </message>
    <message>
        <source>Open the street&apos;s form</source>
        <translation>打开街道下发的报表</translation>
    </message>
    <message>
        <source>Carries the tag %1 (是)</source>
        <translation>带有标签 %1（是）</translation>
    </message>
    <message>
        <source>Fill a street form (一表通)</source>
        <translation>填报一表通</translation>
    </message>
    <message>
        <source>Forms filled before</source>
        <translation>以前填报过的报表</translation>
    </message>
    <message>
        <source>Fills the chosen form with the same columns and people, into a new file beside the last one.</source>
        <translation>按相同的列和人员填报所选报表，保存为上次文件旁的新文件。</translation>
    </message>
    <message>
        <source>&amp;Open the form…</source>
        <translation>打开报表(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the .xlsx form the street sent.</source>
        <translation>打开街道下发的 .xlsx 报表。</translation>
    </message>
    <message>
        <source>Column of the form</source>
        <translation>报表的列</translation>
    </message>
    <message>
        <source>Filled with</source>
        <translation>填入内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Everyone living here</source>
        <translation>所有在此居住的人</translation>
    </message>
    <message>
        <source>Saved &amp;view:</source>
        <translation>已保存的视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Every grid</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>全部人群</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Aged at least:</source>
        <translation>最低年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>Write full ID and phone numbers (the street needs them; recorded in the audit log)</source>
        <translation>写入完整的身份证号和电话号码（街道需要；将记入审计日志）</translation>
    </message>
    <message>
        <source>Your role may not see full numbers; they are written masked.</source>
        <translation>您的角色不能查看完整号码；写入时已打码。</translation>
    </message>
    <message>
        <source>&amp;Month (counts forms):</source>
        <translation>月份（用于统计类报表）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Fill and save as…</source>
        <translation>填报并另存为(&amp;F)…</translation>
    </message>
    <message>
        <source>never filled</source>
        <translation>从未填报</translation>
    </message>
    <message>
        <source>%1 (%2) — last filled: %3</source>
        <translation>%1（%2）— 上次填报：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet %2: a form of counts, %n row(s) named.</source>
        <translation>
            <numerusform>%1，工作表 %2：统计类报表，已识别 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sheet %2: a list of people, header on row %3; people from row %4.</source>
        <translation>%1，工作表 %2：人员名单，表头在第 %3 行；人员从第 %4 行开始。</translation>
    </message>
    <message>
        <source>The columns are matched as last time.</source>
        <translation>各列按上次的方式对应。</translation>
    </message>
    <message>
        <source>Fill a street form</source>
        <translation>填报一表通</translation>
    </message>
    <message>
        <source>Filling the form from the register…</source>
        <translation>正在从人口台账填报报表…</translation>
    </message>
    <message>
        <source>The form&apos;s figures are filled in %1.</source>
        <translation>报表数据已填入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名居民写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left as they were (no grid, age band or tag of that name): %1</source>
        <translation>保持原样的行（没有该名称的网格、年龄段或标签）：%1</translation>
    </message>
    <message>
        <source>The form %1 is no longer where it was; open it again with &quot;Open the form…&quot;.</source>
        <translation>报表 %1 已不在原来的位置；请用“打开报表…”重新打开。</translation>
    </message>
    <message>
        <source>The form %1 has changed its columns since; check them and fill it with &quot;Fill and save as…&quot;.</source>
        <translation>报表 %1 的列已发生变化；请检查各列，然后用“填报并另存为…”填报。</translation>
    </message>
    <message>
        <source>Fill aga&amp;in</source>
        <translation>再次填报(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FormFiller</name>
    <message>
        <source>Please sign in to fill a form from the register.</source>
        <translation>请先登录，再从人口台账填报报表。</translation>
    </message>
    <message>
        <source>Save the filled form under another name: the form itself stays empty for next month.</source>
        <translation>请将填好的报表另存为其他文件名：原报表保持空白，留待下月使用。</translation>
    </message>
    <message>
        <source>No column of the form is matched to a field; choose a field for at least one column.</source>
        <translation>报表中没有任何列对应到字段；请至少为一列选择字段。</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>此表单中输入的内容尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>%1: no header row was found (a row of column titles such as 姓名, 身份证号码, 网格, 人数).</source>
        <translation>%1：未找到表头行（即包含姓名、身份证号码、网格、人数等列标题的一行）。</translation>
    </message>
</context>
<context>
    <name>FormMappingStore</name>
    <message>
        <source>The form&apos;s mapping could not be saved; the database is busy. Try again.</source>
        <translation>无法保存报表的列对应关系：数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The form&apos;s mapping could not be saved.</source>
        <translation>无法保存报表的列对应关系。</translation>
    </message>
    <message>
        <source>Where the form was saved could not be noted.</source>
        <translation>无法记录报表的保存位置。</translation>
    </message>
    <message>
        <source>The form could not be removed from the list.</source>
        <translation>无法将该报表从列表中移除。</translation>
    </message>
</context>
<context>
    <name>FormPackage</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿 (.xlsx)，或文件已损坏。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read.</source>
        <translation>%1：无法读取其中的部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged or too large to be a form.</source>
        <translation>%1 已损坏，或文件过大，不是报表。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the folder writable?).</source>
        <translation>无法写入 %1（该文件夹是否可写？）。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>无法写入 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it and fill the form again.</source>
        <translation>%1 已在其他程序中打开；请关闭后重新填报。</translation>
    </message>
</context>
<context>
    <name>FormPeopleQuery</name>
    <message>
        <source>Please sign in to fill a form from the register.</source>
        <translation>请先登录，再从人口台账填报报表。</translation>
    </message>
    <message>
        <source>The register could not be read to fill the form.</source>
        <translation>无法读取人口台账，报表未能填报。</translation>
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
    <message>
        <source>Add from compound:</source>
        <translation>从小区添加：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a grid to see its buildings.</source>
        <translation>请选择一个网格以查看其楼栋。</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) in this grid:</source>
        <translation>
            <numerusform>本网格共 %n 栋楼：</numerusform>
        </translation>
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
    <message>
        <source>School, market or enterprise</source>
        <translation>学校、市场或企业</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>片区：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>所属单位：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>（无片区）</translation>
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
        <source>the file is not a GeoJSON FeatureCollection (&quot;type&quot; must be &quot;FeatureCollection&quot;).</source>
        <translation>文件不是 GeoJSON FeatureCollection（&quot;type&quot; 必须为 &quot;FeatureCollection&quot;）。</translation>
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
        <source>%1 has no &quot;code&quot; property naming its grid.</source>
        <translation>%1 缺少指明网格的 &quot;code&quot; 属性。</translation>
    </message>
    <message>
        <source>%1: no active grid has the code &quot;%2&quot;.</source>
        <translation>%1：没有编号为“%2”的在用网格。</translation>
    </message>
    <message>
        <source>%1: grid &quot;%2&quot; appears more than once.</source>
        <translation>%1：网格“%2”出现了不止一次。</translation>
    </message>
    <message>
        <source>%1 (grid %2) is a MultiPolygon of %3 parts; a grid boundary must be one polygon.</source>
        <translation>%1（网格 %2）是包含 %3 部分的 MultiPolygon；网格边界必须是单个多边形。</translation>
    </message>
    <message>
        <source>%1 (grid %2) has geometry type &quot;%3&quot;; only Polygon is accepted.</source>
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
    <message>
        <source>&lt;p&gt;Open cases: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;未办结诉求：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>grids.xlsx</source>
        <translation>网格.xlsx</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Party-member households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Han&amp;dover pack…</source>
        <translation>交接资料(&amp;D)…</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>交接资料</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>交接资料-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handover pack of %1 written to %2.</source>
        <translation>网格 %1 的交接资料已写入 %2。</translation>
    </message>
    <message>
        <source>Writing the handover pack…</source>
        <translation>正在生成交接资料…</translation>
    </message>
</context>
<context>
    <name>GridRollup</name>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>未划片区</translation>
    </message>
</context>
<context>
    <name>GridSnapshot</name>
    <message>
        <source>add grid %1</source>
        <translation>新增网格 %1</translation>
    </message>
    <message>
        <source>edit grid %1</source>
        <translation>编辑网格 %1</translation>
    </message>
</context>
<context>
    <name>GridStore</name>
    <message>
        <source>Code: enter the grid&apos;s code, e.g. G01.</source>
        <translation>编号：请输入网格编号，例如 G01。</translation>
    </message>
    <message>
        <source>Name: enter the grid&apos;s name.</source>
        <translation>名称：请输入网格名称。</translation>
    </message>
    <message>
        <source>Colour: &quot;%1&quot; is not a colour.</source>
        <translation>颜色：“%1”不是有效的颜色。</translation>
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
        <source>The building&apos;s position could not be saved.</source>
        <translation>楼栋位置未能保存。</translation>
    </message>
    <message>
        <source>The grid could not be restored.</source>
        <translation>网格未能恢复。</translation>
    </message>
    <message>
        <source>Community: choose the community the grid belongs to first.</source>
        <translation>社区：请先选择网格所属的社区。</translation>
    </message>
</context>
<context>
    <name>GridTableModel</name>
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
    <name>GridWorkFigures</name>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
</context>
<context>
    <name>HandoverCli</name>
    <message>
        <source>handover: write handover GRID --out FILE.pdf (GRID: the grid&apos;s code).</source>
        <translation>handover：请使用 handover GRID --out FILE.pdf（GRID：网格编号）。</translation>
    </message>
    <message>
        <source>handover: no grid has the code &quot;%1&quot; (or it is outside your grids).</source>
        <translation>handover：没有编号为“%1”的网格（或不在您负责的网格内）。</translation>
    </message>
    <message>
        <source>Handover pack of %1 written to %2.</source>
        <translation>网格 %1 的交接资料已写入 %2。</translation>
    </message>
</context>
<context>
    <name>HandoverPack</name>
    <message>
        <source>Grid handover pack: %1</source>
        <translation>网格交接资料：%1</translation>
    </message>
    <message>
        <source>Grid worker: %1 %2</source>
        <translation>网格员：%1 %2</translation>
    </message>
    <message>
        <source>Grid leader: %1 %2</source>
        <translation>网格长：%1 %2</translation>
    </message>
    <message>
        <source>%1 — handover pack of grid %2. Numbers are masked; the register has them in full.</source>
        <translation>%1 — 网格 %2 交接资料。号码已打码，完整号码以人口台账为准。</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>制表日期：%1</translation>
    </message>
    <message>
        <source>Map of the grid</source>
        <translation>网格地图</translation>
    </message>
    <message>
        <source>This grid has no boundary and no building placed on the map yet.</source>
        <translation>该网格尚未在地图上划定边界，也没有标注楼栋。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>unit-room</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Households (%1; %2 living alone, on 低保 or with a disability first)</source>
        <translation>住户（%1 户；独居、低保或有残疾人的 %2 户排在前面）</translation>
    </message>
    <message>
        <source>No households in this grid.</source>
        <translation>该网格没有住户。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>人群分类</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Open cases and errands</source>
        <translation>未办结的诉求和代办事项</translation>
    </message>
    <message>
        <source>No open cases or errands.</source>
        <translation>没有未办结的诉求或代办事项。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Errands due, not opened yet</source>
        <translation>已到期但尚未生成的代办事项</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>代办事项</translation>
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
        <translation>党员中心户和楼栋长</translation>
    </message>
    <message>
        <source>党员中心户</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>楼栋长</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>None recorded for this grid.</source>
        <translation>该网格暂无记录。</translation>
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
        <translation>%1 过生日的居民</translation>
    </message>
    <message>
        <source>No birthdays on the list this month.</source>
        <translation>本月名单中没有过生日的居民。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Grid: it does not exist or is outside your grids.</source>
        <translation>网格：不存在，或不在您负责的网格内。</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Edit hours</source>
        <translation>修改时长</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>志愿者：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <source>Required, e.g. left an hour early</source>
        <translation>必填，例如：提前一小时离开</translation>
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
        <translation>救助记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>No assistance recorded for this household.</source>
        <translation>该住户没有救助记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 yuan in all.</source>
        <translation>
            <numerusform>共 %n 条记录，合计 %1 元。</numerusform>
        </translation>
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
        <source>Moved in</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房性质(&amp;H)</translation>
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
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>房号(&amp;M)</translation>
    </message>
    <message>
        <source>Household phon&amp;e</source>
        <translation>住户电话(&amp;E)</translation>
    </message>
    <message>
        <source>Ne&amp;w member</source>
        <translation>新增成员(&amp;W)</translation>
    </message>
    <message>
        <source>Up&amp;date member</source>
        <translation>更新成员(&amp;D)</translation>
    </message>
    <message>
        <source>The household could not be saved; nothing was changed.</source>
        <translation>住户未能保存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>A member&apos;s name or the household number</source>
        <translation>家庭成员姓名或户号</translation>
    </message>
</context>
<context>
    <name>HouseholdSnapshot</name>
    <message>
        <source>Entered in error (undone)</source>
        <translation>录入错误（已撤销）</translation>
    </message>
    <message>
        <source>add household %1</source>
        <translation>新增住户 %1</translation>
    </message>
    <message>
        <source>edit household %1</source>
        <translation>编辑住户 %1</translation>
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
        <source>Character %1 (&quot;%2&quot;) is not allowed: an ID number has only digits, and X only as the 18th character.</source>
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
    <name>ImportCleaner</name>
    <message>
        <source>Birth date: &quot;%1&quot; is not a date (write it as 1990-03-15).</source>
        <translation>出生日期：“%1”不是有效日期（请写成 1990-03-15）。</translation>
    </message>
    <message>
        <source>Compound: empty.</source>
        <translation>小区：为空。</translation>
    </message>
    <message>
        <source>Building: empty.</source>
        <translation>楼栋：为空。</translation>
    </message>
    <message>
        <source>Room: empty.</source>
        <translation>房号：为空。</translation>
    </message>
    <message>
        <source>Name: contains an invisible control character (U+%1) that would change how the name reads; please type the name again.</source>
        <translation>姓名：含有不可见的控制字符（U+%1），会改变姓名的显示；请重新输入姓名。</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; is not an address like 幸福里3栋2单元501; please give compound, building, unit and room.</source>
        <translation>地址：“%1”不是“幸福里3栋2单元501”这样的地址；请填写小区、楼栋、单元和门牌号。</translation>
    </message>
    <message>
        <source>Gender: &quot;%1&quot; is neither male nor female; correct it or map it.</source>
        <translation>性别：“%1”既不是男也不是女；请更正或指定其含义。</translation>
    </message>
    <message>
        <source>Relation to head: &quot;%1&quot; is not known; correct it or map it to one of the register&apos;s relations.</source>
        <translation>与户主关系：“%1”无法识别；请更正，或将其对应到台账中的某种关系。</translation>
    </message>
    <message>
        <source>Residency type: &quot;%1&quot; is not known; correct it or map it to one of the register&apos;s residency types.</source>
        <translation>户籍类型：“%1”无法识别；请更正，或将其对应到台账中的某种户籍类型。</translation>
    </message>
    <message>
        <source>Status (deceased): &quot;%1&quot; is not known; write 死亡 for a death or leave it empty.</source>
        <translation>状态（已故）：无法识别“%1”；死亡请填写“死亡”，否则留空。</translation>
    </message>
    <message>
        <source>Date of death: &quot;%1&quot; is not a date (write it as 2026-11-15).</source>
        <translation>死亡日期：“%1”不是日期（请写作 2026-11-15）。</translation>
    </message>
    <message>
        <source>Date of death: the row gives %1 but its status says living; correct one of them.</source>
        <translation>死亡日期：该行填写了 %1，但状态为在世；请更正其中一项。</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>import: expected &quot;import residents FILE.csv&quot; or &quot;import residents FILE.xlsx&quot;.</source>
        <translation>import：命令格式应为“import residents 文件.csv”或“import residents 文件.xlsx”。</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 updated, %4 rejected.</source>
        <translation>%1：导入 %2 条，更新 %3 条，未导入 %4 条。</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason, are in %1; correct them there and import that file.</source>
        <translation>未导入的行及原因已保存在 %1 中；请在该文件中修改后再导入该文件。</translation>
    </message>
    <message>
        <source>--map: expected COLUMN:VALUE=CODE (e.g. 与户主关系:表哥=other), got &quot;%1&quot;.</source>
        <translation>--map：应为 列名:值=代码（例如 与户主关系:表哥=other），实际为“%1”。</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a coded column (性别, 与户主关系, 户籍类型).</source>
        <translation>--map：“%1”不是编码列（性别、与户主关系、户籍类型）。</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not one of %2.</source>
        <translation>--map：“%1”不在 %2 之中。</translation>
    </message>
    <message>
        <source>Header: rows %1-%2 (two-row header).</source>
        <translation>表头：第 %1–%2 行（双行表头）。</translation>
    </message>
    <message>
        <source>Header: row %1.</source>
        <translation>表头：第 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above it skipped (titles, notes).</source>
        <translation>
            <numerusform>已跳过其上方 %n 行（标题、说明）。</numerusform>
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
        <translation>（您指定的含义）</translation>
    </message>
    <message>
        <source>Footer rows skipped (not people): %1.</source>
        <translation>已跳过表尾行（不是居民）：%1。</translation>
    </message>
    <message>
        <source>Grids to be created: %1.</source>
        <translation>将新建的网格：%1。</translation>
    </message>
    <message>
        <source>Grids created: %1.</source>
        <translation>已新建的网格：%1。</translation>
    </message>
    <message>
        <source>Tags to be created: %1.</source>
        <translation>将新建的标签：%1。</translation>
    </message>
    <message>
        <source>Tags created: %1.</source>
        <translation>已新建的标签：%1。</translation>
    </message>
    <message>
        <source>--header-row: expected a row number (1 or more), got &quot;%1&quot;.</source>
        <translation>--header-row：应为行号（1 或更大），实际为“%1”。</translation>
    </message>
    <message>
        <source>%1 (dry run, nothing written): %2 imported, %3 updated, %4 rejected.</source>
        <translation>%1（试运行，未写入）：可导入 %2 人，可更新 %3 人，未通过 %4 行。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Sheet %1: %2 imported, %3 updated, %4 rejected.</source>
        <translation>工作表 %1：导入 %2 人，更新 %3 人，未通过 %4 行。</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n person(s).</source>
        <translation>
            <numerusform>有变动：%n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes are in %1.</source>
        <translation>变动明细见 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Not in the file: %n person(s) registered in the buildings it covers; they may have moved out (nothing was changed for them).</source>
        <translation>
            <numerusform>文件中没有：文件所涉楼栋中已登记的 %n 人；他们可能已迁出（未对他们做任何更改）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is in %1.</source>
        <translation>名单见 %1。</translation>
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
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residency type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Groups (tags)</source>
        <translation>人员类别（标签）</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Address (in one cell)</source>
        <translation>地址（一格内）</translation>
    </message>
    <message>
        <source>Kept as a note</source>
        <translation>保留为备注</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Status (deceased)</source>
        <translation>状态（已故）</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Kept as a custom field</source>
        <translation>保留为自定义字段</translation>
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
        <translation>已处理 %1 行，每秒 %2 行</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>约剩 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read; please save the sheet as .xlsx or CSV.</source>
        <translation>无法读取旧版 Excel 文件（.xls），请将表格另存为 .xlsx 或 CSV 格式。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Which column holds what. Fields marked * are needed; the choice is remembered for files with the same columns.</source>
        <translation>指定每一列对应的内容。标 * 的字段为必填；列相同的文件会沿用此次选择。</translation>
    </message>
    <message>
        <source>&amp;Update people already registered (same ID number)</source>
        <translation>更新已登记人员（身份证号相同）(&amp;U)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>导入将执行的操作。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Please choose the column for: %1.</source>
        <translation>请选择对应的列：%1。</translation>
    </message>
    <message>
        <source>%1 rows read.

%2 new residents will be added, %3 registered residents updated.
%4 rows cannot be imported; they will be listed with the reason in an error report.

New: %5 compounds, %6 buildings, %7 households.</source>
        <translation>已读取 %1 行。

将新增居民 %2 人，更新已登记居民 %3 人。
%4 行无法导入，将连同原因列入错误报告。

新增：小区 %5 个，楼栋 %6 栋，住户 %7 户。</translation>
    </message>
    <message>
        <source>%1 residents imported, %2 updated, %3 rows not imported.</source>
        <translation>已导入居民 %1 人，更新 %2 人，%3 行未导入。</translation>
    </message>
    <message>
        <source>The rows not imported, each with its reason, are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. Correct them there and import that file.</source>
        <translation>未导入的行及各自原因见 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。请在该文件中更正后导入该文件。</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GBK) or an Excel workbook (.xlsx). The row naming the columns is found below titles and notes; you can choose another on the next page.</source>
        <translation>CSV 文件（UTF-8 或 GBK）或 Excel 工作簿（.xlsx）。表头行会在标题和说明之下自动查找；可在下一页另选。</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>表头行(&amp;H)</translation>
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
        <translation>行数</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Check &amp;again with these meanings</source>
        <translation>按这些含义重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>%1. Header: rows %2-%3.</source>
        <translation>%1。表头：第 %2–%3 行。</translation>
    </message>
    <message>
        <source>%1. Header: row %2.</source>
        <translation>%1。表头：第 %2 行。</translation>
    </message>
    <message>
        <source>(not known: rows not imported)</source>
        <translation>（无法识别：这些行不导入）</translation>
    </message>
    <message>
        <source>Header: rows %1-%2.</source>
        <translation>表头：第 %1–%2 行。</translation>
    </message>
    <message>
        <source>Header: row %1.</source>
        <translation>表头：第 %1 行。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3 rows) → %4</source>
        <translation>%1“%2”（%3 行）→ %4</translation>
    </message>
    <message numerus="yes">
        <source>%n footer row(s) skipped (totals, signatures).</source>
        <translation>
            <numerusform>已跳过 %n 行表尾（合计、签名）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Show them in the register</source>
        <translation>在台账中查看这些人(&amp;S)</translation>
    </message>
    <message>
        <source>Moved out &amp;on</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark ticked ones moved out</source>
        <translation>将勾选的人标记为迁出(&amp;M)</translation>
    </message>
    <message>
        <source>Tick at least one sheet to import.</source>
        <translation>请至少勾选一个要导入的工作表。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) chosen; the other sheets find their own header rows.</source>
        <translation>
            <numerusform>已选 %n 个工作表；其余工作表各自查找表头行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1:</source>
        <translation>工作表 %1：</translation>
    </message>
    <message numerus="yes">
        <source>%n registered resident(s) will change.</source>
        <translation>
            <numerusform>将有 %n 名已登记居民发生变动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) of the buildings this file covers are not in it; they will be listed, not moved out.</source>
        <translation>
            <numerusform>文件所涉楼栋中有 %n 名居民不在文件中；他们会被列出，不会被迁出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered resident(s) changed in this file.</source>
        <translation>
            <numerusform>本文件中有 %n 名已登记居民发生变动。</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed for each is in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>每人的变动明细见 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) of the buildings this file covers are not in it. They may have moved out; nothing was changed for them.</source>
        <translation>
            <numerusform>文件所涉楼栋中有 %n 名居民不在文件中。他们可能已迁出；未对他们做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>名单见 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Tick the people who have moved out first.</source>
        <translation>请先勾选已迁出的人。</translation>
    </message>
    <message>
        <source>Not in the imported file %1</source>
        <translation>不在导入文件 %1 中</translation>
    </message>
    <message>
        <source>Ticked columns are kept as custom fields of that name (made as text fields when there is none); the others not mapped are kept as notes.</source>
        <translation>勾选的列保留为同名自定义字段（没有该字段时新建为文本字段）；其他未对应的列保留为备注。</translation>
    </message>
    <message>
        <source>&amp;Keep as custom fields</source>
        <translation>保留为自定义字段(&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>系统密钥环没有响应</translation>
    </message>
    <message>
        <source>the system keychain refused access</source>
        <translation>系统密钥环拒绝访问</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>没有可用的系统密钥环</translation>
    </message>
</context>
<context>
    <name>LifeEventRules</name>
    <message>
        <source>Wording: say what the errand is, e.g. {name}年满80周岁，协助申请高龄津贴.</source>
        <translation>代办内容：请写明要办的事，例如 {name}年满80周岁，协助申请高龄津贴。</translation>
    </message>
    <message>
        <source>Days ahead: enter a number from 0 to 365.</source>
        <translation>提前天数：请输入 0 到 365 之间的数字。</translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation>该规则已不存在。</translation>
    </message>
    <message>
        <source>The rule could not be saved; nothing was changed.</source>
        <translation>规则未能保存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>LifeEventRulesDialog</name>
    <message>
        <source>Life-event rules</source>
        <translation>人生事件规则</translation>
    </message>
    <message>
        <source>{name}, {age} and {date} in the wording are filled in with the resident&apos;s name, age and the date of the event.</source>
        <translation>代办内容中的 {name}、{age} 和 {date} 会自动替换为居民的姓名、年龄和事件日期。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>代办内容</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Turning %1</source>
        <translation>年满 %1 周岁</translation>
    </message>
    <message>
        <source>Every birthday after %1</source>
        <translation>%1 周岁以后每年生日</translation>
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
        <translation>迁入（户籍在外地的住户）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The 低保 review date (复核日期)</source>
        <translation>低保复核日期</translation>
    </message>
    <message>
        <source>A date of the tag %1 (%2)</source>
        <translation>标签 %1 的日期（%2）</translation>
    </message>
</context>
<context>
    <name>ListExportButton</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the rows the list shows to Excel or CSV</source>
        <translation>将列表中显示的行保存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在导出列表…</translation>
    </message>
    <message>
        <source>%1 rows were exported to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
</context>
<context>
    <name>ListLayoutMemory</name>
    <message>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
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
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
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
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>The list has %1 rows, about %2 pages. Print them all? Filter the list first to print fewer.</source>
        <translation>列表共 %1 行，约 %2 页。全部打印吗？如需少打印一些，请先筛选列表。</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>打印列表</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>CommunityDesk is locked</source>
        <translation>社区工作台已锁定</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Locked&lt;/h3&gt;&lt;p&gt;%1 (%2) is signed in. Nothing was used for a while, so CommunityDesk locked itself; open forms keep what was typed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;已锁定&lt;/h3&gt;&lt;p&gt;当前登录：%1（%2）。一段时间内没有操作，社区工作台已自动锁定；打开的表单会保留已输入的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CommunityDesk</source>
        <translation>登录 — 社区工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign in&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;登录&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login: please enter your login.</source>
        <translation>账号：请输入账号。</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>%1 is open in another program or write-protected; close it and try again.</source>
        <translation>%1 已在其他程序中打开或处于写保护状态；请关闭后重试。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open f&amp;ile</source>
        <translation>打开文件(&amp;I)</translation>
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
        <source>Cases</source>
        <translation>诉求办理</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>社区活动</translation>
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
    <message>
        <source>Monthly report</source>
        <translation>月度工作报表</translation>
    </message>
    <message>
        <source>&amp;Import residents…</source>
        <translation>导入居民(&amp;I)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>居民议事</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Database: field copy</source>
        <translation>数据库：外业副本</translation>
    </message>
    <message>
        <source>This page has no list to print.</source>
        <translation>此页面没有可打印的列表。</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>打印列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Fie&amp;ld copy</source>
        <translation>外业副本(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Check out…</source>
        <translation>检出(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge back…</source>
        <translation>合并回办公室(&amp;M)…</translation>
    </message>
    <message>
        <source>Reg&amp;ister</source>
        <translation>台账(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Merge a field copy</source>
        <translation>合并外业副本</translation>
    </message>
    <message>
        <source>Field copies (*.cdfield)</source>
        <translation>外业副本 (*.cdfield)</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Special ledgers</source>
        <translation>专项台账</translation>
    </message>
    <message>
        <source>The community in view: its pages, lists, charts and reports</source>
        <translation>当前查看的社区：其页面、列表、图表和报表</translation>
    </message>
    <message>
        <source>Whole street</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Now showing %1.</source>
        <translation>当前显示：%1。</translation>
    </message>
    <message>
        <source>Fill a street &amp;form (一表通)…</source>
        <translation>填报一表通(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Key in a returned sheet…</source>
        <translation>录入交回的表格(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ommunities of the street…</source>
        <translation>本街道社区(&amp;O)…</translation>
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
    <message>
        <source>Open cases</source>
        <translation>未办结诉求</translation>
    </message>
    <message>
        <source>By &amp;area</source>
        <translation>按片区(&amp;A)</translation>
    </message>
    <message>
        <source>Colour each grid by its area: the area&apos;s colour, or the figure summed over the area&apos;s grids.</source>
        <translation>按所属片区为网格着色：片区颜色，或片区内各网格的合计数。</translation>
    </message>
    <message>
        <source> (by area)</source>
        <translation>（按片区）</translation>
    </message>
    <message>
        <source>Community: choose one community in view first; each has its own base image.</source>
        <translation>社区：请先选择一个要查看的社区；每个社区有各自的底图。</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制地图…</translation>
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
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Households: %2&lt;br&gt;Residents: %3&lt;br&gt;Aged 60+: %4%5&lt;br&gt;Open cases: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;户数：%2&lt;br&gt;居民数：%3&lt;br&gt;60 岁以上：%4%5&lt;br&gt;未办结诉求：%6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Residents per area</source>
        <translation>各片区人数</translation>
    </message>
    <message>
        <source>Residents aged 60+ per area</source>
        <translation>各片区 60 岁以上人数</translation>
    </message>
    <message>
        <source>Households per area</source>
        <translation>各片区户数</translation>
    </message>
    <message>
        <source>Open cases per area</source>
        <translation>各片区未办结诉求数</translation>
    </message>
    <message>
        <source>Open cases per grid</source>
        <translation>各网格未办结诉求数</translation>
    </message>
    <message>
        <source>edit the boundary of %1</source>
        <translation>编辑 %1 的边界</translation>
    </message>
    <message>
        <source>Boundary of %1 put back.</source>
        <translation>%1 的边界已恢复。</translation>
    </message>
</context>
<context>
    <name>MediationCli</name>
    <message>
        <source>Mediation %1</source>
        <translation>人民调解 %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>受理日期：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>调解员：%1</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <source>From case: %1</source>
        <translation>来源诉求：%1</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>纠纷事项：%1</translation>
    </message>
    <message>
        <source>Party: %1	%2	%3	%4</source>
        <translation>当事人：%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>Session: %1	%2</source>
        <translation>调解记录：%1	%2</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>调解协议：%1</translation>
    </message>
    <message>
        <source>Kept: yes</source>
        <translation>协议已履行：是</translation>
    </message>
    <message>
        <source>Kept: no</source>
        <translation>协议已履行：否</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s).</source>
        <translation>
            <numerusform>共 %n 件人民调解。</numerusform>
        </translation>
    </message>
    <message>
        <source>mediation %1: please give the mediation&apos;s number (ID).</source>
        <translation>mediation %1：请给出调解编号（ID）。</translation>
    </message>
    <message>
        <source>mediation %1: there is no mediation %2 you may see.</source>
        <translation>mediation %1：没有您可查看的调解 %2。</translation>
    </message>
    <message>
        <source>mediation print: please give --out FILE.pdf.</source>
        <translation>mediation print：请给出 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>Agreement written to %1.</source>
        <translation>调解协议已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n rented room(s).</source>
        <translation>
            <numerusform>共 %n 间出租屋。</numerusform>
        </translation>
    </message>
    <message>
        <source>rental expiring: --days &quot;%1&quot; is not a number of days.</source>
        <translation>rental expiring：--days“%1”不是有效的天数。</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s) expire within %1 days or have expired.</source>
        <translation>
            <numerusform>%n 个证件将在 %1 天内到期或已过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 export: --out: please give a file ending in .csv or .xlsx.</source>
        <translation>%1 export：--out：请给出以 .csv 或 .xlsx 结尾的文件名。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>mediation: say list, export --out FILE, show ID or print ID --out FILE.pdf.</source>
        <translation>mediation：请使用 list、export --out FILE、show ID 或 print ID --out FILE.pdf。</translation>
    </message>
    <message>
        <source>rental: say list, export --out FILE or expiring [--days N].</source>
        <translation>rental：请使用 list、export --out FILE 或 expiring [--days N]。</translation>
    </message>
</context>
<context>
    <name>MediationDialog</name>
    <message>
        <source>Edit mediation</source>
        <translation>编辑人民调解</translation>
    </message>
    <message>
        <source>New mediation</source>
        <translation>新建人民调解</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>受理日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>From case:</source>
        <translation>来源诉求：</translation>
    </message>
    <message>
        <source>Ma&amp;tter:</source>
        <translation>纠纷事项(&amp;T)：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>当事人：</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Add resi&amp;dent…</source>
        <translation>添加居民(&amp;D)…</translation>
    </message>
    <message>
        <source>Add o&amp;utside person</source>
        <translation>添加辖区外人员(&amp;U)</translation>
    </message>
    <message>
        <source>Remove &amp;party</source>
        <translation>移除当事人(&amp;P)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>调解记录：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was said and done</source>
        <translation>调解经过</translation>
    </message>
    <message>
        <source>Add sess&amp;ion</source>
        <translation>添加调解记录(&amp;I)</translation>
    </message>
    <message>
        <source>Remove sessio&amp;n</source>
        <translation>删除调解记录(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>调解协议(&amp;G)：</translation>
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
        <translation>协议履行情况(&amp;W)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose parties</source>
        <translation>选择当事人</translation>
    </message>
</context>
<context>
    <name>MediationListTab</name>
    <message>
        <source>Search matter, party or mediator…</source>
        <translation>搜索纠纷事项、当事人或调解员…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>mediations.xlsx</source>
        <translation>人民调解.xlsx</translation>
    </message>
    <message>
        <source>%1 mediations exported.</source>
        <translation>已导出 %1 件人民调解。</translation>
    </message>
    <message>
        <source>The kinds of dispute are fixed.</source>
        <translation>纠纷类型是固定的。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s)</source>
        <translation>
            <numerusform>%n 件人民调解</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to mediation</source>
        <translation>转人民调解</translation>
    </message>
    <message>
        <source>This case is not one you may see.</source>
        <translation>您无权查看该诉求。</translation>
    </message>
    <message>
        <source>Mediation saved.</source>
        <translation>人民调解已保存。</translation>
    </message>
    <message>
        <source>Archive mediation</source>
        <translation>归档人民调解</translation>
    </message>
    <message>
        <source>Archive this mediation? It is kept in the records but no longer listed.</source>
        <translation>归档此调解？记录仍会保留，但不再在列表中显示。</translation>
    </message>
    <message>
        <source>Mediation archived.</source>
        <translation>人民调解已归档。</translation>
    </message>
    <message>
        <source>This mediation no longer exists.</source>
        <translation>该调解已不存在。</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>打印调解协议</translation>
    </message>
    <message>
        <source>Choose a mediation in the list first.</source>
        <translation>请先在列表中选择一件调解。</translation>
    </message>
    <message>
        <source>mediation-agreement-%1.pdf</source>
        <translation>调解协议-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement written to %1.</source>
        <translation>调解协议已写入 %1。</translation>
    </message>
    <message>
        <source>Writing the agreement…</source>
        <translation>正在生成调解协议书…</translation>
    </message>
    <message>
        <source>&amp;New mediation…</source>
        <translation>新建调解(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>归档(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>打印调解协议书(&amp;P)…</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>归档%1</translation>
    </message>
</context>
<context>
    <name>MediationSnapshot</name>
    <message>
        <source>the mediation “%1”</source>
        <translation>调解“%1”</translation>
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
        <translation>受理日期：请填写纠纷提出的日期。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of dispute.</source>
        <translation>类型：请选择纠纷类型。</translation>
    </message>
    <message>
        <source>Matter: say what the dispute is about.</source>
        <translation>纠纷事项：请说明纠纷内容。</translation>
    </message>
    <message>
        <source>Mediator: enter who mediates.</source>
        <translation>调解员：请填写调解人。</translation>
    </message>
    <message>
        <source>Status: choose one.</source>
        <translation>状态：请选择一项。</translation>
    </message>
    <message>
        <source>Status: a mediation cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>状态：调解不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>Agreement: enter what the parties agreed.</source>
        <translation>调解协议：请填写当事人达成的协议内容。</translation>
    </message>
    <message>
        <source>Kept: a fulfilled agreement was kept.</source>
        <translation>履行情况：状态为“协议已履行”时，须选择“已履行”。</translation>
    </message>
    <message>
        <source>Party %1: choose applicant or respondent.</source>
        <translation>当事人 %1：请选择申请人或被申请人。</translation>
    </message>
    <message>
        <source>Party %1: enter the name, or choose the resident.</source>
        <translation>当事人 %1：请填写姓名，或选择居民。</translation>
    </message>
    <message>
        <source>Party %1: ID number: %2</source>
        <translation>当事人 %1：身份证号：%2</translation>
    </message>
    <message>
        <source>Party %1: this resident is already a party.</source>
        <translation>当事人 %1：该居民已是当事人。</translation>
    </message>
    <message>
        <source>Parties: name at least one applicant and one respondent.</source>
        <translation>当事人：请至少列出一名申请人和一名被申请人。</translation>
    </message>
    <message>
        <source>Session %1: enter the date.</source>
        <translation>调解记录 %1：请填写日期。</translation>
    </message>
    <message>
        <source>Session %1: it cannot be before the day received.</source>
        <translation>调解记录 %1：日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>Session %1: enter what was said and done.</source>
        <translation>调解记录 %1：请填写调解经过。</translation>
    </message>
    <message>
        <source>Case: the case it came from no longer exists.</source>
        <translation>诉求：来源诉求已不存在。</translation>
    </message>
    <message>
        <source>This mediation no longer exists.</source>
        <translation>该调解已不存在。</translation>
    </message>
    <message>
        <source>Parties: a resident chosen is no longer in the register.</source>
        <translation>当事人：所选的某位居民已不在人口台账中。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The mediation could not be saved.</source>
        <translation>无法保存该调解。</translation>
    </message>
    <message>
        <source>The mediation could not be saved; nothing was changed.</source>
        <translation>无法保存该调解，未做任何更改。</translation>
    </message>
    <message>
        <source>The mediation could not be archived.</source>
        <translation>无法归档该调解。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between party names: the enumeration comma in Chinese</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>This mediation was changed by someone else since you opened it; please reopen it and make your change again.</source>
        <translation>这件调解在您打开后已被他人修改，请重新打开后再修改。</translation>
    </message>
    <message>
        <source>The mediation could not be taken out of the archive.</source>
        <translation>调解未能从归档中恢复。</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>纠纷事项</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agreement kept</source>
        <translation>协议已履行</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>From case</source>
        <translation>来源诉求</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解次数</translation>
    </message>
</context>
<context>
    <name>MediationTypes</name>
    <message>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭纠纷</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>房屋租赁纠纷</translation>
    </message>
    <message>
        <source>Labour services</source>
        <translation>劳务纠纷</translation>
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
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>未达成协议</translation>
    </message>
    <message>
        <source>Agreement fulfilled</source>
        <translation>协议已履行</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>居住证</translation>
    </message>
    <message>
        <source>Temporary residence</source>
        <translation>暂住登记</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>新建议事会议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>议事会议</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>会议类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>网格 %1</translation>
    </message>
    <message>
        <source>Compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>范围(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. adding a lift to building 3</source>
        <translation>例如：3 号楼加装电梯</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>议题(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Add to attendees</source>
        <translation>添加为参会人员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Others present, not listed:</source>
        <translation>其他参会人数（未逐一登记）：</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>讨论的诉求</translation>
    </message>
    <message>
        <source>Case number or words of its description…</source>
        <translation>诉求编号或描述中的文字…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Motions and votes</source>
        <translation>表决事项及表决结果</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Add &amp;motion</source>
        <translation>添加表决事项(&amp;M)</translation>
    </message>
    <message>
        <source>Remove motion</source>
        <translation>移除表决事项</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>落实任务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
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
        <translation>移除任务</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>%1 议事会议</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>参会人数：%1</translation>
    </message>
    <message>
        <source>What was proposed</source>
        <translation>表决内容</translation>
    </message>
    <message>
        <source>More votes than present</source>
        <translation>票数超过参会人数</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>需落实的事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Motion %1</source>
        <translation>表决事项 %1</translation>
    </message>
    <message>
        <source>Add ta&amp;sk</source>
        <translation>添加任务(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Date: enter the day the meeting was held.</source>
        <translation>日期：请输入会议召开日期。</translation>
    </message>
    <message>
        <source>Topic: enter what the meeting discussed.</source>
        <translation>议题：请输入会议讨论的内容。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of meeting.</source>
        <translation>会议类型：请选择会议类型。</translation>
    </message>
    <message>
        <source>Grid: a meeting is held for a grid or a compound, not both.</source>
        <translation>网格：会议只能面向一个网格或一个小区，不能同时选择。</translation>
    </message>
    <message>
        <source>Grid: the chosen grid no longer exists.</source>
        <translation>网格：所选网格已不存在。</translation>
    </message>
    <message>
        <source>Compound: the chosen compound no longer exists.</source>
        <translation>小区：所选小区已不存在。</translation>
    </message>
    <message>
        <source>Others present: the head count cannot be negative.</source>
        <translation>其他参会人数：人数不能为负数。</translation>
    </message>
    <message>
        <source>Attendees: each resident can be listed only once.</source>
        <translation>参会人员：每位居民只能登记一次。</translation>
    </message>
    <message>
        <source>Cases: each case can be linked only once.</source>
        <translation>诉求：每件诉求只能关联一次。</translation>
    </message>
    <message>
        <source>Motion %1: enter what was proposed.</source>
        <translation>表决事项 %1：请输入表决内容。</translation>
    </message>
    <message>
        <source>Motion %1: %2</source>
        <translation>表决事项 %1：%2</translation>
    </message>
    <message>
        <source>Task %1: enter what is to be done.</source>
        <translation>任务 %1：请输入需落实的事项。</translation>
    </message>
    <message>
        <source>Task %1: enter who is responsible.</source>
        <translation>任务 %1：请输入责任人。</translation>
    </message>
    <message>
        <source>Task %1: enter the due date.</source>
        <translation>任务 %1：请输入完成期限。</translation>
    </message>
    <message>
        <source>Task %1: the motion it follows no longer exists.</source>
        <translation>任务 %1：对应的表决事项已不存在。</translation>
    </message>
    <message>
        <source>Task %1: it cannot be done before the meeting.</source>
        <translation>任务 %1：完成日期不能早于会议日期。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>该议事会议已不存在。</translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation>议事会议未能保存。</translation>
    </message>
    <message>
        <source>The meeting&apos;s lists could not be saved; nothing was changed.</source>
        <translation>议事会议的名单和列表未能保存，未做任何更改。</translation>
    </message>
    <message>
        <source>The meeting could not be saved; nothing was changed.</source>
        <translation>议事会议未能保存，未做任何更改。</translation>
    </message>
    <message>
        <source>The meeting could not be archived.</source>
        <translation>议事会议未能归档。</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>Done on: the task cannot be done before the meeting.</source>
        <translation>完成日期：任务完成日期不能早于会议日期。</translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation>任务未能保存。</translation>
    </message>
    <message>
        <source>Name: enter the name of the kind of meeting.</source>
        <translation>名称：请输入会议类型名称。</translation>
    </message>
    <message>
        <source>Name: there is already a kind called %1.</source>
        <translation>名称：已有名为“%1”的会议类型。</translation>
    </message>
    <message>
        <source>The kind of meeting could not be saved.</source>
        <translation>会议类型未能保存。</translation>
    </message>
    <message>
        <source>The kind of meeting could not be archived.</source>
        <translation>会议类型未能归档。</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>%1 of %2 carried</source>
        <translation>%2 项中通过 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 项中完成 %1 项</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Grid or compound</source>
        <translation>网格或小区</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>落实任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Community-wide and compounds</source>
        <translation>全社区及各小区</translation>
    </message>
    <message>
        <source>Search topic or place…</source>
        <translation>搜索议题或地点…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建议事会议…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>打印会议纪要…</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Add kind…</source>
        <translation>添加类型…</translation>
    </message>
    <message>
        <source>Rename kind…</source>
        <translation>重命名类型…</translation>
    </message>
    <message>
        <source>Archive kind…</source>
        <translation>归档类型…</translation>
    </message>
    <message>
        <source>meetings.xlsx</source>
        <translation>议事会议.xlsx</translation>
    </message>
    <message>
        <source>%1 meetings exported.</source>
        <translation>已导出 %1 次议事会议。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 次议事会议</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>This month: &lt;b&gt;%1&lt;/b&gt; meeting(s) held, &lt;b&gt;%2&lt;/b&gt; decision(s) made; follow-up tasks: &lt;b&gt;%3&lt;/b&gt; done on time, &lt;b&gt;%4&lt;/b&gt; done late, &lt;b&gt;%5&lt;/b&gt; overdue, &lt;b&gt;%6&lt;/b&gt; not yet due.</source>
        <translation>本月：召开议事会议 &lt;b&gt;%1&lt;/b&gt; 次，形成决议 &lt;b&gt;%2&lt;/b&gt; 项；落实任务：按期完成 &lt;b&gt;%3&lt;/b&gt; 项，逾期完成 &lt;b&gt;%4&lt;/b&gt; 项，超期未完成 &lt;b&gt;%5&lt;/b&gt; 项，未到期 &lt;b&gt;%6&lt;/b&gt; 项。</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>议事会议已保存。</translation>
    </message>
    <message>
        <source>Archive meeting</source>
        <translation>归档议事会议</translation>
    </message>
    <message>
        <source>Archive this meeting? It is kept in the records but no longer listed or counted.</source>
        <translation>归档该议事会议？记录仍会保留，但不再列出或计入统计。</translation>
    </message>
    <message>
        <source>Meeting archived.</source>
        <translation>议事会议已归档。</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>该议事会议已不存在。</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>打印会议纪要</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>请先在列表中选择一次议事会议。</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>会议纪要-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes written to %1.</source>
        <translation>会议纪要已保存到 %1。</translation>
    </message>
    <message>
        <source>Add meeting kind</source>
        <translation>添加会议类型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename meeting kind</source>
        <translation>重命名会议类型</translation>
    </message>
    <message>
        <source>Choose the kind in the list first.</source>
        <translation>请先在列表中选择会议类型。</translation>
    </message>
    <message>
        <source>Archive meeting kind</source>
        <translation>归档会议类型</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Meetings of this kind keep it; new meetings cannot choose it.</source>
        <translation>归档“%1”？已有的此类会议保留该类型，新建会议不能再选择它。</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>正在生成会议纪要…</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>%1 meeting minutes</source>
        <comment>community name</comment>
        <translation>%1居民议事会议纪要</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <source>Compound: %1</source>
        <translation>小区：%1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>参会人数：</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>No residents listed by name.</source>
        <translation>未逐一登记参会居民姓名。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between attendee names: the enumeration comma in Chinese</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Others present, not listed: %1</source>
        <translation>其他参会人数（未逐一登记）：%1</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>讨论的诉求</translation>
    </message>
    <message>
        <source>Motions and votes</source>
        <translation>表决事项及表决结果</translation>
    </message>
    <message>
        <source>No motion was put to the vote.</source>
        <translation>本次会议未进行表决。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>表决结果</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>落实任务</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
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
        <translation>交办</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Other grids (%1)</source>
        <translation>其他网格（%1）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
    <message>
        <source>Residents 60+</source>
        <translation>60 岁以上居民</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
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
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Register figures as of %1</source>
        <translation>人口台账数据截至 %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Cases, events and volunteer hours by grid</source>
        <translation>各网格诉求、活动及志愿服务时长</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Cases received and resolved per grid</source>
        <translation>各网格诉求受理与办结情况</translation>
    </message>
    <message>
        <source>Cases per month, last 12 months</source>
        <translation>近 12 个月每月诉求数</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Cases received by category</source>
        <translation>各类别受理诉求数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求数</translation>
    </message>
    <message>
        <source>Birthdays of the elderly next month (%1)</source>
        <translation>下月老年人生日（%1）</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>过生日人数</translation>
    </message>
    <message>
        <source>Aged 80+</source>
        <translation>80 岁以上</translation>
    </message>
    <message>
        <source>Aged 90+</source>
        <translation>90 岁以上</translation>
    </message>
    <message>
        <source>Aged 100+</source>
        <translation>100 岁以上</translation>
    </message>
    <message>
        <source>Milestone birthdays</source>
        <translation>整寿</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Per grid: %1</source>
        <translation>按网格：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Notable cases</source>
        <translation>重点诉求</translation>
    </message>
    <message>
        <source>No case this month was reopened, left a resident dissatisfied or ran past its deadline.</source>
        <translation>本月没有重新办理、居民不满意或超过办理时限的诉求。</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>制表人：%1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf or .xlsx.</source>
        <translation>%1：文件名必须以 .pdf 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Visits, errands and deliberation by grid</source>
        <translation>各网格走访、代办和居民议事情况</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访户数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>议事会议</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grid work</source>
        <translation>网格工作</translation>
    </message>
    <message>
        <source>Decisions followed up</source>
        <translation>决议已落实</translation>
    </message>
    <message>
        <source>Coverage: households visited at least once this month of the households living in the grid. Decisions followed up: tasks from the meetings&apos; decisions that are done.</source>
        <translation>走访覆盖率：本月至少走访过一次的户数占网格内居住户数的比例。决议已落实：会议决议中已完成的落实任务数。</translation>
    </message>
    <message>
        <source>Other areas (%1)</source>
        <translation>其他片区（%1）</translation>
    </message>
    <message>
        <source>Area / grid</source>
        <translation>片区 / 网格</translation>
    </message>
    <message>
        <source>Cases, events and volunteer hours by area</source>
        <translation>各片区诉求、活动及志愿服务时长</translation>
    </message>
    <message>
        <source>Visits, errands and deliberation by area</source>
        <translation>各片区走访、代办和居民议事情况</translation>
    </message>
    <message>
        <source>Cases received and resolved per area</source>
        <translation>各片区诉求受理与办结情况</translation>
    </message>
    <message>
        <source>Per area: %1</source>
        <translation>按片区：%1</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>按片区</translation>
    </message>
    <message>
        <source>Grid work by area</source>
        <translation>网格工作（按片区）</translation>
    </message>
    <message>
        <source>Errands done this month by type:</source>
        <translation>本月按类型统计的代办办结数：</translation>
    </message>
    <message>
        <source>Errand type</source>
        <translation>代办类型</translation>
    </message>
    <message>
        <source>Errands done</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Errands by type</source>
        <translation>代办分类</translation>
    </message>
    <message>
        <source>Of those, resolved</source>
        <translation>其中已办结</translation>
    </message>
    <message>
        <source>Resolved ÷ received</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Resolved this month (any month received)</source>
        <translation>本月办结（不限受理月份）</translation>
    </message>
    <message>
        <source>Resolved ÷ received: of the cases received this month, the share resolved by its end (the column before it over the cases received). Resolved this month counts every case closed this month, including ones received earlier, so it can exceed the cases received. Satisfaction: follow-up visits this month with the resident satisfied or basically satisfied. Overdue: cases open at the end of the month past their deadline.</source>
        <translation>办结率：本月受理的诉求中到月底已办结的比例（前一列除以受理诉求数）。本月办结统计本月办结的全部诉求，包括此前受理的，因此可能超过受理诉求数。满意度：本月回访中居民满意或基本满意的比例。超期：月末仍未办结且已超过办理时限的诉求。</translation>
    </message>
    <message>
        <source>Events held per area</source>
        <translation>各片区开展活动数</translation>
    </message>
    <message>
        <source>Events held per grid</source>
        <translation>各网格开展活动数</translation>
    </message>
    <message>
        <source>Event participants per area</source>
        <translation>各片区活动参与人数</translation>
    </message>
    <message>
        <source>Event participants per grid</source>
        <translation>各网格活动参与人数</translation>
    </message>
    <message>
        <source>The street&apos;s communities compared</source>
        <translation>街道各社区对比</translation>
    </message>
    <message>
        <source>Cases, events and volunteer hours by community</source>
        <translation>各社区的诉求、活动和志愿服务时长</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>MonthlyReportCare</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期未回访</translation>
    </message>
    <message>
        <source>Of those, severe</source>
        <translation>其中严重</translation>
    </message>
    <message>
        <source>Assistance given</source>
        <translation>已发放救助</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>救助次数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Follow-ups and assistance by grid</source>
        <translation>各网格回访与救助情况</translation>
    </message>
    <message>
        <source>Overdue follow-ups: households of the people the office follows (独居, 低保, 残疾, 社区矫正 and the other groups with a follow-up rule) not visited within their rhythm, as of %1.</source>
        <translation>逾期未回访：截至 %1，本办重点关注人员（独居、低保、残疾、社区矫正及其他设有回访规则的人群）所在住户未按规定周期走访。</translation>
    </message>
    <message>
        <source>Assistance given this month by kind:</source>
        <translation>本月各类救助情况：</translation>
    </message>
    <message>
        <source>Follow-ups and assistance</source>
        <translation>回访与救助</translation>
    </message>
    <message>
        <source>Assistance by kind</source>
        <translation>各类救助情况</translation>
    </message>
</context>
<context>
    <name>MonthlyReportLedgers</name>
    <message>
        <source>No grid</source>
        <translation>未划网格</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Mediated</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Agreements reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Of those, kept</source>
        <translation>其中已履行</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Rented rooms</source>
        <translation>出租屋</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Permits expiring in 30 days</source>
        <translation>居住证 30 天内到期</translation>
    </message>
    <message>
        <source>Permits expired</source>
        <translation>居住证已过期</translation>
    </message>
    <message>
        <source>Mediation (人民调解) by grid</source>
        <translation>各网格人民调解情况</translation>
    </message>
    <message>
        <source>Received: disputes brought to the office this month. Mediated: those with a session held this month. Agreements reached this month, and of those the ones already kept.</source>
        <translation>受理：本月向社区反映的纠纷。调解：本月进行过调解的纠纷。达成协议：本月达成的协议，其中已履行的单独列出。</translation>
    </message>
    <message>
        <source>Mediation this month by kind of dispute:</source>
        <translation>本月人民调解（按纠纷类型）：</translation>
    </message>
    <message>
        <source>Rented rooms (出租屋) by grid</source>
        <translation>各网格出租屋情况</translation>
    </message>
    <message>
        <source>Rooms and tenants living there as of %1; permits (居住证, 暂住) expired before that day or expiring within the 30 days after it.</source>
        <translation>截至 %1 的出租屋及在住租户；居住证（含暂住证）在该日之前已过期或在其后 30 天内到期的情况。</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Mediation by kind</source>
        <translation>人民调解（按类型）</translation>
    </message>
</context>
<context>
    <name>MonthlyReportQuery</name>
    <message>
        <source>The month is not valid.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>The report&apos;s figures could not be read from the database.</source>
        <translation>无法从数据库读取报表数据。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Community-wide / no grid</source>
        <translation>全社区 / 无网格</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重办</translation>
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
        <translation>票数：票数不能为负数。</translation>
    </message>
    <message numerus="yes">
        <source>Votes: %1 votes were cast but only %n attendee(s) were present.</source>
        <translation>
            <numerusform>票数：共投 %1 票，但到会仅 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>未表决</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3</source>
        <translation>赞成 %1，反对 %2，弃权 %3</translation>
    </message>
    <message>
        <source>Carried when more than half of the votes cast (abstentions count as cast) are for.</source>
        <translation>赞成票超过所投票数（弃权计入所投票数）的一半即为通过。</translation>
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
    <name>OfficeRules</name>
    <message>
        <source>Lock after: only an administrator may change the office&apos;s idle lock.</source>
        <translation>自动锁定时间：只有管理员可以更改本办公室的闲置锁定设置。</translation>
    </message>
    <message>
        <source>Lock after: choose between 0 (never) and %1 minutes.</source>
        <translation>自动锁定时间：请在 0（从不）到 %1 分钟之间选择。</translation>
    </message>
    <message>
        <source>Lock after: the setting could not be saved; please try again.</source>
        <translation>自动锁定时间：设置未能保存，请重试。</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>%1 is filtered: right-click the header (or Alt+Down in the list) to change or clear the filter.</source>
        <translation>%1 已筛选：右键单击列标题（或在列表中按 Alt+Down）可更改或清除筛选。</translation>
    </message>
</context>
<context>
    <name>PairActivityDialog</name>
    <message>
        <source>Pairing activity</source>
        <translation>结对帮扶记录</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>帮扶内容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PaperKeyIn</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>走访表</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Sheet code %1: not a sheet code (a typo?); it has %2 characters and ends with its check character.</source>
        <translation>表码 %1：不是有效的表码（是否输错？）；表码共 %2 位，最后一位为校验位。</translation>
    </message>
    <message>
        <source>Sheet code %1: no sheet printed on this desk has this code.</source>
        <translation>表码 %1：本机打印的表中没有此表码。</translation>
    </message>
    <message numerus="yes">
        <source>, %n keyed already</source>
        <translation>
            <numerusform>，其中 %n 行已录入</numerusform>
        </translation>
    </message>
    <message>
        <source>Row code %1: not a row code (a typo?); a row code has %2 characters, the last being its check character.</source>
        <translation>行码 %1：不是有效的行码（是否输错？）；行码共 %2 位，最后一位为校验位。</translation>
    </message>
    <message>
        <source>Row code %1: on no sheet printed on this desk.</source>
        <translation>行码 %1：不在本机打印的任何表上。</translation>
    </message>
    <message>
        <source>Row code %1: printed on sheet %2, not on sheet %3.</source>
        <translation>行码 %1：印在表 %2 上，而不是表 %3 上。</translation>
    </message>
    <message>
        <source>Date: enter the day of the visits (not in the future).</source>
        <translation>日期：请填写走访日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was recorded.</source>
        <translation>%1：%2 未记录任何内容。</translation>
    </message>
    <message>
        <source>the sheet could not be updated.</source>
        <translation>无法更新该表。</translation>
    </message>
    <message>
        <source>the event no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>Keyed from visit sheet %1</source>
        <translation>根据走访表 %1 录入</translation>
    </message>
    <message>
        <source>the database did not accept the change.</source>
        <translation>数据库未接受此更改。</translation>
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
        <translation>录入回收的纸质表</translation>
    </message>
    <message>
        <source>Type or scan the code at the top of the sheet</source>
        <translation>输入或扫描表顶部的表码</translation>
    </message>
    <message>
        <source>The codes of the ticked rows, separated by spaces or one a line</source>
        <translation>已勾选行的行码，用空格分隔或每行一个</translation>
    </message>
    <message>
        <source>&amp;Sheet code:</source>
        <translation>表码(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ticked rows:</source>
        <translation>已勾选行(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Day of the visits:</source>
        <translation>走访日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>录入(&amp;R)</translation>
    </message>
    <message>
        <source>Ticked rows: type the code of each row ticked on the sheet.</source>
        <translation>已勾选行：请输入表上每个已勾选行的行码。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recorded.</source>
        <translation>
            <numerusform>已录入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had been keyed before and were skipped.</source>
        <translation>
            <numerusform>%n 行此前已录入，已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSheetSaver</name>
    <message>
        <source>Save the sheet to key back</source>
        <translation>保存待回录的表格</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet to key back</source>
        <translation>待回录表格</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1 with %n row(s) saved to %2; key the ticked rows back with Key back….</source>
        <translation>
            <numerusform>表格 %1（共 %n 行）已保存到 %2；请用“回录…”录入已勾选的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>正在写入表格…</translation>
    </message>
</context>
<context>
    <name>PaperSheetStore</name>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The sheet could not be prepared; nothing was printed.</source>
        <translation>无法准备该表，未打印任何内容。</translation>
    </message>
</context>
<context>
    <name>PaperSheets</name>
    <message>
        <source>There are no rows to print on this sheet.</source>
        <translation>此表没有可打印的行。</translation>
    </message>
    <message>
        <source>Tick the code of each row done; key the ticks back under sheet %1.</source>
        <translation>每完成一行即勾选该行行码；勾选结果请按表码 %1 录入。</translation>
    </message>
    <message>
        <source>Sheet code: %1</source>
        <translation>表码：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>行码</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>勾选</translation>
    </message>
    <message>
        <source>Event: it no longer exists or was cancelled.</source>
        <translation>活动：该活动已不存在或已取消。</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>签到表：%1</translation>
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
        <translation>签名</translation>
    </message>
    <message>
        <source>Building: it does not exist or is outside your grids.</source>
        <translation>楼栋：该楼栋不存在或不在您负责的网格内。</translation>
    </message>
    <message>
        <source>Visit sheet: %1 %2</source>
        <translation>走访表：%1 %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>unit-room</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Grid worker: __________   Date of the round: __________</source>
        <translation>网格员：__________   本轮走访日期：__________</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Notes and needs</source>
        <translation>备注与需求</translation>
    </message>
    <message>
        <source>Rota %1 to %2</source>
        <translation>排班表 %1 至 %2</translation>
    </message>
    <message>
        <source>Tick those who served their shift.</source>
        <translation>请勾选已完成值班的人员。</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
</context>
<context>
    <name>PartyContactPanel</name>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Party-member households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
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
        <source>Since</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>&amp;End selected…</source>
        <translation>撤销所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Add from the register</source>
        <translation>从人口台账添加</translation>
    </message>
    <message>
        <source>Search the grid&apos;s residents by name, initials or ID…</source>
        <translation>按姓名、拼音首字母或身份证号搜索本网格居民…</translation>
    </message>
    <message>
        <source>Add as &amp;party-member household</source>
        <translation>设为党员中心户(&amp;P)</translation>
    </message>
    <message>
        <source>Please choose a resident.</source>
        <translation>请选择一位居民。</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Party-member household added.</source>
        <translation>已添加党员中心户。</translation>
    </message>
    <message>
        <source>End party-member household</source>
        <translation>撤销党员中心户</translation>
    </message>
    <message>
        <source>%1&apos;s household is no longer a party-member household? It stays in the records.</source>
        <translation>确定撤销%1家的党员中心户？该户记录仍会保留。</translation>
    </message>
    <message>
        <source>Party-member household ended.</source>
        <translation>已撤销党员中心户。</translation>
    </message>
</context>
<context>
    <name>PartyContactStore</name>
    <message>
        <source>Grid: choose an active grid.</source>
        <translation>网格：请选择一个在用的网格。</translation>
    </message>
    <message>
        <source>Resident: choose a living resident with a household.</source>
        <translation>居民：请选择一位在世且有所属住户的居民。</translation>
    </message>
    <message>
        <source>Resident: this household is already a party-member household.</source>
        <translation>居民：该户已是党员中心户。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The party-member household could not be saved.</source>
        <translation>党员中心户未能保存。</translation>
    </message>
    <message>
        <source>This party-member household no longer exists.</source>
        <translation>该党员中心户已不存在。</translation>
    </message>
    <message>
        <source>The party-member household could not be ended.</source>
        <translation>党员中心户未能撤销。</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
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
    <name>PhoneNumber</name>
    <message>
        <source>Please enter the phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a phone number.</source>
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
    <name>PlaceCli</name>
    <message>
        <source>community	%1	street	%2</source>
        <translation>社区	%1	街道	%2</translation>
    </message>
    <message>
        <source>compound	%1</source>
        <translation>小区	%1</translation>
    </message>
    <message>
        <source>building	%1	%2	grid %3	%4 units	%5 households</source>
        <translation>楼栋	%1	%2	网格 %3	%4 个单元	%5 户</translation>
    </message>
    <message>
        <source>--compound: please name the compound.</source>
        <translation>--compound：请给出小区名称。</translation>
    </message>
    <message>
        <source>--compound: there is no compound named %1.</source>
        <translation>--compound：没有名为 %1 的小区。</translation>
    </message>
    <message>
        <source>--grid: there is no active grid with the code %1.</source>
        <translation>--grid：没有编号为 %1 的在用网格。</translation>
    </message>
    <message>
        <source>--units: expected a whole number, got &quot;%1&quot;.</source>
        <translation>--units：应为整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>Building %1 added to %2.</source>
        <translation>已在 %2 添加楼栋 %1。</translation>
    </message>
    <message>
        <source>place rename: there is no compound named %1.</source>
        <translation>place rename：没有名为 %1 的小区。</translation>
    </message>
    <message>
        <source>Compound %1 renamed to %2.</source>
        <translation>小区 %1 已重命名为 %2。</translation>
    </message>
    <message>
        <source>place rename: %1 has no building named %2.</source>
        <translation>place rename：%1 没有名为 %2 的楼栋。</translation>
    </message>
    <message>
        <source>Building %1 renamed to %2.</source>
        <translation>楼栋 %1 已重命名为 %2。</translation>
    </message>
    <message>
        <source>place merge: %1 has no building named %2.</source>
        <translation>place merge：%1 没有名为 %2 的楼栋。</translation>
    </message>
    <message>
        <source>Building %1 merged into %2; its households moved.</source>
        <translation>楼栋 %1 已合并到 %2；其住户已迁入。</translation>
    </message>
    <message>
        <source>Compound %1 added.</source>
        <translation>已添加小区 %1。</translation>
    </message>
    <message>
        <source>Community named %1 (%2).</source>
        <translation>社区已命名为 %1（%2）。</translation>
    </message>
    <message>
        <source>place merge: there is no compound named %1.</source>
        <translation>place merge：没有名为 %1 的小区。</translation>
    </message>
    <message>
        <source>Compound %1 merged into %2; its buildings moved.</source>
        <translation>小区 %1 已合并到 %2；其楼栋已移入。</translation>
    </message>
    <message>
        <source>place: expected list, add compound NAME, add building NAME --compound NAME, rename building|compound OLD NEW, merge building FROM INTO --compound NAME or merge compound FROM INTO.</source>
        <translation>place：应为 list、add compound 名称、add building 名称 --compound 名称、rename building|compound 原名称 新名称、merge building 源 目标 --compound 名称 或 merge compound 源 目标。</translation>
    </message>
</context>
<context>
    <name>PlaceRoleStore</name>
    <message>
        <source>Building head</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>单元长</translation>
    </message>
    <message>
        <source>Three heads (floor, unit, building)</source>
        <translation>三长（楼层长、单元长、楼栋长）</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业主委员会</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Compound: choose the compound.</source>
        <translation>小区：请选择小区。</translation>
    </message>
    <message>
        <source>Building: choose a building of the compound.</source>
        <translation>楼栋：请选择该小区的楼栋。</translation>
    </message>
    <message>
        <source>Unit: choose the building the unit is in.</source>
        <translation>单元：请选择该单元所在的楼栋。</translation>
    </message>
    <message>
        <source>Role: choose one.</source>
        <translation>职务：请选择一项。</translation>
    </message>
    <message>
        <source>Resident: no longer in the register.</source>
        <translation>居民：已不在人口台账中。</translation>
    </message>
    <message>
        <source>Name: enter the contact&apos;s name, or choose the resident.</source>
        <translation>姓名：请填写联系人姓名，或选择居民。</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>无法保存联系人。</translation>
    </message>
    <message>
        <source>The contact could not be saved; nothing was changed.</source>
        <translation>无法保存联系人，未做任何更改。</translation>
    </message>
    <message>
        <source>This contact is no longer listed.</source>
        <translation>此联系人已不在列表中。</translation>
    </message>
    <message>
        <source>The contact could not be taken off.</source>
        <translation>无法移除联系人。</translation>
    </message>
</context>
<context>
    <name>PlaceRolesDialog</name>
    <message>
        <source>Contacts of the place</source>
        <translation>楼院联系人</translation>
    </message>
    <message>
        <source>The whole compound</source>
        <translation>整个小区</translation>
    </message>
    <message>
        <source>The whole building</source>
        <translation>整栋楼</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Take off</source>
        <translation>移除(&amp;T)</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>请先在列表中选择联系人。</translation>
    </message>
    <message>
        <source>Contact taken off.</source>
        <translation>已移除联系人。</translation>
    </message>
</context>
<context>
    <name>PlaceRolesListTab</name>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Search name, phone or compound…</source>
        <translation>检索姓名、电话或小区…</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>检索(&amp;H)</translation>
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
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>building-roles.xlsx</source>
        <translation>楼栋长三长.xlsx</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
    </message>
    <message>
        <source>(whole compound)</source>
        <translation>（整个小区）</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Building roles</source>
        <translation>楼栋长/三长</translation>
    </message>
</context>
<context>
    <name>PlaceStore</name>
    <message>
        <source>Community: enter the community&apos;s name, e.g. 幸福社区.</source>
        <translation>社区：请输入社区名称，例如 幸福社区。</translation>
    </message>
    <message>
        <source>The community could not be saved.</source>
        <translation>社区未能保存。</translation>
    </message>
    <message>
        <source>Compound: enter the compound&apos;s name, e.g. 幸福里.</source>
        <translation>小区：请输入小区名称，例如 幸福里。</translation>
    </message>
    <message>
        <source>Community: name the community first.</source>
        <translation>社区：请先填写社区名称。</translation>
    </message>
    <message>
        <source>Compound: there is already a compound named %1.</source>
        <translation>小区：已有名为 %1 的小区。</translation>
    </message>
    <message>
        <source>The compound could not be saved.</source>
        <translation>小区未能保存。</translation>
    </message>
    <message>
        <source>Compound: enter the compound&apos;s new name.</source>
        <translation>小区：请输入小区的新名称。</translation>
    </message>
    <message>
        <source>Compound: this compound no longer exists.</source>
        <translation>小区：此小区已不存在。</translation>
    </message>
    <message>
        <source>The compound could not be renamed.</source>
        <translation>小区未能重命名。</translation>
    </message>
    <message>
        <source>Compound: choose the compound the building stands in.</source>
        <translation>小区：请选择楼栋所在的小区。</translation>
    </message>
    <message>
        <source>Building: enter the building&apos;s name, e.g. 3号楼.</source>
        <translation>楼栋：请输入楼栋名称，例如 3号楼。</translation>
    </message>
    <message>
        <source>Building: this compound already has a building named %1.</source>
        <translation>楼栋：此小区已有名为 %1 的楼栋。</translation>
    </message>
    <message>
        <source>Grid: choose an active grid, or none.</source>
        <translation>所属网格：请选择一个在用网格，或不选。</translation>
    </message>
    <message>
        <source>Units: enter a number from 0 to 99.</source>
        <translation>单元数：请输入 0 到 99 之间的数字。</translation>
    </message>
    <message>
        <source>The building could not be saved.</source>
        <translation>楼栋未能保存。</translation>
    </message>
    <message>
        <source>Building: enter the building&apos;s new name.</source>
        <translation>楼栋：请输入楼栋的新名称。</translation>
    </message>
    <message>
        <source>Building: this building no longer exists.</source>
        <translation>楼栋：此楼栋已不存在。</translation>
    </message>
    <message>
        <source>The building could not be renamed.</source>
        <translation>楼栋未能重命名。</translation>
    </message>
    <message>
        <source>Merge into: choose a different building.</source>
        <translation>合并到：请选择另一栋楼。</translation>
    </message>
    <message>
        <source>Merge into: this building no longer exists.</source>
        <translation>合并到：此楼栋已不存在。</translation>
    </message>
    <message>
        <source>Merge into: choose a building of the same compound.</source>
        <translation>合并到：请选择同一小区的楼栋。</translation>
    </message>
    <message>
        <source>The buildings could not be merged.</source>
        <translation>楼栋未能合并。</translation>
    </message>
    <message>
        <source>Merge into: choose a different compound.</source>
        <translation>合并到：请选择另一个小区。</translation>
    </message>
    <message>
        <source>Merge into: this compound no longer exists.</source>
        <translation>合并到：此小区已不存在。</translation>
    </message>
    <message>
        <source>The compounds could not be merged.</source>
        <translation>小区未能合并。</translation>
    </message>
    <message>
        <source>Community: choose the community to rename first.</source>
        <translation>社区：请先选择要重命名的社区。</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>Name: please name the rule.</source>
        <translation>名称：请填写规则名称。</translation>
    </message>
    <message>
        <source>Points per hour: please enter 0 to 1000.</source>
        <translation>每小时积分：请输入 0 至 1000。</translation>
    </message>
    <message>
        <source>Valid from: please enter the first day the rule applies.</source>
        <translation>生效日期：请填写规则开始适用的日期。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>无法保存规则。</translation>
    </message>
    <message>
        <source>Name: please name the reward.</source>
        <translation>名称：请填写兑换物品名称。</translation>
    </message>
    <message>
        <source>Points: a reward costs at least 1 point.</source>
        <translation>积分：兑换物品至少需要 1 积分。</translation>
    </message>
    <message>
        <source>The reward could not be saved.</source>
        <translation>无法保存兑换物品。</translation>
    </message>
    <message>
        <source>Quantity: please enter at least 1.</source>
        <translation>数量：请输入至少 1。</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>该志愿者已不存在。</translation>
    </message>
    <message>
        <source>Reward: this reward is no longer offered.</source>
        <translation>兑换物品：该物品已不再提供兑换。</translation>
    </message>
    <message>
        <source>Points: please enter how many points to redeem.</source>
        <translation>积分：请填写要兑换的积分。</translation>
    </message>
    <message>
        <source>Note: please say what the points were redeemed for.</source>
        <translation>备注：请注明积分兑换的用途。</translation>
    </message>
    <message>
        <source>Points: %1 points needed, but the balance is only %2.</source>
        <translation>积分：需要 %1 积分，但积分余额仅为 %2。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The redemption could not be saved.</source>
        <translation>无法保存兑换记录。</translation>
    </message>
    <message>
        <source>The redemption could not be saved; nothing was changed.</source>
        <translation>无法保存兑换记录，未做任何更改。</translation>
    </message>
    <message>
        <source>Points: please enter the points to grant.</source>
        <translation>积分：请填写要发放的积分。</translation>
    </message>
    <message>
        <source>Note: please say why the points are granted.</source>
        <translation>备注：请注明发放积分的原因。</translation>
    </message>
    <message>
        <source>The points could not be saved.</source>
        <translation>无法保存积分。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
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
        <translation>%1 此后又被修改过，已保持现状。</translation>
    </message>
    <message>
        <source>%1 can no longer be found.</source>
        <translation>已找不到 %1。</translation>
    </message>
    <message>
        <source>%1 could not be saved; nothing was changed.</source>
        <translation>%1 未能保存，未做任何改动。</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>志愿者：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <source>Other (points and note)</source>
        <translation>其他（积分和备注）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1（%n 积分）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>奖品(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
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
        <translation>无法将台账与文件比对。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
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
        <translation>文件中的行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <translation>社区建档(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No household yet&lt;/h2&gt;&lt;p&gt;The community&apos;s compounds and buildings are set up. Add the first household with New household (Ctrl+N), add more places, or import the office&apos;s register (台账) from an Excel or CSV file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;还没有住户&lt;/h2&gt;&lt;p&gt;社区的小区和楼栋已经建好。可用“新建住户”（Ctrl+N）添加第一户，继续添加小区楼栋，或从 Excel、CSV 文件导入本办公室的台账。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is empty&lt;/h2&gt;&lt;p&gt;Start by setting up the community: name the street and the community, then add its grids, compounds and buildings. Or import the office&apos;s register (台账) from an Excel or CSV file; grids, compounds and buildings are created from it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;台账还是空的&lt;/h2&gt;&lt;p&gt;请先为社区建档：填写街道和社区名称，再添加网格、小区和楼栋。也可以从 Excel 或 CSV 文件导入本办公室的台账，网格、小区和楼栋会随之建立。&lt;/p&gt;</translation>
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
    <message>
        <source>residents.xlsx</source>
        <translation>居民名单.xlsx</translation>
    </message>
    <message>
        <source>%1 residents exported.</source>
        <translation>已导出 %1 名居民。</translation>
    </message>
    <message>
        <source>&amp;Set up the community…</source>
        <translation>社区建档(&amp;S)…</translation>
    </message>
    <message>
        <source>Community set-up saved.</source>
        <translation>社区建档已保存。</translation>
    </message>
    <message>
        <source>&amp;Filter %1…</source>
        <translation>筛选%1(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear the filter of %1</source>
        <translation>清除%1的筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1 所在住户</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen resident(s)</source>
        <translation>
            <numerusform>已选 %n 名居民</numerusform>
        </translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>楼栋：%1</translation>
    </message>
    <message>
        <source>Manage &amp;tags…</source>
        <translation>管理标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>疑似重复(&amp;D)…</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
    <message>
        <source>move %1 to another household</source>
        <translation>将 %1 移至其他住户</translation>
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
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
</context>
<context>
    <name>RentalDialog</name>
    <message>
        <source>Edit rented room</source>
        <translation>编辑出租屋</translation>
    </message>
    <message>
        <source>New rented room</source>
        <translation>新建出租屋</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>An outside person</source>
        <translation>非辖区人员</translation>
    </message>
    <message>
        <source>From the &amp;register…</source>
        <translation>从人口台账选择(&amp;R)…</translation>
    </message>
    <message>
        <source>Landlord:</source>
        <translation>房东：</translation>
    </message>
    <message>
        <source>Landlord&apos;s &amp;name:</source>
        <translation>房东姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Landlord&apos;s &amp;phone:</source>
        <translation>房东电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Landlord&apos;s &amp;ID number:</source>
        <translation>房东身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>证件号码</translation>
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
        <translation>添加租户(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>移除租户</translation>
    </message>
    <message>
        <source>Tenant &amp;left…</source>
        <translation>租户退租(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose a resident of the room</source>
        <translation>选择该出租屋的居民</translation>
    </message>
    <message>
        <source>Choose the landlord</source>
        <translation>选择房东</translation>
    </message>
    <message>
        <source>Choose tenants</source>
        <translation>选择租户</translation>
    </message>
    <message>
        <source>Choose a saved tenant in the list first.</source>
        <translation>请先在列表中选择已保存的租户。</translation>
    </message>
    <message>
        <source>Tenant left</source>
        <translation>租户退租</translation>
    </message>
    <message>
        <source>%1 moved out on (YYYY-MM-DD):</source>
        <translation>%1 的迁出日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>%1 is recorded as moved out.</source>
        <translation>已记录 %1 迁出。</translation>
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
        <translation>证件到期时间在</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Search address, landlord or tenant…</source>
        <translation>搜索地址、房东或租户…</translation>
    </message>
    <message>
        <source>New rented room…</source>
        <translation>新建出租屋…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>rented-rooms.xlsx</source>
        <translation>出租屋.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n 名租户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rented room(s)</source>
        <translation>
            <numerusform>%n 间出租屋</numerusform>
        </translation>
    </message>
    <message>
        <source>Rented room saved.</source>
        <translation>出租屋已保存。</translation>
    </message>
    <message>
        <source>Archive rented room</source>
        <translation>归档出租屋</translation>
    </message>
    <message>
        <source>Archive this rented room? It is kept in the records but no longer listed.</source>
        <translation>归档此出租屋？归档后仍保留记录，但不再显示在列表中。</translation>
    </message>
    <message>
        <source>Rented room archived.</source>
        <translation>出租屋已归档。</translation>
    </message>
    <message>
        <source>Permits expiring</source>
        <translation>证件即将到期</translation>
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
        <translation>地址：请选择出租屋所在的住户。</translation>
    </message>
    <message>
        <source>Landlord: enter the name, or choose the resident.</source>
        <translation>房东：请填写姓名，或选择居民。</translation>
    </message>
    <message>
        <source>Landlord&apos;s ID number: %1</source>
        <translation>房东身份证号：%1</translation>
    </message>
    <message>
        <source>Tenant %1: choose the resident from the register.</source>
        <translation>租户 %1：请从人口台账中选择居民。</translation>
    </message>
    <message>
        <source>Tenant %1: choose the kind of permit.</source>
        <translation>租户 %1：请选择证件类型。</translation>
    </message>
    <message>
        <source>Tenant %1: enter the day the permit expires.</source>
        <translation>租户 %1：请填写证件到期日期。</translation>
    </message>
    <message>
        <source>Tenant %1: the permit cannot expire before it starts.</source>
        <translation>租户 %1：证件到期日期不能早于起始日期。</translation>
    </message>
    <message>
        <source>Tenant %1: this resident is already a tenant.</source>
        <translation>租户 %1：该居民已是租户。</translation>
    </message>
    <message>
        <source>This rented room no longer exists.</source>
        <translation>此出租屋已不存在。</translation>
    </message>
    <message>
        <source>Landlord: the resident is no longer in the register.</source>
        <translation>房东：该居民已不在人口台账中。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The rented room could not be saved.</source>
        <translation>无法保存出租屋。</translation>
    </message>
    <message>
        <source>The rented room could not be saved; nothing was changed.</source>
        <translation>无法保存出租屋，未做任何更改。</translation>
    </message>
    <message>
        <source>The rented room could not be archived.</source>
        <translation>无法归档出租屋。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between tenant names: the enumeration comma in Chinese</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>This tenant is no longer listed.</source>
        <translation>此租户已不在列表中。</translation>
    </message>
    <message>
        <source>This tenant has already left.</source>
        <translation>此租户已退租。</translation>
    </message>
    <message>
        <source>Date: the tenant cannot leave before the permit starts.</source>
        <translation>日期：退租日期不能早于证件起始日期。</translation>
    </message>
    <message>
        <source>Left the rented room.</source>
        <translation>已从出租屋退租。</translation>
    </message>
    <message>
        <source>The move-out could not be saved; nothing was changed.</source>
        <translation>无法保存退租记录，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>RentalTableModel</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
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
        <translation>租户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>房东</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Tenants living there</source>
        <translation>在住租户</translation>
    </message>
    <message>
        <source>Next permit expiry</source>
        <translation>最近证件到期日</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>report: expected a month as YYYY-MM, got &quot;%1&quot;.</source>
        <translation>report：月份格式应为 YYYY-MM，实际为“%1”。</translation>
    </message>
    <message>
        <source>report: please give the file to write with --out FILE.pdf or --out FILE.xlsx.</source>
        <translation>report：请用 --out 文件.pdf 或 --out 文件.xlsx 指定要写入的文件。</translation>
    </message>
    <message>
        <source>report: there is no grid &quot;%1&quot;.</source>
        <translation>report：没有网格“%1”。</translation>
    </message>
    <message>
        <source>report: --by-area sums the whole community&apos;s grids; leave out --grid.</source>
        <translation>report：--by-area 用于汇总全社区的网格，请不要同时使用 --grid。</translation>
    </message>
    <message>
        <source>report: the community has no areas yet, so the report is by grid.</source>
        <translation>report：本社区尚未划分片区，报表按网格统计。</translation>
    </message>
    <message>
        <source>report: --grid: &quot;%1&quot; is not one of your grids.</source>
        <translation>report：--grid：“%1”不是您负责的网格。</translation>
    </message>
    <message>
        <source>%1: %2 cases received, %3 of them resolved (%4), %5 resolved this month in all, %6 overdue, %7 events; written to %8 in %9 ms.</source>
        <translation>%1：受理诉求 %2 件，其中已办结 %3 件（%4），本月共办结 %5 件，超期 %6 件，开展活动 %7 场；已写入 %8，用时 %9 毫秒。</translation>
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
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>Report prepared in %1 ms.</source>
        <translation>报表生成用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation>打印月度工作报表</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>导出月度工作报表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>By &amp;area</source>
        <translation>按片区(&amp;A)</translation>
    </message>
    <message>
        <source>Sum the grids&apos; figures per area, each area followed by its grids.</source>
        <translation>按片区汇总各网格的数字，每个片区下列出其网格。</translation>
    </message>
    <message>
        <source>All my grids</source>
        <translation>我负责的全部网格</translation>
    </message>
    <message>
        <source>%1: %2 cases received, %3 of them resolved (%4), %5 resolved this month in all, %6 events. %7 pages.</source>
        <translation>%1：受理诉求 %2 件，其中已办结 %3 件（%4），本月共办结 %5 件，开展活动 %6 场。共 %7 页。</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月度工作报表…</translation>
    </message>
    <message>
        <source>The monthly report was saved as
%1</source>
        <translation>月度工作报表已保存为
%1</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
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
        <translation>%1月度工作报表（%2）</translation>
    </message>
</context>
<context>
    <name>ReportTemplateDialog</name>
    <message>
        <source>Monthly report template</source>
        <translation>月度工作报表模板</translation>
    </message>
    <message>
        <source>%1 is replaced by the community, %2 by the month.</source>
        <translation>%1 将替换为社区名称，%2 将替换为月份。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <source>Lines on the &amp;left:</source>
        <translation>左侧内容行(&amp;L)：</translation>
    </message>
    <message>
        <source>Lines on the &amp;right:</source>
        <translation>右侧内容行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>制表人(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;viewed by:</source>
        <translation>审核人(&amp;V)：</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>概况数据</translation>
    </message>
    <message>
        <source>Table by grid</source>
        <translation>分网格统计表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Next month&apos;s birthdays</source>
        <translation>下月生日居民</translation>
    </message>
    <message>
        <source>Notable cases</source>
        <translation>重点诉求</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>报表内容：</translation>
    </message>
    <message>
        <source>Visits, errands and deliberation by grid</source>
        <translation>各网格走访、代办和居民议事情况</translation>
    </message>
    <message>
        <source>Sum the grids per area, each area followed by its grids</source>
        <translation>按片区汇总各网格，每个片区下列出其网格</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>片区：</translation>
    </message>
</context>
<context>
    <name>ResidentChoiceDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ResidentCli</name>
    <message numerus="yes">
        <source>%n pair(s) of residents may be one person.</source>
        <translation>
            <numerusform>有 %n 对居民可能是同一人。</numerusform>
        </translation>
    </message>
    <message>
        <source>resident merge: KEEP and OTHER are resident numbers, as `resident duplicates` lists them.</source>
        <translation>resident merge：KEEP 和 OTHER 为居民编号，即 `resident duplicates` 列出的编号。</translation>
    </message>
    <message>
        <source>Resident %1 merged into %2 (merge %3; undo with `resident unmerge %3`).</source>
        <translation>居民 %1 已合并到 %2（合并编号 %3；可用 `resident unmerge %3` 撤销）。</translation>
    </message>
    <message>
        <source>resident unmerge: MERGE_ID is the number `resident merge` printed.</source>
        <translation>resident unmerge：MERGE_ID 为 `resident merge` 输出的编号。</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>合并 %1 已撤销。</translation>
    </message>
    <message>
        <source>resident died: ID is a resident number and DATE the date of death (YYYY-MM-DD).</source>
        <translation>resident died：ID 为居民编号，DATE 为死亡日期（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <source>Death of resident %1 recorded on %2; %n shift(s) taken off the rota.</source>
        <translation>
            <numerusform>已登记居民 %1 死亡（%2）；%n 个班次已从排班表中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>resident: use `resident duplicates`, `resident merge KEEP OTHER`, `resident unmerge MERGE_ID` or `resident died ID YYYY-MM-DD [NOTE]`.</source>
        <translation>resident：请使用 `resident duplicates`、`resident merge KEEP OTHER`、`resident unmerge MERGE_ID` 或 `resident died ID YYYY-MM-DD [NOTE]`。</translation>
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
    <message>
        <source>Move out withdrawn</source>
        <translation>已撤回迁出</translation>
    </message>
    <message>
        <source>Death withdrawn</source>
        <translation>已撤回死亡登记</translation>
    </message>
    <message>
        <source>Move back withdrawn</source>
        <translation>已撤回迁回</translation>
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
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Tags with &amp;dates and attributes…</source>
        <translation>标签及日期、属性(&amp;D)…</translation>
    </message>
    <message>
        <source>The resident could not be saved; nothing was changed.</source>
        <translation>居民未能保存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <source>The register could not be counted; no file was written.</source>
        <translation>无法统计台账人数；未写入文件。</translation>
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
    <name>ResidentImporter</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The database is busy (another CommunityDesk may be saving); please try again.</source>
        <translation>数据库正忙（可能有另一个社区工作台正在保存），请重试。</translation>
    </message>
    <message>
        <source>Row %1 could not be written; nothing was imported.</source>
        <translation>第 %1 行无法写入，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未导入任何数据。</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported.</source>
        <translation>导入结果无法保存，未导入任何数据。</translation>
    </message>
    <message>
        <source>ID number: the same number is in row %1.</source>
        <translation>身份证号：与第 %1 行重复。</translation>
    </message>
    <message>
        <source>ID number: already registered; this import does not update people.</source>
        <translation>身份证号：已登记；本次导入不更新人员信息。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row %1 is empty or beyond the end of the file; it cannot be the header.</source>
        <translation>第 %1 行为空或超出文件末尾，不能作为表头。</translation>
    </message>
    <message>
        <source>No column for: %1. Please name the columns in the header row or map them.</source>
        <translation>缺少以下列：%1。请在表头行中写明列名，或手动对应。</translation>
    </message>
    <message>
        <source>Not a person: a footer row (totals, signatures).</source>
        <translation>不是居民：表尾行（合计、签名）。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header row has %2 columns.</source>
        <translation>此行有 %1 个单元格，但表头行只有 %2 列。</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Not known (rows rejected)</source>
        <translation>无法识别（这些行未导入）</translation>
    </message>
    <message>
        <source>Name: this ID number is registered to %1, but this row names %2; correct the file or the register (an import never renames a person).</source>
        <translation>姓名：此身份证号在台账中登记的是 %1，而此行写的是 %2；请更正文件或台账（导入不会更改任何人的姓名）。</translation>
    </message>
    <message>
        <source>Household number: %1 is at another address earlier in the file; one household lives at one address.</source>
        <translation>户号：%1 在文件前面出现在另一个地址；一户只能住在一个地址。</translation>
    </message>
    <message>
        <source>Grid: the file puts building %1 of %2 in more than one grid (%3); a building belongs to one grid.</source>
        <translation>所属网格：文件把 %2 的 %1 划入了多个网格（%3）；一栋楼只属于一个网格。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 already has its head in row %2.</source>
        <translation>与户主关系：户 %1 的户主已在第 %2 行。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 already has a head.</source>
        <translation>与户主关系：户 %1 已有户主。</translation>
    </message>
    <message>
        <source>Relation to head: %1, but no head of household is listed above this row at this address; list the head first, or give the household number (户号).</source>
        <translation>与户主关系：%1，但此地址在本行之上没有列出户主；请先列出户主，或填写户号。</translation>
    </message>
    <message>
        <source>Grid: building %1 of %2 is in grid %3, but this row says %4; move the building in Grids first if it changed.</source>
        <translation>所属网格：%2 的 %1 属于网格 %3，而此行写的是 %4；如有变动，请先在“网格”中调整该楼栋。</translation>
    </message>
    <message>
        <source>Only an administrator or a clerk may import a register; nothing was imported.</source>
        <translation>只有管理员或工作人员可以导入台账；未导入任何数据。</translation>
    </message>
    <message>
        <source>ID number: the same person is on sheet %1, row %2.</source>
        <translation>身份证号：同一人已在工作表 %1 第 %2 行。</translation>
    </message>
    <message>
        <source>Community: choose the one community to import into; nothing was imported.</source>
        <translation>社区：请选择一个要导入的社区；未导入任何内容。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1: the column could not be kept as a custom field (%2); nothing was imported.</source>
        <translation>%1：该列未能保留为自定义字段（%2），未导入任何内容。</translation>
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
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>One of these residents no longer exists.</source>
        <translation>其中一位居民已不存在。</translation>
    </message>
    <message>
        <source>Please choose two different residents to merge.</source>
        <translation>请选择两位不同的居民进行合并。</translation>
    </message>
    <message>
        <source>%1 has already been merged into another record.</source>
        <translation>%1 已被合并到另一条记录。</translation>
    </message>
    <message>
        <source>Name: the merged record needs a name.</source>
        <translation>姓名：合并后的记录需要填写姓名。</translation>
    </message>
    <message>
        <source>ID number: %1 is already registered to another resident.</source>
        <translation>身份证号：%1 已登记给另一位居民。</translation>
    </message>
    <message>
        <source>The merge could not be saved; nothing was changed.</source>
        <translation>无法保存合并，未做任何更改。</translation>
    </message>
    <message>
        <source>The merge could not be saved; someone may have changed one of these records.</source>
        <translation>无法保存合并，可能有人修改了其中的记录。</translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation>合并 %1 不存在。</translation>
    </message>
    <message>
        <source>Merge %1 has already been undone.</source>
        <translation>合并 %1 已撤销过。</translation>
    </message>
    <message>
        <source>%1 has since been merged into another record; undo that merge first.</source>
        <translation>%1 此后已被合并到另一条记录，请先撤销那次合并。</translation>
    </message>
    <message>
        <source>%1 is no longer marked as merged; nothing was changed.</source>
        <translation>%1 已不再标记为已合并，未做任何更改。</translation>
    </message>
    <message>
        <source>The undo could not be saved; nothing was changed.</source>
        <translation>无法保存撤销，未做任何更改。</translation>
    </message>
    <message>
        <source>The undo could not be saved; someone may have changed one of these records.</source>
        <translation>无法保存撤销，可能有人修改了其中的记录。</translation>
    </message>
</context>
<context>
    <name>ResidentPickerDialog</name>
    <message>
        <source>Make a resident a volunteer</source>
        <translation>将居民登记为志愿者</translation>
    </message>
    <message>
        <source>Search the register: name, initials, ID or phone</source>
        <translation>搜索人口台账：姓名、拼音首字母、身份证号或电话</translation>
    </message>
    <message>
        <source>Make volunteer</source>
        <translation>登记为志愿者</translation>
    </message>
    <message>
        <source>Please choose a resident.</source>
        <translation>请选择一位居民。</translation>
    </message>
</context>
<context>
    <name>ResidentSnapshot</name>
    <message>
        <source>Undo or redo (Edit menu)</source>
        <translation>撤销或重做（编辑菜单）</translation>
    </message>
    <message>
        <source>add resident %1</source>
        <translation>新增居民 %1</translation>
    </message>
    <message>
        <source>edit resident %1</source>
        <translation>编辑居民 %1</translation>
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
    <message>
        <source>%1 is filtered: right-click the header to change or clear the filter.</source>
        <translation>%1 已筛选：右键单击列标题可更改或清除筛选。</translation>
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
        <translation>%1：此标签没有该属性。</translation>
    </message>
    <message>
        <source>Tag: choose a tag in use.</source>
        <translation>标签：请选择一个在用的标签。</translation>
    </message>
    <message>
        <source>Start date: please enter when %1 began.</source>
        <translation>开始日期：请填写 %1 的开始日期。</translation>
    </message>
    <message>
        <source>Start date: %1 cannot begin after today.</source>
        <translation>开始日期：%1 的开始日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Tag: the resident already has %1; change its values or end it first.</source>
        <translation>标签：该居民已有 %1；请修改其属性值，或先结束该标签。</translation>
    </message>
    <message>
        <source>Start date: %1 last ended on %2; a new period starts on or after that day.</source>
        <translation>开始日期：%1 上次结束于 %2；新的时段须从当天或之后开始。</translation>
    </message>
    <message>
        <source>%1 could not be saved; nothing was changed.</source>
        <translation>无法保存 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>Tag: the resident does not have this tag now.</source>
        <translation>标签：该居民当前没有此标签。</translation>
    </message>
    <message>
        <source>End date: please enter when %1 ended.</source>
        <translation>结束日期：请填写 %1 的结束日期。</translation>
    </message>
    <message>
        <source>End date: %1 cannot end after today.</source>
        <translation>结束日期：%1 的结束日期不能晚于今天。</translation>
    </message>
    <message>
        <source>End date: %1 began on %2; it cannot end before.</source>
        <translation>结束日期：%1 开始于 %2，结束日期不能早于该日。</translation>
    </message>
    <message>
        <source>%1 could not be ended; nothing was changed.</source>
        <translation>无法结束 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>The tag&apos;s values could not be saved; nothing was changed.</source>
        <translation>无法保存标签的属性值，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ResidentTagsDialog</name>
    <message>
        <source>Tags and their history</source>
        <translation>标签及其历史</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Save &amp;values</source>
        <translation>保存属性值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;End the tag</source>
        <translation>结束标签(&amp;E)</translation>
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
        <translation>已添加 %1，自 %2 起。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 已于 %2 结束。</translation>
    </message>
    <message>
        <source>&amp;Give the tag</source>
        <translation>添加标签(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ResidentValidator</name>
    <message>
        <source>Name: please enter the resident&apos;s name.</source>
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
    <name>RevisionCommand</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>RosterConflicts</name>
    <message>
        <source>%1 is not active (%2).</source>
        <translation>%1 不在服务状态（%2）。</translation>
    </message>
    <message>
        <source>%1 is already on %2 %3–%4.</source>
        <translation>%1 已排在 %2 %3–%4 的班次。</translation>
    </message>
    <message>
        <source>%1 is not available at this time.</source>
        <translation>%1 在此时间段不可服务。</translation>
    </message>
</context>
<context>
    <name>RosterStore</name>
    <message>
        <source>Name: please enter the post&apos;s name.</source>
        <translation>名称：请填写岗位名称。</translation>
    </message>
    <message>
        <source>Needed: a post needs 1 to 99 volunteers.</source>
        <translation>所需人数：每个岗位需要 1 至 99 名志愿者。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>The post could not be saved.</source>
        <translation>无法保存岗位。</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>该岗位已不存在。</translation>
    </message>
    <message>
        <source>Needed: a shift needs 1 to 99 volunteers.</source>
        <translation>所需人数：每个班次需要 1 至 99 名志愿者。</translation>
    </message>
    <message>
        <source>Post: please choose a post.</source>
        <translation>岗位：请选择岗位。</translation>
    </message>
    <message>
        <source>The shifts could not be made.</source>
        <translation>无法生成班次。</translation>
    </message>
    <message>
        <source>Time: the shift must end after it starts.</source>
        <translation>时间：班次结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The shift could not be saved.</source>
        <translation>无法保存班次。</translation>
    </message>
    <message>
        <source>This shift no longer exists or is already cancelled.</source>
        <translation>该班次已不存在或已取消。</translation>
    </message>
    <message>
        <source>The shift could not be cancelled.</source>
        <translation>无法取消班次。</translation>
    </message>
    <message>
        <source>Shift: this shift no longer exists or was cancelled.</source>
        <translation>班次：该班次已不存在或已取消。</translation>
    </message>
    <message>
        <source>Volunteer: %1 is already on this shift.</source>
        <translation>志愿者：%1 已在此班次中。</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>志愿者：%1</translation>
    </message>
    <message>
        <source>The assignment could not be saved.</source>
        <translation>无法保存排班。</translation>
    </message>
    <message>
        <source>The assignment could not be saved; nothing was changed.</source>
        <translation>无法保存排班，未做任何更改。</translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation>该排班已不存在。</translation>
    </message>
    <message>
        <source>Swap: please choose two different volunteers on two different shifts.</source>
        <translation>换班：请选择不同班次中的两名不同志愿者。</translation>
    </message>
    <message>
        <source>Swap: attendance is already recorded for one of these shifts.</source>
        <translation>换班：其中一个班次已记录到岗情况。</translation>
    </message>
    <message>
        <source>The swap could not be saved.</source>
        <translation>无法保存换班。</translation>
    </message>
    <message>
        <source>The swap could not be saved; nothing was changed.</source>
        <translation>无法保存换班，未做任何更改。</translation>
    </message>
    <message>
        <source>Substitute: attendance is already recorded for this shift.</source>
        <translation>替班：此班次已记录到岗情况。</translation>
    </message>
    <message>
        <source>The substitute could not be saved.</source>
        <translation>无法保存替班。</translation>
    </message>
    <message>
        <source>The substitute could not be saved; nothing was changed.</source>
        <translation>无法保存替班，未做任何更改。</translation>
    </message>
    <message>
        <source>Shifts: a volunteer was put on one of these shifts since; they were left as they are.</source>
        <translation>班次：此后已有志愿者被安排到其中的班次，班次保持不变。</translation>
    </message>
    <message>
        <source>Shifts: one of these shifts was changed since; they were left as they are.</source>
        <translation>班次：此后其中有班次被修改，班次保持不变。</translation>
    </message>
    <message>
        <source>The shifts could not be saved.</source>
        <translation>班次未能保存。</translation>
    </message>
</context>
<context>
    <name>RotaDocument</name>
    <message>
        <source>Volunteer rota %1 – %2</source>
        <translation>志愿者排班表 %1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(needs %1 more)</source>
        <translation>（还需 %1 人）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s), %1 under-staffed. Printed %2</source>
        <translation>
            <numerusform>共 %n 个班次，其中 %1 个缺员。打印日期：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveWhenBack</name>
    <message>
        <source>The connection to the database server was lost. This form stays open and is saved as soon as the server is back.</source>
        <translation>与数据库服务器的连接已断开。此表单将保持打开，服务器恢复后立即保存。</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>View name: please enter a name.</source>
        <translation>视图名称：请输入名称。</translation>
    </message>
    <message>
        <source>View: it could not be saved; please try again.</source>
        <translation>视图：未能保存，请重试。</translation>
    </message>
    <message>
        <source>View: it no longer exists; another desk may have deleted it.</source>
        <translation>视图：该视图已不存在，可能已在其他电脑上被删除。</translation>
    </message>
    <message>
        <source>View name: a view named %1 already exists.</source>
        <translation>视图名称：已有名为 %1 的视图。</translation>
    </message>
    <message>
        <source>View: it could not be renamed; please try again.</source>
        <translation>视图：未能重命名，请重试。</translation>
    </message>
    <message>
        <source>View: it could not be deleted; please try again.</source>
        <translation>视图：未能删除，请重试。</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Open a view saved by anyone in the office: its filter and columns</source>
        <translation>打开办公室任何人保存的视图：包括其筛选条件和列设置</translation>
    </message>
    <message>
        <source>Saved vie&amp;w:</source>
        <translation>已存视图(&amp;W)：</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Rename this view…</source>
        <translation>重命名此视图…</translation>
    </message>
    <message>
        <source>Delete this view…</source>
        <translation>删除此视图…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>View %1 opened.</source>
        <translation>已打开视图 %1。</translation>
    </message>
    <message>
        <source>View %1 saved.</source>
        <translation>视图 %1 已保存。</translation>
    </message>
    <message>
        <source>Save the current view</source>
        <translation>保存当前视图</translation>
    </message>
    <message>
        <source>Name of the view (the filter and columns as they are now):</source>
        <translation>视图名称（保存当前的筛选条件和列设置）：</translation>
    </message>
    <message>
        <source>Rename this view</source>
        <translation>重命名此视图</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>视图的新名称：</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>删除此视图</translation>
    </message>
    <message>
        <source>Delete the view %1 for everyone in the office? The list itself is not changed.</source>
        <translation>删除视图 %1？办公室所有人都将无法再使用该视图；列表本身不会改变。</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>&amp;Remember this password in the system keychain</source>
        <translation>在系统密钥环中记住此密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>Password of %1 on the database server %2:</source>
        <translation>请输入 %1 在数据库服务器 %2 上的密码：</translation>
    </message>
    <message>
        <source>The server did not accept that password. Please try again.</source>
        <translation>服务器未接受该密码，请重试。</translation>
    </message>
    <message>
        <source>The server no longer accepts the remembered password; it has been forgotten.</source>
        <translation>服务器已不接受记住的密码；该密码已被清除。</translation>
    </message>
    <message>
        <source>No remembered password could be read (%1).</source>
        <translation>无法读取记住的密码（%1）。</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. CommunityDesk will ask for it at the next start.</source>
        <translation>无法记住密码：%1。下次启动时社区工作台会再次询问。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordModel</name>
    <message>
        <source>Attended</source>
        <translation>到岗</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤情况</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Reason for edited hours</source>
        <translation>修改时长的原因</translation>
    </message>
</context>
<context>
    <name>ServiceRecords</name>
    <message>
        <source>Attendance: please choose attended or absent.</source>
        <translation>出勤情况：请选择到岗或缺勤。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation>该排班已不存在。</translation>
    </message>
    <message>
        <source>The attendance could not be saved.</source>
        <translation>出勤情况未能保存。</translation>
    </message>
    <message>
        <source>Reason: please say why the hours differ from the shift.</source>
        <translation>原因：请说明服务时长与班次时长不一致的原因。</translation>
    </message>
    <message>
        <source>Hours: please enter 0 to 24 hours.</source>
        <translation>服务时长：请填写 0 到 24 小时。</translation>
    </message>
    <message>
        <source>Hours: please record the volunteer as attended first.</source>
        <translation>服务时长：请先将该志愿者登记为到岗。</translation>
    </message>
    <message>
        <source>The hours could not be saved.</source>
        <translation>服务时长未能保存。</translation>
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
    <message>
        <source>&amp;Keep daily backups</source>
        <translation>保留每日备份份数(&amp;K)</translation>
    </message>
    <message>
        <source>the &quot;backups&quot; folder next to the database</source>
        <translation>数据库所在位置的“backups”文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>local file, or postgresql://user@server/database</source>
        <translation>本地文件，或 postgresql://用户名@服务器/数据库名</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Server &amp;password</source>
        <translation>服务器密码(&amp;P)</translation>
    </message>
    <message>
        <source>A new database is opened when CommunityDesk is restarted.</source>
        <translation>重新启动社区工作台后将打开新的数据库。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the window locks and asks for the password again; open forms keep what was typed.</source>
        <translation>超过这段时间没有键盘或鼠标操作，窗口会锁定并要求重新输入密码；打开的表单会保留已输入的内容。</translation>
    </message>
    <message>
        <source>Lock the window &amp;after</source>
        <translation>窗口自动锁定时间(&amp;A)</translation>
    </message>
    <message>
        <source>remembered; type a new one to replace it</source>
        <translation>已记住；输入新密码可替换</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Otherwise CommunityDesk asks for it at every start. A remembered password is kept in the system keychain, never in the settings file.</source>
        <translation>否则社区工作台每次启动都会询问。记住的密码保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>Server password: it could not be remembered (%1). CommunityDesk will ask for it at the next start.</source>
        <translation>服务器密码：无法记住（%1）。下次启动时社区工作台会再次询问。</translation>
    </message>
</context>
<context>
    <name>SheetCli</name>
    <message>
        <source>sheet keyin: give the sheet code and the ticked row codes.</source>
        <translation>sheet keyin：请提供表码和已勾选的行码。</translation>
    </message>
    <message>
        <source>sheet keyin: --date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>sheet keyin：--date &quot;%1&quot; 不是日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recorded</source>
        <translation>
            <numerusform>已录入 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n keyed before, skipped.</source>
        <translation>
            <numerusform>；%n 行此前已录入，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet print: write signin EVENT_ID, visit BUILDING_ID or rota YYYY-MM-DD.</source>
        <translation>sheet print：请写 signin EVENT_ID、visit BUILDING_ID 或 rota YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>sheet print: give the PDF to write with --out FILE.pdf.</source>
        <translation>sheet print：请用 --out FILE.pdf 指定要写入的 PDF。</translation>
    </message>
    <message>
        <source>sheet print rota: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>sheet print rota：&quot;%1&quot; 不是日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>sheet print: &quot;%1&quot; is not a number.</source>
        <translation>sheet print：&quot;%1&quot; 不是数字。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1 with %n row(s) written to %2.</source>
        <translation>
            <numerusform>表 %1（共 %n 行）已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet: write sheet print … or sheet keyin SHEET_CODE ROWCODE….</source>
        <translation>sheet：请使用 sheet print … 或 sheet keyin SHEET_CODE ROWCODE…。</translation>
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
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>每周：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持续</translation>
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
        <translation>重复：</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>所需志愿者人数(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) of %1 hours: %2</source>
        <translation>
            <numerusform>%n 个班次，每班 %1 小时：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftPatternRevision</name>
    <message numerus="yes">
        <source>make %n shift(s) of %1</source>
        <translation>
            <numerusform>生成 %n 个%1班次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftRecurrence</name>
    <message>
        <source>Days: please choose at least one weekday.</source>
        <translation>星期：请至少选择一天。</translation>
    </message>
    <message>
        <source>Days: please choose weekdays from Monday to Sunday.</source>
        <translation>星期：请从星期一到星期日中选择。</translation>
    </message>
    <message>
        <source>Time: please enter the start and end time.</source>
        <translation>时间：请填写开始和结束时间。</translation>
    </message>
    <message>
        <source>Time: the shift must not start and end at the same time.</source>
        <translation>时间：班次的开始时间和结束时间不能相同。</translation>
    </message>
    <message>
        <source>From: please enter the first day.</source>
        <translation>开始日期：请填写第一天。</translation>
    </message>
    <message>
        <source>Until: please enter the number of weeks or the last day.</source>
        <translation>截止：请填写周数或最后一天。</translation>
    </message>
    <message>
        <source>Until: the last day must not be before the first.</source>
        <translation>截止：最后一天不能早于第一天。</translation>
    </message>
    <message>
        <source>Until: at most %1 shifts can be made at once.</source>
        <translation>截止：一次最多只能生成 %1 个班次。</translation>
    </message>
</context>
<context>
    <name>SpecialLedgersPage</name>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Rented rooms</source>
        <translation>出租屋</translation>
    </message>
    <message>
        <source>Building roles</source>
        <translation>楼栋长/三长</translation>
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
    <name>StatusRevision</name>
    <message>
        <source>record the death of %1</source>
        <translation>登记 %1 死亡</translation>
    </message>
    <message>
        <source>move out %1</source>
        <translation>%1 迁出</translation>
    </message>
    <message>
        <source>move back %1</source>
        <translation>%1 迁回</translation>
    </message>
    <message>
        <source>Undo or redo (Edit menu)</source>
        <translation>撤销或重做（编辑菜单）</translation>
    </message>
</context>
<context>
    <name>StatusWithdrawal</name>
    <message>
        <source>This resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>Status: please choose one.</source>
        <translation>状态：请选择一项。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; please reopen the record.</source>
        <translation>%1 已被他人修改，请重新打开该记录。</translation>
    </message>
    <message>
        <source>%1 already has this status.</source>
        <translation>%1 已是该状态。</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>更改未能保存，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StreetCommunitiesDialog</name>
    <message>
        <source>Communities of the street</source>
        <translation>本街道社区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a community</source>
        <translation>添加社区</translation>
    </message>
    <message>
        <source>e.g. C03</source>
        <translation>例如 C03</translation>
    </message>
    <message>
        <source>e.g. 幸福社区</source>
        <translation>例如 幸福社区</translation>
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
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>面积(&amp;R)：</translation>
    </message>
    <message>
        <source>The selected community</source>
        <translation>所选社区</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Community %1 added.</source>
        <translation>已添加社区 %1。</translation>
    </message>
    <message>
        <source>Community renamed %1.</source>
        <translation>社区已更名为 %1。</translation>
    </message>
    <message>
        <source>Community %1 archived: its records are kept, it is no longer offered.</source>
        <translation>社区 %1 已归档：其记录予以保留，不再供选择。</translation>
    </message>
</context>
<context>
    <name>StreetComparison</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <source>Cases per 1,000 residents</source>
        <translation>每千名居民诉求数</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Visit coverage</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap shifts</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>&amp;This volunteer&apos;s shift:</source>
        <translation>该志愿者的班次(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>换班对象(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message>
        <source>Nobody is on this list.</source>
        <translation>名单上没有人。</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>TagCli</name>
    <message>
        <source>%1	%2	group %3	%4 residents	%5	%6</source>
        <translation>%1	%2	类别 %3	%4 名居民	%5	%6</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>--value: expected CODE=VALUE, got &quot;%1&quot;.</source>
        <translation>--value：应为 CODE=VALUE，实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD, got &quot;%2&quot;.</source>
        <translation>%1：应为 YYYY-MM-DD 格式的日期，实际为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>tag set: no resident has the ID number %1.</source>
        <translation>tag set：没有身份证号为 %1 的居民。</translation>
    </message>
    <message>
        <source>%1 has %2 from %3.</source>
        <translation>%1 自 %3 起标记为 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 updated.</source>
        <translation>已更新 %1 的 %2。</translation>
    </message>
    <message>
        <source>tag set: %1 already has %2; give --value CODE=VALUE or --end DATE.</source>
        <translation>tag set：%1 已有 %2；请提供 --value CODE=VALUE 或 --end DATE。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 ended on %3.</source>
        <translation>%1 的 %2 已于 %3 结束。</translation>
    </message>
    <message>
        <source>tag add: the tag&apos;s GROUP (e.g. 困难群体).</source>
        <translation>tag add：标签所属类别 GROUP（例如 困难群体）。</translation>
    </message>
    <message>
        <source>tag add, customfield add: a fixed CODE for scripts.</source>
        <translation>tag add、customfield add：供脚本使用的固定代码 CODE。</translation>
    </message>
    <message>
        <source>tag attribute, customfield add: text, number, date or choice.</source>
        <translation>tag attribute、customfield add：text（文本）、number（数字）、date（日期）或 choice（选项）。</translation>
    </message>
    <message>
        <source>tag attribute, customfield add: the choices, as A|B|C.</source>
        <translation>tag attribute、customfield add：可选项，格式为 A|B|C。</translation>
    </message>
    <message>
        <source>tag set: the day the tag began (default: today).</source>
        <translation>tag set：标签的开始日期（默认：今天）。</translation>
    </message>
    <message>
        <source>tag set: the day the tag ended.</source>
        <translation>tag set：标签的结束日期。</translation>
    </message>
    <message>
        <source>tag set: an attribute&apos;s value, e.g. review_date=2027-01-15.</source>
        <translation>tag set：属性值，例如 review_date=2027-01-15。</translation>
    </message>
    <message>
        <source>customfield: resident (default) or household.</source>
        <translation>customfield：resident（居民，默认）或 household（住户）。</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>已添加标签 %1。</translation>
    </message>
    <message>
        <source>tag: expected list, add NAME [--group G], rename TAG NEW, merge FROM INTO, archive TAG, group TAG GROUP, attribute TAG NAME --type T [--choices A|B] or set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...</source>
        <translation>tag：应为 list、add NAME [--group G]、rename TAG NEW、merge FROM INTO、archive TAG、group TAG GROUP、attribute TAG NAME --type T [--choices A|B] 或 set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...</translation>
    </message>
    <message>
        <source>tag: there is no tag %1.</source>
        <translation>tag：没有标签 %1。</translation>
    </message>
    <message>
        <source>Tag %1 renamed to %2.</source>
        <translation>标签 %1 已重命名为 %2。</translation>
    </message>
    <message>
        <source>Tag %1 is in the group %2.</source>
        <translation>标签 %1 已归入类别 %2。</translation>
    </message>
    <message>
        <source>Tag %1 archived.</source>
        <translation>标签 %1 已归档。</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 merged into %2; %n resident(s) moved.</source>
        <translation>
            <numerusform>标签 %1 已合并到 %2；已转移 %n 名居民。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute %1 added to %2.</source>
        <translation>已为 %2 添加属性 %1。</translation>
    </message>
    <message>
        <source>--entity: expected resident or household, got &quot;%1&quot;.</source>
        <translation>--entity：应为 resident 或 household，实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>Field %1 added.</source>
        <translation>已添加字段 %1。</translation>
    </message>
    <message>
        <source>customfield: expected list or add NAME --type T [--choices A|B] [--entity resident|household].</source>
        <translation>customfield：应为 list 或 add NAME --type T [--choices A|B] [--entity resident|household]。</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>The office&apos;s tags, their groups and the attributes kept with them (e.g. 低保证号 and 复核日期 for 低保). Each button saves at once; a tag is archived or merged, never deleted.</source>
        <translation>本办使用的标签、标签类别以及随标签记录的属性（例如低保的低保证号和复核日期）。每个按钮点击后立即保存；标签只能归档或合并，不能删除。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>e.g. 留守儿童</source>
        <translation>例如：留守儿童</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Set gr&amp;oup</source>
        <translation>设置类别(&amp;O)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合并到：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Attributes of the chosen tag</source>
        <translation>所选标签的属性</translation>
    </message>
    <message>
        <source>e.g. 复核日期</source>
        <translation>例如：复核日期</translation>
    </message>
    <message>
        <source>A&amp;ttribute:</source>
        <translation>属性(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>for a choice: 一级|二级|三级</source>
        <translation>选项类型填写：一级|二级|三级</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>选项(&amp;C)：</translation>
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
        <translation>已添加标签 %1。</translation>
    </message>
    <message>
        <source>Tag renamed to %1.</source>
        <translation>标签已重命名为 %1。</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>类别已保存。</translation>
    </message>
    <message>
        <source>Tag archived.</source>
        <translation>标签已归档。</translation>
    </message>
    <message>
        <source>%1 merged into %2; its residents have %2 now.</source>
        <translation>%1 已合并到 %2；其居民现在均标记为 %2。</translation>
    </message>
    <message>
        <source>Attribute %1 added.</source>
        <translation>已添加属性 %1。</translation>
    </message>
    <message>
        <source>Add attri&amp;bute</source>
        <translation>添加属性(&amp;B)</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>Name: please enter the tag&apos;s name.</source>
        <translation>名称：请填写标签名称。</translation>
    </message>
    <message>
        <source>Name: there is already a tag named %1.</source>
        <translation>名称：已有名为 %1 的标签。</translation>
    </message>
    <message>
        <source>Code: the code %1 is taken by another tag.</source>
        <translation>代码：代码 %1 已被其他标签使用。</translation>
    </message>
    <message>
        <source>The tag could not be added; nothing was changed.</source>
        <translation>无法添加标签，未做任何更改。</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>此标签已不存在。</translation>
    </message>
    <message>
        <source>The tag could not be renamed; nothing was changed.</source>
        <translation>无法重命名标签，未做任何更改。</translation>
    </message>
    <message>
        <source>The tag&apos;s group could not be saved; nothing was changed.</source>
        <translation>无法保存标签类别，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still given to %n resident(s): end it for them or merge it into another tag first.</source>
        <translation>
            <numerusform>仍有 %n 名居民标记为 %1：请先为他们结束该标签，或将其合并到其他标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag could not be archived; nothing was changed.</source>
        <translation>无法归档标签，未做任何更改。</translation>
    </message>
    <message>
        <source>Merge: the tag to merge is archived or no longer exists.</source>
        <translation>合并：要合并的标签已归档或已不存在。</translation>
    </message>
    <message>
        <source>Into: choose a tag in use to merge into.</source>
        <translation>合并到：请选择一个在用的标签作为合并目标。</translation>
    </message>
    <message>
        <source>Into: choose a different tag than the one merged.</source>
        <translation>合并到：请选择与被合并标签不同的标签。</translation>
    </message>
    <message>
        <source>The tags could not be merged; nothing was changed.</source>
        <translation>无法合并标签，未做任何更改。</translation>
    </message>
    <message>
        <source>This attribute no longer exists.</source>
        <translation>此属性已不存在。</translation>
    </message>
    <message>
        <source>Name: %1 already has an attribute named %2.</source>
        <translation>名称：%1 已有名为 %2 的属性。</translation>
    </message>
    <message>
        <source>The attribute could not be saved; nothing was changed.</source>
        <translation>无法保存属性，未做任何更改。</translation>
    </message>
    <message>
        <source>Code: %1 already has an attribute with the code %2.</source>
        <translation>代码：%1 已有代码为 %2 的属性。</translation>
    </message>
    <message>
        <source>The attribute could not be archived; nothing was changed.</source>
        <translation>无法归档属性，未做任何更改。</translation>
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
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>VisitCoverage</name>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>编辑走访</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>(choose a building)</source>
        <translation>（请选择楼栋）</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>or a member&apos;s name, phone or room number</source>
        <translation>或输入家庭成员姓名、电话或房号</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>the grid worker who went</source>
        <translation>上门走访的网格员</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>走访人(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. the head of household, a neighbour</source>
        <translation>如户主、邻居</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>接待人(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Needs &amp;raised</source>
        <translation>收集需求(&amp;R)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>群众需求</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>添加需求(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve need</source>
        <translation>移除需求(&amp;V)</translation>
    </message>
    <message>
        <source>Make &amp;case…</source>
        <translation>转为诉求(&amp;C)…</translation>
    </message>
    <message>
        <source>Make the chosen need a case or an errand, linked to this visit.</source>
        <translation>将所选需求转为诉求或代办，并关联到本次走访。</translation>
    </message>
    <message>
        <source>No household found</source>
        <translation>未找到住户</translation>
    </message>
    <message>
        <source>Need: describe it before making it a case.</source>
        <translation>需求：请先填写需求内容，再转为诉求。</translation>
    </message>
    <message>
        <source>errand, made on save</source>
        <translation>代办（保存时生成）</translation>
    </message>
    <message>
        <source>case, made on save</source>
        <translation>诉求（保存时生成）</translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Household visit sheet</source>
        <translation>入户走访登记表</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>community name, sheet title</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Grid worker: __________   Round from __________ to __________</source>
        <translation>网格员：__________   本轮走访时间：__________ 至 __________</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Residents and ID numbers</source>
        <translation>居民及身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
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
        <translation>备注及需求</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Printed %1. Write down every need; the office makes it a case.</source>
        <translation>打印于 %1。请记下每一项需求，由社区统一转为诉求。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>unit-room</comment>
        <translation>%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit %1 %2</source>
        <comment>unit, role</comment>
        <translation>%1单元 %2</translation>
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
        <translation>联系人：%1</translation>
    </message>
</context>
<context>
    <name>VisitStaleModel</name>
    <message>
        <source>%1 (living alone, elderly)</source>
        <translation>%1（独居老人）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>未走访天数</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>Household: choose the household visited.</source>
        <translation>住户：请选择走访的住户。</translation>
    </message>
    <message>
        <source>Household: that household has moved out.</source>
        <translation>住户：该户已迁出。</translation>
    </message>
    <message>
        <source>Date: enter the day of the visit.</source>
        <translation>日期：请填写走访日期。</translation>
    </message>
    <message>
        <source>Date: a visit cannot be in the future.</source>
        <translation>日期：走访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Worker: enter who made the visit.</source>
        <translation>走访人：请填写走访人。</translation>
    </message>
    <message>
        <source>Need: describe what the household needs.</source>
        <translation>需求：请填写该户的需求。</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>走访记录未能保存。</translation>
    </message>
    <message>
        <source>That visit does not exist.</source>
        <translation>该走访记录不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this visit meanwhile; open it again and retry.</source>
        <translation>其他人已修改了该走访记录，请重新打开后再试。</translation>
    </message>
    <message>
        <source>The visit could not be archived.</source>
        <translation>走访记录未能归档。</translation>
    </message>
    <message>
        <source>The case could not be saved.</source>
        <translation>诉求未能保存。</translation>
    </message>
    <message>
        <source>Need: that need does not exist.</source>
        <translation>需求：该需求不存在。</translation>
    </message>
    <message>
        <source>Need: this need is already a case.</source>
        <translation>需求：该需求已转为诉求。</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 件诉求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>群众需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>&amp;Log visit…</source>
        <translation>登记走访(&amp;L)…</translation>
    </message>
    <message>
        <source>Log visit (%1)</source>
        <translation>登记走访（%1）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>Archive the chosen visit (it is kept, but no longer counted).</source>
        <translation>归档所选走访记录（记录保留，但不再计入统计）。</translation>
    </message>
    <message>
        <source>&amp;Print visit sheet…</source>
        <translation>打印入户走访登记表(&amp;P)…</translation>
    </message>
    <message>
        <source>Visit lo&amp;g</source>
        <translation>走访记录(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次走访</numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;rid</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <source>any worker</source>
        <translation>全部走访人</translation>
    </message>
    <message>
        <source>W&amp;orker</source>
        <translation>走访人(&amp;O)</translation>
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
        <translation>网格</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访户数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Errands done</source>
        <translation>代办办结</translation>
    </message>
    <message>
        <source>Not visited &amp;in</source>
        <translation>未走访超过(&amp;I)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A visit exactly this many days ago still counts as a visit within the period.</source>
        <translation>恰好在该天数之前的走访，仍计为期限内已走访。</translation>
    </message>
    <message>
        <source>Gri&amp;d</source>
        <translation>网格(&amp;D)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to log a visit to the household.</source>
        <translation>按 Enter 键或双击，为该户登记走访。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due a visit; living-alone elderly first</source>
        <translation>
            <numerusform>%n 户待走访，独居老人排在前面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1（诉求 %2）</translation>
    </message>
    <message>
        <source>No needs raised on this visit.</source>
        <translation>本次走访未收集到需求。</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>群众需求：%1</translation>
    </message>
    <message numerus="yes">
        <source>Visit logged; %n case(s) made from its needs.</source>
        <translation>
            <numerusform>走访已登记，已根据需求生成 %n 件诉求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit logged.</source>
        <translation>走访已登记。</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>走访已保存。</translation>
    </message>
    <message>
        <source>Archive visit</source>
        <translation>归档走访</translation>
    </message>
    <message>
        <source>Visit archived.</source>
        <translation>走访已归档。</translation>
    </message>
    <message>
        <source>Print visit sheet</source>
        <translation>打印入户走访登记表</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>Save visit sheet</source>
        <translation>保存入户走访登记表</translation>
    </message>
    <message>
        <source>visit sheet %1.pdf</source>
        <translation>入户走访登记表 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Visit sheet saved to %1.</source>
        <translation>入户走访登记表已保存到 %1。</translation>
    </message>
    <message>
        <source>By &amp;area</source>
        <translation>按片区(&amp;A)</translation>
    </message>
    <message>
        <source>Each area&apos;s households and visits, followed by its grids.</source>
        <translation>各片区的户数和走访情况，其下列出所属网格。</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>走访覆盖率(&amp;C)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>自(&amp;M)</translation>
    </message>
    <message>
        <source>Writing the visit sheet…</source>
        <translation>正在生成走访表…</translation>
    </message>
    <message>
        <source>Sheet to &amp;key back…</source>
        <translation>纸质走访表(&amp;K)…</translation>
    </message>
    <message>
        <source>Sheet to key back</source>
        <translation>纸质走访表</translation>
    </message>
    <message>
        <source>visit sheet %1 to key back.pdf</source>
        <translation>走访表 %1（待回录）.pdf</translation>
    </message>
    <message>
        <source>Visit sheet %1 saved to %2.</source>
        <translation>走访表 %1 已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>Volunteer</name>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
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
        <translation>数据库正忙。</translation>
    </message>
    <message>
        <source>Demo volunteers could not be made (%1).</source>
        <translation>无法生成演示志愿者（%1）。</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>新建志愿者</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>志愿者 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>来自人口台账</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. first aid, driving</source>
        <translation>例如：急救、驾驶</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>特长(&amp;S)：</translation>
    </message>
    <message>
        <source>Available days:</source>
        <translation>可服务日期：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Available hours:</source>
        <translation>可服务时段：</translation>
    </message>
    <message>
        <source>e.g. not in school holidays</source>
        <translation>例如：学校假期除外</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>Available days: please tick at least one day.</source>
        <translation>可服务日期：请至少勾选一天。</translation>
    </message>
    <message>
        <source>&amp;Dual report: in-service party member serving here</source>
        <translation>在职党员双报到：在本社区服务的在职党员(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;vailability note:</source>
        <translation>可服务时间说明(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursExport</name>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
</context>
<context>
    <name>VolunteerListTab</name>
    <message>
        <source>Find by name or phone</source>
        <translation>按姓名或电话查找</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>New volunteer…</source>
        <translation>新建志愿者…</translation>
    </message>
    <message>
        <source>From the register…</source>
        <translation>从人口台账添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>volunteers.xlsx</source>
        <translation>志愿者.xlsx</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n 名志愿者</numerusform>
        </translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>全部志愿服务队</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their service history.</source>
        <translation>选择一名志愿者以查看其服务记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 hours in total, %3 points left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：累计 %2 小时，剩余积分 %3</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>Volunteer %1 added.</source>
        <translation>已添加志愿者 %1。</translation>
    </message>
    <message>
        <source>The resident is now a volunteer.</source>
        <translation>该居民已成为志愿者。</translation>
    </message>
</context>
<context>
    <name>VolunteerPointsTab</name>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt; — points per hour of service from a date on</source>
        <translation>&lt;b&gt;积分规则&lt;/b&gt; — 自某日起每服务一小时所得积分</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Points per hour</source>
        <translation>每小时积分</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt;</source>
        <translation>&lt;b&gt;奖品&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reward name</source>
        <translation>奖品名称</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>添加奖品</translation>
    </message>
    <message>
        <source>Find a volunteer</source>
        <translation>查找志愿者</translation>
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
        <translation>兑换…</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their points.</source>
        <translation>选择一名志愿者以查看其积分。</translation>
    </message>
    <message>
        <source>Earned %1, granted %2, redeemed %3: &lt;b&gt;balance %4&lt;/b&gt;</source>
        <translation>服务所得 %1，另行发放 %2，已兑换 %3：&lt;b&gt;积分余额 %4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>VolunteerPostDialog</name>
    <message>
        <source>New post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>任意服务队</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>服务队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>所需志愿者人数(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>VolunteerReports</name>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
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
        <translation>&lt;b&gt;按志愿服务队&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per grid&lt;/b&gt;</source>
        <translation>&lt;b&gt;按网格&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top volunteers&lt;/b&gt;</source>
        <translation>&lt;b&gt;志愿者排行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Service hours for the national volunteer system, from</source>
        <translation>全国志愿服务信息系统服务时长，日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV/XLSX…</source>
        <translation>导出 CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export service hours</source>
        <translation>导出服务时长</translation>
    </message>
    <message>
        <source>service-hours-%1.xlsx</source>
        <translation>服务时长-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Saved %1 with full ID numbers.</source>
        <translation>已保存 %1（含完整身份证号）。</translation>
    </message>
    <message>
        <source>Saved %1 with masked ID numbers.</source>
        <translation>已保存 %1（身份证号已脱敏）。</translation>
    </message>
    <message>
        <source>Writing the service hours…</source>
        <translation>正在导出服务时长…</translation>
    </message>
</context>
<context>
    <name>VolunteerRotaTab</name>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新建岗位…</translation>
    </message>
    <message>
        <source>Edit post…</source>
        <translation>编辑岗位…</translation>
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
        <translation>换班…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Find a volunteer</source>
        <translation>查找志愿者</translation>
    </message>
    <message>
        <source>Drag a volunteer onto a shift to assign.</source>
        <translation>将志愿者拖到班次上即可排班。</translation>
    </message>
    <message>
        <source>No posts yet: add a post, then make its shifts.</source>
        <translation>暂无岗位：请先添加岗位，再生成班次。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) this week, %1 under-staffed.</source>
        <translation>
            <numerusform>本周 %n 个班次，其中 %1 个人手不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign volunteers</source>
        <translation>安排志愿者</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) assigned.</source>
        <translation>
            <numerusform>已安排 %n 名志愿者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cell of the rota that has a shift.</source>
        <translation>请在排班表中选择有班次的单元格。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) made.</source>
        <translation>
            <numerusform>已生成 %n 个班次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shifts swapped.</source>
        <translation>已换班。</translation>
    </message>
    <message>
        <source>Volunteer rota</source>
        <translation>志愿者排班表</translation>
    </message>
    <message>
        <source>Print the rota</source>
        <translation>打印排班表</translation>
    </message>
    <message>
        <source>Save the rota as PDF</source>
        <translation>将排班表保存为 PDF</translation>
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
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Rota to ke&amp;y back…</source>
        <translation>待回录排班表(&amp;Y)…</translation>
    </message>
    <message>
        <source>The week&apos;s rota with a code on every row: tick who came, then key it back</source>
        <translation>本周排班表，每行带行码：勾选到岗人员后回录</translation>
    </message>
    <message>
        <source>Key bac&amp;k…</source>
        <translation>回录(&amp;K)…</translation>
    </message>
    <message>
        <source>Key in the ticked rows of a rota or sheet that came back</source>
        <translation>录入交回的排班表或表格中已勾选的行</translation>
    </message>
    <message>
        <source>rota %1 to key back.pdf</source>
        <translation>排班表 %1（待回录）.pdf</translation>
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
        <translation>班次日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>到岗</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Edit hours…</source>
        <translation>修改时长…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the volunteer as attended before editing hours.</source>
        <translation>请先将该志愿者记为到岗，再修改时长。</translation>
    </message>
</context>
<context>
    <name>VolunteerSnapshot</name>
    <message>
        <source>add volunteer %1</source>
        <translation>新增志愿者 %1</translation>
    </message>
    <message>
        <source>edit volunteer %1</source>
        <translation>编辑志愿者 %1</translation>
    </message>
</context>
<context>
    <name>VolunteerStore</name>
    <message>
        <source>Name: please enter the volunteer&apos;s name.</source>
        <translation>姓名：请输入志愿者姓名。</translation>
    </message>
    <message>
        <source>Status: please choose active, paused or left.</source>
        <translation>状态：请选择在岗、暂停或已退出。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Available hours: the end must be later than the start.</source>
        <translation>可服务时间：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Joined: the date cannot be in the future.</source>
        <translation>加入日期：不能晚于今天。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>该志愿者已不存在。</translation>
    </message>
    <message>
        <source>Resident: this resident already is a volunteer.</source>
        <translation>居民：该居民已是志愿者。</translation>
    </message>
    <message>
        <source>The volunteer could not be saved.</source>
        <translation>无法保存志愿者。</translation>
    </message>
    <message>
        <source>The volunteer&apos;s teams could not be saved.</source>
        <translation>无法保存该志愿者所属的志愿服务队。</translation>
    </message>
    <message>
        <source>The volunteer could not be saved; nothing was changed.</source>
        <translation>无法保存志愿者，未做任何更改。</translation>
    </message>
    <message>
        <source>Resident: this resident is not in the register.</source>
        <translation>居民：该居民不在人口台账中。</translation>
    </message>
    <message>
        <source>Resident: only a living resident can become a volunteer.</source>
        <translation>居民：只有健在的居民才能成为志愿者。</translation>
    </message>
    <message>
        <source>Name: please enter the team&apos;s name.</source>
        <translation>名称：请输入志愿服务队名称。</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>该志愿服务队已不存在。</translation>
    </message>
    <message>
        <source>The team could not be saved.</source>
        <translation>无法保存志愿服务队。</translation>
    </message>
    <message>
        <source>The team could not be saved; nothing was changed.</source>
        <translation>无法保存志愿服务队，未做任何更改。</translation>
    </message>
    <message>
        <source>This volunteer was changed by someone else since you opened it; please reopen the record and make your change again.</source>
        <translation>自您打开后，该志愿者信息已被他人修改，请重新打开该记录后再修改。</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Resident</source>
        <translation>本社区居民</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>非本社区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可服务时间</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>VolunteerTeamDialog</name>
    <message>
        <source>New team</source>
        <translation>新建志愿服务队</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>志愿服务队 %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>所属网格(&amp;G)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>队长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D)：</translation>
    </message>
    <message>
        <source>Archived (no longer active)</source>
        <translation>已归档（不再活动）</translation>
    </message>
</context>
<context>
    <name>VolunteerTeamsTab</name>
    <message>
        <source>New team…</source>
        <translation>新建志愿服务队…</translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation>编辑志愿服务队…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Community-wide</source>
        <translation>全社区</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Hours per work unit</source>
        <translation>各工作单位服务时长</translation>
    </message>
</context>
<context>
    <name>WorkbookImporter</name>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有工作表“%1”；现有工作表为：%2。</translation>
    </message>
    <message>
        <source>The database is busy (another CommunityDesk may be saving); please try again.</source>
        <translation>数据库正忙（可能有另一台社区工作台正在保存）；请稍后再试。</translation>
    </message>
    <message>
        <source>Sheet %1 cannot be read.</source>
        <translation>无法读取工作表 %1。</translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>工作表 %1：%2</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未导入任何数据。</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported.</source>
        <translation>导入未能保存；未导入任何数据。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>The form&apos;s sheet has no cells (no sheetData).</source>
        <translation>表单的工作表没有单元格（缺少 sheetData）。</translation>
    </message>
    <message>
        <source>The form&apos;s sheet is damaged (sheetData is not closed).</source>
        <translation>表单的工作表已损坏（sheetData 未闭合）。</translation>
    </message>
    <message>
        <source>The form&apos;s sheet is damaged (row %1 is not closed).</source>
        <translation>表单的工作表已损坏（第 %1 行未闭合）。</translation>
    </message>
    <message>
        <source>The form&apos;s sheet is damaged (a cell of row %1 is not closed).</source>
        <translation>表单的工作表已损坏（第 %1 行的某个单元格未闭合）。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或文件已损坏。</translation>
    </message>
    <message>
        <source>The workbook has no worksheets; is it an Excel file?</source>
        <translation>该工作簿中没有工作表，请确认是否为 Excel 文件。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text table is damaged (%1).</source>
        <translation>工作簿的文本表已损坏（%1）。</translation>
    </message>
    <message>
        <source>The worksheet cannot be read; the file may be damaged.</source>
        <translation>无法读取工作表，文件可能已损坏。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>The worksheet is damaged near row %1 (%2).</source>
        <translation>工作表在第 %1 行附近已损坏（%2）。</translation>
    </message>
    <message>
        <source>The worksheet ends too early; the file may be damaged.</source>
        <translation>工作表提前结束，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text table cannot be read.</source>
        <translation>无法读取工作簿的文字表。</translation>
    </message>
    <message numerus="yes">
        <source>The workbook&apos;s text table is larger than any register (over %n million characters); it cannot be read.</source>
        <translation>
            <numerusform>工作簿的文字表超出任何台账的规模（超过 %n 百万字符），无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook&apos;s text table has more entries than any register; it cannot be read.</source>
        <translation>工作簿的文字表条目数超出任何台账的规模，无法读取。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the sheet &quot;%1&quot; has more rows or columns than Excel allows (%2 rows, %3 columns).</source>
        <translation>工作表“%1”的行数或列数超过了 Excel 的上限（%2 行，%3 列）。</translation>
    </message>
    <message>
        <source>the Excel library cannot be loaded (%1).</source>
        <translation>无法加载 Excel 组件（%1）。</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>the Excel writer failed (%1).</source>
        <translation>生成 Excel 文件时出错（%1）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CommunityDesk — the community office desk</source>
        <translation>社区工作台 — 社区居委会办公桌面</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>将窗口截图保存到 FILE 后退出。</translation>
    </message>
    <message>
        <source>CommunityDesk</source>
        <translation>社区工作台</translation>
    </message>
    <message>
        <source>Open the database FILE, or the server at postgresql://user@host/db.</source>
        <translation>打开数据库文件 FILE，或 postgresql://用户名@主机/数据库名 上的服务器数据库。</translation>
    </message>
</context>
</TS>
