#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Installs the user interface's translations: GPU Fleet's own (embedded as :/i18n/gpufleet_<lang>.qm)
// and Qt's qtbase ones (standard buttons, dialogs), for the system's languages or the language
// chosen in Settings (ui/language). Called once, before the first window is built.
class TranslationLoader final
{
public:
    static constexpr char ResourceDir[] = ":/i18n";

    // `language` "" = the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else a code
    // such as "de" or "zh_CN"; without a translation for it the English catalogue (plural forms)
    // is used. Returns the catalogues installed: "gpufleet", "qtbase" (none for English).
    static QStringList install(const QString &language);
    // install() with the language from the user's settings file (never the demo's).
    static QStringList installConfigured();
    // The locale for `language` ("" = QLocale::system()).
    [[nodiscard]] static QLocale localeFor(const QString &language);
};
