#include "app/TranslationLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {
QString translate(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}
} // namespace

// The .qm catalogues embedded under :/i18n (through gpufleet_app, as in the executable): each
// loads, known strings come out translated, plural forms are right for 1 and 2, and
// TranslationLoader installs the chosen language plus Qt's own translations.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        // Back to English (LC_ALL=C under ctest), so one case does not leak into the next.
        TranslationLoader::install(u"en"_s);
    }

    void cataloguesAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }

    void cataloguesAreEmbedded()
    {
        QFETCH(QString, language);
        const QString path = u":/i18n/gpufleet_"_s + language + u".qm"_s;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QVERIFY(!translator.isEmpty());
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de status") << u"de"_s << QByteArray("InstanceStatus") << QByteArray("Running")
                                   << u"Läuft"_s;
        QTest::newRow("de menu") << u"de"_s << QByteArray("MainWindow") << QByteArray("&File") << u"&Datei"_s;
        QTest::newRow("de placeholder")
            << u"de"_s << QByteArray("AccountsDialog") << QByteArray("Remove the account “%1”?")
            << u"Das Konto „%1“ entfernen?"_s;
        QTest::newRow("de settings") << u"de"_s << QByteArray("SettingsDialog") << QByteArray("Settings")
                                     << u"Einstellungen"_s;
        QTest::newRow("zh status") << u"zh_CN"_s << QByteArray("InstanceStatus") << QByteArray("Running")
                                   << u"运行中"_s;
        QTest::newRow("zh menu") << u"zh_CN"_s << QByteArray("MainWindow") << QByteArray("&File")
                                 << u"文件(&F)"_s;
        QTest::newRow("zh stopped") << u"zh_CN"_s << QByteArray("InstanceStatus") << QByteArray("Stopped")
                                    << u"已停止"_s;
        QTest::newRow("en unchanged")
            << u"en"_s << QByteArray("InstanceStatus") << QByteArray("Running") << u"Running"_s;
    }

    void knownStrings()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/gpufleet_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(translate(context.constData(), source.constData()), expected);
        QCoreApplication::removeTranslator(&translator);
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << u"de"_s << 1 << u"1 SSH-Befehl in die Zwischenablage kopiert."_s;
        QTest::newRow("de 2") << u"de"_s << 2 << u"2 SSH-Befehle in die Zwischenablage kopiert."_s;
        QTest::newRow("zh 1") << u"zh_CN"_s << 1 << u"已将 1 条 SSH 命令复制到剪贴板。"_s;
        QTest::newRow("zh 2") << u"zh_CN"_s << 2 << u"已将 2 条 SSH 命令复制到剪贴板。"_s;
        QTest::newRow("en 1") << u"en"_s << 1 << u"Copied 1 SSH command to the clipboard."_s;
        QTest::newRow("en 2") << u"en"_s << 2 << u"Copied 2 SSH commands to the clipboard."_s;
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/gpufleet_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(translate("MainWindow", "Copied %n SSH command(s) to the clipboard.", n), expected);
        QCoreApplication::removeTranslator(&translator);
    }

    void germanPluralInAnotherContext()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/gpufleet_de.qm"_s));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(translate("NotificationPolicy", "%1 has been running for %n hour(s).", 1).arg(u"gpu-a"_s),
                 u"gpu-a läuft seit 1 Stunde."_s);
        QCOMPARE(translate("NotificationPolicy", "%1 has been running for %n hour(s).", 5).arg(u"gpu-a"_s),
                 u"gpu-a läuft seit 5 Stunden."_s);
        QCoreApplication::removeTranslator(&translator);
    }

    void loaderInstallsTheChosenLanguage()
    {
        const QStringList installed = TranslationLoader::install(u"de"_s);
        QVERIFY(installed.contains(u"gpufleet"_s));
        QCOMPARE(translate("InstanceStatus", "Running"), u"Läuft"_s);
        // Qt's own texts (standard buttons) in the same language.
        QVERIFY(installed.contains(u"qtbase"_s));
        QCOMPARE(translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

        TranslationLoader::install(u"zh_CN"_s);
        QCOMPARE(translate("InstanceStatus", "Running"), u"运行中"_s);
        QCOMPARE(translate("QPlatformTheme", "Cancel"), u"取消"_s);
    }

    void loaderReplacesInsteadOfStacking()
    {
        TranslationLoader::install(u"de"_s);
        TranslationLoader::install(u"en"_s);
        QCOMPARE(translate("InstanceStatus", "Running"), u"Running"_s);
        QCOMPARE(translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void englishAndUntranslatedLocalesGetPluralForms()
    {
        // ctest runs with LC_ALL=C; a language without a catalogue falls back to English.
        QStringList languages{u"fr"_s};
        if (QLocale::system().language() == QLocale::C || QLocale::system().language() == QLocale::English)
            languages.append(QString());
        for (const QString &language : std::as_const(languages)) {
            const QStringList installed = TranslationLoader::install(language);
            QVERIFY(installed.contains(u"gpufleet"_s));
            QCOMPARE(translate("MainWindow", "Copied %n IP address(es) to the clipboard.", 1),
                     u"Copied 1 IP address to the clipboard."_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
