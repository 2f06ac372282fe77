#include "app/AppIdentity.h"
#include "app/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestAutostartEntry : public QObject
{
    Q_OBJECT

private:
    // desktop-file-validate's verdict; empty when valid (or when the tool is missing).
    QString validate(const QString &path)
    {
        const QString tool = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (tool.isEmpty()) {
            qWarning("desktop-file-validate not installed: not validating");
            return {};
        }
        QProcess process;
        process.start(tool, {path});
        if (!process.waitForFinished(10000))
            return u"desktop-file-validate did not finish"_s;
        const QString output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
        return process.exitCode() == 0 && !output.contains(u"error"_s) ? QString() : output;
    }

private slots:
    void enablingWritesAValidEntry_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << u"/usr/bin/gpufleet"_s << u"/usr/bin/gpufleet --minimized"_s;
        QTest::newRow("space") << u"/opt/GPU Fleet/gpufleet"_s
                               << u"\"/opt/GPU Fleet/gpufleet\" --minimized"_s;
        QTest::newRow("dollar and quote")
            << u"/opt/a$b\"c/gpufleet"_s << u"\"/opt/a\\\\$b\\\\\"c/gpufleet\" --minimized"_s;
        QTest::newRow("percent") << u"/opt/100%/gpufleet"_s << u"/opt/100%%/gpufleet --minimized"_s;
        QTest::newRow("backslash") << u"/opt/a\\b/gpufleet"_s
                                   << u"\"/opt/a\\\\\\\\b/gpufleet\" --minimized"_s;
    }

    void enablingWritesAValidEntry()
    {
        QFETCH(QString, binary);
        QFETCH(QString, exec);
        QTemporaryDir config;
        AutostartEntry entry(config.path(), {binary});
        QCOMPARE(entry.filePath(),
                 config.path() + u"/autostart/"_s + QString::fromLatin1(AppIdentity::AppId) + u".desktop"_s);
        QVERIFY(!entry.isEnabled());

        QVERIFY2(entry.setEnabled(true), qPrintable(entry.errorString()));
        QVERIFY(entry.isEnabled());
        const QString text = QString::fromUtf8(readAll(entry.filePath()));
        QVERIFY(text.startsWith(u"[Desktop Entry]\n"_s));
        QVERIFY2(text.contains(u"\nExec="_s + exec + u'\n'), qPrintable(text));
        QVERIFY(text.contains(u"\nX-GNOME-Autostart-enabled=true\n"_s));
        QVERIFY(text.contains(u"\nType=Application\n"_s));
        const QString verdict = validate(entry.filePath());
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

    void disablingRemovesTheFile()
    {
        QTemporaryDir config;
        AutostartEntry entry(config.path(), {u"/usr/bin/gpufleet"_s});
        QVERIFY(entry.setEnabled(true));
        QVERIFY(QFileInfo::exists(entry.filePath()));
        QVERIFY(entry.setEnabled(false));
        QVERIFY(!QFileInfo::exists(entry.filePath()));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.setEnabled(false)); // nothing to remove is fine
        // Enabling again replaces whatever was there.
        QVERIFY(entry.setEnabled(true));
        QVERIFY(entry.setEnabled(true));
        QVERIFY(entry.isEnabled());
    }

    void switchedOffEntriesAreNotEnabled_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("hidden") << QByteArray("[Desktop Entry]\nType=Application\nHidden=true\n") << false;
        QTest::newRow("gnome off") << QByteArray("[Desktop Entry]\nX-GNOME-Autostart-enabled=false\n")
                                   << false;
        QTest::newRow("other group") << QByteArray(
            "[Desktop Entry]\nType=Application\n[Desktop Action x]\nHidden=true\n")
                                     << true;
    }

    void switchedOffEntriesAreNotEnabled()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, enabled);
        QTemporaryDir config;
        AutostartEntry entry(config.path(), {u"/usr/bin/gpufleet"_s});
        QVERIFY(QDir().mkpath(QFileInfo(entry.filePath()).path()));
        QFile file(entry.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(entry.isEnabled(), enabled);
    }

    void defaultsFollowXdgConfigHomeAndThisBinary()
    {
        QTemporaryDir config;
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        const AutostartEntry entry;
        if (saved.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", saved);
        if (!qEnvironmentVariableIsEmpty("FLATPAK_ID") || !qEnvironmentVariableIsEmpty("APPIMAGE"))
            QSKIP("running inside Flatpak or an AppImage");
        QVERIFY(entry.filePath().startsWith(config.path() + u"/autostart/"_s));
        QCOMPARE(entry.command(), QStringList{QCoreApplication::applicationFilePath()});
    }
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
