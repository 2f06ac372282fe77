<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommand</name>
    <message>
        <source>API key (not shown): </source>
        <translation>API-Schlüssel (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>usage: gpufleet account add|list|remove ...</source>
        <translation>Aufruf: gpufleet account add|list|remove ...</translation>
    </message>
    <message>
        <source>fal, novita or nebulablock</source>
        <translation>fal, novita oder nebulablock</translation>
    </message>
    <message>
        <source>a unique name for this account</source>
        <translation>ein eindeutiger Name für dieses Konto</translation>
    </message>
    <message>
        <source>base URL instead of the provider&apos;s</source>
        <translation>Basis-URL anstelle der des Anbieters</translation>
    </message>
    <message>
        <source>SSH user instead of the provider&apos;s default</source>
        <translation>SSH-Benutzer anstelle der Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source>store the key without one test call</source>
        <translation>den Schlüssel ohne Testaufruf speichern</translation>
    </message>
    <message>
        <source>--provider must be fal, novita or nebulablock</source>
        <translation>--provider muss fal, novita oder nebulablock sein</translation>
    </message>
    <message>
        <source>--endpoint is not a valid URL</source>
        <translation>--endpoint ist keine gültige URL</translation>
    </message>
    <message>
        <source>no API key on standard input (pipe it in: first line)</source>
        <translation>kein API-Schlüssel auf der Standardeingabe (per Pipe übergeben: erste Zeile)</translation>
    </message>
    <message>
        <source>Added %1 account &quot;%2&quot;.</source>
        <translation>%1-Konto „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>the key did not work, nothing was saved: %1</source>
        <translation>der Schlüssel funktionierte nicht, nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>No accounts yet; add one with: gpufleet account add --provider ...</source>
        <translation>Noch keine Konten; fügen Sie eines hinzu mit: gpufleet account add --provider ...</translation>
    </message>
    <message>
        <source>could not delete the key from the keychain, account kept: %1</source>
        <translation>der Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden, das Konto bleibt: %1</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its key.</source>
        <translation>Konto „%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>AccountConnector</name>
    <message>
        <source>This provider is not supported by this build.</source>
        <translation>Dieser Anbieter wird von diesem Build nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>AccountHealthBar</name>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation>Zuletzt aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>Noch nicht aktualisiert.</translation>
    </message>
    <message>
        <source>%1: up to date. %2</source>
        <translation>%1: aktuell. %2</translation>
    </message>
    <message>
        <source>%1: refreshing… %2</source>
        <translation>%1: wird aktualisiert … %2</translation>
    </message>
    <message>
        <source>(stale since %1)</source>
        <translation>(veraltet seit %1)</translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation>(zwischengespeichert)</translation>
    </message>
    <message>
        <source>%1: showing last-known instances, not refreshed yet.</source>
        <translation>%1: zeigt die zuletzt bekannten Instanzen, noch nicht aktualisiert.</translation>
    </message>
    <message>
        <source>(error)</source>
        <translation>(Fehler)</translation>
    </message>
    <message>
        <source>%1: %2
Last-known instances stay on screen, greyed. %3</source>
        <translation>%1: %2
Die zuletzt bekannten Instanzen bleiben ausgegraut sichtbar. %3</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Use a shorter account name (at most %1 characters) without line breaks or control characters.</source>
        <translation>Verwenden Sie einen kürzeren Kontonamen (höchstens %1 Zeichen) ohne Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>Another account already has this name: choose a different one.</source>
        <translation>Ein anderes Konto hat bereits diesen Namen: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Enter an https:// endpoint address (plain http:// only for this computer), without a user name or password in it.</source>
        <translation>Geben Sie eine https://-Endpunktadresse ein (einfaches http:// nur für diesen Computer), ohne Benutzername oder Passwort darin.</translation>
    </message>
    <message>
        <source>Enter an SSH user name made of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Geben Sie einen SSH-Benutzernamen aus Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos; ein.</translation>
    </message>
    <message>
        <source>The account id is not a valid UUID.</source>
        <translation>Die Konto-ID ist keine gültige UUID.</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>Ein Konto mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The provider of an account cannot change: add a new account instead.</source>
        <translation>Der Anbieter eines Kontos kann nicht geändert werden: Fügen Sie stattdessen ein neues Konto hinzu.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account settings could not be saved: check that the configuration folder is writable.</source>
        <translation>Die Kontoeinstellungen konnten nicht gespeichert werden: Prüfen Sie, ob der Konfigurationsordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Tick an account to poll it, untick to pause it</source>
        <translation>Haken setzen, um ein Konto abzufragen, Haken entfernen, um es zu pausieren</translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation>&amp;Neues Konto</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. fal personal</source>
        <translation>z. B. fal privat</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>End&amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;SSH user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Enabled (poll this account)</source>
        <translation>A&amp;ktiv (dieses Konto abfragen)</translation>
    </message>
    <message>
        <source>Keep for This Session &amp;Only</source>
        <translation>Nur für diese Sitz&amp;ung behalten</translation>
    </message>
    <message>
        <source>Hold the key in memory until GPU Fleet quits; it is never written to disk</source>
        <translation>Den Schlüssel bis zum Beenden von GPU Fleet im Speicher halten; er wird nie auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spe&amp;ichern</translation>
    </message>
    <message>
        <source>(key for this session only)</source>
        <translation>(Schlüssel nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>Account “%1”</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new key to replace it</source>
        <translation>Nur für diese Sitzung behalten; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key</source>
        <translation>API-Schlüssel des Anbieters einfügen</translation>
    </message>
    <message>
        <source>Enter the account&apos;s API key.</source>
        <translation>Geben Sie den API-Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>You can keep the key for this session only: it stays in memory and is forgotten when GPU Fleet quits. It is never written to disk.</source>
        <translation>Sie können den Schlüssel nur für diese Sitzung behalten: Er bleibt im Speicher und wird beim Beenden von GPU Fleet vergessen. Er wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Saved. The API key is in the keychain.</source>
        <translation>Gespeichert. Der API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved. The API key is kept for this session only.</source>
        <translation>Gespeichert. Der API-Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Konto entfernt.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain and GPU Fleet stops showing its instances. The instances themselves keep running at %1 and keep billing.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht und GPU Fleet zeigt seine Instanzen nicht mehr an. Die Instanzen selbst laufen bei %1 weiter und werden weiter abgerechnet.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message>
        <source>the instance&apos;s account</source>
        <translation>das Konto der Instanz</translation>
    </message>
    <message>
        <source>really delete: the instance and its data are lost</source>
        <translation>wirklich löschen: Die Instanz und ihre Daten gehen verloren</translation>
    </message>
    <message>
        <source>delete needs --yes: instance %1 on %2 and all its data would be lost</source>
        <translation>delete braucht --yes: Instanz %1 bei %2 und alle ihre Daten gingen verloren</translation>
    </message>
    <message>
        <source>%1 does not support %2; only delete stops its billing</source>
        <translation>%1 unterstützt %2 nicht; nur delete beendet die Abrechnung</translation>
    </message>
    <message>
        <source>%1: %2 requested for %3</source>
        <translation>%1: %2 angefordert für %3</translation>
    </message>
</context>
<context>
    <name>ActionConfirmations</name>
    <message>
        <source>Delete Instances</source>
        <translation>Instanzen löschen</translation>
    </message>
    <message>
        <source>Delete the instance “%1”?</source>
        <translation>Die Instanz „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete %n instance(s)?</source>
        <translation>%n Instanzen löschen?</translation>
    </message>
    <message>
        <source>Deleting destroys the instance(s) and everything on their disks: files, installed software, results not copied elsewhere. This cannot be undone. Billing stops once the deletion completes.</source>
        <translation>Löschen zerstört die Instanz(en) und alles auf ihren Datenträgern: Dateien, installierte Software, nicht anderswo gesicherte Ergebnisse. Das kann nicht rückgängig gemacht werden. Die Abrechnung endet, sobald das Löschen abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %n Instance(s)</source>
        <translation>%n Instanzen löschen</translation>
    </message>
    <message>
        <source>Stop Instances</source>
        <translation>Instanzen stoppen</translation>
    </message>
    <message>
        <source>Stop %n instance(s)?</source>
        <translation>%n Instanzen stoppen?</translation>
    </message>
    <message>
        <source>Running programs are ended and anything held only in memory is lost. Disks are kept; some providers keep billing for storage while stopped.</source>
        <translation>Laufende Programme werden beendet und alles, was nur im Arbeitsspeicher liegt, geht verloren. Datenträger bleiben erhalten; manche Anbieter berechnen den Speicher auch im gestoppten Zustand weiter.</translation>
    </message>
    <message>
        <source>Stop %n Instance(s)</source>
        <translation>%n Instanzen stoppen</translation>
    </message>
    <message>
        <source>Restart Instances</source>
        <translation>Instanzen neu starten</translation>
    </message>
    <message>
        <source>Restart %n instance(s)?</source>
        <translation>%n Instanzen neu starten?</translation>
    </message>
    <message>
        <source>Running programs are ended and anything held only in memory is lost; SSH sessions drop.</source>
        <translation>Laufende Programme werden beendet und alles, was nur im Arbeitsspeicher liegt, geht verloren; SSH-Sitzungen brechen ab.</translation>
    </message>
    <message>
        <source>Restart %n Instance(s)</source>
        <translation>%n Instanzen neu starten</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Open in terminal</source>
        <translation>Im Terminal öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Account not connected</source>
        <translation>Konto nicht verbunden</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n instance(s) requested</source>
        <translation>
            <numerusform>%1: %n Instanz angefordert</numerusform>
            <numerusform>%1: %n Instanzen angefordert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Vom Anbieter angenommen</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>Läuft – %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stopped (not by GPU Fleet)</source>
        <translation>Gestoppt (nicht durch GPU Fleet)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Gone (deleted outside GPU Fleet)</source>
        <translation>Verschwunden (außerhalb von GPU Fleet gelöscht)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Simulated cloud on 127.0.0.1; nothing real is billed.</source>
        <translation>Simulierte Cloud auf 127.0.0.1; nichts wird wirklich abgerechnet.</translation>
    </message>
    <message>
        <source>Refreshing every account…</source>
        <translation>Alle Konten werden aktualisiert …</translation>
    </message>
    <message>
        <source>Read API key</source>
        <translation>API-Schlüssel lesen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Working again</source>
        <translation>Funktioniert wieder</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt …</translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation>Erstellen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot tell where GPU Fleet is installed.</source>
        <translation>Es lässt sich nicht feststellen, wo GPU Fleet installiert ist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--account LABEL is required</source>
        <translation>--account NAME ist erforderlich</translation>
    </message>
    <message>
        <source>no account labelled &quot;%1&quot; (see: gpufleet account list)</source>
        <translation>kein Konto namens „%1“ (siehe: gpufleet account list)</translation>
    </message>
    <message>
        <source>no API key stored for account &quot;%1&quot;; remove and add the account again</source>
        <translation>kein API-Schlüssel für Konto „%1“ gespeichert; entfernen Sie das Konto und fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: instance %2 not found</source>
        <translation>%1: Instanz %2 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message numerus="yes">
        <source>%1: expected %n argument(s), got %2</source>
        <translation>
            <numerusform>%1: %n Argument erwartet, %2 erhalten</numerusform>
            <numerusform>%1: %n Argumente erwartet, %2 erhalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>This provider cannot be tested here.</source>
        <translation>Dieser Anbieter kann hier nicht getestet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n instance(s) listed.</source>
        <translation>
            <numerusform>Mit %1 verbunden: %n Instanz aufgelistet.</numerusform>
            <numerusform>Mit %1 verbunden: %n Instanzen aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected this API key. Check that you pasted the whole key and that it has not been revoked or expired.</source>
        <translation>%1 hat diesen API-Schlüssel abgelehnt. Prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben und ob er nicht widerrufen oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>%1 accepted the key but it may not list instances (missing scope or permission; fal keys need the ADMIN scope).</source>
        <translation>%1 hat den Schlüssel angenommen, aber er darf keine Instanzen auflisten (fehlender Scope oder fehlende Berechtigung; fal-Schlüssel brauchen den Scope ADMIN).</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3</source>
        <translation>%1 unter %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CreateCatalogue</name>
    <message>
        <source>The catalogue could not be loaded: %1</source>
        <translation>Der Katalog konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen …</translation>
    </message>
    <message>
        <source>This account offers no products right now.</source>
        <translation>Dieses Konto bietet derzeit keine Produkte an.</translation>
    </message>
    <message>
        <source>The products could not be loaded; press Retry.</source>
        <translation>Die Produkte konnten nicht geladen werden; klicken Sie auf „Wiederholen“.</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>the account to create on</source>
        <translation>das Konto, in dem erstellt wird</translation>
    </message>
    <message>
        <source>fal instance type, Novita or Nebula Block product id</source>
        <translation>fal-Instanztyp, Novita- oder Nebula-Block-Produkt-ID</translation>
    </message>
    <message>
        <source>instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <source>OpenSSH public key file (.pub)</source>
        <translation>OpenSSH-Datei mit öffentlichem Schlüssel (.pub)</translation>
    </message>
    <message>
        <source>number of GPUs (Novita, 1-8)</source>
        <translation>Anzahl der GPUs (Novita, 1–8)</translation>
    </message>
    <message>
        <source>Novita image URL or Nebula Block image id</source>
        <translation>Novita-Image-URL oder Nebula-Block-Image-ID</translation>
    </message>
    <message>
        <source>root disk in GB (Novita)</source>
        <translation>Root-Datenträger in GB (Novita)</translation>
    </message>
    <message>
        <source>fal sector_1..3, 8x types only</source>
        <translation>fal sector_1..3, nur 8x-Typen</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 akzeptiert kein --%2</translation>
    </message>
    <message>
        <source>--offering is required (see: gpufleet offerings --account %1)</source>
        <translation>--offering ist erforderlich (siehe: gpufleet offerings --account %1)</translation>
    </message>
    <message>
        <source>fal.ai offerings are gpu_1x_h100_sxm5 and gpu_8x_h100_sxm5</source>
        <translation>Die Angebote von fal.ai sind gpu_1x_h100_sxm5 und gpu_8x_h100_sxm5</translation>
    </message>
    <message>
        <source>fal.ai takes --sector only with gpu_8x_h100_sxm5</source>
        <translation>fal.ai akzeptiert --sector nur mit gpu_8x_h100_sxm5</translation>
    </message>
    <message>
        <source>--sector must be sector_1, sector_2 or sector_3</source>
        <translation>--sector muss sector_1, sector_2 oder sector_3 sein</translation>
    </message>
    <message>
        <source>%1 needs --ssh-key FILE.pub</source>
        <translation>%1 braucht --ssh-key DATEI.pub</translation>
    </message>
    <message>
        <source>--ssh-key: %1</source>
        <translation>--ssh-key: %1</translation>
    </message>
    <message>
        <source>--gpus must be a number from 1 to 8</source>
        <translation>--gpus muss eine Zahl von 1 bis 8 sein</translation>
    </message>
    <message>
        <source>--disk must be a number of GB from 10 to 6144</source>
        <translation>--disk muss eine Anzahl GB von 10 bis 6144 sein</translation>
    </message>
    <message>
        <source>--name: use 1 to 63 letters, digits and hyphens</source>
        <translation>--name: 1 bis 63 Buchstaben, Ziffern und Bindestriche verwenden</translation>
    </message>
    <message>
        <source>%1 has no offering &quot;%2&quot; (see: gpufleet offerings --account %3)</source>
        <translation>%1 hat kein Angebot „%2“ (siehe: gpufleet offerings --account %3)</translation>
    </message>
    <message>
        <source>offering %1 is not available right now</source>
        <translation>Angebot %1 ist derzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>--disk: %1 allows at most %2 GB</source>
        <translation>--disk: %1 erlaubt höchstens %2 GB</translation>
    </message>
    <message>
        <source>--disk: %1 needs at least %2 GB</source>
        <translation>--disk: %1 braucht mindestens %2 GB</translation>
    </message>
    <message>
        <source>no OS image matches %1 (region %2); pass --image</source>
        <translation>kein Betriebssystem-Image passt zu %1 (Region %2); --image angeben</translation>
    </message>
    <message>
        <source>Created %1 on %2 (status: %3)</source>
        <translation>%1 bei %2 erstellt (Status: %3)</translation>
    </message>
</context>
<context>
    <name>CreateFormRules</name>
    <message>
        <source>Environment line %1 is not KEY=VALUE (KEY: letters, digits, _).</source>
        <translation>Umgebungszeile %1 hat nicht die Form SCHLÜSSEL=WERT (SCHLÜSSEL: Buchstaben, Ziffern, _).</translation>
    </message>
    <message>
        <source>At most %1 environment variables are allowed.</source>
        <translation>Höchstens %1 Umgebungsvariablen sind erlaubt.</translation>
    </message>
    <message>
        <source>Enter a name: it is how the new instance is found again.</source>
        <translation>Geben Sie einen Namen ein: Daran wird die neue Instanz wiedergefunden.</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits and hyphens (at most 63, starting with a letter or digit).</source>
        <translation>Der Name darf nur Buchstaben, Ziffern und Bindestriche enthalten (höchstens 63, beginnend mit einem Buchstaben oder einer Ziffer).</translation>
    </message>
    <message>
        <source>Price: choose a product</source>
        <translation>Preis: Wählen Sie ein Produkt</translation>
    </message>
    <message>
        <source>Price: %1 (your price)</source>
        <translation>Preis: %1 (Ihr Preis)</translation>
    </message>
    <message>
        <source>Price: not published by fal</source>
        <translation>Preis: von fal nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Price: not published</source>
        <translation>Preis: nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Price: %1 (%2 × %3)</source>
        <extracomment>total per hour, then GPUs × price per GPU-hour</extracomment>
        <translation>Preis: %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>Already registered with Nebula Block as “%1”.</source>
        <translation>Bereits bei Nebula Block als „%1“ registriert.</translation>
    </message>
    <message>
        <source>This key will be registered with Nebula Block when the instance is created.</source>
        <translation>Dieser Schlüssel wird bei Nebula Block registriert, wenn die Instanz erstellt wird.</translation>
    </message>
</context>
<context>
    <name>CreateInstanceController</name>
    <message>
        <source>this account has no connection (is its API key stored?)</source>
        <translation>dieses Konto hat keine Verbindung (ist sein API-Schlüssel gespeichert?)</translation>
    </message>
</context>
<context>
    <name>CreateInstanceDialog</name>
    <message>
        <source>New Instance</source>
        <translation>Neue Instanz</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation>Instanz&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>InfiniBand placement; only 8× H100 instances have sectors</source>
        <translation>InfiniBand-Platzierung; nur 8× H100-Instanzen haben Sektoren</translation>
    </message>
    <message>
        <source>Your &amp;price:</source>
        <translation>Ihr &amp;Preis:</translation>
    </message>
    <message>
        <source>fal does not publish prices in its API: enter what your plan charges to see it here</source>
        <translation>fal veröffentlicht keine Preise über seine API: Geben Sie ein, was Ihr Tarif kostet, um ihn hier zu sehen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPUs:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>Container &amp;image:</source>
        <translation>Container-&amp;Image:</translation>
    </message>
    <message>
        <source>OS &amp;image:</source>
        <translation>Betriebssystem-&amp;Image:</translation>
    </message>
    <message>
        <source>Root &amp;disk:</source>
        <translation>Root-&amp;Datenträger:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Make up a new unique name</source>
        <translation>Einen neuen eindeutigen Namen ausdenken</translation>
    </message>
    <message>
        <source>New Na&amp;me</source>
        <translation>Neuer Na&amp;me</translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation>SSH-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>optional, e.g. 8888/http, 22/tcp</source>
        <translation>optional, z. B. 8888/http, 22/tcp</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>optional, one KEY=VALUE per line</source>
        <translation>optional, ein SCHLÜSSEL=WERT pro Zeile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>account picker entry: account label (provider name)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>The instance was not created: %1</source>
        <translation>Die Instanz wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Add an account first (Accounts…).</source>
        <translation>Fügen Sie zuerst ein Konto hinzu (Konten …).</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Wählen Sie ein Konto.</translation>
    </message>
</context>
<context>
    <name>CreateInstanceFields</name>
    <message>
        <source>%1× %2 (%3 vCPU · %4 GB RAM)</source>
        <extracomment>fal instance type, e.g. &quot;8× H100 (128 vCPU · 1600 GB RAM)&quot;</extracomment>
        <translation>%1× %2 (%3 vCPU · %4 GB RAM)</translation>
    </message>
    <message>
        <source>Any (fal chooses)</source>
        <translation>Beliebig (fal wählt)</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>Beliebiger Cluster</translation>
    </message>
    <message>
        <source>No image for this product&apos;s region</source>
        <translation>Kein Image für die Region dieses Produkts</translation>
    </message>
    <message>
        <source>Choose an instance type.</source>
        <translation>Wählen Sie einen Instanztyp.</translation>
    </message>
    <message>
        <source>Choose an available product.</source>
        <translation>Wählen Sie ein verfügbares Produkt.</translation>
    </message>
    <message>
        <source>Choose an OS image (none is offered in this product&apos;s region).</source>
        <translation>Wählen Sie ein Betriebssystem-Image (in der Region dieses Produkts wird keines angeboten).</translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation>Geben Sie ein Container-Image an.</translation>
    </message>
    <message>
        <source>Choose an SSH public key: it is how you will log in.</source>
        <translation>Wählen Sie einen öffentlichen SSH-Schlüssel: Damit melden Sie sich an.</translation>
    </message>
    <message>
        <source>Sector %1</source>
        <extracomment>a fal sector, e.g. &quot;Sector 2&quot; for sector_2</extracomment>
        <translation>Sektor %1</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Could not create a temporary directory: %1</source>
        <translation>Ein temporäres Verzeichnis konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The simulated cloud could not listen on 127.0.0.1.</source>
        <translation>Die simulierte Cloud konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>FalClient</name>
    <message>
        <source>the provider reported more instances but sent no cursor</source>
        <translation>der Anbieter meldete weitere Instanzen, sendete aber keinen Cursor</translation>
    </message>
    <message>
        <source>the provider repeated a page cursor; the list was not completed</source>
        <translation>der Anbieter wiederholte einen Seiten-Cursor; die Liste wurde nicht vervollständigt</translation>
    </message>
    <message>
        <source>the instance list has more than %1 pages</source>
        <translation>die Instanzliste hat mehr als %1 Seiten</translation>
    </message>
    <message>
        <source>invalid instance id</source>
        <translation>ungültige Instanz-ID</translation>
    </message>
    <message>
        <source>invalid idempotency key</source>
        <translation>ungültiger Idempotenzschlüssel</translation>
    </message>
</context>
<context>
    <name>FalParser</name>
    <message>
        <source>empty response body</source>
        <translation>leerer Antwortinhalt</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1</source>
        <translation>fehlerhaftes JSON an Position %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>the instance list has no &quot;instances&quot; array</source>
        <translation>die Instanzliste hat kein „instances“-Array</translation>
    </message>
    <message>
        <source>the instance has no id</source>
        <translation>die Instanz hat keine ID</translation>
    </message>
    <message>
        <source>Unknown fal instance type; use %1 or %2</source>
        <translation>Unbekannter fal-Instanztyp; verwenden Sie %1 oder %2</translation>
    </message>
    <message>
        <source>An SSH public key is required</source>
        <translation>Ein öffentlicher SSH-Schlüssel ist erforderlich</translation>
    </message>
    <message>
        <source>That is a private key; paste the public key (the .pub file) instead</source>
        <translation>Das ist ein privater Schlüssel; fügen Sie stattdessen den öffentlichen Schlüssel (die .pub-Datei) ein</translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key line</source>
        <translation>Fügen Sie genau eine Zeile mit einem öffentlichen SSH-Schlüssel ein</translation>
    </message>
    <message>
        <source>Not an OpenSSH public key line; paste the contents of the .pub file</source>
        <translation>Keine Zeile mit einem öffentlichen OpenSSH-Schlüssel; fügen Sie den Inhalt der .pub-Datei ein</translation>
    </message>
    <message>
        <source>A sector can only be chosen for %1</source>
        <translation>Ein Sektor kann nur für %1 gewählt werden</translation>
    </message>
    <message>
        <source>The sector must be sector_1, sector_2 or sector_3</source>
        <translation>Der Sektor muss sector_1, sector_2 oder sector_3 sein</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, ID, IP, GPU, account (Ctrl+F)</source>
        <translation>Name, ID, IP, GPU, Konto suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show one provider only</source>
        <translation>Nur einen Anbieter anzeigen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation>Nur ein Konto anzeigen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Active: running or on the way (billing); stopped: stopped or deleted</source>
        <translation>Aktiv: läuft oder startet (wird abgerechnet); gestoppt: gestoppt oder gelöscht</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>FleetSummaryLabel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ $%1/h</source>
        <translation>≥ $%1/h</translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation>$%1/h</translation>
    </message>
    <message>
        <source>Running instances and their total price per hour; some prices are unknown and not included.</source>
        <translation>Laufende Instanzen und ihr Gesamtpreis pro Stunde; einige Preise sind unbekannt und nicht enthalten.</translation>
    </message>
    <message>
        <source>Running instances and their total price per hour.</source>
        <translation>Laufende Instanzen und ihr Gesamtpreis pro Stunde.</translation>
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
        <translation>GPU Fleet: eine Live-Tabelle aller GPU-Instanzen bei fal.ai, Novita AI und Nebula Block.

Optionen:
  --demo         das Fenster mit einer simulierten Cloud in der Anwendung öffnen (keine
                 Schlüssel, nichts wird wirklich abgerechnet)
  -h, --help     diese Hilfe anzeigen und beenden
  -v, --version  die Version anzeigen und beenden

</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Usage history</source>
        <translation>Nutzungsverlauf</translation>
    </message>
    <message>
        <source>%1 h · $%2</source>
        <translation>%1 h · $%2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>≈ estimated: the start was observed by GPU Fleet or the price was entered by you. * some hours have no known price. Kept on this computer only.</source>
        <translation>≈ geschätzt: Der Start wurde von GPU Fleet beobachtet oder der Preis wurde von Ihnen eingegeben. * Für einige Stunden ist kein Preis bekannt. Wird nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>No instance has run yet.</source>
        <translation>Bisher ist keine Instanz gelaufen.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>response larger than %1; not read</source>
        <translation>Antwort größer als %1; nicht gelesen</translation>
    </message>
    <message>
        <source>redirect to another host refused</source>
        <translation>Umleitung zu einem anderen Host abgelehnt</translation>
    </message>
    <message>
        <source>the connection closed before the provider answered; the request was not sent again</source>
        <translation>die Verbindung wurde geschlossen, bevor der Anbieter antwortete; die Anfrage wurde nicht erneut gesendet</translation>
    </message>
    <message>
        <source>the connection closed before the whole response arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
</context>
<context>
    <name>InstanceCommand</name>
    <message>
        <source>only this account</source>
        <translation>nur dieses Konto</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>No accounts yet; add one with: gpufleet account add --provider ...</source>
        <translation>Noch keine Konten; fügen Sie eines hinzu mit: gpufleet account add --provider ...</translation>
    </message>
    <message>
        <source>No instances.</source>
        <translation>Keine Instanzen.</translation>
    </message>
    <message>
        <source>no API key stored; remove and add the account again</source>
        <translation>kein API-Schlüssel gespeichert; entfernen Sie das Konto und fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>the instance&apos;s account</source>
        <translation>das Konto der Instanz</translation>
    </message>
    <message>
        <source>%1: instance %2 is not reachable over SSH yet (status: %3)</source>
        <translation>%1: Instanz %2 ist noch nicht über SSH erreichbar (Status: %3)</translation>
    </message>
    <message>
        <source>the account whose catalogue to list</source>
        <translation>das Konto, dessen Katalog aufgelistet wird</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
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
        <translation>Region</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Status beim Anbieter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SSH command</source>
        <translation>Den SSH-Befehl kopieren</translation>
    </message>
    <message>
        <source>SSH command</source>
        <translation>SSH-Befehl</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again after a few seconds</source>
        <translation>Das Passwort kopieren; die Zwischenablage wird nach einigen Sekunden wieder geleert</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Provider details</source>
        <translation>Details des Anbieters</translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation>Keine Instanz ausgewählt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>$%1 per hour</source>
        <translation>$%1 pro Stunde</translation>
    </message>
    <message>
        <source>Not reachable over SSH yet</source>
        <translation>Noch nicht über SSH erreichbar</translation>
    </message>
    <message>
        <source>Root password</source>
        <translation>Root-Passwort</translation>
    </message>
    <message>
        <source>VM password</source>
        <translation>VM-Passwort</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Password (cleared from the clipboard in %n second(s))</source>
        <translation>
            <numerusform>Passwort (wird in %n Sekunde aus der Zwischenablage entfernt)</numerusform>
            <numerusform>Passwort (wird in %n Sekunden aus der Zwischenablage entfernt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceFormat</name>
    <message>
        <source>$%1/h</source>
        <extracomment>price per hour of an instance; %1 is the amount in US dollars</extracomment>
        <translation>$%1/h</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>a status GPU Fleet does not know; %1 is the provider&apos;s raw status</extracomment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>&amp;New Instance…</source>
        <translation>&amp;Neue Instanz …</translation>
    </message>
    <message>
        <source>Create a new GPU instance</source>
        <translation>Eine neue GPU-Instanz erstellen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh every account now</source>
        <translation>Alle Konten jetzt aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected instances</source>
        <translation>Die ausgewählten Instanzen starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected instances</source>
        <translation>Die ausgewählten Instanzen stoppen</translation>
    </message>
    <message>
        <source>Rest&amp;art</source>
        <translation>N&amp;eu starten</translation>
    </message>
    <message>
        <source>Restart the selected instances</source>
        <translation>Die ausgewählten Instanzen neu starten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected instances</source>
        <translation>Die ausgewählten Instanzen löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>SS&amp;H-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the SSH command of the selected instances</source>
        <translation>Den SSH-Befehl der ausgewählten Instanzen kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>&amp;IP-Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the public IP address of the selected instances</source>
        <translation>Die öffentliche IP-Adresse der ausgewählten Instanzen kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation>Im &amp;Terminal öffnen</translation>
    </message>
    <message>
        <source>Open an SSH session in your terminal</source>
        <translation>Eine SSH-Sitzung in Ihrem Terminal öffnen</translation>
    </message>
    <message>
        <source>Show D&amp;etails</source>
        <translation>D&amp;etails anzeigen</translation>
    </message>
    <message>
        <source>Show every detail of the selected instance</source>
        <translation>Alle Details der ausgewählten Instanz anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search the instances</source>
        <translation>Die Instanzen durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>K&amp;onten …</translation>
    </message>
    <message>
        <source>Add, edit or remove provider accounts</source>
        <translation>Anbieterkonten hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit GPU Fleet</source>
        <translation>GPU Fleet beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n SSH command(s) to the clipboard.</source>
        <translation>
            <numerusform>%n SSH-Befehl in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n SSH-Befehle in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n IP address(es) to the clipboard.</source>
        <translation>
            <numerusform>%n IP-Adresse in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n IP-Adressen in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Fleet — Demo (simulated cloud, no real instances)</source>
        <translation>GPU Fleet – Demo (simulierte Cloud, keine echten Instanzen)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Usage &amp;History…</source>
        <translation>&amp;Nutzungsverlauf …</translation>
    </message>
    <message>
        <source>Hours and estimated cost per account: today, this week, this month</source>
        <translation>Stunden und geschätzte Kosten pro Konto: heute, diese Woche, dieser Monat</translation>
    </message>
    <message>
        <source>Add to SSH &amp;Config</source>
        <translation>Zur SSH-&amp;Konfiguration hinzufügen</translation>
    </message>
    <message>
        <source>Give the instance a Host entry in your SSH config and copy “ssh &lt;alias&gt;”</source>
        <translation>Der Instanz einen Host-Eintrag in Ihrer SSH-Konfiguration geben und „ssh &lt;alias&gt;“ kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;VS Code</source>
        <translation>In &amp;VS Code öffnen</translation>
    </message>
    <message>
        <source>Open the instance in VS Code over Remote-SSH</source>
        <translation>Die Instanz in VS Code über Remote-SSH öffnen</translation>
    </message>
</context>
<context>
    <name>NebulaBlockCatalogueParser</name>
    <message>
        <source>the product list &quot;data&quot; is not a region map</source>
        <translation>die Produktliste „data“ ist keine Zuordnung nach Regionen</translation>
    </message>
    <message>
        <source>the image list &quot;data&quot; is not a region map</source>
        <translation>die Image-Liste „data“ ist keine Zuordnung nach Regionen</translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;data&quot; object</source>
        <translation>die SSH-Schlüsselliste hat kein „data“-Objekt</translation>
    </message>
    <message>
        <source>the SSH key list &quot;ssh_keys&quot; is not an array</source>
        <translation>die SSH-Schlüsselliste „ssh_keys“ ist kein Array</translation>
    </message>
    <message>
        <source>the new SSH key has no id</source>
        <translation>der neue SSH-Schlüssel hat keine ID</translation>
    </message>
</context>
<context>
    <name>NebulaBlockClient</name>
    <message>
        <source>The instance id is empty or contains unexpected characters</source>
        <translation>Die Instanz-ID ist leer oder enthält unerwartete Zeichen</translation>
    </message>
    <message>
        <source>the server sent the same page again at offset %1</source>
        <translation>der Server sendete bei Offset %1 dieselbe Seite erneut</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>mehr als %1 Seiten</translation>
    </message>
</context>
<context>
    <name>NebulaBlockCreation</name>
    <message>
        <source>no usable answer to the create request for &quot;%1&quot; and it is not in the instance list; check the list before creating it again</source>
        <translation>keine verwertbare Antwort auf die Erstellungsanfrage für „%1“ und sie ist nicht in der Instanzliste; prüfen Sie die Liste, bevor Sie sie erneut erstellen</translation>
    </message>
    <message>
        <source>Nebula Block accepted &quot;%1&quot; but it is not in the instance list yet; it should appear shortly</source>
        <translation>Nebula Block hat „%1“ angenommen, aber sie ist noch nicht in der Instanzliste; sie sollte in Kürze erscheinen</translation>
    </message>
</context>
<context>
    <name>NebulaBlockJson</name>
    <message>
        <source>empty response body</source>
        <translation>leerer Antwortinhalt</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1</source>
        <translation>fehlerhaftes JSON an Position %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>NebulaBlockParser</name>
    <message>
        <source>the instance list has no &quot;data&quot; array</source>
        <translation>die Instanzliste hat kein „data“-Array</translation>
    </message>
    <message>
        <source>the instance list &quot;data&quot; is not an array</source>
        <translation>die Instanzliste „data“ ist kein Array</translation>
    </message>
    <message>
        <source>the instance detail is not an object</source>
        <translation>die Instanzdetails sind kein Objekt</translation>
    </message>
    <message>
        <source>the instance has no id</source>
        <translation>die Instanz hat keine ID</translation>
    </message>
</context>
<context>
    <name>NebulaBlockRequests</name>
    <message>
        <source>The instance name is longer than %1 characters</source>
        <translation>Der Instanzname ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The instance name contains control characters</source>
        <translation>Der Instanzname enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>Choose a Nebula Block product</source>
        <translation>Wählen Sie ein Nebula-Block-Produkt</translation>
    </message>
    <message>
        <source>Choose an OS image for the product&apos;s region and data center</source>
        <translation>Wählen Sie ein Betriebssystem-Image für die Region und das Rechenzentrum des Produkts</translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key line</source>
        <translation>Fügen Sie genau eine Zeile mit einem öffentlichen SSH-Schlüssel ein</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Instance ready</source>
        <translation>Instanz bereit</translation>
    </message>
    <message>
        <source>Instance failed</source>
        <translation>Instanz fehlgeschlagen</translation>
    </message>
    <message>
        <source>Instance stopped unexpectedly</source>
        <translation>Instanz unerwartet gestoppt</translation>
    </message>
    <message>
        <source>Instance disappeared</source>
        <translation>Instanz verschwunden</translation>
    </message>
    <message>
        <source>Instance stuck while starting</source>
        <translation>Instanz hängt beim Starten</translation>
    </message>
    <message>
        <source>Instance still running</source>
        <translation>Instanz läuft noch</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>SSH-Befehl kopieren</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>Terminal öffnen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 entered an error state.</source>
        <translation>%1 ist in einen Fehlerzustand geraten.</translation>
    </message>
    <message>
        <source>%1 entered an error state: %2</source>
        <translation>%1 ist in einen Fehlerzustand geraten: %2</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 gestoppt</translation>
    </message>
    <message>
        <source>%1 stopped without a request from GPU Fleet.</source>
        <translation>%1 wurde ohne Anforderung durch GPU Fleet gestoppt.</translation>
    </message>
    <message>
        <source>%1 stopped without a request from GPU Fleet: %2</source>
        <translation>%1 wurde ohne Anforderung durch GPU Fleet gestoppt: %2</translation>
    </message>
    <message>
        <source>%1 disappeared</source>
        <translation>%1 verschwunden</translation>
    </message>
    <message>
        <source>%1 is no longer listed by the provider, without a delete from GPU Fleet.</source>
        <translation>%1 wird vom Anbieter nicht mehr aufgeführt, ohne dass GPU Fleet sie gelöscht hat.</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 ist bereit</translation>
    </message>
    <message>
        <source>%1 is ready — %2</source>
        <translation>%1 ist bereit – %2</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 is running but SSH is not answering yet</source>
        <translation>%1 läuft, aber SSH antwortet noch nicht</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Today&apos;s spend across all accounts is heading for %1, over the daily budget of %2.</source>
        <translation>Die heutigen Ausgaben aller Konten steuern auf %1 zu, über dem Tagesbudget von %2.</translation>
    </message>
    <message>
        <source>Today&apos;s spend on %1 is heading for %2, over its daily budget of %3.</source>
        <translation>Die heutigen Ausgaben für %1 steuern auf %2 zu, über seinem Tagesbudget von %3.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 is taking long</source>
        <translation>%1 braucht lange</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been starting for %n minute(s) (%2).</source>
        <translation>
            <numerusform>%1 startet seit %n Minute (%2).</numerusform>
            <numerusform>%1 startet seit %n Minuten (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been running for %n hour(s).</source>
        <translation>
            <numerusform>%1 läuft seit %n Stunde.</numerusform>
            <numerusform>%1 läuft seit %n Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 so far.</source>
        <translation>Bisher etwa %1.</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 h später erinnern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 läuft noch</translation>
    </message>
</context>
<context>
    <name>NovitaClient</name>
    <message>
        <source>the provider sent the same page of instances twice</source>
        <translation>der Anbieter sendete dieselbe Seite mit Instanzen zweimal</translation>
    </message>
    <message>
        <source>the instance list did not end after %1 pages</source>
        <translation>die Instanzliste endete nicht nach %1 Seiten</translation>
    </message>
    <message>
        <source>no instance id</source>
        <translation>keine Instanz-ID</translation>
    </message>
</context>
<context>
    <name>NovitaParser</name>
    <message>
        <source>instance without an id</source>
        <translation>Instanz ohne ID</translation>
    </message>
    <message>
        <source>no instance id in the create response</source>
        <translation>keine Instanz-ID in der Antwort auf das Erstellen</translation>
    </message>
    <message>
        <source>empty response</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unexpected type of &quot;%1&quot;</source>
        <translation>unerwarteter Typ von „%1“</translation>
    </message>
    <message>
        <source>Spot instance was reclaimed</source>
        <translation>Spot-Instanz wurde zurückgefordert</translation>
    </message>
    <message>
        <source>Spot instance is about to be reclaimed</source>
        <translation>Spot-Instanz wird in Kürze zurückgefordert</translation>
    </message>
</context>
<context>
    <name>NovitaRequests</name>
    <message>
        <source>Choose a product.</source>
        <translation>Wählen Sie ein Produkt.</translation>
    </message>
    <message>
        <source>The product id is too long.</source>
        <translation>Die Produkt-ID ist zu lang.</translation>
    </message>
    <message>
        <source>The GPU count must be between %1 and %2.</source>
        <translation>Die Anzahl der GPUs muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The disk size must be between %1 and %2 GB.</source>
        <translation>Die Datenträgergröße muss zwischen %1 und %2 GB liegen.</translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation>Geben Sie ein Container-Image an.</translation>
    </message>
    <message>
        <source>The container image must be at most %1 characters on one line.</source>
        <translation>Das Container-Image darf höchstens %1 Zeichen auf einer Zeile haben.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name must be at most %1 characters on one line.</source>
        <translation>Der Name darf höchstens %1 Zeichen auf einer Zeile haben.</translation>
    </message>
    <message>
        <source>At most %1 environment variables are allowed.</source>
        <translation>Höchstens %1 Umgebungsvariablen sind erlaubt.</translation>
    </message>
    <message>
        <source>Environment variable names must be 1 to %1 characters.</source>
        <translation>Namen von Umgebungsvariablen müssen 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Environment variable values must be at most %1 characters.</source>
        <translation>Werte von Umgebungsvariablen dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Ports are written as port/protocol with protocol tcp or http, e.g. &quot;8888/http, 22/tcp&quot; (&quot;%1&quot; is not).</source>
        <translation>Ports werden als Port/Protokoll mit dem Protokoll tcp oder http geschrieben, z. B. „8888/http, 22/tcp“ („%1“ ist das nicht).</translation>
    </message>
    <message>
        <source>Port %1 is outside 1 to 65535.</source>
        <translation>Port %1 liegt außerhalb von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are reserved by Novita.</source>
        <translation>Die Ports %1 bis %2 sind von Novita reserviert.</translation>
    </message>
    <message>
        <source>Port %1 is listed twice.</source>
        <translation>Port %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>At most %1 ports can be exposed.</source>
        <translation>Höchstens %1 Ports können freigegeben werden.</translation>
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
        <translation>Region</translation>
    </message>
    <message>
        <source>vCPU / RAM</source>
        <translation>vCPU / RAM</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>vCPU / RAM per GPU</source>
        <translation>vCPU / RAM pro GPU</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>Preis pro GPU-Stunde</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>Derzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n vorrätig</numerusform>
            <numerusform>%n vorrätig</numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Geringer Vorrat</translation>
    </message>
    <message>
        <source>Plenty</source>
        <translation>Reichlich</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Sa&amp;ve as Preset…</source>
        <translation>Als &amp;Vorlage speichern …</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Choose a preset</source>
        <translation>Wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name (instance names are not saved: each instance gets a new one):</source>
        <translation>Name der Vorlage (Instanznamen werden nicht gespeichert: Jede Instanz bekommt einen neuen):</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Could not reach the provider</source>
        <translation>Der Anbieter ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The API key was rejected (check or replace the key)</source>
        <translation>Der API-Schlüssel wurde abgelehnt (prüfen oder ersetzen Sie den Schlüssel)</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (missing scope, permission or account tier)</source>
        <translation>Der API-Schlüssel darf das nicht (fehlender Scope, fehlende Berechtigung oder Kontostufe)</translation>
    </message>
    <message>
        <source>Instance not found</source>
        <translation>Instanz nicht gefunden</translation>
    </message>
    <message>
        <source>Rate limited by the provider; retrying later</source>
        <translation>Vom Anbieter gedrosselt; später neuer Versuch</translation>
    </message>
    <message>
        <source>The provider refused the request</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The instance is not in a state that allows this</source>
        <translation>Die Instanz ist nicht in einem Zustand, der das erlaubt</translation>
    </message>
    <message>
        <source>The provider had an internal error</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The provider sent a response GPU Fleet cannot read</source>
        <translation>Der Anbieter hat eine Antwort gesendet, die GPU Fleet nicht lesen kann</translation>
    </message>
    <message>
        <source>Refused to send the API key over plain HTTP to a non-local host; use https://</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes HTTP an einen entfernten Host gesendet; verwenden Sie https://</translation>
    </message>
    <message>
        <source>The provider does not support this action</source>
        <translation>Der Anbieter unterstützt diese Aktion nicht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No API key was found for this account: enter it in the account settings, or unlock your keyring if it is locked.</source>
        <translation>Für dieses Konto wurde kein API-Schlüssel gefunden: Geben Sie ihn in den Kontoeinstellungen ein oder entsperren Sie Ihren Schlüsselbund, falls er gesperrt ist.</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service such as gnome-keyring or KWallet, or unlock your keyring.</source>
        <translation>Kein Schlüsselbund verfügbar: Starten Sie einen Secret Service wie gnome-keyring oder KWallet oder entsperren Sie Ihren Schlüsselbund.</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it (for example in Passwords and Keys) and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt: Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: allow GPU Fleet to use your keyring and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: Erlauben Sie GPU Fleet, Ihren Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: try again, and check your Secret Service if it keeps failing.</source>
        <translation>Der Schlüsselbund meldete einen Fehler: Versuchen Sie es erneut und prüfen Sie Ihren Secret Service, falls es weiter fehlschlägt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time GPU Fleet starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von GPU Fleet wirksam.</translation>
    </message>
    <message>
        <source>&amp;Terminal command:</source>
        <translation>&amp;Terminalbefehl:</translation>
    </message>
    <message>
        <source>{cmd} stands for the ssh command. Leave empty to use $TERMINAL, else x-terminal-emulator.</source>
        <translation>{cmd} steht für den ssh-Befehl. Leer lassen, um $TERMINAL zu verwenden, sonst x-terminal-emulator.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>Start GPU Fleet when I &amp;log in</source>
        <translation>GPU Fleet beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>While instances are changing, every:</source>
        <translation>Solange sich Instanzen ändern, alle:</translation>
    </message>
    <message>
        <source>When everything is steady, every:</source>
        <translation>Wenn alles ruhig ist, alle:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>&amp;Keep ~/.ssh config entries for my instances</source>
        <translation>&amp;Einträge für meine Instanzen in ~/.ssh/config pflegen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Benachrichtigen bei</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>&amp;Still running after:</source>
        <translation>&amp;Läuft noch nach:</translation>
    </message>
    <message>
        <source>&amp;Remind again every:</source>
        <translation>&amp;Erneut erinnern alle:</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>fal.ai publishes no prices through its API. Enter what you pay per hour for each instance type to see costs and budgets for fal.ai instances.</source>
        <translation>fal.ai veröffentlicht keine Preise über seine API. Geben Sie für jeden Instanztyp ein, was Sie pro Stunde zahlen, um Kosten und Budgets für fal.ai-Instanzen zu sehen.</translation>
    </message>
    <message>
        <source>Daily &amp;budget for all accounts:</source>
        <translation>Tages&amp;budget für alle Konten:</translation>
    </message>
    <message>
        <source>Per account (a still-running threshold left at “Default” uses the one on the Notifications page):</source>
        <translation>Pro Konto (ein auf „Standard“ belassener Schwellenwert für „läuft noch“ verwendet den auf der Seite „Benachrichtigungen“):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 stuck while starting after:</source>
        <translation>%1 hängt beim Starten nach:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>fal.ai instance type</source>
        <translation>fal.ai-Instanztyp</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Preis pro Stunde</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Still running after</source>
        <translation>Läuft noch nach</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2, so that “ssh &lt;account&gt;-&lt;instance&gt;” works everywhere. Nothing else in your SSH config is changed.</source>
        <translation>Fügt die Zeile „%1“ oben in ~/.ssh/config ein und pflegt einen Host-Eintrag je laufender Instanz in %2, sodass „ssh &lt;Konto&gt;-&lt;Instanz&gt;“ überall funktioniert. Sonst wird nichts an Ihrer SSH-Konfiguration geändert.</translation>
    </message>
    <message>
        <source>Could not add the Include line to ~/.ssh/config: %1</source>
        <translation>Die Include-Zeile konnte nicht zu ~/.ssh/config hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove GPU Fleet&apos;s entries from your SSH config: %1</source>
        <translation>Die Einträge von GPU Fleet konnten nicht aus Ihrer SSH-Konfiguration entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>SshConfigWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Warning: “%1” on line %2 of ~/.ssh/config sets %3 for every host, above the Include; OpenSSH will use it instead of GPU Fleet&apos;s entries.</source>
        <translation>Warnung: „%1“ in Zeile %2 von ~/.ssh/config setzt %3 für jeden Host, oberhalb des Include; OpenSSH verwendet das anstelle der Einträge von GPU Fleet.</translation>
    </message>
    <message>
        <source>(no Host line)</source>
        <translation>(keine Host-Zeile)</translation>
    </message>
</context>
<context>
    <name>SshIntegrationController</name>
    <message>
        <source>Update SSH config</source>
        <translation>SSH-Konfiguration aktualisieren</translation>
    </message>
    <message>
        <source>The demo leaves your SSH config alone.</source>
        <translation>Die Demo lässt Ihre SSH-Konfiguration unverändert.</translation>
    </message>
    <message>
        <source>This instance has no SSH alias: it is not running, or its address cannot be written to an SSH config.</source>
        <translation>Diese Instanz hat keinen SSH-Alias: Sie läuft nicht, oder ihre Adresse kann nicht in eine SSH-Konfiguration geschrieben werden.</translation>
    </message>
    <message>
        <source>Add to SSH config</source>
        <translation>Zur SSH-Konfiguration hinzufügen</translation>
    </message>
    <message>
        <source>Let GPU Fleet keep SSH entries for your instances?</source>
        <translation>Soll GPU Fleet SSH-Einträge für Ihre Instanzen führen?</translation>
    </message>
    <message>
        <source>GPU Fleet adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2. Nothing else in your SSH config is changed; Settings turns this off again.</source>
        <translation>GPU Fleet fügt die Zeile „%1“ am Anfang von ~/.ssh/config ein und führt in %2 einen Host-Eintrag pro laufender Instanz. Sonst wird nichts an Ihrer SSH-Konfiguration geändert; in den Einstellungen lässt sich das wieder abschalten.</translation>
    </message>
    <message>
        <source>Add the Include line</source>
        <translation>Include-Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Could not add the Include line to ~/.ssh/config: %1</source>
        <translation>Die Include-Zeile konnte nicht zu ~/.ssh/config hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not update your SSH config: %1</source>
        <translation>Ihre SSH-Konfiguration konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The instance is no longer running.</source>
        <translation>Die Instanz läuft nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” works now; it is on the clipboard.</source>
        <translation>„%1“ funktioniert jetzt und ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>In VS Code öffnen</translation>
    </message>
    <message>
        <source>Opening %1 in VS Code…</source>
        <translation>%1 wird in VS Code geöffnet …</translation>
    </message>
    <message>
        <source>VS Code&apos;s “code” command was not found. The link %1 is on the clipboard: open it in a browser or with xdg-open to reach VS Code.</source>
        <translation>Der Befehl „code“ von VS Code wurde nicht gefunden. Der Link %1 ist in der Zwischenablage: Öffnen Sie ihn in einem Browser oder mit xdg-open, um VS Code zu erreichen.</translation>
    </message>
</context>
<context>
    <name>SshKeyCreator</name>
    <message>
        <source>Create it &amp;without a passphrase</source>
        <translation>&amp;Ohne Passphrase erstellen</translation>
    </message>
    <message>
        <source>Create &amp;Key</source>
        <translation>&amp;Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Runs &lt;tt&gt;ssh-keygen -t ed25519&lt;/tt&gt;. With a passphrase (recommended), ssh-keygen asks for it in a terminal window.</source>
        <translation>Führt &lt;tt&gt;ssh-keygen -t ed25519&lt;/tt&gt; aus. Mit Passphrase (empfohlen) fragt ssh-keygen in einem Terminalfenster danach.</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>&amp;Datei des privaten Schlüssels:</translation>
    </message>
    <message>
        <source>Enter the full path of the new private key file.</source>
        <translation>Geben Sie den vollständigen Pfad der neuen Datei für den privaten Schlüssel ein.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Der Schlüssel wird erstellt …</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started; is OpenSSH installed?</source>
        <translation>ssh-keygen konnte nicht gestartet werden; ist OpenSSH installiert?</translation>
    </message>
    <message>
        <source>ssh-keygen failed (exit code %1).</source>
        <translation>ssh-keygen ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>No terminal emulator found. Run &lt;tt&gt;%1&lt;/tt&gt; in a terminal, then press Refresh.</source>
        <translation>Kein Terminalemulator gefunden. Führen Sie &lt;tt&gt;%1&lt;/tt&gt; in einem Terminal aus und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Could not start the terminal &quot;%1&quot;. Run &lt;tt&gt;%2&lt;/tt&gt; yourself, then press Refresh.</source>
        <translation>Das Terminal „%1“ konnte nicht gestartet werden. Führen Sie &lt;tt&gt;%2&lt;/tt&gt; selbst aus und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>ssh-keygen is asking for the passphrase in the terminal window. Press Refresh when it is done.</source>
        <translation>ssh-keygen fragt im Terminalfenster nach der Passphrase. Klicken Sie auf „Aktualisieren“, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>SshKeyInspector</name>
    <message>
        <source>No SSH public key given.</source>
        <translation>Kein öffentlicher SSH-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>This is a private SSH key; it must never be shared. Use the matching .pub file instead.</source>
        <translation>Das ist ein privater SSH-Schlüssel; er darf nie weitergegeben werden. Verwenden Sie stattdessen die passende .pub-Datei.</translation>
    </message>
    <message>
        <source>Unsupported SSH key type. Use ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, sk-ssh-ed25519@openssh.com or sk-ecdsa-sha2-nistp256@openssh.com.</source>
        <translation>Nicht unterstützter SSH-Schlüsseltyp. Verwenden Sie ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, sk-ssh-ed25519@openssh.com oder sk-ecdsa-sha2-nistp256@openssh.com.</translation>
    </message>
    <message>
        <source>The key data is not valid base64; the key may have been cut or changed while copying.</source>
        <translation>Die Schlüsseldaten sind kein gültiges Base64; der Schlüssel wurde beim Kopieren vielleicht abgeschnitten oder verändert.</translation>
    </message>
    <message>
        <source>The key data does not match the key type written before it.</source>
        <translation>Die Schlüsseldaten passen nicht zum davor angegebenen Schlüsseltyp.</translation>
    </message>
    <message>
        <source>The key data is incomplete; the key was probably cut while copying.</source>
        <translation>Die Schlüsseldaten sind unvollständig; der Schlüssel wurde beim Kopieren wahrscheinlich abgeschnitten.</translation>
    </message>
    <message>
        <source>This is not an OpenSSH public key (expected &quot;type key comment&quot;, as in a .pub file).</source>
        <translation>Das ist kein öffentlicher OpenSSH-Schlüssel (erwartet wird „Typ Schlüssel Kommentar“ wie in einer .pub-Datei).</translation>
    </message>
    <message>
        <source>The key file cannot be read (missing, not a regular file, or larger than 64 KiB).</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden (fehlt, ist keine reguläre Datei oder größer als 64 KiB).</translation>
    </message>
    <message>
        <source>This is a private SSH key; it must never be shared. Use the public key %1 instead.</source>
        <extracomment>%1 is the path of the matching public key file</extracomment>
        <translation>Das ist ein privater SSH-Schlüssel; er darf nie weitergegeben werden. Verwenden Sie stattdessen den öffentlichen Schlüssel %1.</translation>
    </message>
    <message>
        <source>Options before the key type (such as from=&quot;...&quot; or command=&quot;...&quot;) are not supported; paste only &quot;type key comment&quot;.</source>
        <translation>Optionen vor dem Schlüsseltyp (wie from=&quot;...&quot; oder command=&quot;...&quot;) werden nicht unterstützt; fügen Sie nur „Typ Schlüssel Kommentar“ ein.</translation>
    </message>
</context>
<context>
    <name>SshKeyPicker</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Einfügen …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create a Key…</source>
        <translation>Schlüssel erstellen …</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@host</source>
        <translation>ssh-ed25519 AAAA… sie@rechner</translation>
    </message>
    <message>
        <source>Choose an SSH Public Key</source>
        <translation>Öffentlichen SSH-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>No public key found</source>
        <translation>Kein öffentlicher Schlüssel gefunden</translation>
    </message>
    <message>
        <source>No SSH public key in %1. Create one, browse for one or paste one.</source>
        <translation>Kein öffentlicher SSH-Schlüssel in %1. Erstellen, suchen oder fügen Sie einen ein.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>eingefügter Schlüssel</translation>
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
        <translation>%1 hat keinen nutzbaren SSH-Endpunkt.</translation>
    </message>
    <message>
        <source>No terminal emulator found: set $TERMINAL, install x-terminal-emulator, or set %1 in the settings (&quot;{cmd}&quot; stands for the ssh command).</source>
        <translation>Kein Terminalemulator gefunden: Setzen Sie $TERMINAL, installieren Sie x-terminal-emulator oder legen Sie %1 in den Einstellungen fest („{cmd}“ steht für den ssh-Befehl).</translation>
    </message>
    <message>
        <source>Could not start the terminal &quot;%1&quot;.</source>
        <translation>Das Terminal „%1“ konnte nicht gestartet werden.</translation>
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
        <translation>Nichts läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a price)</source>
        <translation>
            <numerusform>(%n ohne Preis)</numerusform>
            <numerusform>(%n ohne Preis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n ändert den Status</numerusform>
            <numerusform>%n ändern den Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with errors</source>
        <translation>
            <numerusform>%n Konto mit Fehlern</numerusform>
            <numerusform>%n Konten mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 on %2 (%3) — %4</source>
        <translation>• %1 bei %2 (%3) – %4</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>Instances keep billing</source>
        <translation>Instanzen werden weiter abgerechnet</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will keep running, and billing, after GPU Fleet quits: %1 in total.</source>
        <translation>
            <numerusform>%n Instanz läuft nach dem Beenden von GPU Fleet weiter und wird weiter abgerechnet: insgesamt %1.</numerusform>
            <numerusform>%n Instanzen laufen nach dem Beenden von GPU Fleet weiter und werden weiter abgerechnet: insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without a known price.</source>
        <translation>
            <numerusform>%n davon ohne bekannten Preis.</numerusform>
            <numerusform>%n davon ohne bekannten Preis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Cancel logout</source>
        <translation>Abmelden abbrechen</translation>
    </message>
    <message>
        <source>Keep running in tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Nicht beenden</translation>
    </message>
    <message>
        <source>GPU Fleet is still running</source>
        <translation>GPU Fleet läuft noch</translation>
    </message>
    <message>
        <source>It keeps watching your instances from the tray. Choose Quit in the tray menu to leave.</source>
        <translation>Es beobachtet Ihre Instanzen weiter aus dem Infobereich. Wählen Sie „Beenden“ im Menü des Infobereichs, um es zu verlassen.</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>No instances running</source>
        <translation>Keine Instanzen laufen</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>SSH-Befehl kopieren</translation>
    </message>
    <message>
        <source>Open in terminal</source>
        <translation>Im Terminal öffnen</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stoppen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message numerus="yes">
        <source>%n more running (Show window)</source>
        <translation>
            <numerusform>%n weitere läuft (Fenster anzeigen)</numerusform>
            <numerusform>%n weitere laufen (Fenster anzeigen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayWiring</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a price)</source>
        <translation>
            <numerusform>(%n ohne Preis)</numerusform>
            <numerusform>(%n ohne Preis)</numerusform>
        </translation>
    </message>
</context>
</TS>
