# German translations for fill_translations.py: English source text -> German.
# Plural (%n) messages: [one, other]. Formal address ("Sie"); terms: instance = Instanz,
# account = Konto, provider = Anbieter, API key = API-Schlüssel, keychain/keyring = Schlüsselbund,
# tray = Infobereich. Provider names, "SSH", "GPU", option names and API field names stay.

TRANSLATIONS = {
    # AccountCommand (CLI)
    "API key (not shown): ": "API-Schlüssel (wird nicht angezeigt): ",
    "usage: gpufleet account add|list|remove ...": "Aufruf: gpufleet account add|list|remove ...",
    "fal, novita or nebulablock": "fal, novita oder nebulablock",
    "a unique name for this account": "ein eindeutiger Name für dieses Konto",
    "base URL instead of the provider's": "Basis-URL anstelle der des Anbieters",
    "SSH user instead of the provider's default": "SSH-Benutzer anstelle der Vorgabe des Anbieters",
    "store the key without one test call": "den Schlüssel ohne Testaufruf speichern",
    "--provider must be fal, novita or nebulablock": "--provider muss fal, novita oder nebulablock sein",
    "--endpoint is not a valid URL": "--endpoint ist keine gültige URL",
    "no API key on standard input (pipe it in: first line)":
        "kein API-Schlüssel auf der Standardeingabe (per Pipe übergeben: erste Zeile)",
    'Added %1 account "%2".': "%1-Konto „%2“ hinzugefügt.",
    "the key did not work, nothing was saved: %1": "der Schlüssel funktionierte nicht, nichts wurde gespeichert: %1",
    "machine-readable output": "maschinenlesbare Ausgabe",
    "No accounts yet; add one with: gpufleet account add --provider ...":
        "Noch keine Konten; fügen Sie eines hinzu mit: gpufleet account add --provider ...",
    "could not delete the key from the keychain, account kept: %1":
        "der Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden, das Konto bleibt: %1",
    'Removed account "%1" and its key.': "Konto „%1“ und sein Schlüssel wurden entfernt.",
    # AccountConnector
    "This provider is not supported by this build.": "Dieser Anbieter wird von diesem Build nicht unterstützt.",
    # AccountHealthBar
    "(no key)": "(kein Schlüssel)",
    "Last refreshed at %1.": "Zuletzt aktualisiert um %1.",
    "Not refreshed yet.": "Noch nicht aktualisiert.",
    "%1: up to date. %2": "%1: aktuell. %2",
    "%1: refreshing… %2": "%1: wird aktualisiert … %2",
    "(stale since %1)": "(veraltet seit %1)",
    "(cached)": "(zwischengespeichert)",
    "%1: showing last-known instances, not refreshed yet.":
        "%1: zeigt die zuletzt bekannten Instanzen, noch nicht aktualisiert.",
    "(error)": "(Fehler)",
    "%1: %2\nLast-known instances stay on screen, greyed. %3":
        "%1: %2\nDie zuletzt bekannten Instanzen bleiben ausgegraut sichtbar. %3",
    # AccountStore
    "Give the account a name.": "Geben Sie dem Konto einen Namen.",
    "Use a shorter account name (at most %1 characters) without line breaks or control characters.":
        "Verwenden Sie einen kürzeren Kontonamen (höchstens %1 Zeichen) ohne Zeilenumbrüche oder Steuerzeichen.",
    "Another account already has this name: choose a different one.":
        "Ein anderes Konto hat bereits diesen Namen: Wählen Sie einen anderen.",
    "Enter an https:// endpoint address (plain http:// only for this computer), without a user name or password in it.":
        "Geben Sie eine https://-Endpunktadresse ein (einfaches http:// nur für diesen Computer), ohne Benutzername oder Passwort darin.",
    "Enter an SSH user name made of letters, digits, '.', '-' or '_'.":
        "Geben Sie einen SSH-Benutzernamen aus Buchstaben, Ziffern, '.', '-' oder '_' ein.",
    "The account id is not a valid UUID.": "Die Konto-ID ist keine gültige UUID.",
    "An account with this id already exists.": "Ein Konto mit dieser ID existiert bereits.",
    "The provider of an account cannot change: add a new account instead.":
        "Der Anbieter eines Kontos kann nicht geändert werden: Fügen Sie stattdessen ein neues Konto hinzu.",
    "This account no longer exists.": "Dieses Konto existiert nicht mehr.",
    "The account settings could not be saved: check that the configuration folder is writable.":
        "Die Kontoeinstellungen konnten nicht gespeichert werden: Prüfen Sie, ob der Konfigurationsordner beschreibbar ist.",
    # AccountsDialog
    "Accounts": "Konten",
    "Tick an account to poll it, untick to pause it":
        "Haken setzen, um ein Konto abzufragen, Haken entfernen, um es zu pausieren",
    "&New Account": "&Neues Konto",
    "&Remove…": "&Entfernen …",
    "Account": "Konto",
    "&Provider:": "&Anbieter:",
    "&Name:": "&Name:",
    "e.g. fal personal": "z. B. fal privat",
    "API &key:": "API-&Schlüssel:",
    "&Endpoint:": "End&punkt:",
    "&SSH user:": "SSH-&Benutzer:",
    "&Enabled (poll this account)": "A&ktiv (dieses Konto abfragen)",
    "Keep for This Session &Only": "Nur für diese Sitz&ung behalten",
    "Hold the key in memory until GPU Fleet quits; it is never written to disk":
        "Den Schlüssel bis zum Beenden von GPU Fleet im Speicher halten; er wird nie auf die Festplatte geschrieben",
    "&Test Connection": "Verbindung &testen",
    "&Save": "Spe&ichern",
    "(key for this session only)": "(Schlüssel nur für diese Sitzung)",
    "Account “%1”": "Konto „%1“",
    "Kept for this session only; type a new key to replace it":
        "Nur für diese Sitzung behalten; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen",
    "Stored in the keychain; type a new key to replace it":
        "Im Schlüsselbund gespeichert; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen",
    "New account": "Neues Konto",
    "Paste the provider's API key": "API-Schlüssel des Anbieters einfügen",
    "Enter the account's API key.": "Geben Sie den API-Schlüssel des Kontos ein.",
    "Saved.": "Gespeichert.",
    "You can keep the key for this session only: it stays in memory and is forgotten when GPU Fleet quits. It is never written to disk.":
        "Sie können den Schlüssel nur für diese Sitzung behalten: Er bleibt im Speicher und wird beim Beenden von GPU Fleet vergessen. Er wird nie auf die Festplatte geschrieben.",
    "Saved. The API key is in the keychain.": "Gespeichert. Der API-Schlüssel liegt im Schlüsselbund.",
    "Saved. The API key is kept for this session only.":
        "Gespeichert. Der API-Schlüssel wird nur für diese Sitzung behalten.",
    "Account removed.": "Konto entfernt.",
    "Remove Account": "Konto entfernen",
    "Remove the account “%1”?": "Das Konto „%1“ entfernen?",
    "Its API key is deleted from the keychain and GPU Fleet stops showing its instances. The instances themselves keep running at %1 and keep billing.":
        "Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht und GPU Fleet zeigt seine Instanzen nicht mehr an. Die Instanzen selbst laufen bei %1 weiter und werden weiter abgerechnet.",
    "Remove": "Entfernen",
    "Testing the connection…": "Verbindung wird getestet …",
    # ActionCommand (CLI)
    "the instance's account": "das Konto der Instanz",
    "really delete: the instance and its data are lost": "wirklich löschen: Die Instanz und ihre Daten gehen verloren",
    "delete needs --yes: instance %1 on %2 and all its data would be lost":
        "delete braucht --yes: Instanz %1 bei %2 und alle ihre Daten gingen verloren",
    "%1 does not support %2; only delete stops its billing":
        "%1 unterstützt %2 nicht; nur delete beendet die Abrechnung",
    "%1: %2 requested for %3": "%1: %2 angefordert für %3",
    # ActionConfirmations
    "Delete Instances": "Instanzen löschen",
    "Delete the instance “%1”?": "Die Instanz „%1“ löschen?",
    'Delete %n instance(s)?': ['%n Instanz löschen?', '%n Instanzen löschen?'],
    '%n more running (Show window)': ['%n weitere läuft (Fenster anzeigen)', '%n weitere laufen (Fenster anzeigen)'],
    "Deleting destroys the instance(s) and everything on their disks: files, installed software, results not copied elsewhere. This cannot be undone. Billing stops once the deletion completes.":
        "Löschen zerstört die Instanz(en) und alles auf ihren Datenträgern: Dateien, installierte Software, nicht anderswo gesicherte Ergebnisse. Das kann nicht rückgängig gemacht werden. Die Abrechnung endet, sobald das Löschen abgeschlossen ist.",
    "Delete": "Löschen",
    'Delete %n Instance(s)': ['%n Instanz löschen', '%n Instanzen löschen'],
    "Stop Instances": "Instanzen stoppen",
    'Stop %n instance(s)?': ['%n Instanz stoppen?', '%n Instanzen stoppen?'],
    "Running programs are ended and anything held only in memory is lost. Disks are kept; some providers keep billing for storage while stopped.":
        "Laufende Programme werden beendet und alles, was nur im Arbeitsspeicher liegt, geht verloren. Datenträger bleiben erhalten; manche Anbieter berechnen den Speicher auch im gestoppten Zustand weiter.",
    'Stop %n Instance(s)': ['%n Instanz stoppen', '%n Instanzen stoppen'],
    "Restart Instances": "Instanzen neu starten",
    'Restart %n instance(s)?': ['%n Instanz neu starten?', '%n Instanzen neu starten?'],
    "Running programs are ended and anything held only in memory is lost; SSH sessions drop.":
        "Laufende Programme werden beendet und alles, was nur im Arbeitsspeicher liegt, geht verloren; SSH-Sitzungen brechen ab.",
    'Restart %n Instance(s)': ['%n Instanz neu starten', '%n Instanzen neu starten'],
    # ActionController
    "Open in terminal": "Im Terminal öffnen",
    "Start": "Starten",
    "Stop": "Stoppen",
    "Restart": "Neu starten",
    "Account not connected": "Konto nicht verbunden",
    "Requested": "Angefordert",
    "%1: %n instance(s) requested": ["%1: %n Instanz angefordert", "%1: %n Instanzen angefordert"],
    "%1 failed: %2": "%1 fehlgeschlagen: %2",
    "Accepted by the provider": "Vom Anbieter angenommen",
    "Running — %1": "Läuft – %1",
    "Running": "Läuft",
    "Failed": "Fehlgeschlagen",
    "Failed: %1": "Fehlgeschlagen: %1",
    "Stopped": "Gestoppt",
    "Stopped (not by GPU Fleet)": "Gestoppt (nicht durch GPU Fleet)",
    "Deleted": "Gelöscht",
    "Gone (deleted outside GPU Fleet)": "Verschwunden (außerhalb von GPU Fleet gelöscht)",
    "%1: %2": "%1: %2",
    # ActivityLog
    "Time": "Zeit",
    "Action": "Aktion",
    "Result": "Ergebnis",
    # Application
    "Demo": "Demo",
    "Started": "Gestartet",
    "Simulated cloud on 127.0.0.1; nothing real is billed.":
        "Simulierte Cloud auf 127.0.0.1; nichts wird wirklich abgerechnet.",
    "Refreshing every account…": "Alle Konten werden aktualisiert …",
    "Creating instances arrives with the create dialog.":
        "Das Erstellen von Instanzen kommt mit dem Erstellen-Dialog.",
    "Read API key": "API-Schlüssel lesen",
    "Refresh": "Aktualisieren",
    "Working again": "Funktioniert wieder",
    # AutostartEntry, SshConfigWriter
    "Cannot remove %1.": "%1 kann nicht entfernt werden.",
    "Cannot tell where GPU Fleet is installed.": "Es lässt sich nicht feststellen, wo GPU Fleet installiert ist.",
    "Cannot create the folder %1.": "Der Ordner %1 kann nicht angelegt werden.",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "Cannot read %1.": "%1 kann nicht gelesen werden.",
    # CliContext, CliParser
    "--account LABEL is required": "--account NAME ist erforderlich",
    'no account labelled "%1" (see: gpufleet account list)': "kein Konto namens „%1“ (siehe: gpufleet account list)",
    'no API key stored for account "%1"; remove and add the account again':
        "kein API-Schlüssel für Konto „%1“ gespeichert; entfernen Sie das Konto und fügen Sie es erneut hinzu",
    "%1: instance %2 not found": "%1: Instanz %2 nicht gefunden",
    "%1: expected %n argument(s), got %2": ["%1: %n Argument erwartet, %2 erhalten",
                                            "%1: %n Argumente erwartet, %2 erhalten"],
    # ConnectionTester
    "This provider cannot be tested here.": "Dieser Anbieter kann hier nicht getestet werden.",
    "Connected to %1: %n instance(s) listed.": ["Mit %1 verbunden: %n Instanz aufgelistet.",
                                                "Mit %1 verbunden: %n Instanzen aufgelistet."],
    "%1 rejected this API key. Check that you pasted the whole key and that it has not been revoked or expired.":
        "%1 hat diesen API-Schlüssel abgelehnt. Prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben und ob er nicht widerrufen oder abgelaufen ist.",
    "%1 accepted the key but it may not list instances (missing scope, permission or account tier).":
        "%1 hat den Schlüssel angenommen, aber er darf keine Instanzen auflisten (fehlender Scope, fehlende Berechtigung oder Kontostufe).",
    "%1 accepted the key but it may not list instances (missing scope or permission; fal keys need the ADMIN scope).":
        "%1 hat den Schlüssel angenommen, aber er darf keine Instanzen auflisten (fehlender Scope oder fehlende Berechtigung; fal-Schlüssel brauchen den Scope ADMIN).",
    "Could not reach %1 at %2: %3": "%1 unter %2 nicht erreichbar: %3",
    "The test failed: %1": "Der Test ist fehlgeschlagen: %1",
    # CreateCommand (CLI)
    "the account to create on": "das Konto, in dem erstellt wird",
    "fal instance type, Novita or Nebula Block product id": "fal-Instanztyp, Novita- oder Nebula-Block-Produkt-ID",
    "instance name": "Instanzname",
    "OpenSSH public key file (.pub)": "OpenSSH-Datei mit öffentlichem Schlüssel (.pub)",
    "number of GPUs (Novita, 1-8)": "Anzahl der GPUs (Novita, 1–8)",
    "Novita image URL or Nebula Block image id": "Novita-Image-URL oder Nebula-Block-Image-ID",
    "root disk in GB (Novita)": "Root-Datenträger in GB (Novita)",
    "fal sector_1..3, 8x types only": "fal sector_1..3, nur 8x-Typen",
    "%1 does not take --%2": "%1 akzeptiert kein --%2",
    "--offering is required (see: gpufleet offerings --account %1)":
        "--offering ist erforderlich (siehe: gpufleet offerings --account %1)",
    "fal.ai offerings are gpu_1x_h100_sxm5 and gpu_8x_h100_sxm5":
        "Die Angebote von fal.ai sind gpu_1x_h100_sxm5 und gpu_8x_h100_sxm5",
    "fal.ai takes --sector only with gpu_8x_h100_sxm5": "fal.ai akzeptiert --sector nur mit gpu_8x_h100_sxm5",
    "--sector must be sector_1, sector_2 or sector_3": "--sector muss sector_1, sector_2 oder sector_3 sein",
    "%1 needs --ssh-key FILE.pub": "%1 braucht --ssh-key DATEI.pub",
    "--ssh-key: %1": "--ssh-key: %1",
    "--gpus must be a number from 1 to 8": "--gpus muss eine Zahl von 1 bis 8 sein",
    "--disk must be a number of GB from 10 to 6144": "--disk muss eine Anzahl GB von 10 bis 6144 sein",
    "--name: use 1 to 63 letters, digits and hyphens": "--name: 1 bis 63 Buchstaben, Ziffern und Bindestriche verwenden",
    '%1 has no offering "%2" (see: gpufleet offerings --account %3)':
        "%1 hat kein Angebot „%2“ (siehe: gpufleet offerings --account %3)",
    "offering %1 is not available right now": "Angebot %1 ist derzeit nicht verfügbar",
    "--disk: %1 allows at most %2 GB": "--disk: %1 erlaubt höchstens %2 GB",
    "--disk: %1 needs at least %2 GB": "--disk: %1 braucht mindestens %2 GB",
    "no OS image matches %1 (region %2); pass --image": "kein Betriebssystem-Image passt zu %1 (Region %2); --image angeben",
    "Created %1 on %2 (status: %3)": "%1 bei %2 erstellt (Status: %3)",
    # CreateFormRules
    "Environment line %1 is not KEY=VALUE (KEY: letters, digits, _).":
        "Umgebungszeile %1 hat nicht die Form SCHLÜSSEL=WERT (SCHLÜSSEL: Buchstaben, Ziffern, _).",
    "At most %1 environment variables are allowed.": "Höchstens %1 Umgebungsvariablen sind erlaubt.",
    "Enter a name: it is how the new instance is found again.":
        "Geben Sie einen Namen ein: Daran wird die neue Instanz wiedergefunden.",
    "The name may contain only letters, digits and hyphens (at most 63, starting with a letter or digit).":
        "Der Name darf nur Buchstaben, Ziffern und Bindestriche enthalten (höchstens 63, beginnend mit einem Buchstaben oder einer Ziffer).",
    "Price: choose a product": "Preis: Wählen Sie ein Produkt",
    "Price: %1 (your price)": "Preis: %1 (Ihr Preis)",
    "Price: not published by fal": "Preis: von fal nicht veröffentlicht",
    "Price: not published": "Preis: nicht veröffentlicht",
    "Price: %1 (%2 × %3)": "Preis: %1 (%2 × %3)",
    "Price: %1": "Preis: %1",
    # CreateInstanceController
    "this account has no connection (is its API key stored?)":
        "dieses Konto hat keine Verbindung (ist sein API-Schlüssel gespeichert?)",
    # CreateInstanceDialog
    "New Instance": "Neue Instanz",
    "&Account:": "&Konto:",
    "P&reset:": "&Vorlage:",
    "Re&try": "&Wiederholen",
    "Instance &type:": "Instanz&typ:",
    "&Sector:": "&Sektor:",
    "InfiniBand placement; only 8× H100 instances have sectors":
        "InfiniBand-Platzierung; nur 8× H100-Instanzen haben Sektoren",
    "Your &price:": "Ihr &Preis:",
    "fal does not publish prices in its API: enter what your plan charges to see it here":
        "fal veröffentlicht keine Preise über seine API: Geben Sie ein, was Ihr Tarif kostet, um ihn hier zu sehen",
    "not set": "nicht festgelegt",
    "$": "$",
    "/h": "/h",
    "&GPUs:": "&GPUs:",
    "&Cluster:": "&Cluster:",
    "Container &image:": "Container-&Image:",
    "OS &image:": "Betriebssystem-&Image:",
    "Root &disk:": "Root-&Datenträger:",
    " GB": " GB",
    "Make up a new unique name": "Einen neuen eindeutigen Namen ausdenken",
    "New Na&me": "Neuer Na&me",
    "SSH &key:": "SSH-&Schlüssel:",
    "&Ports:": "P&orts:",
    "optional, e.g. 8888/http, 22/tcp": "optional, z. B. 8888/http, 22/tcp",
    "&Environment:": "&Umgebung:",
    "optional, one KEY=VALUE per line": "optional, ein SCHLÜSSEL=WERT pro Zeile",
    "Cancel": "Abbrechen",
    "&Create": "&Erstellen",
    "%1 (%2)": "%1 (%2)",
    "Creating…": "Wird erstellt …",
    "The instance was not created: %1": "Die Instanz wurde nicht erstellt: %1",
    "The catalogue could not be loaded: %1": "Der Katalog konnte nicht geladen werden: %1",
    "Loading products…": "Produkte werden geladen …",
    "This account offers no products right now.": "Dieses Konto bietet derzeit keine Produkte an.",
    "Already registered with Nebula Block as “%1”.": "Bereits bei Nebula Block als „%1“ registriert.",
    "This key will be registered with Nebula Block when the instance is created.":
        "Dieser Schlüssel wird bei Nebula Block registriert, wenn die Instanz erstellt wird.",
    "Add an account first (Accounts…).": "Fügen Sie zuerst ein Konto hinzu (Konten …).",
    "Choose an account.": "Wählen Sie ein Konto.",
    "The products could not be loaded; press Retry.":
        "Die Produkte konnten nicht geladen werden; klicken Sie auf „Wiederholen“.",
    # CreateInstanceFields
    "%1× %2 (%3 vCPU · %4 GB RAM)": "%1× %2 (%3 vCPU · %4 GB RAM)",
    "Any (fal chooses)": "Beliebig (fal wählt)",
    "Any cluster": "Beliebiger Cluster",
    "No image for this product's region": "Kein Image für die Region dieses Produkts",
    "Choose an instance type.": "Wählen Sie einen Instanztyp.",
    "Choose an available product.": "Wählen Sie ein verfügbares Produkt.",
    "Choose an OS image (none is offered in this product's region).":
        "Wählen Sie ein Betriebssystem-Image (in der Region dieses Produkts wird keines angeboten).",
    "Enter a container image.": "Geben Sie ein Container-Image an.",
    "Choose an SSH public key: it is how you will log in.":
        "Wählen Sie einen öffentlichen SSH-Schlüssel: Damit melden Sie sich an.",
    # DemoEnvironment
    "Could not create a temporary directory: %1": "Ein temporäres Verzeichnis konnte nicht angelegt werden: %1",
    "The simulated cloud could not listen on 127.0.0.1.": "Die simulierte Cloud konnte nicht auf 127.0.0.1 lauschen.",
    # Provider clients and parsers (error details)
    "the provider reported more instances but sent no cursor":
        "der Anbieter meldete weitere Instanzen, sendete aber keinen Cursor",
    "the provider repeated a page cursor; the list was not completed":
        "der Anbieter wiederholte einen Seiten-Cursor; die Liste wurde nicht vervollständigt",
    "the instance list has more than %1 pages": "die Instanzliste hat mehr als %1 Seiten",
    "invalid instance id": "ungültige Instanz-ID",
    "invalid idempotency key": "ungültiger Idempotenzschlüssel",
    "empty response body": "leerer Antwortinhalt",
    "malformed JSON at offset %1": "fehlerhaftes JSON an Position %1",
    "expected a JSON object": "JSON-Objekt erwartet",
    'the instance list has no "instances" array': "die Instanzliste hat kein „instances“-Array",
    "the instance has no id": "die Instanz hat keine ID",
    "Unknown fal instance type; use %1 or %2": "Unbekannter fal-Instanztyp; verwenden Sie %1 oder %2",
    "An SSH public key is required": "Ein öffentlicher SSH-Schlüssel ist erforderlich",
    "That is a private key; paste the public key (the .pub file) instead":
        "Das ist ein privater Schlüssel; fügen Sie stattdessen den öffentlichen Schlüssel (die .pub-Datei) ein",
    "Paste exactly one SSH public key line": "Fügen Sie genau eine Zeile mit einem öffentlichen SSH-Schlüssel ein",
    "Not an OpenSSH public key line; paste the contents of the .pub file":
        "Keine Zeile mit einem öffentlichen OpenSSH-Schlüssel; fügen Sie den Inhalt der .pub-Datei ein",
    "A sector can only be chosen for %1": "Ein Sektor kann nur für %1 gewählt werden",
    "The sector must be sector_1, sector_2 or sector_3": "Der Sektor muss sector_1, sector_2 oder sector_3 sein",
    # FilterBar
    "Search name, ID, IP, GPU, account (Ctrl+F)": "Name, ID, IP, GPU, Konto suchen (Strg+F)",
    "Show one provider only": "Nur einen Anbieter anzeigen",
    "All providers": "Alle Anbieter",
    "Show one account only": "Nur ein Konto anzeigen",
    "All accounts": "Alle Konten",
    "Active: running or on the way (billing); stopped: stopped or deleted":
        "Aktiv: läuft oder startet (wird abgerechnet); gestoppt: gestoppt oder gelöscht",
    "All statuses": "Alle Status",
    "Active": "Aktiv",
    # FleetSummaryLabel, TrayController, TrayWiring
    "%n running": ["%n läuft", "%n laufen"],
    "≥ $%1/h": "≥ $%1/h",
    "$%1/h": "$%1/h",
    "Running instances and their total price per hour; some prices are unknown and not included.":
        "Laufende Instanzen und ihr Gesamtpreis pro Stunde; einige Preise sind unbekannt und nicht enthalten.",
    "Running instances and their total price per hour.": "Laufende Instanzen und ihr Gesamtpreis pro Stunde.",
    # HistoryDialog
    "Usage history": "Nutzungsverlauf",
    "%1 h · $%2": "%1 h · $%2",
    "Today": "Heute",
    "This week": "Diese Woche",
    "This month": "Dieser Monat",
    "≈ estimated: the start was observed by GPU Fleet or the price was entered by you. * some hours have no known price. Kept on this computer only.":
        "≈ geschätzt: Der Start wurde von GPU Fleet beobachtet oder der Preis wurde von Ihnen eingegeben. * Für einige Stunden ist kein Preis bekannt. Wird nur auf diesem Computer gespeichert.",
    "No instance has run yet.": "Bisher ist keine Instanz gelaufen.",
    # HttpTransport
    "response larger than %1; not read": "Antwort größer als %1; nicht gelesen",
    "redirect to another host refused": "Umleitung zu einem anderen Host abgelehnt",
    "the connection closed before the provider answered; the request was not sent again":
        "die Verbindung wurde geschlossen, bevor der Anbieter antwortete; die Anfrage wurde nicht erneut gesendet",
    "the connection closed before the whole response arrived":
        "die Verbindung wurde geschlossen, bevor die ganze Antwort ankam",
    # InstanceCommand (CLI)
    "only this account": "nur dieses Konto",
    "No instances.": "Keine Instanzen.",
    "no API key stored; remove and add the account again":
        "kein API-Schlüssel gespeichert; entfernen Sie das Konto und fügen Sie es erneut hinzu",
    "%1: instance %2 is not reachable over SSH yet (status: %3)":
        "%1: Instanz %2 ist noch nicht über SSH erreichbar (Status: %3)",
    "the account whose catalogue to list": "das Konto, dessen Katalog aufgelistet wird",
    # InstanceDetailsPane, InstanceFormat
    "%1 d %2 h": "%1 T %2 h",
    "%1 h %2 min": "%1 h %2 min",
    "%1 min": "%1 min",
    "< 1 min": "< 1 min",
    "Close the details": "Details schließen",
    "Status": "Status",
    "Name": "Name",
    "Provider": "Anbieter",
    "ID": "ID",
    "GPU": "GPU",
    "Region": "Region",
    "Price": "Preis",
    "Public IP": "Öffentliche IP",
    "Created": "Erstellt",
    "Uptime": "Laufzeit",
    "Provider status": "Status beim Anbieter",
    "Copy": "Kopieren",
    "Copy the SSH command": "Den SSH-Befehl kopieren",
    "SSH command": "SSH-Befehl",
    "Copy the password; the clipboard is cleared again after a few seconds":
        "Das Passwort kopieren; die Zwischenablage wird nach einigen Sekunden wieder geleert",
    "Password": "Passwort",
    "Provider details": "Details des Anbieters",
    "No instance selected": "Keine Instanz ausgewählt",
    "%1 × %2": "%1 × %2",
    "$%1 per hour": "$%1 pro Stunde",
    "Not reachable over SSH yet": "Noch nicht über SSH erreichbar",
    "Root password": "Root-Passwort",
    "VM password": "VM-Passwort",
    "hidden": "verborgen",
    "Hide": "Verbergen",
    "Show": "Anzeigen",
    "Password (cleared from the clipboard in %n second(s))":
        ["Passwort (wird in %n Sekunde aus der Zwischenablage entfernt)",
         "Passwort (wird in %n Sekunden aus der Zwischenablage entfernt)"],
    # InstanceStatus
    "Provisioning": "Wird bereitgestellt",
    "Starting": "Startet",
    "Stopping": "Wird gestoppt",
    "Deleting": "Wird gelöscht",
    "Error": "Fehler",
    "Unknown": "Unbekannt",
    # InstanceTableModel
    "Unknown (%1)": "Unbekannt (%1)",
    "Endpoint": "Endpunkt",
    # MainWindow
    "GPU Fleet": "GPU Fleet",
    "&File": "&Datei",
    "&Instance": "&Instanz",
    "&View": "&Ansicht",
    "Toolbar": "Werkzeugleiste",
    "Filters": "Filter",
    "Activity Log": "Aktivitätsprotokoll",
    "&New Instance…": "&Neue Instanz …",
    "Create a new GPU instance": "Eine neue GPU-Instanz erstellen",
    "Ctrl+N": "Ctrl+N",
    "&Refresh": "A&ktualisieren",
    "Refresh every account now": "Alle Konten jetzt aktualisieren",
    "F5": "F5",
    "&Start": "&Starten",
    "Start the selected instances": "Die ausgewählten Instanzen starten",
    "S&top": "S&toppen",
    "Stop the selected instances": "Die ausgewählten Instanzen stoppen",
    "Rest&art": "N&eu starten",
    "Restart the selected instances": "Die ausgewählten Instanzen neu starten",
    "&Delete…": "&Löschen …",
    "Delete the selected instances": "Die ausgewählten Instanzen löschen",
    "Del": "Del",
    "Copy SS&H Command": "SS&H-Befehl kopieren",
    "Copy the SSH command of the selected instances": "Den SSH-Befehl der ausgewählten Instanzen kopieren",
    "Ctrl+Shift+C": "Ctrl+Shift+C",
    "Copy &IP Address": "&IP-Adresse kopieren",
    "Copy the public IP address of the selected instances":
        "Die öffentliche IP-Adresse der ausgewählten Instanzen kopieren",
    "Open in &Terminal": "Im &Terminal öffnen",
    "Open an SSH session in your terminal": "Eine SSH-Sitzung in Ihrem Terminal öffnen",
    "Show D&etails": "D&etails anzeigen",
    "Show every detail of the selected instance": "Alle Details der ausgewählten Instanz anzeigen",
    "&Find…": "&Suchen …",
    "Search the instances": "Die Instanzen durchsuchen",
    "Ctrl+F": "Ctrl+F",
    "&Accounts…": "K&onten …",
    "Add, edit or remove provider accounts": "Anbieterkonten hinzufügen, bearbeiten oder entfernen",
    "&Quit": "&Beenden",
    "Quit GPU Fleet": "GPU Fleet beenden",
    "Ctrl+Q": "Ctrl+Q",
    "Copied: %1": "Kopiert: %1",
    "Copied %n SSH command(s) to the clipboard.": ["%n SSH-Befehl in die Zwischenablage kopiert.",
                                                   "%n SSH-Befehle in die Zwischenablage kopiert."],
    "Copied %n IP address(es) to the clipboard.": ["%n IP-Adresse in die Zwischenablage kopiert.",
                                                   "%n IP-Adressen in die Zwischenablage kopiert."],
    "GPU Fleet — Demo (simulated cloud, no real instances)":
        "GPU Fleet – Demo (simulierte Cloud, keine echten Instanzen)",
    # Nebula Block
    'the product list "data" is not a region map': "die Produktliste „data“ ist keine Zuordnung nach Regionen",
    'the image list "data" is not a region map': "die Image-Liste „data“ ist keine Zuordnung nach Regionen",
    'the SSH key list has no "data" object': "die SSH-Schlüsselliste hat kein „data“-Objekt",
    'the SSH key list "ssh_keys" is not an array': "die SSH-Schlüsselliste „ssh_keys“ ist kein Array",
    "the new SSH key has no id": "der neue SSH-Schlüssel hat keine ID",
    "The instance id is empty or contains unexpected characters":
        "Die Instanz-ID ist leer oder enthält unerwartete Zeichen",
    "the server sent the same page again at offset %1": "der Server sendete bei Offset %1 dieselbe Seite erneut",
    "more than %1 pages": "mehr als %1 Seiten",
    'no usable answer to the create request for "%1" and it is not in the instance list; check the list before creating it again':
        "keine verwertbare Antwort auf die Erstellungsanfrage für „%1“ und sie ist nicht in der Instanzliste; prüfen Sie die Liste, bevor Sie sie erneut erstellen",
    'Nebula Block accepted "%1" but it is not in the instance list yet; it should appear shortly':
        "Nebula Block hat „%1“ angenommen, aber sie ist noch nicht in der Instanzliste; sie sollte in Kürze erscheinen",
    'the instance list has no "data" array': "die Instanzliste hat kein „data“-Array",
    'the instance list "data" is not an array': "die Instanzliste „data“ ist kein Array",
    "the instance detail is not an object": "die Instanzdetails sind kein Objekt",
    "The instance name is longer than %1 characters": "Der Instanzname ist länger als %1 Zeichen",
    "The instance name contains control characters": "Der Instanzname enthält Steuerzeichen",
    "Choose a Nebula Block product": "Wählen Sie ein Nebula-Block-Produkt",
    "Choose an OS image for the product's region and data center":
        "Wählen Sie ein Betriebssystem-Image für die Region und das Rechenzentrum des Produkts",
    # Notification, NotificationPolicy
    "Instance ready": "Instanz bereit",
    "Instance failed": "Instanz fehlgeschlagen",
    "Instance stopped unexpectedly": "Instanz unerwartet gestoppt",
    "Instance disappeared": "Instanz verschwunden",
    "Instance stuck while starting": "Instanz hängt beim Starten",
    "Instance still running": "Instanz läuft noch",
    "Daily budget": "Tagesbudget",
    "%1 on %2": "%1 bei %2",
    "Copy SSH command": "SSH-Befehl kopieren",
    "Open terminal": "Terminal öffnen",
    "%1 failed": "%1 fehlgeschlagen",
    "%1 entered an error state.": "%1 ist in einen Fehlerzustand geraten.",
    "%1 entered an error state: %2": "%1 ist in einen Fehlerzustand geraten: %2",
    "%1 stopped": "%1 gestoppt",
    "%1 stopped without a request from GPU Fleet.": "%1 wurde ohne Anforderung durch GPU Fleet gestoppt.",
    "%1 stopped without a request from GPU Fleet: %2": "%1 wurde ohne Anforderung durch GPU Fleet gestoppt: %2",
    "%1 disappeared": "%1 verschwunden",
    "%1 is no longer listed by the provider, without a delete from GPU Fleet.":
        "%1 wird vom Anbieter nicht mehr aufgeführt, ohne dass GPU Fleet sie gelöscht hat.",
    "%1 is ready": "%1 ist bereit",
    "%1 is ready — %2": "%1 ist bereit – %2",
    "%1 is running": "%1 läuft",
    "%1 is running but SSH is not answering yet": "%1 läuft, aber SSH antwortet noch nicht",
    "Today's spend across all accounts is heading for %1, over the daily budget of %2.":
        "Die heutigen Ausgaben aller Konten steuern auf %1 zu, über dem Tagesbudget von %2.",
    "Today's spend on %1 is heading for %2, over its daily budget of %3.":
        "Die heutigen Ausgaben für %1 steuern auf %2 zu, über seinem Tagesbudget von %3.",
    "%1 is taking long": "%1 braucht lange",
    "%1 has been starting for %n minute(s) (%2).": ["%1 startet seit %n Minute (%2).",
                                                    "%1 startet seit %n Minuten (%2)."],
    "%1 has been running for %n hour(s).": ["%1 läuft seit %n Stunde.", "%1 läuft seit %n Stunden."],
    "About %1 so far.": "Bisher etwa %1.",
    "Snooze 1 h": "1 h später erinnern",
    "%1 is still running": "%1 läuft noch",
    # Novita
    "the provider sent the same page of instances twice": "der Anbieter sendete dieselbe Seite mit Instanzen zweimal",
    "the instance list did not end after %1 pages": "die Instanzliste endete nicht nach %1 Seiten",
    "no instance id": "keine Instanz-ID",
    "instance without an id": "Instanz ohne ID",
    "no instance id in the create response": "keine Instanz-ID in der Antwort auf das Erstellen",
    "empty response": "leere Antwort",
    "malformed JSON": "fehlerhaftes JSON",
    'unexpected type of "%1"': "unerwarteter Typ von „%1“",
    "Spot instance was reclaimed": "Spot-Instanz wurde zurückgefordert",
    "Spot instance is about to be reclaimed": "Spot-Instanz wird in Kürze zurückgefordert",
    "Choose a product.": "Wählen Sie ein Produkt.",
    "The product id is too long.": "Die Produkt-ID ist zu lang.",
    "The GPU count must be between %1 and %2.": "Die Anzahl der GPUs muss zwischen %1 und %2 liegen.",
    "The disk size must be between %1 and %2 GB.": "Die Datenträgergröße muss zwischen %1 und %2 GB liegen.",
    "The container image must be at most %1 characters on one line.":
        "Das Container-Image darf höchstens %1 Zeichen auf einer Zeile haben.",
    "Enter a name.": "Geben Sie einen Namen ein.",
    "The name must be at most %1 characters on one line.": "Der Name darf höchstens %1 Zeichen auf einer Zeile haben.",
    "Environment variable names must be 1 to %1 characters.":
        "Namen von Umgebungsvariablen müssen 1 bis %1 Zeichen lang sein.",
    "Environment variable values must be at most %1 characters.":
        "Werte von Umgebungsvariablen dürfen höchstens %1 Zeichen lang sein.",
    'Ports are written as port/protocol with protocol tcp or http, e.g. "8888/http, 22/tcp" ("%1" is not).':
        "Ports werden als Port/Protokoll mit dem Protokoll tcp oder http geschrieben, z. B. „8888/http, 22/tcp“ („%1“ ist das nicht).",
    "Port %1 is outside 1 to 65535.": "Port %1 liegt außerhalb von 1 bis 65535.",
    "Ports %1 to %2 are reserved by Novita.": "Die Ports %1 bis %2 sind von Novita reserviert.",
    "Port %1 is listed twice.": "Port %1 ist doppelt angegeben.",
    "At most %1 ports can be exposed.": "Höchstens %1 Ports können freigegeben werden.",
    # OfferingTable
    "%1 vCPU · %2 GB": "%1 vCPU · %2 GB",
    "vCPU / RAM": "vCPU / RAM",
    "Price per hour": "Preis pro Stunde",
    "Availability": "Verfügbarkeit",
    "vCPU / RAM per GPU": "vCPU / RAM pro GPU",
    "Price per GPU-hour": "Preis pro GPU-Stunde",
    "not published": "nicht veröffentlicht",
    "Not available right now": "Derzeit nicht verfügbar",
    "Out of stock": "Nicht vorrätig",
    "%n in stock": ["%n vorrätig", "%n vorrätig"],
    "Available": "Verfügbar",
    "Sold out": "Ausverkauft",
    "Low stock": "Geringer Vorrat",
    "Plenty": "Reichlich",
    # PresetBar
    "Sa&ve as Preset…": "Als &Vorlage speichern …",
    "Delete Preset": "Vorlage löschen",
    "No presets yet": "Noch keine Vorlagen",
    "Choose a preset": "Wählen Sie eine Vorlage",
    "Save Preset": "Vorlage speichern",
    "Preset name (instance names are not saved: each instance gets a new one):":
        "Name der Vorlage (Instanznamen werden nicht gespeichert: Jede Instanz bekommt einen neuen):",
    # ProviderError
    "Could not reach the provider": "Der Anbieter ist nicht erreichbar",
    "The provider did not answer in time": "Der Anbieter hat nicht rechtzeitig geantwortet",
    "The API key was rejected (check or replace the key)":
        "Der API-Schlüssel wurde abgelehnt (prüfen oder ersetzen Sie den Schlüssel)",
    "The API key is not allowed to do this (missing scope, permission or account tier)":
        "Der API-Schlüssel darf das nicht (fehlender Scope, fehlende Berechtigung oder Kontostufe)",
    "Instance not found": "Instanz nicht gefunden",
    "Rate limited by the provider; retrying later": "Vom Anbieter gedrosselt; später neuer Versuch",
    "The provider refused the request": "Der Anbieter hat die Anfrage abgelehnt",
    "The instance is not in a state that allows this": "Die Instanz ist nicht in einem Zustand, der das erlaubt",
    "The provider had an internal error": "Beim Anbieter ist ein interner Fehler aufgetreten",
    "The provider sent a response GPU Fleet cannot read":
        "Der Anbieter hat eine Antwort gesendet, die GPU Fleet nicht lesen kann",
    "Refused to send the API key over plain HTTP to a non-local host; use https://":
        "Der API-Schlüssel wird nicht über unverschlüsseltes HTTP an einen entfernten Host gesendet; verwenden Sie https://",
    "The provider does not support this action": "Der Anbieter unterstützt diese Aktion nicht",
    "Cancelled": "Abgebrochen",
    # SecretResult
    "No API key was found for this account: enter it in the account settings, or unlock your keyring if it is locked.":
        "Für dieses Konto wurde kein API-Schlüssel gefunden: Geben Sie ihn in den Kontoeinstellungen ein oder entsperren Sie Ihren Schlüsselbund, falls er gesperrt ist.",
    "No keychain is available: start a Secret Service such as gnome-keyring or KWallet, or unlock your keyring.":
        "Kein Schlüsselbund verfügbar: Starten Sie einen Secret Service wie gnome-keyring oder KWallet oder entsperren Sie Ihren Schlüsselbund.",
    "Your keyring is locked: unlock it (for example in Passwords and Keys) and try again.":
        "Ihr Schlüsselbund ist gesperrt: Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.",
    "Access to the keychain was denied: allow GPU Fleet to use your keyring and try again.":
        "Der Zugriff auf den Schlüsselbund wurde verweigert: Erlauben Sie GPU Fleet, Ihren Schlüsselbund zu verwenden, und versuchen Sie es erneut.",
    "The keychain reported an error: try again, and check your Secret Service if it keeps failing.":
        "Der Schlüsselbund meldete einen Fehler: Versuchen Sie es erneut und prüfen Sie Ihren Secret Service, falls es weiter fehlschlägt.",
    # SshKeyCreator
    "Create it &without a passphrase": "&Ohne Passphrase erstellen",
    "Create &Key": "&Schlüssel erstellen",
    "Runs <tt>ssh-keygen -t ed25519</tt>. With a passphrase (recommended), ssh-keygen asks for it in a terminal window.":
        "Führt <tt>ssh-keygen -t ed25519</tt> aus. Mit Passphrase (empfohlen) fragt ssh-keygen in einem Terminalfenster danach.",
    "Private key &file:": "&Datei des privaten Schlüssels:",
    "Enter the full path of the new private key file.":
        "Geben Sie den vollständigen Pfad der neuen Datei für den privaten Schlüssel ein.",
    "%1 already exists; choose another file name.": "%1 existiert bereits; wählen Sie einen anderen Dateinamen.",
    "Could not create the folder %1.": "Der Ordner %1 konnte nicht angelegt werden.",
    "Creating the key…": "Der Schlüssel wird erstellt …",
    "Created %1.": "%1 erstellt.",
    "ssh-keygen could not be started; is OpenSSH installed?":
        "ssh-keygen konnte nicht gestartet werden; ist OpenSSH installiert?",
    "ssh-keygen failed (exit code %1).": "ssh-keygen ist fehlgeschlagen (Exit-Code %1).",
    "No terminal emulator found. Run <tt>%1</tt> in a terminal, then press Refresh.":
        "Kein Terminalemulator gefunden. Führen Sie <tt>%1</tt> in einem Terminal aus und klicken Sie dann auf „Aktualisieren“.",
    'Could not start the terminal "%1". Run <tt>%2</tt> yourself, then press Refresh.':
        "Das Terminal „%1“ konnte nicht gestartet werden. Führen Sie <tt>%2</tt> selbst aus und klicken Sie dann auf „Aktualisieren“.",
    "ssh-keygen is asking for the passphrase in the terminal window. Press Refresh when it is done.":
        "ssh-keygen fragt im Terminalfenster nach der Passphrase. Klicken Sie auf „Aktualisieren“, wenn es fertig ist.",
    # SshKeyInspector
    "No SSH public key given.": "Kein öffentlicher SSH-Schlüssel angegeben.",
    "This is a private SSH key; it must never be shared. Use the matching .pub file instead.":
        "Das ist ein privater SSH-Schlüssel; er darf nie weitergegeben werden. Verwenden Sie stattdessen die passende .pub-Datei.",
    "Unsupported SSH key type. Use ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, sk-ssh-ed25519@openssh.com or sk-ecdsa-sha2-nistp256@openssh.com.":
        "Nicht unterstützter SSH-Schlüsseltyp. Verwenden Sie ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, sk-ssh-ed25519@openssh.com oder sk-ecdsa-sha2-nistp256@openssh.com.",
    "The key data is not valid base64; the key may have been cut or changed while copying.":
        "Die Schlüsseldaten sind kein gültiges Base64; der Schlüssel wurde beim Kopieren vielleicht abgeschnitten oder verändert.",
    "The key data does not match the key type written before it.":
        "Die Schlüsseldaten passen nicht zum davor angegebenen Schlüsseltyp.",
    "The key data is incomplete; the key was probably cut while copying.":
        "Die Schlüsseldaten sind unvollständig; der Schlüssel wurde beim Kopieren wahrscheinlich abgeschnitten.",
    'This is not an OpenSSH public key (expected "type key comment", as in a .pub file).':
        "Das ist kein öffentlicher OpenSSH-Schlüssel (erwartet wird „Typ Schlüssel Kommentar“ wie in einer .pub-Datei).",
    "The key file cannot be read (missing, not a regular file, or larger than 64 KiB).":
        "Die Schlüsseldatei kann nicht gelesen werden (fehlt, ist keine reguläre Datei oder größer als 64 KiB).",
    "This is a private SSH key; it must never be shared. Use the public key %1 instead.":
        "Das ist ein privater SSH-Schlüssel; er darf nie weitergegeben werden. Verwenden Sie stattdessen den öffentlichen Schlüssel %1.",
    'Options before the key type (such as from="..." or command="...") are not supported; paste only "type key comment".':
        "Optionen vor dem Schlüsseltyp (wie from=\"...\" oder command=\"...\") werden nicht unterstützt; fügen Sie nur „Typ Schlüssel Kommentar“ ein.",
    # SshKeyPicker
    "&Browse…": "&Durchsuchen …",
    "&Paste…": "&Einfügen …",
    "Create a Key…": "Schlüssel erstellen …",
    "ssh-ed25519 AAAA… you@host": "ssh-ed25519 AAAA… sie@rechner",
    "Choose an SSH Public Key": "Öffentlichen SSH-Schlüssel wählen",
    "Public keys (*.pub);;All files (*)": "Öffentliche Schlüssel (*.pub);;Alle Dateien (*)",
    "pasted": "eingefügt",
    "No public key found": "Kein öffentlicher Schlüssel gefunden",
    "No SSH public key in %1. Create one, browse for one or paste one.":
        "Kein öffentlicher SSH-Schlüssel in %1. Erstellen, suchen oder fügen Sie einen ein.",
    "Use %1": "%1 verwenden",
    "pasted key": "eingefügter Schlüssel",
    "%1 · %2 · %3": "%1 · %2 · %3",
    # TerminalLauncher
    "%1 has no usable SSH endpoint.": "%1 hat keinen nutzbaren SSH-Endpunkt.",
    'No terminal emulator found: set $TERMINAL, install x-terminal-emulator, or set %1 in the settings ("{cmd}" stands for the ssh command).':
        "Kein Terminalemulator gefunden: Setzen Sie $TERMINAL, installieren Sie x-terminal-emulator oder legen Sie %1 in den Einstellungen fest („{cmd}“ steht für den ssh-Befehl).",
    'Could not start the terminal "%1".': "Das Terminal „%1“ konnte nicht gestartet werden.",
    # TrayController, TrayMenu
    "Nothing running": "Nichts läuft",
    "(%n without a price)": ["(%n ohne Preis)", "(%n ohne Preis)"],
    "%n changing state": ["%n ändert den Status", "%n ändern den Status"],
    "%n account(s) with errors": ["%n Konto mit Fehlern", "%n Konten mit Fehlern"],
    "• %1 on %2 (%3) — %4": "• %1 bei %2 (%3) – %4",
    "price unknown": "Preis unbekannt",
    "Instances keep billing": "Instanzen werden weiter abgerechnet",
    "%n instance(s) will keep running, and billing, after GPU Fleet quits: %1 in total.":
        ["%n Instanz läuft nach dem Beenden von GPU Fleet weiter und wird weiter abgerechnet: insgesamt %1.",
         "%n Instanzen laufen nach dem Beenden von GPU Fleet weiter und werden weiter abgerechnet: insgesamt %1."],
    "%n of them without a known price.": ["%n davon ohne bekannten Preis.", "%n davon ohne bekannten Preis."],
    "Quit anyway": "Trotzdem beenden",
    "Cancel logout": "Abmelden abbrechen",
    "Keep running in tray": "Im Infobereich weiterlaufen",
    "Don't quit": "Nicht beenden",
    "GPU Fleet is still running": "GPU Fleet läuft noch",
    "It keeps watching your instances from the tray. Choose Quit in the tray menu to leave.":
        "Es beobachtet Ihre Instanzen weiter aus dem Infobereich. Wählen Sie „Beenden“ im Menü des Infobereichs, um es zu verlassen.",
    "No instances running": "Keine Instanzen laufen",
    "Show window": "Fenster anzeigen",
    "Quit": "Beenden",
    "%1 — %2": "%1 – %2",
    "Stop…": "Stoppen …",
    "Delete…": "Löschen …",
    # SettingsDialog
    "Settings": "Einstellungen",
    "&General": "&Allgemein",
    "&Language:": "&Sprache:",
    "A new language takes effect the next time GPU Fleet starts.":
        "Eine neue Sprache wird beim nächsten Start von GPU Fleet wirksam.",
    "&Terminal command:": "&Terminalbefehl:",
    "{cmd} stands for the ssh command. Leave empty to use $TERMINAL, else x-terminal-emulator.":
        "{cmd} steht für den ssh-Befehl. Leer lassen, um $TERMINAL zu verwenden, sonst x-terminal-emulator.",
    "Startup": "Programmstart",
    "Start GPU Fleet when I &log in": "GPU Fleet beim &Anmelden starten",
    "Start &minimised to the tray": "&Minimiert im Infobereich starten",
    "While instances are changing, every:": "Solange sich Instanzen ändern, alle:",
    "When everything is steady, every:": "Wenn alles ruhig ist, alle:",
    "SSH": "SSH",
    "&Keep ~/.ssh config entries for my instances": "&Einträge für meine Instanzen in ~/.ssh/config pflegen",
    "&Notifications": "&Benachrichtigungen",
    "Notify me about": "Benachrichtigen bei",
    "Thresholds": "Schwellenwerte",
    "&Still running after:": "&Läuft noch nach:",
    "&Remind again every:": "&Erneut erinnern alle:",
    "&Costs": "&Kosten",
    "fal.ai publishes no prices through its API. Enter what you pay per hour for each instance type to see costs and budgets for fal.ai instances.":
        "fal.ai veröffentlicht keine Preise über seine API. Geben Sie für jeden Instanztyp ein, was Sie pro Stunde zahlen, um Kosten und Budgets für fal.ai-Instanzen zu sehen.",
    "Daily &budget for all accounts:": "Tages&budget für alle Konten:",
    "Per account (a still-running threshold left at “Default” uses the one on the Notifications page):":
        "Pro Konto (ein auf „Standard“ belassener Schwellenwert für „läuft noch“ verwendet den auf der Seite „Benachrichtigungen“):",
    "System default": "Systemvorgabe",
    " s": " s",
    " min": " min",
    " h": " h",
    "%1 stuck while starting after:": "%1 hängt beim Starten nach:",
    "fal.ai instance type": "fal.ai-Instanztyp",
    "Not set": "Nicht festgelegt",
    "None": "Keines",
    "Still running after": "Läuft noch nach",
    "Default": "Standard",
    "Adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2, so that “ssh <account>-<instance>” works everywhere. Nothing else in your SSH config is changed.":
        "Fügt die Zeile „%1“ oben in ~/.ssh/config ein und pflegt einen Host-Eintrag je laufender Instanz in %2, sodass „ssh <Konto>-<Instanz>“ überall funktioniert. Sonst wird nichts an Ihrer SSH-Konfiguration geändert.",
    "Warning: “%1” on line %2 of ~/.ssh/config sets %3 for every host, above the Include; OpenSSH will use it instead of GPU Fleet's entries.":
        "Warnung: „%1“ in Zeile %2 von ~/.ssh/config setzt %3 für jeden Host, oberhalb des Include; OpenSSH verwendet das anstelle der Einträge von GPU Fleet.",
    "(no Host line)": "(keine Host-Zeile)",
    "Could not add the Include line to ~/.ssh/config: %1":
        "Die Include-Zeile konnte nicht zu ~/.ssh/config hinzugefügt werden: %1",
    "Could not remove GPU Fleet's entries from your SSH config: %1":
        "Die Einträge von GPU Fleet konnten nicht aus Ihrer SSH-Konfiguration entfernt werden: %1",
    'Creating %1…': '%1 wird erstellt …',
    'Create failed: %1': 'Erstellen fehlgeschlagen: %1',
    'Sector %1': 'Sektor %1',
    '&Settings…': '&Einstellungen …',
    'Ctrl+,': 'Ctrl+,',
    'Usage &History…': '&Nutzungsverlauf …',
    'Hours and estimated cost per account: today, this week, this month': 'Stunden und geschätzte Kosten pro Konto: heute, diese Woche, dieser Monat',
    '… and %n more': ['… und %n weitere', '… und %n weitere'],
    'Unknown command: %1': 'Unbekannter Befehl: %1',
    'GPU Fleet: one live table of every GPU instance across fal.ai, Novita AI and Nebula Block.\n\nOptions:\n  --demo         open the window on a simulated cloud running inside the app (no keys,\n                 nothing real is billed)\n  -h, --help     show this help and exit\n  -v, --version  show the version and exit\n\n': 'GPU Fleet: eine Live-Tabelle aller GPU-Instanzen bei fal.ai, Novita AI und Nebula Block.\n\nOptionen:\n  --demo         das Fenster mit einer simulierten Cloud in der Anwendung öffnen (keine\n                 Schlüssel, nichts wird wirklich abgerechnet)\n  -h, --help     diese Hilfe anzeigen und beenden\n  -v, --version  die Version anzeigen und beenden\n\n',
    'Add to SSH &Config': 'Zur SSH-&Konfiguration hinzufügen',
    'Give the instance a Host entry in your SSH config and copy “ssh <alias>”': 'Der Instanz einen Host-Eintrag in Ihrer SSH-Konfiguration geben und „ssh <alias>“ kopieren',
    'Open in &VS Code': 'In &VS Code öffnen',
    'Open the instance in VS Code over Remote-SSH': 'Die Instanz in VS Code über Remote-SSH öffnen',
    "VS Code's “code” command was not found. The link %1 is on the clipboard: open it in a browser or with xdg-open to reach VS Code.": 'Der Befehl „code“ von VS Code wurde nicht gefunden. Der Link %1 ist in der Zwischenablage: Öffnen Sie ihn in einem Browser oder mit xdg-open, um VS Code zu erreichen.',
    'Add the Include line': 'Include-Zeile hinzufügen',
    'Add to SSH config': 'Zur SSH-Konfiguration hinzufügen',
    'Could not update your SSH config: %1': 'Ihre SSH-Konfiguration konnte nicht aktualisiert werden: %1',
    'GPU Fleet adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running instance in %2. Nothing else in your SSH config is changed; Settings turns this off again.': 'GPU Fleet fügt die Zeile „%1“ am Anfang von ~/.ssh/config ein und führt in %2 einen Host-Eintrag pro laufender Instanz. Sonst wird nichts an Ihrer SSH-Konfiguration geändert; in den Einstellungen lässt sich das wieder abschalten.',
    'Let GPU Fleet keep SSH entries for your instances?': 'Soll GPU Fleet SSH-Einträge für Ihre Instanzen führen?',
    'Open in VS Code': 'In VS Code öffnen',
    'Opening %1 in VS Code…': '%1 wird in VS Code geöffnet …',
    'The demo leaves your SSH config alone.': 'Die Demo lässt Ihre SSH-Konfiguration unverändert.',
    'The instance is no longer running.': 'Die Instanz läuft nicht mehr.',
    'This instance has no SSH alias: it is not running, or its address cannot be written to an SSH config.': 'Diese Instanz hat keinen SSH-Alias: Sie läuft nicht, oder ihre Adresse kann nicht in eine SSH-Konfiguration geschrieben werden.',
    'Update SSH config': 'SSH-Konfiguration aktualisieren',
    '“%1” works now; it is on the clipboard.': '„%1“ funktioniert jetzt und ist in der Zwischenablage.',
}

# Where one context needs other wording than the shared table.
CONTEXT = {
    ("SettingsDialog", "Refresh"): "Aktualisierung",
    ("AccountsDialog", "&Name:"): "Na&me:",
}
