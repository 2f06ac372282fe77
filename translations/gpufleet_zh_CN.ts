<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCommand</name>
    <message>
        <source>API key (not shown): </source>
        <translation>API 密钥（不显示）：</translation>
    </message>
    <message>
        <source>usage: gpufleet account add|list|remove ...</source>
        <translation>用法：gpufleet account add|list|remove ...</translation>
    </message>
    <message>
        <source>fal, novita or nebulablock</source>
        <translation>fal、novita 或 nebulablock</translation>
    </message>
    <message>
        <source>a unique name for this account</source>
        <translation>此账户的唯一名称</translation>
    </message>
    <message>
        <source>base URL instead of the provider&apos;s</source>
        <translation>用于替代服务商默认地址的基础 URL</translation>
    </message>
    <message>
        <source>SSH user instead of the provider&apos;s default</source>
        <translation>用于替代服务商默认用户的 SSH 用户</translation>
    </message>
    <message>
        <source>store the key without one test call</source>
        <translation>不经测试调用直接保存密钥</translation>
    </message>
    <message>
        <source>--provider must be fal, novita or nebulablock</source>
        <translation>--provider 必须是 fal、novita 或 nebulablock</translation>
    </message>
    <message>
        <source>--endpoint is not a valid URL</source>
        <translation>--endpoint 不是有效的 URL</translation>
    </message>
    <message>
        <source>no API key on standard input (pipe it in: first line)</source>
        <translation>标准输入中没有 API 密钥（请通过管道传入：第一行）</translation>
    </message>
    <message>
        <source>Added %1 account &quot;%2&quot;.</source>
        <translation>已添加 %1 账户“%2”。</translation>
    </message>
    <message>
        <source>the key did not work, nothing was saved: %1</source>
        <translation>密钥无效，未保存任何内容：%1</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>No accounts yet; add one with: gpufleet account add --provider ...</source>
        <translation>尚无账户；请用以下命令添加：gpufleet account add --provider ...</translation>
    </message>
    <message>
        <source>could not delete the key from the keychain, account kept: %1</source>
        <translation>无法从密钥环中删除密钥，账户已保留：%1</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its key.</source>
        <translation>已删除账户“%1”及其密钥。</translation>
    </message>
</context>
<context>
    <name>AccountConnector</name>
    <message>
        <source>This provider is not supported by this build.</source>
        <translation>此版本不支持该服务商。</translation>
    </message>
</context>
<context>
    <name>AccountHealthBar</name>
    <message>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation>上次刷新于 %1。</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>尚未刷新。</translation>
    </message>
    <message>
        <source>%1: up to date. %2</source>
        <translation>%1：已是最新。%2</translation>
    </message>
    <message>
        <source>%1: refreshing… %2</source>
        <translation>%1：正在刷新… %2</translation>
    </message>
    <message>
        <source>(stale since %1)</source>
        <translation>（自 %1 起已过时）</translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation>（缓存）</translation>
    </message>
    <message>
        <source>%1: showing last-known instances, not refreshed yet.</source>
        <translation>%1：显示最近已知的实例，尚未刷新。</translation>
    </message>
    <message>
        <source>(error)</source>
        <translation>（错误）</translation>
    </message>
    <message>
        <source>%1: %2
Last-known instances stay on screen, greyed. %3</source>
        <translation>%1：%2
最近已知的实例以灰色继续显示。%3</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账户命名。</translation>
    </message>
    <message>
        <source>Use a shorter account name (at most %1 characters) without line breaks or control characters.</source>
        <translation>请使用更短的账户名称（最多 %1 个字符），且不含换行符或控制字符。</translation>
    </message>
    <message>
        <source>Another account already has this name: choose a different one.</source>
        <translation>已有其他账户使用此名称：请换一个。</translation>
    </message>
    <message>
        <source>Enter an https:// endpoint address (plain http:// only for this computer), without a user name or password in it.</source>
        <translation>请输入 https:// 端点地址（仅本机可用普通 http://），其中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>Enter an SSH user name made of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>请输入由字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos; 组成的 SSH 用户名。</translation>
    </message>
    <message>
        <source>The account id is not a valid UUID.</source>
        <translation>账户 ID 不是有效的 UUID。</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>已存在具有此 ID 的账户。</translation>
    </message>
    <message>
        <source>The provider of an account cannot change: add a new account instead.</source>
        <translation>账户的服务商不能更改：请改为添加新账户。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账户已不存在。</translation>
    </message>
    <message>
        <source>The account settings could not be saved: check that the configuration folder is writable.</source>
        <translation>无法保存账户设置：请检查配置文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Tick an account to poll it, untick to pause it</source>
        <translation>勾选账户以轮询，取消勾选以暂停</translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation>新建账户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. fal personal</source>
        <translation>例如：fal 个人</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;SSH user:</source>
        <translation>SSH 用户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Enabled (poll this account)</source>
        <translation>启用(&amp;E)（轮询此账户）</translation>
    </message>
    <message>
        <source>Keep for This Session &amp;Only</source>
        <translation>仅在本次会话中保留(&amp;O)</translation>
    </message>
    <message>
        <source>Hold the key in memory until GPU Fleet quits; it is never written to disk</source>
        <translation>在 GPU Fleet 退出前将密钥保存在内存中；它永远不会写入磁盘</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>(key for this session only)</source>
        <translation>（密钥仅用于本次会话）</translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation>账户“%1”</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new key to replace it</source>
        <translation>仅在本次会话中保留；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>已保存在密钥环中；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key</source>
        <translation>粘贴服务商的 API 密钥</translation>
    </message>
    <message>
        <source>Enter the account&apos;s API key.</source>
        <translation>请输入账户的 API 密钥。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>You can keep the key for this session only: it stays in memory and is forgotten when GPU Fleet quits. It is never written to disk.</source>
        <translation>您可以只在本次会话中保留密钥：它保存在内存中，GPU Fleet 退出时即被遗忘，永远不会写入磁盘。</translation>
    </message>
    <message>
        <source>Saved. The API key is in the keychain.</source>
        <translation>已保存。API 密钥位于密钥环中。</translation>
    </message>
    <message>
        <source>Saved. The API key is kept for this session only.</source>
        <translation>已保存。API 密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>账户已删除。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>删除账户“%1”？</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain and GPU Fleet stops showing its instances. The instances themselves keep running at %1 and keep billing.</source>
        <translation>其 API 密钥将从密钥环中删除，GPU Fleet 将不再显示其实例。实例本身会继续在 %1 运行并继续计费。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message>
        <source>the instance&apos;s account</source>
        <translation>实例所属的账户</translation>
    </message>
    <message>
        <source>really delete: the instance and its data are lost</source>
        <translation>确认删除：实例及其数据将丢失</translation>
    </message>
    <message>
        <source>delete needs --yes: instance %1 on %2 and all its data would be lost</source>
        <translation>delete 需要 --yes：%2 上的实例 %1 及其所有数据将丢失</translation>
    </message>
    <message>
        <source>%1 does not support %2; only delete stops its billing</source>
        <translation>%1 不支持 %2；只有删除才能停止计费</translation>
    </message>
    <message>
        <source>%1: %2 requested for %3</source>
        <translation>%1：已为 %3 请求 %2</translation>
    </message>
</context>
<context>
    <name>ActionConfirmations</name>
    <message>
        <source>Delete Instances</source>
        <translation>删除实例</translation>
    </message>
    <message>
        <source>Delete the instance “%1”?</source>
        <translation>删除实例“%1”？</translation>
    </message>
    <message>
        <source>Delete %n instance(s)?</source>
        <translation>删除 %n 个实例？</translation>
    </message>
    <message>
        <source>Deleting destroys the instance(s) and everything on their disks: files, installed software, results not copied elsewhere. This cannot be undone. Billing stops once the deletion completes.</source>
        <translation>删除会销毁实例及其磁盘上的所有内容：文件、已安装的软件、未复制到别处的结果。此操作无法撤销。删除完成后停止计费。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %n Instance(s)</source>
        <translation>删除 %n 个实例</translation>
    </message>
    <message>
        <source>Stop Instances</source>
        <translation>停止实例</translation>
    </message>
    <message>
        <source>Stop %n instance(s)?</source>
        <translation>停止 %n 个实例？</translation>
    </message>
    <message>
        <source>Running programs are ended and anything held only in memory is lost. Disks are kept; some providers keep billing for storage while stopped.</source>
        <translation>正在运行的程序将被终止，仅保存在内存中的内容将丢失。磁盘会保留；部分服务商在停止期间仍会收取存储费用。</translation>
    </message>
    <message>
        <source>Stop %n Instance(s)</source>
        <translation>停止 %n 个实例</translation>
    </message>
    <message>
        <source>Restart Instances</source>
        <translation>重启实例</translation>
    </message>
    <message>
        <source>Restart %n instance(s)?</source>
        <translation>重启 %n 个实例？</translation>
    </message>
    <message>
        <source>Running programs are ended and anything held only in memory is lost; SSH sessions drop.</source>
        <translation>正在运行的程序将被终止，仅保存在内存中的内容将丢失；SSH 会话会断开。</translation>
    </message>
    <message>
        <source>Restart %n Instance(s)</source>
        <translation>重启 %n 个实例</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Open in terminal</source>
        <translation>在终端中打开</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Account not connected</source>
        <translation>账户未连接</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已请求</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n instance(s) requested</source>
        <translation>
            <numerusform>%1：已请求 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>服务商已接受</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>运行中 — %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped (not by GPU Fleet)</source>
        <translation>已停止（非 GPU Fleet 所为）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Gone (deleted outside GPU Fleet)</source>
        <translation>已消失（在 GPU Fleet 之外被删除）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Simulated cloud on 127.0.0.1; nothing real is billed.</source>
        <translation>模拟云运行在 127.0.0.1 上；不会产生任何真实费用。</translation>
    </message>
    <message>
        <source>Refreshing every account…</source>
        <translation>正在刷新所有账户…</translation>
    </message>
    <message>
        <source>Read API key</source>
        <translation>读取 API 密钥</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Working again</source>
        <translation>已恢复正常</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation>创建失败：%1</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot tell where GPU Fleet is installed.</source>
        <translation>无法确定 GPU Fleet 的安装位置。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--account LABEL is required</source>
        <translation>必须指定 --account 名称</translation>
    </message>
    <message>
        <source>no account labelled &quot;%1&quot; (see: gpufleet account list)</source>
        <translation>没有名为“%1”的账户（参见：gpufleet account list）</translation>
    </message>
    <message>
        <source>no API key stored for account &quot;%1&quot;; remove and add the account again</source>
        <translation>账户“%1”没有保存 API 密钥；请删除该账户后重新添加</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: instance %2 not found</source>
        <translation>%1：未找到实例 %2</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message numerus="yes">
        <source>%1: expected %n argument(s), got %2</source>
        <translation>
            <numerusform>%1：需要 %n 个参数，实际为 %2 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>This provider cannot be tested here.</source>
        <translation>无法在此测试该服务商。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n instance(s) listed.</source>
        <translation>
            <numerusform>已连接到 %1：列出了 %n 个实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected this API key. Check that you pasted the whole key and that it has not been revoked or expired.</source>
        <translation>%1 拒绝了此 API 密钥。请检查是否粘贴了完整的密钥，以及它是否已被撤销或过期。</translation>
    </message>
    <message>
        <source>%1 accepted the key but it may not list instances (missing scope or permission; fal keys need the ADMIN scope).</source>
        <translation>%1 接受了该密钥，但它无权列出实例（缺少作用域或权限；fal 密钥需要 ADMIN 作用域）。</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3</source>
        <translation>无法通过 %2 访问 %1：%3</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
</context>
<context>
    <name>CreateCatalogue</name>
    <message>
        <source>The catalogue could not be loaded: %1</source>
        <translation>无法加载目录：%1</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>正在加载产品…</translation>
    </message>
    <message>
        <source>This account offers no products right now.</source>
        <translation>此账户目前没有可用产品。</translation>
    </message>
    <message>
        <source>The products could not be loaded; press Retry.</source>
        <translation>无法加载产品；请点击“重试”。</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>the account to create on</source>
        <translation>要在其中创建实例的账户</translation>
    </message>
    <message>
        <source>fal instance type, Novita or Nebula Block product id</source>
        <translation>fal 实例类型，或 Novita、Nebula Block 的产品 ID</translation>
    </message>
    <message>
        <source>instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>OpenSSH public key file (.pub)</source>
        <translation>OpenSSH 公钥文件（.pub）</translation>
    </message>
    <message>
        <source>number of GPUs (Novita, 1-8)</source>
        <translation>GPU 数量（Novita，1-8）</translation>
    </message>
    <message>
        <source>Novita image URL or Nebula Block image id</source>
        <translation>Novita 镜像 URL 或 Nebula Block 镜像 ID</translation>
    </message>
    <message>
        <source>root disk in GB (Novita)</source>
        <translation>根磁盘大小，单位 GB（Novita）</translation>
    </message>
    <message>
        <source>fal sector_1..3, 8x types only</source>
        <translation>fal sector_1..3，仅限 8x 类型</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 不接受 --%2</translation>
    </message>
    <message>
        <source>--offering is required (see: gpufleet offerings --account %1)</source>
        <translation>必须指定 --offering（参见：gpufleet offerings --account %1）</translation>
    </message>
    <message>
        <source>fal.ai offerings are gpu_1x_h100_sxm5 and gpu_8x_h100_sxm5</source>
        <translation>fal.ai 的规格为 gpu_1x_h100_sxm5 和 gpu_8x_h100_sxm5</translation>
    </message>
    <message>
        <source>fal.ai takes --sector only with gpu_8x_h100_sxm5</source>
        <translation>fal.ai 仅在 gpu_8x_h100_sxm5 下接受 --sector</translation>
    </message>
    <message>
        <source>--sector must be sector_1, sector_2 or sector_3</source>
        <translation>--sector 必须是 sector_1、sector_2 或 sector_3</translation>
    </message>
    <message>
        <source>%1 needs --ssh-key FILE.pub</source>
        <translation>%1 需要 --ssh-key 文件.pub</translation>
    </message>
    <message>
        <source>--ssh-key: %1</source>
        <translation>--ssh-key：%1</translation>
    </message>
    <message>
        <source>--gpus must be a number from 1 to 8</source>
        <translation>--gpus 必须是 1 到 8 之间的数字</translation>
    </message>
    <message>
        <source>--disk must be a number of GB from 10 to 6144</source>
        <translation>--disk 必须是 10 到 6144 之间的 GB 数</translation>
    </message>
    <message>
        <source>--name: use 1 to 63 letters, digits and hyphens</source>
        <translation>--name：请使用 1 到 63 个字母、数字和连字符</translation>
    </message>
    <message>
        <source>%1 has no offering &quot;%2&quot; (see: gpufleet offerings --account %3)</source>
        <translation>%1 没有规格“%2”（参见：gpufleet offerings --account %3）</translation>
    </message>
    <message>
        <source>offering %1 is not available right now</source>
        <translation>规格 %1 目前不可用</translation>
    </message>
    <message>
        <source>--disk: %1 allows at most %2 GB</source>
        <translation>--disk：%1 最多允许 %2 GB</translation>
    </message>
    <message>
        <source>--disk: %1 needs at least %2 GB</source>
        <translation>--disk：%1 至少需要 %2 GB</translation>
    </message>
    <message>
        <source>no OS image matches %1 (region %2); pass --image</source>
        <translation>没有与 %1 匹配的系统镜像（区域 %2）；请指定 --image</translation>
    </message>
    <message>
        <source>Created %1 on %2 (status: %3)</source>
        <translation>已在 %2 上创建 %1（状态：%3）</translation>
    </message>
</context>
<context>
    <name>CreateFormRules</name>
    <message>
        <source>Environment line %1 is not KEY=VALUE (KEY: letters, digits, _).</source>
        <translation>环境变量第 %1 行不是 KEY=VALUE 格式（KEY：字母、数字、_）。</translation>
    </message>
    <message>
        <source>At most %1 environment variables are allowed.</source>
        <translation>最多允许 %1 个环境变量。</translation>
    </message>
    <message>
        <source>Enter a name: it is how the new instance is found again.</source>
        <translation>请输入名称：以后要靠它找到这个新实例。</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits and hyphens (at most 63, starting with a letter or digit).</source>
        <translation>名称只能包含字母、数字和连字符（最多 63 个，以字母或数字开头）。</translation>
    </message>
    <message>
        <source>Price: choose a product</source>
        <translation>价格：请选择产品</translation>
    </message>
    <message>
        <source>Price: %1 (your price)</source>
        <translation>价格：%1（您的价格）</translation>
    </message>
    <message>
        <source>Price: not published by fal</source>
        <translation>价格：fal 未公布</translation>
    </message>
    <message>
        <source>Price: not published</source>
        <translation>价格：未公布</translation>
    </message>
    <message>
        <source>Price: %1 (%2 × %3)</source>
        <extracomment>total per hour, then GPUs × price per GPU-hour</extracomment>
        <translation>价格：%1（%2 × %3）</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>Already registered with Nebula Block as “%1”.</source>
        <translation>已在 Nebula Block 注册为“%1”。</translation>
    </message>
    <message>
        <source>This key will be registered with Nebula Block when the instance is created.</source>
        <translation>创建实例时，此密钥将注册到 Nebula Block。</translation>
    </message>
</context>
<context>
    <name>CreateInstanceController</name>
    <message>
        <source>this account has no connection (is its API key stored?)</source>
        <translation>此账户没有连接（是否已保存其 API 密钥？）</translation>
    </message>
</context>
<context>
    <name>CreateInstanceDialog</name>
    <message>
        <source>New Instance</source>
        <translation>新建实例</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>预设(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation>实例类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>分区(&amp;S)：</translation>
    </message>
    <message>
        <source>InfiniBand placement; only 8× H100 instances have sectors</source>
        <translation>InfiniBand 布局；只有 8× H100 实例才有分区</translation>
    </message>
    <message>
        <source>Your &amp;price:</source>
        <translation>您的价格(&amp;P)：</translation>
    </message>
    <message>
        <source>fal does not publish prices in its API: enter what your plan charges to see it here</source>
        <translation>fal 未在其 API 中公布价格：请输入您的套餐收费，以便在此显示</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/小时</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>GPU 数量(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>集群(&amp;C)：</translation>
    </message>
    <message>
        <source>Container &amp;image:</source>
        <translation>容器镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>OS &amp;image:</source>
        <translation>系统镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>Root &amp;disk:</source>
        <translation>根磁盘(&amp;D)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Make up a new unique name</source>
        <translation>生成一个新的唯一名称</translation>
    </message>
    <message>
        <source>New Na&amp;me</source>
        <translation>新名称(&amp;M)</translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation>SSH 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>optional, e.g. 8888/http, 22/tcp</source>
        <translation>可选，例如 8888/http, 22/tcp</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境变量(&amp;E)：</translation>
    </message>
    <message>
        <source>optional, one KEY=VALUE per line</source>
        <translation>可选，每行一个 KEY=VALUE</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>account picker entry: account label (provider name)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>The instance was not created: %1</source>
        <translation>实例未创建：%1</translation>
    </message>
    <message>
        <source>Add an account first (Accounts…).</source>
        <translation>请先添加账户（账户…）。</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>请选择账户。</translation>
    </message>
</context>
<context>
    <name>CreateInstanceFields</name>
    <message>
        <source>%1× %2 (%3 vCPU · %4 GB RAM)</source>
        <extracomment>fal instance type, e.g. &quot;8× H100 (128 vCPU · 1600 GB RAM)&quot;</extracomment>
        <translation>%1× %2（%3 vCPU · %4 GB 内存）</translation>
    </message>
    <message>
        <source>Any (fal chooses)</source>
        <translation>任意（由 fal 选择）</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>任意集群</translation>
    </message>
    <message>
        <source>No image for this product&apos;s region</source>
        <translation>此产品所在区域没有镜像</translation>
    </message>
    <message>
        <source>Choose an instance type.</source>
        <translation>请选择实例类型。</translation>
    </message>
    <message>
        <source>Choose an available product.</source>
        <translation>请选择一个可用的产品。</translation>
    </message>
    <message>
        <source>Choose an OS image (none is offered in this product&apos;s region).</source>
        <translation>请选择系统镜像（此产品所在区域未提供任何镜像）。</translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation>请输入容器镜像。</translation>
    </message>
    <message>
        <source>Choose an SSH public key: it is how you will log in.</source>
        <translation>请选择 SSH 公钥：您将用它登录。</translation>
    </message>
    <message>
        <source>Sector %1</source>
        <extracomment>a fal sector, e.g. &quot;Sector 2&quot; for sector_2</extracomment>
        <translation>分区 %1</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Could not create a temporary directory: %1</source>
        <translation>无法创建临时目录：%1</translation>
    </message>
    <message>
        <source>The simulated cloud could not listen on 127.0.0.1.</source>
        <translation>模拟云无法在 127.0.0.1 上监听。</translation>
    </message>
</context>
<context>
    <name>FalClient</name>
    <message>
        <source>the provider reported more instances but sent no cursor</source>
        <translation>服务商表示还有更多实例，但未发送游标</translation>
    </message>
    <message>
        <source>the provider repeated a page cursor; the list was not completed</source>
        <translation>服务商重复发送了分页游标；列表未能完整获取</translation>
    </message>
    <message>
        <source>the instance list has more than %1 pages</source>
        <translation>实例列表超过 %1 页</translation>
    </message>
    <message>
        <source>invalid instance id</source>
        <translation>无效的实例 ID</translation>
    </message>
    <message>
        <source>invalid idempotency key</source>
        <translation>无效的幂等键</translation>
    </message>
</context>
<context>
    <name>FalParser</name>
    <message>
        <source>empty response body</source>
        <translation>响应正文为空</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1</source>
        <translation>偏移 %1 处的 JSON 格式错误</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>the instance list has no &quot;instances&quot; array</source>
        <translation>实例列表中没有“instances”数组</translation>
    </message>
    <message>
        <source>the instance has no id</source>
        <translation>实例没有 ID</translation>
    </message>
    <message>
        <source>Unknown fal instance type; use %1 or %2</source>
        <translation>未知的 fal 实例类型；请使用 %1 或 %2</translation>
    </message>
    <message>
        <source>An SSH public key is required</source>
        <translation>需要 SSH 公钥</translation>
    </message>
    <message>
        <source>That is a private key; paste the public key (the .pub file) instead</source>
        <translation>这是私钥；请改为粘贴公钥（.pub 文件）</translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key line</source>
        <translation>请只粘贴一行 SSH 公钥</translation>
    </message>
    <message>
        <source>Not an OpenSSH public key line; paste the contents of the .pub file</source>
        <translation>这不是 OpenSSH 公钥行；请粘贴 .pub 文件的内容</translation>
    </message>
    <message>
        <source>A sector can only be chosen for %1</source>
        <translation>只有 %1 才能选择分区</translation>
    </message>
    <message>
        <source>The sector must be sector_1, sector_2 or sector_3</source>
        <translation>分区必须是 sector_1、sector_2 或 sector_3</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, ID, IP, GPU, account (Ctrl+F)</source>
        <translation>搜索名称、ID、IP、GPU、账户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show one provider only</source>
        <translation>只显示一个服务商</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有服务商</translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation>只显示一个账户</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <source>Active: running or on the way (billing); stopped: stopped or deleted</source>
        <translation>活动：运行中或正在启动（计费中）；已停止：已停止或已删除</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>FleetSummaryLabel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ $%1/h</source>
        <translation>≥ $%1/小时</translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation>$%1/小时</translation>
    </message>
    <message>
        <source>Running instances and their total price per hour; some prices are unknown and not included.</source>
        <translation>运行中的实例及其每小时总价；部分价格未知，未计入。</translation>
    </message>
    <message>
        <source>Running instances and their total price per hour.</source>
        <translation>运行中的实例及其每小时总价。</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>GPU Fleet: one live table of every GPU instance across fal.ai, Novita AI and Nebula Block.

Options:
  --demo         open the window on a simulated cloud running inside the app (no keys,
                 nothing real is billed)
  -h, --help     show this help and exit
  -v, --version  show the version and exit

</source>
        <translation>GPU Fleet：一张实时表格，汇总 fal.ai、Novita AI 和 Nebula Block 上的所有 GPU 实例。

选项：
  --demo         在应用内运行的模拟云上打开窗口（无需密钥，
                 不会产生任何真实费用）
  -h, --help     显示此帮助并退出
  -v, --version  显示版本并退出

</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Usage history</source>
        <translation>使用记录</translation>
    </message>
    <message>
        <source>%1 h · $%2</source>
        <translation>%1 小时 · $%2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>≈ estimated: the start was observed by GPU Fleet or the price was entered by you. * some hours have no known price. Kept on this computer only.</source>
        <translation>≈ 估算值：启动时间由 GPU Fleet 观察得到，或价格由您输入。* 部分时长没有已知价格。仅保存在本机。</translation>
    </message>
    <message>
        <source>No instance has run yet.</source>
        <translation>尚无实例运行过。</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>response larger than %1; not read</source>
        <translation>响应大于 %1；未读取</translation>
    </message>
    <message>
        <source>redirect to another host refused</source>
        <translation>已拒绝重定向到其他主机</translation>
    </message>
    <message>
        <source>the connection closed before the provider answered; the request was not sent again</source>
        <translation>服务商应答前连接已关闭；请求未重新发送</translation>
    </message>
    <message>
        <source>the connection closed before the whole response arrived</source>
        <translation>完整响应到达前连接已关闭</translation>
    </message>
</context>
<context>
    <name>InstanceCommand</name>
    <message>
        <source>only this account</source>
        <translation>仅此账户</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>No accounts yet; add one with: gpufleet account add --provider ...</source>
        <translation>尚无账户；请用以下命令添加：gpufleet account add --provider ...</translation>
    </message>
    <message>
        <source>No instances.</source>
        <translation>没有实例。</translation>
    </message>
    <message>
        <source>no API key stored; remove and add the account again</source>
        <translation>未保存 API 密钥；请删除该账户后重新添加</translation>
    </message>
    <message>
        <source>the instance&apos;s account</source>
        <translation>实例所属的账户</translation>
    </message>
    <message>
        <source>%1: instance %2 is not reachable over SSH yet (status: %3)</source>
        <translation>%1：实例 %2 尚不能通过 SSH 访问（状态：%3）</translation>
    </message>
    <message>
        <source>the account whose catalogue to list</source>
        <translation>要列出其目录的账户</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>关闭详情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>服务商状态</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>SSH command</source>
        <translation>SSH 命令</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again after a few seconds</source>
        <translation>复制密码；几秒钟后剪贴板会被清空</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Provider details</source>
        <translation>服务商详情</translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation>未选择实例</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>$%1 per hour</source>
        <translation>每小时 $%1</translation>
    </message>
    <message>
        <source>Not reachable over SSH yet</source>
        <translation>尚不能通过 SSH 访问</translation>
    </message>
    <message>
        <source>Root password</source>
        <translation>root 密码</translation>
    </message>
    <message>
        <source>VM password</source>
        <translation>虚拟机密码</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <source>Password (cleared from the clipboard in %n second(s))</source>
        <translation>
            <numerusform>密码（%n 秒后从剪贴板清除）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceFormat</name>
    <message>
        <source>$%1/h</source>
        <extracomment>price per hour of an instance; %1 is the amount in US dollars</extracomment>
        <translation>$%1/小时</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU model and how many of them, e.g. &quot;H100 × 8&quot;; &quot;GPU × 2&quot; when the model is unknown</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>InstanceStatus</name>
    <message>
        <source>Provisioning</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>a status GPU Fleet does not know; %1 is the provider&apos;s raw status</extracomment>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Fleet</source>
        <translation>GPU Fleet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>&amp;New Instance…</source>
        <translation>新建实例(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new GPU instance</source>
        <translation>创建新的 GPU 实例</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh every account now</source>
        <translation>立即刷新所有账户</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected instances</source>
        <translation>启动所选实例</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the selected instances</source>
        <translation>停止所选实例</translation>
    </message>
    <message>
        <source>Rest&amp;art</source>
        <translation>重启(&amp;A)</translation>
    </message>
    <message>
        <source>Restart the selected instances</source>
        <translation>重启所选实例</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected instances</source>
        <translation>删除所选实例</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>复制 SSH 命令(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the SSH command of the selected instances</source>
        <translation>复制所选实例的 SSH 命令</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>复制 IP 地址(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the public IP address of the selected instances</source>
        <translation>复制所选实例的公网 IP 地址</translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation>在终端中打开(&amp;T)</translation>
    </message>
    <message>
        <source>Open an SSH session in your terminal</source>
        <translation>在终端中打开 SSH 会话</translation>
    </message>
    <message>
        <source>Show D&amp;etails</source>
        <translation>显示详情(&amp;E)</translation>
    </message>
    <message>
        <source>Show every detail of the selected instance</source>
        <translation>显示所选实例的全部详情</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the instances</source>
        <translation>搜索实例</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, edit or remove provider accounts</source>
        <translation>添加、编辑或删除服务商账户</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit GPU Fleet</source>
        <translation>退出 GPU Fleet</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n SSH command(s) to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 条 SSH 命令复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n IP address(es) to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 个 IP 地址复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Fleet — Demo (simulated cloud, no real instances)</source>
        <translation>GPU Fleet — 演示（模拟云，没有真实实例）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Usage &amp;History…</source>
        <translation>使用记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Hours and estimated cost per account: today, this week, this month</source>
        <translation>每个账户的时长和估算费用：今天、本周、本月</translation>
    </message>
    <message>
        <source>Add to SSH &amp;Config</source>
        <translation>添加到 SSH 配置(&amp;C)</translation>
    </message>
    <message>
        <source>Give the instance a Host entry in your SSH config and copy “ssh &lt;alias&gt;”</source>
        <translation>在 SSH 配置中为该实例添加 Host 条目，并复制“ssh &lt;别名&gt;”</translation>
    </message>
    <message>
        <source>Open in &amp;VS Code</source>
        <translation>在 VS Code 中打开(&amp;V)</translation>
    </message>
    <message>
        <source>Open the instance in VS Code over Remote-SSH</source>
        <translation>通过 Remote-SSH 在 VS Code 中打开该实例</translation>
    </message>
</context>
<context>
    <name>NebulaBlockCatalogueParser</name>
    <message>
        <source>the product list &quot;data&quot; is not a region map</source>
        <translation>产品列表中的“data”不是按区域划分的映射</translation>
    </message>
    <message>
        <source>the image list &quot;data&quot; is not a region map</source>
        <translation>镜像列表中的“data”不是按区域划分的映射</translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;data&quot; object</source>
        <translation>SSH 密钥列表中没有“data”对象</translation>
    </message>
    <message>
        <source>the SSH key list &quot;ssh_keys&quot; is not an array</source>
        <translation>SSH 密钥列表中的“ssh_keys”不是数组</translation>
    </message>
    <message>
        <source>the new SSH key has no id</source>
        <translation>新 SSH 密钥没有 ID</translation>
    </message>
</context>
<context>
    <name>NebulaBlockClient</name>
    <message>
        <source>The instance id is empty or contains unexpected characters</source>
        <translation>实例 ID 为空或包含意外字符</translation>
    </message>
    <message>
        <source>the server sent the same page again at offset %1</source>
        <translation>服务器在偏移 %1 处再次发送了相同的页面</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>超过 %1 页</translation>
    </message>
</context>
<context>
    <name>NebulaBlockCreation</name>
    <message>
        <source>no usable answer to the create request for &quot;%1&quot; and it is not in the instance list; check the list before creating it again</source>
        <translation>创建“%1”的请求没有可用的应答，且实例列表中也没有它；再次创建前请先检查列表</translation>
    </message>
    <message>
        <source>Nebula Block accepted &quot;%1&quot; but it is not in the instance list yet; it should appear shortly</source>
        <translation>Nebula Block 已接受“%1”，但它尚未出现在实例列表中；应该很快就会出现</translation>
    </message>
</context>
<context>
    <name>NebulaBlockJson</name>
    <message>
        <source>empty response body</source>
        <translation>响应正文为空</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1</source>
        <translation>偏移 %1 处的 JSON 格式错误</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>NebulaBlockParser</name>
    <message>
        <source>the instance list has no &quot;data&quot; array</source>
        <translation>实例列表中没有“data”数组</translation>
    </message>
    <message>
        <source>the instance list &quot;data&quot; is not an array</source>
        <translation>实例列表中的“data”不是数组</translation>
    </message>
    <message>
        <source>the instance detail is not an object</source>
        <translation>实例详情不是对象</translation>
    </message>
    <message>
        <source>the instance has no id</source>
        <translation>实例没有 ID</translation>
    </message>
</context>
<context>
    <name>NebulaBlockRequests</name>
    <message>
        <source>The instance name is longer than %1 characters</source>
        <translation>实例名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>The instance name contains control characters</source>
        <translation>实例名称包含控制字符</translation>
    </message>
    <message>
        <source>Choose a Nebula Block product</source>
        <translation>请选择 Nebula Block 产品</translation>
    </message>
    <message>
        <source>Choose an OS image for the product&apos;s region and data center</source>
        <translation>请为该产品所在的区域和数据中心选择系统镜像</translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key line</source>
        <translation>请只粘贴一行 SSH 公钥</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Instance ready</source>
        <translation>实例已就绪</translation>
    </message>
    <message>
        <source>Instance failed</source>
        <translation>实例失败</translation>
    </message>
    <message>
        <source>Instance stopped unexpectedly</source>
        <translation>实例意外停止</translation>
    </message>
    <message>
        <source>Instance disappeared</source>
        <translation>实例消失</translation>
    </message>
    <message>
        <source>Instance stuck while starting</source>
        <translation>实例启动时卡住</translation>
    </message>
    <message>
        <source>Instance still running</source>
        <translation>实例仍在运行</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>打开终端</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 entered an error state.</source>
        <translation>%1 进入了错误状态。</translation>
    </message>
    <message>
        <source>%1 entered an error state: %2</source>
        <translation>%1 进入了错误状态：%2</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 stopped without a request from GPU Fleet.</source>
        <translation>%1 在 GPU Fleet 未发出请求的情况下停止了。</translation>
    </message>
    <message>
        <source>%1 stopped without a request from GPU Fleet: %2</source>
        <translation>%1 在 GPU Fleet 未发出请求的情况下停止了：%2</translation>
    </message>
    <message>
        <source>%1 disappeared</source>
        <translation>%1 已消失</translation>
    </message>
    <message>
        <source>%1 is no longer listed by the provider, without a delete from GPU Fleet.</source>
        <translation>服务商已不再列出 %1，而 GPU Fleet 并未删除它。</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 已就绪</translation>
    </message>
    <message>
        <source>%1 is ready — %2</source>
        <translation>%1 已就绪 — %2</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <source>%1 is running but SSH is not answering yet</source>
        <translation>%1 正在运行，但 SSH 尚无响应</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <source>Today&apos;s spend across all accounts is heading for %1, over the daily budget of %2.</source>
        <translation>所有账户今天的支出预计将达到 %1，超过每日预算 %2。</translation>
    </message>
    <message>
        <source>Today&apos;s spend on %1 is heading for %2, over its daily budget of %3.</source>
        <translation>%1 今天的支出预计将达到 %2，超过其每日预算 %3。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 is taking long</source>
        <translation>%1 耗时过长</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been starting for %n minute(s) (%2).</source>
        <translation>
            <numerusform>%1 已启动了 %n 分钟（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been running for %n hour(s).</source>
        <translation>
            <numerusform>%1 已运行 %n 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 so far.</source>
        <translation>迄今约 %1。</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 小时后提醒</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 仍在运行</translation>
    </message>
</context>
<context>
    <name>NovitaClient</name>
    <message>
        <source>the provider sent the same page of instances twice</source>
        <translation>服务商两次发送了相同的实例页面</translation>
    </message>
    <message>
        <source>the instance list did not end after %1 pages</source>
        <translation>实例列表在 %1 页后仍未结束</translation>
    </message>
    <message>
        <source>no instance id</source>
        <translation>没有实例 ID</translation>
    </message>
</context>
<context>
    <name>NovitaParser</name>
    <message>
        <source>instance without an id</source>
        <translation>实例没有 ID</translation>
    </message>
    <message>
        <source>no instance id in the create response</source>
        <translation>创建响应中没有实例 ID</translation>
    </message>
    <message>
        <source>empty response</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>unexpected type of &quot;%1&quot;</source>
        <translation>“%1”的类型不符合预期</translation>
    </message>
    <message>
        <source>Spot instance was reclaimed</source>
        <translation>竞价实例已被回收</translation>
    </message>
    <message>
        <source>Spot instance is about to be reclaimed</source>
        <translation>竞价实例即将被回收</translation>
    </message>
</context>
<context>
    <name>NovitaRequests</name>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>The product id is too long.</source>
        <translation>产品 ID 过长。</translation>
    </message>
    <message>
        <source>The GPU count must be between %1 and %2.</source>
        <translation>GPU 数量必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The disk size must be between %1 and %2 GB.</source>
        <translation>磁盘大小必须在 %1 到 %2 GB 之间。</translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation>请输入容器镜像。</translation>
    </message>
    <message>
        <source>The container image must be at most %1 characters on one line.</source>
        <translation>容器镜像必须写在一行内，且最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name must be at most %1 characters on one line.</source>
        <translation>名称必须写在一行内，且最多 %1 个字符。</translation>
    </message>
    <message>
        <source>At most %1 environment variables are allowed.</source>
        <translation>最多允许 %1 个环境变量。</translation>
    </message>
    <message>
        <source>Environment variable names must be 1 to %1 characters.</source>
        <translation>环境变量名称必须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>Environment variable values must be at most %1 characters.</source>
        <translation>环境变量的值最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Ports are written as port/protocol with protocol tcp or http, e.g. &quot;8888/http, 22/tcp&quot; (&quot;%1&quot; is not).</source>
        <translation>端口应写成 端口/协议，协议为 tcp 或 http，例如“8888/http, 22/tcp”（“%1”不符合）。</translation>
    </message>
    <message>
        <source>Port %1 is outside 1 to 65535.</source>
        <translation>端口 %1 超出 1 到 65535 的范围。</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are reserved by Novita.</source>
        <translation>端口 %1 到 %2 由 Novita 保留。</translation>
    </message>
    <message>
        <source>Port %1 is listed twice.</source>
        <translation>端口 %1 重复列出。</translation>
    </message>
    <message>
        <source>At most %1 ports can be exposed.</source>
        <translation>最多可开放 %1 个端口。</translation>
    </message>
</context>
<context>
    <name>OfferingTable</name>
    <message>
        <source>%1 vCPU · %2 GB</source>
        <extracomment>vCPUs and RAM of a product, e.g. &quot;16 vCPU · 62 GB&quot;</extracomment>
        <translation>%1 vCPU · %2 GB</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>vCPU / RAM</source>
        <translation>vCPU / 内存</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>每小时价格</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>vCPU / RAM per GPU</source>
        <translation>每 GPU 的 vCPU / 内存</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>目前不可用</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>库存 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存紧张</translation>
    </message>
    <message>
        <source>Plenty</source>
        <translation>充足</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Sa&amp;ve as Preset…</source>
        <translation>保存为预设(&amp;V)…</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>尚无预设</translation>
    </message>
    <message>
        <source>Choose a preset</source>
        <translation>选择预设</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Preset name (instance names are not saved: each instance gets a new one):</source>
        <translation>预设名称（不保存实例名称：每个实例都会获得新名称）：</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Could not reach the provider</source>
        <translation>无法连接到服务商</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>服务商未能及时应答</translation>
    </message>
    <message>
        <source>The API key was rejected (check or replace the key)</source>
        <translation>API 密钥被拒绝（请检查或更换密钥）</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (missing scope, permission or account tier)</source>
        <translation>API 密钥无权执行此操作（缺少作用域、权限或账户等级不够）</translation>
    </message>
    <message>
        <source>Instance not found</source>
        <translation>未找到实例</translation>
    </message>
    <message>
        <source>Rate limited by the provider; retrying later</source>
        <translation>服务商限制了请求频率；稍后重试</translation>
    </message>
    <message>
        <source>The provider refused the request</source>
        <translation>服务商拒绝了请求</translation>
    </message>
    <message>
        <source>The instance is not in a state that allows this</source>
        <translation>实例当前的状态不允许此操作</translation>
    </message>
    <message>
        <source>The provider had an internal error</source>
        <translation>服务商发生内部错误</translation>
    </message>
    <message>
        <source>The provider sent a response GPU Fleet cannot read</source>
        <translation>服务商发送了 GPU Fleet 无法读取的响应</translation>
    </message>
    <message>
        <source>Refused to send the API key over plain HTTP to a non-local host; use https://</source>
        <translation>拒绝通过明文 HTTP 向非本机主机发送 API 密钥；请使用 https://</translation>
    </message>
    <message>
        <source>The provider does not support this action</source>
        <translation>服务商不支持此操作</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No API key was found for this account: enter it in the account settings, or unlock your keyring if it is locked.</source>
        <translation>未找到此账户的 API 密钥：请在账户设置中输入；如果密钥环已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service such as gnome-keyring or KWallet, or unlock your keyring.</source>
        <translation>没有可用的密钥环：请启动 gnome-keyring 或 KWallet 等 Secret Service，或解锁您的密钥环。</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it (for example in Passwords and Keys) and try again.</source>
        <translation>您的密钥环已锁定：请解锁（例如在“密码和密钥”中）后重试。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: allow GPU Fleet to use your keyring and try again.</source>
        <translation>访问密钥环被拒绝：请允许 GPU Fleet 使用您的密钥环后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error: try again, and check your Secret Service if it keeps failing.</source>
        <translation>密钥环报告了错误：请重试；如果持续失败，请检查您的 Secret Service。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time GPU Fleet starts.</source>
        <translation>新语言将在 GPU Fleet 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Terminal command:</source>
        <translation>终端命令(&amp;T)：</translation>
    </message>
    <message>
        <source>{cmd} stands for the ssh command. Leave empty to use $TERMINAL, else x-terminal-emulator.</source>
        <translation>{cmd} 代表 ssh 命令。留空则使用 $TERMINAL，否则使用 x-terminal-emulator。</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start GPU Fleet when I &amp;log in</source>
        <translation>登录时启动 GPU Fleet(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>启动时最小化到系统托盘(&amp;M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>While instances are changing, every:</source>
        <translation>实例状态变化时，刷新间隔：</translation>
    </message>
    <message>
        <source>When everything is steady, every:</source>
        <translation>一切稳定时，刷新间隔：</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>&amp;Keep ~/.ssh config entries for my instances</source>
        <translation>在 ~/.ssh 配置中维护我的实例条目(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>通知以下事件</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>&amp;Still running after:</source>
        <translation>仍在运行提醒(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Remind again every:</source>
        <translation>再次提醒间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation>费用(&amp;C)</translation>
    </message>
    <message>
        <source>fal.ai publishes no prices through its API. Enter what you pay per hour for each instance type to see costs and budgets for fal.ai instances.</source>
        <translation>fal.ai 不通过其 API 公布价格。请为每种实例类型输入您每小时支付的费用，以便查看 fal.ai 实例的费用和预算。</translation>
    </message>
    <message>
        <source>Daily &amp;budget for all accounts:</source>
        <translation>所有账户的每日预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Per account (a still-running threshold left at “Default” uses the one on the Notifications page):</source>
        <translation>按账户设置（“仍在运行”阈值保留为“默认”时，使用“通知”页面上的设置）：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>%1 stuck while starting after:</source>
        <translation>%1 启动卡住判定时间：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>fal.ai instance type</source>
        <translation>fal.ai 实例类型</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>每小时价格</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Still running after</source>
        <translation>仍在运行提醒</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2, so that “ssh &lt;account&gt;-&lt;instance&gt;” works everywhere. Nothing else in your SSH config is changed.</source>
        <translation>在 ~/.ssh/config 顶部添加一行“%1”，并在 %2 中为每个运行中的实例维护一个 Host 条目，这样“ssh &lt;账户&gt;-&lt;实例&gt;”在任何地方都能使用。SSH 配置中的其他内容不会改动。</translation>
    </message>
    <message>
        <source>Could not add the Include line to ~/.ssh/config: %1</source>
        <translation>无法向 ~/.ssh/config 添加 Include 行：%1</translation>
    </message>
    <message>
        <source>Could not remove GPU Fleet&apos;s entries from your SSH config: %1</source>
        <translation>无法从您的 SSH 配置中删除 GPU Fleet 的条目：%1</translation>
    </message>
</context>
<context>
    <name>SshConfigWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Warning: “%1” on line %2 of ~/.ssh/config sets %3 for every host, above the Include; OpenSSH will use it instead of GPU Fleet&apos;s entries.</source>
        <translation>警告：~/.ssh/config 第 %2 行的“%1”在 Include 之前为所有主机设置了 %3；OpenSSH 会使用它，而不是 GPU Fleet 的条目。</translation>
    </message>
    <message>
        <source>(no Host line)</source>
        <translation>（无 Host 行）</translation>
    </message>
</context>
<context>
    <name>SshIntegrationController</name>
    <message>
        <source>Update SSH config</source>
        <translation>更新 SSH 配置</translation>
    </message>
    <message>
        <source>The demo leaves your SSH config alone.</source>
        <translation>演示模式不会改动您的 SSH 配置。</translation>
    </message>
    <message>
        <source>This instance has no SSH alias: it is not running, or its address cannot be written to an SSH config.</source>
        <translation>该实例没有 SSH 别名：它未在运行，或其地址无法写入 SSH 配置。</translation>
    </message>
    <message>
        <source>Add to SSH config</source>
        <translation>添加到 SSH 配置</translation>
    </message>
    <message>
        <source>Let GPU Fleet keep SSH entries for your instances?</source>
        <translation>让 GPU Fleet 为您的实例维护 SSH 条目吗？</translation>
    </message>
    <message>
        <source>GPU Fleet adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2. Nothing else in your SSH config is changed; Settings turns this off again.</source>
        <translation>GPU Fleet 会在 ~/.ssh/config 顶部添加“%1”这一行，并在 %2 中为每个运行中的实例维护一个 Host 条目。SSH 配置的其他内容不会改动；可在设置中再次关闭。</translation>
    </message>
    <message>
        <source>Add the Include line</source>
        <translation>添加 Include 行</translation>
    </message>
    <message>
        <source>Could not add the Include line to ~/.ssh/config: %1</source>
        <translation>无法向 ~/.ssh/config 添加 Include 行：%1</translation>
    </message>
    <message>
        <source>Could not update your SSH config: %1</source>
        <translation>无法更新您的 SSH 配置：%1</translation>
    </message>
    <message>
        <source>The instance is no longer running.</source>
        <translation>该实例已不在运行。</translation>
    </message>
    <message>
        <source>“%1” works now; it is on the clipboard.</source>
        <translation>“%1”现在可用，已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>在 VS Code 中打开</translation>
    </message>
    <message>
        <source>Opening %1 in VS Code…</source>
        <translation>正在 VS Code 中打开 %1…</translation>
    </message>
    <message>
        <source>VS Code&apos;s “code” command was not found. The link %1 is on the clipboard: open it in a browser or with xdg-open to reach VS Code.</source>
        <translation>未找到 VS Code 的“code”命令。链接 %1 已复制到剪贴板：请在浏览器中或用 xdg-open 打开它以进入 VS Code。</translation>
    </message>
</context>
<context>
    <name>SshKeyCreator</name>
    <message>
        <source>Create it &amp;without a passphrase</source>
        <translation>不设密码短语创建(&amp;W)</translation>
    </message>
    <message>
        <source>Create &amp;Key</source>
        <translation>创建密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Runs &lt;tt&gt;ssh-keygen -t ed25519&lt;/tt&gt;. With a passphrase (recommended), ssh-keygen asks for it in a terminal window.</source>
        <translation>运行 &lt;tt&gt;ssh-keygen -t ed25519&lt;/tt&gt;。如果设置密码短语（推荐），ssh-keygen 会在终端窗口中询问。</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>私钥文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter the full path of the new private key file.</source>
        <translation>请输入新私钥文件的完整路径。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在；请选择其他文件名。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>正在创建密钥…</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started; is OpenSSH installed?</source>
        <translation>无法启动 ssh-keygen；是否已安装 OpenSSH？</translation>
    </message>
    <message>
        <source>ssh-keygen failed (exit code %1).</source>
        <translation>ssh-keygen 失败（退出码 %1）。</translation>
    </message>
    <message>
        <source>No terminal emulator found. Run &lt;tt&gt;%1&lt;/tt&gt; in a terminal, then press Refresh.</source>
        <translation>未找到终端模拟器。请在终端中运行 &lt;tt&gt;%1&lt;/tt&gt;，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>Could not start the terminal &quot;%1&quot;. Run &lt;tt&gt;%2&lt;/tt&gt; yourself, then press Refresh.</source>
        <translation>无法启动终端“%1”。请自行运行 &lt;tt&gt;%2&lt;/tt&gt;，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>ssh-keygen is asking for the passphrase in the terminal window. Press Refresh when it is done.</source>
        <translation>ssh-keygen 正在终端窗口中询问密码短语。完成后请点击“刷新”。</translation>
    </message>
</context>
<context>
    <name>SshKeyInspector</name>
    <message>
        <source>No SSH public key given.</source>
        <translation>未提供 SSH 公钥。</translation>
    </message>
    <message>
        <source>This is a private SSH key; it must never be shared. Use the matching .pub file instead.</source>
        <translation>这是 SSH 私钥，绝不能分享。请改用对应的 .pub 文件。</translation>
    </message>
    <message>
        <source>Unsupported SSH key type. Use ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, sk-ssh-ed25519@openssh.com or sk-ecdsa-sha2-nistp256@openssh.com.</source>
        <translation>不支持的 SSH 密钥类型。请使用 ssh-ed25519、ssh-rsa、ecdsa-sha2-nistp256/384/521、sk-ssh-ed25519@openssh.com 或 sk-ecdsa-sha2-nistp256@openssh.com。</translation>
    </message>
    <message>
        <source>The key data is not valid base64; the key may have been cut or changed while copying.</source>
        <translation>密钥数据不是有效的 base64；密钥可能在复制时被截断或改动。</translation>
    </message>
    <message>
        <source>The key data does not match the key type written before it.</source>
        <translation>密钥数据与其前面写明的密钥类型不符。</translation>
    </message>
    <message>
        <source>The key data is incomplete; the key was probably cut while copying.</source>
        <translation>密钥数据不完整；密钥可能在复制时被截断。</translation>
    </message>
    <message>
        <source>This is not an OpenSSH public key (expected &quot;type key comment&quot;, as in a .pub file).</source>
        <translation>这不是 OpenSSH 公钥（应为“类型 密钥 注释”，与 .pub 文件中相同）。</translation>
    </message>
    <message>
        <source>The key file cannot be read (missing, not a regular file, or larger than 64 KiB).</source>
        <translation>无法读取密钥文件（文件不存在、不是普通文件或大于 64 KiB）。</translation>
    </message>
    <message>
        <source>This is a private SSH key; it must never be shared. Use the public key %1 instead.</source>
        <extracomment>%1 is the path of the matching public key file</extracomment>
        <translation>这是 SSH 私钥，绝不能分享。请改用公钥 %1。</translation>
    </message>
    <message>
        <source>Options before the key type (such as from=&quot;...&quot; or command=&quot;...&quot;) are not supported; paste only &quot;type key comment&quot;.</source>
        <translation>不支持密钥类型前的选项（如 from=&quot;...&quot; 或 command=&quot;...&quot;）；请只粘贴“类型 密钥 注释”。</translation>
    </message>
</context>
<context>
    <name>SshKeyPicker</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>粘贴(&amp;P)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Create a Key…</source>
        <translation>创建密钥…</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@host</source>
        <translation>ssh-ed25519 AAAA… you@host</translation>
    </message>
    <message>
        <source>Choose an SSH Public Key</source>
        <translation>选择 SSH 公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>已粘贴</translation>
    </message>
    <message>
        <source>No public key found</source>
        <translation>未找到公钥</translation>
    </message>
    <message>
        <source>No SSH public key in %1. Create one, browse for one or paste one.</source>
        <translation>%1 中没有 SSH 公钥。请创建、浏览选择或粘贴一个。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>粘贴的密钥</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>SSH key in a list: type · comment · fingerprint</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TerminalLauncher</name>
    <message>
        <source>%1 has no usable SSH endpoint.</source>
        <translation>%1 没有可用的 SSH 端点。</translation>
    </message>
    <message>
        <source>No terminal emulator found: set $TERMINAL, install x-terminal-emulator, or set %1 in the settings (&quot;{cmd}&quot; stands for the ssh command).</source>
        <translation>未找到终端模拟器：请设置 $TERMINAL、安装 x-terminal-emulator，或在设置中设置 %1（“{cmd}”代表 ssh 命令）。</translation>
    </message>
    <message>
        <source>Could not start the terminal &quot;%1&quot;.</source>
        <translation>无法启动终端“%1”。</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>GPU Fleet</source>
        <translation>GPU Fleet</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>没有运行中的实例</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a price)</source>
        <translation>
            <numerusform>（%n 个无价格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n 个状态变化中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with errors</source>
        <translation>
            <numerusform>%n 个账户出错</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 on %2 (%3) — %4</source>
        <translation>• %2 上的 %1（%3）— %4</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>Instances keep billing</source>
        <translation>实例仍在计费</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will keep running, and billing, after GPU Fleet quits: %1 in total.</source>
        <translation>
            <numerusform>GPU Fleet 退出后，%n 个实例将继续运行并计费：总计 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without a known price.</source>
        <translation>
            <numerusform>其中 %n 个没有已知价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <source>Cancel logout</source>
        <translation>取消注销</translation>
    </message>
    <message>
        <source>Keep running in tray</source>
        <translation>在系统托盘中继续运行</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>不退出</translation>
    </message>
    <message>
        <source>GPU Fleet is still running</source>
        <translation>GPU Fleet 仍在运行</translation>
    </message>
    <message>
        <source>It keeps watching your instances from the tray. Choose Quit in the tray menu to leave.</source>
        <translation>它会在系统托盘中继续监视您的实例。要退出，请在托盘菜单中选择“退出”。</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>No instances running</source>
        <translation>没有运行中的实例</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation>在终端中打开</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message numerus="yes">
        <source>%n more running (Show window)</source>
        <translation>
            <numerusform>另有 %n 个正在运行（显示窗口）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayWiring</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a price)</source>
        <translation>
            <numerusform>（%n 个无价格）</numerusform>
        </translation>
    </message>
</context>
</TS>
