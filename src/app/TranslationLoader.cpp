#include "app/TranslationLoader.h"

#include "core/AccountStore.h"
#include "core/Logging.h"
#include "widgets/GeneralSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {
// Translators parented to the application so they live as long as it does; named so a second
// install() replaces instead of stacking them.
constexpr char TranslatorName[] = "gpufleet-translator";

bool installTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QString::fromLatin1(TranslatorName));
    if (!translator->load(locale, name, u"_"_s, directory)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}
} // namespace

QLocale TranslationLoader::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList TranslationLoader::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(QString::fromLatin1(TranslatorName));
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale = localeFor(language);
    QStringList installed;
    // English needs a catalogue too: gpufleet_en holds the plural forms ("1 instance").
    if (installTranslator(locale, u"gpufleet"_s, QString::fromLatin1(ResourceDir))
        || installTranslator(QLocale(QLocale::English), u"gpufleet"_s, QString::fromLatin1(ResourceDir)))
        installed.append(u"gpufleet"_s);
    // Qt's own texts (OK, Cancel, file dialogs) in the same language.
    if (installTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed.append(u"qtbase"_s);
    qCDebug(lcUi) << "translations for" << locale.uiLanguages() << "installed:" << installed;
    return installed;
}

QStringList TranslationLoader::installConfigured()
{
    QSettings settings(AccountStore::defaultFilePath(), QSettings::IniFormat);
    return install(GeneralSettings::load(settings).language);
}
