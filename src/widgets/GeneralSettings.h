#pragma once

#include "fleet/PollIntervals.h"

#include <QString>

class QSettings;

// The preferences no other class owns: language, start minimised, managing ~/.ssh config entries,
// the poll intervals and the terminal command (TerminalLauncher's key). Settings writes them,
// Application and TranslationLoader read them.
struct GeneralSettings
{
    static constexpr char LanguageKey[] = "ui/language"; // "" = the system's
    static constexpr char StartMinimizedKey[] = "ui/startMinimized";
    static constexpr char ManageSshConfigKey[] = "ssh/manageConfig";
    static constexpr char FastPollKey[] = "polling/fastMs";
    static constexpr char SlowPollKey[] = "polling/slowMs";

    // What the user may choose, so a hand-edited file cannot make GPU Fleet hammer an API.
    static constexpr int MinFastPollMs = 2000;
    static constexpr int MaxFastPollMs = 120000;
    static constexpr int MinSlowPollMs = 10000;
    static constexpr int MaxSlowPollMs = 3600000;

    QString language; // "de", "zh_CN", "en"; "" = follow the system
    bool startMinimized = false;
    bool manageSshConfig = false;
    QString terminalCommand; // "" = $TERMINAL, else x-terminal-emulator
    PollIntervals intervals;

    // The language codes with a translation, English first.
    [[nodiscard]] static QStringList languages();
    [[nodiscard]] static GeneralSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};
