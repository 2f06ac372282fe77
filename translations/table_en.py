# English plural forms for fill_translations.py: only numerus (%n) messages are filled in
# gpufleet_en.ts ([one, other]); every other message shows its source text.

TRANSLATIONS = {
    "%1: %n instance(s) requested": ["%1: %n instance requested", "%1: %n instances requested"],
    "%n more running (Show window)": ["%n more running (Show window)", "%n more running (Show window)"],
    "%1: expected %n argument(s), got %2": ["%1: expected %n argument, got %2", "%1: expected %n arguments, got %2"],
    "Connected to %1: %n instance(s) listed.": ["Connected to %1: %n instance listed.",
                                                "Connected to %1: %n instances listed."],
    "%n running": ["%n running", "%n running"],
    "Password (cleared from the clipboard in %n second(s))":
        ["Password (cleared from the clipboard in %n second)", "Password (cleared from the clipboard in %n seconds)"],
    "Copied %n SSH command(s) to the clipboard.": ["Copied %n SSH command to the clipboard.",
                                                   "Copied %n SSH commands to the clipboard."],
    "Copied %n IP address(es) to the clipboard.": ["Copied %n IP address to the clipboard.",
                                                   "Copied %n IP addresses to the clipboard."],
    "%1 has been starting for %n minute(s) (%2).": ["%1 has been starting for %n minute (%2).",
                                                    "%1 has been starting for %n minutes (%2)."],
    "%1 has been running for %n hour(s).": ["%1 has been running for %n hour.", "%1 has been running for %n hours."],
    "%n in stock": ["%n in stock", "%n in stock"],
    "(%n without a price)": ["(%n without a price)", "(%n without a price)"],
    "%n changing state": ["%n changing state", "%n changing state"],
    "%n account(s) with errors": ["%n account with errors", "%n accounts with errors"],
    "%n instance(s) will keep running, and billing, after GPU Fleet quits: %1 in total.":
        ["%n instance will keep running, and billing, after GPU Fleet quits: %1 in total.",
         "%n instances will keep running, and billing, after GPU Fleet quits: %1 in total."],
    "%n of them without a known price.": ["%n of them without a known price.", "%n of them without a known price."],
    "Delete %n instance(s)?": ["Delete %n instance?", "Delete %n instances?"],
    "Delete %n Instance(s)": ["Delete %n Instance", "Delete %n Instances"],
    "Stop %n instance(s)?": ["Stop %n instance?", "Stop %n instances?"],
    "Stop %n Instance(s)": ["Stop %n Instance", "Stop %n Instances"],
    "Restart %n instance(s)?": ["Restart %n instance?", "Restart %n instances?"],
    "Restart %n Instance(s)": ["Restart %n Instance", "Restart %n Instances"],
    "… and %n more": ["… and %n more", "… and %n more"],
}

CONTEXT = {
}
