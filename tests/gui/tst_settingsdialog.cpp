#include "app/AutostartEntry.h"
#include "fleet/CostTracker.h"
#include "fleet/NotificationSettings.h"
#include "fleet/SshConfigWriter.h"
#include "widgets/GeneralSettings.h"
#include "widgets/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString AccountA = u"0b6c2f7e-1111-4a5b-9c1d-000000000001"_s;
const QString AccountB = u"0b6c2f7e-2222-4a5b-9c1d-000000000002"_s;
const QString Fal1x = u"gpu_1x_h100_sxm5"_s;
const QString Fal8x = u"gpu_8x_h100_sxm5"_s;

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// The Settings dialog: every page's values round-trip through QSettings (read back through the
// classes that own the keys), cleared overrides leave the file, Cancel saves nothing, and the
// start-at-login and SSH config switches change exactly their files in a temporary home.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString configHome() const { return m_dir->filePath(u"config"_s); }
    QString home() const { return m_dir->filePath(u"home"_s); }

    SettingsDialog::Environment environment() const
    {
        SettingsDialog::Environment env;
        const QString config = configHome();
        env.autostartEnabled = [config] {
            return AutostartEntry(config, {u"/usr/bin/gpufleet"_s}).isEnabled();
        };
        env.setAutostartEnabled = [config](bool enabled, QString *error) {
            AutostartEntry entry(config, {u"/usr/bin/gpufleet"_s});
            const bool ok = entry.setEnabled(enabled);
            if (!ok && error)
                *error = entry.errorString();
            return ok;
        };
        env.sshHomeDir = home();
        env.accountLabels = {{AccountA, u"fal personal"_s}, {AccountB, u"novita team"_s}};
        return env;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(home()));
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"gpufleet.conf"_s), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void showsDefaultsOnAFreshFile()
    {
        SettingsDialog dialog(*m_settings, environment());
        QCOMPARE(child<QComboBox>(&dialog, u"languageCombo"_s)->currentData().toString(), QString());
        QCOMPARE(child<QSpinBox>(&dialog, u"fastPollSpin"_s)->value(), PollIntervals().fastMs / 1000);
        QCOMPARE(child<QSpinBox>(&dialog, u"slowPollSpin"_s)->value(), PollIntervals().slowMs / 1000);
        QCOMPARE(child<QSpinBox>(&dialog, u"stuck_fal"_s)->value(), 15);
        QCOMPARE(child<QSpinBox>(&dialog, u"stuck_novita"_s)->value(), 20);
        QCOMPARE(child<QSpinBox>(&dialog, u"stuck_nebulablock"_s)->value(), 20);
        QCOMPARE(child<QDoubleSpinBox>(&dialog, u"stillRunningSpin"_s)->value(), 4.0);
        for (Notification::Kind kind : Notification::allKinds())
            QVERIFY(child<QCheckBox>(&dialog, u"kind_"_s + Notification::kindId(kind))->isChecked());
        QCOMPARE(child<QDoubleSpinBox>(&dialog, u"price_"_s + Fal1x)->value(), 0.0);
        QCOMPARE(child<QDoubleSpinBox>(&dialog, u"stillRunning_"_s + AccountA)->value(), 0.0);
        QVERIFY(!child<QCheckBox>(&dialog, u"startAtLoginCheck"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, u"manageSshCheck"_s)->isChecked());
    }

    void valuesRoundTrip()
    {
        {
            SettingsDialog dialog(*m_settings, environment());
            QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
            auto *language = child<QComboBox>(&dialog, u"languageCombo"_s);
            language->setCurrentIndex(language->findData(u"zh_CN"_s));
            child<QLineEdit>(&dialog, u"terminalEdit"_s)->setText(u"  konsole -e {cmd} "_s);
            child<QCheckBox>(&dialog, u"startMinimizedCheck"_s)->setChecked(true);
            child<QSpinBox>(&dialog, u"fastPollSpin"_s)->setValue(7);
            child<QSpinBox>(&dialog, u"slowPollSpin"_s)->setValue(90);
            child<QCheckBox>(&dialog, u"kind_ready"_s)->setChecked(false);
            child<QCheckBox>(&dialog, u"kind_budget"_s)->setChecked(false);
            child<QSpinBox>(&dialog, u"stuck_novita"_s)->setValue(35);
            child<QDoubleSpinBox>(&dialog, u"stillRunningSpin"_s)->setValue(6.5);
            child<QDoubleSpinBox>(&dialog, u"repeatSpin"_s)->setValue(1.5);
            child<QDoubleSpinBox>(&dialog, u"stillRunning_"_s + AccountA)->setValue(2);
            child<QDoubleSpinBox>(&dialog, u"price_"_s + Fal8x)->setValue(19.92);
            child<QDoubleSpinBox>(&dialog, u"overallBudgetSpin"_s)->setValue(100);
            child<QDoubleSpinBox>(&dialog, u"budget_"_s + AccountB)->setValue(25.5);
            QVERIFY(dialog.apply());
            QCOMPARE(changed.count(), 1);
        }

        // Through the owners of the keys, as the running application reads them.
        const GeneralSettings general = GeneralSettings::load(*m_settings);
        QCOMPARE(general.language, u"zh_CN"_s);
        QCOMPARE(general.terminalCommand, u"konsole -e {cmd}"_s);
        QVERIFY(general.startMinimized);
        QCOMPARE(general.intervals.fastMs, 7000);
        QCOMPARE(general.intervals.slowMs, 90000);
        QCOMPARE(m_settings->value(u"terminal/command"_s).toString(), u"konsole -e {cmd}"_s);
        QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"zh_CN"_s);

        const NotificationSettings notifications = NotificationSettings::load(*m_settings);
        QVERIFY(!notifications.isEnabled(Notification::Kind::Ready));
        QVERIFY(!notifications.isEnabled(Notification::Kind::Budget));
        QVERIFY(notifications.isEnabled(Notification::Kind::Stuck));
        QCOMPARE(notifications.stuckThresholdMinutes(Provider::Novita), 35);
        QCOMPARE(notifications.stuckThresholdMinutes(Provider::Fal), 15);
        QCOMPARE(notifications.stillRunningMinutes, 390);
        QCOMPARE(notifications.repeatMinutes, 90);
        QCOMPARE(notifications.stillRunningThresholdMinutes(AccountA), 120);
        QCOMPARE(notifications.stillRunningThresholdMinutes(AccountB), 390);

        CostTracker costs;
        costs.loadSettings(*m_settings);
        QCOMPARE(costs.userPrice(Provider::Fal, Fal8x), std::optional<double>(19.92));
        QCOMPARE(costs.userPrice(Provider::Fal, Fal1x), std::nullopt);
        QCOMPARE(m_settings->value(u"prices/fal/"_s + Fal8x).toDouble(), 19.92);
        QCOMPARE(costs.dailyBudget({}), std::optional<double>(100));
        QCOMPARE(costs.dailyBudget(AccountB), std::optional<double>(25.5));
        QCOMPARE(costs.dailyBudget(AccountA), std::nullopt);

        // And a new dialog shows what was saved.
        SettingsDialog again(*m_settings, environment());
        QCOMPARE(child<QComboBox>(&again, u"languageCombo"_s)->currentData().toString(), u"zh_CN"_s);
        QCOMPARE(child<QLineEdit>(&again, u"terminalEdit"_s)->text(), u"konsole -e {cmd}"_s);
        QVERIFY(child<QCheckBox>(&again, u"startMinimizedCheck"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(&again, u"fastPollSpin"_s)->value(), 7);
        QCOMPARE(child<QSpinBox>(&again, u"slowPollSpin"_s)->value(), 90);
        QVERIFY(!child<QCheckBox>(&again, u"kind_ready"_s)->isChecked());
        QVERIFY(child<QCheckBox>(&again, u"kind_failed"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(&again, u"stuck_novita"_s)->value(), 35);
        QCOMPARE(child<QDoubleSpinBox>(&again, u"stillRunningSpin"_s)->value(), 6.5);
        QCOMPARE(child<QDoubleSpinBox>(&again, u"repeatSpin"_s)->value(), 1.5);
        QCOMPARE(child<QDoubleSpinBox>(&again, u"stillRunning_"_s + AccountA)->value(), 2.0);
        QCOMPARE(child<QDoubleSpinBox>(&again, u"price_"_s + Fal8x)->value(), 19.92);
        QCOMPARE(child<QDoubleSpinBox>(&again, u"overallBudgetSpin"_s)->value(), 100.0);
        QCOMPARE(child<QDoubleSpinBox>(&again, u"budget_"_s + AccountB)->value(), 25.5);
    }

    void clearedOverridesLeaveTheFile()
    {
        {
            SettingsDialog dialog(*m_settings, environment());
            child<QDoubleSpinBox>(&dialog, u"stillRunning_"_s + AccountA)->setValue(3);
            child<QDoubleSpinBox>(&dialog, u"budget_"_s + AccountA)->setValue(10);
            child<QDoubleSpinBox>(&dialog, u"price_"_s + Fal1x)->setValue(2.5);
            child<QDoubleSpinBox>(&dialog, u"overallBudgetSpin"_s)->setValue(50);
            QVERIFY(dialog.apply());
        }
        QVERIFY(m_settings->contains(u"accounts/"_s + AccountA + u"/stillRunningHours"_s));
        QVERIFY(m_settings->contains(u"accounts/"_s + AccountA + u"/dailyBudget"_s));
        {
            SettingsDialog dialog(*m_settings, environment());
            child<QDoubleSpinBox>(&dialog, u"stillRunning_"_s + AccountA)->setValue(0);
            child<QDoubleSpinBox>(&dialog, u"budget_"_s + AccountA)->setValue(0);
            child<QDoubleSpinBox>(&dialog, u"price_"_s + Fal1x)->setValue(0);
            child<QDoubleSpinBox>(&dialog, u"overallBudgetSpin"_s)->setValue(0);
            QVERIFY(dialog.apply());
        }
        QVERIFY(!m_settings->contains(u"accounts/"_s + AccountA + u"/stillRunningHours"_s));
        QVERIFY(!m_settings->contains(u"accounts/"_s + AccountA + u"/dailyBudget"_s));
        QVERIFY(!m_settings->contains(u"prices/fal/"_s + Fal1x));
        QVERIFY(!m_settings->contains(u"budgets/dailyOverall"_s));
    }

    void keysOfOthersSurvive()
    {
        // Prices of other providers and accounts not shown are someone else's: kept as they are.
        m_settings->setValue(u"prices/novita/rtx4090"_s, 0.69);
        m_settings->setValue(u"accounts/other/dailyBudget"_s, 7.0);
        m_settings->setValue(u"window/geometry"_s, QByteArray("abc"));
        SettingsDialog dialog(*m_settings, environment());
        QVERIFY(dialog.apply());
        QCOMPARE(m_settings->value(u"prices/novita/rtx4090"_s).toDouble(), 0.69);
        QCOMPARE(m_settings->value(u"accounts/other/dailyBudget"_s).toDouble(), 7.0);
        QCOMPARE(m_settings->value(u"window/geometry"_s).toByteArray(), QByteArray("abc"));
    }

    void slowIntervalNeverBelowFast()
    {
        SettingsDialog dialog(*m_settings, environment());
        child<QSpinBox>(&dialog, u"fastPollSpin"_s)->setValue(60);
        child<QSpinBox>(&dialog, u"slowPollSpin"_s)->setValue(30);
        QVERIFY(dialog.apply());
        const GeneralSettings general = GeneralSettings::load(*m_settings);
        QCOMPARE(general.intervals.fastMs, 60000);
        QCOMPARE(general.intervals.slowMs, 60000);
    }

    void cancelSavesNothing()
    {
        SettingsDialog dialog(*m_settings, environment());
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        child<QLineEdit>(&dialog, u"terminalEdit"_s)->setText(u"xterm -e {cmd}"_s);
        child<QCheckBox>(&dialog, u"startAtLoginCheck"_s)->setChecked(true);
        dialog.reject();
        QCOMPARE(changed.count(), 0);
        QVERIFY(!m_settings->contains(u"terminal/command"_s));
        QVERIFY(!AutostartEntry(configHome(), {u"/usr/bin/gpufleet"_s}).isEnabled());
    }

    void startAtLoginWritesAndRemovesTheAutostartEntry()
    {
        // What Application passes: AutostartEntry under $XDG_CONFIG_HOME.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
        const QString path = configHome() + u"/autostart/io.github.gpufleet.GpuFleet.desktop"_s;
        QCOMPARE(AutostartEntry().filePath(), path);
        {
            SettingsDialog dialog(*m_settings, environment());
            child<QCheckBox>(&dialog, u"startAtLoginCheck"_s)->setChecked(true);
            QVERIFY(dialog.apply());
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(AutostartEntry().isEnabled());
        QVERIFY(readAll(path).contains("Exec=/usr/bin/gpufleet --minimized"));
        {
            SettingsDialog dialog(*m_settings, environment());
            QVERIFY(child<QCheckBox>(&dialog, u"startAtLoginCheck"_s)->isChecked());
            child<QCheckBox>(&dialog, u"startAtLoginCheck"_s)->setChecked(false);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(!QFile::exists(path));
        qunsetenv("XDG_CONFIG_HOME");
    }

    void demoHidesWhatWouldTouchTheUsersFiles()
    {
        // Demo mode: no autostart functions and no SSH config, so neither can be switched on.
        SettingsDialog::Environment env;
        env.sshConfig = false;
        env.sshHomeDir = home();
        SettingsDialog dialog(*m_settings, env);
        QVERIFY(child<QCheckBox>(&dialog, u"startAtLoginCheck"_s)->isHidden());
        QVERIFY(child<QWidget>(&dialog, u"sshGroup"_s)->isHidden());
        child<QCheckBox>(&dialog, u"manageSshCheck"_s)->setChecked(true);
        QVERIFY(dialog.apply());
        QVERIFY(!QFile::exists(home() + u"/.ssh/config"_s));
    }

    void sshConfigSwitchAddsAndRemovesTheInclude()
    {
        const QString userConfig = home() + u"/.ssh/config"_s;
        QVERIFY(QDir().mkpath(home() + u"/.ssh"_s));
        const QByteArray mine = "Host work\n    HostName work.example.org\n";
        {
            QFile file(userConfig);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(mine);
        }
        const SshConfigWriter writer(home());
        {
            SettingsDialog dialog(*m_settings, environment());
            child<QCheckBox>(&dialog, u"manageSshCheck"_s)->setChecked(true);
            QVERIFY(dialog.apply());
        }
        QVERIFY(writer.hasInclude());
        QVERIFY(readAll(userConfig).endsWith(mine));
        QVERIFY(GeneralSettings::load(*m_settings).manageSshConfig);
        {
            SettingsDialog dialog(*m_settings, environment());
            QVERIFY(child<QCheckBox>(&dialog, u"manageSshCheck"_s)->isChecked());
            child<QCheckBox>(&dialog, u"manageSshCheck"_s)->setChecked(false);
            QVERIFY(dialog.apply());
        }
        QVERIFY(!writer.hasInclude());
        QCOMPARE(readAll(userConfig), mine);
        QVERIFY(!GeneralSettings::load(*m_settings).manageSshConfig);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
