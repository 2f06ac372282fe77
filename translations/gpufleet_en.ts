<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountCommand</name>
    <message>
        <source>API key (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: gpufleet account add|list|remove ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal, novita or nebulablock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unique name for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL instead of the provider&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user instead of the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the key without one test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be fal, novita or nebulablock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key on standard input (pipe it in: first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 account &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key did not work, nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet; add one with: gpufleet account add --provider ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete the key from the keychain, account kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountConnector</name>
    <message>
        <source>This provider is not supported by this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountHealthBar</name>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to date. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refreshing… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stale since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: showing last-known instances, not refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Last-known instances stay on screen, greyed. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a shorter account name (at most %1 characters) without line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account already has this name: choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an https:// endpoint address (plain http:// only for this computer), without a user name or password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an SSH user name made of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is not a valid UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider of an account cannot change: add a new account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account settings could not be saved: check that the configuration folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an account to poll it, untick to pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fal personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSH user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (poll this account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This Session &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the key in memory until GPU Fleet quits; it is never written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep the key for this session only: it stays in memory and is forgotten when GPU Fleet quits. It is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The API key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The API key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain and GPU Fleet stops showing its instances. The instances themselves keep running at %1 and keep billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message>
        <source>the instance&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>really delete: the instance and its data are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs --yes: instance %1 on %2 and all its data would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support %2; only delete stops its billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requested for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionConfirmations</name>
    <message>
        <source>Delete Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the instance “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n instance(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting destroys the instance(s) and everything on their disks: files, installed software, results not copied elsewhere. This cannot be undone. Billing stops once the deletion completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n Instance(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %n instance(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running programs are ended and anything held only in memory is lost. Disks are kept; some providers keep billing for storage while stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %n Instance(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %n instance(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running programs are ended and anything held only in memory is lost; SSH sessions drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %n Instance(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Open in terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n instance(s) requested</source>
        <translation>
            <numerusform>%1: %n instance requested</numerusform>
            <numerusform>%1: %n instances requested</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (not by GPU Fleet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone (deleted outside GPU Fleet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated cloud on 127.0.0.1; nothing real is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing every account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell where GPU Fleet is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--account LABEL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account labelled &quot;%1&quot; (see: gpufleet account list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key stored for account &quot;%1&quot;; remove and add the account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: instance %2 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message numerus="yes">
        <source>%1: expected %n argument(s), got %2</source>
        <translation>
            <numerusform>%1: expected %n argument, got %2</numerusform>
            <numerusform>%1: expected %n arguments, got %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>This provider cannot be tested here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n instance(s) listed.</source>
        <translation>
            <numerusform>Connected to %1: %n instance listed.</numerusform>
            <numerusform>Connected to %1: %n instances listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected this API key. Check that you pasted the whole key and that it has not been revoked or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the key but it may not list instances (missing scope or permission; fal keys need the ADMIN scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCatalogue</name>
    <message>
        <source>The catalogue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account offers no products right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products could not be loaded; press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>the account to create on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal instance type, Novita or Nebula Block product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH public key file (.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of GPUs (Novita, 1-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novita image URL or Nebula Block image id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root disk in GB (Novita)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal sector_1..3, 8x types only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offering is required (see: gpufleet offerings --account %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal.ai offerings are gpu_1x_h100_sxm5 and gpu_8x_h100_sxm5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal.ai takes --sector only with gpu_8x_h100_sxm5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sector must be sector_1, sector_2 or sector_3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --ssh-key FILE.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ssh-key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpus must be a number from 1 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disk must be a number of GB from 10 to 6144</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: use 1 to 63 letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no offering &quot;%2&quot; (see: gpufleet offerings --account %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offering %1 is not available right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disk: %1 allows at most %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disk: %1 needs at least %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OS image matches %1 (region %2); pass --image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 on %2 (status: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFormRules</name>
    <message>
        <source>Environment line %1 is not KEY=VALUE (KEY: letters, digits, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 environment variables are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name: it is how the new instance is found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only letters, digits and hyphens (at most 63, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: choose a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 (your price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: not published by fal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 (%2 × %3)</source>
        <extracomment>total per hour, then GPUs × price per GPU-hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered with Nebula Block as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key will be registered with Nebula Block when the instance is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateInstanceController</name>
    <message>
        <source>this account has no connection (is its API key stored?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateInstanceDialog</name>
    <message>
        <source>New Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InfiniBand placement; only 8× H100 instances have sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal does not publish prices in its API: enter what your plan charges to see it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up a new unique name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 8888/http, 22/tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, one KEY=VALUE per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>account picker entry: account label (provider name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first (Accounts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateInstanceFields</name>
    <message>
        <source>%1× %2 (%3 vCPU · %4 GB RAM)</source>
        <extracomment>fal instance type, e.g. &quot;8× H100 (128 vCPU · 1600 GB RAM)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any (fal chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image for this product&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instance type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an available product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OS image (none is offered in this product&apos;s region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SSH public key: it is how you will log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1</source>
        <extracomment>a fal sector, e.g. &quot;Sector 2&quot; for sector_2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Could not create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated cloud could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FalClient</name>
    <message>
        <source>the provider reported more instances but sent no cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider repeated a page cursor; the list was not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance list has more than %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FalParser</name>
    <message>
        <source>empty response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance list has no &quot;instances&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fal instance type; use %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH public key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a private key; paste the public key (the .pub file) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an OpenSSH public key line; paste the contents of the .pub file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sector can only be chosen for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector must be sector_1, sector_2 or sector_3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, ID, IP, GPU, account (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one provider only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: running or on the way (billing); stopped: stopped or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetSummaryLabel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ $%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running instances and their total price per hour; some prices are unknown and not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running instances and their total price per hour.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Usage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h · $%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ estimated: the start was observed by GPU Fleet or the price was entered by you. * some hours have no known price. Kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>response larger than %1; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to another host refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the provider answered; the request was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the whole response arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceCommand</name>
    <message>
        <source>only this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet; add one with: gpufleet account add --provider ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key stored; remove and add the account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: instance %2 is not reachable over SSH yet (status: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account whose catalogue to list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again after a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable over SSH yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password (cleared from the clipboard in %n second(s))</source>
        <translation>
            <numerusform>Password (cleared from the clipboard in %n second)</numerusform>
            <numerusform>Password (cleared from the clipboard in %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceFormat</name>
    <message>
        <source>$%1/h</source>
        <extracomment>price per hour of an instance; %1 is the amount in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU model and how many of them, e.g. &quot;H100 × 8&quot;; &quot;GPU × 2&quot; when the model is unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceStatus</name>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>a status GPU Fleet does not know; %1 is the provider&apos;s raw status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new GPU instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SSH command of the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public IP address of the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an SSH session in your terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every detail of the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove provider accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit GPU Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n SSH command(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n SSH command to the clipboard.</numerusform>
            <numerusform>Copied %n SSH commands to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n IP address(es) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n IP address to the clipboard.</numerusform>
            <numerusform>Copied %n IP addresses to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Fleet — Demo (simulated cloud, no real instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and estimated cost per account: today, this week, this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to SSH &amp;Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance a Host entry in your SSH config and copy “ssh &lt;alias&gt;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;VS Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the instance in VS Code over Remote-SSH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NebulaBlockCatalogueParser</name>
    <message>
        <source>the product list &quot;data&quot; is not a region map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image list &quot;data&quot; is not a region map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;data&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH key list &quot;ssh_keys&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new SSH key has no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NebulaBlockClient</name>
    <message>
        <source>The instance id is empty or contains unexpected characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent the same page again at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NebulaBlockCreation</name>
    <message>
        <source>no usable answer to the create request for &quot;%1&quot; and it is not in the instance list; check the list before creating it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nebula Block accepted &quot;%1&quot; but it is not in the instance list yet; it should appear shortly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NebulaBlockJson</name>
    <message>
        <source>empty response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NebulaBlockParser</name>
    <message>
        <source>the instance list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance list &quot;data&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance detail is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance has no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NebulaBlockRequests</name>
    <message>
        <source>The instance name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Nebula Block product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OS image for the product&apos;s region and data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Instance ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance stuck while starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entered an error state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entered an error state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped without a request from GPU Fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped without a request from GPU Fleet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer listed by the provider, without a delete from GPU Fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running but SSH is not answering yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s spend across all accounts is heading for %1, over the daily budget of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s spend on %1 is heading for %2, over its daily budget of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taking long</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has been starting for %n minute(s) (%2).</source>
        <translation>
            <numerusform>%1 has been starting for %n minute (%2).</numerusform>
            <numerusform>%1 has been starting for %n minutes (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been running for %n hour(s).</source>
        <translation>
            <numerusform>%1 has been running for %n hour.</numerusform>
            <numerusform>%1 has been running for %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NovitaClient</name>
    <message>
        <source>the provider sent the same page of instances twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance list did not end after %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NovitaParser</name>
    <message>
        <source>instance without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance id in the create response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected type of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instance was reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instance is about to be reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NovitaRequests</name>
    <message>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product id is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU count must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk size must be between %1 and %2 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image must be at most %1 characters on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be at most %1 characters on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 environment variables are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable names must be 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable values must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are written as port/protocol with protocol tcp or http, e.g. &quot;8888/http, 22/tcp&quot; (&quot;%1&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is outside 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports %1 to %2 are reserved by Novita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 ports can be exposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferingTable</name>
    <message>
        <source>%1 vCPU · %2 GB</source>
        <extracomment>vCPUs and RAM of a product, e.g. &quot;16 vCPU · 62 GB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU / RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU / RAM per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Sa&amp;ve as Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name (instance names are not saved: each instance gets a new one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Could not reach the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected (check or replace the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (missing scope, permission or account tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited by the provider; retrying later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is not in a state that allows this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a response GPU Fleet cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send the API key over plain HTTP to a non-local host; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not support this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No API key was found for this account: enter it in the account settings, or unlock your keyring if it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service such as gnome-keyring or KWallet, or unlock your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it (for example in Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied: allow GPU Fleet to use your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: try again, and check your Secret Service if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time GPU Fleet starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cmd} stands for the ssh command. Leave empty to use $TERMINAL, else x-terminal-emulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start GPU Fleet when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While instances are changing, every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When everything is steady, every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep ~/.ssh config entries for my instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Still running after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind again every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal.ai publishes no prices through its API. Enter what you pay per hour for each instance type to see costs and budgets for fal.ai instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;budget for all accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per account (a still-running threshold left at “Default” uses the one on the Notifications page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stuck while starting after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fal.ai instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2, so that “ssh &lt;account&gt;-&lt;instance&gt;” works everywhere. Nothing else in your SSH config is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the Include line to ~/.ssh/config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove GPU Fleet&apos;s entries from your SSH config: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: “%1” on line %2 of ~/.ssh/config sets %3 for every host, above the Include; OpenSSH will use it instead of GPU Fleet&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no Host line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshIntegrationController</name>
    <message>
        <source>Update SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo leaves your SSH config alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no SSH alias: it is not running, or its address cannot be written to an SSH config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let GPU Fleet keep SSH entries for your instances?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Fleet adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2. Nothing else in your SSH config is changed; Settings turns this off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Include line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the Include line to ~/.ssh/config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update your SSH config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” works now; it is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 in VS Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS Code&apos;s “code” command was not found. The link %1 is on the clipboard: open it in a browser or with xdg-open to reach VS Code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeyCreator</name>
    <message>
        <source>Create it &amp;without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &lt;tt&gt;ssh-keygen -t ed25519&lt;/tt&gt;. With a passphrase (recommended), ssh-keygen asks for it in a terminal window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the new private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen could not be started; is OpenSSH installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal emulator found. Run &lt;tt&gt;%1&lt;/tt&gt; in a terminal, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the terminal &quot;%1&quot;. Run &lt;tt&gt;%2&lt;/tt&gt; yourself, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen is asking for the passphrase in the terminal window. Press Refresh when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeyInspector</name>
    <message>
        <source>No SSH public key given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private SSH key; it must never be shared. Use the matching .pub file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported SSH key type. Use ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, sk-ssh-ed25519@openssh.com or sk-ecdsa-sha2-nistp256@openssh.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data is not valid base64; the key may have been cut or changed while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data does not match the key type written before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data is incomplete; the key was probably cut while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OpenSSH public key (expected &quot;type key comment&quot;, as in a .pub file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be read (missing, not a regular file, or larger than 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private SSH key; it must never be shared. Use the public key %1 instead.</source>
        <extracomment>%1 is the path of the matching public key file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options before the key type (such as from=&quot;...&quot; or command=&quot;...&quot;) are not supported; paste only &quot;type key comment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeyPicker</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SSH Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH public key in %1. Create one, browse for one or paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>SSH key in a list: type · comment · fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalLauncher</name>
    <message>
        <source>%1 has no usable SSH endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal emulator found: set $TERMINAL, install x-terminal-emulator, or set %1 in the settings (&quot;{cmd}&quot; stands for the ssh command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the terminal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>GPU Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a price)</source>
        <translation>
            <numerusform>(%n without a price)</numerusform>
            <numerusform>(%n without a price)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n changing state</numerusform>
            <numerusform>%n changing state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with errors</source>
        <translation>
            <numerusform>%n account with errors</numerusform>
            <numerusform>%n accounts with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 on %2 (%3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances keep billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will keep running, and billing, after GPU Fleet quits: %1 in total.</source>
        <translation>
            <numerusform>%n instance will keep running, and billing, after GPU Fleet quits: %1 in total.</numerusform>
            <numerusform>%n instances will keep running, and billing, after GPU Fleet quits: %1 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without a known price.</source>
        <translation>
            <numerusform>%n of them without a known price.</numerusform>
            <numerusform>%n of them without a known price.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Fleet is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps watching your instances from the tray. Choose Quit in the tray menu to leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>No instances running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more running (Show window)</source>
        <translation>
            <numerusform>%n more running (Show window)</numerusform>
            <numerusform>%n more running (Show window)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayWiring</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a price)</source>
        <translation>
            <numerusform>(%n without a price)</numerusform>
            <numerusform>(%n without a price)</numerusform>
        </translation>
    </message>
</context>
</TS>
